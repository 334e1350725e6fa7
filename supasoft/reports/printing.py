"""A report (or a list, or a card) on paper or in a PDF: its title, the table (column headers repeated on every
page), the chart, and 'Page n of m' at the foot of each page."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPainter, QPixmap, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from supasoft.reports.pivot_model import PivotModel
from supasoft.widgets.busy import Cancelled, ProgressCallback, run_busy

FOOTER_MM = 8.0
SCREEN_DPI = 96
REPEATED_LABEL = "#888888"  # an outer group's label repeated on its later lines


def pivot_html(model: PivotModel) -> str:
    """The pivot as an HTML table: header lines in <thead> (repeated on each page), spans as on screen."""
    columns = model.columnCount()
    grids = [model.header_grid(c) for c in range(columns)]
    lines = model.header_lines()
    head = []
    for line in range(lines):
        cells, c = [], 0
        while c < columns:
            text = grids[c][line]
            if text is None:  # continued from above (a rowspan)
                c += 1
                continue
            span = 1
            while (c + span < columns and c >= model.levels and c + span >= model.levels
                   and grids[c + span][: line + 1] == grids[c][: line + 1]):
                span += 1
            down = 1
            while line + down < lines and grids[c][line + down] is None:
                down += 1
            align = "left" if c < model.levels else ("right" if line + down == lines else "center")
            cells.append(f'<th colspan="{span}" rowspan="{down}" align="{align}">{escape(text)}</th>')
            c += span
        head.append("<tr>" + "".join(cells) + "</tr>")
    # no rowspans on paper: a group cut by a page break would leave its lines (and its "Total") without their
    # outer label; the lines after a group's first carry it again in grey
    covered = {(row + i, column) for row, column, rows in model.spans() for i in range(1, rows)}
    body = []
    for r, line in enumerate(model.rows):
        cells = []
        for c in range(columns):
            text = escape(str(model.data(model.index(r, c)) or ""))
            bold = line.is_total or (c >= model.levels and model.columns[c - model.levels].is_total)
            if (r, c) in covered and text:
                text = f'<font color="{REPEATED_LABEL}">{text}</font>'
            elif bold and text:
                text = f"<b>{text}</b>"
            align = "left" if c < model.levels else "right"
            shade = ' bgcolor="#eeeeee"' if line.is_total else ""
            cells.append(f'<td align="{align}" valign="top"{shade}>{text}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse: collapse">'
            f'<thead>{"".join(head)}</thead><tbody>{"".join(body)}</tbody></table>')


def print_report(printer: QPrinter, title: str, subtitle: str, model: PivotModel | None,
                 chart: QPixmap | None) -> int:
    """Lay the report out on the printer's pages; returns the number of pages."""
    return print_html(printer, title, subtitle, pivot_html(model) if model is not None else "", chart)


def print_html(printer: QPrinter, title: str, subtitle: str, body: str, picture: QPixmap | QImage | None = None,
               progress: ProgressCallback | None = None) -> int:
    """A title, a line under it, an HTML body (a table's <thead> repeats on every page) and a picture, on the
    printer's pages with 'title · Page n of m' at each foot; returns the number of pages (0: the printer failed).
    Runs in a worker too (QPainter on a QPrinter, a QImage picture): `progress(page, pages)` False stops it
    (Cancelled)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        layout = printer.pageLayout()
        scale = printer.resolution() / SCREEN_DPI  # lay out in screen pixels, where fonts measure as on screen
        painter.scale(scale, scale)
        page = layout.paintRectPixels(SCREEN_DPI)
        footer = round(FOOTER_MM / 25.4 * SCREEN_DPI)
        size = QSizeF(page.width(), page.height() - footer)
        document = QTextDocument()
        document.setDocumentMargin(0)
        font = QFont()
        font.setPointSizeF(9)
        document.setDefaultFont(font)
        footer_font = QFont(font)
        footer_font.setPixelSize(round(9 * SCREEN_DPI / 72))  # pixels: the painter is scaled to screen units
        document.setPageSize(size)
        parts = [f"<h2>{escape(title)}</h2>"]
        if subtitle:
            parts.append(f"<p>{escape(subtitle)}</p>")
        parts.append(body)
        if picture is not None and not picture.isNull():
            image = picture.toImage() if isinstance(picture, QPixmap) else picture
            document.addResource(QTextDocument.ResourceType.ImageResource, "report-chart", image)
            width = min(size.width(), picture.width())
            parts.append(f'<p><img src="report-chart" width="{int(width)}"></p>')
        document.setHtml("".join(parts))
        pages = max(1, document.pageCount())
        for number in range(pages):
            if progress is not None and not progress(number, pages):
                raise Cancelled()
            if number:
                printer.newPage()
            painter.save()
            painter.translate(0, -number * size.height())
            document.drawContents(painter, QRectF(0, number * size.height(), size.width(), size.height()))
            painter.restore()
            painter.setFont(footer_font)
            text = QCoreApplication.translate("ReportPrint", "%1 · Page %2 of %3").replace("%1", title)
            text = text.replace("%2", str(number + 1)).replace("%3", str(pages))
            painter.drawText(QRectF(0, size.height(), size.width(), footer),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), text)
        return pages
    finally:
        painter.end()


def pdf_in_background(parent: QWidget, target: Path, title: str, subtitle: str, body: str,
                      picture: QPixmap | None = None, landscape: bool = True) -> int:
    """Write a PDF in a worker while a progress dialog (after a moment) counts its pages and may cancel; the HTML
    and the picture are made beforehand in the GUI thread. Its pages (0: cancelled or failed, no file left)."""
    image = picture.toImage() if picture is not None and not picture.isNull() else None
    printer = pdf_printer(str(target.with_name(f".{target.stem}.partial.pdf")), title, landscape)
    partial = Path(printer.outputFileName())

    def work(progress: ProgressCallback) -> int:
        return print_html(printer, title, subtitle, body, image, progress)

    try:
        pages = run_busy(work, parent, title=QCoreApplication.translate("ReportPrint", "Saving as PDF\u2026"))
    except Cancelled:
        pages = 0
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if pages:
        partial.replace(target)  # a reader never sees half a file
    else:
        partial.unlink(missing_ok=True)
    return pages


def pdf_printer(path: str, title: str, landscape: bool = True) -> QPrinter:
    """A printer writing a PDF file (A4, landscape for wide reports, 12 mm margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    return printer
