"""Which database a command opens, and as whom: client.ini or --database, then the Supasoft login.

Once a database has users every command logs in as one of them and the services check that user's
rights (deny by default). The password comes from --password, SUPASOFT_PASSWORD or, in a terminal, a
prompt; with no terminal and no password the command stops with a clear error. On a Firebird server
the server account (the URL's user, or --user/--password with client.ini) is checked by the server
first; as in the desktop app, a Supasoft user with the same login is then taken without asking again.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import make_url

from supasoft.core.errors import ConfigError, PermissionDenied, SupasoftError
from supasoft.core.text_input import text_problem
from supasoft.services.record_model import Actor
from supasoft.services.session import Session, open_session
from supasoft.settings import Settings, load_settings

PROGRAM_DIR = Path(__file__).resolve().parent.parent.parent
PASSWORD_ENV = "SUPASOFT_PASSWORD"
#: Tried in this order with a client.ini login, as the desktop app does (server_login.ROLES)
SERVER_ROLES = ("RDB$ADMIN", "SUPASOFT_STAFF")
LOGIN_HINT = (f"This database has users: give --user and --password (or the password in {PASSWORD_ENV}), "
              "or run the command in a terminal to be asked.")
SERVER_PASSWORD_HINT = (f"A server database needs the password of the server account: give --password (or "
                        f"{PASSWORD_ENV}), or run the command in a terminal to be asked.")


class LoginRequired(PermissionDenied):
    """The database has users and the command was given no way to log in."""


def resolve_settings(args: argparse.Namespace) -> Settings:
    if args.config is not None:
        return load_settings(args.config)
    here = Path.cwd() / "client.ini"
    if here.exists():
        return load_settings(here)
    return load_settings(search_dir=PROGRAM_DIR)


def database_target(args: argparse.Namespace, settings: Settings) -> str:
    """What to open: --database wins; else client.ini (with credentials for a server)."""
    if args.database:
        return args.database
    if settings.engine == "firebird":
        if not args.user:
            raise SupasoftError("A server database needs --user (your server account) and its password")
        return settings.with_credentials(args.user, _password_for(args, args.user, SERVER_PASSWORD_HINT))
    return str(settings.database_path())


def open_for(args: argparse.Namespace, settings: Settings, *, create: bool, rights: tuple[str, ...] = ()) -> Session:
    """Open the database, log in when it has users, and check the rights the command needs."""
    folder = None
    if not args.database and settings.engine == "sqlite" and settings.backup_folder:
        folder = settings.backup_dir()
        blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            raise ConfigError(f"{settings.source}, key Folder: automatic backups cannot be written to {folder} "
                              f"({blocking} is a file, not a folder)")
    target = database_target(args, settings)
    session = _open_trying_roles(args, settings, target, folder, create)
    try:
        log_in(session, args, server_account(target))
        for action in rights:
            session.access.require(action)
    except BaseException:
        session.close()
        raise
    return session


def _open_trying_roles(args: argparse.Namespace, settings: Settings, target: str, folder: Path | None,
                       create: bool) -> Session:
    """A client.ini server login picks the account's role like the desktop app; URLs are used as given."""
    options = {"create": create, "actor": Actor(None, args.user or "admin"), "backup_folder": folder,
               "backup_keep": settings.backup_keep, "lock_timeout": settings.lock_timeout}
    if args.database or settings.engine != "firebird":
        return open_session(target, **options)  # type: ignore[arg-type]
    refused: PermissionDenied | None = None
    for role in SERVER_ROLES:
        try:
            return open_session(f"{target}{'&' if '?' in target else '?'}role={quote(role, safe='')}", **options)  # type: ignore[arg-type]
        except PermissionDenied as exc:  # the account does not hold this role: the next one
            refused = exc
    raise PermissionDenied(f"The server account {args.user.upper()} may not use this database "
                           f"(it holds neither role {' nor '.join(SERVER_ROLES)}).") from refused


def server_account(target: str) -> str | None:
    """The server account a Firebird URL logs in with (None for SQLite)."""
    if not target.startswith("firebird"):
        return None
    try:
        return make_url(target).username
    except Exception:  # noqa: BLE001 - the URL opened, so this cannot really fail
        return None


def log_in(session: Session, args: argparse.Namespace, server_user: str | None) -> None:
    """Work as a Supasoft user once the database has users (no users: the single free user, all rights)."""
    if not session.users.has_users():
        return
    login = args.user
    if server_user and (login is None or login.upper() == server_user.upper()):
        if _adopt(session, server_user):
            return  # the server has checked this account's password
        if login is not None:
            raise PermissionDenied(f"The server account {server_user.upper()} has no active Supasoft user of the same "
                                   "login in this database; ask an administrator to add one.")
    if login is None:
        login = _ask("Supasoft user: ", LOGIN_HINT, secret=False)
    session.login(login, _password_for(args, login, LOGIN_HINT))


def _adopt(session: Session, account: str) -> bool:
    """Single sign-on on a server: the active Supasoft user whose login is the server account's name."""
    find = getattr(session.users, "active_login_like", None)
    if find is not None:
        found = find(account)
    else:  # services without the single sign-on lookup yet
        found = next(((u.id, u.login) for u in session.users.users()
                      if u.active and u.login.strip().upper() == account.strip().upper()), None)
    if found is None:
        return False
    session.actor.user_id, session.actor.name = found
    session.reload_rights()
    return True


def _password_for(args: argparse.Namespace, login: str, hint: str) -> str:
    if args.password is not None:
        return args.password
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    return _ask(f"Password for {login}: ", hint, secret=True)


def _ask(prompt: str, hint: str, *, secret: bool) -> str:
    """Ask in a terminal; without one (scripts, cron) say what to pass instead of waiting."""
    if not sys.stdin.isatty():
        raise LoginRequired(hint)
    try:
        answer = getpass.getpass(prompt) if secret else input(prompt)
    except EOFError:
        raise LoginRequired("No login given.") from None
    if not answer.strip() and not secret:
        raise LoginRequired("No login given.")
    if problem := text_problem(answer):
        raise LoginRequired(f"The {'password' if secret else 'login'} {problem}")
    return answer
