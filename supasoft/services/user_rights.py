"""Loading a user's rights, and the lock on rights management: who acts, may they, and the audit line.

Every call of UserService that reads or changes users, groups, grants or the audit log first asks
`acting_manager()` inside its own transaction: the acting user comes from the session's Actor, is
re-read from the database (active, member of Administrators or holding manage_access) and named in
the audit log by the login stored for that id, never by a name the caller passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from supasoft.core.errors import PermissionDenied
from supasoft.core.rights import ADMIN_GROUP, LEVELS, UserRights, unrestricted
from supasoft.storage import catalog_repository as accounts
from supasoft.storage import grants_repository as grants
from supasoft.storage.connection import Connection

#: The audit log's name for the one local user of a database without users (the free edition).
FREE_EDITION_USER = "(single user, no logins)"


@dataclass(frozen=True)
class Acting:
    """Who performs a rights-management call: written into the audit log."""

    user_id: int | None
    name: str


def has_users(conn: Connection) -> bool:
    return accounts.has_users(conn)


def acting_user(conn: Connection, user_id: int | None) -> Acting:
    """The session's user as the database knows them; PermissionDenied when not logged in or disabled."""
    if user_id is None:
        if accounts.has_users(conn):
            raise PermissionDenied("This database has users: log in first.")
        return Acting(None, FREE_EDITION_USER)
    found = accounts.login_of(conn, user_id)
    if found is None or not found[1]:
        raise PermissionDenied("Your account no longer exists or is disabled.")
    return Acting(user_id, found[0])


def acting_manager(conn: Connection, user_id: int | None) -> Acting:
    """The acting user if they may manage access rights now (re-read, not cached); PermissionDenied otherwise."""
    acting = acting_user(conn, user_id)
    if acting.user_id is not None and not load_rights(conn, acting.user_id).has_global("manage_access"):
        raise PermissionDenied("You do not have the right to manage access rights.")
    return acting


def load_rights(conn: Connection, user_id: int) -> UserRights:
    """Everything rights questions need for one user, read in one connection."""
    groups = accounts.groups_of(conn, user_id)
    admin = accounts.group_id_by_name(conn, ADMIN_GROUP)
    if admin is not None and admin in groups:
        rights = unrestricted(user_id)
        rights.groups = groups
        return rights
    object_grants = grants.grants_for(conn, user_id, groups)
    shared: dict[int, str] = {}
    for object_id, level in grants.shares_for(conn, user_id, groups):
        if LEVELS.index(level) > LEVELS.index(shared.get(object_id, "none")):
            shared[object_id] = level
    global_rights = frozenset(g.level for g in object_grants if g.object_id is None)
    return UserRights(user_id, False, groups, global_rights, [g for g in object_grants if g.object_id is not None],
                      grants.field_grants_for(conn, user_id, groups), shared)


def audit(conn: Connection, acting: Acting, event: str, detail: dict[str, Any]) -> None:
    """One line in the audit log (logins, rights and structure changes), naming who acted."""
    grants.write_audit(conn, acting.user_id, acting.name, event, detail)
