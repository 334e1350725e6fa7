"""Maintenance mode as the other clients see it: a banner with a countdown, then a pause until the admin is done.

An admin's MaintenanceService.begin() reaches this window as relay.maintenance_changed. The banner asks
the user to save; when the countdown ends (or on Close now) clean cards close, cards with unsaved
changes stay open with their values (saved when the database is back), tables stop querying, the
session's pool lets go of the database, and an application-modal dialog waits. The change listener's
attachment stays (it holds no table): it is how the end of maintenance is heard. Then the dialog
closes, the structure and the tables are read again and the kept cards are saved.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.services.maintenance import MaintenanceService, MaintenanceState, clock
from supasoft.services.session import Session

COUNTDOWN_SECONDS = 60.0
TICK_MS = 100
BANNER_STYLE = ("QFrame#maintenance_banner { background: #fff3b0; border-bottom: 1px solid #d4b106; }"
                " QFrame#maintenance_banner QLabel { color: #3d3000; }")

#: The open card windows (duck-typed: .form.is_dirty(), .close(), .save(), .show_status()); the shell
#: does not import cards/, the composition root hands CardWindows.windows in.
CardSource = Callable[[], list[Any]]


class MaintenanceBanner(QFrame):
    """The yellow strip at the top of the main window: who, why, and how long until Supasoft closes things."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("maintenance_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.label = QLabel(self)
        self.label.setObjectName("maintenance_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("maintenance_countdown")
        self.close_now = QPushButton(self.tr("Close now"), self)
        self.close_now.setObjectName("maintenance_close_now")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.countdown)
        layout.addWidget(self.close_now)
        self.hide()

    def show_state(self, state: MaintenanceState, seconds: int) -> None:
        message = f": {state.message}" if state.message else ""
        self.label.setText(self.tr("{admin} is changing the database structure{message}. Save your work: Supasoft "
                                   "will close your cards and tables when the time runs out.")
                           .format(admin=state.by, message=message))
        self.set_seconds(seconds)
        self.show()

    def set_seconds(self, seconds: int) -> None:
        """The one live countdown (the message itself gives no number, so the two never disagree)."""
        self.countdown.setText(self.tr("Closing in %n s", "", seconds))


class PausedDialog(QDialog):
    """Application-modal while the database is being changed; closes by itself when the admin finishes."""

    def __init__(self, state: MaintenanceState, kept_cards: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("maintenance_paused")
        self.setWindowTitle(self.tr("Supasoft is paused"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._may_close = False
        since = clock(state.since) if state.since else ""
        text = self.tr("The database is being changed by {admin} since {since}.").format(admin=state.by, since=since)
        if state.message:
            text += "\n" + state.message
        text += "\n\n" + self.tr("Supasoft reconnects by itself when {admin} finishes.").format(admin=state.by)
        if kept_cards:
            text += "\n\n" + self.tr("%n card(s) with unsaved changes stay open; they are saved when the database is back.",
                                     "", kept_cards)
        self.label = QLabel(text, self)
        self.label.setObjectName("maintenance_paused_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.exit_button = QPushButton(self.tr("Exit Supasoft"), self)
        self.exit_button.setObjectName("maintenance_exit")
        self.exit_button.setAutoDefault(False)
        self.exit_button.clicked.connect(self._exit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.exit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def finish(self) -> None:
        """Maintenance ended: close for good."""
        self._may_close = True
        self.accept()

    def reject(self) -> None:  # Esc must not close it: the database is not there
        if self._may_close:
            super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if self._may_close:
            event.accept()
        else:
            event.ignore()

    def _exit(self) -> None:
        self._may_close = True
        self.reject()
        QApplication.closeAllWindows()  # changed cards still ask; the main window closes the session


class MaintenanceController(QObject):
    """Drives the banner, the countdown, the pause and the return for one main window."""

    def __init__(self, session: Session, relay: Any, banner: MaintenanceBanner, tables: Callable[[], list[Any]],
                 parent: QObject | None = None, *, cards: CardSource | None = None,
                 countdown_seconds: float = COUNTDOWN_SECONDS):
        super().__init__(parent)
        self.session = session
        self.service = MaintenanceService(session)
        self.relay = relay
        self.banner = banner
        self.tables = tables
        self.cards = cards
        self.countdown_seconds = countdown_seconds
        self.state: MaintenanceState | None = None
        self.paused = False
        self.dialog: PausedDialog | None = None
        self.kept_cards: list[Any] = []
        self._deadline = 0.0
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        banner.close_now.clicked.connect(self.pause_now)
        relay.maintenance_changed.connect(self.on_state)

    # --- events -----------------------------------------------------------------------------------
    def on_state(self, state: MaintenanceState) -> None:
        """An admin began or ended maintenance mode (or the listener reconnected and asks again)."""
        if state.active and not self.service.started_here(state):
            self.state = state
            if self.paused:
                return
            if not self._timer.isActive():
                self._deadline = time.monotonic() + self.countdown_seconds
                self._timer.start()
            self.banner.show_state(state, self._seconds_left())
            return
        self.state = None
        self._timer.stop()
        self.banner.hide()
        if self.paused:
            self.resume()

    def _seconds_left(self) -> int:
        return max(0, int(self._deadline - time.monotonic() + 0.999))

    def _tick(self) -> None:
        left = self._deadline - time.monotonic()
        self.banner.set_seconds(self._seconds_left())
        if left <= 0:
            self.pause_now()

    # --- pausing ------------------------------------------------------------------------------------
    def pause_now(self) -> None:
        """Close clean cards, keep changed ones, stop the tables and let go of the database."""
        if self.paused or self.state is None:
            return
        self._timer.stop()
        self.paused = True
        self.kept_cards = []
        for window in self._card_windows():
            if window.form.is_dirty():
                self.kept_cards.append(window)
                window.show_status(self.tr("The database is being changed: your changes are kept and saved when it "
                                           "is back."), error=True)
            else:
                window.close()
        self.relay.hold(True)
        self.session.configuration.hold_refresh = True
        self.session.release()
        self.banner.hide()
        self.dialog = PausedDialog(self.state, len(self.kept_cards), self.banner.window())
        self.dialog.show()

    def resume(self) -> None:
        """Maintenance ended: the dialog goes, structure and tables are read again, kept cards are saved."""
        self.paused = False
        if self.dialog is not None:
            self.dialog.finish()
            self.dialog.deleteLater()
            self.dialog = None
        self.session.configuration.hold_refresh = False
        self.relay.hold(False)
        try:
            self.session.configuration.refresh()  # tables ("All fields" gains new fields) and navigator hear it
        except SupasoftError:
            pass  # the server is not back yet: F5 and the next change event read it again
        config = self.session.configuration.config
        for tab in self.tables():
            if not any(o.id == tab.object_id for o in config.objects):
                continue  # the object was deleted meanwhile: its tab is already disabled
            tab.refresh()
        for window in [w for w in self.kept_cards if shiboken6.isValid(w)]:
            if window.save():
                window.show_status(self.tr("The database is back: your changes were saved."))
        self.kept_cards = []

    def _card_windows(self) -> list[Any]:
        if self.cards is None:
            return []
        return [w for w in self.cards() if shiboken6.isValid(w)]

