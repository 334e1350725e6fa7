"""Settings → API server…: start or stop the REST API of the open database, and make a token (free edition).

The server is off until started here, and listens on this computer only unless the network box is ticked.
The dialog drives a control object handed in by app.py (supasoft.api.control.ApiControl: start, stop, url,
on_lan, create_token), since the shell cannot import the API itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.widgets.error_text import shown_error


class ApiServerDialog(QDialog):
    """Start/stop, port and network choice, the address while running, and a new token shown once."""

    def __init__(self, control: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.control = control
        self.setWindowTitle(self.tr("API server"))
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(8765)
        self.lan = QCheckBox(self.tr("Allow other computers on the network"))
        self.state = QLabel()
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.toggle = QPushButton()
        self.toggle.clicked.connect(self.start_or_stop)
        form = QFormLayout()
        form.addRow(self.tr("Port:"), self.port)
        form.addRow("", self.lan)
        form.addRow(self.tr("State:"), self.state)
        self.token_name = QLineEdit()
        self.token_name.setPlaceholderText(self.tr("what the token is for, e.g. Web shop"))
        self.token_write = QCheckBox(self.tr("May change records"))
        self.make_token = QPushButton(self.tr("New token"))
        self.make_token.clicked.connect(self.new_token)
        self.token = QLineEdit()
        self.token.setReadOnly(True)
        self.token.setPlaceholderText(self.tr("a new token is shown here once"))
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_name, 1)
        token_row.addWidget(self.token_write)
        token_row.addWidget(self.make_token)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.toggle)
        layout.addWidget(QLabel(self.tr("Tokens (each acts with your rights):")))
        layout.addLayout(token_row)
        layout.addWidget(self.token)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.show_state()

    def show_state(self) -> None:
        url = self.control.url
        running = url is not None
        self.state.setText(self.tr("Running at %1 (documentation: %1/docs)").replace("%1", url) if running
                           else self.tr("Stopped"))
        self.toggle.setText(self.tr("Stop the server") if running else self.tr("Start the server"))
        self.port.setEnabled(not running)
        self.lan.setEnabled(not running)

    def start_or_stop(self) -> None:
        self.problem.clear()
        try:
            if self.control.url is None:
                self.control.start(self.port.value(), lan=self.lan.isChecked())
            else:
                self.control.stop()
        except SupasoftError as exc:
            self.problem.setText(shown_error(exc))
        self.show_state()

    def new_token(self) -> None:
        self.problem.clear()
        try:
            self.token.setText(self.control.create_token(self.token_name.text(), can_write=self.token_write.isChecked()))
        except SupasoftError as exc:
            self.problem.setText(shown_error(exc))
            return
        self.token.selectAll()
        self.token.setFocus()


def install_api_server(window: Any, control: Any) -> None:
    """Add Settings → API server… to the main window; the server stops when the window goes away."""
    menu = window.menuBar().findChild(QMenu, "menu_settings")
    if menu is None:
        return
    action = menu.addAction(QCoreApplication.translate("MainWindow", "API server…"))
    action.setObjectName("action_api_server")
    menu.menuAction().setVisible(True)

    def open_dialog() -> None:
        dialog = ApiServerDialog(control, window)
        window.api_server_dialog = dialog  # kept, so tests and the window can reach it
        dialog.show()

    action.triggered.connect(lambda _checked=False: open_dialog())
    window.destroyed.connect(lambda *_: control.stop())
    window.actions["api_server"] = action
