"""A report in a main-window tab: the designer on the left, the live pivot and chart on the right."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import error_text
from supasoft.core.reports.spec import ChartOptions, KeyPath, PivotResult, ReportSpec
from supasoft.reports.chart import ReportChart
from supasoft.reports.chart_data import chart_data, leaf_rows, series_keys
from supasoft.reports.designer import ReportDesigner, default_report_name
from supasoft.reports.drill import describe_cell, open_records
from supasoft.reports.localize import localized
from supasoft.reports.param_bar import ParamBar
from supasoft.reports.pivot_view import PivotView
from supasoft.reports.print_records import preview_dialog
from supasoft.reports.printing import pdf_in_background, pivot_html, print_report
from supasoft.reports.saving import ReportStore
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.widgets.busy import BusyTask, Cancelled, run_busy, start_busy

PREVIEW_DELAY_MS = 150  # edits within this time run the report once
FOLLOW_DELAY_MS = 1000  # saved records: the report runs again once they have settled


class ReportTab(QWidget):
    """Runs the designer's report whenever it changes (off the GUI thread); numbers and bars drill down."""

    title_changed = Signal(str)
    result_shown = Signal()

    def __init__(self, session: Session, window: MainWindow | None = None, spec: ReportSpec | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report_tab")
        self.session = session
        self.window = window
        self.store = ReportStore(session)
        self.saved_id: Any = None
        self.name = spec.name if spec is not None and spec.name else default_report_name()
        self.shared = spec.shared if spec is not None else False
        self.result: PivotResult | None = None
        self.task: BusyTask | None = None
        self._generation = 0
        self.designer = ReportDesigner(session, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.designer)
        scroll.setMinimumWidth(self.designer.sizeHint().width() + 20)
        self.pivot = PivotView(self)
        self.pivot.drill_requested.connect(self.drill)
        self.chart = ReportChart(self.chart_drill, self, on_key=lambda row_key: self.drill(row_key, ()))
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.addTab(self.pivot, self.tr("Table"))
        self.views.addTab(self.chart, self.tr("Chart"))
        self.name_label = QLabel(self)
        self.name_label.setObjectName("report_name")
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # cut, never widen
        self.refresh_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                          self.tr("Refresh"), self)
        self.refresh_button.setObjectName("report_refresh")
        self.refresh_button.setToolTip(self.tr("Calculate the report again"))
        self.refresh_button.clicked.connect(lambda: self.run_now())
        self.export_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DriveFDIcon),
                                         self.tr("Export…"), self)
        self.export_button.setObjectName("report_export")
        self.export_button.setToolTip(self.tr("Write the report to an Excel workbook (.xlsx) or a .csv file"))
        self.export_button.clicked.connect(self.ask_export)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.setObjectName("report_print")
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.tr("Print preview…"), self.ask_print)
        print_menu.addAction(self.tr("Save as PDF…"), self.ask_pdf)
        self.print_button.setMenu(print_menu)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("report_save")
        self.save_button.clicked.connect(self.ask_save)
        self.save_as_button = QPushButton(self.tr("Save as…"), self)
        self.save_as_button.clicked.connect(lambda: self.ask_save(new=True))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("report_delete")
        self.delete_button.setToolTip(self.tr("Delete this saved report"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("report_busy")
        self.busy.setRange(0, 0)  # a moving bar: the database is counting
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.param_bar = ParamBar(self)
        self.param_bar.changed.connect(lambda: self._timer.start())
        self.status = QLabel(self)
        self.status.setObjectName("report_status")
        top = QHBoxLayout()  # the name has a line of its own: long names and "(not saved)" stay readable
        top.addWidget(self.name_label, 1)
        top.addWidget(self.busy)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.refresh_button, self.export_button, self.print_button, self.save_button,
                       self.save_as_button, self.delete_button):
            actions.addWidget(button)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(top)
        column.addLayout(actions)
        column.addWidget(self.param_bar)
        column.addWidget(self.views, 1)
        column.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._closed = False
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        self.designer.changed.connect(self._timer.start)
        self._follow_timer = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self.run_now)
        if window is not None:  # records saved here or by others: the numbers follow
            window.relay.records_changed.connect(lambda _object_id, _ids: self._follow_timer.start())
            window.relay.structure_changed.connect(lambda _config: self.designer.structure_changed())
        if spec is not None:
            self.designer.set_spec(spec)
            self.set_chart_options(spec.chart)
        self._show_name()
        self._timer.start()

    def title(self) -> str:
        return self.name

    def spec(self) -> ReportSpec:
        """The report as shown: the designer's pivot, its name, and how its chart is drawn."""
        spec = self.designer.spec()
        spec.name, spec.shared = self.name, self.shared
        spec.chart = ChartOptions(self.chart.kind(), self.chart.measure() if self.chart.measure_box.count()
                                  else self.chart.preferred_measure, self.views.currentWidget() is self.chart)
        return spec

    def saved_state(self) -> dict[str, Any]:
        """What reopens this tab at the next start: the saved report, or the whole spec of one not saved yet."""
        if self.saved_id is not None:
            return {"kind": "report", "report": self.saved_id}
        return {"kind": "report", "spec": self.spec().to_json()}

    def set_chart_options(self, options: ChartOptions) -> None:
        """Draw the chart as the saved report did (kind, value) and open on it when it was shown."""
        self.chart.set_kind(options.kind)
        self.chart.preferred_measure = options.measure
        self.views.setCurrentWidget(self.chart if options.shown else self.pivot)

    def _show_name(self) -> None:
        shared = self.tr("shared") if self.shared else self.tr("personal")
        saved = "" if self.saved_id is not None else " " + self.tr("(not saved)")
        self.name_label.setText(f"<b>{escape(self.name)}</b> ({shared}){saved}")
        self.name_label.setToolTip(self.name)
        self.delete_button.setVisible(self.saved_id is not None)
        self.title_changed.emit(self.name)

    def set_saved_id(self, report_id: Any) -> None:
        self.saved_id = report_id
        self._show_name()

    # --- running -----------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """The tab or its window closes: no later preview or follow-up run may reach the (closing) database."""
        self._closed = True
        self._timer.stop()
        self._follow_timer.stop()
        if self.task is not None and self.task.is_running():
            self.task.cancel()

    def run_now(self) -> None:
        """Run the report in a worker; a newer change cancels this run and its answer is dropped."""
        self._timer.stop()
        if self._closed:
            return
        if self.task is not None and self.task.is_running():
            self.task.cancel()
        self._generation += 1
        generation = self._generation
        spec = self.designer.spec()
        self.param_bar.set_params(self.session.configuration.config, spec.object_id, spec.params)
        values = self.param_bar.values()
        service = self.store.service

        def work(_progress: Any) -> PivotResult:
            return localized(service.run(spec, values))

        self.busy.show()
        self.status.setText(self.tr("Calculating…"))
        self.task = start_busy(work, self, show_dialog=False,
                               on_done=lambda result: self._done(generation, result),
                               on_error=lambda exc: self._failed(generation, exc))

    def is_running(self) -> bool:
        return self._timer.isActive() or (self.task is not None and self.task.is_running())

    def _done(self, generation: int, result: PivotResult) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.views.setEnabled(True)
        self.result = result
        config = self.session.configuration.config
        self.pivot.show_result(config, result)
        empty, total = self.tr("(empty)"), self.tr("Total")
        self.chart.set_source([m.title for m in result.measures],
                              lambda measure: chart_data(result, empty, config, total, measure))
        if not result.rows and result.spec.rows:  # grouped, and nothing to group: say so, not "0 groups"
            self.status.setText(self.tr("No records match the report's filter and the dates asked"))
        else:
            self.status.setText(self.tr("%n group(s)", "", len(result.rows)) + " · "
                                + self.tr("double-click a number to see its records"))
        self.result_shown.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.views.setEnabled(False)  # the numbers shown are of the report before this change
        if isinstance(exc, (SupasoftError, ValueError)):
            self.status.setText(error_text(exc, QLocale().name()))
        else:
            self.status.setText(self.tr("The report could not be calculated: %s") % exc)

    # --- drill-down ----------------------------------------------------------------------------------------
    def drill(self, row_key: KeyPath, col_key: KeyPath) -> None:
        """Open the records behind a number in the object's table, with a filter saying why."""
        if self.result is None or self.window is None:
            return
        group = self.result.drill(tuple(row_key), tuple(col_key))
        open_records(self.window, self.result.spec.object_id, group, self.describe(row_key, col_key))

    def chart_drill(self, category: int, series: int) -> None:
        if self.result is None:
            return
        rows = leaf_rows(self.result)
        keys = series_keys(self.result, self.chart.measure())
        if 0 <= category < len(rows) and series == ReportChart.TOTAL:
            self.drill(rows[category][0], ())  # a slice: the row group's total
        elif 0 <= category < len(rows) and 0 <= series < len(keys):
            self.drill(rows[category][0], keys[series][0])

    def describe(self, row_key: KeyPath, col_key: KeyPath) -> str:
        """'Sales by month: 2026-03 · Total', the why of a drill-down."""
        assert self.result is not None
        return describe_cell(self.result, self.name, row_key, col_key)

    # --- export ------------------------------------------------------------------------------------------
    def ask_export(self) -> None:
        if self.result is None:
            return
        suggested = str(Path.home() / f"{self.name}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export report"), suggested,
                                                    self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """The numbers shown, with totals and the measures' number formats (.xlsx) or plain values (.csv)."""
        if self.result is None:
            return False
        from supasoft.services.report_export import write_csv, write_xlsx

        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        result, language = self.result, QLocale().name()[:2]
        if path.suffix.lower() == ".csv":
            def write(_progress: Any) -> None:
                write_csv(result, path, language)
        else:
            chart = self.chart_png()

            def write(_progress: Any) -> None:
                write_xlsx(result, path, language, chart)
        try:
            run_busy(write, self, title=self.tr("Exporting…"))
        except Cancelled:
            return False
        except SupasoftError as exc:
            QMessageBox.warning(self, self.tr("Export report"), error_text(exc, QLocale().name()))
            return False
        if self.window is not None:
            self.window.statusBar().showMessage(self.tr("Report exported to %s") % path, 10000)
        return True

    def chart_png(self) -> bytes:
        """The chart as chosen on screen (kind and value), drawn at a page's size, as PNG bytes for a workbook."""
        from supasoft.reports.pdf_export import chart_pixmap

        assert self.result is not None
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        chart_pixmap(self.result, self.session.configuration.config, self.spec().chart).save(buffer, "PNG")
        return bytes(buffer.data().data())

    # --- printing ----------------------------------------------------------------------------------------
    def _print_on(self, printer: QPrinter) -> int:
        chart = self.chart.pages.currentWidget().grab() if self.result is not None else None
        model = self.pivot.pivot if self.result is not None else None
        return print_report(printer, self.name, self.designer.filter_label.text(), model, chart)

    def ask_print(self) -> None:
        """Print preview with page setup and the printer's own dialog."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.name)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        preview = preview_dialog(printer, self)
        preview.setWindowTitle(self.tr("Print %s") % self.name)
        preview.paintRequested.connect(self._print_on)
        preview.exec()

    def ask_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(Path.home() / f"{self.name}.pdf"),
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.print_pdf(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def print_pdf(self, path: Path) -> int:
        """The report (title, filter, table, chart, page numbers) as a PDF file; returns its pages."""
        chart = self.chart.pages.currentWidget().grab() if self.result is not None else None
        body = pivot_html(self.pivot.pivot) if self.result is not None and self.pivot.pivot is not None else ""
        pages = pdf_in_background(self, path, self.name, self.designer.filter_label.text(), body, chart)
        if self.window is not None and pages:
            self.window.statusBar().showMessage(self.tr("Report saved as %s") % path, 10000)
        return pages

    # --- saving ------------------------------------------------------------------------------------------
    def ask_save(self, new: bool = False) -> None:
        """Save a saved report in place; a new one (or Save as…) asks its name and who sees it first."""
        from supasoft.reports.save_dialog import ask_report_name

        if self.saved_id is not None and not new:
            self.save(self.name, self.shared)
            return
        answer = ask_report_name(self, self.name, self.shared, self.store.may_share())
        if answer is None:
            return
        name, shared = answer
        self.save(name, shared, new=True)

    def save(self, name: str, shared: bool, *, new: bool = False) -> bool:
        spec = self.spec()
        spec.name, spec.shared = name, shared
        try:
            self.saved_id = self.store.save(spec, None if new else self.saved_id)
        except SupasoftError as exc:
            QMessageBox.warning(self, self.tr("Save report"), error_text(exc, QLocale().name()))
            return False
        self.name, self.shared = name, shared
        self._show_name()
        if self.window is not None:
            self.window.statusBar().showMessage(self.tr("Report saved: %s") % name, 5000)
        return True

    def ask_delete(self) -> None:
        answer = QMessageBox.question(self, self.tr("Delete report"),
                                      self.tr("Delete the saved report %s? What it shows stays open until you close it.")
                                      % self.name)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete()

    def delete(self) -> bool:
        """Delete the saved report; the tab stays, as a report not saved."""
        if self.saved_id is None:
            return False
        try:
            self.store.delete(self.saved_id)
        except SupasoftError as exc:
            QMessageBox.warning(self, self.tr("Delete report"), error_text(exc, QLocale().name()))
            return False
        self.set_saved_id(None)
        return True
