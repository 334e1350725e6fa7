"""Who is connected to the server database, and maintenance mode: ask the others to close, see who is still in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.services.maintenance import ConnectedClient, MaintenanceService, MaintenanceState, clock
from supasoft.widgets.error_text import shown_error, shown_text

REFRESH_MS = 2000


def since_text(moment: dt.datetime | None) -> str:
    """09:12 today, 2025-03-02 09:12 on another day."""
    return clock(moment) if moment is not None else ""


class ClientsTable(QTableWidget):
    """Connected clients: account, host, process, since; this Supasoft's own attachments in italics."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setObjectName("clients")
        self.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Host"), self.tr("Process"), self.tr("Since")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_clients(self, clients: list[ConnectedClient]) -> None:
        self.setRowCount(len(clients))
        for row, client in enumerate(clients):
            account = client.account + (self.tr(" (this Supasoft)") if client.this_process else "")
            process = client.process.replace("\\", "/").rsplit("/", 1)[-1]
            if client.pid:
                process = self.tr("{0} (pid {1})").format(process, client.pid)
            texts = (account, client.host or self.tr("local"), process, since_text(client.since))
            for column, value in enumerate(texts):
                item = QTableWidgetItem(value)
                item.setToolTip(shown_text(client.describe()))
                if client.this_process:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()


class _Refreshing(QDialog):
    """A dialog that re-reads the server every REFRESH_MS while it is open (and not while paused)."""

    def __init__(self, service: MaintenanceService, paused: Callable[[], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self._paused = service, paused
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00;")
        self.error.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.refresh()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        if self._paused():
            return
        try:
            self.read()
        except SupasoftError as exc:
            self.error.setText(shown_error(exc))
            self.error.show()
        else:
            self.error.hide()

    def read(self) -> None:
        raise NotImplementedError


class ConnectedUsersDialog(_Refreshing):
    """Everyone attached to the server database (administrators see all, others only themselves)."""

    def __init__(self, service: MaintenanceService, paused: Callable[[], bool], parent: QWidget | None = None):
        super().__init__(service, paused, parent)
        self.setObjectName("connected_users_dialog")
        self.setWindowTitle(self.tr("Connected users"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.table = ClientsTable()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def read(self) -> None:
        clients = self.service.connected_clients()
        others = sum(1 for c in clients if not c.this_process)
        self.summary.setText(self.tr("{0} connection(s); {1} from other users or programs (refreshed every 2 s).")
                             .format(len(clients), others))
        self.table.show_clients(clients)


class MaintenanceModeDialog(_Refreshing):
    """Start maintenance mode with a message to the others, watch them leave, end it."""

    def __init__(self, service: MaintenanceService, paused: Callable[[], bool],
                 on_change: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(service, paused, parent)
        self.setObjectName("maintenance_mode_dialog")
        self.setWindowTitle(self.tr("Maintenance mode"))
        self._on_change = on_change
        self.state: MaintenanceState | None = None
        self.explain = QLabel(self.tr(
            "Maintenance mode asks everyone else to close Supasoft, so you can change the structure or rebuild "
            "the database. They see your message; new logins are told to wait."))
        self.explain.setWordWrap(True)
        self.message = QLineEdit()
        self.message.setObjectName("message")
        self.message.setPlaceholderText(self.tr("Message to the others, e.g. Adding fields to Deal, back in 10 minutes"))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.table = ClientsTable()
        self.start_button = QPushButton(self.tr("Start maintenance mode"))
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.start)
        self.end_button = QPushButton(self.tr("End maintenance"))
        self.end_button.setObjectName("end")
        self.end_button.clicked.connect(self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.end_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def read(self) -> None:
        self.state = self.service.state()
        others = self.service.others_connected() if self.state.active else []
        self._show(self.state, others)

    def _show(self, state: MaintenanceState, others: list[ConnectedClient]) -> None:
        active = state.active
        self.message.setEnabled(not active)
        if active and state.message and self.message.text() != state.message:
            self.message.setText(state.message)
        self.start_button.setVisible(not active)
        self.end_button.setVisible(active)
        self.table.setVisible(active)
        self.table.show_clients(others)
        if not active:
            self.status.setText(self.tr("Maintenance mode is off."))
        elif others:
            self.status.setText(self.tr("Maintenance mode is on (since {0}, by {1}). Still connected: {2}.")
                                .format(since_text(state.since), state.by or "?", len(others)))
        else:
            self.status.setText(self.tr("Maintenance mode is on (since {0}, by {1}). Nobody else is connected: "
                                        "you can change the structure or rebuild now.")
                                .format(since_text(state.since), state.by or "?"))

    def start(self) -> None:
        try:
            self.service.begin(self.message.text().strip())
        except SupasoftError as exc:
            self.error.setText(shown_error(exc))
            self.error.show()
            return
        self._changed()

    def end(self) -> None:
        try:
            self.service.end()
        except SupasoftError as exc:
            self.error.setText(shown_error(exc))
            self.error.show()
            return
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        if self._on_change is not None:
            self._on_change()
