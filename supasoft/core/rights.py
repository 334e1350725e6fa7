"""Pure rights evaluation: who may do what with which object, rows and fields (no SQL, no Qt).

Rules (documented for admins in docs/access-rights.md):
- A database without users is the free single-user edition: the one local user has every right.
- Members of Administrators have every right.
- Per object, a user-level grant overrides the user's group grants for that object; otherwise the
  group grants combine, each giving its level over its scope (all rows, own rows, own group's rows,
  or rows matching a saved filter). Without any grant: no access (deny by default).
- Record grants (sharing) add rights on single records on top.
- Per field, a user-level entry overrides group entries; among groups the most open wins; the
  default is editable (subject to the object level).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

LEVELS: tuple[str, ...] = ("none", "read", "change", "full")
SCOPES: tuple[str, ...] = ("all", "own", "own_group", "filter")
FIELD_MODES: tuple[str, ...] = ("hidden", "read_only", "editable")
FLAGS: tuple[str, ...] = ("export", "report", "document", "report_all")  # report_all: reports count every record
GLOBAL_RIGHTS: tuple[str, ...] = ("configure", "manage_access")
ADMIN_GROUP = "Administrators"

#: What each record action needs.
ACTION_LEVEL = {"read": "read", "update": "change", "create": "full", "delete": "full"}

Principal = tuple[Literal["user", "group"], int]


def level_rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else 0


@dataclass(frozen=True)
class ObjectGrant:
    """A level on an object for a user or group, over a scope, plus export/report/document flags."""

    principal: Principal
    object_id: int
    level: str = "read"
    scope: str = "all"
    filter: Any = None  # a FilterGroup (as plain data) when scope == "filter"
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FieldGrant:
    principal: Principal
    object_id: int
    field_id: int
    mode: str = "editable"


@dataclass
class UserRights:
    """Everything needed to answer rights questions for one user, loaded once per login/change."""

    user_id: int | None
    unrestricted: bool  # free edition or administrator
    groups: frozenset[int] = frozenset()
    global_rights: frozenset[str] = frozenset()
    object_grants: list[ObjectGrant] = field(default_factory=list)
    field_grants: list[FieldGrant] = field(default_factory=list)
    shared: dict[int, str] = field(default_factory=dict)  # object id -> highest level of records shared with the user

    def grants_for(self, object_id: int) -> list[ObjectGrant]:
        """The grants that decide an object: the user's own if any, else the groups'."""
        own = [g for g in self.object_grants if g.object_id == object_id and g.principal == ("user", self.user_id)]
        if own:
            return own
        return [g for g in self.object_grants
                if g.object_id == object_id and g.principal[0] == "group" and g.principal[1] in self.groups]

    def best_level(self, object_id: int) -> str:
        """The highest level any scope gives on the object (what menus and buttons show)."""
        if self.unrestricted:
            return "full"
        grants = self.grants_for(object_id)
        levels = [g.level for g in grants] + [self.shared.get(object_id, "none")]
        return max(levels, key=level_rank, default="none")

    def has_flag(self, object_id: int, flag: str) -> bool:
        if self.unrestricted:
            return True
        return any(flag in g.flags and level_rank(g.level) >= level_rank("read") for g in self.grants_for(object_id))

    def has_global(self, right: str) -> bool:
        return self.unrestricted or right in self.global_rights

    def scopes_for(self, object_id: int, needed: str) -> list[ObjectGrant]:
        """Grants whose level reaches `needed`; their scopes together say which rows qualify."""
        return [g for g in self.grants_for(object_id) if level_rank(g.level) >= level_rank(needed)]

    def field_mode(self, object_id: int, field_id: int) -> str:
        if self.unrestricted:
            return "editable"
        own = [g for g in self.field_grants
               if g.object_id == object_id and g.field_id == field_id and g.principal == ("user", self.user_id)]
        if own:
            return own[0].mode
        modes = [g.mode for g in self.field_grants
                 if g.object_id == object_id and g.field_id == field_id and g.principal[0] == "group"
                 and g.principal[1] in self.groups]
        if not modes:
            return "editable"
        return max(modes, key=FIELD_MODES.index)


def unrestricted(user_id: int | None = None) -> UserRights:
    """Rights of the free single user or an administrator."""
    return UserRights(user_id, True, global_rights=frozenset(GLOBAL_RIGHTS))
