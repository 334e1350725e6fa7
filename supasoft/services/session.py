"""One working session on one database: storage plus the services wired together (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from supasoft.services.access import AccessService
from supasoft.services.backups import BackupService
from supasoft.services.configuration import ConfigurationService
from supasoft.services.record_model import Actor
from supasoft.services.records import RecordService
from supasoft.storage.store import Storage


@dataclass
class Session:
    """Everything the UI and CLI need for one open database."""

    storage: Storage
    configuration: ConfigurationService
    records: RecordService
    backups: BackupService
    access: AccessService
    actor: Actor

    def close(self) -> None:
        self.storage.close()


def open_session(
    path_or_url: str | Path,
    *,
    create: bool = True,
    actor: Actor | None = None,
    backup_folder: Path | None = None,
    backup_keep: int = 10,
    lock_timeout: int = 10,
) -> Session:
    """Open (creating or upgrading) a database and build the services over it."""
    storage = Storage.open(str(path_or_url), create=create, lock_timeout=lock_timeout)
    actor = actor or Actor()
    access = AccessService()
    backups = BackupService(storage, backup_folder, backup_keep)
    configuration = ConfigurationService(storage, backups)
    configuration.rights_check = lambda action: access.require(action)
    records = RecordService(storage, configuration, actor, access)
    return Session(storage, configuration, records, backups, access, actor)
