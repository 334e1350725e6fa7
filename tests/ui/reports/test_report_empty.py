"""A report whose filter or asked dates leave no records: the status says so (not "0 groups · double-click a
number"), and the chart says why it draws nothing instead of empty axes scaled "(x0.001)"."""

from __future__ import annotations

import datetime as dt

from supasoft.shell.main_window import MainWindow
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report, wait_result


def test_no_records_in_the_dates_asked_is_said_in_the_status_and_the_chart(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                           ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    tab.designer.ask_box.setCurrentIndex(1)
    tab.designer.ask_box.activated.emit(1)
    wait_result(qtbot, tab)
    tab.views.setCurrentWidget(tab.chart)
    assert tab.result.rows and tab.chart.pages.currentWidget() is tab.chart.plot
    low, high = tab.param_bar.editors["period"]
    low.set_value(dt.date(2001, 1, 1))
    high.set_value(dt.date(2001, 12, 31))
    low.changed.emit()
    qtbot.waitUntil(lambda: not tab.is_running() and not tab.result.rows, timeout=10_000)
    assert "No records match" in tab.status.text()
    for kind in ("bar", "stacked", "line", "pie", "donut"):
        tab.chart.set_kind(kind)
        assert tab.chart.pages.currentWidget() is tab.chart.empty_view and tab.chart.empty_view.isVisible()
    tab.chart.set_kind("kpi")  # one number: a plain 0 says it well
    assert tab.chart.pages.currentWidget() is tab.chart.kpi_view
