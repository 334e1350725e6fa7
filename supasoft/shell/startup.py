"""Opening the database at start: first-start creation, and a clear choice when it cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from supasoft.core.errors import (
    ConfigError,
    DatabaseOpenError,
    DatabasePlaceError,
    NewerDatabaseError,
    SupasoftError,
)
from supasoft.i18n import system_language
from supasoft.services.backups import copy_seed
from supasoft.services.maintenance import MaintenanceService, MaintenanceState, clock
from supasoft.services.session import Session, open_session
from supasoft.services.setup import initialize
from supasoft.settings import Settings
from supasoft.widgets.busy import Cancelled, run_busy
from supasoft.widgets.error_text import shown_error

#: Firebird needs a server login before opening: returns the session it opened (the login window connects
#: itself, so it can show why a try failed and let the user retry), (user, password), or None when cancelled.
LoginProvider = Callable[[Settings], "Session | tuple[str, str] | None"]
#: Copies a backup over a database file that cannot be opened (the composition root wires storage's restore).
FileRestorer = Callable[[Path, Path], None]


class LoginCancelled(DatabaseOpenError):
    """The user closed the server login window: quit quietly, not with a 'cannot open' dialog."""


@dataclass
class Target:
    """What to open: a SQLite file, or a server URL (credentials filled in by the login hook)."""

    path: Path | None
    url: str | None = None
    create: bool = False  # first start: make the file; a file the user named must exist
    demo: bool = False  # a new database gets the ready CRM's demo records too

    def label(self) -> str:
        return str(self.path) if self.path is not None else (self.url or "")



def target_for(settings: Settings, database: str | None) -> Target:
    if database:
        if "://" in database:
            return Target(None, database)
        return Target(Path(database).expanduser().resolve())
    if settings.engine == "sqlite":
        path = settings.database_path()
        # The default file in the user data folder and a path relative to client.ini (the portable layout,
        # e.g. Path=data/supasoft.db) are created with their folder; an absolute path only when its folder
        # exists (a portable copy whose drive is missing must not start empty elsewhere).
        return Target(path, create=not settings.path or settings.beside_program() or path.parent.exists())
    return Target(None, settings.database_url())


def open_target(target: Target, settings: Settings, login: LoginProvider | None = None) -> Session:
    """Open (and on first start create with the Free Lite configuration) the database; raises on failure."""
    if target.path is None:
        if login is None:
            raise DatabaseOpenError(
                "The networked edition (Engine=firebird) needs the login window, which is not available in this "
                "version yet. Use Engine=sqlite in client.ini, or open a database file.")
        credentials = login(settings)
        if credentials is None:
            raise LoginCancelled("Login cancelled.")
        if isinstance(credentials, Session):
            return credentials
        url = settings.with_credentials(*credentials)
        return open_session(url, lock_timeout=settings.lock_timeout)
    first_start = not target.path.exists()
    seed = settings.seed_database()  # None unless Engine=sqlite, so database_path() below is defined
    if first_start and seed is not None and target.create and target.path == settings.database_path():
        copy_seed(seed, target.path)  # the admin's prepared structure, users and rights
        first_start = False
    backup_folder = settings.backup_dir() if settings.engine == "sqlite" and settings.backup_folder else None
    session = open_session(target.path, create=target.create, backup_folder=backup_folder,
                           backup_keep=settings.backup_keep, lock_timeout=settings.lock_timeout,
                           exclusive=True)  # a second running copy is refused (storage/sqlite/media.py)
    try:
        if first_start or (not session.configuration.config.objects and not session.storage.get_info("template")):
            initialize(session, "lite", demo=target.demo, language=settings.language or system_language())
    except BaseException:
        session.close()
        raise
    return session


def is_first_start(target: Target, settings: Settings | None = None) -> bool:
    """A database file that will be created now: the user chooses the ready CRM with or without demo data
    (unless the installed package ships the admin's prepared database)."""
    if settings is not None and settings.engine == "sqlite" and settings.seed_database() is not None:
        return False
    return target.path is not None and target.create and not target.path.exists()


def ask_first_start(target: Target, parent: QWidget | None = None) -> Target | None:
    """First start without a database: the ready CRM with or without demo data, another file, or quit (None)."""
    assert target.path is not None
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Startup", "Welcome to Supasoft"),
                      QCoreApplication.translate("Startup", "Supasoft will create a new database with the ready CRM (clients, contacts, products, "
                         "orders, tasks…) in\n%s\n\nStart with demo data to look around, or with an empty CRM "
                         "for your own records.") % target.path, parent=parent)
    box.setObjectName("first_start")
    demo = box.addButton(QCoreApplication.translate("Startup", "Ready CRM with demo data"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(QCoreApplication.translate("Startup", "Empty ready CRM"), QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(QCoreApplication.translate("Startup", "Open another database…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.exec()
    clicked = box.clickedButton()
    if clicked is demo or clicked is empty:
        return Target(target.path, create=True, demo=clicked is demo)
    if clicked is other:
        path, _f = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Startup", "Open database"), str(target.path.parent),
                                               QCoreApplication.translate("Startup", "Supasoft databases (*.db *.sqlite);;All files (*)"))
        return Target(Path(path)) if path else ask_first_start(target, parent)
    return None


def explain(exc: BaseException) -> str:
    """What went wrong and what the user can do, in words."""
    if isinstance(exc, NewerDatabaseError):
        hint = QCoreApplication.translate("Startup", "This database was written by a newer Supasoft. Install the newer version, "
                              "or choose another file or a backup.")
    elif isinstance(exc, ConfigError):
        hint = QCoreApplication.translate("Startup", "Fix the settings file (the message names the line), then start again.")
    elif isinstance(exc, DatabasePlaceError):
        hint = QCoreApplication.translate("Startup", "Choose another database file, or quit.")
    else:
        hint = QCoreApplication.translate("Startup", "Choose another database file, restore a backup, or quit.")
    return f"{shown_error(exc)}\n\n{hint}"


def ask_after_failure(exc: BaseException, target: Target, parent: QWidget | None,
                      restorer: FileRestorer | None) -> Target | None:
    """The 'cannot open' dialog: another file, restore a backup over it, or quit (None)."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Cannot open the database"), explain(exc),
                      parent=parent)
    box.setObjectName("database_error")
    choose = box.addButton(QCoreApplication.translate("Startup", "Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
    restore = None
    if restorer is not None and target.path is not None and not isinstance(exc, DatabasePlaceError):
        # a file another copy has open, on a share or read-only is not damaged: a restore would only harm it
        restore = box.addButton(QCoreApplication.translate("Startup", "Restore a backup…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is choose:
        path, _f = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Startup", "Open database"),
                                               str(target.path.parent if target.path else Path.home()),
                                               QCoreApplication.translate("Startup", "Supasoft databases (*.db *.sqlite);;All files (*)"))
        return Target(Path(path)) if path else ask_after_failure(exc, target, parent, restorer)
    if restore is not None and clicked is restore and target.path is not None and restorer is not None:
        path, _f = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Startup", "Choose a backup"), str(target.path.parent),
                                               QCoreApplication.translate("Startup", "Supasoft databases (*.db);;All files (*)"))
        if not path:
            return ask_after_failure(exc, target, parent, restorer)
        try:
            restorer(Path(path), target.path)
        except (SupasoftError, OSError) as err:
            return ask_after_failure(err, target, parent, restorer)
        return target
    return None


def open_interactive(target: Target, settings: Settings, *, parent: QWidget | None = None,
                     login: LoginProvider | None = None, restorer: FileRestorer | None = None) -> Session | None:
    """Keep offering choices until a database opens or the user quits (None)."""
    current: Target | None = target
    while current is not None:
        try:
            return _open_showing_progress(current, settings, login, parent)
        except LoginCancelled:
            return None
        except (SupasoftError, OSError) as exc:
            current = ask_after_failure(exc, current, parent, restorer)
    return None


def _open_showing_progress(target: Target, settings: Settings, login: LoginProvider | None,
                           parent: QWidget | None) -> Session:
    """A database file opens in a worker so the first start (creating Free Lite) shows progress, not a frozen app."""
    if target.path is None:
        return open_target(target, settings, login)  # the login window must run in the GUI thread
    title = QCoreApplication.translate("Startup", "Opening the database…")
    try:
        return run_busy(lambda _progress: open_target(target, settings, login), parent, title=title, label=title)
    except Cancelled:
        raise DatabaseOpenError(QCoreApplication.translate("Startup", "Opening was cancelled.")) from None


def open_quietly(target: Target, settings: Settings, login: LoginProvider | None = None,
                 parent: QWidget | None = None) -> Session | None:
    """Open another database from the menu: None when the user cancelled; errors are raised for one clear message."""
    try:
        return _open_showing_progress(target, settings, login, parent)
    except LoginCancelled:
        return None


def admit_during_maintenance(session: Session, parent: QWidget | None = None) -> bool:
    """Networked edition: while an admin changes the structure, other users wait (Retry/Quit); admins get in.

    False when the user chose Quit. SQLite (one user) always gets in.
    """
    if session.storage.kind != "firebird":
        return True
    service = MaintenanceService(session)
    while True:
        try:
            state = service.state()
        except SupasoftError:
            return True  # the main window's own errors say more than a guess here
        if not state.active:
            return True
        if session.access.allowed("configure"):
            box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Startup", "Maintenance mode is on"),
                              _maintenance_text(state) + "\n\n" + QCoreApplication.translate(
                                  "Startup", "You are an administrator, so you may work; other users wait until it ends."),
                              QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("maintenance_notice")
            box.exec()
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Startup", "The database is being changed"),
                          _maintenance_text(state) + " " + QCoreApplication.translate("Startup", "Try again later."),
                          parent=parent)
        box.setObjectName("maintenance_login")
        retry = box.addButton(QCoreApplication.translate("Startup", "Retry"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        if box.clickedButton() is not retry:
            return False


def _maintenance_text(state: MaintenanceState) -> str:
    since = clock(state.since) if state.since else "?"
    text = QCoreApplication.translate("Startup", "The database is being changed by {admin} since {since}").format(
        admin=state.by, since=since)
    return text + (f": {state.message.rstrip('.')}." if state.message else ".")


def show_config_error(exc: ConfigError) -> None:
    """A malformed client.ini: say where and what, no traceback."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Settings file problem"), explain(exc))
    box.setObjectName("config_error")
    box.exec()
