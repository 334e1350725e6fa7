"""Driver errors -> our error types, so no raw DatabaseError reaches the services' callers.

Firebird reports every failure as a plain DatabaseError (notes Q5); `firebird.errors.classify` names
the kind. Row conflicts (another user changed or is changing the same row) become ConflictError,
which every caller already handles by reloading; the rest become a SupasoftError with a message a
user can act on. SQLite errors pass through unchanged (its writers take the lock up front).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DBAPIError

from supasoft.core.errors import (
    ConflictError,
    DatabaseOpenError,
    PermissionDenied,
    SchemaError,
    SupasoftError,
)
from supasoft.core.messages import Message

CONFLICT_KINDS = frozenset({"update_conflict", "lock_timeout", "deadlock"})


class ConcurrentUpdateError(ConflictError):
    """Another user changed (or is still changing) the same data; reload and try again."""

    def __init__(self, message: str):
        SupasoftError.__init__(self, message)
        self.record_id = 0
        self.stored_version = 0
        self.fields = []


class DatabaseBusyError(SupasoftError):
    """A structure change needs a table another user has open right now."""


class DatabaseServerError(SupasoftError):
    """The database server refused a statement for a reason we have no better message for."""


class ConnectionLostError(DatabaseOpenError):
    """The database server went away (network, restart); reconnect."""


class NotSupasoftDatabaseError(DatabaseOpenError):
    """The file or server database exists but holds no Supasoft system tables; it was left untouched."""


class DiskFullError(SupasoftError):
    """The disk holding the database (or the server's) is full: the save was refused, nothing half-written."""


DISK_FULL = "The disk is full; this change was not saved. Free some space, then save again."


def disk_full_message(last_saved: str | None) -> str:
    """The disk-full message, naming the last record that is safely stored when we can tell."""
    if last_saved is None:
        return DISK_FULL
    return (f"The disk is full; the last saved record is {last_saved}. This change was not saved: "
            "free some space, then save again.")


def is_disk_full(exc: BaseException) -> bool:
    """SQLITE_FULL, or a Firebird I/O error for lack of space (both drivers), or ENOSPC."""
    import errno

    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if code == 13:  # SQLITE_FULL
        return True
    text = str(orig).lower()
    return "database or disk is full" in text or "no space left on device" in text or "disk full" in text


def describe_driver_error(exc: BaseException) -> str | None:
    """A human message for a driver error that escaped the services (None when we have nothing better)."""
    if is_disk_full(exc):
        return DISK_FULL
    ours = translate(exc)
    if ours is not None:
        return str(ours)
    if isinstance(exc, DBAPIError):
        text = str(getattr(exc, "orig", exc)).lower()
        if "locked" in text or "busy" in text:
            return "The database is in use by another program; close it and try again."
        if "readonly" in text or "read-only" in text:
            return "The database file cannot be written (read-only file, folder or medium)."
        return f"The database refused the operation: {_server_message(exc)}"
    return None


def firebird_kind(exc: BaseException, dialect: Any = None) -> str | None:
    """The classify() kind of a Firebird driver error, else None (SQLite or not a driver error)."""
    if not isinstance(exc, DBAPIError):
        return None
    module = type(exc.orig).__module__ if exc.orig is not None else ""
    if dialect is not None and not dialect.name.startswith("firebird"):
        return None
    if dialect is None and not (module.startswith("firebird") or module.startswith("fdb")):
        return None
    from supasoft.storage.firebird.errors import classify

    return classify(exc)


def is_conflict(exc: BaseException, dialect: Any = None) -> bool:
    return firebird_kind(exc, dialect) in CONFLICT_KINDS


def translate(exc: BaseException, dialect: Any = None) -> SupasoftError | None:
    """Our error for a Firebird driver error (None for SQLite and non-driver errors: they pass unchanged)."""
    kind = firebird_kind(exc, dialect)
    if kind is None:
        return DiskFullError(DISK_FULL) if isinstance(exc, DBAPIError) and is_disk_full(exc) else None
    if is_disk_full(exc):
        return DiskFullError(DISK_FULL)
    if kind == "update_conflict" or kind == "deadlock":
        return ConcurrentUpdateError("Someone else changed the same data meanwhile; reload and try again.")
    if kind == "lock_timeout":
        return ConcurrentUpdateError("Someone else is changing the same data right now; try again in a moment.")
    if kind == "object_in_use":
        return DatabaseBusyError("Another user has this table open; ask them to close it, then try again.")
    if kind == "record_too_big":
        return SchemaError(
            "The fields of this object no longer fit in one Firebird row (64 KB, 4 bytes per character of each "
            "String field's length): shorten some String fields or make long ones Text fields."
        )
    if kind == "too_many_versions":
        return DatabaseBusyError(
            "This table has been altered too many times (Firebird keeps 255 versions); "
            "compact the database with a backup and restore, then try again."
        )
    if kind == "no_permission":
        return PermissionDenied("The database server refused this operation for your account.")
    if kind == "server_down":
        return ConnectionLostError("The connection to the database server was lost; reconnect and try again.")
    if kind == "unique_violation":
        return SupasoftError("A value that must be unique is already used by another record.")
    if kind == "string_truncation":
        return SupasoftError("A text is longer than its field allows.")
    if kind == "numeric_overflow":
        return SupasoftError("A number is too large for its field.")
    if kind == "foreign_key":
        return SupasoftError("A record still points at another that does not exist (or is being deleted).")
    if kind == "not_null":
        return SupasoftError("A required value is missing.")
    if kind == "database_missing":
        return DatabaseOpenError("The database file does not exist on the server.")
    if kind == "auth_failed":
        return DatabaseOpenError("The server refused the user name or password.")
    # anything else (e.g. "new record size ... is too big"): the server's own first lines, never a raw driver error
    return DatabaseServerError(Message("The database server refused the operation: {reason}", reason=_server_message(exc)))


def _server_message(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    args = getattr(orig, "args", ())
    text = str(args[0]) if args else str(orig)
    lines = [line.strip().lstrip("-").strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith(("Error while", "SQLCODE", "Dynamic SQL Error"))]
    return "; ".join(lines[:3]) or "unknown error"
