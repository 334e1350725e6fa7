"""A report's filter can come from a saved table view (the user's own and shared ones), as tables use them."""

from __future__ import annotations

from supasoft.core.meta import Condition, FilterGroup, ListDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report, wait_result


def test_the_filter_of_a_saved_view_counts_its_records(qtbot, reports_window: MainWindow, lite: Session,  # noqa: ANN001
                                                       ids: dict[str, int]) -> None:
    paid = FilterGroup("and", [Condition((ids["order.status"],), "eq", "Paid")])
    lite.configuration.save_list(ListDef(0, ids["order"], "Paid orders", filter=paid))
    lite.configuration.save_list(ListDef(0, ids["order"], "Everything"))  # no filter: not offered
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    before = tab.result
    menu = tab.designer.view_menu
    menu.aboutToShow.emit()
    offered = [a.text() for a in menu.actions()]
    assert "Paid orders" in offered and "Everything" not in offered
    next(a for a in menu.actions() if a.text() == "Paid orders").trigger()
    qtbot.waitUntil(lambda: tab.result is not before and not tab.is_running(), timeout=10_000)
    wait_result(qtbot, tab)
    assert tab.designer.spec().filter == paid and "Paid" in tab.designer.filter_label.text()
    count = lite.records.count(ids["order"], ListQuery(columns=[], filter=paid))
    assert 0 < count < lite.records.count(ids["order"]) and tab.result.value((), ())[1] == count
    tab.designer.filter.items.clear()  # editing the report's filter leaves the view's alone
    view = next(v for v in lite.configuration.config.lists_of(ids["order"]) if v.name == "Paid orders")
    assert view.filter == paid
