"""Leak matrix: users x every read path, with canary texts planted in a hidden field and in a forbidden record.

Whatever a path returns (cells, cards, previews, formulas, sources, reference texts, pickers, history, trash,
counts of a search, an exported .xlsx read back) is turned into text; a canary may appear only for a user allowed
to see it. The administrator sees both, which proves every path really reaches the planted values.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from supasoft.core.errors import SupasoftError
from supasoft.core.meta import Condition, FieldDef, FilterGroup, SortKey
from supasoft.services.access import own_filter
from supasoft.services.exchange import export_list
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session

PASSWORD = "correct horse"
FIELD = "CANARYFIELD7Q"  # in a field hidden from staff
RECORD = "CANARYRECORD3Z"  # in a client only the administrator's right reaches
SEES = {"admin": {FIELD, RECORD}, "own": set(), "hidden": {RECORD}, "nobody": set()}

pytestmark = pytest.mark.all_backends


@pytest.fixture
def office(db_path: Path | str) -> dict[str, Any]:
    s = open_session(db_path)
    cfg = s.configuration
    ids: dict[str, Any] = {"path": db_path}
    client = cfg.add_object("Client", "Clients")
    ids["client"] = client.id
    ids["name"] = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=60)).id
    ids["secret"] = cfg.add_field(client.id, FieldDef(0, "Secret", "string", length=60)).id
    ids["manager"] = cfg.add_field(client.id, FieldDef(0, "Manager", "user")).id
    cfg.update_object(client.id, display_field=ids["name"])
    deal = cfg.add_object("Deal", "Deals")
    ids["deal"] = deal.id
    ids["title"] = cfg.add_field(deal.id, FieldDef(0, "Title", "string", length=60)).id
    ids["deal.client"] = cfg.add_link(deal.id, client.id, "Deals", on_delete="clear").field
    ids["amount"] = cfg.add_field(deal.id, FieldDef(0, "Amount", "money")).id
    ids["leak_field"] = cfg.add_field(deal.id, FieldDef(0, "Client secret", "formula", formula="{Client.Secret}", result_type="string")).id
    ids["leak_record"] = cfg.add_field(deal.id, FieldDef(0, "Shout", "formula", formula="{Client.Name} & '!'", result_type="string")).id
    ids["source"] = cfg.add_field(deal.id, FieldDef(0, "Client name", "string", source=(ids["deal.client"], ids["name"]))).id
    ids["source_secret"] = cfg.add_field(deal.id, FieldDef(0, "Client secret copy", "string", source=(ids["deal.client"], ids["secret"]))).id
    users = s.users
    users.sleep = lambda seconds: None
    ids["admin"] = users.create_user("admin", PASSWORD, "Admin")
    s.close()
    admin = open_session(db_path, login="admin", password=PASSWORD)
    admin.users.sleep = lambda seconds: None
    um = admin.users
    own, hidden = um.create_user("own", PASSWORD, "Own Staff"), um.create_user("hidden", PASSWORD, "Hidden Staff")
    um.create_user("nobody", PASSWORD, "No Rights")
    ids["own"] = own
    um.grant(("user", own), client.id, "full", scope="filter", filter=own_filter((ids["manager"],)), flags=("export",))
    um.grant(("user", own), deal.id, "full", flags=("export",))
    um.grant(("user", hidden), client.id, "full", flags=("export",))
    um.grant(("user", hidden), deal.id, "full", flags=("export",))
    for who in (own, hidden):
        um.grant_field(("user", who), client.id, ids["secret"], "hidden")
    rec = admin.records

    def save(object_id: int, **values: Any) -> int:
        r = rec.new(object_id)
        r.values.update({ids[k]: v for k, v in values.items()})
        return rec.save(r).id or 0

    ids["mine"] = save(client.id, name="Mine Ltd", secret=f"{FIELD} mine", manager=own)
    ids["theirs"] = save(client.id, name=f"{RECORD} Ltd", secret=f"{FIELD} theirs", manager=ids["admin"])
    ids["gone"] = save(client.id, name=f"{RECORD} Gone", secret=f"{FIELD} gone", manager=ids["admin"])
    ids["d1"] = save(deal.id, title="Deal with mine", amount=Decimal("10"), **{"deal.client": ids["mine"]})
    ids["d2"] = save(deal.id, title="Deal with theirs", amount=Decimal("20"), **{"deal.client": ids["theirs"]})
    theirs = rec.get(client.id, ids["theirs"])
    theirs.values[ids["secret"]] = f"{FIELD} changed"  # history rows with the canaries
    rec.save(theirs)
    rec.delete(client.id, ids["gone"])  # the trash holds a canary too
    admin.close()
    return ids


def gather(s: Session, ids: dict[str, Any], tmp: Path) -> tuple[str, dict[str, int]]:
    """Everything the read paths give this user, as text; and the counts of searches for the canaries."""
    rec = s.records
    out: list[str] = []
    counts: dict[str, int] = {}

    def attempt(label: str, call: Any, *args: Any) -> Any:
        try:
            result = call(*args)
        except SupasoftError:
            return None
        out.append(f"{label}: {result!r}")
        return result

    def preview(target: int) -> Any:
        draft = rec.new(ids["deal"])
        draft.values[ids["deal.client"]] = target
        return rec.preview(draft)

    def exported(object_id: int, query: ListQuery, xlsx: Path) -> list[Any]:
        export_list(rec, object_id, query, xlsx)
        return [c.value for row in load_workbook(xlsx).worksheets[0].iter_rows() for c in row]

    client_cols = [ids["name"], ids["secret"], ids["manager"]]
    deal_cols = [ids["title"], ids["deal.client"], ids["amount"], ids["leak_field"], ids["leak_record"], ids["source"], ids["source_secret"]]
    for object_id, cols in ((ids["client"], client_cols), (ids["deal"], deal_cols)):
        columns = [(c,) for c in cols]
        attempt("list", rec.list, object_id, ListQuery(columns=columns))
        for c in cols:
            attempt("sorted", rec.list, object_id, ListQuery(columns=columns, sort=[SortKey((c,), descending=True)]))
            attempt("filtered", rec.list, object_id, ListQuery(
                columns=columns, filter=FilterGroup("and", [Condition((c,), "contains", "CANARY")])))
        for canary in (FIELD, RECORD):
            attempt("search", rec.list, object_id, ListQuery(columns=columns, search=canary))
            counts[f"{object_id}:{canary}"] = attempt("count", rec.count, object_id, ListQuery(columns=columns, search=canary)) or 0
        attempt("xlsx", exported, object_id, ListQuery(columns=columns), tmp / f"export-{object_id}.xlsx")
    for object_id in (ids["client"], ids["deal"]):
        for rid in (ids["mine"], ids["theirs"], ids["gone"], ids["d1"], ids["d2"]):
            attempt("card", lambda o, r: rec.get(o, r).values, object_id, rid)
            attempt("history", rec.history_of, object_id, rid)
            attempt("display", rec.display, object_id, rid)
    for target in (ids["mine"], ids["theirs"]):
        attempt("preview", preview, target)
        attempt("picked", rec.picked, ids["deal"], ids["deal.client"], target)
    attempt("lookup", rec.lookup, ids["client"], "CANARY")
    attempt("lookup all", rec.lookup, ids["client"], "")
    attempt("trash", rec.trash_items)
    attempt("children", rec.children, ids["client"], ids["theirs"], s.configuration.config.links[0].id)
    return "\n".join(out), counts


@pytest.mark.parametrize("who", ["admin", "own", "hidden", "nobody"])
def test_no_read_path_shows_what_the_user_may_not_see(office: dict[str, Any], who: str, tmp_path: Path) -> None:
    s = open_session(office["path"], login=who, password=PASSWORD)
    try:
        text, counts = gather(s, office, tmp_path)
    finally:
        s.close()
    for canary in (FIELD, RECORD):
        leaked = [line[:160] for line in text.splitlines() if canary in line]
        if canary in SEES[who]:
            assert leaked, f"{who} should see {canary}: the test no longer reaches it"
        else:
            assert not leaked, f"{who} sees {canary} through: {leaked}"
            assert not any(n for key, n in counts.items() if key.endswith(canary)), f"{who} finds {canary} by searching: {counts}"
