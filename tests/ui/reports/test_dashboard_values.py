"""A dashboard tile draws the value its report's chart was saved with (the ready Overview shows sales, not a count
of order lines); the user may still pick another value in the tile."""

from __future__ import annotations

from supasoft.reports.dashboard import TileWidget
from supasoft.shell.main_window import MainWindow
from tests.ui.reports.test_dashboard import open_board


def test_the_ready_overview_tiles_draw_the_reports_chosen_values(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    board = open_board(qtbot, reports_window)
    qtbot.waitUntil(lambda: all(w.result is not None for w in board.widgets), timeout=15_000)
    charts = [w for w in board.widgets if isinstance(w, TileWidget) and w.chart is not None]
    assert charts
    for tile in charts:
        wanted = tile.result.spec.chart.measure
        assert tile.chart.measure() == wanted, tile.entry.name
        assert tile.chart.measure_box.currentText() == tile.result.measures[wanted].title
    kpi = next(w for w in charts if w.tile.view == "kpi")  # Sales by month: the last month's sales
    assert kpi.chart.measure() == 1
    last = kpi.result.rows[-1]
    assert kpi.chart.data.kpi.value == kpi.result.value(last.key, ())[1]
