"""Users, groups, grants and logins (argon2 password hashes, failed logins counted and slowed down).

A database without users is the free single-user edition. Creating the first user makes that
user an administrator (member of the built-in Administrators group); from then on a login is needed.
This service is the lock on rights management: every call that reads or changes users, groups,
grants or the audit log checks 'manage_access' of the session's user itself (see user_rights.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError, SupasoftError
from supasoft.core.messages import Message
from supasoft.core.rights import (
    ADMIN_GROUP,
    UserRights,
    unrestricted,
)
from supasoft.core.text_input import text_problem
from supasoft.services.record_model import Actor
from supasoft.services.user_grants import GroupsAndGrants
from supasoft.services.user_rights import Acting, acting_user, audit, has_users, load_rights
from supasoft.storage import catalog_repository as accounts
from supasoft.storage import grants_repository as grants
from supasoft.storage.connection import Connection
from supasoft.storage.store import Storage

MIN_PASSWORD = 8
SLOWDOWN_STEP = 0.25  # seconds added per recent failed login, capped
SLOWDOWN_CAP = 3.0
#: argon2id at OWASP's recommended cost (19 MiB, 2 passes): ~90 ms a hash, slow for guessing, quick for a login.
PASSWORD_HASHING = {"time_cost": 2, "memory_cost": 19456, "parallelism": 1}
_hasher = PasswordHasher(**PASSWORD_HASHING)


class LoginFailed(SupasoftError):
    """Wrong login or password (the message never says which)."""


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    active: bool
    groups: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    """What any logged-in user may know of a colleague: for user fields and sharing (no groups, no rights)."""

    id: int
    login: str
    full_name: str
    active: bool


class UserService(GroupsAndGrants):
    """Manages accounts and grants for the session's user; every call checks 'manage_access' and is audited."""

    def __init__(self, storage: Storage, actor: Actor | None = None, access: Any = None, *,
                 on_first_user: Callable[[int, str], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep):
        self.storage = storage
        self.actor = actor or Actor()
        self.access = access  # the session's AccessService: record levels for sharing
        self.sleep = sleep  # slows down guessing after failed logins (tests pass a recorder to stay fast)
        self.on_first_user = on_first_user  # the session then works as that user

    # --- reading --------------------------------------------------------------------------------------
    def has_users(self) -> bool:
        with self.storage.connect() as conn:
            return has_users(conn)

    def users(self) -> list[UserInfo]:
        """Every account with its groups (rights management only)."""
        with self.storage.connect() as conn:
            self._manager(conn)
            rows = accounts.accounts(conn)
            names = {gid: name for name, gid in accounts.groups_by_name(conn).items()}
            members = accounts.memberships(conn)
        by_user: dict[int, list[str]] = {}
        for user_id, group_id in members:
            by_user.setdefault(user_id, []).append(names[group_id])
        return [UserInfo(r.id, r.login, r.full_name, r.active, tuple(sorted(by_user.get(r.id, [])))) for r in rows]

    def people(self) -> list[Person]:
        """Colleagues' names for user fields and sharing: any logged-in user may read them."""
        with self.storage.connect() as conn:
            acting_user(conn, self.actor.user_id)
            rows = accounts.accounts(conn)
        return [Person(r.id, r.login, r.full_name, r.active) for r in rows]

    def group_names(self) -> dict[str, int]:
        """Group names for sharing a record (without members or grants): any logged-in user."""
        with self.storage.connect() as conn:
            acting_user(conn, self.actor.user_id)
            return accounts.groups_by_name(conn)

    def groups(self) -> dict[str, int]:
        """Every group (rights management only)."""
        with self.storage.connect() as conn:
            self._manager(conn)
            return accounts.groups_by_name(conn)

    def user_id(self, login: str) -> int:
        with self.storage.connect() as conn:
            self._manager(conn)
            found = accounts.user_id_by_login(conn, login.strip())
        if found is None:
            raise NotFound(Message("No user {login!r}", login=login))
        return found

    # --- accounts ---------------------------------------------------------------------------------------
    def create_user(self, login: str, password: str, full_name: str = "") -> int:
        """Add a user; the very first user becomes an administrator (and the free single user works as them)."""
        login = checked_text(login.strip(), Message("The login"))
        if not login or len(login) > 100:
            raise SchemaError(Message("A login must be 1 to 100 characters"))
        checked_text(full_name, Message("The full name"))
        check_password(password)
        with self.storage.begin() as conn:
            first = not has_users(conn)
            acting = None if first else self._manager(conn)
            if accounts.user_id_by_login(conn, login) is not None:
                raise SchemaError(Message("The login {login!r} is taken", login=login))
            user_id = accounts.insert_user(conn, login, full_name, _hasher.hash(password))
            if first:
                accounts.add_member(conn, user_id, self._ensure_admin_group(conn))
            audit(conn, acting or Acting(user_id, login), "user_created", {"login": login, "administrator": first})
        if first and self.actor.user_id is None and self.on_first_user is not None:
            self.on_first_user(user_id, login)
        return user_id

    def _ensure_admin_group(self, conn: Connection) -> int:
        found = accounts.group_id_by_name(conn, ADMIN_GROUP)
        return found if found is not None else accounts.insert_group(conn, ADMIN_GROUP, builtin=True)

    def set_active(self, user_id: int, active: bool) -> None:
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._user(conn, user_id)
            if not active and user_id == acting.user_id:
                raise SchemaError(Message("You cannot disable your own account."))
            accounts.set_active(conn, user_id, active)
            audit(conn, acting, "user_enabled" if active else "user_disabled", {"user_id": user_id})

    def reset_password(self, user_id: int, password: str) -> None:
        """An administrator sets a new password (also clears failed logins)."""
        check_password(password)
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._user(conn, user_id)
            accounts.set_password_hash(conn, user_id, _hasher.hash(password), clear_failures=True)
            audit(conn, acting, "password_reset", {"user_id": user_id})

    def change_own_password(self, login: str, old: str, new: str) -> None:
        """A user changes their own password (the old one must be right; no other right needed)."""
        if self._staff_server_session():
            raise PermissionDenied("On the server you sign in with your server account: its password is changed by "
                                   "an administrator (Access rights \u2192 Users, or `supasoft-admin server account "
                                   "password`).")
        user_id = self.verify(login, old)
        check_password(new)
        with self.storage.begin() as conn:
            accounts.set_password_hash(conn, user_id, _hasher.hash(new), clear_failures=False)
            audit(conn, Acting(user_id, login.strip()), "password_changed", {})

    def set_full_name(self, user_id: int, full_name: str) -> None:
        checked_text(full_name, Message("The full name"))
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._user(conn, user_id)
            accounts.set_full_name(conn, user_id, full_name.strip()[:200])
            audit(conn, acting, "user_renamed", {"user_id": user_id})

    def _staff_server_session(self) -> bool:
        """True on a server connection with the staff role: it may not read or write app password hashes."""
        with self.storage.connect() as conn:
            return self.storage.ops.is_staff_connection(conn)

    # --- login ------------------------------------------------------------------------------------------
    def active_login_like(self, account: str) -> tuple[int, str] | None:
        """The active user whose login is this server account's name (any case): for single sign-on only."""
        wanted = account.strip().upper()
        if not wanted:
            return None
        with self.storage.connect() as conn:
            rows = accounts.accounts(conn)
        return next(((r.id, r.login) for r in rows if r.active and r.login.strip().upper() == wanted), None)

    def verify(self, login: str, password: str) -> int:
        """The user id for a right login and password; LoginFailed otherwise (counted and slowed down)."""
        if text_problem(login) is not None or text_problem(password) is not None:
            raise LoginFailed(Message("Wrong login or password."))  # no such login can exist; nothing to count
        try:
            with self.storage.connect() as conn:
                row = accounts.login_row(conn, login.strip())
        except PermissionDenied:  # a staff server account may not read password hashes (docs/access-rights.md)
            raise PermissionDenied(
                "This server account may not check app passwords. Staff sign in with the server account of their own "
                "app user (the same name, active); ask an administrator to create that app user, or connect as an "
                "administrator.") from None
        if row is not None and row.failed_logins:
            self.sleep(min(SLOWDOWN_CAP, SLOWDOWN_STEP * row.failed_logins))
        ok = False
        if row is not None and row.active and row.password_hash:
            try:
                ok = _hasher.verify(row.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                ok = False
        who = Acting(row.id if row is not None else None, login)
        with self.storage.begin() as conn:
            if not ok:
                if row is not None and row.password_hash:
                    accounts.count_failed_login(conn, row.id)
                audit(conn, who, "login_failed", {})
            else:
                assert row is not None
                accounts.clear_failed_logins(conn, row.id)
                audit(conn, who, "login", {})
        if not ok or row is None:
            raise LoginFailed(Message("Wrong login or password."))
        return row.id

    # --- evaluation ---------------------------------------------------------------------------------------
    def rights_of(self, user_id: int | None) -> UserRights:
        """Everything rights questions need for one user: one's own, or anyone's for a rights manager."""
        with self.storage.connect() as conn:
            if user_id is None:
                if has_users(conn):
                    raise PermissionDenied("Log in first.")
                return unrestricted(None)
            if user_id != self.actor.user_id:
                self._manager(conn)
            return load_rights(conn, user_id)

    def audit_log(self, limit: int = 500) -> list[dict[str, Any]]:
        with self.storage.connect() as conn:
            self._manager(conn)
            return grants.audit_entries(conn, limit)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise SchemaError(Message("A password needs at least {count} characters", count=MIN_PASSWORD))
    checked_text(password, Message("The password"))


def checked_text(value: str, what: str) -> str:
    """The text, or a SchemaError when it holds a control character or half a character pair (not storable)."""
    problem = text_problem(value)
    if problem is not None:
        raise SchemaError(Message("{what} {problem}", what=what, problem=problem))
    return value
