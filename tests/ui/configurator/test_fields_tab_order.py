"""Move up / Move down in the Fields tab: the selected field moves and stays selected; Undo restores the order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supasoft.configurator.configurator_window import ConfiguratorWindow
from supasoft.core.meta import FieldDef
from supasoft.services.session import Session


def client(window: ConfiguratorWindow, session: Session) -> tuple[int, dict[str, int]]:
    """A Client with Name, Phone, City, chosen on the left."""
    cfg = session.configuration
    oid = cfg.add_object("Client", "Clients").id
    ids = {name: cfg.add_field(oid, FieldDef(0, name, "string")).id for name in ("Name", "Phone", "City")}
    window.objects.select(oid)
    return oid, ids


def rows(window: ConfiguratorWindow) -> list[str]:
    """Field names as the Fields tab lists them."""
    table = window.fields.table
    return [table.item(r, 0).text().replace("  ★", "") for r in range(table.rowCount())]


def selected(window: ConfiguratorWindow) -> str:
    return window.fields.table.selectedItems()[0].text()


def order(session: Session, oid: int) -> list[str]:
    return [f.name for f in session.configuration.object(oid).fields]


def test_buttons_move_the_selected_field_and_undo_restores(window: ConfiguratorWindow, session: Session) -> None:
    oid, ids = client(window, session)
    tab = window.fields
    tab.select_field(ids["City"])
    assert tab.buttons["up"].isEnabled() and not tab.buttons["down"].isEnabled()  # the last field
    version = session.configuration.config.version
    tab.buttons["up"].click()
    assert order(session, oid) == rows(window) == ["Name", "City", "Phone"]
    assert selected(window) == "City" and session.configuration.config.version == version + 1
    tab.buttons["up"].click()
    assert order(session, oid) == rows(window) == ["City", "Name", "Phone"]
    assert selected(window) == "City"
    assert not tab.buttons["up"].isEnabled() and tab.buttons["down"].isEnabled()  # now the first field
    assert window.undo.undoText() == "Move field City"
    window.undo_action.trigger()
    assert order(session, oid) == rows(window) == ["Name", "City", "Phone"]
    assert selected(window) == "City"
    window.undo_action.trigger()
    assert order(session, oid) == rows(window) == ["Name", "Phone", "City"]
    window.redo_action.trigger()
    assert order(session, oid) == rows(window) == ["Name", "City", "Phone"]
    assert not window.undo.failed


def test_ctrl_arrows_move_and_edges_change_nothing(qtbot, window: ConfiguratorWindow, session: Session) -> None:  # noqa: ANN001
    oid, ids = client(window, session)
    tab = window.fields
    tab.select_field(ids["Name"])
    tab.table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: tab.table.hasFocus(), timeout=2000)
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert order(session, oid) == rows(window) == ["Phone", "Name", "City"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert order(session, oid) == rows(window) == ["Phone", "City", "Name"]
    assert selected(window) == "Name"
    steps = window.undo.count()
    version = session.configuration.config.version
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # already last
    assert tab.move(1) is False
    assert order(session, oid) == ["Phone", "City", "Name"]
    assert window.undo.count() == steps and session.configuration.config.version == version
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert order(session, oid) == rows(window) == ["Phone", "Name", "City"] and selected(window) == "Name"
