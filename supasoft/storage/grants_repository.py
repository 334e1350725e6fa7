"""Object, field and record grants and the audit log as plain values: the statements rights management needs.

Grants come back as core.rights ObjectGrant / FieldGrant (filters decoded from their JSON); the audit
log as dicts. Every function works inside the caller's connection or transaction.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from supasoft.core.rights import FieldGrant, ObjectGrant
from supasoft.storage.catalog import sys_audit, sys_field_grants, sys_grants, sys_record_grants
from supasoft.storage.store import now


def _object_grant(r: Any) -> ObjectGrant:
    return ObjectGrant((r["principal_kind"], r["principal_id"]), r["object_id"], r["level"], r["scope"],
                       json.loads(r["filter"]) if r["filter"] else None,
                       frozenset(x for x in r["flags"].split(",") if x))


def _field_grant(r: Any) -> FieldGrant:
    return FieldGrant((r["principal_kind"], r["principal_id"]), r["object_id"], r["field_id"], r["mode"])


def _of_user_or_groups(table: sa.Table, user_id: int, groups: frozenset[int]) -> Any:
    return sa.or_(
        sa.and_(table.c.principal_kind == "user", table.c.principal_id == user_id),
        sa.and_(table.c.principal_kind == "group", table.c.principal_id.in_(groups or {-1})),
    )


# --- one principal's grants --------------------------------------------------------------------------
def grants_of(conn: sa.Connection, kind: str, principal_id: int) -> list[ObjectGrant]:
    """A user's or group's own grants (object_id None = a global right)."""
    rows = conn.execute(sa.select(sys_grants).where(sys_grants.c.principal_kind == kind,
                                                    sys_grants.c.principal_id == principal_id)).mappings().all()
    return [_object_grant(r) for r in rows]


def field_grants_of(conn: sa.Connection, kind: str, principal_id: int) -> list[FieldGrant]:
    rows = conn.execute(sa.select(sys_field_grants).where(
        sys_field_grants.c.principal_kind == kind, sys_field_grants.c.principal_id == principal_id)).mappings().all()
    return [_field_grant(r) for r in rows]


def put_grant(conn: sa.Connection, kind: str, principal_id: int, object_id: int | None, level: str, scope: str,
              filter: Any, flags: tuple[str, ...]) -> None:
    """Set a right, replacing the principal's grant on that object (or that same global right); filter is plain data."""
    match = sa.and_(sys_grants.c.principal_kind == kind, sys_grants.c.principal_id == principal_id,
                    sys_grants.c.object_id.is_(None) if object_id is None else sys_grants.c.object_id == object_id)
    if object_id is not None:
        conn.execute(sys_grants.delete().where(match))
    else:
        conn.execute(sys_grants.delete().where(match, sys_grants.c.level == level))
    conn.execute(sys_grants.insert().values(
        principal_kind=kind, principal_id=principal_id, object_id=object_id, level=level, scope=scope,
        filter=None if filter is None else json.dumps(filter, ensure_ascii=False), flags=",".join(flags)))


def delete_grants(conn: sa.Connection, kind: str, principal_id: int, object_id: int | None,
                  level: str | None = None) -> None:
    """Remove the grant on an object, or global rights (object None; only `level` when named)."""
    query = sys_grants.delete().where(sys_grants.c.principal_kind == kind, sys_grants.c.principal_id == principal_id)
    if object_id is None:
        query = query.where(sys_grants.c.object_id.is_(None))
        if level is not None:
            query = query.where(sys_grants.c.level == level)
    else:
        query = query.where(sys_grants.c.object_id == object_id)
    conn.execute(query)


def _field_match(kind: str, principal_id: int, object_id: int, field_id: int) -> Any:
    return sa.and_(sys_field_grants.c.principal_kind == kind, sys_field_grants.c.principal_id == principal_id,
                   sys_field_grants.c.object_id == object_id, sys_field_grants.c.field_id == field_id)


def put_field_grant(conn: sa.Connection, kind: str, principal_id: int, object_id: int, field_id: int, mode: str) -> None:
    conn.execute(sys_field_grants.delete().where(_field_match(kind, principal_id, object_id, field_id)))
    conn.execute(sys_field_grants.insert().values(principal_kind=kind, principal_id=principal_id, object_id=object_id,
                                                  field_id=field_id, mode=mode))


def delete_field_grant(conn: sa.Connection, kind: str, principal_id: int, object_id: int, field_id: int) -> None:
    conn.execute(sys_field_grants.delete().where(_field_match(kind, principal_id, object_id, field_id)))


def put_record_grant(conn: sa.Connection, object_id: int, record_id: int, kind: str, principal_id: int,
                     level: str) -> None:
    """Share one record at a level, replacing the principal's earlier share ('none' only removes it)."""
    conn.execute(sys_record_grants.delete().where(
        sys_record_grants.c.object_id == object_id, sys_record_grants.c.record_id == record_id,
        sys_record_grants.c.principal_kind == kind, sys_record_grants.c.principal_id == principal_id))
    if level != "none":
        conn.execute(sys_record_grants.insert().values(object_id=object_id, record_id=record_id,
                                                       principal_kind=kind, principal_id=principal_id, level=level))


# --- everything that applies to one user -------------------------------------------------------------
def grants_for(conn: sa.Connection, user_id: int, groups: frozenset[int]) -> list[ObjectGrant]:
    """The user's own grants and those of their groups (object_id None = a global right)."""
    rows = conn.execute(sa.select(sys_grants).where(_of_user_or_groups(sys_grants, user_id, groups))).mappings().all()
    return [_object_grant(r) for r in rows]


def field_grants_for(conn: sa.Connection, user_id: int, groups: frozenset[int]) -> list[FieldGrant]:
    rows = conn.execute(sa.select(sys_field_grants).where(
        _of_user_or_groups(sys_field_grants, user_id, groups))).mappings().all()
    return [_field_grant(r) for r in rows]


def shares_for(conn: sa.Connection, user_id: int, groups: frozenset[int]) -> list[tuple[int, str]]:
    """(object id, level) of every record shared with the user or their groups."""
    rows = conn.execute(sa.select(sys_record_grants.c.object_id, sys_record_grants.c.level).where(
        _of_user_or_groups(sys_record_grants, user_id, groups))).all()
    return [(int(o), str(level)) for o, level in rows]


# --- audit log ---------------------------------------------------------------------------------------
def write_audit(conn: sa.Connection, user_id: int | None, user_name: str, event: str, detail: dict[str, Any]) -> None:
    conn.execute(sys_audit.insert().values(at=now(), user_id=user_id, user_name=user_name[:100], event=event,
                                           detail=json.dumps(detail, ensure_ascii=False, default=str)))


def audit_entries(conn: sa.Connection, limit: int) -> list[dict[str, Any]]:
    """The newest audit lines first, as dicts of their columns."""
    rows = conn.execute(sa.select(sys_audit).order_by(sys_audit.c.id.desc()).limit(limit)).mappings().all()
    return [dict(r) for r in rows]
