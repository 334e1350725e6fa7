"""A report printed to PDF: its pages (the table's headers repeated on each), the chart and page numbers."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextTable

from supasoft.reports.printing import pivot_html
from supasoft.shell.main_window import MainWindow
from tests.ui.reports.pdf_read import pdf_page_texts
from tests.ui.reports.test_report_designer import click, new_report, wait_result


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def test_a_long_report_prints_to_pdf_on_several_pages(qtbot, reports_window: MainWindow, ids: dict[str, int],  # noqa: ANN001
                                                       tmp_path: Path) -> None:
    tab = new_report(qtbot, reports_window)
    designer = tab.designer
    designer.object_box.setCurrentIndex(designer.object_box.findData(ids["line"]))
    designer.object_box.activated.emit(designer.object_box.currentIndex())
    for path in ((ids["line.order"],), ()):  # every order line: 34 lines and their orders' subtotals
        assert designer.fields.select_path(path)
        click(qtbot, tab, "add_to_rows")
    assert designer.fields.select_path((ids["line.cost"],))
    click(qtbot, tab, "add_to_values")
    wait_result(qtbot, tab)
    target = tmp_path / "lines.pdf"
    pages = tab.print_pdf(target)
    assert target.read_bytes().startswith(b"%PDF") and pages == pdf_pages(target) >= 2
    texts = pdf_page_texts(target)
    header = "".join(str(tab.pivot.pivot.headerData(0, Qt.Orientation.Horizontal)).split())
    assert header and header != "None"
    for number, text in enumerate(texts, start=1):  # the column headers again on every page, and its number
        assert header in text and text.endswith(f"Page{number}of{pages}"), text[-60:]
    assert "Total" in texts[-1] and texts[0].startswith("".join(tab.name.split()))
    document = QTextDocument()
    document.setHtml(pivot_html(tab.pivot.pivot))
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    assert table.format().headerRowCount() == tab.pivot.pivot.header_lines()  # repeated at the top of each page
    assert table.rows() == tab.pivot.pivot.header_lines() + tab.pivot.pivot.rowCount()
    assert table.cellAt(table.rows() - 1, 0).firstCursorPosition().block().text() == "Total"
    short = tmp_path / "short.pdf"
    designer.rows.list.setCurrentRow(1)
    designer.rows.remove_current()  # by order only: one page
    wait_result(qtbot, tab)
    qtbot.waitUntil(lambda: len(tab.result.spec.rows) == 1 and not tab.is_running(), timeout=10_000)
    tab.views.setCurrentWidget(tab.chart)
    assert tab.print_pdf(short) == pdf_pages(short) <= pages
