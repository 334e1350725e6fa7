"""Detail sets, lists (tables) and cards of ConfigurationService: views built on the structure, no DDL."""

from __future__ import annotations

import dataclasses
from typing import Any

from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import CardDef, Configuration, DetailSetDef, ListDef
from supasoft.services.configuration_base import ChangePath, field_in, link_in, object_in
from supasoft.services.structure_rules import clean_name


class ViewChanges:
    """The views built on the structure: detail sets, lists and card layouts."""

    def __init__(self, path: ChangePath):
        self.path = path

    def save_detail_set(self, detail_set: DetailSetDef) -> DetailSetDef:
        """Create (id 0) or replace a detail set."""
        with self.path.change("save detail set") as (config, _writer):
            link = link_in(config, detail_set.link)
            child = object_in(config, link.child)
            for field_id in detail_set.columns + detail_set.totals:
                field_in(child, field_id)
            item = dataclasses.replace(detail_set, name=clean_name(detail_set.name or link.name, "detail set"))
            config.detail_sets = _upsert(config, config.detail_sets, item)
        return item

    def delete_detail_set(self, detail_set_id: int) -> None:
        with self.path.change("delete detail set") as (config, _writer):
            config.detail_sets = [d for d in config.detail_sets if d.id != detail_set_id]

    def save_list(self, list_def: ListDef) -> ListDef:
        """Create (id 0) or replace a list view; its column paths are checked.

        A personal view (not shared, owned by the current user) needs only the right to read the object.
        """
        hooks = self.path.hooks
        personal = not list_def.shared and list_def.owner is not None and list_def.owner == hooks.current_user()
        if personal and hooks.rights_check is not None:
            hooks.rights_check("read", list_def.object)
        if personal and list_def.id:
            existing = next((x for x in self.path.config.lists if x.id == list_def.id), None)
            if existing is not None and (existing.shared or existing.owner != list_def.owner):
                personal = False  # replacing someone else's or a shared view is structure work
        with self.path.change("save table", personal=personal) as (config, _writer):
            object_in(config, list_def.object)
            item = dataclasses.replace(list_def, name=clean_name(list_def.name, "table"))
            self._check_paths(config, item)
            config.lists = _upsert(config, config.lists, item)
        return item

    def may_change_list(self, list_id: int | None) -> bool:
        """Whether save_list/delete_list would let the user replace this view (None: create a shared one).

        The user's own personal view: yes. Anything else (shared, or someone else's) needs `configure`.
        """
        existing = next((x for x in self.path.config.lists if x.id == list_id), None) if list_id else None
        if existing is not None and not existing.shared and existing.owner is not None \
                and existing.owner == self.path.hooks.current_user():
            return True
        if self.path.hooks.rights_check is None:
            return True
        try:
            self.path.hooks.rights_check("configure")
        except PermissionDenied:
            return False
        return True

    def delete_list(self, list_id: int) -> None:
        existing = next((x for x in self.path.config.lists if x.id == list_id), None)
        personal = existing is not None and not existing.shared and existing.owner is not None \
            and existing.owner == self.path.hooks.current_user()
        with self.path.change("delete table", personal=personal) as (config, _writer):
            config.lists = [x for x in config.lists if x.id != list_id]

    def save_card(self, card: CardDef) -> CardDef:
        """Store an object's card layout."""
        with self.path.change("save card") as (config, _writer):
            object_in(config, card.object)
            config.cards = [c for c in config.cards if c.object != card.object] + [card]
        return card

    def _check_paths(self, config: Configuration, item: ListDef) -> None:
        """Resolve a list's column, sort and filter paths (raises on a path that no longer exists)."""
        from supasoft.storage.query import QueryBuilder  # local: only to validate paths

        probe = QueryBuilder(config, self.path.storage.physical(config), object_in(config, item.object))
        for path in [c.path for c in item.columns] + [s.path for s in item.sort]:
            probe.resolve(tuple(path))
        probe.where(item.filter)


def _upsert(config: Configuration, items: list[Any], item: Any) -> list[Any]:
    """A new item (id 0) gets the next id and joins the end; an existing one replaces its namesake by id."""
    if item.id == 0:
        item.id = config.new_id()
        return [*items, item]
    return [item if x.id == item.id else x for x in items]
