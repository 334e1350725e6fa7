"""Maintenance → Table formats: how many of Firebird's 255 table versions each object used, and the rebuild."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import show_error
from supasoft.core.errors import SupasoftError
from supasoft.services.networked import server_health
from supasoft.services.networked.server_health import FormatUsage, RebuildCancelled, RebuildResult
from supasoft.services.session import Session
from supasoft.widgets.busy import BusyTask, start_busy
from supasoft.widgets.error_text import shown_error, shown_text

LEVEL_COLOURS = {"ok": "#4a9a4a", "warn": "#d08a00", "critical": "#c03030"}


class _Messages(QObject):
    """Carries the rebuild's progress (step key, done, total) from the worker thread to the dialog (queued)."""

    said = Signal(str, int, int)


class FormatsDialog(QDialog):
    """The format count of every table, most used first, and [Rebuild the database…]."""

    def __init__(self, session: Session, *, usage: Callable[[], list[FormatUsage]],
                 others: Callable[[], list[Any]], start_maintenance: Callable[[], None],
                 suspend: Callable[[bool], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("formats_dialog")
        self.setWindowTitle(self.tr("Table formats"))
        self.session = session
        self._usage, self._others, self._start_maintenance, self._suspend = usage, others, start_maintenance, suspend
        self.task: BusyTask | None = None
        self.result: RebuildResult | None = None
        self.failure: BaseException | None = None
        explain = QLabel(self.tr(
            "Every structure change on the server uses one of a table's 255 versions (formats). A table that has "
            "used all 255 can no longer be changed until the database is rebuilt (a backup and restore), which "
            "starts every table at 1 again."))
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("formats")
        self.table.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Versions used"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep = QCheckBox(self.tr("Keep the backup file:"))
        self.keep.setObjectName("keep_backup")
        self.keep_path = QLineEdit()
        self.keep_path.setObjectName("keep_path")
        self.keep_path.setPlaceholderText(self.tr("crm-before-rebuild.fbk"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(self.keep_path, 1)
        keep_row.addWidget(browse)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.rebuild_button = QPushButton(self.tr("Rebuild the database…"))
        self.rebuild_button.setObjectName("rebuild")
        self.rebuild_button.clicked.connect(self.rebuild)
        self.cancel_button = QPushButton(self.tr("Cancel the rebuild"))
        self.cancel_button.setObjectName("cancel_rebuild")
        self.cancel_button.clicked.connect(self.cancel_rebuild)
        self.cancel_button.hide()
        self._cancel = threading.Event()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.rebuild_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(keep_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        cancel_row = QHBoxLayout()
        cancel_row.addStretch(1)
        cancel_row.addWidget(self.cancel_button)
        layout.addLayout(cancel_row)
        layout.addWidget(self.buttons)
        self._messages = _Messages(self)
        self._messages.said.connect(self.show_step)
        self.resize(620, 460)
        self.reload()

    # --- the table -------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            usages = self._usage()
        except SupasoftError as exc:
            self.status.setText(shown_error(exc))
            return
        self.table.setRowCount(len(usages))
        states = {"ok": self.tr("OK"), "warn": self.tr("Rebuild soon"), "critical": self.tr("Rebuild now")}
        for row, u in enumerate(usages):
            self.table.setItem(row, 0, QTableWidgetItem(u.name))
            bar = QProgressBar()
            bar.setRange(0, u.limit)
            bar.setValue(min(u.used, u.limit))
            bar.setFormat(self.tr("{0} of {1}").format(u.used, u.limit))
            bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {LEVEL_COLOURS[u.level]}; }}")
            self.table.setCellWidget(row, 1, bar)
            state = QTableWidgetItem(states[u.level])
            state.setData(Qt.ItemDataRole.UserRole, u.level)
            self.table.setItem(row, 2, state)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 160)

    def rows(self) -> list[tuple[str, int, str]]:
        """(name, used, level) per row, as shown."""
        found = []
        for row in range(self.table.rowCount()):
            bar = self.table.cellWidget(row, 1)
            found.append((self.table.item(row, 0).text(), bar.value(),  # type: ignore[union-attr]
                          self.table.item(row, 2).data(Qt.ItemDataRole.UserRole)))
        return found

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Keep the backup as"), self.keep_path.text(),
                                              self.tr("Firebird backups (*.fbk)"))
        if name:
            self.keep_path.setText(name)
            self.keep.setChecked(True)

    # --- the rebuild -----------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Explain, make sure nobody else is in (offer maintenance mode), then rebuild in the background."""
        if self.task is not None:
            return
        keep = self._keep_file()
        if keep is False:
            return
        if not self._confirm():
            return
        try:
            others = self._others()
        except SupasoftError as exc:
            show_error(self, exc)
            return
        if others:
            self._offer_maintenance(others)
            return
        self.start_rebuild(keep or None)

    def _keep_file(self) -> Path | None | bool:
        if not self.keep.isChecked():
            return None
        text = self.keep_path.text().strip()
        if not text:
            show_error(self, SupasoftError(self.tr("Choose where to keep the backup file (Browse…).")))
            return False
        return Path(text).expanduser()

    def _confirm(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Rebuild the database"), self.tr(
            "Rebuild the database now?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("rebuild_confirm")
        box.setInformativeText(self.tr(
            "Supasoft backs the database up (gbak), restores the backup to a test copy to prove it is complete, "
            "then replaces the database with the restored one. Every table starts at version 1 again and the file "
            "is compacted. Everyone else must be disconnected while it runs; this Configurator reconnects by "
            "itself afterwards."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _offer_maintenance(self, others: list[Any]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rebuild the database"), self.tr(
            "{0} other connection(s) must close before the rebuild:").format(len(others)),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("others_connected_box")
        box.setInformativeText("\n".join(f"• {shown_text(c.describe())}" for c in others) + "\n\n" + self.tr(
            "Start maintenance mode to ask them to close Supasoft, then rebuild when nobody else is connected."))
        start = box.addButton(self.tr("Start maintenance mode"), QMessageBox.ButtonRole.AcceptRole)
        start.setObjectName("start_maintenance")
        box.exec()
        self.status.setText(self.tr("Waiting for {0} connection(s) to close.").format(len(others)))
        if box.clickedButton() is start:
            self._start_maintenance()

    def start_rebuild(self, keep: Path | None) -> BusyTask:
        """Run server_health.rebuild in a worker thread; the Configurator stops polling meanwhile."""
        messages = self._messages
        session = self.session

        cancel = self._cancel
        cancel.clear()

        def work(_progress: Any) -> RebuildResult:
            return server_health.rebuild(session, progress=messages.said.emit, cancelled=cancel.is_set,
                                         keep_backup=keep)

        self.result, self.failure = None, None
        self._suspend(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.rebuild_button.setEnabled(False)
        self.buttons.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.status.setText(self.tr("Rebuilding…"))
        self.task = start_busy(work, self, show_dialog=False, on_done=self._done, on_error=self._failed)
        return self.task

    def show_step(self, step: str, done: int, total: int) -> None:
        """A step of the rebuild (server_health.REBUILD_STEPS) with its tables done of total, in words and the bar."""
        counted = {
            "backup": self.tr("Backing up the database: {0} of {1} tables"),
            "restore": self.tr("Restoring a test copy to prove the backup is complete: {0} of {1} tables"),
            "replace": self.tr("Replacing the database with the restored copy: {0} of {1} tables"),
        }
        plain = {"check": self.tr("Checking who is connected…"), "reload": self.tr("Reading the structure again…")}
        if step in counted and total > 0:
            self.status.setText(counted[step].format(done, total))
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.status.setText(plain.get(step, self.tr("Rebuilding…")))
            self.progress.setRange(0, 0)
        if step in ("replace", "reload"):  # the database is being replaced: stopping now would lose it
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(self.tr("The database is being replaced: this cannot be stopped."))

    def cancel_rebuild(self) -> None:
        """Stop gbak before the database is replaced; the database stays as it was."""
        if self.task is None or self._cancel.is_set():
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.rebuild_button.setEnabled(True)
        self.buttons.setEnabled(True)
        self._suspend(False)
        self.reload()

    def _done(self, result: RebuildResult) -> None:
        self.result = result
        text = self.tr("Rebuilt in {0:.1f} s: the most used table went from {1} to {2} version(s).").format(
            result.seconds, result.formats_before, result.formats_after)
        if result.backup_file is not None:
            text += " " + self.tr("The backup is kept in {0}.").format(result.backup_file)
        self._finish()
        self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.failure = error
        self._finish()
        if isinstance(error, RebuildCancelled):
            self.status.setText(self.tr("The rebuild was cancelled; the database was not changed."))
            return
        self.status.setText(str(error) if isinstance(error, SupasoftError) else
                            self.tr("The rebuild failed: {0}").format(error))

    def reject(self) -> None:
        if self.task is None:  # never walk away from a running rebuild
            super().reject()
