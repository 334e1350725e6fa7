"""Screenshots for docs/user-guide.md's Reports section at 1366×768: a pivot, a chart, a drill-down (in English),
the dashboard and a tile being dragged on it (in every language)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from screenshots_common import Shots, settle, start


def main() -> int:
    shots = start(__doc__)
    from supasoft.reports.menu import install_reports
    from supasoft.shell.main_window import MainWindow

    session = shots.demo_session()
    window = MainWindow(session, open_configurator=lambda: None, database_label="/home/anna/Supasoft/data/supasoft.db")
    install_reports(window)
    window.showMaximized()  # the whole 1366×768 screen
    if shots.language == "en":  # the user guide is in English
        report_shots(shots, window)
    dashboard_shots(shots, window)
    window.close()
    session.close()
    return shots.done()


def report_shots(shots: Shots, window) -> None:  # noqa: ANN001 - a MainWindow
    """The designer, a chart and the records behind a bar."""
    from supasoft.reports.menu import open_report
    from supasoft.services.setup import lite_ids

    ids = lite_ids(window.session)
    tab = open_report(window)
    designer = tab.designer
    designer.set_object(ids["order"])

    def add(path: tuple[int, ...], zone: str) -> None:
        designer.fields.select_path(path)
        designer.findChild(QPushButton, f"add_to_{zone}").click()

    def wait() -> None:
        for _ in range(100):
            settle(50)
            if tab.result is not None and not tab.is_running():
                return

    add((ids["order.date"],), "rows")
    designer.rows.set_current_setting("quarter")
    add((ids["order.client"],), "rows")
    add((ids["order.status"],), "columns")
    add((ids["order.total"],), "values")
    tab.save("Sales by quarter and client", shared=True)
    wait()
    shots.save(window, "report-designer", 500)

    designer.rows.list.setCurrentRow(1)
    designer.rows.remove_current()
    designer.rows.list.setCurrentRow(0)
    designer.rows.set_current_setting("month")
    wait()
    tab.views.setCurrentWidget(tab.chart)
    tab.chart.set_kind("stacked")
    shots.save(window, "report-chart", 500)

    tab.chart_drill(len(tab.result.rows) - 1, 0)  # the last month's first status, as a click on its bar
    shots.save(window, "report-drill", 500)


def dashboard_shots(shots: Shots, window) -> None:  # noqa: ANN001 - a MainWindow
    """The ready dashboard, then its first tile dragged by the title bar onto the second row's second cell."""
    from supasoft.reports.dashboard import open_dashboard

    board = open_dashboard(window)
    for _ in range(100):
        settle(50)
        if not board.is_running():
            break
    shots.save(window, "report-dashboard", 500)
    tile = board.widgets[0]
    bar = tile.title_bar
    grip_at = QPoint(40, bar.height() // 2)
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip_at)
    corner = board.grid.cellRect(1, 1).topLeft() + QPoint(-60, -50)  # the tile's corner a little before the cell
    target = corner + bar.mapTo(tile, grip_at)
    start_at = bar.mapTo(board.grid_host, grip_at)
    for step in range(1, 6):  # the tile follows the cursor; the drop frame waits in the cell it will land in
        QTest.mouseMove(bar, bar.mapFrom(board.grid_host, start_at + (target - start_at) * step / 5))
        settle(30)
    shots.save(window, "report-dashboard-drag", 500)
    QTest.keyClick(board, Qt.Key.Key_Escape)  # put back: the dashboard stays as shipped
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.mapFrom(board.grid_host, target))


if __name__ == "__main__":
    sys.exit(main())
