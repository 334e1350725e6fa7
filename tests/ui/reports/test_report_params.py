"""A date range asked when the report runs: the numbers and the drill-down keep only the records in it."""

from __future__ import annotations

import datetime as dt

from supasoft.core.meta import Condition, FilterGroup
from supasoft.reports.designer import PERIOD, index_of
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report, wait_result


def test_a_date_range_asked_at_run_time(qtbot, reports_window: MainWindow, lite: Session,  # noqa: ANN001
                                        ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    all_orders = tab.result.value((), ())[1]
    box = tab.designer.ask_box
    box.setCurrentIndex(index_of(box, (ids["order.date"],)))
    assert box.currentIndex() > 0
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: tab.param_bar.isVisible(), timeout=5000)
    dates = sorted(r.key[0] for r in tab.result.rows)
    low, high = dates[0], dates[-1] - dt.timedelta(days=1)  # the first month up to the end of the one before last
    low_edit, high_edit = tab.param_bar.editors[PERIOD]
    low_edit.set_value(low)
    high_edit.set_value(high)
    low_edit.changed.emit()
    wait_result(qtbot, tab)
    qtbot.waitUntil(lambda: tab.result.value((), ())[1] < all_orders, timeout=5000)
    expected = lite.records.count(ids["order"], ListQuery(columns=[], filter=FilterGroup("and", [
        Condition((ids["order.date"],), "ge", low.isoformat()), Condition((ids["order.date"],), "le", high.isoformat())])))
    assert tab.result.value((), ())[1] == expected > 0
    assert tab.designer.spec().params[0].path == (ids["order.date"],)
    tab.drill((), ())  # the grand total's records: the range is part of their filter
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and table.model.rowCount() == expected
