"""Networked edition: a save by another client reaches an open table through Firebird events."""

from __future__ import annotations

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session, open_session
from supasoft.shell.relay import ChangeRelay

pytestmark = pytest.mark.all_backends


def test_other_clients_saves_arrive_as_record_changes(qtbot, backend: str, db_path, session: Session) -> None:  # noqa: ANN001
    if backend == "sqlite":
        pytest.skip("one user per file: no other clients")
    obj = session.configuration.add_object("Client", "Clients")
    name = session.configuration.add_field(obj.id, FieldDef(0, "Name", "string"))
    relay = ChangeRelay(session)
    seen: list[int] = []
    relay.records_changed.connect(lambda object_id, ids: seen.append(object_id))
    try:
        assert relay.feed is not None and relay.feed.active
        other = open_session(db_path)
        try:
            record = other.records.new(obj.id)
            record.values[name.id] = "Zażółć"
            other.records.save(record)
        finally:
            other.close()
        qtbot.waitUntil(lambda: obj.id in seen, timeout=5000)
    finally:
        relay.detach()
    assert relay.feed is None


def test_another_clients_new_field_joins_an_open_all_fields_tab(qtbot, backend: str, db_path, session: Session) -> None:  # noqa: ANN001
    """The structure event reaches B's window; its "All fields" tab gains the field and loses a deleted one."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    from supasoft.settings import Settings
    from supasoft.shell.main_window import MainWindow

    if backend == "sqlite":
        pytest.skip("one user per file: no other clients")
    obj = session.configuration.add_object("Client", "Clients")
    session.configuration.add_field(obj.id, FieldDef(0, "Name", "string"))
    b = open_session(db_path)
    window = MainWindow(b, Settings(), database_label="b.fdb", restore_state=False)
    try:
        tab = window.open_object(obj.id)
        assert tab is not None and tab.current_list_id() is None

        def titles() -> list[str]:
            return [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]

        assert titles()[1:] == ["Name"]
        phone = session.configuration.add_field(obj.id, FieldDef(0, "Phone", "string"))  # client A, no window
        qtbot.waitUntil(lambda: titles()[1:] == ["Name", "Phone"], timeout=5000)
        session.configuration.delete_field(obj.id, phone.id)
        qtbot.waitUntil(lambda: titles()[1:] == ["Name"], timeout=5000)
    finally:
        window.close()  # detaches the relay
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        b.close()
