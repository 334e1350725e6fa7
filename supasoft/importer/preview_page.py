"""The wizard's preview page: every row as the import would take it, checked off the GUI thread; problem cells
tinted with their reasons, a filter to rows with problems, and what would be created, updated and skipped."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from supasoft.core.errors import SupasoftError
from supasoft.importer.job import ImportJob
from supasoft.importer.preview_model import PreviewModel
from supasoft.widgets.busy import BusyTask, ProgressCallback, start_busy
from supasoft.widgets.error_text import shown_error


def stop_when_asked(report: ProgressCallback) -> tuple[Callable[[int, int], None], Callable[[], bool]]:
    """The service's progress and cancel callbacks over a busy task's report (False back: the user stopped it)."""
    asked = threading.Event()

    def progress(done: int, total: int) -> None:
        if not report(done, total):
            asked.set()

    return progress, asked.is_set


class PreviewPage(QWizardPage):
    """Shows the preview once the worker has built it; Next is enabled when at least one row would be written."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None):
        super().__init__(parent)
        self.job = job
        self._generation = 0
        self._checking = False
        self._writable = 0  # rows the import would create or update
        self.model: PreviewModel | None = None
        self.models: list[PreviewModel] = []  # the imported rows' and, with detail rows, theirs
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Every row as it would be imported. Cells with a problem are red: point at one to see why."))
        layout = QVBoxLayout(self)
        self.shown = QComboBox(self)
        self.shown.setObjectName("import_preview_shown")
        self.shown.currentIndexChanged.connect(self._show_model)
        layout.addWidget(self.shown)
        self.view = QTableView(self)
        self.view.setObjectName("import_preview")
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setResizeContentsPrecision(50)  # widths from the first rows: instant on 100,000
        layout.addWidget(self.view, 1)
        self.details = QLabel(self)
        self.details.setObjectName("import_row_problems")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.only_problems = QCheckBox(self.tr("Only rows with problems"), self)
        self.only_problems.setObjectName("import_only_problems")
        self.only_problems.toggled.connect(self._filter)
        row.addWidget(self.only_problems)
        row.addStretch(1)
        self.busy = QProgressBar(self)  # moving while the rows are checked (seconds for 100,000): the page is alive
        self.busy.setObjectName("import_preview_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        row.addWidget(self.busy)
        self.stop = QPushButton(self.tr("Stop checking"), self)
        self.stop.setObjectName("import_preview_stop")
        self.stop.clicked.connect(self._stop)
        self.stop.hide()
        row.addWidget(self.stop)
        self.again = QPushButton(self.tr("Check again"), self)
        self.again.setObjectName("import_preview_again")
        self.again.clicked.connect(self.initializePage)
        self.again.hide()
        row.addWidget(self.again)
        self.task: BusyTask | None = None
        self.counts = QLabel(self)
        self.counts.setObjectName("import_counts")
        row.addWidget(self.counts)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        source, mapping = self.job.effective_source(), self.job.mapping
        assert source is not None and mapping is not None
        self._generation += 1
        generation = self._generation
        self.job.preview = None
        self._checking = True
        self.view.setModel(None)
        self.model = None
        self.models = []
        self.counts.setText(self.tr("Checking every row…"))
        self.busy.setRange(0, 0)
        self.busy.show()
        self.stop.show()
        self.again.hide()
        self.completeChanged.emit()
        service, job = self.job.service, self.job
        self.job.details = None
        if job.with_details:
            details, mapping_of_details = job.detail_source, job.detail_mapping
            key, link = job.parent_key, job.link_column

            def work(report: ProgressCallback) -> object:
                progress, cancelled = stop_when_asked(report)
                parents = service.preview(source, mapping, progress=progress, cancelled=cancelled)
                return service.preview_details(source, parents, key, details, mapping_of_details, link)
        else:
            def work(report: ProgressCallback) -> object:
                progress, cancelled = stop_when_asked(report)
                return service.preview(source, mapping, progress=progress, cancelled=cancelled)
        if self.task is not None and self.task.is_running():
            self.task.cancel()  # an older check (the mapping changed): its result is not wanted
        self.task = start_busy(work, self, show_dialog=False, on_done=lambda preview: self._done(generation, source, preview),
                               on_error=lambda exc: self._failed(generation, exc),
                               on_cancel=lambda: self._stopped(generation))
        self.task.progressed.connect(lambda done, total: self._progressed(generation, done, total))

    def _progressed(self, generation: int, done: int, total: int) -> None:
        if generation != self._generation or total <= 0 or not self._checking:
            return
        self.busy.setRange(0, total)
        self.busy.setValue(min(done, total))
        self.counts.setText(self.tr("Checking rows: %s of %s") % (f"{done:,}", f"{total:,}"))

    def _stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _checked(self, generation: int, *, again: bool) -> bool:
        """Leave the checking state (bar and Stop hidden, Check again shown if asked); False for an older check."""
        if generation != self._generation:
            return False
        self._checking = False
        self.busy.hide()
        self.stop.hide()
        self.again.setVisible(again)
        return True

    def _stopped(self, generation: int) -> None:
        if not self._checked(generation, again=True):
            return
        self.counts.setText(self.tr("Checking stopped: go back to change the mapping, or check again."))
        self.completeChanged.emit()

    def _done(self, generation: int, source: Any, preview: Any) -> None:
        if not self._checked(generation, again=False):
            return
        plan = preview if self.job.with_details else None
        self.job.details = plan
        self.job.preview = plan.parent if plan is not None else preview
        self.models = [PreviewModel(source, self.job.preview, self)]
        counts = self.job.preview.counts
        self._writable = counts["create"] + counts["update"]
        text = self.tr("Would create: %s, update: %s, skip: %s") % (counts["create"], counts["update"], counts["skip"])
        self.shown.blockSignals(True)
        self.shown.clear()
        self.shown.addItem(self.tr("Imported rows"))
        if plan is not None:
            self.models.append(PreviewModel(self.job.detail_source, plan.details, self))
            self.shown.addItem(self.tr("Detail rows"))
            lines = plan.details.counts
            text += "\n" + self.tr("Detail rows: would create %s, skip %s") % (lines["create"], lines["skip"])
        self.shown.setCurrentIndex(0)
        self.shown.blockSignals(False)
        self.shown.setVisible(plan is not None)
        self._show_model(0)
        self.counts.setText(text)
        self.completeChanged.emit()

    def _show_model(self, index: int) -> None:
        if not 0 <= index < len(self.models):
            return
        self.model = self.models[index]
        self.model.set_only_problems(self.only_problems.isChecked())
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(lambda current, _previous: self._show_problems(current.row()))
        self.view.resizeColumnsToContents()
        self.details.clear()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not self._checked(generation, again=True):
            return
        self.counts.setText(shown_error(exc) if isinstance(exc, SupasoftError) else
                            self.tr("The preview failed: %s") % type(exc).__name__)
        self.completeChanged.emit()

    def _filter(self, only: bool) -> None:
        for model in self.models:
            model.set_only_problems(only)
        self.details.clear()

    def _show_problems(self, row: int) -> None:
        """The current row's problems in full under the table (the tooltips say the same per cell)."""
        self.details.setText("\n".join(self.model.problems_of_row(row)[:5]) if self.model is not None else "")

    def is_checking(self) -> bool:
        return self._checking

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.job.preview is not None and self._writable > 0
