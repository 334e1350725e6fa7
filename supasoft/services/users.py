"""Users, groups, grants and logins (argon2 password hashes, failed logins counted and slowed down).

A database without users is the free single-user edition. Creating the first user makes that
user an administrator (member of the built-in Administrators group); from then on a login is needed.
"""

from __future__ import annotations

import json
import time
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


class LoginFailed(SupasoftError):
    """Wrong login or password (the message never says which)."""


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    active: bool
    groups: tuple[str, ...]


class UserService:
    """Manages accounts and grants; every change is audited. Callers check 'manage_access' first."""

    def __init__(self, storage: Storage):
        self.storage = storage
        self.sleep = time.sleep  # tests replace it to stay fast

    # --- reading --------------------------------------------------------------------------------------
    def has_users(self) -> bool:
        with self.storage.connect() as conn:
            return conn.execute(sa.select(sys_users.c.id).limit(1)).first() is not None

    def users(self) -> list[UserInfo]:
        with self.storage.connect() as conn:
            rows = conn.execute(sa.select(sys_users).order_by(sys_users.c.login)).mappings().all()
            names = dict(conn.execute(sa.select(sys_groups.c.id, sys_groups.c.name)).all())
            members = conn.execute(sa.select(sys_members)).all()
        by_user: dict[int, list[str]] = {}
        for user_id, group_id in members:
            by_user.setdefault(user_id, []).append(names[group_id])
        return [UserInfo(r["id"], r["login"], r["full_name"] or "", r["active"], tuple(sorted(by_user.get(r["id"], []))))
                for r in rows]

    def groups(self) -> dict[str, int]:
        with self.storage.connect() as conn:
            return {name: gid for gid, name in conn.execute(sa.select(sys_groups.c.id, sys_groups.c.name))}

    def user_id(self, login: str) -> int:
        with self.storage.connect() as conn:
            found = conn.execute(sa.select(sys_users.c.id).where(sys_users.c.login == login.strip())).scalar()
        if found is None:
            raise NotFound(f"No user {login!r}")
        return int(found)

    # --- accounts ---------------------------------------------------------------------------------------
    def create_user(self, login: str, password: str, full_name: str = "", *, by: str = "admin") -> int:
        """Add a user; the very first user becomes an administrator."""
        login = login.strip()
        if not login or len(login) > 100:
            raise SchemaError("A login must be 1 to 100 characters")
        check_password(password)
        with self.storage.begin() as conn:
            if conn.execute(sa.select(sys_users.c.id).where(sys_users.c.login == login)).first():
                raise SchemaError(f"The login {login!r} is taken")
            first = conn.execute(sa.select(sys_users.c.id).limit(1)).first() is None
            user_id = conn.execute(sys_users.insert().values(
                login=login, full_name=full_name, password_hash=_hasher.hash(password), active=True,
                failed_logins=0, created_at=now())).inserted_primary_key[0]
            if first:
                admins = self._ensure_admin_group(conn)
                conn.execute(sys_members.insert().values(user_id=user_id, group_id=admins))
            audit(conn, None, by, "user_created", {"login": login, "administrator": first})
        return int(user_id)

    def _ensure_admin_group(self, conn: sa.Connection) -> int:
        found = conn.execute(sa.select(sys_groups.c.id).where(sys_groups.c.name == ADMIN_GROUP)).scalar()
        if found is not None:
            return int(found)
        return int(conn.execute(sys_groups.insert().values(name=ADMIN_GROUP, builtin=True)).inserted_primary_key[0])

    def set_active(self, user_id: int, active: bool, *, by: str = "admin") -> None:
        with self.storage.begin() as conn:
            conn.execute(sys_users.update().where(sys_users.c.id == user_id).values(active=active))
            audit(conn, None, by, "user_enabled" if active else "user_disabled", {"user_id": user_id})

    def reset_password(self, user_id: int, password: str, *, by: str = "admin") -> None:
        """An administrator sets a new password (also clears failed logins)."""
        check_password(password)
        with self.storage.begin() as conn:
            conn.execute(sys_users.update().where(sys_users.c.id == user_id)
                         .values(password_hash=_hasher.hash(password), failed_logins=0))
            audit(conn, None, by, "password_reset", {"user_id": user_id})

    def change_own_password(self, login: str, old: str, new: str) -> None:
        """A user changes their own password (the old one must be right)."""
        user_id = self.verify(login, old)
        check_password(new)
        with self.storage.begin() as conn:
            conn.execute(sys_users.update().where(sys_users.c.id == user_id).values(password_hash=_hasher.hash(new)))
            audit(conn, user_id, login, "password_changed", {})

    # --- login ------------------------------------------------------------------------------------------
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
        with self.storage.begin() as conn:
            if not ok:
                if row is not None:
                    conn.execute(sys_users.update().where(sys_users.c.id == row["id"])
                                 .values(failed_logins=sys_users.c.failed_logins + 1, last_failed_at=now()))
                audit(conn, row["id"] if row is not None else None, login, "login_failed", {})
            else:
                conn.execute(sys_users.update().where(sys_users.c.id == row["id"]).values(failed_logins=0))
                audit(conn, row["id"], login, "login", {})
        if not ok:
            raise LoginFailed("Wrong login or password.")
        return int(row["id"])

    # --- groups and grants ----------------------------------------------------------------------------
    def create_group(self, name: str, *, by: str = "admin") -> int:
        name = name.strip()
        if not name or len(name) > 100:
            raise SchemaError("A group name must be 1 to 100 characters")
        with self.storage.begin() as conn:
            if conn.execute(sa.select(sys_groups.c.id).where(sys_groups.c.name == name)).first():
                raise SchemaError(f"A group named {name!r} exists")
            gid = conn.execute(sys_groups.insert().values(name=name, builtin=False)).inserted_primary_key[0]
            audit(conn, None, by, "group_created", {"name": name})
        return int(gid)

    def add_member(self, user_id: int, group_id: int, *, by: str = "admin") -> None:
        with self.storage.begin() as conn:
            if not conn.execute(sa.select(sys_members).where(sys_members.c.user_id == user_id, sys_members.c.group_id == group_id)).first():
                conn.execute(sys_members.insert().values(user_id=user_id, group_id=group_id))
            audit(conn, None, by, "member_added", {"user_id": user_id, "group_id": group_id})

    def remove_member(self, user_id: int, group_id: int, *, by: str = "admin") -> None:
        with self.storage.begin() as conn:
            conn.execute(sys_members.delete().where(sys_members.c.user_id == user_id, sys_members.c.group_id == group_id))
            audit(conn, None, by, "member_removed", {"user_id": user_id, "group_id": group_id})

    def grant(self, principal: tuple[str, int], object_id: int | None, level: str, *, scope: str = "all",
              filter: Any = None, flags: tuple[str, ...] = (), by: str = "admin") -> None:
        """Set a principal's right on an object (replacing its earlier grant there); object None = global rights."""
        if level not in LEVELS + GLOBAL_RIGHTS or scope not in SCOPES or any(f not in FLAGS for f in flags):
            raise SchemaError("Unknown right, scope or flag")
        if scope == "filter" and filter is None:
            raise SchemaError("A filtered scope needs a filter")
        kind, pid = principal
        with self.storage.begin() as conn:
            match = sa.and_(sys_grants.c.principal_kind == kind, sys_grants.c.principal_id == pid,
                            sys_grants.c.object_id.is_(None) if object_id is None else sys_grants.c.object_id == object_id)
            if object_id is not None:
                conn.execute(sys_grants.delete().where(match))
            else:
                conn.execute(sys_grants.delete().where(match, sys_grants.c.level == level))
            conn.execute(sys_grants.insert().values(
                principal_kind=kind, principal_id=pid, object_id=object_id, level=level, scope=scope,
                filter=None if filter is None else json.dumps(to_plain(filter), ensure_ascii=False), flags=",".join(flags)))
            audit(conn, None, by, "rights_changed", {"principal": [kind, pid], "object_id": object_id, "level": level, "scope": scope})

    def grant_field(self, principal: tuple[str, int], object_id: int, field_id: int, mode: str, *, by: str = "admin") -> None:
        if mode not in FIELD_MODES:
            raise SchemaError(f"Field access must be one of {', '.join(FIELD_MODES)}")
        kind, pid = principal
        with self.storage.begin() as conn:
            conn.execute(sys_field_grants.delete().where(
                sys_field_grants.c.principal_kind == kind, sys_field_grants.c.principal_id == pid,
                sys_field_grants.c.object_id == object_id, sys_field_grants.c.field_id == field_id))
            conn.execute(sys_field_grants.insert().values(principal_kind=kind, principal_id=pid, object_id=object_id,
                                                          field_id=field_id, mode=mode))
            audit(conn, None, by, "field_rights_changed", {"principal": [kind, pid], "field_id": field_id, "mode": mode})

    def share_record(self, object_id: int, record_id: int, principal: tuple[str, int], level: str, *, by: str = "admin") -> None:
        """Grant read/change/full on one record (e.g. share this client with Anna)."""
        if level not in LEVELS:
            raise SchemaError("Unknown level")
        kind, pid = principal
        with self.storage.begin() as conn:
            conn.execute(sys_record_grants.delete().where(
                sys_record_grants.c.object_id == object_id, sys_record_grants.c.record_id == record_id,
                sys_record_grants.c.principal_kind == kind, sys_record_grants.c.principal_id == pid))
            if level != "none":
                conn.execute(sys_record_grants.insert().values(object_id=object_id, record_id=record_id,
                                                               principal_kind=kind, principal_id=pid, level=level))
            audit(conn, None, by, "record_shared", {"object_id": object_id, "record_id": record_id, "level": level})

    def grants_of(self, principal: tuple[str, int]) -> list[ObjectGrant]:
        """One user's or group's own grants (object_id None = global rights such as configure)."""
        kind, pid = principal
        with self.storage.connect() as conn:
            rows = conn.execute(sa.select(sys_grants).where(sys_grants.c.principal_kind == kind,
                                                            sys_grants.c.principal_id == pid)).mappings().all()
        return [ObjectGrant((kind, pid), r["object_id"], r["level"], r["scope"], json.loads(r["filter"]) if r["filter"] else None,
                            frozenset(x for x in r["flags"].split(",") if x)) for r in rows]  # type: ignore[arg-type]

    def field_grants_of(self, principal: tuple[str, int]) -> list[FieldGrant]:
        kind, pid = principal
        with self.storage.connect() as conn:
            rows = conn.execute(sa.select(sys_field_grants).where(sys_field_grants.c.principal_kind == kind,
                                                                  sys_field_grants.c.principal_id == pid)).mappings().all()
        return [FieldGrant((kind, pid), r["object_id"], r["field_id"], r["mode"]) for r in rows]  # type: ignore[arg-type]

    def revoke(self, principal: tuple[str, int], object_id: int | None, level: str | None = None, *, by: str = "admin") -> None:
        """Remove a grant: an object's (back to what the groups give) or a global right (object None, level named)."""
        kind, pid = principal
        with self.storage.begin() as conn:
            query = sys_grants.delete().where(sys_grants.c.principal_kind == kind, sys_grants.c.principal_id == pid)
            if object_id is None:
                query = query.where(sys_grants.c.object_id.is_(None))
                if level is not None:
                    query = query.where(sys_grants.c.level == level)
            else:
                query = query.where(sys_grants.c.object_id == object_id)
            conn.execute(query)
            audit(conn, None, by, "rights_revoked", {"principal": [kind, pid], "object_id": object_id, "level": level})

    def revoke_field(self, principal: tuple[str, int], object_id: int, field_id: int, *, by: str = "admin") -> None:
        kind, pid = principal
        with self.storage.begin() as conn:
            conn.execute(sys_field_grants.delete().where(
                sys_field_grants.c.principal_kind == kind, sys_field_grants.c.principal_id == pid,
                sys_field_grants.c.object_id == object_id, sys_field_grants.c.field_id == field_id))
            audit(conn, None, by, "field_rights_revoked", {"principal": [kind, pid], "field_id": field_id})

    def set_full_name(self, user_id: int, full_name: str, *, by: str = "admin") -> None:
        with self.storage.begin() as conn:
            conn.execute(sys_users.update().where(sys_users.c.id == user_id).values(full_name=full_name.strip()[:200]))
            audit(conn, None, by, "user_renamed", {"user_id": user_id})

    def rename_group(self, group_id: int, name: str, *, by: str = "admin") -> None:
        name = name.strip()
        if not name or len(name) > 100:
            raise SchemaError("A group name must be 1 to 100 characters")
        with self.storage.begin() as conn:
            self._not_builtin(conn, group_id)
            conn.execute(sys_groups.update().where(sys_groups.c.id == group_id).values(name=name))
            audit(conn, None, by, "group_renamed", {"group_id": group_id, "name": name})

    def delete_group(self, group_id: int, *, by: str = "admin") -> None:
        """Remove a group with its memberships and grants (not Administrators)."""
        with self.storage.begin() as conn:
            self._not_builtin(conn, group_id)
            conn.execute(sys_members.delete().where(sys_members.c.group_id == group_id))
            for table in (sys_grants, sys_field_grants, sys_record_grants):
                conn.execute(table.delete().where(table.c.principal_kind == "group", table.c.principal_id == group_id))
            conn.execute(sys_groups.delete().where(sys_groups.c.id == group_id))
            audit(conn, None, by, "group_deleted", {"group_id": group_id})

    def _not_builtin(self, conn: sa.Connection, group_id: int) -> None:
        if conn.execute(sa.select(sys_groups.c.builtin).where(sys_groups.c.id == group_id)).scalar():
            raise SchemaError(f"{ADMIN_GROUP} cannot be renamed or deleted")

    # --- evaluation ---------------------------------------------------------------------------------------
    def rights_of(self, user_id: int | None) -> UserRights:
        """Load everything rights questions need for one user."""
        if user_id is None:
            if self.has_users():
                raise PermissionDenied("Log in first.")
            return unrestricted(None)
        with self.storage.connect() as conn:
            groups = frozenset(conn.execute(sa.select(sys_members.c.group_id).where(sys_members.c.user_id == user_id)).scalars())
            admin = conn.execute(sa.select(sys_groups.c.id).where(sys_groups.c.name == ADMIN_GROUP)).scalar()
            if admin is not None and admin in groups:
                rights = unrestricted(user_id)
                rights.groups = groups
                return rights
            principal = sa.or_(
                sa.and_(sys_grants.c.principal_kind == "user", sys_grants.c.principal_id == user_id),
                sa.and_(sys_grants.c.principal_kind == "group", sys_grants.c.principal_id.in_(groups or {-1})),
            )
            rows = conn.execute(sa.select(sys_grants).where(principal)).mappings().all()
            field_rows = conn.execute(sa.select(sys_field_grants).where(sa.or_(
                sa.and_(sys_field_grants.c.principal_kind == "user", sys_field_grants.c.principal_id == user_id),
                sa.and_(sys_field_grants.c.principal_kind == "group", sys_field_grants.c.principal_id.in_(groups or {-1})),
            ))).mappings().all()
            shared_rows = conn.execute(sa.select(sys_record_grants.c.object_id, sys_record_grants.c.level).where(sa.or_(
                sa.and_(sys_record_grants.c.principal_kind == "user", sys_record_grants.c.principal_id == user_id),
                sa.and_(sys_record_grants.c.principal_kind == "group", sys_record_grants.c.principal_id.in_(groups or {-1})),
            ))).all()
        shared: dict[int, str] = {}
        for object_id, level in shared_rows:
            if LEVELS.index(level) > LEVELS.index(shared.get(object_id, "none")):
                shared[object_id] = level
        global_rights = frozenset(r["level"] for r in rows if r["object_id"] is None)
        object_grants = [ObjectGrant((r["principal_kind"], r["principal_id"]), r["object_id"], r["level"], r["scope"],
                                     json.loads(r["filter"]) if r["filter"] else None,
                                     frozenset(x for x in r["flags"].split(",") if x))
                         for r in rows if r["object_id"] is not None]
        field_grants = [FieldGrant((r["principal_kind"], r["principal_id"]), r["object_id"], r["field_id"], r["mode"]) for r in field_rows]
        return UserRights(user_id, False, groups, global_rights, object_grants, field_grants, shared)

    def audit_log(self, limit: int = 500) -> list[dict[str, Any]]:
        with self.storage.connect() as conn:
            rows = conn.execute(sa.select(sys_audit).order_by(sys_audit.c.id.desc()).limit(limit)).mappings().all()
        return [dict(r) for r in rows]


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise SchemaError(f"A password needs at least {MIN_PASSWORD} characters")


def audit(conn: sa.Connection, user_id: int | None, user_name: str, event: str, detail: dict[str, Any]) -> None:
    """One line in the audit log (logins, rights and structure changes)."""
    conn.execute(sys_audit.insert().values(at=now(), user_id=user_id, user_name=user_name[:100], event=event,
                                           detail=json.dumps(detail, ensure_ascii=False, default=str)))
