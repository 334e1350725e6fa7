"""Printing a list (the table as the user sees it: its columns, filter, search and sort) and a record's card."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from supasoft.core.fieldtypes.roles import is_long_text, link_target
from supasoft.reports.printing import pdf_in_background, pdf_printer, print_html
from supasoft.shell.table_tab import TableTab
from supasoft.widgets.formatting import format_value

MAX_ROWS = 10_000  # more is not read on paper: the page says how many were left out
PREVIEW_SHARE = 0.9  # of the screen's free width and height a print preview takes



def list_html(tab: TableTab) -> tuple[str, str]:
    """The visible columns in their on-screen order and every row the table holds (up to MAX_ROWS) as an HTML
    table with its header in <thead>; and the line under the title (filter, search, how many records)."""
    model, header = tab.model, tab.view.horizontalHeader()
    while model.canFetchMore() and model.rowCount() < MAX_ROWS:  # a search counted only so far: read on
        model.fetchMore()
    columns = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
    head = "".join(f"<th align=\"left\">{escape(str(model.headerData(c, Qt.Orientation.Horizontal) or ''))}</th>"
                   for c in columns)
    rows = min(model.rowCount(), MAX_ROWS)
    body = []
    for r in range(rows):
        cells = []
        for c in columns:
            index = model.index(r, c)
            align = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
            right = align is not None and bool(Qt.AlignmentFlag(int(align)) & Qt.AlignmentFlag.AlignRight)
            cells.append(f"<td align=\"{'right' if right else 'left'}\">{escape(str(model.data(index) or ''))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    table = ('<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse: collapse">'
             f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")
    locale = QLocale()
    count = QCoreApplication.translate("PrintRecords", "%1 record(s)").replace("%1", locale.toString(model.rowCount()))
    if model.rowCount() > rows:
        count += " " + QCoreApplication.translate("PrintRecords", "(the first %1 printed)").replace("%1", locale.toString(rows))
    parts = [t for t in (tab.filter_label.text().strip(), tab.search_edit.text().strip()) if t]
    return table, " · ".join([*parts, count])


def card_html(records: Any, object_id: int, record_id: int) -> tuple[str, str]:
    """A stored record's fields the user may read, label and value, as a two-column table; and its title."""
    return record_html(records, records.get(object_id, record_id))


def record_html(records: Any, record: Any) -> tuple[str, str]:
    """A record as a card shows it (stored, or with a card's unsaved edits): its fields the user may read, label
    and value (references by their display text, long texts whole), and its title (object, code, display)."""
    obj = records.config.object_by_id(record.object_id)
    lines = []
    for f in obj.fields:
        if f.id not in record.values:  # a field the user may not see
            continue
        value = record.values.get(f.id)
        if is_long_text(f):  # the whole text, its lines kept (a list shows only the first)
            text = escape(str(value or "")).replace("\n", "<br>")
        elif (target := link_target(f)) is not None and isinstance(value, int):
            text = escape(records.display(target, value) or f"#{value}")
        else:
            text = escape(format_value(f, value, QLocale()))
        lines.append(f'<tr><td valign="top" width="30%"><b>{escape(f.name)}</b></td><td>{text}</td></tr>')
    title = f"{obj.name} {record.code_text or record.code or ''}".strip()
    display = records.display(record.object_id, record.id) if record.id is not None else ""
    if display and display not in title:
        title += f" — {display}"
    table = ('<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse: collapse">'
             + "".join(lines) + "</table>")
    return table, title


def print_list(printer: QPrinter, tab: TableTab) -> int:
    body, subtitle = list_html(tab)
    return print_html(printer, tab.title(), subtitle, body)


def print_card(printer: QPrinter, records: Any, object_id: int, record_id: int) -> int:
    body, title = card_html(records, object_id, record_id)
    return print_html(printer, title, "", body)


def print_record(printer: QPrinter, records: Any, record: Any) -> int:
    body, title = record_html(records, record)
    return print_html(printer, title, "", body)


def preview(parent: QWidget, title: str, paint: Any, landscape: bool) -> None:
    """Print preview with page setup and the printer's own dialog; `paint(printer)` lays the pages out."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    dialog = preview_dialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintRecords", "Print %1").replace("%1", title))
    dialog.paintRequested.connect(paint)
    dialog.exec()


def preview_dialog(printer: QPrinter, parent: QWidget) -> QPrintPreviewDialog:
    """A print preview as large as most of the screen (Qt's own size shows an A4 page at a third of its size)."""
    dialog = QPrintPreviewDialog(printer, parent)
    screen = parent.screen() if parent is not None else None
    if screen is not None:
        room = screen.availableGeometry()
        dialog.resize(int(room.width() * PREVIEW_SHARE), int(room.height() * PREVIEW_SHARE))
    return dialog


def ask_pdf(parent: QWidget, title: str) -> Path | None:
    """Where to save a PDF (None: cancelled)."""
    path, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PrintRecords", "Save as PDF"), str(Path.home() / f"{title}.pdf"),
                                                QCoreApplication.translate("PrintRecords", "PDF files (*.pdf)"))
    if not path:
        return None
    return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")


def list_pdf(tab: TableTab, target: Path) -> int:
    """The list as a PDF file (landscape A4), written in a worker with progress; its pages."""
    body, subtitle = list_html(tab)
    return pdf_in_background(tab, target, tab.title(), subtitle, body)


def card_pdf(records: Any, object_id: int, record_id: int, target: Path) -> int:
    """A record's card as a PDF file (portrait A4); its pages."""
    return print_card(pdf_printer(str(target), str(record_id), landscape=False), records, object_id, record_id)


__all__ = ["card_html", "card_pdf", "list_html", "list_pdf", "preview", "print_card", "print_list", "print_record",
           "record_html"]
