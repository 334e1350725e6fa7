"""Consistent copies of a SQLite database with the backup API (never a plain file copy of an open file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from supasoft.core.errors import DatabaseOpenError, SupasoftError
from supasoft.core.messages import Message


def backup_sqlite(source: Path, target: Path) -> None:
    """Copy a live SQLite database to target with the online backup API, then verify the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            status = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if status != "ok":
            raise SupasoftError(Message("The backup copy failed its integrity check ({status})", status=status))
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise SupasoftError(Message("Backup to {target} failed: {reason}", target=target, reason=str(exc))) from None
    finally:
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(partial) + suffix).unlink(missing_ok=True)


def restore_sqlite(backup: Path, target: Path) -> None:
    """Replace target's contents with a backup, through the backup API so open readers stay safe."""
    if not backup.exists():
        raise DatabaseOpenError(Message("The backup file {backup} does not exist.", backup=backup))
    try:
        with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as src:
            status = src.execute("PRAGMA integrity_check").fetchone()[0]
            if status != "ok":
                raise DatabaseOpenError(Message("The backup {backup} is damaged ({status}).", backup=backup, status=status))
            with sqlite3.connect(target) as dst:
                src.backup(dst)
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(Message("{backup} is not a usable backup: {reason}", backup=backup, reason=str(exc))) from None
