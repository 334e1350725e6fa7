"""The composition root: settings -> storage and services -> the Qt main window, cards and Configurator."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from supasoft import __version__

#: Where client.ini is looked for: beside the executable of a frozen bundle, else the source checkout.
PROGRAM_DIR = Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else Path(__file__).resolve().parent.parent


def _firebird_login(settings: Any) -> Any:
    """The server login window (accessrights.server_login): returns the open session, or None when cancelled."""
    from supasoft.accessrights.server_login import firebird_login

    return firebird_login(settings)


#: Hook for the networked edition: (Settings) -> Session | (user, password) | None, showing a login window.
FIREBIRD_LOGIN: Any = _firebird_login


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="supasoft", description="Supasoft CRM constructor")
    parser.add_argument("--version", action="version", version=f"supasoft {__version__}")
    parser.add_argument("--config", type=Path, help="client.ini to use (default: the one beside the program)")
    parser.add_argument("--database", help="open this database file instead of the one in client.ini")
    parser.add_argument("--selftest", action="store_true", help="open the database and the main window, then exit 0 or 1")
    parser.add_argument("--screenshot", type=Path, help="with --selftest: save the main window as this PNG file")
    return parser


class Launcher:
    """Owns the open session and its main window; reopens both for File → Open and Restore."""

    def __init__(self, settings: Any, *, selftest: bool = False):
        self.settings = settings
        self.selftest = selftest
        self.session: Any = None
        self.window: Any = None
        self.cards: Any = None
        self.configurator: Any = None
        self.access_window: Any = None
        self.target: Any = None

    # --- wiring -------------------------------------------------------------------------------
    def show(self, session: Any, label: str) -> Any:
        """Build the main window over a session, handing it the card and Configurator openers."""
        from supasoft.accessrights.menus import visible_menus
        from supasoft.shell.main_window import MainWindow

        self.session = session
        from supasoft.services.webhook_sender import desktop_sender

        self.webhooks = desktop_sender(session)  # free edition: webhook events sent in the background while hooks exist
        open_card = self._card_opener(session)
        menus = visible_menus(self.settings.show_configurator, self.settings.show_access, session.access)
        self.window = MainWindow(
            session, self.settings, open_card=open_card,
            open_configurator=self._open_configurator if "configurator" in menus else None,
            open_access=self._open_access if "access" in menus else None,
            open_database=self.open_database, new_database=self.new_database, restore_backup=self.restore_backup,
            database_label=label, log_out=self.log_out if session.actor.user_id is not None else None,
            switch_user=self.switch_user if session.actor.user_id is not None else None,
            cards=self.cards.windows if self.cards is not None else None,
        )
        from supasoft.reports.menu import install_reports

        install_reports(self.window)  # the Reports menu: New report… and the saved reports
        from supasoft.documents.menu import install_documents

        install_documents(self.window)  # the Documents menu and the cards' Document button
        from supasoft.importer.menu import install_import

        install_import(self.window)  # Records → Import…: the import wizard
        if "access" in menus and not session.storage.ops.networked:  # administrators of the free edition
            from supasoft.api.control import ApiControl
            from supasoft.shell.api_server_dialog import install_api_server

            install_api_server(self.window, ApiControl(session))  # Settings → API server… (off until started)
        if self.cards is not None:  # networked edition: open cards follow other clients' saves too
            self.window.relay.records_changed.connect(self.cards.follow_remote)
        self.window.show()
        return self.window

    def _card_opener(self, session: Any) -> Any:
        try:
            from supasoft.cards.card_windows import CardWindows
        except ImportError:
            return None
        self.cards = CardWindows(session.records)
        return lambda object_id, record_id: self.cards.open(object_id, record_id)

    def _open_configurator(self) -> None:
        from supasoft.configurator.configurator_window import ConfiguratorWindow

        if self.configurator is None or not self.configurator.isVisible():
            self.configurator = ConfiguratorWindow(self.session)
        self.configurator.show()
        self.configurator.raise_()
        self.configurator.activateWindow()

    def _open_access(self) -> None:
        from supasoft.accessrights.access_window import AccessRightsWindow

        if self.access_window is None or not self.access_window.isVisible():
            self.access_window = AccessRightsWindow(self.session)
        self.access_window.show()
        self.access_window.raise_()
        self.access_window.activateWindow()

    # --- open / restore ------------------------------------------------------------------------
    def start(self, target: Any) -> bool:
        from supasoft.shell.startup import ask_first_start, is_first_start, open_interactive

        if is_first_start(target, self.settings) and not self.selftest:
            target = ask_first_start(target)  # the ready CRM with or without demo data, another file, or quit
            if target is None:
                return False
        session = open_interactive(target, self.settings, login=FIREBIRD_LOGIN, restorer=_restore_file)
        if session is None:
            return False
        if not self._admit(session):
            session.close()
            return False
        self.target = target
        self.show(session, target.label())
        return True

    def _admit(self, session: Any, parent: Any = None) -> bool:
        """Log in when the database has users (the server login may have named the user), then maintenance mode."""
        from supasoft.accessrights.login_dialog import login_if_needed
        from supasoft.shell.startup import admit_during_maintenance

        signed_in = False
        if session.storage.kind == "firebird":  # the server login named the user: the same app user needs no 2nd login
            from supasoft.accessrights.server_login import adopt_app_user

            signed_in = adopt_app_user(session)
        if not signed_in and not login_if_needed(session, self.settings.user or "", parent):
            return False
        return admit_during_maintenance(session, parent)  # an admin is changing the structure: others wait

    def _close_current(self) -> bool:
        """Close the cards (each asks about unsaved changes), the other windows and the session; False if one stayed."""
        if self.cards is not None and not self.cards.close_all():
            return False
        for attr in ("configurator", "access_window"):
            other = getattr(self, attr)
            if other is not None:
                other.close()
                setattr(self, attr, None)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if getattr(self, "webhooks", None) is not None:
            self.webhooks.stop()
            self.webhooks = None
        if self.session is not None:
            self.session.close()
            self.session = None
        return True

    def _switch_to(self, target: Any) -> bool:
        """Open another database while this one stays open; only a session that opened and admitted replaces it."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from supasoft.core.errors import SupasoftError
        from supasoft.shell.startup import explain, open_quietly

        parent = self.window
        if self.cards is not None and not self.cards.close_all():
            return False
        try:
            session = open_quietly(target, self.settings, FIREBIRD_LOGIN, parent)
        except (SupasoftError, OSError) as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("Launcher", "Cannot open the database"), explain(exc))
            return False
        if session is None:
            return False
        if not self._admit(session, parent):
            session.close()
            return False
        self._close_current()
        self.target = target
        self.show(session, target.label())
        return True

    def open_database(self, path: Path) -> bool:
        """File → Open database: an existing Supasoft database; anything else is refused and nothing changes."""
        from supasoft.shell.startup import Target

        return self._switch_to(Target(path))

    def new_database(self, path: Path, demo: bool) -> bool:
        """File → New database: a new file with the ready CRM (and demo data when asked)."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from supasoft.shell.startup import Target

        if path.exists():
            QMessageBox.warning(self.window, QCoreApplication.translate("Launcher", "New database"),
                                QCoreApplication.translate(
                                    "Launcher", "The file %s already exists. Choose a new name, or open it with "
                                    "File → Open database.") % path)
            return False
        return self._switch_to(Target(path, create=True, demo=demo))

    def log_out(self) -> bool:
        """Back to the login dialog on the same database (cancelling it quits)."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the login dialog comes after the main window has gone
        try:
            if self.window is None or not self._close_current():
                return False
            if self.start(self.target):
                return True
        finally:
            app.setQuitOnLastWindowClosed(quits)
        app.quit()  # the login was cancelled: nobody is working any more
        return False

    def switch_user(self) -> bool:
        """The login dialog while this user's windows stay open; cancelling it keeps working as before."""
        return self._switch_to(self.target)

    def restore_backup(self, backup: Path) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from supasoft.core.errors import SupasoftError
        from supasoft.shell.startup import Target

        label = self.window.database_label
        session = self.session
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        try:
            session.backups.restore_from(backup)
        except (SupasoftError, OSError) as exc:
            from supasoft.widgets.error_text import shown_error

            QMessageBox.warning(None, QCoreApplication.translate("Startup", "Restore from a backup"), shown_error(exc))
        finally:
            session.close()
            self.session = None
        self.start(Target(Path(label)))


def _has_module(name: str) -> bool:
    """Whether an optional window is part of this build (packages are built side by side)."""
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _restore_file(backup: Path, target: Path) -> None:
    """Put a backup in place of a database that cannot be opened; the damaged file is kept aside, not lost."""
    from supasoft.storage.backup import restore_sqlite

    if target.exists():
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for suffix in ("", "-wal", "-shm", "-journal"):
            old = Path(str(target) + suffix)
            if old.exists():
                old.replace(Path(f"{target}.damaged-{stamp}{suffix}"))
    restore_sqlite(backup, target)


def _load_settings(args: argparse.Namespace) -> Any:
    from supasoft.settings import load_settings

    return load_settings(args.config) if args.config else load_settings(search_dir=PROGRAM_DIR)


def _qt_app(settings: Any = None) -> Any:
    """The QApplication; with settings, the edition's folders are set up first (they must precede Qt)."""
    from PySide6.QtWidgets import QApplication

    from supasoft.shell.edition import install_fonts, prepare_environment

    if settings is not None and QApplication.instance() is None:
        prepare_environment(settings)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts()
    app.setOrganizationName("Supasoft")
    app.setApplicationName("Supasoft")
    app.setApplicationVersion(__version__)
    from supasoft.shell.app_icon import app_icon

    app.setWindowIcon(app_icon())  # every window (login, cards, Configurator) and the task bar show it
    return app


_IMPORTED = time.perf_counter()  # the program's first import: "first window" counts from here


def run_selftest(args: argparse.Namespace) -> int:
    """Open the database and the main window, let the event loop run once, exit 0; any error -> stderr, 1."""
    from PySide6.QtCore import QTimer

    from supasoft.core.errors import SupasoftError
    from supasoft.i18n import install_translations
    from supasoft.shell.startup import open_target, target_for

    started = time.perf_counter()
    try:
        settings = _load_settings(args)
        app = _qt_app(settings)
        install_translations(settings.language)
        target = target_for(settings, args.database)
        session = open_target(target, settings, FIREBIRD_LOGIN)
    except SupasoftError as exc:
        print(f"supasoft selftest: {exc}", file=sys.stderr)
        return 1
    launcher = Launcher(settings, selftest=True)
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda *info: errors.append("".join(traceback.format_exception(*info)))

    def check() -> None:
        code = 1
        try:
            window = launcher.show(session, target.label())
            app.processEvents()
            shown.append(time.perf_counter() - _IMPORTED)
            print("supasoft selftest: first window shown", flush=True)  # a caller may time the start from outside
            if args.screenshot:  # what the window looks like on this host (fonts shipped with the bundle...)
                window.grab().save(str(args.screenshot))
            if window.navigator.topLevelItemCount() < 1:
                raise RuntimeError("the navigator is empty")
            from PySide6.QtGui import QFontInfo

            shown.append(QFontInfo(window.font()).family())  # '' = no font at all: every letter would be a box
            if not shown[-1]:
                raise RuntimeError("no font to draw text with on this host (the bundle ships DejaVu Sans; from the "
                                   "sources install fonts-dejavu-core)")
            code = 0 if not errors else 1
        except Exception:  # noqa: BLE001 - reported on stderr, the exit code says it failed
            errors.append(traceback.format_exc())
        finally:
            app.exit(code)

    shown: list[Any] = []  # seconds to the first window, then the font family the window draws with
    QTimer.singleShot(0, check)
    code = app.exec()
    sys.excepthook = previous_hook
    for text in errors:
        print(text, file=sys.stderr)
    if launcher.window is not None:
        launcher.window.relay.detach()
    code = _back_up_on_exit(settings, session) or code
    session.close()
    if code == 0:
        print(f"supasoft selftest: ok (first window {shown[0] * 1000:.0f} ms after start-up; "
              f"{(time.perf_counter() - started) * 1000:.0f} ms from opening the database to closing it; "
              f"font {shown[1]})")
    return code if not errors else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop client."""
    args = build_parser().parse_args(argv)
    if args.selftest:
        return run_selftest(args)
    from supasoft.core.errors import ConfigError
    from supasoft.i18n import install_translations
    from supasoft.shell.startup import show_config_error, target_for

    try:
        settings = _load_settings(args)
    except ConfigError as exc:
        _qt_app()
        install_translations("")
        show_config_error(exc)
        return 1
    app = _qt_app(settings)
    install_translations(settings.language)
    launcher = Launcher(settings)
    if not launcher.start(target_for(settings, args.database)):
        return 1
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    if launcher.session is not None:
        _back_up_on_exit(settings, launcher.session)
        launcher.session.close()
    return code


def _back_up_on_exit(settings: Any, session: Any) -> int:
    """The portable edition (or Backup/OnExit=1) leaves a fresh copy in its backups folder; 1 when it failed."""
    import logging

    from supasoft.core.errors import SupasoftError

    if not settings.backs_up_on_exit():
        return 0
    try:
        made = session.backups.take_on_exit()
    except (SupasoftError, OSError) as exc:
        text = f"supasoft: the backup on exit failed: {exc}"
        logging.getLogger(__name__).error(text)
        print(text, file=sys.stderr)
        return 1
    if made is not None:
        logging.getLogger(__name__).info("backup on exit: %s", made)
    return 0


if __name__ == "__main__":
    sys.exit(main())
