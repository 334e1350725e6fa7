"""The one rights checkpoint every service calls: deny by default once users exist.

The records, configuration, exchange, report and document services ask `require()` before acting,
add `row_filter()` to every query (lists, search, counts, pickers, positions), re-check single
records with `record_level()`, and drop hidden fields with `field_mode()`. Hidden fields never
leave the services. The UI only shows or hides menus; it is never the lock.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from supasoft.core.errors import PermissionDenied
from supasoft.core.messages import Message
from supasoft.core.meta import Condition, FilterGroup
from supasoft.core.rights import ACTION_LEVEL, LEVELS, UserRights, level_rank, unrestricted
from supasoft.core.serialization import from_plain
from supasoft.services.derived_rights import hidden_derived_fields
from supasoft.storage import rights_filter
from supasoft.storage.connection import Connection

ACTIONS = ("read", "create", "update", "delete", "export", "report", "report_all", "document", "configure",
           "manage_access")
_WORDS = {"read": "read", "create": "create records in", "update": "change records in", "delete": "delete records in",
          "export": "export", "report": "build reports on", "document": "make documents from",
          "configure": "change the structure", "manage_access": "manage access rights"}


class AccessService:
    """Answers 'may the current user do this?' for one logged-in user (or the free single user)."""

    def __init__(self, rights: UserRights | None = None, records: Callable[[], Any] | None = None):
        self.rights = rights or unrestricted()
        self._records = records  # the session's RecordService (built after this service): row filters need it
        self._derived: tuple[tuple[int, int], set[tuple[int, int]]] | None = None

    @property
    def records(self) -> Any:
        """The session's RecordService, or None for a service working without one (everything object-level)."""
        return self._records() if self._records is not None else None

    @property
    def full_rights(self) -> bool:
        return self.rights.unrestricted

    def use(self, rights: UserRights) -> None:
        """Switch to another user's rights (after a login or a rights change)."""
        self.rights = rights

    # --- object level -----------------------------------------------------------------------------------
    def allowed(self, action: str, object_id: int | None = None) -> bool:
        if action not in ACTIONS:
            return False
        rights = self.rights
        if rights.unrestricted:
            return True
        if action in ("configure", "manage_access"):
            return rights.has_global(action)
        if object_id is None:
            return False
        if action == "report_all":  # counting every record: the report right too, and the flag of its own
            return rights.has_flag(object_id, "report") and rights.has_flag(object_id, action)
        if action in ("export", "report", "document"):
            return rights.has_flag(object_id, action)
        return level_rank(rights.best_level(object_id)) >= level_rank(ACTION_LEVEL[action])

    def require(self, action: str, object_id: int | None = None) -> None:
        """Raise PermissionDenied unless the action is allowed."""
        if not self.allowed(action, object_id):
            objects = ""
            if object_id is not None and self.records is not None:
                try:
                    objects = self.records.config.object_by_id(object_id).plural
                except KeyError:
                    objects = ""
            raise PermissionDenied(denied(action, objects))

    # --- fields -----------------------------------------------------------------------------------------
    def field_mode(self, object_id: int, field_id: int) -> str:
        """hidden, read_only or editable; a formula or source reading something hidden from the user is hidden too."""
        mode = self.rights.field_mode(object_id, field_id)
        if mode != "hidden" and not self.rights.unrestricted and (object_id, field_id) in self._derived_hidden():
            return "hidden"
        return mode

    def field_visible(self, object_id: int, field_id: int) -> bool:
        return self.field_mode(object_id, field_id) != "hidden"

    def _derived_hidden(self) -> set[tuple[int, int]]:
        """Formula and source fields hidden because of their inputs (cached per structure version and rights)."""
        records = self.records
        if records is None:
            return set()
        config = records.config
        key = (config.version, id(self.rights))
        if self._derived is None or self._derived[0] != key:
            hidden = hidden_derived_fields(
                config, lambda obj: records.formulas.compiled(config, obj),
                lambda o, f: self.rights.field_mode(o, f) != "hidden", lambda o: self.allowed("read", o))
            self._derived = (key, hidden)
        return self._derived[1]

    def children_readable(self, conn: Connection, child_id: int, link_field_id: int, parent_id: int) -> bool:
        """Whether the user may read every child record linked to the parent (an aggregate over them shows them all)."""
        if self.rights.unrestricted:
            return True
        child = self.records.obj(child_id)
        table = self.records.repo().table(child)
        condition = self.row_filter(child_id, "read", table)
        if condition is None:
            return self.allowed("read", child_id)
        return rights_filter.all_children_match(conn, table, child.field_by_id(link_field_id), parent_id, condition)

    def path_visible(self, object_id: int, path: tuple[int, ...]) -> bool:
        """A column path is visible when every field on it is (and referenced objects are readable)."""
        if self.rights.unrestricted or not path:
            return True
        config = self.records.config
        current = config.object_by_id(object_id)
        for depth, field_id in enumerate(path):
            if not self.field_visible(current.id, field_id):
                return False
            field = current.field_by_id(field_id)
            if depth < len(path) - 1 and field.target is not None:
                current = config.object_by_id(field.target)
                if not self.allowed("read", current.id):
                    return False
        return True

    # --- rows -------------------------------------------------------------------------------------------
    def row_filter(self, object_id: int, needed: str = "read", table: Any = None) -> Any:
        """The condition a query must add (None = every row; storage spells it in SQL)."""
        rights = self.rights
        if rights.unrestricted:
            return None
        if table is None:
            table = self.records.repo().table(self.records.obj(object_id))
        parts: list[Any] = []
        for grant in rights.scopes_for(object_id, needed):
            if grant.scope == "all":
                return None
            if grant.scope == "own":
                parts.append(rights_filter.owned_by(table, rights.user_id))
            elif grant.scope == "own_group":
                parts.append(rights_filter.owned_by_groups(table, rights.groups))
            elif grant.scope == "filter" and grant.filter is not None:
                parts.append(self._saved_filter(object_id, grant.filter, table))
        levels = [lv for lv in LEVELS if level_rank(lv) >= level_rank(needed)]
        parts.append(rights_filter.shared_with(table, object_id, levels, rights.user_id, rights.groups))
        return rights_filter.any_of(parts)

    def _saved_filter(self, object_id: int, plain: Any, table: Any) -> Any:
        """A saved filter as a condition on the base table (paths through references become subqueries)."""
        group = from_plain(FilterGroup, json.loads(plain) if isinstance(plain, str) else plain)
        repo = self.records.repo()
        repo.readable = None  # the rights filter itself reads plainly (no rights inside rights)
        builder = repo.builder(self.records.obj(object_id), self.records.context())
        return rights_filter.matching_filter(builder, group, table)

    def record_level(self, conn: Connection, object_id: int, record_id: int) -> str:
        """The user's level on one record: the highest level whose scope includes it (re-checked on every use)."""
        if self.rights.unrestricted:
            return "full"
        table = self.records.repo().table(self.records.obj(object_id))
        for level in ("full", "change", "read"):
            condition = self.row_filter(object_id, level, table)
            if rights_filter.record_matches(conn, table, record_id, condition) and (
                    condition is not None or self.rights.scopes_for(object_id, level)):
                return level
        return "none"

    def require_record(self, conn: Connection, object_id: int, record_id: int, action: str) -> None:
        needed = ACTION_LEVEL[action]
        if level_rank(self.record_level(conn, object_id, record_id)) < level_rank(needed):
            raise PermissionDenied(Message("You do not have the right to " + _WORDS.get(action, action) + " this record."))


def denied(action: str, objects: str = "") -> Message:
    """'You do not have the right to create records in Clients.' as a Message the UI can translate."""
    if objects:
        return Message("You do not have the right to " + _WORDS.get(action, action) + " {objects}.", objects=objects)
    return Message("You do not have the right to " + _WORDS.get(action, action) + ".")


def own_filter(field_path: tuple[int, ...]) -> FilterGroup:
    """A saved filter 'field = me' (e.g. Manager = current user)."""
    return FilterGroup("and", [Condition(field_path, "eq", {"$user": "me"})])


__all__ = ["AccessService", "ACTIONS", "own_filter"]
