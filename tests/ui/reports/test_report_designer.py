"""Building a report through the designer's widgets on the Lite demo data, and drilling down from its numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from supasoft.reports.report_tab import ReportTab
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab

pytestmark = pytest.mark.all_backends  # dates group and drill down alike on SQLite and Firebird


def new_report(qtbot, window: MainWindow) -> ReportTab:  # noqa: ANN001
    menu = window.actions["reports"].menu()
    assert window.actions["reports"].isEnabled()
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.objectName() == "action_new_report")
    action.trigger()
    tab = window.tabs.currentWidget()
    assert isinstance(tab, ReportTab)
    return tab


def click(qtbot, tab: ReportTab, name: str) -> None:  # noqa: ANN001
    button = tab.designer.findChild(QPushButton, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_result(qtbot, tab: ReportTab) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not tab.is_running() and tab.result is not None, timeout=10_000)


def build_sales_by_month(qtbot, tab: ReportTab, ids: dict[str, int]) -> None:  # noqa: ANN001
    """Orders; rows: order date by month; values: sum of total and a count of orders."""
    designer = tab.designer
    box = designer.object_box
    box.setCurrentIndex(box.findData(ids["order"]))
    box.activated.emit(box.currentIndex())
    assert designer.fields.select_path((ids["order.date"],))
    click(qtbot, tab, "add_to_rows")
    designer.rows.set_current_setting("month")
    assert designer.fields.select_path((ids["order.total"],))
    click(qtbot, tab, "add_to_values")
    assert designer.values.first.currentData() == "sum"
    assert designer.fields.select_path(())  # the Code: a count of orders
    click(qtbot, tab, "add_to_values")
    wait_result(qtbot, tab)


def test_sales_by_month_shows_the_services_numbers(qtbot, reports_window: MainWindow, lite: Session,  # noqa: ANN001
                                                    ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    spec = tab.designer.spec()
    assert [(g.path, g.date_part) for g in spec.rows] == [((ids["order.date"],), "month")]
    assert [(m.path, m.func) for m in spec.measures] == [((ids["order.total"],), "sum"), (None, "count")]
    expected = tab.store.service.run(spec, {})
    model = tab.pivot.pivot
    assert model is not None
    assert [line.key for line in model.rows] == [h.key for h in expected.rows] + [()]
    for line in model.rows:
        for measure in (0, 1):
            index = model.cell_of(line.key, (), measure)
            assert model.value_at(index) == expected.value(line.key, ())[measure]
    assert sum(model.value_at(model.cell_of(h.key, (), 1)) for h in expected.rows) == lite.records.count(ids["order"])


def _double_click_cell(qtbot, tab: ReportTab, row_key: tuple, measure: int) -> None:  # noqa: ANN001
    _double_click_cell_at(qtbot, tab, tab.pivot.pivot.cell_of(row_key, (), measure))


def test_double_click_opens_exactly_the_records_behind_a_number(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                 ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    model = tab.pivot.pivot
    busiest = max(tab.result.rows, key=lambda h: tab.result.value(h.key, ())[1])
    for row_key in (busiest.key, ()):  # a month and the grand total
        count = model.value_at(model.cell_of(row_key, (), 1))
        _double_click_cell(qtbot, tab, row_key, 0)  # the sum's cell: its records are the same
        table = reports_window.tabs.currentWidget()
        assert isinstance(table, TableTab) and table.object_id == ids["order"]
        assert table.model.rowCount() == count
        assert (table.source.filter is not None) == bool(row_key)  # an ordinary, editable filter; none for all
        assert tab.name in table.filter_label.text()
        reports_window.tabs.setCurrentWidget(tab)


def test_chart_has_a_bar_per_group_and_a_click_drills_down(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                            ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    tab.views.setCurrentWidget(tab.chart)
    chart = tab.chart
    bars = [(c, s) for _rect, c, s in chart.hits if s == 0]
    assert len(bars) == len(tab.result.rows) == len(chart.data.categories)
    category = len(tab.result.rows) - 1
    count = tab.result.value(tab.result.rows[category].key, ())[1]
    qtbot.waitUntil(lambda: chart.plot.isVisible())
    point = chart.center_of(category, 0).toPoint()
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and table.model.rowCount() == count


@pytest.mark.parametrize("kind", ["pie", "donut"])
def test_pie_has_a_slice_per_group_and_a_click_drills_down(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                            ids: dict[str, int], kind: str) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    tab.views.setCurrentWidget(tab.chart)
    chart = tab.chart
    chart.set_kind(kind)
    if kind == "donut":  # the hole opens nothing
        vb = chart.plot.getPlotItem().getViewBox()
        hole = chart.plot.mapFromScene(vb.mapViewToScene(QPointF(0, 0)))
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=hole)
        assert reports_window.tabs.currentWidget() is tab
    positive = [h for h in tab.result.rows if (tab.result.value(h.key, ())[0] or 0) > 0]
    assert len(chart.slices) == len(positive) > 1
    assert abs(sum(s.span for s in chart.slices) - 360.0) < 1e-6
    category = len(chart.slices) - 1
    row_key = tab.result.rows[chart.slices[category].category].key
    point = chart.center_of(chart.slices[category].category, chart.TOTAL).toPoint()
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and table.model.rowCount() == tab.result.value(row_key, ())[1]


def test_a_newer_change_replaces_the_answer_being_calculated(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                             ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    tab.designer.rows.set_current_setting("quarter")
    tab.run_now()  # starts the quarter's run in a worker, with a moving bar
    older = tab.task
    assert tab.busy.isVisibleTo(tab) and tab.is_running()
    tab.designer.rows.set_current_setting("year")
    tab.run_now()  # the quarter's answer, when it comes, is dropped
    qtbot.waitUntil(lambda: not tab.is_running() and older.outcome() is not None, timeout=10_000)
    assert older.outcome() == ("cancelled", None)  # the older run was cancelled: its answer never shows
    assert tab.result.spec.rows[0].date_part == "year" and not tab.busy.isVisibleTo(tab)
    assert [h.labels[0] for h in tab.result.rows] == sorted({h.labels[0] for h in tab.result.rows})


def test_fields_through_references_group_and_drill_down(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                        ids: dict[str, int]) -> None:
    """Order lines by the city of their order's client (two references deep), cost summed, per client kind."""
    tab = new_report(qtbot, reports_window)
    designer = tab.designer
    designer.object_box.setCurrentIndex(designer.object_box.findData(ids["line"]))
    designer.object_box.activated.emit(designer.object_box.currentIndex())
    city = (ids["line.order"], ids["order.client"], ids["client.city"])
    assert designer.fields.select_path(city)
    click(qtbot, tab, "add_to_rows")
    assert designer.fields.select_path((ids["line.order"], ids["order.client"], ids["client.kind"]))
    click(qtbot, tab, "add_to_columns")
    assert designer.fields.select_path((ids["line.cost"],))
    click(qtbot, tab, "add_to_values")
    assert designer.fields.select_path(())
    click(qtbot, tab, "add_to_values")
    wait_result(qtbot, tab)
    result = tab.result
    assert result.spec.rows[0].path == city and result.columns
    model = tab.pivot.pivot
    row = max(result.rows, key=lambda h: result.value(h.key, ())[1])
    column = next(c for c in result.columns if result.value(row.key, c.key) is not None)
    for col_key in (column.key, ()):  # a cell, then the row's total column
        count = model.value_at(model.cell_of(row.key, col_key, 1))
        _double_click_cell_at(qtbot, tab, model.cell_of(row.key, col_key, 0))
        table = reports_window.tabs.currentWidget()
        assert isinstance(table, TableTab) and table.object_id == ids["line"]
        assert table.model.rowCount() == count > 0
        reports_window.tabs.setCurrentWidget(tab)


def _double_click_cell_at(qtbot, tab: ReportTab, index) -> None:  # noqa: ANN001
    tab.pivot.scrollTo(index)
    center = tab.pivot.visualRect(index).center()
    qtbot.mouseClick(tab.pivot.viewport(), Qt.MouseButton.LeftButton, pos=center)  # a real double click
    qtbot.mouseDClick(tab.pivot.viewport(), Qt.MouseButton.LeftButton, pos=center)  # presses first


def test_the_numbers_follow_saved_records(qtbot, reports_window: MainWindow, lite: Session,  # noqa: ANN001
                                          ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    before = tab.result.value((), ())[1]
    order = lite.records.new(ids["order"])
    order.values[ids["order.client"]] = lite.records.list(ids["client"], ListQuery(columns=[()], limit=1))[0].id
    order.values[ids["order.date"]] = dt.date(2027, 1, 15)
    lite.records.save(order)
    qtbot.waitUntil(lambda: tab.result.value((), ())[1] == before + 1, timeout=10_000)
    assert any(h.key == (dt.date(2027, 1, 1),) for h in tab.result.rows)  # a new month appeared


def test_a_structure_change_reaches_the_open_designer(qtbot, reports_window: MainWindow, lite: Session,  # noqa: ANN001
                                                      ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    designer = tab.designer
    assert designer.fields.select_path((ids["order.notes"],))
    click(qtbot, tab, "add_to_values")  # a count of notes
    wait_result(qtbot, tab)
    lite.configuration.update_field(ids["order"], ids["order.total"], name="Amount")
    qtbot.waitUntil(lambda: designer.fields.item_for((ids["order.total"],)).text(0) == "Amount", timeout=5000)
    assert designer.values.list.item(0).text() == "Sum: Amount"
    lite.configuration.delete_field(ids["order"], ids["order.notes"], cascade=True)  # its card and list uses go too
    qtbot.waitUntil(lambda: designer.fields.item_for((ids["order.notes"],)) is None, timeout=5000)
    assert [e.path for e in designer.values.entries] == [(ids["order.total"],), None]  # the gone field left
    wait_result(qtbot, tab)
    qtbot.waitUntil(lambda: len(tab.result.spec.measures) == 2, timeout=5000)


def test_one_number_against_the_period_before_drills_down(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                          ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    tab.views.setCurrentWidget(tab.chart)
    tab.chart.set_kind("kpi")
    kpi = tab.chart.kpi_view
    assert kpi.isVisible()
    months = sorted(h.key[0] for h in tab.result.rows)
    last, before = tab.result.value((months[-1],), ()), tab.result.value((months[-2],), ())
    assert kpi.kpi.value == float(last[0]) and kpi.kpi.previous == float(before[0])
    assert kpi.value.text() == tab.pivot.pivot.data(tab.pivot.pivot.cell_of((months[-1],), (), 0))  # as the table shows it
    assert kpi.change.text()[0] == ("\u25b2" if last[0] >= before[0] else "\u25bc")
    qtbot.mouseClick(kpi, Qt.MouseButton.LeftButton)
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and table.model.rowCount() == last[1]


def test_a_refused_report_says_why_and_greys_out_the_old_numbers(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                 ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    paths = [(ids[f],) for f in ("order.status", "order.client", "order.client_phone", "order.total", "order.date")]
    for path in (*paths, ()):
        assert tab.designer.fields.select_path(path)
        click(qtbot, tab, "add_to_columns")  # seven levels with the month: more than a report can show
    qtbot.waitUntil(lambda: not tab.is_running() and not tab.views.isEnabled(), timeout=10_000)
    assert "at most 6" in tab.status.text()
    tab.designer.columns.list.setCurrentRow(0)
    tab.designer.columns.remove_current()
    qtbot.waitUntil(lambda: not tab.is_running() and tab.views.isEnabled(), timeout=10_000)
    assert len(tab.result.spec.columns) == 5


def test_ctrl_c_copies_the_report_and_delete_removes_a_field(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                             ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    tab.pivot.setFocus()
    qtbot.keyClick(tab.pivot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    model = tab.pivot.pivot
    assert len(lines) == 1 + model.rowCount()
    assert lines[-1].split("\t") == [model.data(model.index(model.rowCount() - 1, c)) for c in range(model.columnCount())]
    assert lines[-1].startswith("Total\t")
    values = tab.designer.values
    values.list.setFocus()
    values.list.setCurrentRow(1)  # the count
    qtbot.keyClick(values.list, Qt.Key.Key_Delete)
    assert [e.func for e in values.entries] == ["sum"]


def test_the_chart_draws_the_value_chosen(qtbot, reports_window: MainWindow, ids: dict[str, int]) -> None:  # noqa: ANN001
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)  # a sum of totals, then a count of orders
    chart = tab.chart
    assert chart.measure_box.count() == 2 and len(chart.data.series) == 1
    sums = chart.data.series[0][1]
    chart.measure_box.setCurrentIndex(1)
    counts = chart.data.series[0][1]
    assert counts == [float(tab.result.value(h.key, ())[1]) for h in tab.result.rows] != sums
    assert chart.data.y_title == tab.result.measures[1].title
