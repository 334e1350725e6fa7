"""A printed report with two row levels: every line carries its outer group's label (the later ones in grey), so a
group cut by a page break still says whose lines and whose "Total" start the next page."""

from __future__ import annotations

import re
from pathlib import Path

from supasoft.reports.printing import pivot_html
from supasoft.shell.main_window import MainWindow
from tests.ui.reports.pdf_read import pdf_page_texts
from tests.ui.reports.test_report_designer import click, new_report, wait_result


def _by_client_and_month(qtbot, tab, ids: dict[str, int]) -> None:  # noqa: ANN001
    designer = tab.designer
    designer.object_box.setCurrentIndex(designer.object_box.findData(ids["order"]))
    designer.object_box.activated.emit(designer.object_box.currentIndex())
    assert designer.fields.select_path((ids["order.client"],))
    click(qtbot, tab, "add_to_rows")
    assert designer.fields.select_path((ids["order.date"],))
    click(qtbot, tab, "add_to_rows")
    designer.rows.set_current_setting("day")
    wait_result(qtbot, tab)


def test_each_printed_line_names_its_outer_group(qtbot, reports_window: MainWindow, ids: dict[str, int],  # noqa: ANN001
                                                 tmp_path: Path) -> None:
    tab = new_report(qtbot, reports_window)
    _by_client_and_month(qtbot, tab, ids)
    model = tab.pivot.pivot
    assert model.spans()  # on screen the client spans its lines
    html = pivot_html(model)
    body = html.split("<tbody>", 1)[1]
    assert "rowspan" not in body
    lines = re.findall(r"<tr>(.*?)</tr>", body)
    assert len(lines) == len(model.rows)
    for line, row in zip(lines, model.rows, strict=True):
        first = re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", line)[0])
        assert first == model.data(model.index(model.rows.index(row), 0)) and (first or not row.key)
    pages = tab.print_pdf(tmp_path / "report.pdf")
    assert pages >= 1 and pdf_page_texts(tmp_path / "report.pdf")
