"""The dashboard: saved reports as tiles (table, chart, one number), arranged by the user and kept; tiles drill down."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supasoft.reports.dashboard import DashboardTab, Tile, TileWidget, UnavailableTile
from supasoft.reports.report_tab import ReportTab
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report


def open_board(qtbot, window: MainWindow) -> DashboardTab:  # noqa: ANN001
    menu = window.actions["reports"].menu()
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.objectName() == "action_dashboard").trigger()
    board = window.tabs.currentWidget()
    assert isinstance(board, DashboardTab)
    qtbot.waitUntil(lambda: not board.is_running(), timeout=15_000)
    return board


def test_a_first_dashboard_shows_the_saved_reports_and_keeps_the_users_changes(
        qtbot, reports_window: MainWindow, ids: dict[str, int]) -> None:  # noqa: ANN001
    board = open_board(qtbot, reports_window)
    assert board.widgets and all(w.result is not None for w in board.widgets)  # the ready CRM's reports
    first = [w.tile for w in board.widgets]
    assert first[0].view == "kpi" and first[1].view == "bar"
    board.move(board.widgets[0], 1)
    board.remove(board.widgets[-1])
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    assert tab.save("Orders by month", shared=False)
    board.add(Tile(tab.saved_id, "table"))
    expected = [first[1], first[0], *first[2:-1], Tile(tab.saved_id, "table")]
    assert board.tiles() == expected
    reports_window.close_tab(reports_window.tabs.indexOf(board))
    again = open_board(qtbot, reports_window)
    assert again is not board and again.tiles() == expected  # kept in the database
    tab.delete()  # a deleted report's tile stays, unavailable, without its name or numbers
    again.build(again.tiles())
    assert again.tiles() == expected and isinstance(again.widgets[-1], UnavailableTile)
    assert "Orders by month" not in again.widgets[-1].title.text()


def test_tiles_drill_down_like_the_report(qtbot, reports_window: MainWindow, ids: dict[str, int]) -> None:  # noqa: ANN001
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    assert tab.save("Orders by month", shared=False)
    board = open_board(qtbot, reports_window)
    board.build([Tile(tab.saved_id, "table"), Tile(tab.saved_id, "bar")])
    qtbot.waitUntil(lambda: not board.is_running() and all(w.result for w in board.widgets), timeout=15_000)
    table_tile, bar_tile = board.widgets
    assert isinstance(table_tile, TileWidget) and table_tile.pivot is not None and bar_tile.chart is not None
    result = table_tile.result
    month = max(result.rows, key=lambda h: result.value(h.key, ())[1])
    model = table_tile.pivot.pivot
    index = model.cell_of(month.key, (), 0)
    table_tile.pivot.scrollTo(index)
    center = table_tile.pivot.visualRect(index).center()
    qtbot.mouseClick(table_tile.pivot.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(table_tile.pivot.viewport(), Qt.MouseButton.LeftButton, pos=center)
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and table.model.rowCount() == result.value(month.key, ())[1]
    reports_window.tabs.setCurrentWidget(board)
    qtbot.waitUntil(lambda: bar_tile.chart.plot.isVisible())
    category = 0
    point = bar_tile.chart.center_of(category, 0).toPoint()
    qtbot.mouseClick(bar_tile.chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and table.model.rowCount() == result.value(result.rows[0].key, ())[1]
    assert not isinstance(reports_window.tabs.currentWidget(), ReportTab)
