"""Bulk delete and bulk set on selected rows (worker thread, progress) with Undo; the trash view."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from supasoft.services.session import Session
from supasoft.shell.bulk import BulkSetDialog
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab
from supasoft.shell.trash_tab import TrashTab
from tests.ui.shell.conftest import column_texts


def select_rows(tab: TableTab, rows: list[int]) -> list[int]:
    selection = QItemSelection()
    for r in rows:
        selection.select(tab.model.index(r, 0), tab.model.index(r, tab.model.columnCount() - 1))
    tab.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return [tab.model.record_id(r) for r in rows]


def test_bulk_delete_with_undo(qtbot, lite: Session, window: MainWindow, ids: dict[str, int]) -> None:
    tasks = window.open_object(ids["task"])
    chosen = select_rows(tasks, [0, 2, 5])
    asked: list[str] = []
    tasks.confirm = lambda text: asked.append(text) or True
    window.actions["delete"].trigger()  # Records → Delete (Del)
    assert asked and "3" in asked[0]
    assert tasks.model.rowCount() == 9 and lite.records.count(ids["task"]) == 9
    assert tasks.undo_button.isVisibleTo(tasks)
    assert "3" in tasks.status.currentMessage()
    assert {i.record_id for i in lite.records.trash_items(ids["task"])} == set(chosen)
    qtbot.mouseClick(tasks.undo_button, Qt.MouseButton.LeftButton)
    assert lite.records.count(ids["task"]) == 12 and tasks.model.rowCount() == 12
    assert not tasks.undo_button.isVisibleTo(tasks)
    assert lite.records.trash_items(ids["task"]) == []


def test_delete_refused_by_link_policy_is_reported(qtbot, lite: Session, window: MainWindow, ids: dict[str, int],
                                                   monkeypatch) -> None:
    clients = window.open_object(ids["client"])
    warnings: list[str] = []
    monkeypatch.setattr("supasoft.shell.table_ops.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    select_rows(clients, list(range(clients.model.rowCount())))
    result = clients.delete_selected(ask=False)
    assert result is not None and result.failures  # clients with orders are protected (on_delete=refuse)
    assert warnings and "not changed" in warnings[0]
    assert clients.model.rowCount() == lite.records.count(ids["client"]) == 12 - len(result.done)


def test_bulk_set_with_undo(qtbot, lite: Session, window: MainWindow, ids: dict[str, int]) -> None:
    tasks = window.open_object(ids["task"])
    status_col = tasks.model.column_of(str(ids["task.status"]))
    before = column_texts(tasks, status_col)
    chosen = select_rows(tasks, [1, 3, 4, 7])
    dialog = BulkSetDialog(lite.configuration.config.object_by_id(ids["task"]), 4, tasks.lookup)
    qtbot.addWidget(dialog)
    assert all(f.type not in ("formula", "file") for f in dialog.fields)
    dialog.select_field(ids["task.status"])
    dialog.editor.set_value("Done")
    result = tasks.bulk_set(dialog.field().id, dialog.value())
    assert result is not None and sorted(result.done) == sorted(chosen) and not result.failures
    for record_id in chosen:
        assert lite.records.get(ids["task"], record_id).values[ids["task.status"]] == "Done"
    assert [column_texts(tasks, status_col)[r] for r in (1, 3, 4, 7)] == ["Done"] * 4
    history = lite.records.history_of(ids["task"], chosen[0])
    assert any(h.field_id == ids["task.status"] and h.new == "Done" for h in history)
    tasks.undo_last()
    assert column_texts(tasks, status_col) == before


def test_bulk_set_invalid_value_fails_per_record(qtbot, lite: Session, window: MainWindow, ids: dict[str, int],
                                                 monkeypatch) -> None:
    tasks = window.open_object(ids["task"])
    monkeypatch.setattr("supasoft.shell.table_ops.QMessageBox.warning", lambda *a: None)
    select_rows(tasks, [0, 1])
    result = tasks.bulk_set(ids["task.title"], None)  # required
    assert result is not None and len(result.failures) == 2 and not result.done
    assert not tasks.undo_button.isVisibleTo(tasks)


def test_trash_restore_and_empty(qtbot, lite: Session, window: MainWindow, ids: dict[str, int]) -> None:
    notes = window.open_object(ids["note"])
    select_rows(notes, [0, 1, 2])
    notes.delete_selected(ask=False)
    window.actions["trash"].trigger()
    trash = window.tabs.currentWidget()
    assert isinstance(trash, TrashTab) and trash.object_id == ids["note"]
    assert trash.table.rowCount() == 3 and "Notes" in window.tabs.tabText(window.tabs.currentIndex())
    trash.table.selectRow(0)
    assert trash.restore_selected() == 1
    assert trash.table.rowCount() == 2 and lite.records.count(ids["note"]) == 10
    trash.confirm = lambda text: True
    trash.ask_empty()
    assert trash.table.rowCount() == 0 and lite.records.trash_items(ids["note"]) == []
    qtbot.waitUntil(lambda: notes.model.rowCount() == 10, timeout=2000)


def test_export_current_view(qtbot, lite: Session, window: MainWindow, ids: dict[str, int], tmp_path) -> None:
    from openpyxl import load_workbook

    clients = window.open_object(ids["client"])
    clients.search_now("Kraków")
    path = tmp_path / "view.xlsx"
    assert clients.export_to(path) == 1
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][0] == "Code" and rows[1][1] == "Zakład Stolarski Kowalski"
    assert str(path) in clients.status.currentMessage()


def test_cancelled_bulk_delete_can_still_be_undone(qtbot, lite: Session, window: MainWindow, ids: dict[str, int],
                                                   monkeypatch) -> None:
    from supasoft.widgets.busy import Cancelled

    def cancel_after_two(work, *args, **kwargs):  # noqa: ANN001, ANN202 - stands in for run_busy
        work(lambda done, total: done < 2)  # the user presses Cancel while the third record is next
        raise Cancelled()

    monkeypatch.setattr("supasoft.shell.table_ops.run_busy", cancel_after_two)
    calls = window.open_object(ids["call"])
    select_rows(calls, [0, 1, 2, 3, 4])
    result = calls.delete_selected(ask=False)
    assert result is not None and result.cancelled and len(result.done) == 2
    assert lite.records.count(ids["call"]) == 10 and calls.model.rowCount() == 10
    assert calls.undo_button.isVisibleTo(calls)
    monkeypatch.undo()
    calls.undo_last()
    assert lite.records.count(ids["call"]) == 12
