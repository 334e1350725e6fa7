"""The wizard's preview page: every row as the import would take it, checked off the GUI thread; problem cells
tinted with their reasons, a filter to rows with problems, and what would be created, updated and skipped."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget, QWizardPage

from supasoft.core.errors import SupasoftError
from supasoft.importer.job import ImportJob, in_worker
from supasoft.importer.preview_model import PreviewModel
from supasoft.widgets.error_text import shown_error


class PreviewPage(QWizardPage):
    """Shows the preview once the worker has built it; Next is enabled when at least one row would be written."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None):
        super().__init__(parent)
        self.job = job
        self._generation = 0
        self._checking = False
        self.model: PreviewModel | None = None
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Every row as it would be imported. Cells with a problem are red: point at one to see why."))
        layout = QVBoxLayout(self)
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
        self.counts.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()
        service = self.job.service
        in_worker(self, lambda: service.preview(source, mapping), lambda preview: self._done(generation, source, preview),
                  lambda exc: self._failed(generation, exc))

    def _done(self, generation: int, source: Any, preview: Any) -> None:
        if generation != self._generation:
            return
        self._checking = False
        self.job.preview = preview
        self.model = PreviewModel(source, preview, self)
        self.model.set_only_problems(self.only_problems.isChecked())
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(lambda current, _previous: self._show_problems(current.row()))
        self.view.resizeColumnsToContents()
        self.details.clear()
        counts = preview.counts
        self.counts.setText(self.tr("Would create: %s, update: %s, skip: %s") % (counts["create"], counts["update"], counts["skip"]))
        self.completeChanged.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._checking = False
        self.counts.setText(shown_error(exc) if isinstance(exc, SupasoftError) else
                            self.tr("The preview failed: %s") % type(exc).__name__)
        self.completeChanged.emit()

    def _filter(self, only: bool) -> None:
        if self.model is not None:
            self.model.set_only_problems(only)
            self.details.clear()

    def _show_problems(self, row: int) -> None:
        """The current row's problems in full under the table (the tooltips say the same per cell)."""
        self.details.setText("\n".join(self.model.problems_of_row(row)[:5]) if self.model is not None else "")

    def is_checking(self) -> bool:
        return self._checking

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        preview = self.job.preview
        return preview is not None and (preview.count("create") + preview.count("update")) > 0
