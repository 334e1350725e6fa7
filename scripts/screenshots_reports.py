"""Screenshots for docs/user-guide.md's Reports section at 1366×768: a pivot, a chart, a drill-down, the dashboard."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton
from screenshots_common import settle, start


def main() -> int:
    shots = start(__doc__)
    if shots.language != "en":  # the user guide is in English
        return shots.done()
    from supasoft.reports.menu import install_reports, open_report
    from supasoft.services.setup import lite_ids
    from supasoft.shell.main_window import MainWindow

    session = shots.demo_session()
    ids = lite_ids(session)
    window = MainWindow(session, open_configurator=lambda: None, database_label="/home/anna/Supasoft/data/supasoft.db")
    install_reports(window)
    window.showMaximized()  # the whole 1366×768 screen
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

    from supasoft.reports.dashboard import open_dashboard

    board = open_dashboard(window)
    for _ in range(100):
        settle(50)
        if not board.is_running():
            break
    shots.save(window, "report-dashboard", 500)
    window.close()
    session.close()
    return shots.done()


if __name__ == "__main__":
    sys.exit(main())
