"""Groups, memberships, object/field grants and record shares: each call checks manage_access and is audited.

The base of UserService (users.py): split off so each module keeps one purpose. Sharing one record also
works for a user with full rights on that very record (its owner shares it).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError
from supasoft.core.rights import (
    ADMIN_GROUP,
    FIELD_MODES,
    FLAGS,
    GLOBAL_RIGHTS,
    LEVELS,
    SCOPES,
    FieldGrant,
    ObjectGrant,
)
from supasoft.core.serialization import to_plain
from supasoft.core.text_input import text_problem
from supasoft.services.record_model import Actor
from supasoft.services.user_rights import Acting, acting_manager, acting_user, audit
from supasoft.storage.catalog import (
    sys_field_grants,
    sys_grants,
    sys_groups,
    sys_members,
    sys_record_grants,
    sys_users,
)
from supasoft.storage.store import Storage

#: The level on one record a user needs to share it without 'manage_access'.
SHARE_LEVEL = "full"


class GroupsAndGrants:
    """Groups and grants of the session's user (the rights manager); UserService adds accounts and logins."""

    storage: Storage
    actor: Actor
    access: Any  # the session's AccessService: record levels for sharing

    def _manager(self, conn: sa.Connection) -> Acting:
        return acting_manager(conn, self.actor.user_id)

    def _require_manager(self) -> None:
        with self.storage.connect() as conn:
            self._manager(conn)

    def _user(self, conn: sa.Connection, user_id: int) -> None:
        if conn.execute(sa.select(sys_users.c.id).where(sys_users.c.id == user_id)).first() is None:
            raise NotFound(f"No user #{user_id}")

    def _group(self, conn: sa.Connection, group_id: int) -> None:
        if conn.execute(sa.select(sys_groups.c.id).where(sys_groups.c.id == group_id)).first() is None:
            raise NotFound(f"No group #{group_id}")

    # --- groups and grants ----------------------------------------------------------------------------
    def create_group(self, name: str) -> int:
        name = checked_name(name.strip())
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
        name = checked_name(name.strip())
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


def checked_name(name: str) -> str:
    """A group name without control characters or half character pairs (they cannot be stored)."""
    problem = text_problem(name)
    if problem is not None:
        raise SchemaError(f"The group name {problem}")
    return name
