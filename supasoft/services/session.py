"""One working session on one database: storage plus the services wired together (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from supasoft.core.errors import PermissionDenied
from supasoft.core.rights import UserRights
from supasoft.services.access import AccessService
from supasoft.services.backups import BackupService
from supasoft.services.configuration import ConfigurationService
from supasoft.services.record_model import Actor
from supasoft.services.records import RecordService
from supasoft.services.users import UserService
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
    users: UserService

    def views_of(self, object_id: int) -> list:
        """The list views a user sees for an object: shared ones and their own personal ones."""
        return [v for v in self.configuration.config.lists_of(object_id)
                if v.shared or v.owner is None or v.owner == self.actor.user_id]

    @property
    def needs_login(self) -> bool:
        """True while the database has users and nobody has logged in."""
        return self.actor.user_id is None and self.users.has_users()

    def login(self, login: str, password: str) -> Actor:
        """Check the password and work as that user from now on (LoginFailed if wrong)."""
        user_id = self.users.verify(login, password)
        self.actor.user_id = user_id
        self.actor.name = login
        self.reload_rights()
        return self.actor

    def reload_rights(self) -> None:
        """Re-read the current user's rights (after an admin changed them)."""
        if self.actor.user_id is None and self.users.has_users():
            self.access.use(UserRights(None, False))
        else:
            self.access.use(self.users.rights_of(self.actor.user_id))

    def require_login(self) -> None:
        if self.needs_login:
            raise PermissionDenied("This database has users: log in first.")

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
    login: str | None = None,
    password: str | None = None,
) -> Session:
    """Open (creating or upgrading) a database and build the services over it; log in when asked."""
    storage = Storage.open(str(path_or_url), create=create, lock_timeout=lock_timeout)
    actor = actor or Actor()
    access = AccessService()
    backups = BackupService(storage, backup_folder, backup_keep)
    configuration = ConfigurationService(storage, backups)
    configuration.rights_check = lambda action, object_id=None: access.require(action, object_id)
    configuration.current_user = lambda: actor.user_id
    records = RecordService(storage, configuration, actor, access)
    access.records = records
    users = UserService(storage)
    records.users = users
    session = Session(storage, configuration, records, backups, access, actor, users)
    try:
        if login is not None:
            session.login(login, password or "")
        else:
            session.reload_rights()
    except Exception:
        storage.close()
        raise
    return session
