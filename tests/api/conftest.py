"""A real API server (uvicorn in a thread, on a free port) over a small CRM, with users, rights and tokens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from supasoft.api.server import BackgroundServer
from supasoft.core.meta import Condition, FieldDef, FilterGroup
from supasoft.services.access import own_filter
from supasoft.services.api_tokens import ApiTokenService
from supasoft.services.session import Session, open_session

PASSWORD = "correct horse"


@pytest.fixture
def crm(db_path: Path | str) -> dict:
    """Clients (with a hidden field for Jim) and Deals; admin, Anna (own deals), Jim (read, deals under 100,000)."""
    s = open_session(db_path)
    cfg = s.configuration
    ids: dict = {"path": db_path}
    client = cfg.add_object("Client", "Clients")
    ids["client"] = client.id
    ids["name"] = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=100, required=True)).id
    ids["secret"] = cfg.add_field(client.id, FieldDef(0, "Credit notes", "string", length=100)).id
    ids["contract"] = cfg.add_field(client.id, FieldDef(0, "Contract", "file")).id
    cfg.update_object(client.id, display_field=ids["name"])
    deal = cfg.add_object("Deal", "Deals")
    ids["deal"] = deal.id
    ids["title"] = cfg.add_field(deal.id, FieldDef(0, "Title", "string", length=100)).id
    ids["amount"] = cfg.add_field(deal.id, FieldDef(0, "Amount", "money", precision=15, scale=2)).id
    ids["manager"] = cfg.add_field(deal.id, FieldDef(0, "Manager", "user")).id
    ids["deal.client"] = cfg.add_link(deal.id, client.id, "Deals").field
    users = s.users
    users.sleep = lambda seconds: None
    ids["admin"] = users.create_user("admin", PASSWORD, "Admin")
    ids["anna"] = users.create_user("anna", PASSWORD, "Anna")
    ids["jim"] = users.create_user("jim", PASSWORD, "Jim")
    sales = users.create_group("Sales")
    juniors = users.create_group("Juniors")
    users.add_member(ids["anna"], sales)
    users.add_member(ids["jim"], juniors)
    users.grant(("group", sales), client.id, "change")
    users.grant(("group", sales), deal.id, "full", scope="filter", filter=own_filter((ids["manager"],)))
    users.grant(("group", juniors), deal.id, "read", scope="filter",
                filter=FilterGroup("and", [Condition((ids["amount"],), "lt", "100000")]))
    users.grant(("group", juniors), client.id, "read")
    users.grant_field(("group", juniors), client.id, ids["secret"], "hidden")
    s.close()
    admin = open_session(db_path, login="admin", password=PASSWORD)
    rec = admin.records
    c = rec.new(client.id)
    c.values.update({ids["name"]: "Acme", ids["secret"]: "owes 5k"})
    ids["acme"] = rec.save(c).id
    for title, amount, manager in (("Small", "5000", ids["anna"]), ("Big", "250000", ids["anna"]), ("Other", "100", ids["admin"])):
        d = rec.new(deal.id)
        d.values.update({ids["title"]: title, ids["amount"]: amount, ids["manager"]: manager, ids["deal.client"]: ids["acme"]})
        ids[title] = rec.save(d).id
    admin.close()
    return ids


@pytest.fixture
def admin_session(crm: dict) -> Iterator[Session]:
    s = open_session(crm["path"], login="admin", password=PASSWORD)
    yield s
    s.close()


@pytest.fixture
def server(admin_session: Session) -> Iterator[BackgroundServer]:
    running = BackgroundServer(admin_session, rate_per_minute=6000, log_every=0.1).start()
    yield running
    running.stop()


@pytest.fixture
def tokens(admin_session: Session) -> ApiTokenService:
    return ApiTokenService(admin_session.storage, admin_session.actor)


@pytest.fixture
def client_for(server: BackgroundServer, tokens: ApiTokenService) -> Iterator:
    """client_for("anna", write=True, objects=[...]) -> an httpx client carrying a new token of that user."""
    opened: list[httpx.Client] = []

    def make(login: str | None, **options) -> httpx.Client:
        _, secret = tokens.create(login, f"test {login}", can_write=options.pop("write", False), **options)
        client = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {secret}"}, timeout=30)
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.close()
