"""Loading a user's rights, and the lock on rights management: who acts, may they, and the audit line.

Every call of UserService that reads or changes users, groups, grants or the audit log first asks
`acting_manager()` inside its own transaction: the acting user comes from the session's Actor, is
re-read from the database (active, member of Administrators or holding manage_access) and named in
the audit log by the login stored for that id, never by a name the caller passes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from supasoft.core.errors import PermissionDenied
from supasoft.core.rights import ADMIN_GROUP, LEVELS, FieldGrant, ObjectGrant, UserRights, unrestricted
from supasoft.storage.catalog import (
    sys_audit,
    sys_field_grants,
    sys_grants,
    sys_groups,
    sys_members,
    sys_record_grants,
    sys_users,
)
from supasoft.storage.store import now

#: The audit log's name for the one local user of a database without users (the free edition).
FREE_EDITION_USER = "(single user, no logins)"


@dataclass(frozen=True)
class Acting:
    """Who performs a rights-management call: written into the audit log."""

    user_id: int | None
    name: str


def has_users(conn: sa.Connection) -> bool:
    return conn.execute(sa.select(sys_users.c.id).limit(1)).first() is not None


def acting_user(conn: sa.Connection, user_id: int | None) -> Acting:
    """The session's user as the database knows them; PermissionDenied when not logged in or disabled."""
    if user_id is None:
        if has_users(conn):
            raise PermissionDenied("This database has users: log in first.")
        return Acting(None, FREE_EDITION_USER)
    row = conn.execute(sa.select(sys_users.c.login, sys_users.c.active).where(sys_users.c.id == user_id)).first()
    if row is None or not row[1]:
        raise PermissionDenied("Your account no longer exists or is disabled.")
    return Acting(user_id, str(row[0]))


def acting_manager(conn: sa.Connection, user_id: int | None) -> Acting:
    """The acting user if they may manage access rights now (re-read, not cached); PermissionDenied otherwise."""
    acting = acting_user(conn, user_id)
    if acting.user_id is not None and not load_rights(conn, acting.user_id).has_global("manage_access"):
        raise PermissionDenied("You do not have the right to manage access rights.")
    return acting


def load_rights(conn: sa.Connection, user_id: int) -> UserRights:
    """Everything rights questions need for one user, read in one connection."""
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


def audit(conn: sa.Connection, acting: Acting, event: str, detail: dict[str, Any]) -> None:
    """One line in the audit log (logins, rights and structure changes), naming who acted."""
    conn.execute(sys_audit.insert().values(at=now(), user_id=acting.user_id, user_name=acting.name[:100], event=event,
                                           detail=json.dumps(detail, ensure_ascii=False, default=str)))
