"""A report as a PDF without a window (the command line): the pivot and its chart laid out as the Print menu does."""

from __future__ import annotations

import copy
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale, QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from supasoft.core.meta import Configuration
from supasoft.core.reports.spec import ChartOptions, PivotResult
from supasoft.reports.chart import ReportChart
from supasoft.reports.chart_data import chart_data
from supasoft.reports.localize import localized
from supasoft.reports.pivot_model import PivotModel
from supasoft.reports.printing import pdf_printer, print_report
from supasoft.shell.filter_dialog import describe_filter

CHART_SIZE = (1000, 520)  # screen pixels: the chart fills a landscape A4 page's width


def ensure_app() -> QApplication:
    """The running QApplication, or a new one; with no display (a server, cron) Qt draws offscreen."""
    app = QApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            quiet_offscreen_notes()
        app = QApplication([sys.argv[0] if sys.argv else "supasoft-admin"])
    assert isinstance(app, QApplication)
    return app


OFFSCREEN_NOTES = ("propagateSizeHints",)  # the offscreen plugin's notes, noise in a scheduled export's output


def quiet_offscreen_notes() -> None:
    """Drop the offscreen plugin's "does not support propagateSizeHints()" lines; every other Qt message is printed."""

    def handler(_kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        if not any(note in text for note in OFFSCREEN_NOTES):
            print(text, file=sys.stderr)

    qInstallMessageHandler(handler)


@contextmanager
def language_of_output(language: str) -> Iterator[None]:
    """Words and numbers in `language` while the file is written; the application's own language afterwards."""
    from supasoft.i18n import install_translations, remove_translations

    if language not in ("pl", "ru"):  # English: the source texts
        yield
        return
    before = QLocale()
    install_translations(language)
    try:
        yield
    finally:
        remove_translations()
        QLocale.setDefault(before)


def chart_pixmap(result: PivotResult, config: Configuration, options: ChartOptions | None = None):  # noqa: ANN201
    """The report's chart as saved with it (or as `options` say: kind and value), drawn off screen; a QPixmap."""
    options = options or result.spec.chart
    chart = ReportChart()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.resize(*CHART_SIZE)
    chart.set_kind(options.kind)
    chart.preferred_measure = options.measure
    chart.kind_row.hide()  # paper shows the chart, not its chooser
    chart.show()
    empty = QApplication.translate("ReportTab", "(empty)")
    total = QApplication.translate("ReportTab", "Total")
    chart.set_source([m.title for m in result.measures], lambda measure: chart_data(result, empty, config, total, measure))
    QApplication.processEvents()
    chart.redraw()  # at its final size: ticks and ranges fit the page
    pixmap = chart.pages.currentWidget().grab()
    chart.close()
    chart.deleteLater()
    return pixmap


def chart_png(result: PivotResult, config: Configuration, language: str = "en") -> bytes:
    """The report's chart as saved, as PNG bytes for a workbook (the command line's .xlsx)."""
    from PySide6.QtCore import QBuffer, QIODevice

    ensure_app()
    with language_of_output(language):
        pixmap = chart_pixmap(localized(copy.deepcopy(result)), config)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(buffer.data().data())


def write_pdf(result: PivotResult, config: Configuration, target: Path, title: str, language: str = "en",
              label_of: Callable[[int, int], str] | None = None) -> int:
    """The report (title, filter, table with its headers on every page, chart, page numbers) as a PDF; its pages.

    `label_of(object, id)` names a referenced record in the filter line ('Client equals Acme', not 'equals 9')."""
    ensure_app()
    with language_of_output(language):
        shown = localized(result)
        subtitle = describe_filter(config, shown.spec.object_id, shown.base_filter, label_of)
        model = PivotModel(config, shown)
        pixmap = chart_pixmap(shown, config)
        partial = target.with_name(f".{target.stem}.partial.pdf")  # a reader never sees half a file
        pages = print_report(pdf_printer(str(partial), title), title, subtitle, model, pixmap)
        if not pages:
            partial.unlink(missing_ok=True)
            return 0
        os.replace(partial, target)
        return pages


__all__ = ["chart_pixmap", "chart_png", "ensure_app", "write_pdf"]
