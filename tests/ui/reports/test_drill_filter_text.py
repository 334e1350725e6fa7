"""The records behind a client's number: the table's filter line says the client by name ('Order → Client equals
Acme'), not by the record's id ('equals 9')."""

from __future__ import annotations

from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab
from tests.ui.reports.test_report_designer import click, new_report, wait_result


def test_a_drill_down_names_the_referenced_record_in_its_filter(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    designer = tab.designer
    designer.object_box.setCurrentIndex(designer.object_box.findData(ids["line"]))
    designer.object_box.activated.emit(designer.object_box.currentIndex())
    assert designer.fields.select_path((ids["line.order"], ids["order.client"]))
    click(qtbot, tab, "add_to_rows")
    wait_result(qtbot, tab)
    client = tab.result.rows[0]
    name, client_id = client.labels[0], client.key[0]
    assert name and isinstance(client_id, int)
    tab.drill(client.key, ())
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and table.object_id == ids["line"]
    text = table.filter_label.text()
    assert f"equals {name}" in text, text
    assert f"equals {client_id}" not in text


def test_a_long_drill_down_filter_never_widens_the_window(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                          ids: dict[str, int]) -> None:
    reports_window.resize(1366, 768)
    tab = new_report(qtbot, reports_window)
    designer = tab.designer
    designer.object_box.setCurrentIndex(designer.object_box.findData(ids["line"]))
    designer.object_box.activated.emit(designer.object_box.currentIndex())
    for path in ((ids["line.order"], ids["order.client"]), (ids["line.order"], ids["order.date"])):
        assert designer.fields.select_path(path)
        click(qtbot, tab, "add_to_rows")
    designer.rows.set_current_setting("day")
    wait_result(qtbot, tab)
    tab.name = "Sales of every client by the day their orders were placed, for the yearly board meeting"
    client_day = next(h for h in tab.result.rows if len(h.key) == 2)
    tab.drill(client_day.key, ())  # "Records behind <name>: <client> / <day>   Filter: … AND (… AND …)"
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and len(table.filter_label.text()) > 200
    qtbot.waitUntil(table.filter_label.isVisible)
    for widget in (table.status, table, reports_window):  # the layouts settle the sizes they need
        widget.layout().activate()
    assert table.minimumSizeHint().width() < 900 and reports_window.minimumSizeHint().width() <= 1366
    assert client_day.labels[0] in table.filter_label.toolTip()  # the whole text, where the line is cut
