"""Ctrl+Z puts back what this window just deleted; the Undo button goes once its records are back another way."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab


def select_rows(tab: TableTab, rows: list[int]) -> list[int]:
    selection = QItemSelection()
    for r in rows:
        selection.select(tab.model.index(r, 0), tab.model.index(r, tab.model.columnCount() - 1))
    tab.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return [tab.model.record_id(r) for r in rows]


def delete_with_keys(qtbot, window: MainWindow, tab: TableTab, rows: list[int]) -> list[int]:  # noqa: ANN001
    tab.confirm = lambda text: True  # type: ignore[method-assign]
    window.activateWindow()
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    chosen = select_rows(tab, rows)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    return chosen


def test_ctrl_z_restores_the_last_delete(qtbot, window: MainWindow, lite: Session, ids: dict[str, int]) -> None:  # noqa: ANN001
    tasks = window.open_object(ids["task"])
    assert not window.actions["undo"].isEnabled()
    chosen = delete_with_keys(qtbot, window, tasks, [0, 3])
    assert lite.records.count(ids["task"]) == 10
    assert tasks.undo_button.isVisibleTo(tasks) and window.actions["undo"].isEnabled()
    qtbot.keyClick(tasks.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lite.records.count(ids["task"]) == 12 and tasks.model.rowCount() == 12
    assert all(lite.records.get(ids["task"], rid) is not None for rid in chosen)
    assert lite.records.trash_items(ids["task"]) == []
    assert not tasks.undo_button.isVisibleTo(tasks) and not window.actions["undo"].isEnabled()
    qtbot.keyClick(tasks.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing more to undo
    assert lite.records.count(ids["task"]) == 12


def test_ctrl_z_in_the_search_box_undoes_typing_not_the_delete(qtbot, window: MainWindow, lite: Session,  # noqa: ANN001
                                                               ids: dict[str, int]) -> None:
    tasks = window.open_object(ids["task"])
    delete_with_keys(qtbot, window, tasks, [1])
    tasks.search_edit.setFocus()
    qtbot.waitUntil(tasks.search_edit.hasFocus)
    qtbot.keyClicks(tasks.search_edit, "abc")
    qtbot.keyClick(tasks.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tasks.search_edit.text() != "abc"
    assert lite.records.count(ids["task"]) == 11 and tasks.undo_button.isVisibleTo(tasks)


def test_undo_button_goes_once_the_records_are_restored_from_the_trash(qtbot, window: MainWindow, lite: Session,  # noqa: ANN001
                                                                        ids: dict[str, int]) -> None:
    tasks = window.open_object(ids["task"])
    delete_with_keys(qtbot, window, tasks, [0, 1])
    assert tasks.undo_button.isVisibleTo(tasks)
    items = lite.records.trash_items(ids["task"])
    assert len(items) == 2
    lite.records.restore(items[0].id)  # one back: Undo still has the other to put back
    tasks.forget_restored_undo(ids["task"], set())  # what the change relay calls
    assert tasks.undo_button.isVisibleTo(tasks)
    trash = window.open_trash(ids["task"])
    trash.confirm = lambda text: True  # type: ignore[method-assign]
    trash.table.selectAll()
    assert trash.restore_selected() == 1
    window.tabs.setCurrentWidget(tasks)
    qtbot.waitUntil(lambda: not tasks.undo_button.isVisibleTo(tasks))
    assert not window.actions["undo"].isEnabled()
    assert lite.records.count(ids["task"]) == 12
