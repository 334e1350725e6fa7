"""Table formats (Firebird's 255 ALTERs per table) and the rebuild through an open session, on the real server."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import FieldDef
from supasoft.services.networked import server_health
from supasoft.services.networked.server_health import (
    FormatUsage,
    RebuildCancelled,
    RebuildRefused,
    format_usage,
    level_of,
    warnings_of,
)
from supasoft.services.session import Session, open_session
from supasoft.storage.errors import DatabaseBusyError
from tests.helpers.fb_holder import start_holder, stop_holder

ROOT = Path(__file__).resolve().parents[2]
FIREBIRD = pytest.mark.parametrize("backend", ["firebird", "firebird-fdb"], indirect=True)
FIREBIRD_DRIVER = pytest.mark.parametrize("backend", ["firebird"], indirect=True)

@pytest.fixture
def holder(db_path: Path | str) -> Iterator:
    procs: list[subprocess.Popen] = []

    def start(sql: str | None = None) -> subprocess.Popen:
        procs.append(start_holder(str(db_path), sql))
        return procs[-1]

    yield start
    for proc in procs:
        stop_holder(proc)


def usage_of(session: Session, object_id: int, **thresholds: int) -> FormatUsage:
    return next(u for u in format_usage(session, **thresholds) if u.object_id == object_id)


def test_levels_at_the_thresholds() -> None:
    assert [level_of(n) for n in (1, 199, 200, 225, 226, 239, 240, 255)] == \
        ["ok", "ok", "warn", "warn", "warn", "warn", "critical", "critical"]
    assert level_of(10, 35) == "warn"  # fewer than 30 left on a small limit
    assert [level_of(n, warn_at=3, critical_at=5) for n in (2, 3, 4, 5)] == ["ok", "warn", "warn", "critical"]
    assert FormatUsage(1, "Deals", "t_1", 231).left == 24


def test_sqlite_has_no_format_limit(session: Session) -> None:
    session.configuration.add_object("Deal", "Deals")
    assert format_usage(session) == []


@FIREBIRD
def test_format_usage_counts_every_alter(backend: str, session: Session) -> None:
    cfg = session.configuration
    deal = cfg.add_object("Deal", "Deals")
    client = cfg.add_object("Client", "Clients")
    start = usage_of(session, deal.id)
    assert (start.name, start.table, start.limit, start.level) == ("Deals", f"t_{deal.id}", 255, "ok")
    for n in range(4):
        cfg.add_field(deal.id, FieldDef(0, f"Field {n}", "integer"))
    grown = usage_of(session, deal.id)
    assert grown.used == start.used + 4
    assert usage_of(session, client.id).used == start.used  # the other table did not move
    usages = format_usage(session)
    assert usages[0].object_id == deal.id  # most used first
    assert {u.table for u in usages} >= {"sys_config", "sys_info", f"t_{deal.id}", f"t_{client.id}"}
    assert all(u.object_id is None for u in usages if u.table.startswith("sys_"))
    # thresholds as parameters: the admin is warned before the table is stuck
    warn = usage_of(session, deal.id, warn_at=grown.used, warn_left=0, critical_at=grown.used + 1)
    assert warn.level == "warn"
    assert usage_of(session, deal.id, warn_at=1, warn_left=0, critical_at=grown.used).level == "critical"
    near = warnings_of(format_usage(session, warn_at=grown.used, warn_left=0, critical_at=999))
    assert [u.object_id for u in near] == [deal.id]


@FIREBIRD_DRIVER
def test_rebuild_resets_the_counts_and_the_session_works_on(backend: str, session: Session, tmp_path: Path) -> None:
    cfg = session.configuration
    deal = cfg.add_object("Deal", "Deals")
    title = cfg.add_field(deal.id, FieldDef(0, "Title", "string"))
    for n in range(3):
        cfg.add_field(deal.id, FieldDef(0, f"Extra {n}", "integer"))
    record = session.records.new(deal.id)
    record.values[title.id] = "Zażółć gęślą jaźń"
    saved = session.records.save(record)
    before = usage_of(session, deal.id).used
    assert before >= 5
    told: list[bool] = []
    session.add_pause_listener(told.append)
    said: list[tuple[str, int, int]] = []
    kept = tmp_path / "before-rebuild.fbk"

    result = server_health.rebuild(session, progress=lambda *step: said.append(step), keep_backup=kept)

    assert told == [True, False]
    assert result.formats_before >= before and result.formats_after == 1
    assert result.seconds > 0 and result.backup_file == kept and kept.stat().st_size > 0
    steps = [s for s, _d, _t in said]
    assert [s for i, s in enumerate(steps) if i == 0 or steps[i - 1] != s] == list(server_health.REBUILD_STEPS)
    tables = said[1][2]
    assert tables >= 2  # the Deal table and Supasoft's own: read before gbak starts
    for step in ("backup", "restore", "replace"):
        assert [d for s, d, _t in said if s == step][-1] == tables and {t for s, _d, t in said if s == step} == {tables}
    assert {u.used for u in format_usage(session)} == {1}
    assert session.records.get(deal.id, saved.id).values[title.id] == "Zażółć gęślą jaźń"
    again = session.records.new(deal.id)
    again.values[title.id] = "After"
    assert session.records.get(deal.id, session.records.save(again).id).values[title.id] == "After"
    cfg.add_field(deal.id, FieldDef(0, "Later", "integer"))  # the structure can change again: 1 -> 2
    assert usage_of(session, deal.id).used == 2


@FIREBIRD_DRIVER
def test_cancelled_rebuild_changes_nothing_and_the_session_works_on(backend: str, session: Session) -> None:
    deal = session.configuration.add_object("Deal", "Deals")
    title = session.configuration.add_field(deal.id, FieldDef(0, "Title", "string"))
    before = usage_of(session, deal.id).used
    told: list[bool] = []
    session.add_pause_listener(told.append)
    said: list[tuple[str, int, int]] = []
    with pytest.raises(RebuildCancelled, match="was not changed"):
        server_health.rebuild(session, progress=lambda *step: said.append(step),
                              cancelled=lambda: any(s == "restore" for s, _d, _t in said))
    assert told == [True, False]  # the session let go and came back
    assert "replace" not in {s for s, _d, _t in said}
    assert usage_of(session, deal.id).used == before  # not rebuilt
    record = session.records.new(deal.id)
    record.values[title.id] = "Zażółć"
    assert session.records.get(deal.id, session.records.save(record).id).values[title.id] == "Zażółć"


@FIREBIRD_DRIVER
def test_rebuild_refused_while_another_client_is_connected(backend: str, session: Session, holder) -> None:  # noqa: ANN001
    deal = session.configuration.add_object("Deal", "Deals")
    session.configuration.add_field(deal.id, FieldDef(0, "Title", "string"))
    before = usage_of(session, deal.id).used
    proc = holder()
    told: list[bool] = []
    session.add_pause_listener(told.append)
    with pytest.raises(RebuildRefused) as err:
        server_health.rebuild(session)
    message = str(err.value)
    assert message.startswith("Other users are connected: SYSDBA from 127.0.0.1") and f"(pid {proc.pid})" in message
    assert "Maintenance mode" in message
    assert [c.pid for c in err.value.clients] == [proc.pid]
    assert told == []  # refused before letting go of anything
    assert usage_of(session, deal.id).used == before


def test_rebuild_needs_the_configure_right(db_path: Path) -> None:
    admin = open_session(db_path)
    try:
        admin.users.create_user("boss", "pw-boss-123")  # the first user is an administrator
        admin.users.create_user("clerk", "pw-clerk-123")
    finally:
        admin.close()
    clerk = open_session(db_path, login="clerk", password="pw-clerk-123")
    try:
        with pytest.raises(PermissionDenied):
            server_health.rebuild(clerk)
    finally:
        clerk.close()


def test_rebuild_of_a_sqlite_file_is_refused(session: Session) -> None:
    with pytest.raises(RebuildRefused, match="SQLite file"):
        server_health.rebuild(session)


@FIREBIRD_DRIVER
def test_busy_clients_of_a_structure_change(backend: str, db_path: str, holder) -> None:  # noqa: ANN001
    session = open_session(db_path, lock_timeout=1)
    try:
        deal = session.configuration.add_object("Deal", "Deals")
        title = session.configuration.add_field(deal.id, FieldDef(0, "Title", "string"))
        record = session.records.new(deal.id)
        record.values[title.id] = "Big"
        saved = session.records.save(record)
        proc = holder(f"update t_{deal.id} set rec_version = rec_version where id = {saved.id}")
        with pytest.raises(DatabaseBusyError) as err:
            session.configuration.add_field(deal.id, FieldDef(0, "Number", "string", unique=True))
        assert [c.pid for c in server_health.busy_clients(err.value) or []] == [proc.pid]
        assert server_health.busy_clients(ValueError("other")) is None
    finally:
        session.close()
