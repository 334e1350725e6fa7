"""One working session on one database: storage plus the services wired together (no Qt)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from supasoft.core.errors import PermissionDenied
from supasoft.core.rights import UserRights
from supasoft.services.access import AccessService
from supasoft.services.backups import BackupService
from supasoft.services.configuration import ConfigurationService
from supasoft.services.dashboards import DashboardService
from supasoft.services.record_model import Actor
from supasoft.services.records import RecordService
from supasoft.services.users import UserService
from supasoft.storage.store import Storage

log = logging.getLogger(__name__)
PauseListener = Callable[[bool], None]


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
    client_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])  # tells this session apart from others
    dashboards: DashboardService | None = None  # the user's and the shared dashboards (set by open_session)
    _pause_listeners: list[PauseListener] = field(default_factory=list, repr=False)

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

    def sign_on_server_account(self) -> bool:
        """Networked edition: the server checked this connection's account password, so work as the app user of that name.

        True when already logged in or matched; False on SQLite or when no active app user has that login."""
        if not self.needs_login:
            return True
        if not self.storage.ops.networked:
            return False
        found = self.users.active_login_like(self.storage.ops.account_name())
        if found is None:
            return False
        self.work_as(*found)
        return True

    def work_as(self, user_id: int, login: str) -> None:
        """The free single user becomes the first user just created (the administrator), without a second login."""
        self.actor.user_id = user_id
        self.actor.name = login
        self.reload_rights()

    def reload_rights(self) -> None:
        """Re-read the current user's rights (after an admin changed them)."""
        if self.actor.user_id is None and self.users.has_users():
            self.access.use(UserRights(None, False))
        else:
            self.access.use(self.users.rights_of(self.actor.user_id))

    def require_login(self) -> None:
        if self.needs_login:
            raise PermissionDenied("This database has users: log in first.")

    # --- letting go of the database (maintenance, rebuild by a tool) ------------------------------------
    def add_pause_listener(self, callback: PauseListener) -> None:
        """Called with True before the session lets go of the database, False when it may reconnect."""
        self._pause_listeners.append(callback)

    def remove_pause_listener(self, callback: PauseListener) -> None:
        self._pause_listeners = [c for c in self._pause_listeners if c != callback]

    def release(self) -> None:
        """Close the pooled attachments of this session; the next query reconnects by itself."""
        self.storage.database.dispose()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Release every attachment of this process to the database (for a rebuild/restore by a tool).

        Listeners hear True first (the shell stops its change-event listener), then the pool is disposed
        and the structure is not re-read meanwhile; on exit listeners hear False (they restart) and the
        next query reconnects by itself. Listeners may be called from a worker thread.
        """
        self._tell_paused(True)
        self.configuration.hold_refresh = True
        try:
            self.release()
            yield
        finally:
            self.configuration.hold_refresh = False
            self._tell_paused(False)

    def _tell_paused(self, paused: bool) -> None:
        for callback in list(self._pause_listeners):
            try:
                callback(paused)
            except Exception:  # one listener's failure must not keep the database attached or detached
                log.exception("pause listener failed")

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
    exclusive: bool = False,
) -> Session:
    """Open (creating or upgrading) a database and build the services over it; log in when asked.

    exclusive: the desktop program claims a SQLite file, so a second running copy is refused.
    """
    storage = Storage.open(str(path_or_url), create=create, lock_timeout=lock_timeout, exclusive=exclusive)
    actor = actor or Actor()
    # Services that need one another get a getter of the other, bound here, instead of an attribute set later.
    access = AccessService(records=lambda: records)
    backups = BackupService(storage, backup_folder, backup_keep)
    configuration = ConfigurationService(storage, backups, rights_check=lambda action, object_id=None: access.require(action, object_id),
                                         current_user=lambda: actor.user_id,
                                         after_formula_change=lambda config, object_id: records.after_formula_change(config, object_id),
                                         after_values_changed=lambda object_id, field_ids: records.after_values_changed(object_id, field_ids))
    users = UserService(storage, actor, access, on_first_user=lambda user_id, login: session.work_as(user_id, login))
    records = RecordService(storage, configuration, actor, access, users=users)
    session = Session(storage, configuration, records, backups, access, actor, users)
    session.dashboards = DashboardService(records)
    try:
        if login is not None:
            session.login(login, password or "")
        else:
            session.reload_rights()
    except Exception:
        storage.close()
        raise
    return session
