"""What a user or group has been granted, read through the public services.

UserService has no "grants of this principal" query yet, so this reads them the long way:
a principal's own grants from rights_of() of a (non-administrator) member, global rights and
memberless groups from the audit log, and remembers what this window granted itself.
"""

from __future__ import annotations

import json
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
    partial: bool = False  # read from the audit log: flags and saved filters set earlier are unknown


class GrantsReader:
    """Reads a principal's direct grants; `remember()` keeps what was just written for memberless groups."""

    def __init__(self, session: Session):
        self.session = session
        self._written: dict[Principal, PrincipalGrants] = {}

    def remember_object(self, principal: Principal, object_id: int, grant: GrantView) -> None:
        self._written.setdefault(principal, PrincipalGrants()).objects[object_id] = grant

    def remember_field(self, principal: Principal, object_id: int, field_id: int, mode: str) -> None:
        self._written.setdefault(principal, PrincipalGrants()).fields[(object_id, field_id)] = mode

    def remember_global(self, principal: Principal, right: str) -> None:
        self._written.setdefault(principal, PrincipalGrants()).global_rights.add(right)

    def read(self, principal: Principal) -> PrincipalGrants:
        users = self.session.users
        kind, pid = principal
        groups = users.groups()
        admin_gid = groups.get(ADMIN_GROUP)
        infos = users.users()
        result = PrincipalGrants()
        if kind == "group":
            result.administrator = pid == admin_gid
            member = next((u.id for u in infos if any(groups.get(g) == pid for g in u.groups)
                           and ADMIN_GROUP not in u.groups), None)
        else:
            result.administrator = any(u.id == pid and ADMIN_GROUP in u.groups for u in infos)
            member = None if result.administrator else pid
        if member is not None:
            rights = users.rights_of(member)
            for g in rights.object_grants:
                if tuple(g.principal) == (kind, pid):
                    result.objects[g.object_id] = GrantView(g.level, g.scope, g.filter, frozenset(g.flags))
            for fg in rights.field_grants:
                if tuple(fg.principal) == (kind, pid):
                    result.fields[(fg.object_id, fg.field_id)] = fg.mode
        self._from_audit(principal, result, objects=member is None)
        result.partial = member is None and kind == "group" and bool(result.objects)
        written = self._written.get(principal)
        if written is not None:
            result.objects.update(written.objects)
            result.fields.update(written.fields)
            result.global_rights |= written.global_rights
        return result

    def _from_audit(self, principal: Principal, result: PrincipalGrants, *, objects: bool) -> None:
        """Global rights (and, when no member can tell, object and field levels) from the audit log."""
        fields_of = {f.id: o.id for o in self.session.configuration.config.objects for f in o.fields}
        for entry in reversed(self.session.users.audit_log(limit=100000)):  # oldest first: later wins
            if entry.get("event") not in ("rights_changed", "field_rights_changed"):
                continue
            try:
                detail = json.loads(entry.get("detail") or "{}")
            except ValueError:
                continue
            who = detail.get("principal")
            if not who or (who[0], int(who[1])) != tuple(principal):
                continue
            if entry["event"] == "rights_changed":
                object_id, level = detail.get("object_id"), detail.get("level")
                if object_id is None and level in GLOBAL_RIGHTS:
                    result.global_rights.add(level)
                elif objects and object_id is not None:
                    result.objects[int(object_id)] = GrantView(level, detail.get("scope", "all"))
            elif objects and detail.get("field_id") in fields_of:
                result.fields[(fields_of[detail["field_id"]], int(detail["field_id"]))] = detail.get("mode", "editable")
