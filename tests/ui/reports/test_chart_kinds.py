"""Grouped bars, stacked bars and lines of a report with column groups: one series per column group, values
stacked or side by side, and a click on a segment or point opens exactly the records behind that cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab
from tests.ui.reports.test_report_designer import click, new_report, wait_result


@pytest.mark.parametrize("kind", ["bar", "stacked", "line"])
def test_each_series_is_a_column_group_and_a_click_drills_into_its_cell(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                        ids: dict[str, int], kind: str) -> None:
    tab = new_report(qtbot, reports_window)
    designer = tab.designer
    designer.object_box.setCurrentIndex(designer.object_box.findData(ids["order"]))
    designer.object_box.activated.emit(designer.object_box.currentIndex())
    assert designer.fields.select_path((ids["order.date"],))
    click(qtbot, tab, "add_to_rows")
    designer.rows.set_current_setting("month")
    assert designer.fields.select_path((ids["order.status"],))
    click(qtbot, tab, "add_to_columns")
    wait_result(qtbot, tab)
    result = tab.result
    tab.views.setCurrentWidget(tab.chart)
    chart = tab.chart
    chart.set_kind(kind)
    qtbot.waitUntil(lambda: chart.plot.isVisible())
    assert [name for name, _v in chart.data.series] == [" / ".join(h.labels) for h in result.columns]
    assert chart.legend.isVisible() and len(chart.data.series) > 1
    cells = [(r, c) for r, row in enumerate(result.rows) for c, col in enumerate(result.columns)
             if result.value(row.key, col.key) and result.value(row.key, col.key)[0]]
    if kind == "stacked":  # each month's bar is as tall as the month's total
        for r, row in enumerate(result.rows):
            tops = [rect.bottom() for rect, c, _s in chart.hits if c == r]  # y grows upwards: bottom() is the top
            assert max(tops, default=0) == pytest.approx(result.value(row.key, ())[0])
    row_index, column_index = cells[-1]
    row, column = result.rows[row_index], result.columns[column_index]
    point = chart.center_of(row_index, column_index).toPoint()
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and table.object_id == ids["order"]
    assert table.model.rowCount() == result.value(row.key, column.key)[0]
    statuses = {table.model.data(table.model.index(r, c)) for r in range(table.model.rowCount())
                for c in range(table.model.columnCount())}
    assert column.labels[0] in statuses  # the status clicked
