"""What a user may not do is disabled before they try (rights from the services); a blocked delete says why first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from supasoft.services.session import Session
from supasoft.settings import Settings
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab
from tests.ui.shell.conftest import Cards
from tests.ui.shell.modal import press, when_shown

PASSWORD = "pass-word-1"


@pytest.fixture
def reader_window(qtbot, lite: Session, ids: dict[str, int], cards: Cards) -> Iterator[MainWindow]:  # noqa: ANN001
    """Logged in as a user who may only read clients (and export tasks)."""
    lite.users.create_user("boss", PASSWORD, "Boss")
    reader = lite.users.create_user("reader", PASSWORD, "Rita Reader")
    lite.users.grant(("user", reader), ids["client"], "read")
    lite.users.grant(("user", reader), ids["task"], "read", flags=("export",))
    lite.login("reader", PASSWORD)
    w = MainWindow(lite, Settings(), open_card=cards, database_label="office.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.relay.detach()


def test_read_only_object_disables_new_delete_change_and_export_with_reasons(
        qtbot, reader_window: MainWindow, ids: dict[str, int], cards: Cards, lite: Session) -> None:  # noqa: ANN001
    tab = reader_window.open_object(ids["client"])
    assert tab is not None and tab.model.rowCount() > 0
    for action in (tab.new_action, tab.delete_action, tab.bulk_action, tab.export_action):
        assert not action.isEnabled(), action.text()
    assert "You may not add Clients" in tab.new_action.toolTip()
    assert "You may not delete Clients" in tab.delete_action.toolTip()
    assert "reading only" in tab.bulk_action.toolTip()
    assert "export right" in tab.export_action.toolTip()
    menu = reader_window.actions
    for key in ("new", "delete", "bulk", "export"):
        assert not menu[key].isEnabled(), key
    assert "You may not delete Clients" in menu["delete"].toolTip()
    # the keys do nothing either: no card, nothing deleted, no question
    before = lite.records.count(ids["client"])
    tab.view.setFocus()
    tab.view.selectRow(0)
    tab.confirm = lambda text: pytest.fail("asked to confirm a delete the user may not do")  # type: ignore[method-assign]
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert cards.calls == [] and lite.records.count(ids["client"]) == before


def test_an_export_right_alone_enables_only_export(reader_window: MainWindow, ids: dict[str, int]) -> None:
    tab = reader_window.open_object(ids["task"])
    assert tab.export_action.isEnabled() and tab.export_action.toolTip() == "Export the current view to Excel"
    assert not tab.new_action.isEnabled() and not tab.delete_action.isEnabled()
    assert reader_window.actions["export"].isEnabled() and not reader_window.actions["delete"].isEnabled()


def test_full_rights_enable_everything(window: MainWindow, ids: dict[str, int]) -> None:
    tab = window.open_object(ids["client"])
    for action in (tab.new_action, tab.delete_action, tab.bulk_action, tab.export_action):
        assert action.isEnabled(), action.text()
    assert tab.delete_action.toolTip() == "Move the selected records to the trash (Del)"


# --- deleting what others depend on ----------------------------------------------------------------------------
def add(lite: Session, object_id: int, values: dict[int, object]) -> int:
    record = lite.records.new(object_id)
    record.values.update(values)
    return lite.records.save(record).id  # type: ignore[return-value]


def select_ids(tab: TableTab, record_ids: list[int]) -> None:
    selection = QItemSelection()
    for record_id in record_ids:
        row = tab.model.row_of(record_id)
        assert row is not None
        selection.select(tab.model.index(row, 0), tab.model.index(row, tab.model.columnCount() - 1))
    tab.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_del_on_a_client_with_orders_says_why_before_asking(qtbot, window: MainWindow, lite: Session,  # noqa: ANN001
                                                            ids: dict[str, int]) -> None:
    blocked = add(lite, ids["client"], {ids["client.name"]: "Aaa Blocked"})
    for day in (1, 2):
        add(lite, ids["order"], {ids["order.date"]: dt.date(2025, 3, day), ids["order.client"]: blocked})
    free = add(lite, ids["client"], {ids["client.name"]: "Aaa Free"})
    tab = window.open_object(ids["client"])
    tab.refresh()
    asked: list[str] = []
    tab.confirm = lambda text: asked.append(text) or True  # type: ignore[method-assign]
    seen: list[str] = []

    select_ids(tab, [blocked])
    tab.view.setFocus()
    when_shown(press("OK"), seen)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(seen) == 1 and "has 2 Orders; delete them first." in seen[0]
    assert asked == []  # nothing to confirm: the only record cannot go
    assert lite.records.get(ids["client"], blocked) is not None

    select_ids(tab, [blocked, free])
    window.activateWindow()  # as the user's click back into the table does after the message
    tab.view.setFocus()
    qtbot.waitUntil(lambda: tab.view.hasFocus())
    when_shown(press("OK"), seen)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(seen) == 2, (seen, asked, tab.selected_ids())
    assert "The other 1 record(s) can be moved." in seen[1] or "The other 1 record can be moved." in seen[1]
    assert len(asked) == 1 and "1" in asked[0]
    assert {i.record_id for i in lite.records.trash_items(ids["client"])} == {free}
    assert lite.records.get(ids["client"], blocked) is not None
