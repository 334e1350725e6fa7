"""Networked edition: server administration and server accounts, with messages a user can act on.

Every function takes a firebird[+driver]:// URL (the administrator's credentials inside it) and raises
SupasoftError subclasses only: server down, wrong password, missing database, missing rights and tool
failures all become one clear message. The tools run with timeouts, so nothing hangs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message
from supasoft.storage import networked as tools
from supasoft.storage.connection import Connection
from supasoft.storage.networked import (
    BackupResult,
    RebuildResult,
    ServerTarget,
    ServerToolError,
    ValidationResult,
)

__all__ = [
    "AccountInfo", "BackupResult", "RebuildResult", "ServerAdminError", "ValidationResult",
    "backup", "connected_users", "create_account", "create_database", "drop_account", "list_accounts",
    "rebuild", "refresh_grants", "restore", "set_password", "upgrade", "validate",
]

T = TypeVar("T")


class ServerAdminError(SupasoftError):
    """A server administration task failed; kind is the classified reason (auth_failed, server_down, ...)."""

    def __init__(self, message: str, kind: str = "other"):
        super().__init__(message)
        self.kind = kind


@dataclass
class AccountInfo:
    name: str
    kind: str  # admin / staff / none (in this database)
    server_admin: bool
    active: bool


def _target(url: str) -> ServerTarget:
    try:
        return ServerTarget.parse(url)
    except ServerToolError as exc:
        raise ServerAdminError(str(exc), exc.kind) from None


def _guard(fn: Callable[[], T]) -> T:
    try:
        return fn()
    except ServerToolError as exc:
        raise ServerAdminError(str(exc), exc.kind) from None


# ---------------------------------------------------------------- databases


def create_database(url: str, template: str = "lite") -> float:
    """A new empty UTF8 database at url, then the system tables and the template (like `init`); seconds."""
    from supasoft.services.setup import TEMPLATES, initialize

    if template not in TEMPLATES:
        raise ServerAdminError(f"Unknown template {template!r}; choose one of {', '.join(TEMPLATES)}")
    started = time.monotonic()
    target = _target(url)
    _guard(lambda: tools.create_database(target))
    session = _open(url, target, "set up the new database")
    try:
        initialize(session, template)
    finally:
        session.close()
    return time.monotonic() - started


def _open(url: str, target: ServerTarget, what: str) -> Any:
    from supasoft.services.session import open_session

    _guard(lambda: tools.check_connect(target, what))
    try:
        return open_session(url, create=True)
    except SupasoftError:
        raise
    except Exception as exc:  # a driver error the storage layer did not translate
        err = tools.tool_error(exc, target, what)
        raise ServerAdminError(str(err), err.kind) from None


def upgrade(url: str) -> str:
    """Open the database, which runs the pending system-table migrations; returns the schema version."""
    target = _target(url)
    session = _open(url, target, "upgrade the database")
    try:
        return str(session.storage.schema_revision())
    finally:
        session.close()


def connected_users(url: str) -> list[dict[str, Any]]:
    """Who is attached (user, remote_host, process, pid, attached_since, is_current)."""
    target = _target(url)
    return _guard(lambda: tools.connected_users(target))


def describe_user(user: dict[str, Any]) -> str:
    return tools.describe_user(user)


def backup(url: str, file: Path, *, timeout: float = tools.TOOL_TIMEOUT) -> BackupResult:
    target = _target(url)
    return _guard(lambda: tools.backup(target, Path(file), timeout=timeout))


def restore(file: Path, url: str, *, replace: bool = False, timeout: float = tools.TOOL_TIMEOUT) -> float:
    """Restore FILE.fbk into a new database at url (replace=True overwrites one nobody is using)."""
    target = _target(url)
    return _guard(lambda: tools.restore(Path(file), target, replace=replace, timeout=timeout))


def validate(url: str, *, timeout: float = tools.TOOL_TIMEOUT) -> ValidationResult:
    target = _target(url)
    return _guard(lambda: tools.validate(target, timeout=timeout))


def rebuild(url: str, *, keep_backup: Path | None = None, timeout: float = tools.TOOL_TIMEOUT,
            progress: tools.Progress | None = None, cancelled: tools.CancelCheck | None = None) -> RebuildResult:
    """gbak backup + restore: resets the 255-formats-per-table counter; refuses while others are connected.

    progress gets (step, tables done, tables) for "backup", "restore" and "replace"; cancelled() stops it
    before the database is replaced (kind 'cancelled')."""
    target = _target(url)
    return _guard(lambda: tools.rebuild(target, keep_backup=keep_backup, timeout=timeout, progress=progress,
                                             cancelled=cancelled))


# ---------------------------------------------------------------- accounts


_NO_RIGHT_FRAGMENTS = ("plg$srp_view", "grant failed", "no grant admin option", "no grant option",
                       "does not have grant privileges", "no permission for")


@contextmanager
def _admin_connection(url: str, what: str) -> Iterator[Connection]:
    target = _target(url)
    engine = tools.open_engine(target)
    try:
        with engine.begin() as conn:
            yield conn
    except tools.accounts.AccountError as exc:
        raise ServerAdminError(str(exc), "bad_value") from None
    except SupasoftError:
        raise
    except Exception as exc:
        err = tools.tool_error(exc, target, what)
        message = str(err)
        low = err.details.lower()
        if err.kind == "no_permission" or any(f in low for f in _NO_RIGHT_FRAGMENTS):
            message = Message("User {user} may not {what}: connect as SYSDBA, or as an administrator created with "
                              "`server account add --admin` and with role RDB$ADMIN in the URL (?role=RDB$ADMIN).",
                              user=target.user, what=what)
            err.kind = "no_permission"
        elif "already exists" in low or "user already" in low or "violation of primary or unique key" in low:
            message, err.kind = Message("Could not {what}: the account already exists.", what=what), "exists"
        elif "record not found for user" in low or "user not found" in low:
            message, err.kind = Message("Could not {what}: there is no such account.", what=what), "not_found"
        raise ServerAdminError(message, err.kind) from None
    finally:
        engine.dispose()


def create_account(url: str, name: str, password: str, *, admin: bool = False) -> str:
    """A server account with the staff role (or RDB$ADMIN for admin=True) in this database."""
    with _admin_connection(url, Message("create the account {name}", name=name)) as conn:
        if not admin:
            tools.accounts.ensure_staff_role(conn)
            tools.accounts.refresh_staff_grants(conn)
        return tools.accounts.create_account(conn, name, password, admin=admin)


def drop_account(url: str, name: str) -> None:
    with _admin_connection(url, Message("delete the account {name}", name=name)) as conn:
        if not tools.accounts.account_exists(conn, name):
            raise ServerAdminError(Message("There is no account {name} on this server.", name=name.upper()), "not_found")
        tools.accounts.drop_account(conn, name)


def set_password(url: str, name: str, password: str) -> None:
    with _admin_connection(url, Message("change the password of {name}", name=name)) as conn:
        tools.accounts.set_password(conn, name, password)


def list_accounts(url: str) -> list[AccountInfo]:
    with _admin_connection(url, Message("list the accounts")) as conn:
        return [AccountInfo(a.name, a.kind, a.server_admin, a.active) for a in tools.accounts.list_accounts(conn)]


def refresh_grants(url: str) -> int:
    """Create the staff role if missing and grant it every table and sequence; returns the GRANTs run."""
    with _admin_connection(url, Message("grant the staff role its tables")) as conn:
        return tools.accounts.setup_server_accounts(conn)
