"""What a user or group has been granted, read through the public services.

A principal's own grants come from UserService.grants_of / field_grants_of (both need 'manage_access'),
so the grids always show what is stored, including changes made in another window meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from supasoft.core.rights import ADMIN_GROUP, GLOBAL_RIGHTS, Principal
from supasoft.services.session import Session


@dataclass
class GrantView:
    """One object grant as the grid edits it."""

    level: str = "none"
    scope: str = "all"
    filter: Any = None
    flags: frozenset[str] = frozenset()


@dataclass
class PrincipalGrants:
    """Everything one user or group has been given directly (not through groups)."""

    administrator: bool = False
    objects: dict[int, GrantView] = field(default_factory=dict)
    fields: dict[tuple[int, int], str] = field(default_factory=dict)  # (object id, field id) -> mode
    global_rights: set[str] = field(default_factory=set)


class GrantsReader:
    """Reads a principal's direct grants (not what they get through groups)."""

    def __init__(self, session: Session):
        self.session = session

    def read(self, principal: Principal) -> PrincipalGrants:
        users = self.session.users
        kind, pid = principal
        result = PrincipalGrants()
        if kind == "group":
            result.administrator = pid == users.groups().get(ADMIN_GROUP)
        else:
            result.administrator = any(u.id == pid and ADMIN_GROUP in u.groups for u in users.users())
        for g in users.grants_of(principal):
            if g.object_id is None:
                if g.level in GLOBAL_RIGHTS:
                    result.global_rights.add(g.level)
            else:
                result.objects[g.object_id] = GrantView(g.level, g.scope, g.filter, frozenset(g.flags))
        for fg in users.field_grants_of(principal):
            result.fields[(fg.object_id, fg.field_id)] = fg.mode
        return result
