"""The Configurator's Maintenance menu (server databases only), its status line, the formats warning bar and the
offer of maintenance mode when a structure change found a table open by someone else."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from supasoft.configurator.maintenance_dialogs import ConnectedUsersDialog, MaintenanceModeDialog
from supasoft.configurator.maintenance_formats import FormatsDialog
from supasoft.core.errors import SupasoftError
from supasoft.services.maintenance import MaintenanceService
from supasoft.services.networked import server_health
from supasoft.services.networked.server_health import FormatUsage
from supasoft.services.session import Session
from supasoft.widgets.error_text import shown_error, shown_text

BAR_STYLES = {"warn": "background: #fff3c4; border: 1px solid #d8b84a;",
              "critical": "background: #ffd6d6; border: 1px solid #c05050;"}


class FormatWarningBar(QFrame):
    """A bar above the panels: some table is close to the 255 versions a Firebird table may have."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("format_warning")
        self.label = QLabel()
        self.label.setObjectName("text")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Table formats…"))
        self.open_button.setObjectName("open_formats")
        self.dismiss = QPushButton(self.tr("Hide"))
        self.dismiss.setObjectName("dismiss")
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_usages(self, usages: list[FormatUsage]) -> None:
        """Warn about the most used table (and say how many more); hide when none is near the limit."""
        if not usages:
            self.hide()
            return
        top = usages[0]
        text = self.tr("{0} has used {1} of {2} table versions on the server; rebuild the database soon "
                       "(Maintenance → Table formats)").format(top.name, top.used, top.limit)
        if len(usages) > 1:
            text += self.tr(" — and {0} more table(s).").format(len(usages) - 1)
        self.label.setText(text)
        level = "critical" if any(u.level == "critical" for u in usages) else "warn"
        self.setProperty("level", level)
        self.setStyleSheet(f"#format_warning {{ {BAR_STYLES[level]} }}")
        self.show()


class MaintenanceControl(QObject):
    """Everything maintenance in one Configurator window; inert (menu hidden) on a SQLite database."""

    def __init__(self, window: QMainWindow, session: Session):
        super().__init__(window)
        self.window, self.session = window, session
        self.enabled = session.storage.kind == "firebird"
        self.service = MaintenanceService(session)
        self.rebuilding = False
        self.warn_at, self.warn_left, self.critical_at = (server_health.WARN_AT, server_health.WARN_LEFT,
                                                          server_health.CRITICAL_AT)
        self.menu = window.menuBar().addMenu(self.tr("&Maintenance"))
        self.menu.setObjectName("maintenance_menu")
        self.users_action = self._action(self.tr("Connected users…"), self.show_connected_users)
        self.mode_action = self._action(self.tr("Maintenance mode…"), self.show_maintenance_mode)
        self.formats_action = self._action(self.tr("Table formats…"), self.show_formats)
        self.menu.menuAction().setVisible(self.enabled)
        self.bar = FormatWarningBar()
        self.bar.open_button.clicked.connect(self.show_formats)
        self.status = QLabel()
        self.status.setObjectName("maintenance_status")
        self.status.setStyleSheet("font-weight: bold; color: #a05000;")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.menu.addAction(action)
        return action

    def paused(self) -> bool:
        """True while a rebuild runs: nothing may touch the database then."""
        return self.rebuilding

    def suspend(self, on: bool) -> None:
        self.rebuilding = on

    # --- dialogs -----------------------------------------------------------------------------------
    def show_connected_users(self) -> ConnectedUsersDialog:
        dialog = ConnectedUsersDialog(self.service, self.paused, self.window)
        dialog.exec()
        return dialog

    def show_maintenance_mode(self) -> MaintenanceModeDialog:
        dialog = MaintenanceModeDialog(self.service, self.paused, self.refresh_status, self.window)
        dialog.exec()
        self.refresh_status()
        return dialog

    def show_formats(self) -> FormatsDialog:
        dialog = FormatsDialog(self.session, usage=self.usage, others=self.service.others_connected,
                               start_maintenance=self.show_maintenance_mode, suspend=self.suspend, parent=self.window)
        dialog.exec()
        self.check_formats()
        return dialog

    # --- what the window shows ---------------------------------------------------------------------
    def usage(self) -> list[FormatUsage]:
        return server_health.format_usage(self.session, warn_at=self.warn_at, warn_left=self.warn_left,
                                          critical_at=self.critical_at)

    def check_formats(self) -> list[FormatUsage]:
        """After a structure change: one query; the bar warns when a table nears the limit."""
        if not self.enabled or self.rebuilding:
            return []
        try:
            near = server_health.warnings_of(self.usage())
        except SupasoftError:
            return []  # the structure change itself succeeded; the next check will tell
        self.bar.show_usages(near)
        return near

    def refresh_status(self) -> None:
        """The status line while maintenance mode is on: how many others are still connected."""
        if not self.enabled or self.rebuilding:
            return
        try:
            state = self.service.state()
            others = self.service.others_connected() if state.active else []
        except SupasoftError:
            return
        if not state.active:
            self.status.hide()
            return
        if others:
            self.status.setText(self.tr("Maintenance mode: %n user(s) still connected", "", len(others)))
        else:
            self.status.setText(self.tr("Maintenance mode: nobody else connected"))
        self.status.show()

    def offer_maintenance(self, error: BaseException) -> bool:
        """A structure change found a table open by others: name them and offer maintenance mode; False if not that."""
        clients = server_health.busy_clients(error)
        if clients is None:
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Configurator"), shown_error(error), QMessageBox.StandardButton.Close,
                          self.window)
        box.setObjectName("busy_box")
        listed = [shown_text(c.describe()) for c in clients if not c.this_process and c.describe() not in str(error)]
        details = "\n".join(f"• {line}" for line in listed)
        hint = self.tr("Start maintenance mode to ask them to close Supasoft, then make the change again.")
        box.setInformativeText(f"{details}\n\n{hint}" if details else hint)
        start = box.addButton(self.tr("Start maintenance mode"), QMessageBox.ButtonRole.AcceptRole)
        start.setObjectName("start_maintenance")
        box.exec()
        if box.clickedButton() is start:
            self.show_maintenance_mode()
        return True
