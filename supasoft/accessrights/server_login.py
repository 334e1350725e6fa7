"""Logging in to a Firebird server database: the server account's name and password, then the right role."""

from __future__ import annotations

import threading
import time
import weakref
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import PermissionDenied, SupasoftError
from supasoft.services.session import Session, open_session
from supasoft.settings import Settings

CONTEXT = "ServerLogin"
ADMIN_ROLE = "RDB$ADMIN"
STAFF_ROLE = "SUPASOFT_STAFF"
#: Tried in this order: a role the account does not hold is silently replaced by NONE, which then has no rights.
ROLES = (ADMIN_ROLE, STAFF_ROLE)
KEYRING_SERVICE = "Supasoft"

#: storage of an open server session -> (URL with credentials and role, role, server user); Session is unhashable
_URLS: weakref.WeakKeyDictionary[Any, tuple[str, str, str]] = weakref.WeakKeyDictionary()


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ServerLoginError(SupasoftError):
    """Why a server login failed, with kind: auth_failed, server_down, database_missing, no_permission, other."""

    def __init__(self, message: str, kind: str = "other"):
        super().__init__(message)
        self.kind = kind


def url_with_role(url: str, role: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}role={quote(role, safe='')}"


def server_url_of(session: Session) -> str | None:
    """The URL (with the login's credentials and role) a server session was opened with; None for SQLite."""
    if session.storage in _URLS:
        return _URLS[session.storage][0]
    if session.storage.kind != "firebird":
        return None
    return str(getattr(getattr(session.storage, "database", None), "url", "") or "") or None


def server_role_of(session: Session) -> str | None:
    """The role a server session was opened with (RDB$ADMIN or SUPASOFT_STAFF); None when unknown."""
    return _URLS[session.storage][1] if session.storage in _URLS else None


def server_user_of(session: Session) -> str | None:
    """The server account a session logged in with (None when it was not opened by the login window)."""
    return _URLS[session.storage][2] if session.storage in _URLS else None


def adopt_app_user(session: Session) -> bool:
    """Single sign-on: the server has checked account X's password, so work as the active app user X.

    False when the database has app users but none (active) with that login: the app login window then asks.
    """
    if not session.needs_login:
        return True
    if not server_user_of(session):
        return False
    return session.sign_on_server_account()


def _where(settings: Settings) -> str:
    return f"{settings.server}:{settings.port}"


def explain_failure(exc: BaseException, settings: Settings, user: str) -> ServerLoginError:
    """Turn what opening raised into a message that says what to do (the services' texts are the contract)."""
    name = type(exc).__name__
    text = str(exc)
    if name == "ConnectionLostError" or "connection to the database server" in text:
        return ServerLoginError(
            tr("The server %s does not answer. Check that the Firebird server is running and that Server= and "
               "Port= in client.ini are right, then try again.") % _where(settings), "server_down")
    if "refused the user name or password" in text:
        return ServerLoginError(tr("Wrong user name or password."), "auth_failed")
    if "does not exist on the server" in text:
        return ServerLoginError(
            tr("The database %s does not exist on the server %s. Check Path= in client.ini or ask your "
               "administrator.") % (settings.path, _where(settings)), "database_missing")
    if isinstance(exc, PermissionDenied):
        return ServerLoginError(
            tr("The account %s may not use this database. Ask an administrator to create your server account "
               "in Access rights \u2192 Users.") % user.upper(), "no_permission")
    if isinstance(exc, SupasoftError):
        return ServerLoginError(text, "other")
    return ServerLoginError(tr("Could not connect: %s") % text, "other")


def connect(settings: Settings, user: str, password: str) -> Session:
    """Open the server database as user: with RDB$ADMIN when granted, else with the staff role."""
    base = settings.with_credentials(user, password)
    last: BaseException | None = None
    for role in ROLES:
        url = url_with_role(base, role)
        try:
            session = open_session(url, lock_timeout=settings.lock_timeout)
        except PermissionDenied as exc:  # the role is not granted to this account: try the next one
            last = exc
            continue
        except (SupasoftError, OSError) as exc:
            raise explain_failure(exc, settings, user) from None
        except Exception as exc:  # noqa: BLE001 - never a traceback at login
            raise explain_failure(exc, settings, user) from None
        _URLS[session.storage] = (url, role, user)
        return session
    raise explain_failure(last or PermissionDenied(""), settings, user)


# ---------------------------------------------------------------- remembered passwords (optional keyring)


def keyring_module() -> Any:
    """The `keyring` package when it is installed (an optional extra), else None."""
    try:
        import keyring  # type: ignore[import-not-found]
    except Exception:  # noqa: BLE001 - missing or broken: the option is simply not offered
        return None
    return keyring


def _key(settings: Settings, user: str) -> str:
    return f"{user.upper()}@{settings.server}:{settings.port}/{settings.path}"


def remembered_password(settings: Settings, user: str) -> str | None:
    ring = keyring_module()
    if ring is None or not user:
        return None
    try:
        return ring.get_password(KEYRING_SERVICE, _key(settings, user))
    except Exception:  # noqa: BLE001 - no usable keyring backend
        return None


def remember_password(settings: Settings, user: str, password: str | None) -> None:
    """Store the password in the OS keyring, or forget it (None); silently nothing without a keyring."""
    ring = keyring_module()
    if ring is None:
        return
    try:
        if password is None:
            if ring.get_password(KEYRING_SERVICE, _key(settings, user)) is not None:
                ring.delete_password(KEYRING_SERVICE, _key(settings, user))
        else:
            ring.set_password(KEYRING_SERVICE, _key(settings, user), password)
    except Exception:  # noqa: BLE001 - a keyring that refuses must not stop the login
        pass


# ---------------------------------------------------------------- the dialog


class _Attempt:
    """One connect running in a worker thread; a late result after the dialog gave up is closed."""

    def __init__(self, settings: Settings, user: str, password: str):
        self.result: Session | None = None
        self.error: BaseException | None = None
        self.abandoned = False
        self.done = threading.Event()
        self._lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, args=(settings, user, password), daemon=True)
        self.thread.start()

    def _run(self, settings: Settings, user: str, password: str) -> None:
        try:
            session: Session | None = connect(settings, user, password)
            error = None
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            session, error = None, exc
        with self._lock:
            if self.abandoned and session is not None:
                session.close()
                session = None
            self.result, self.error = session, error
            self.done.set()

    def abandon(self) -> None:
        with self._lock:
            self.abandoned = True
            if self.result is not None:
                self.result.close()
                self.result = None


class ServerLoginDialog(QDialog):
    """User name and password for the server; connects off the GUI thread and says why it could not."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.session: Session | None = None
        self.role: str | None = None
        self.attempt: _Attempt | None = None
        self.deadline = 0.0
        self.setWindowTitle(tr("Connect to the Supasoft server"))
        self.user_edit = QLineEdit(settings.user)
        self.user_edit.setObjectName("server_user")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("server_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(tr("Remember password"))
        self.remember.setObjectName("remember_password")
        self.remember.setToolTip(tr("Kept in your system's password store, never in a file."))
        self.remember.setVisible(keyring_module() is not None)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(tr("Connect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        where = QLabel(f"{settings.server}:{settings.port} \u2014 {settings.path}")
        where.setObjectName("where")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(tr("Database:"), where)
        form.addRow(tr("User name:"), self.user_edit)
        form.addRow(tr("Password:"), self.password_edit)
        if keyring_module() is not None:
            form.addRow("", self.remember)
        intro = QLabel(tr("This database is on a Supasoft server. Log in with your server account."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.timer = QTimer(self)
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        stored = remembered_password(settings, settings.user)
        if stored is not None:
            self.password_edit.setText(stored)
            self.remember.setChecked(True)
        (self.password_edit if settings.user else self.user_edit).setFocus()

    @property
    def busy(self) -> bool:
        return self.attempt is not None

    def try_connect(self) -> None:
        if self.busy:
            return
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        if not user:
            self._fail(tr("Enter your user name."), self.user_edit)
            return
        self._set_busy(True)
        self._show(tr("Connecting to %s\u2026") % _where(self.settings), "palette(mid)")
        # two attaches at most (admin role, then staff role), each bounded by the driver's own timeout
        self.deadline = time.monotonic() + max(1, self.settings.connect_timeout) + 1.0
        self.attempt = _Attempt(self.settings, user, password)
        self.timer.start()

    def _poll(self) -> None:
        attempt = self.attempt
        if attempt is None:
            self.timer.stop()
            return
        if not attempt.done.is_set():
            if time.monotonic() >= self.deadline:
                attempt.abandon()
                self._finish()
                self._fail(tr("The server %s did not answer within %d seconds. Check the network and that the "
                              "server is running, then try again.") % (_where(self.settings),
                                                                      self.settings.connect_timeout))
            return
        self._finish()
        if attempt.result is not None:
            self.session = attempt.result
            self.role = server_role_of(self.session)
            user = self.user_edit.text().strip()
            remember_password(self.settings, user, self.password_edit.text() if self.remember.isChecked() else None)
            self.message.hide()
            self.accept()
            return
        error = attempt.error
        kind = getattr(error, "kind", "other")
        self._fail(str(error), self.user_edit if kind == "no_permission" else self.password_edit)

    def _finish(self) -> None:
        self.timer.stop()
        self.attempt = None
        self._set_busy(False)

    def _show(self, text: str, color: str) -> None:
        self.message.setStyleSheet(f"color: {color};")
        self.message.setText(text)
        self.message.show()

    def _fail(self, text: str, focus: QLineEdit | None = None) -> None:
        self._show(text, "#b00020")
        target = focus or self.password_edit
        target.selectAll()
        target.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for w in (self.user_edit, self.password_edit, self.remember, self.connect_button):
            w.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        if self.attempt is not None:  # cancelling a slow connect: let it finish in the background and close it
            self.attempt.abandon()
            self._finish()
        super().reject()


def firebird_login(settings: Settings, parent: QWidget | None = None) -> Session | None:
    """The FIREBIRD_LOGIN hook: ask for the server login and return the open session (None when cancelled)."""
    dialog = ServerLoginDialog(settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.session
