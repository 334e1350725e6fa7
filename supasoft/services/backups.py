"""Automatic and manual backups: taken before every destructive change, the last N kept."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message
from supasoft.storage.backup import backup_sqlite, restore_sqlite
from supasoft.storage.store import Storage

AUTO_PREFIX = "auto-"
EXIT_PREFIX = "exit-"  # copies taken when the program closes, rotated apart from those before changes


class BackupService:
    """Backups of the embedded database into a folder beside it (or the folder given)."""

    def __init__(self, storage: Storage, folder: Path | None = None, keep: int = 10):
        self.storage = storage
        self.keep = max(1, keep)
        db_path = storage.database.path
        self.folder = folder or (db_path.parent / "backups" if db_path else None)

    @property
    def available(self) -> bool:
        """Automatic file backups exist for the embedded edition (the server has gbak)."""
        return self.storage.database.path is not None and self.folder is not None

    def backup_to(self, target: Path) -> Path:
        """A manual backup to a file the user chose."""
        source = self.storage.database.path
        if source is None:
            raise SupasoftError(Message("Backups of a server database are made with the server tools (gbak)."))
        backup_sqlite(source, target)
        return target

    def take_automatic(self, reason: str) -> Path | None:
        """Back up before a destructive change; keeps the newest `keep` automatic backups."""
        if not self.available:
            return None
        assert self.folder is not None
        slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40] or "change"
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.folder / f"{AUTO_PREFIX}{stamp}-{slug}.db"
        self.backup_to(target)
        self.prune()
        return target

    def take_on_exit(self) -> Path | None:
        """A copy when the program closes, unless nothing changed since the last one; the newest `keep` stay."""
        if not self.available:
            return None
        assert self.folder is not None
        source = self.storage.database.path
        assert source is not None
        previous = self.exit_backups()
        if previous and _last_write(source) <= previous[-1].stat().st_mtime:
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backup_to(self.folder / f"{EXIT_PREFIX}{stamp}.db")
        for old in self.exit_backups()[: -self.keep]:
            old.unlink(missing_ok=True)
        return target

    def exit_backups(self) -> list[Path]:
        if not self.folder or not self.folder.exists():
            return []
        return sorted(self.folder.glob(f"{EXIT_PREFIX}*.db"))

    def automatic_backups(self) -> list[Path]:
        if not self.folder or not self.folder.exists():
            return []
        return sorted(self.folder.glob(f"{AUTO_PREFIX}*.db"))

    def prune(self) -> None:
        backups = self.automatic_backups()
        for old in backups[: max(0, len(backups) - self.keep)]:
            old.unlink(missing_ok=True)

    def restore_from(self, backup: Path) -> None:
        """Replace the database's contents with a backup (a safety backup of the current state first)."""
        target = self.storage.database.path
        if target is None:
            raise SupasoftError(Message("A server database is restored with the server tools (gbak)."))
        self.take_automatic("before-restore")
        self.storage.database.engine.dispose()
        restore_sqlite(backup, target)
        self.storage.upgrade()


def _last_write(database: Path) -> float:
    """When the database last changed: in WAL mode new commits land in the -wal file first."""
    times = [p.stat().st_mtime for p in (database, Path(f"{database}-wal")) if p.exists()]
    return max(times, default=0.0)


def copy_seed(seed: Path, target: Path) -> None:
    """A user's first start from an admin's prepared database: a checked copy, never a plain file copy."""
    backup_sqlite(seed, target)
