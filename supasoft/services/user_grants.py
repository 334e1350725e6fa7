"""Groups, memberships, object/field grants and record shares: each call checks manage_access and is audited.

The base of UserService (users.py): split off so each module keeps one purpose. Sharing one record also
works for a user with full rights on that very record (its owner shares it).
"""

from __future__ import annotations

from typing import Any

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError
from supasoft.core.messages import Message
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
from supasoft.storage import catalog_repository as accounts
from supasoft.storage import grants_repository as grants
from supasoft.storage.connection import Connection
from supasoft.storage.store import Storage

#: The level on one record a user needs to share it without 'manage_access'.
SHARE_LEVEL = "full"


class GroupsAndGrants:
    """Groups and grants of the session's user (the rights manager); UserService adds accounts and logins."""

    storage: Storage
    actor: Actor
    access: Any  # the session's AccessService: record levels for sharing

    def _manager(self, conn: Connection) -> Acting:
        return acting_manager(conn, self.actor.user_id)

    def _require_manager(self) -> None:
        with self.storage.connect() as conn:
            self._manager(conn)

    def _user(self, conn: Connection, user_id: int) -> None:
        if not accounts.user_exists(conn, user_id):
            raise NotFound(Message("No user #{id}", id=user_id))

    def _group(self, conn: Connection, group_id: int) -> None:
        if not accounts.group_exists(conn, group_id):
            raise NotFound(Message("No group #{id}", id=group_id))

    # --- groups and grants ----------------------------------------------------------------------------
    def create_group(self, name: str) -> int:
        name = checked_name(name.strip())
        if not name or len(name) > 100:
            raise SchemaError(Message("A group name must be 1 to 100 characters"))
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            if accounts.group_id_by_name(conn, name) is not None:
                raise SchemaError(Message("A group named {name!r} exists", name=name))
            gid = accounts.insert_group(conn, name)
            audit(conn, acting, "group_created", {"name": name})
        return gid

    def add_member(self, user_id: int, group_id: int) -> None:
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._user(conn, user_id)
            self._group(conn, group_id)
            accounts.add_member(conn, user_id, group_id)
            audit(conn, acting, "member_added", {"user_id": user_id, "group_id": group_id})

    def remove_member(self, user_id: int, group_id: int) -> None:
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            if accounts.group_is_builtin(conn, group_id) and user_id == acting.user_id:
                raise SchemaError(Message("You cannot remove yourself from the administrators."))
            accounts.remove_member(conn, user_id, group_id)
            audit(conn, acting, "member_removed", {"user_id": user_id, "group_id": group_id})

    def grant(self, principal: tuple[str, int], object_id: int | None, level: str, *, scope: str = "all",
              filter: Any = None, flags: tuple[str, ...] = ()) -> None:
        """Set a principal's right on an object (replacing its earlier grant there); object None = global rights."""
        if level not in LEVELS + GLOBAL_RIGHTS or scope not in SCOPES or any(f not in FLAGS for f in flags):
            raise SchemaError(Message("Unknown right, scope or flag"))
        if scope == "filter" and filter is None:
            raise SchemaError(Message("A filtered scope needs a filter"))
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._principal(conn, principal)
            grants.put_grant(conn, kind, pid, object_id, level, scope, None if filter is None else to_plain(filter), flags)
            audit(conn, acting, "rights_changed", {"principal": [kind, pid], "object_id": object_id, "level": level, "scope": scope})

    def _principal(self, conn: Connection, principal: tuple[str, int]) -> None:
        kind, pid = principal
        if kind == "user":
            self._user(conn, pid)
        elif kind == "group":
            self._group(conn, pid)
        else:
            raise SchemaError(Message("A right is given to a user or a group"))

    def grant_field(self, principal: tuple[str, int], object_id: int, field_id: int, mode: str) -> None:
        if mode not in FIELD_MODES:
            raise SchemaError(Message("Field access must be one of {modes}", modes=", ".join(FIELD_MODES)))
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._principal(conn, principal)
            grants.put_field_grant(conn, kind, pid, object_id, field_id, mode)
            audit(conn, acting, "field_rights_changed", {"principal": [kind, pid], "field_id": field_id, "mode": mode})

    def share_record(self, object_id: int, record_id: int, principal: tuple[str, int], level: str) -> None:
        """Grant read/change/full on one record (e.g. share this client with Anna).

        Needs 'manage_access', or full rights on that very record (its owner with full rights shares it)."""
        if level not in LEVELS:
            raise SchemaError(Message("Unknown level"))
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._sharer(conn, object_id, record_id)
            self._principal(conn, principal)
            grants.put_record_grant(conn, object_id, record_id, kind, pid, level)
            audit(conn, acting, "record_shared", {"object_id": object_id, "record_id": record_id, "level": level,
                                                  "principal": [kind, pid]})

    def _sharer(self, conn: Connection, object_id: int, record_id: int) -> Acting:
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
            return grants.grants_of(conn, kind, pid)

    def field_grants_of(self, principal: tuple[str, int]) -> list[FieldGrant]:
        kind, pid = principal
        with self.storage.connect() as conn:
            self._manager(conn)
            return grants.field_grants_of(conn, kind, pid)

    def revoke(self, principal: tuple[str, int], object_id: int | None, level: str | None = None) -> None:
        """Remove a grant: an object's (back to what the groups give) or a global right (object None, level named)."""
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            grants.delete_grants(conn, kind, pid, object_id, level)
            audit(conn, acting, "rights_revoked", {"principal": [kind, pid], "object_id": object_id, "level": level})

    def revoke_field(self, principal: tuple[str, int], object_id: int, field_id: int) -> None:
        kind, pid = principal
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            grants.delete_field_grant(conn, kind, pid, object_id, field_id)
            audit(conn, acting, "field_rights_revoked", {"principal": [kind, pid], "field_id": field_id})

    def rename_group(self, group_id: int, name: str) -> None:
        name = checked_name(name.strip())
        if not name or len(name) > 100:
            raise SchemaError(Message("A group name must be 1 to 100 characters"))
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._group(conn, group_id)
            self._not_builtin(conn, group_id)
            accounts.rename_group(conn, group_id, name)
            audit(conn, acting, "group_renamed", {"group_id": group_id, "name": name})

    def delete_group(self, group_id: int) -> None:
        """Remove a group with its memberships and grants (not Administrators)."""
        with self.storage.begin() as conn:
            acting = self._manager(conn)
            self._group(conn, group_id)
            self._not_builtin(conn, group_id)
            accounts.delete_group(conn, group_id)
            audit(conn, acting, "group_deleted", {"group_id": group_id})

    def _not_builtin(self, conn: Connection, group_id: int) -> None:
        if accounts.group_is_builtin(conn, group_id):
            raise SchemaError(Message("{group} cannot be renamed or deleted", group=ADMIN_GROUP))


def checked_name(name: str) -> str:
    """A group name without control characters or half character pairs (they cannot be stored)."""
    problem = text_problem(name)
    if problem is not None:
        raise SchemaError(Message("The group name {problem}", problem=problem))
    return name
