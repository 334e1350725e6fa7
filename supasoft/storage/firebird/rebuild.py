"""Rebuild a server database: gbak backup, a test restore that proves it, then replace (resets the formats).

Every table's rdb$format counter grows with each ALTER and stops at 255; a backup restored over the
database resets it and compacts the file. Progress and cancel follow gbak -v table by table.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from .server_tools import (
    TOOL_TIMEOUT,
    ServerTarget,
    ServerToolError,
    _error_from_exception,
    backup,
    bring_online,
    describe_user,
    drop_database,
    open_engine,
    other_users,
    restore,
    run_tool,
)
from .tool_stream import CancelCheck, Progress

__all__ = ["RebuildResult", "max_table_format", "rebuild", "user_table_count"]


@dataclass
class RebuildResult:
    """What a rebuild did: the kept backup (if asked), the highest table format before and after."""

    backup_file: Path | None
    formats_before: int
    formats_after: int
    seconds: float


def user_table_count(target: ServerTarget) -> int:
    """How many tables hold data (gbak -v names each once while backing up or restoring: the progress total)."""
    return _scalar(target, "select count(*) from rdb$relations where rdb$system_flag = 0 and rdb$view_blr is null"
                           " and coalesce(rdb$relation_type, 0) = 0", "count the tables")


def max_table_format(target: ServerTarget) -> int:
    """The highest rdb$format of any user table (255 = that table can no longer be altered)."""
    return _scalar(target, "select max(rdb$format) from rdb$relations where rdb$system_flag = 0 and rdb$view_blr is null",
                   "read the table formats")


def _scalar(target: ServerTarget, sql: str, doing: str) -> int:
    """One number from the system tables, through a short-lived attachment; errors say what we were doing."""
    engine = open_engine(target)
    try:
        with engine.connect() as conn:
            value = conn.execute(text(sql)).scalar()
        return int(value or 0)
    except Exception as exc:
        raise _error_from_exception(exc, target, doing) from None
    finally:
        engine.dispose()


def rebuild(target: ServerTarget, *, keep_backup: Path | None = None, timeout: float = TOOL_TIMEOUT,
            progress: Progress | None = None, cancelled: CancelCheck | None = None) -> RebuildResult:
    """Backup, restore to a new file (proves the backup restores), then replace the database from it.

    Resets every table's format counter (the 255-ALTERs limit) and compacts the file. Refuses while anyone
    else is connected; gbak -rep also refuses to drop a database in use, so a late login cannot be cut off.
    progress gets ("backup" | "restore" | "replace", tables done, tables). cancelled() is heeded until the
    test copy is proven (gbak stopped, the test copy dropped, the database untouched: ServerToolError kind
    'cancelled'); replacing the database is never stopped half-way.
    """
    started = time.monotonic()
    others = other_users(target)
    if others:
        listed = "; ".join(describe_user(u) for u in others)
        raise ServerToolError("in_use", f"Other users are connected to {target.where}: {listed}. "
                              "Ask them to close Supasoft, then run the rebuild again.")
    before = max_table_format(target)
    tables = user_table_count(target) if progress is not None else 0
    workdir = Path(tempfile.mkdtemp(prefix="supasoft-rebuild-"))
    file = Path(keep_backup).expanduser().resolve() if keep_backup else workdir / "rebuild.fbk"
    folder, _, name = target.path.rpartition("/")
    if not folder:
        raise ServerToolError("bad_url", "rebuild needs the database's full path in the URL, not an alias.")
    check = target.with_path(f"{folder}/{name.removesuffix('.fdb')}.rebuild-{uuid.uuid4().hex[:8]}.fdb")
    try:
        _prove_backup(target, file, check, timeout=timeout, progress=progress, cancelled=cancelled, tables=tables)
        try:
            # single-user shutdown keeps late logins out while gbak replaces the file; -attach 0 fails
            # (cutting nobody off) when someone connected meanwhile. The restored database comes up online.
            run_tool("gfix", ["-shut", "single", "-attach", "0", target.dsn], target, timeout=120,
                     what="take the database offline for the rebuild")
        except ServerToolError as exc:
            if exc.kind == "in_use":
                listed = "; ".join(describe_user(u) for u in other_users(target))
                raise ServerToolError("in_use", f"Someone connected to {target.where} during the rebuild"
                                      f"{': ' + listed if listed else ''}. Nothing was changed; try again later.") from None
            raise
        try:
            restore(file, target, replace=True, timeout=timeout, progress=progress, tables=tables, step="replace")
        except ServerToolError as exc:
            try:
                bring_online(target)
            except ServerToolError:
                pass  # gbak already dropped it: the kept backup is the way back
            kept = file
            if not keep_backup:
                kept = Path.cwd() / f"rebuild-{uuid.uuid4().hex[:8]}.fbk"
                shutil.copy2(file, kept)
            raise ServerToolError(exc.kind, f"{exc} The backup taken just before is kept in {kept}; restore it with "
                                  "`supasoft-admin server restore`.", exc.details) from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    after = max_table_format(target)
    return RebuildResult(Path(keep_backup) if keep_backup else None, before, after, time.monotonic() - started)


def _prove_backup(target: ServerTarget, file: Path, check: ServerTarget, *, timeout: float,
                  progress: Progress | None, cancelled: CancelCheck | None, tables: int) -> None:
    """The cancellable half of a rebuild: back up, restore a test copy, drop it. The database is only read."""
    try:
        backup(target, file, timeout=timeout, progress=progress, cancelled=cancelled, tables=tables)
        try:
            restore(file, check, timeout=timeout, progress=progress, cancelled=cancelled, tables=tables)
        except ServerToolError:
            _drop_quietly(check)  # a half-restored test copy must not stay on the server
            raise
        drop_database(check)
        if cancelled is not None and cancelled():  # the last moment at which nothing has been changed
            raise ServerToolError("cancelled", "")
    except ServerToolError as exc:
        if exc.kind != "cancelled":
            raise
        raise ServerToolError("cancelled", f"The rebuild was cancelled; {target.where} was not changed.") from None


def _drop_quietly(target: ServerTarget) -> None:
    """Drop a test copy that may exist only in part (gbak stopped while creating it)."""
    try:
        drop_database(target)
    except ServerToolError:
        try:
            bring_online(target, timeout=60)  # a restore stopped half-way can leave it shut down
            drop_database(target)
        except ServerToolError:
            pass  # it was never created
