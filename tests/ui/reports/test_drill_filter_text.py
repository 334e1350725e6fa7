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
