"""Users, groups, grants and logins (argon2 password hashes, failed logins counted and slowed down).

A database without users is the free single-user edition. Creating the first user makes that
user an administrator (member of the built-in Administrators group); from then on a login is needed.
This service is the lock on rights management: every call that reads or changes users, groups,
grants or the audit log checks 'manage_access' of the session's user itself (see user_rights.py).
"""

from __future__ import annotations

import json
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
    FIELD_MODES,
    FLAGS,
    GLOBAL_RIGHTS,
    LEVELS,
    SCOPES,
    FieldGrant,
    ObjectGrant,
    UserRights,
    unrestricted,
)
from supasoft.core.serialization import to_plain
from supasoft.services.record_model import Actor
from supasoft.services.user_rights import Acting, acting_manager, acting_user, audit, has_users, load_rights
from supasoft.storage.catalog import (
    sys_audit,
    sys_field_grants,
    sys_grants,
    sys_groups,
    sys_members,
    sys_record_grants,
    sys_users,
)
from supasoft.storage.store import Storage, now

MIN_PASSWORD = 8
SLOWDOWN_STEP = 0.25  # seconds added per recent failed login, capped
SLOWDOWN_CAP = 3.0
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
#: The level on one record a user needs to share it without 'manage_access'.
SHARE_LEVEL = "full"


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


class UserService:
    """Manages accounts and grants for the session's user; every call checks 'manage_access' and is audited."""

    def __init__(self, storage: Storage, actor: Actor | None = None, access: Any = None):
        self.storage = storage
        self.actor = actor or Actor()
        self.access = access  # the session's AccessService: record levels for sharing
        self.sleep = time.sleep  # tests replace it to stay fast
        self.on_first_user: Callable[[int, str], None] | None = None  # the session then works as that user

    def _manager(self, conn: sa.Connection) -> Acting:
        return acting_manager(conn, self.actor.user_id)

    def _require_manager(self) -> None:
        with self.storage.connect() as conn:
            self._manager(conn)

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
        login = login.strip()
        if not login or len(login) > 100:
            raise SchemaError("A login must be 1 to 100 characters")
        check_password(password)
        with self.storage.begin() as conn:
            first = not has_users(conn)
            acting = None if first else self._manager(conn)
            if conn.execute(sa.select(sys_users.c.id).where(sys_users.c.login == login)).first():
                raise SchemaError(f"The login {login!r} is taken")
            user_id = int(conn.execute(sys_users.insert().values(
                login=login, full_name=full_name, password_hash=_hasher.hash(password), active=True,
                failed_logins=0, created_at=now())).inserted_primary_key[0])
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

    def _user(self, conn: sa.Connection, user_id: int) -> None:
        if conn.execute(sa.select(sys_users.c.id).where(sys_users.c.id == user_id)).first() is None:
            raise NotFound(f"No user #{user_id}")

    def _group(self, conn: sa.Connection, group_id: int) -> None:
        if conn.execute(sa.select(sys_groups.c.id).where(sys_groups.c.id == group_id)).first() is None:
            raise NotFound(f"No group #{group_id}")

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
            conn.execute(sys_users.update().where(sys_users.c.id == user_id)
                         .values(password_hash=_hasher.hash(password), failed_logins=0))
            audit(conn, acting, "password_reset", {"user_id": user_id})

    def change_own_password(self, login: str, old: str, new: str) -> None:
        """A user changes their own password (the old one must be right; no other right needed)."""
        user_id = self.verify(login, old)
        check_password(new)
        with self.storage.begin() as conn:
            conn.execute(sys_users.update().where(sys_users.c.id == user_id).values(password_hash=_hasher.hash(new)))
            audit(conn, Acting(user_id, login.strip()), "password_changed", {})

    def set_full_name(self, user_id: int, full_name: str) -> None:
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._user(conn, user_id)
            conn.execute(sys_users.update().where(sys_users.c.id == user_id).values(full_name=full_name.strip()[:200]))
            audit(conn, acting, "user_renamed", {"user_id": user_id})

    # --- login ------------------------------------------------------------------------------------------
    def active_login_like(self, account: str) -> tuple[int, str] | None:
        """The active user whose login is this server account's name (any case): for single sign-on only."""
        wanted = account.strip().upper()
        with self.storage.connect() as conn:
            rows = conn.execute(sa.select(sys_users.c.id, sys_users.c.login, sys_users.c.active)).all()
        return next(((int(r[0]), str(r[1])) for r in rows if r[2] and str(r[1]).strip().upper() == wanted), None) if wanted else None

    def verify(self, login: str, password: str) -> int:
        """The user id for a right login and password; LoginFailed otherwise (counted and slowed down)."""
        with self.storage.connect() as conn:
            row = conn.execute(sa.select(sys_users).where(sys_users.c.login == login.strip())).mappings().first()
        if row is not None and row["failed_logins"]:
            self.sleep(min(SLOWDOWN_CAP, SLOWDOWN_STEP * row["failed_logins"]))
        ok = False
        if row is not None and row["active"]:
            try:
                ok = _hasher.verify(row["password_hash"], password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                ok = False
        who = Acting(row["id"] if row is not None else None, login)
        with self.storage.begin() as conn:
            if not ok:
                if row is not None:
                    conn.execute(sys_users.update().where(sys_users.c.id == row["id"])
                                 .values(failed_logins=sys_users.c.failed_logins + 1, last_failed_at=now()))
                audit(conn, who, "login_failed", {})
            else:
                conn.execute(sys_users.update().where(sys_users.c.id == row["id"]).values(failed_logins=0))
                audit(conn, who, "login", {})
        if not ok:
            raise LoginFailed("Wrong login or password.")
        return int(row["id"])

    # --- groups and grants ----------------------------------------------------------------------------
    def create_group(self, name: str) -> int:
        name = name.strip()
        if not name or len(name) > 100:
            raise SchemaError("A group name must be 1 to 100 characters")
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            if conn.execute(sa.select(sys_groups.c.id).where(sys_groups.c.name == name)).first():
                raise SchemaError(f"A group named {name!r} exists")
            gid = conn.execute(sys_groups.insert().values(name=name, builtin=False)).inserted_primary_key[0]
            audit(conn, acting, "group_created", {"name": name})
        return int(gid)

    def add_member(self, user_id: int, group_id: int) -> None:
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._user(conn, user_id)
            self._group(conn, group_id)
            if not conn.execute(sa.select(sys_members).where(sys_members.c.user_id == user_id, sys_members.c.group_id == group_id)).first():
                conn.execute(sys_members.insert().values(user_id=user_id, group_id=group_id))
            audit(conn, acting, "member_added", {"user_id": user_id, "group_id": group_id})

    def remove_member(self, user_id: int, group_id: int) -> None:
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            builtin = conn.execute(sa.select(sys_groups.c.builtin).where(sys_groups.c.id == group_id)).scalar()
            if builtin and user_id == acting.user_id:
                raise SchemaError("You cannot remove yourself from the administrators.")
            conn.execute(sys_members.delete().where(sys_members.c.user_id == user_id, sys_members.c.group_id == group_id))
            audit(conn, acting, "member_removed", {"user_id": user_id, "group_id": group_id})

    def grant(self, principal: tuple[str, int], object_id: int | None, level: str, *, scope: str = "all",
              filter: Any = None, flags: tuple[str, ...] = ()) -> None:
        """Set a principal's right on an object (replacing its earlier grant there); object None = global rights."""
        if level not in LEVELS + GLOBAL_RIGHTS or scope not in SCOPES or any(f not in FLAGS for f in flags):
            raise SchemaError("Unknown right, scope or flag")
        if scope == "filter" and filter is None:
            raise SchemaError("A filtered scope needs a filter")
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._principal(conn, principal)
            match = sa.and_(sys_grants.c.principal_kind == kind, sys_grants.c.principal_id == pid,
                            sys_grants.c.object_id.is_(None) if object_id is None else sys_grants.c.object_id == object_id)
            if object_id is not None:
                conn.execute(sys_grants.delete().where(match))
            else:
                conn.execute(sys_grants.delete().where(match, sys_grants.c.level == level))
            conn.execute(sys_grants.insert().values(
                principal_kind=kind, principal_id=pid, object_id=object_id, level=level, scope=scope,
                filter=None if filter is None else json.dumps(to_plain(filter), ensure_ascii=False), flags=",".join(flags)))
            audit(conn, acting, "rights_changed", {"principal": [kind, pid], "object_id": object_id, "level": level, "scope": scope})

    def _principal(self, conn: sa.Connection, principal: tuple[str, int]) -> None:
        kind, pid = principal
        if kind == "user":
            self._user(conn, pid)
        elif kind == "group":
            self._group(conn, pid)
        else:
            raise SchemaError("A right is given to a user or a group")

    def grant_field(self, principal: tuple[str, int], object_id: int, field_id: int, mode: str) -> None:
        if mode not in FIELD_MODES:
            raise SchemaError(f"Field access must be one of {', '.join(FIELD_MODES)}")
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._principal(conn, principal)
            conn.execute(sys_field_grants.delete().where(
                sys_field_grants.c.principal_kind == kind, sys_field_grants.c.principal_id == pid,
                sys_field_grants.c.object_id == object_id, sys_field_grants.c.field_id == field_id))
            conn.execute(sys_field_grants.insert().values(principal_kind=kind, principal_id=pid, object_id=object_id,
                                                          field_id=field_id, mode=mode))
            audit(conn, acting, "field_rights_changed", {"principal": [kind, pid], "field_id": field_id, "mode": mode})

    def share_record(self, object_id: int, record_id: int, principal: tuple[str, int], level: str) -> None:
        """Grant read/change/full on one record (e.g. share this client with Anna).

        Needs 'manage_access', or full rights on that very record (its owner with full rights shares it)."""
        if level not in LEVELS:
            raise SchemaError("Unknown level")
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._sharer(conn, object_id, record_id)
            self._principal(conn, principal)
            conn.execute(sys_record_grants.delete().where(
                sys_record_grants.c.object_id == object_id, sys_record_grants.c.record_id == record_id,
                sys_record_grants.c.principal_kind == kind, sys_record_grants.c.principal_id == pid))
            if level != "none":
                conn.execute(sys_record_grants.insert().values(object_id=object_id, record_id=record_id,
                                                               principal_kind=kind, principal_id=pid, level=level))
            audit(conn, acting, "record_shared", {"object_id": object_id, "record_id": record_id, "level": level,
                                                  "principal": [kind, pid]})

    def _sharer(self, conn: sa.Connection, object_id: int, record_id: int) -> Acting:
        try:
            return self._manager(conn)
        except PermissionDenied:
            acting = acting_user(conn, self.actor.user_id)
            if self.access is None or self.access.record_level(conn, object_id, record_id) != SHARE_LEVEL:
                raise PermissionDenied("You do not have the right to share this record.") from None
            return acting

    def grants_of(self, principal: tuple[str, int]) -> list[ObjectGrant]:
        """One user's or group's own grants (object_id None = global rights such as configure)."""
        kind, pid = principal
        with self.storage.connect() as conn:
            self._manager(conn)
            rows = conn.execute(sa.select(sys_grants).where(sys_grants.c.principal_kind == kind,
                                                            sys_grants.c.principal_id == pid)).mappings().all()
        return [ObjectGrant((kind, pid), r["object_id"], r["level"], r["scope"], json.loads(r["filter"]) if r["filter"] else None,
                            frozenset(x for x in r["flags"].split(",") if x)) for r in rows]  # type: ignore[arg-type]

    def field_grants_of(self, principal: tuple[str, int]) -> list[FieldGrant]:
        kind, pid = principal
        with self.storage.connect() as conn:
            self._manager(conn)
            rows = conn.execute(sa.select(sys_field_grants).where(sys_field_grants.c.principal_kind == kind,
                                                                  sys_field_grants.c.principal_id == pid)).mappings().all()
        return [FieldGrant((kind, pid), r["object_id"], r["field_id"], r["mode"]) for r in rows]  # type: ignore[arg-type]

    def revoke(self, principal: tuple[str, int], object_id: int | None, level: str | None = None) -> None:
        """Remove a grant: an object's (back to what the groups give) or a global right (object None, level named)."""
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            query = sys_grants.delete().where(sys_grants.c.principal_kind == kind, sys_grants.c.principal_id == pid)
            if object_id is None:
                query = query.where(sys_grants.c.object_id.is_(None))
                if level is not None:
                    query = query.where(sys_grants.c.level == level)
            else:
                query = query.where(sys_grants.c.object_id == object_id)
            conn.execute(query)
            audit(conn, acting, "rights_revoked", {"principal": [kind, pid], "object_id": object_id, "level": level})

    def revoke_field(self, principal: tuple[str, int], object_id: int, field_id: int) -> None:
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            conn.execute(sys_field_grants.delete().where(
                sys_field_grants.c.principal_kind == kind, sys_field_grants.c.principal_id == pid,
                sys_field_grants.c.object_id == object_id, sys_field_grants.c.field_id == field_id))
            audit(conn, acting, "field_rights_revoked", {"principal": [kind, pid], "field_id": field_id})

    def rename_group(self, group_id: int, name: str) -> None:
        name = name.strip()
        if not name or len(name) > 100:
            raise SchemaError("A group name must be 1 to 100 characters")
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._group(conn, group_id)
            self._not_builtin(conn, group_id)
            conn.execute(sys_groups.update().where(sys_groups.c.id == group_id).values(name=name))
            audit(conn, acting, "group_renamed", {"group_id": group_id, "name": name})

    def delete_group(self, group_id: int) -> None:
        """Remove a group with its memberships and grants (not Administrators)."""
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._group(conn, group_id)
            self._not_builtin(conn, group_id)
            conn.execute(sys_members.delete().where(sys_members.c.group_id == group_id))
            for table in (sys_grants, sys_field_grants, sys_record_grants):
                conn.execute(table.delete().where(table.c.principal_kind == "group", table.c.principal_id == group_id))
            conn.execute(sys_groups.delete().where(sys_groups.c.id == group_id))
            audit(conn, acting, "group_deleted", {"group_id": group_id})

    def _not_builtin(self, conn: sa.Connection, group_id: int) -> None:
        if conn.execute(sa.select(sys_groups.c.builtin).where(sys_groups.c.id == group_id)).scalar():
            raise SchemaError(f"{ADMIN_GROUP} cannot be renamed or deleted")

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
