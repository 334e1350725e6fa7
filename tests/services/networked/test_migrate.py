"""`server migrate`: the Free Lite demo file moves to a new Firebird database with everything intact (both drivers)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from supasoft.core.fieldtypes.file import FileValue
from supasoft.core.meta import FieldDef
from supasoft.services.api_tokens import ApiTokenService
from supasoft.services.networked.migrate import migrate
from supasoft.services.session import open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.services.webhooks import HookSpec, WebhookService

pytestmark = pytest.mark.firebird

DRIVERS = {"firebird": "SUPASOFT_FB_URL", "fdb": "SUPASOFT_FB_FDB_URL"}
POLISH = "Zażółć gęślą jaźń, Łódź"
RUSSIAN = "Съешь же ещё этих мягких французских булок, ёжик"


@pytest.fixture(params=list(DRIVERS))
def server_url(request: pytest.FixtureRequest) -> str:
    base = os.environ.get(DRIVERS[request.param]) or ""
    if not base and request.param == "fdb" and os.environ.get("SUPASOFT_FB_URL"):
        base = os.environ["SUPASOFT_FB_URL"].replace("firebird+firebird://", "firebird+fdb://", 1)
    if not base:
        pytest.skip("SUPASOFT_FB_URL is not set (bash scripts/firebird-server.sh start; eval \"$(... env)\")")
    pytest.importorskip("fdb" if request.param == "fdb" else "firebird.driver")
    url = make_url(base)
    folder = Path(url.database or "").parent
    return url.set(database=str(folder / f"migrate-{uuid.uuid4().hex[:8]}.fdb")).render_as_string(hide_password=False)


@pytest.fixture
def free_file(tmp_path: Path) -> tuple[Path, dict]:
    """The Lite demo plus a user with a password and a grant, a file, Polish/Russian text and a trashed record."""
    file = tmp_path / "free.db"
    session = open_session(file)
    try:
        initialize(session, "lite", demo=True)
        ids = lite_ids(session)
        contract = session.configuration.add_field(ids["client"], FieldDef(0, "Contract", "file")).id
        records = session.records
        client_ids = [row.id for row in records.list(ids["client"], _all())]
        first = records.get(ids["client"], client_ids[0])
        first.values[ids["client.name"]] = POLISH
        first.values[contract] = FileValue("umowa-договор.txt", "Umowa nr 1 / Договор № 1".encode())
        records.save(first)
        note_ids = [row.id for row in records.list(ids["note"], _all())]
        note = records.get(ids["note"], note_ids[0])
        note.values[ids["note.text"]] = RUSSIAN
        records.save(note)
        gone = records.new(ids["client"])
        gone.values[ids["client.name"]] = "Do usunięcia — удалить"
        trashed = records.save(gone).id
        trash_id = records.delete(ids["client"], trashed)
        admin = session.users.create_user("admin", "Admin-password-1")
        anna = session.users.create_user("anna", "Anna-password-1", "Anna Kowalska")
        session.users.grant(("user", anna), ids["client"], "read")
        _token, secret = ApiTokenService(session.storage, session.actor).create("anna", "Invoicing")
        hooks = WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config)
        hooks.add(HookSpec("Clients to the shop", ids["client"], "https://shop.example/hook", secret="s3cret"))
        info = {"secret": secret, "ids": ids, "contract": contract, "first": first.id, "note": note.id, "trashed": trashed,
                "trash_id": trash_id, "admin": admin, "anna": anna}
    finally:
        session.close()
    return file, info


def _all():
    from supasoft.services.record_model import ListQuery

    return ListQuery(limit=10_000)


def test_migrate_lite_demo(free_file: tuple[Path, dict], server_url: str) -> None:
    file, info = free_file
    ids = info["ids"]
    seen: list[tuple[int, int]] = []
    report = migrate(file, server_url, progress=lambda done, total: seen.append((done, total)), batch=50)
    try:
        assert report.ok, report.differences
        assert all(c.ok for c in report.counts)
        counts = {c.table: c.source for c in report.counts}
        assert counts["sys_users"] == 2 and counts["sys_files"] == 1 and counts["sys_trash"] == 1
        assert counts["sys_history"] > 500 and counts["sys_audit"] >= 3 and counts["sys_grants"] >= 1
        assert counts["sys_api_tokens"] == 1 and counts["sys_webhooks"] == 1
        assert seen[-1][0] == seen[-1][1] == report.rows and len(seen) > 5
        print(f"\nmigrated {report.rows} rows in {report.seconds:.1f} s")

        src = open_session(file, create=False, login="admin", password="Admin-password-1")
        dst = open_session(server_url, create=False, login="admin", password="Admin-password-1")
        try:
            for key in ("client", "product", "order", "line", "payment", "note"):
                assert src.records.count(ids[key]) == dst.records.count(ids[key])
            client = dst.records.get(ids["client"], info["first"])
            assert client.values[ids["client.name"]] == POLISH
            stored = client.values[info["contract"]]
            assert isinstance(stored, FileValue) and stored.name == "umowa-договор.txt"
            name, data = dst.records.read_file(stored.file_id)
            assert data.decode() == "Umowa nr 1 / Договор № 1"
            assert dst.records.get(ids["note"], info["note"]).values[ids["note.text"]] == RUSSIAN
            for key, kind in (("product", "product.price"), ("line", "line.cost"), ("order", "order.total")):
                for row in src.records.list(ids[key], _all())[:5]:
                    a = src.records.get(ids[key], row.id).values[ids[kind]]
                    b = dst.records.get(ids[key], row.id).values[ids[kind]]
                    assert isinstance(b, Decimal) and a == b and str(a) == str(b)
            order_id = src.records.list(ids["order"], _all())[0].id
            date = dst.records.get(ids["order"], order_id).values[ids["order.date"]]
            assert isinstance(date, dt.date) and date == src.records.get(ids["order"], order_id).values[ids["order.date"]]
            history = dst.records.history_of(ids["client"], info["first"])
            assert [(h.action, h.field_id, h.new) for h in history] == [
                (h.action, h.field_id, h.new) for h in src.records.history_of(ids["client"], info["first"])]
            assert any(h.new == POLISH for h in history)
            # new records continue after the copied ids and codes
            fresh = dst.records.new(ids["client"])
            fresh.values[ids["client.name"]] = "Nowy klient"
            saved = dst.records.save(fresh)
            assert saved.id > max(max(r.id for r in src.records.list(ids["client"], _all())), info["trashed"])
            # the trashed record comes back on the server with its id
            items = dst.records.trash_items(ids["client"])
            assert [i.record_id for i in items] == [info["trashed"]]
            assert dst.records.restore(items[0].id) == (ids["client"], info["trashed"])
            assert dst.records.get(ids["client"], info["trashed"]).id == info["trashed"]
        finally:
            src.close()
            dst.close()
        # the migrated user logs in on the server with the password and keeps the grant
        anna = open_session(server_url, create=False, login="anna", password="Anna-password-1")
        try:
            assert anna.actor.user_id == info["anna"]
            assert anna.access.allowed("read", ids["client"])
            assert not anna.access.allowed("change", ids["client"])
            assert anna.records.count(ids["client"]) > 0
            # her API token and the webhook keep working against the server
            assert ApiTokenService(anna.storage, anna.actor).authenticate(info["secret"]).user_id == info["anna"]
        finally:
            anna.close()
        admin = open_session(server_url, create=False, login="admin", password="Admin-password-1")
        try:
            hooks = WebhookService(admin.storage, admin.access, admin.actor, lambda: admin.configuration.config)
            assert [(h.name, h.url, h.secret) for h in hooks.hooks()] == [
                ("Clients to the shop", "https://shop.example/hook", "s3cret")]
        finally:
            anna.close()
    finally:
        _drop(server_url)


def test_interrupt_leaves_no_database(free_file: tuple[Path, dict], server_url: str) -> None:
    from supasoft.storage.firebird.server_tools import ServerTarget, check_connect

    file, _ = free_file

    def interrupt(done: int, total: int) -> None:
        if done > 100:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        migrate(file, server_url, progress=interrupt, batch=50)
    with pytest.raises(Exception, match="(?i)there is no database"):
        check_connect(ServerTarget.parse(server_url))
    assert not Path(make_url(server_url).database or "").exists()


def test_cli_migrate(free_file: tuple[Path, dict], server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from supasoft.cli_server import main

    file, _ = free_file
    try:
        assert main(["server", "migrate", str(file), server_url]) == 0
        out = capsys.readouterr().out
        assert "Copying rows:" in out and "sample records match" in out
        assert main(["server", "migrate", str(file), server_url]) == 1  # never over an existing database
        assert "already exists" in capsys.readouterr().err
    finally:
        _drop(server_url)
    assert main(["server", "migrate", str(file.with_name("missing.db")), server_url]) == 1
    assert "does not exist" in capsys.readouterr().err


def _drop(url: str) -> None:
    from supasoft.storage.firebird.server_tools import ServerTarget, drop_database

    try:
        drop_database(ServerTarget.parse(url))
    except Exception:
        pass
    path = Path(make_url(url).database or "")
    if path.exists():
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
