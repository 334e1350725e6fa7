"""Maintenance mode on another client: banner and countdown, cards closed or kept, the pool released, the return."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from supasoft.cards.card_windows import CardWindows
from supasoft.core.meta import FieldDef
from supasoft.services.maintenance import MaintenanceService
from supasoft.services.session import Session, open_session
from supasoft.settings import Settings
from supasoft.shell.main_window import MainWindow

pytestmark = pytest.mark.all_backends


@pytest.fixture
def office(qtbot: Any, backend: str, db_path: Any, session: Session) -> Iterator[dict[str, Any]]:
    """Client A (the admin, no window) and client B (main window with a Clients tab) on one server database."""
    if backend == "sqlite":
        pytest.skip("one user per file: no other clients")
    config = session.configuration
    obj = config.add_object("Client", "Clients")
    name = config.add_field(obj.id, FieldDef(0, "Name", "string"))
    ids = []
    for text in ("Kowalski", "Nowak"):
        record = session.records.new(obj.id)
        record.values[name.id] = text
        ids.append(session.records.save(record).id)
    b = open_session(db_path)
    cards = CardWindows(b.records, preview_delay_ms=0)
    window = MainWindow(b, Settings(), open_card=cards.open, cards=cards.windows, database_label="b.fdb",
                        restore_state=False)
    window.maintenance.countdown_seconds = 0.3
    window.show()
    tab = window.open_object(obj.id)
    try:
        yield {"a": session, "b": b, "window": window, "tab": tab, "cards": cards, "object": obj.id,
               "name": name.id, "ids": ids}
    finally:
        for card in cards.windows():
            card.form.set_record(card.form.stored())  # no unsaved-changes prompt at teardown
            card.close()
        window.maintenance.state = None
        if window.maintenance.dialog is not None:
            window.maintenance.dialog.finish()
        window.close()  # detaches the relay
        window.deleteLater()  # its timers must not query the database after it is gone
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        b.close()


def _attachment_id(session: Session) -> int:
    import sqlalchemy as sa

    with session.storage.connect() as conn:
        return int(conn.execute(sa.text("select current_connection from rdb$database")).scalar_one())


def _headers(tab: Any) -> list[str]:
    model = tab.model
    return [model.headerData(i, _horizontal()) for i in range(model.columnCount())]


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_banner_countdown_pause_and_return(qtbot: Any, office: dict[str, Any]) -> None:
    a, b, window, cards = office["a"], office["b"], office["window"], office["cards"]
    clean = cards.open(office["object"], office["ids"][0])
    dirty = cards.open(office["object"], office["ids"][1])
    dirty.form.set_value(office["name"], "Nowak-Żółć")
    assert dirty.form.is_dirty()
    b_pool = _attachment_id(b)

    service = MaintenanceService(a)
    service.begin("Adding fields to Client")
    banner = window.maintenance_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "is changing the database structure: Adding fields to Client" in banner.label.text()
    assert "SYSDBA" in banner.label.text()

    qtbot.waitUntil(lambda: window.maintenance.dialog is not None and window.maintenance.dialog.isVisible(), timeout=5000)
    dialog = window.maintenance.dialog
    assert QApplication.activeModalWidget() is dialog
    assert "Supasoft reconnects by itself when SYSDBA finishes" in dialog.label.text()
    assert not banner.isVisible()
    qtbot.waitUntil(lambda: clean not in cards.windows(), timeout=2000)
    assert cards.windows() == [dirty]
    assert dirty.form.editor(office["name"]).value() == "Nowak-Żółć" and dirty.form.is_dirty()
    assert "kept" in dirty.status.text()

    mine = {c.attachment_id for c in service.connected_clients()}
    assert b_pool not in mine  # B's pool let go; A's own and B's change listener remain
    assert len(mine) == 2

    phone = a.configuration.add_field(office["object"], FieldDef(0, "Phone", "string"))
    service.end()
    qtbot.waitUntil(lambda: window.maintenance.dialog is None, timeout=5000)
    assert not banner.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)  # closed and deleted
    qtbot.waitUntil(lambda: "Phone" in _headers(office["tab"]), timeout=3000)
    assert any(f.id == phone.id for f in b.configuration.config.object_by_id(office["object"]).fields)
    assert not dirty.form.is_dirty()  # kept card saved when the database came back
    assert a.records.get(office["object"], office["ids"][1]).values[office["name"]] == "Nowak-Żółć"


def test_close_now_pauses_at_once(qtbot: Any, office: dict[str, Any]) -> None:
    window = office["window"]
    window.maintenance.countdown_seconds = 60
    MaintenanceService(office["a"]).begin("")
    banner = window.maintenance_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "60 s" in banner.countdown.text() or "59 s" in banner.countdown.text()
    assert window.maintenance.dialog is None
    banner.close_now.click()
    assert window.maintenance.dialog is not None and window.maintenance.dialog.isVisible()
    MaintenanceService(office["a"]).end()
    qtbot.waitUntil(lambda: window.maintenance.dialog is None, timeout=5000)


def test_the_admin_who_began_gets_no_banner(qtbot: Any, office: dict[str, Any]) -> None:
    window, b = office["window"], office["b"]
    seen: list[Any] = []
    window.relay.maintenance_changed.connect(seen.append)
    MaintenanceService(b).begin("my own change")  # B is the admin this time
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.wait(500)
    assert seen[-1].active and not window.maintenance_banner.isVisible() and window.maintenance.dialog is None
    MaintenanceService(b).end()


def test_paused_session_stops_and_restarts_the_listener(qtbot: Any, office: dict[str, Any]) -> None:
    window, b = office["window"], office["b"]
    assert window.relay.feed is not None
    with b.paused():
        assert window.relay.feed is None
        ids = {c.attachment_id for c in MaintenanceService(office["a"]).connected_clients()}
        assert len(ids) == 1  # only A's own: B let go of everything, listener included
    assert window.relay.feed is not None and window.relay.feed.active
    seen: list[Any] = []
    window.relay.maintenance_changed.connect(seen.append)
    MaintenanceService(office["a"]).begin("after the pause")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    MaintenanceService(office["a"]).end()


def test_object_deleted_during_the_pause(qtbot: Any, office: dict[str, Any]) -> None:
    """B comes back without errors: the deleted object's tab is disabled, not refreshed."""
    import sqlalchemy as sa

    a, window, tab = office["a"], office["window"], office["tab"]
    assert tab.model.rowCount() == 2  # B has read the table
    service = MaintenanceService(a)
    service.begin("Removing Clients")
    qtbot.waitUntil(lambda: window.maintenance.dialog is not None, timeout=5000)
    a.configuration.delete_object(office["object"])
    assert a.storage.get_info("pending_ddl") in (None, "[]")  # the DROP TABLE ran at once, nothing left to retry
    with a.storage.connect() as conn:
        assert f"t_{office['object']}" not in sa.inspect(conn).get_table_names()
    service.end()
    qtbot.waitUntil(lambda: window.maintenance.dialog is None, timeout=5000)
    qtbot.waitUntil(lambda: not tab.isEnabled(), timeout=3000)
