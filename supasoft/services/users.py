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

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError, SupasoftError
from supasoft.core.rights import (
    ADMIN_GROUP,
    UserRights,
    unrestricted,
)
from supasoft.core.text_input import text_problem
from supasoft.services.record_model import Actor
from supasoft.services.user_grants import GroupsAndGrants
from supasoft.services.user_rights import Acting, acting_user, audit, has_users, load_rights
from supasoft.storage.catalog import (
    sys_audit,
    sys_groups,
    sys_members,
    sys_passwords,
    sys_users,
)
from supasoft.storage.store import Storage, now

MIN_PASSWORD = 8
SLOWDOWN_STEP = 0.25  # seconds added per recent failed login, capped
SLOWDOWN_CAP = 3.0
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


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

    def __init__(self, storage: Storage, actor: Actor | None = None, access: Any = None):
        self.storage = storage
        self.actor = actor or Actor()
        self.access = access  # the session's AccessService: record levels for sharing
        self.sleep = time.sleep  # tests replace it to stay fast
        self.on_first_user: Callable[[int, str], None] | None = None  # the session then works as that user

    # --- reading --------------------------------------------------------------------------------------
    def has_users(self) -> bool:
        with self.storage.connect() as conn:
            return has_users(conn)

    def users(self) -> list[UserInfo]:
        """Every account with its groups (rights management only)."""
        with self.storage.connect() as conn:
            self._manager(conn)
            rows = conn.execute(sa.select(sys_users).order_by(sys_users.c.login)).mappings().all()
            names = dict(conn.execute(sa.select(sys_groups.c.id, sys_groups.c.name)).all())
            members = conn.execute(sa.select(sys_members)).all()
        by_user: dict[int, list[str]] = {}
        for user_id, group_id in members:
            by_user.setdefault(user_id, []).append(names[group_id])
        return [UserInfo(r["id"], r["login"], r["full_name"] or "", r["active"], tuple(sorted(by_user.get(r["id"], []))))
                for r in rows]

    def people(self) -> list[Person]:
        """Colleagues' names for user fields and sharing: any logged-in user may read them."""
        with self.storage.connect() as conn:
            acting_user(conn, self.actor.user_id)
            rows = conn.execute(sa.select(sys_users.c.id, sys_users.c.login, sys_users.c.full_name, sys_users.c.active)
                                .order_by(sys_users.c.login)).all()
        return [Person(r[0], r[1], r[2] or "", bool(r[3])) for r in rows]

    def group_names(self) -> dict[str, int]:
        """Group names for sharing a record (without members or grants): any logged-in user."""
        with self.storage.connect() as conn:
            acting_user(conn, self.actor.user_id)
            return {name: gid for gid, name in conn.execute(sa.select(sys_groups.c.id, sys_groups.c.name))}

    def groups(self) -> dict[str, int]:
        """Every group (rights management only)."""
        with self.storage.connect() as conn:
            self._manager(conn)
            return {name: gid for gid, name in conn.execute(sa.select(sys_groups.c.id, sys_groups.c.name))}

    def user_id(self, login: str) -> int:
        with self.storage.connect() as conn:
            self._manager(conn)
            found = conn.execute(sa.select(sys_users.c.id).where(sys_users.c.login == login.strip())).scalar()
        if found is None:
            raise NotFound(f"No user {login!r}")
        return int(found)

    # --- accounts ---------------------------------------------------------------------------------------
    def create_user(self, login: str, password: str, full_name: str = "") -> int:
        """Add a user; the very first user becomes an administrator (and the free single user works as them)."""
        login = checked_text(login.strip(), "The login")
        if not login or len(login) > 100:
            raise SchemaError("A login must be 1 to 100 characters")
        checked_text(full_name, "The full name")
        check_password(password)
        with self.storage.begin() as conn:
            first = not has_users(conn)
            acting = None if first else self._manager(conn)
            if conn.execute(sa.select(sys_users.c.id).where(sys_users.c.login == login)).first():
                raise SchemaError(f"The login {login!r} is taken")
            user_id = int(conn.execute(sys_users.insert().values(
                login=login, full_name=full_name, active=True, created_at=now())).inserted_primary_key[0])
            conn.execute(sys_passwords.insert().values(user_id=user_id, password_hash=_hasher.hash(password),
                                                       failed_logins=0))
            if first:
                admins = self._ensure_admin_group(conn)
                conn.execute(sys_members.insert().values(user_id=user_id, group_id=admins))
            audit(conn, acting or Acting(user_id, login), "user_created", {"login": login, "administrator": first})
        if first and self.actor.user_id is None and self.on_first_user is not None:
            self.on_first_user(user_id, login)
        return user_id

    def _ensure_admin_group(self, conn: sa.Connection) -> int:
        found = conn.execute(sa.select(sys_groups.c.id).where(sys_groups.c.name == ADMIN_GROUP)).scalar()
        if found is not None:
            return int(found)
        return int(conn.execute(sys_groups.insert().values(name=ADMIN_GROUP, builtin=True)).inserted_primary_key[0])

    def set_active(self, user_id: int, active: bool) -> None:
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._user(conn, user_id)
            if not active and user_id == acting.user_id:
                raise SchemaError("You cannot disable your own account.")
            conn.execute(sys_users.update().where(sys_users.c.id == user_id).values(active=active))
            audit(conn, acting, "user_enabled" if active else "user_disabled", {"user_id": user_id})

    def reset_password(self, user_id: int, password: str) -> None:
        """An administrator sets a new password (also clears failed logins)."""
        check_password(password)
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._user(conn, user_id)
            conn.execute(sys_passwords.update().where(sys_passwords.c.user_id == user_id)
                         .values(password_hash=_hasher.hash(password), failed_logins=0))
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
            conn.execute(sys_passwords.update().where(sys_passwords.c.user_id == user_id)
                         .values(password_hash=_hasher.hash(new)))
            audit(conn, Acting(user_id, login.strip()), "password_changed", {})

    def set_full_name(self, user_id: int, full_name: str) -> None:
        checked_text(full_name, "The full name")
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._user(conn, user_id)
            conn.execute(sys_users.update().where(sys_users.c.id == user_id).values(full_name=full_name.strip()[:200]))
            audit(conn, acting, "user_renamed", {"user_id": user_id})

    def _staff_server_session(self) -> bool:
        """True on a server connection with the staff role: it may not read or write app password hashes."""
        if self.storage.kind != "firebird":
            return False
        from supasoft.storage.firebird.accounts import STAFF_ROLE, connected_role

        with self.storage.connect() as conn:
            return connected_role(conn) == STAFF_ROLE

    # --- login ------------------------------------------------------------------------------------------
    def active_login_like(self, account: str) -> tuple[int, str] | None:
        """The active user whose login is this server account's name (any case): for single sign-on only."""
        wanted = account.strip().upper()
        with self.storage.connect() as conn:
            rows = conn.execute(sa.select(sys_users.c.id, sys_users.c.login, sys_users.c.active)).all()
        return next(((int(r[0]), str(r[1])) for r in rows if r[2] and str(r[1]).strip().upper() == wanted), None) if wanted else None

    def verify(self, login: str, password: str) -> int:
        """The user id for a right login and password; LoginFailed otherwise (counted and slowed down)."""
        if text_problem(login) is not None or text_problem(password) is not None:
            raise LoginFailed("Wrong login or password.")  # no such login can exist; nothing to count
        try:
            with self.storage.connect() as conn:
                row = conn.execute(sa.select(sys_users.c.id, sys_users.c.active, sys_passwords.c.password_hash,
                                             sys_passwords.c.failed_logins)
                                   .select_from(sys_users.outerjoin(sys_passwords,
                                                                    sys_passwords.c.user_id == sys_users.c.id))
                                   .where(sys_users.c.login == login.strip())).mappings().first()
        except PermissionDenied:  # a staff server account may not read password hashes (docs/access-rights.md)
            raise PermissionDenied(
                "This server account may not check app passwords. Staff sign in with the server account of their own "
                "app user (the same name, active); ask an administrator to create that app user, or connect as an "
                "administrator.") from None
        if row is not None and row["failed_logins"]:
            self.sleep(min(SLOWDOWN_CAP, SLOWDOWN_STEP * row["failed_logins"]))
        ok = False
        if row is not None and row["active"] and row["password_hash"]:
            try:
                ok = _hasher.verify(row["password_hash"], password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                ok = False
        who = Acting(row["id"] if row is not None else None, login)
        with self.storage.begin() as conn:
            if not ok:
                if row is not None and row["password_hash"]:
                    conn.execute(sys_passwords.update().where(sys_passwords.c.user_id == row["id"])
                                 .values(failed_logins=sys_passwords.c.failed_logins + 1, last_failed_at=now()))
                audit(conn, who, "login_failed", {})
            else:
                conn.execute(sys_passwords.update().where(sys_passwords.c.user_id == row["id"])
                             .values(failed_logins=0))
                audit(conn, who, "login", {})
        if not ok:
            raise LoginFailed("Wrong login or password.")
        return int(row["id"])

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
            rows = conn.execute(sa.select(sys_audit).order_by(sys_audit.c.id.desc()).limit(limit)).mappings().all()
        return [dict(r) for r in rows]


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise SchemaError(f"A password needs at least {MIN_PASSWORD} characters")
    checked_text(password, "The password")


def checked_text(value: str, what: str) -> str:
    """The text, or a SchemaError when it holds a control character or half a character pair (not storable)."""
    problem = text_problem(value)
    if problem is not None:
        raise SchemaError(f"{what} {problem}")
    return value
