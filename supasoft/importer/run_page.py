"""The wizard's last page: a dry run or the import itself (skip bad rows, or all or nothing), in a worker with
progress in rows per second and Cancel (what was committed stays, and the page says how much); then the counts,
the problems, an error file to fix and import again, and undo of the import."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import language_of
from supasoft.importer.job import ImportJob, in_worker
from supasoft.services.importing import ImportRefused, ImportResult
from supasoft.widgets.busy import BusyTask, start_busy
from supasoft.widgets.error_text import shown_error, shown_text

SHOWN_PROBLEMS = 1000


def batch_size(rows: int) -> int:
    """Rows per batch: ~50 steps of progress (each refreshes the open table once), 500 to 5,000 rows each."""
    return min(5000, max(500, rows // 50))


class RunPage(QWizardPage):
    """Runs the import once (or a dry run any number of times) and shows what it did."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None):
        super().__init__(parent)
        self.job = job
        self.batch: int | None = None  # rows per insert_many in skip-bad mode; None: batch_size() of the import
        self.task: BusyTask | None = None
        self.stop = threading.Event()
        self.started = 0.0
        self.undoing = False  # the Cancel button then stops the undo
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("A dry run checks everything again and writes nothing."))
        layout = QVBoxLayout(self)
        self.skip_bad = QRadioButton(self.tr("Skip rows with problems, import the good ones"), self)
        self.skip_bad.setObjectName("import_skip_bad")
        self.all_or_nothing = QRadioButton(self.tr("All or nothing: import only when no row has a problem"), self)
        self.all_or_nothing.setObjectName("import_all_or_nothing")
        self.skip_bad.setChecked(True)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.all_or_nothing)
        buttons = QHBoxLayout()
        self.dry_button = self._button(buttons, "import_dry_run", self.tr("Dry run"), self.dry_run)
        self.run_button = self._button(buttons, "import_run", self.tr("Import"), self.run_import)
        self.cancel_button = self._button(buttons, "import_cancel", self.tr("Cancel the import"), self.cancel)
        self.cancel_button.setEnabled(False)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_progress")
        layout.addWidget(self.progress)
        self.rate = QLabel(self)
        self.rate.setObjectName("import_rate")
        layout.addWidget(self.rate)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("import_outcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("import_problems")
        self.problems.setReadOnly(True)
        layout.addWidget(self.problems, 1)
        after = QHBoxLayout()
        self.errors_button = self._button(after, "import_save_errors", self.tr("Save error file…"), self.ask_error_file)
        self.undo_button = self._button(after, "import_undo", self.tr("Undo this import"), self.undo)
        after.addStretch(1)
        layout.addLayout(after)
        self.errors_button.setVisible(hasattr(job.service, "write_errors"))
        self.undo_button.setVisible(hasattr(job.service, "undo"))
        self._sync()

    def _button(self, row: QHBoxLayout, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        row.addWidget(button)
        return button

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        preview = self.job.preview
        assert preview is not None
        self.job.result = self.job.detail_result = None
        if self.job.details is not None:  # parents and details go in one transaction: all or nothing
            self.all_or_nothing.setChecked(True)
        self._show_plan()
        self.progress.setValue(0)
        self.rate.clear()
        self._sync()

    def _show_plan(self, dry: bool = False) -> None:
        preview, plan = self.job.preview, self.job.details
        assert preview is not None
        counts = preview.counts
        if dry:
            text = self.tr("Dry run, nothing written: would create %s, update %s, skip %s") % (
                counts["create"], counts["update"], counts["skip"])
        else:
            text = self.tr("Would create: %s, update: %s, skip: %s") % (counts["create"], counts["update"], counts["skip"])
        if plan is not None:
            lines = plan.details.counts
            text += "\n" + self.tr("Detail rows: would create %s, skip %s") % (lines["create"], lines["skip"])
        self.outcome.setText(text)
        self.problems.setPlainText(self._problem_text())

    def _problem_text(self) -> str:
        """The problems one a line; with detail rows, under each file part's object (both number their rows from 1)."""
        plan, preview = self.job.details, self.job.preview
        if plan is None:
            return "\n".join(shown_text(p.text()) for p in (preview.problems if preview else [])[:SHOWN_PROBLEMS])
        shown: list[str] = []
        for part in (plan.parent, plan.details):
            if part.problems and len(shown) < SHOWN_PROBLEMS:
                shown.append(self.job.session.records.obj(part.mapping.object_id).plural + ":")
                shown += ["    " + shown_text(p.text()) for p in part.problems[:SHOWN_PROBLEMS - len(shown)]]
        return "\n".join(shown)

    def running(self) -> bool:
        return self.task is not None

    def _sync(self) -> None:
        busy, done = self.running(), self.job.result is not None
        self.dry_button.setEnabled(not busy and not done)
        self.run_button.setEnabled(not busy and not done)
        self.skip_bad.setEnabled(not busy and not done and self.job.details is None)
        self.all_or_nothing.setEnabled(not busy and not done)
        self.cancel_button.setEnabled(busy)
        result = self.job.result
        self.errors_button.setEnabled(not busy and self._bad_rows() > 0)
        self.undo_button.setEnabled(not busy and result is not None and bool(result.created or result.updated))
        self.completeChanged.emit()

    def _bad_rows(self) -> int:
        if self.job.details is not None and self.job.result is None:
            return len(self.job.details.problems)
        problems = self.job.result.skipped if self.job.result is not None else self.job.preview.problems if self.job.preview else []
        return len(problems)

    # --- dry run ----------------------------------------------------------------------------------
    def dry_run(self) -> None:
        """The preview again (the database may have changed meanwhile): counts and problems, nothing written."""
        job, source, mapping, service = self.job, self.job.effective_source(), self.job.mapping, self.job.service
        details, detail_mapping, key, link = job.detail_source, job.detail_mapping, job.parent_key, job.link_column
        with_details = job.details is not None

        def work() -> Any:
            preview = service.preview(source, mapping)
            return service.preview_details(source, preview, key, details, detail_mapping, link) if with_details else preview

        self.outcome.setText(self.tr("Checking every row…"))
        self.task = in_worker(self, work, self._dry_done, self._failed)
        self._sync()

    def _dry_done(self, preview: Any) -> None:
        self.task = None
        if self.job.details is not None:
            self.job.details, self.job.preview = preview, preview.parent
        else:
            self.job.preview = preview
        self._show_plan(dry=True)
        self._sync()

    # --- the import -------------------------------------------------------------------------------
    def run_import(self) -> None:
        preview, service = self.job.preview, self.job.service
        assert preview is not None
        batch = self.batch or batch_size(preview.count("create"))
        skip_bad = self.skip_bad.isChecked()
        self.stop.clear()
        self.started = time.monotonic()
        self.outcome.setText(self.tr("Importing…"))

        plan = self.job.details

        def work(progress: Any) -> Any:
            if plan is not None:  # parents and details in one transaction: a cancel rolls both back
                return service.apply_details(plan, batch=batch, progress=lambda done, total: progress(done, total),
                                             cancelled=self.stop.is_set)
            return service.apply(preview, skip_bad=skip_bad, batch=batch, progress=lambda done, total: progress(done, total),
                                 cancelled=self.stop.is_set)

        self.task = start_busy(work, self, on_done=self._done, on_error=self._failed, show_dialog=False)
        self.task.progressed.connect(self._progressed)
        self._sync()

    def cancel(self) -> None:
        """Stop after the batch being written: what was committed stays (an undo is rolled back whole)."""
        self.stop.set()
        self.outcome.setText(self.tr("Cancelling the undo: nothing of it will be kept…") if self.undoing
                             else self.tr("Cancelling after the rows being written…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        seconds = max(time.monotonic() - self.started, 1e-6)
        locale = QLocale()
        self.rate.setText(self.tr("Rows: %s of %s (%s per second)") % (locale.toString(done), locale.toString(total),
                                                                          locale.toString(int(done / seconds))))

    def _done(self, outcome: Any) -> None:
        self.task = None
        result, lines = outcome if isinstance(outcome, tuple) else (outcome, None)
        self.job.result, self.job.detail_result = result, lines
        self.job.results.append(result)
        counts = result.counts
        seconds = max(time.monotonic() - self.started, 1e-6)
        if result.cancelled:
            text = self.tr("Cancelled. Kept what was imported before the cancel: created %s, updated %s.") % (
                counts["created"], counts["updated"])
        else:
            text = self.tr("Imported: created %s, updated %s, skipped %s.") % (counts["created"], counts["updated"], counts["skipped"])
        if lines is not None:
            text += " " + self.tr("Detail rows created: %s.") % len(lines.created)
        written = counts["created"] + counts["updated"] + (len(lines.created) if lines is not None else 0)
        self.rate.setText(self.tr("Rows: %s in %s s (%s per second)") % (
            QLocale().toString(written), QLocale().toString(seconds, "f", 1 if seconds >= 10 else 2),  # never "0.0 s"
            QLocale().toString(int(written / seconds))))
        self.outcome.setText(text)
        self.problems.setPlainText("\n".join(shown_text(p.text()) for p in result.skipped[:SHOWN_PROBLEMS]))
        self._sync()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, ImportRefused):  # the problems are listed below: say what to do instead of repeating them
            count = len(exc.problems)
            if self.job.details is not None:
                text = self.tr("Nothing was imported: %s problem(s), listed below. Rows and their detail rows go in "
                               "together: correct them in the file and import the whole file again.") % count
            else:
                text = self.tr("Nothing was imported: %s problem(s), listed below. Correct them in the file and import "
                               "it again, or skip rows with problems: then only those rows go to the error file, to fix "
                               "and import.") % count
                self.problems.setPlainText("\n".join(shown_text(p.text()) for p in exc.problems[:SHOWN_PROBLEMS]))
            self.outcome.setText(text)
        else:
            self.outcome.setText(shown_error(exc) if isinstance(exc, SupasoftError) else
                                 self.tr("The import failed: %s") % type(exc).__name__)
        self._sync()

    # --- afterwards -------------------------------------------------------------------------------
    def ask_error_file(self) -> None:
        folder = self.job.path.parent if self.job.path is not None else Path.home()
        stem = self.job.path.stem if self.job.path is not None else "import"
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save error file"), str(folder / f"{stem}-errors.xlsx"),
                                               self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.save_error_file(Path(path))

    def save_error_file(self, path: Path) -> int:
        """The bad rows with their row number and reason, to fix and import again."""
        source, plan, language = self.job.source, self.job.details, language_of(QLocale().name())
        problems = self.job.result.skipped if self.job.result is not None else self.job.preview.problems if self.job.preview else []
        try:
            if plan is not None and self.job.detail_source is not None:  # both sets: two sheets, or two CSV files
                count = sum(self.job.service.write_detail_errors(source, self.job.detail_source, plan, path,
                                                                 language=language))
            else:
                count = self.job.service.write_errors(source, problems, path, language=language)
        except (SupasoftError, OSError) as exc:
            self.outcome.setText(shown_error(exc))
            return 0
        self.outcome.setText(self.tr("Rows with problems saved to %s: %s") % (path, count))
        return count

    def undo(self) -> None:
        """Take the import back: what it created goes to the trash, what it updated gets its earlier values."""
        result, lines, service = self.job.result, self.job.detail_result, self.job.service
        if result is None:
            return

        self.stop.clear()

        def work(progress: Any) -> tuple[int, int]:
            report = lambda done, total: progress(done, total)  # noqa: E731 - the busy task's signal, per batch
            deleted, restored = service.undo(result, progress=report, cancelled=self.stop.is_set)  # parents first:
            if lines is not None and lines.created:  # their detail rows go with them
                more, _ = service.undo(lines, progress=report, cancelled=self.stop.is_set)
                deleted += more
            return deleted, restored

        self.outcome.setText(self.tr("Undoing the import…"))
        self.progress.setValue(0)
        self.undoing = True
        self.task = start_busy(work, self, on_done=self._undone, on_error=self._undo_failed, show_dialog=False)
        self.task.progressed.connect(self._undo_progressed)
        self._sync()

    def _undo_progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        locale = QLocale()
        self.rate.setText(self.tr("Records taken back: %s of %s") % (locale.toString(done), locale.toString(total)))

    def _undo_failed(self, exc: BaseException) -> None:
        self.undoing = False
        self._failed(exc)  # a cancel says the whole undo was rolled back and the import can still be undone

    def _undone(self, counts: Any) -> None:
        self.task = None
        self.undoing = False
        deleted, restored = counts
        self.job.result, self.job.detail_result = ImportResult(), None  # nothing of it is left to undo
        self.outcome.setText(self.tr("Import undone. Moved to the trash: %s; given their earlier values back: %s.")
                             % (deleted, restored))
        self._sync()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.running()
