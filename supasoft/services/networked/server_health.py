"""Networked edition health: how close each table is to Firebird's 255-formats limit, and the rebuild that resets it.

Every committed ALTER TABLE adds a "format" of the table (RDB$RELATIONS.RDB$FORMAT); at 255 the table can no
longer be altered until the database is backed up and restored (gbak). The admin is warned early and rebuilds
from the Configurator (Maintenance → Table formats) with everyone else disconnected. SQLite has no such limit.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message
from supasoft.services.maintenance import ConnectedClient, MaintenanceService, describe_clients
from supasoft.services.networked import server_admin
from supasoft.services.session import Session
from supasoft.storage.errors import DatabaseBusyError
from supasoft.storage.networked import FIREBIRD_MAX_TABLE_FORMATS

__all__ = [
    "CRITICAL_AT", "DatabaseBusyError", "FormatUsage", "REBUILD_STEPS", "RebuildCancelled", "RebuildProgress",
    "RebuildRefused", "RebuildResult", "WARN_AT", "WARN_LEFT",
    "busy_clients", "format_usage", "level_of", "rebuild", "warnings_of",
]

WARN_AT = 200  # formats used from which the admin is told to plan a rebuild
WARN_LEFT = 30  # ... or when fewer than this many are left
CRITICAL_AT = 240  # a few more changes and the table is stuck

_OBJECT_TABLE = re.compile(r"^T_(\d+)$")


@dataclass(frozen=True)
class FormatUsage:
    """One table's format count: object_id None for a system table (named by its table)."""

    object_id: int | None
    name: str
    table: str
    used: int
    limit: int = FIREBIRD_MAX_TABLE_FORMATS
    level: str = "ok"  # ok / warn / critical

    @property
    def left(self) -> int:
        return max(self.limit - self.used, 0)


@dataclass(frozen=True)
class RebuildResult:
    """What a rebuild did: the highest table format before and after, and how long it took."""

    formats_before: int
    formats_after: int
    seconds: float
    backup_file: Path | None = None


#: The rebuild's steps as progress reports them: who is connected, back up (tables), restore a test copy
#: (tables), replace the database from it (tables; cannot be cancelled), read the structure again.
REBUILD_STEPS = ("check", "backup", "restore", "replace", "reload")
#: (step, done, total): a step of REBUILD_STEPS and how far it is (tables; total 0 when not counted).
RebuildProgress = Callable[[str, int, int], None]


class RebuildCancelled(SupasoftError):
    """The admin cancelled the rebuild before the database was replaced: nothing was changed."""


class RebuildRefused(SupasoftError):
    """The rebuild cannot start: other clients are connected (listed in .clients), or the database is not a server."""

    def __init__(self, message: str, clients: list[ConnectedClient] | None = None):
        super().__init__(message)
        self.clients = list(clients or [])


def level_of(used: int, limit: int = FIREBIRD_MAX_TABLE_FORMATS, *, warn_at: int = WARN_AT,
             warn_left: int = WARN_LEFT, critical_at: int = CRITICAL_AT) -> str:
    """'critical' from critical_at, 'warn' from warn_at or with fewer than warn_left left, else 'ok'."""
    if used >= critical_at:
        return "critical"
    if used >= warn_at or limit - used < warn_left:
        return "warn"
    return "ok"


def format_usage(session: Session, *, warn_at: int = WARN_AT, warn_left: int = WARN_LEFT,
                 critical_at: int = CRITICAL_AT) -> list[FormatUsage]:
    """Every user table's format count, most used first (one query); [] on SQLite."""
    ops = session.storage.ops
    if ops.max_table_formats is None:
        return []
    with session.storage.connect() as conn:
        formats = ops.table_formats(conn)
    objects = {o.id: o for o in session.configuration.config.objects}
    usages = []
    for table, count in formats.items():
        match = _OBJECT_TABLE.match(table.upper())
        obj = objects.get(int(match.group(1))) if match else None
        usages.append(FormatUsage(
            obj.id if obj else None, obj.plural or obj.name if obj else table.lower(), table.lower(), count,
            ops.max_table_formats,
            level_of(count, ops.max_table_formats, warn_at=warn_at, warn_left=warn_left, critical_at=critical_at),
        ))
    usages.sort(key=lambda u: (-u.used, u.object_id is None, u.name.lower()))
    return usages


def warnings_of(usages: list[FormatUsage]) -> list[FormatUsage]:
    """The tables that need a rebuild soon (level warn or critical), most used first."""
    return [u for u in usages if u.level != "ok"]


def busy_clients(error: BaseException) -> list[ConnectedClient] | None:
    """Who holds the table open when a structure change failed because of them; None for any other error."""
    if not isinstance(error, DatabaseBusyError):
        return None
    return list(getattr(error, "clients", None) or [])


def _say(progress: RebuildProgress | None, step: str, done: int = 0, total: int = 0) -> None:
    if progress is not None:
        progress(step, done, total)


def rebuild(session: Session, *, progress: RebuildProgress | None = None, cancelled: Callable[[], bool] | None = None,
            keep_backup: Path | None = None, timeout: float = server_admin.tools.TOOL_TIMEOUT) -> RebuildResult:
    """Back up and restore the server database (resets every table's format count); others must be disconnected.

    progress gets (step, done, total) with the steps of REBUILD_STEPS, in that order (total 0: no fraction).
    cancelled() is heeded until the restored test copy is proven; then RebuildCancelled, nothing changed.
    """
    session.access.require("configure")
    if not session.storage.ops.networked:
        raise RebuildRefused(Message("Only a database on a Firebird server needs a rebuild; this one is a SQLite file."))
    started = time.monotonic()
    _say(progress, "check")
    others = MaintenanceService(session).others_connected()
    if others:
        listed = describe_clients(others)
        raise RebuildRefused(Message("Other users are connected: {listed}. Ask them to close Supasoft (Maintenance mode), "
                                     "then run the rebuild again.", listed=listed), others)
    url = session.storage.database.url
    with session.paused():
        try:
            done = server_admin.rebuild(url, keep_backup=keep_backup, timeout=timeout, progress=progress,
                                        cancelled=cancelled)
        except server_admin.ServerAdminError as exc:
            if exc.kind == "cancelled":
                raise RebuildCancelled(str(exc)) from None
            raise
    _say(progress, "reload")
    session.configuration.refresh()
    session.reload_rights()
    return RebuildResult(done.formats_before, done.formats_after, time.monotonic() - started, done.backup_file)
