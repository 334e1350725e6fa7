"""Maintenance mode and who is connected: state round trip, rights, the event, MON$ attachments, pausing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import FieldDef
from supasoft.services.maintenance import ConnectedClient, MaintenanceService, MaintenanceState, parse_state
from supasoft.services.networked.change_feed import ChangeFeed
from supasoft.services.session import Session, open_session
from supasoft.storage.errors import DatabaseBusyError
from tests.helpers.fb_holder import start_holder, stop_holder

pytestmark = pytest.mark.all_backends
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse"

@pytest.fixture
def holder(db_path: Path | str) -> Iterator:
    """Start another process attached to the test database; stopped at teardown."""
    procs: list[subprocess.Popen] = []

    def start(sql: str | None = None) -> subprocess.Popen:
        procs.append(start_holder(str(db_path), sql))
        return procs[-1]

    yield start
    for proc in procs:
        stop_holder(proc)


def _firebird_only(backend: str) -> None:
    if backend == "sqlite":
        pytest.skip("one user per file: no other clients, no events")


def test_begin_state_end_round_trip(session: Session, db_path: Path | str) -> None:
    service = MaintenanceService(session)
    assert service.state() == MaintenanceState(False)
    started = service.begin("  Adding fields to Deal, back in 10 minutes ")
    other = open_session(db_path)
    try:
        seen = MaintenanceService(other).state()  # read fresh from the database by another session
        assert seen.active and seen.message == "Adding fields to Deal, back in 10 minutes"
        assert seen.by == started.by and seen.by
        assert seen.since is not None and abs((dt.datetime.now() - seen.since).total_seconds()) < 60
        assert service.started_here(seen) and not MaintenanceService(other).started_here(seen)
        service.end()
        assert MaintenanceService(other).state().active is False
    finally:
        other.close()


def test_damaged_state_reads_as_off() -> None:
    assert parse_state("{not json") == MaintenanceState(False)
    assert parse_state("") == MaintenanceState(False)
    assert parse_state('{"by": "anna", "message": "m"}') == MaintenanceState(True, "anna", "m", None, "")


def test_configure_right_is_required(db_path: Path | str) -> None:
    setup = open_session(db_path)
    setup.users.sleep = lambda seconds: None
    setup.users.create_user("admin", PASSWORD, "Admin")
    setup.users.create_user("bob", PASSWORD, "Bob")
    setup.close()
    bob = open_session(db_path, login="bob", password=PASSWORD)
    admin = open_session(db_path, login="admin", password=PASSWORD)
    try:
        with pytest.raises(PermissionDenied, match="change the structure"):
            MaintenanceService(bob).begin("no")
        assert MaintenanceService(bob).state().active is False
        state = MaintenanceService(admin).begin("yes")
        assert state.by == "admin"
        with pytest.raises(PermissionDenied):
            MaintenanceService(bob).end()
        assert MaintenanceService(bob).state().active  # everyone may read it (the login check does)
        MaintenanceService(admin).end()
    finally:
        bob.close()
        admin.close()


def test_event_reaches_another_sessions_feed(backend: str, session: Session, db_path: Path | str) -> None:
    _firebird_only(backend)
    other = open_session(db_path)
    heard = threading.Event()
    feed = ChangeFeed(other)
    feed.on_maintenance(heard.set)
    try:
        feed.start()
        MaintenanceService(session).begin("now")
        assert heard.wait(5.0), "sp_maintenance not delivered"
        assert MaintenanceService(other).state().active
        heard.clear()
        MaintenanceService(session).end()
        assert heard.wait(5.0)
        assert not MaintenanceService(other).state().active
    finally:
        feed.stop()
        other.close()


def test_sqlite_has_no_clients(backend: str, session: Session) -> None:
    if backend != "sqlite":
        pytest.skip("SQLite only")
    assert MaintenanceService(session).connected_clients() == []


def test_connected_clients_tell_this_process_from_others(backend: str, session: Session, holder) -> None:  # noqa: ANN001
    _firebird_only(backend)
    proc = holder()
    clients = MaintenanceService(session).connected_clients()
    others = [c for c in clients if not c.this_process]
    assert [c.pid for c in others] == [proc.pid]
    assert others[0].account == "SYSDBA" and others[0].host == "127.0.0.1"
    assert "python" in others[0].process.lower()
    mine = [c for c in clients if c.this_process]
    assert mine and all(c.pid == os.getpid() for c in mine)
    assert MaintenanceService(session).others_connected() == others
    text = others[0].describe()
    assert text.startswith("SYSDBA from 127.0.0.1, python") and f"(pid {proc.pid})" in text and ", since " in text


def test_describe_local_client() -> None:
    client = ConnectedClient("ANNA", "", r"C:\Program Files\Supasoft\supasoft.exe", 412,
                             dt.datetime.combine(dt.date.today(), dt.time(9, 12)), False)
    assert client.describe() == "ANNA (on the server), supasoft (pid 412), since 09:12"


def test_busy_error_names_the_other_client(backend: str, db_path: Path | str, holder) -> None:  # noqa: ANN001
    _firebird_only(backend)
    session = open_session(db_path, lock_timeout=1)
    try:
        deal = session.configuration.add_object("Deal", "Deals")
        title = session.configuration.add_field(deal.id, FieldDef(0, "Title", "string"))
        record = session.records.new(deal.id)
        record.values[title.id] = "Big"
        saved = session.records.save(record)
        proc = holder(f"update t_{deal.id} set rec_version = rec_version where id = {saved.id}")  # an unsaved edit elsewhere
        with pytest.raises(DatabaseBusyError) as err:  # an index needs the table to itself
            session.configuration.add_field(deal.id, FieldDef(0, "Number", "string", unique=True))
        assert [c.pid for c in err.value.clients] == [proc.pid]
        assert str(err.value).startswith("Another user has this table open: SYSDBA from 127.0.0.1")
        assert "maintenance mode" in str(err.value)
        assert [f.name for f in session.configuration.object(deal.id).fields if f.name == "Number"] == []
    finally:
        session.close()


def _attachments_of_this_process(url: str) -> int:
    """Counted from a separate engine (its own attachment excluded)."""
    from supasoft.storage.firebird.engine import create_firebird_engine

    engine = create_firebird_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text(
                "select count(*) from mon$attachments where mon$system_flag = 0 and mon$remote_pid = :pid"
                " and mon$attachment_id <> current_connection"), {"pid": os.getpid()}).scalar_one())
    finally:
        engine.dispose()


def test_paused_lets_go_of_every_attachment(backend: str, session: Session, db_path: Path | str) -> None:
    told: list[bool] = []
    session.add_pause_listener(told.append)
    obj = session.configuration.add_object("Client", "Clients")
    if backend != "sqlite":
        assert _attachments_of_this_process(str(db_path)) >= 1
    with session.paused():
        assert told == [True]
        if backend != "sqlite":
            assert _attachments_of_this_process(str(db_path)) == 0
        assert session.configuration.config.object_by_id(obj.id)  # the structure is not re-read meanwhile
    assert told == [True, False]
    assert session.records.count(obj.id) == 0  # the next query reconnects by itself
    session.remove_pause_listener(told.append)
    with session.paused():
        pass
    assert told == [True, False]


def test_event_right_after_a_new_object_is_not_lost(backend: str, session: Session, db_path: Path | str) -> None:
    """A new object makes the listener resubscribe; an event posted meanwhile must still arrive."""
    _firebird_only(backend)
    other = open_session(db_path)
    heard = threading.Event()
    feed = ChangeFeed(other)
    feed.on_maintenance(heard.set)
    service = MaintenanceService(session)
    try:
        feed.start()
        for round_ in range(3):
            heard.clear()
            session.configuration.add_object(f"Thing{round_}", f"Things{round_}")
            service.begin("right after") if round_ % 2 == 0 else service.end()
            assert heard.wait(5.0), f"round {round_}: sp_maintenance lost while resubscribing"
    finally:
        feed.stop()
        other.close()
