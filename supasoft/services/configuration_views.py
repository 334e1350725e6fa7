"""Links, detail sets, lists and cards of ConfigurationService: no DDL, except the reference field a link adds."""

from __future__ import annotations

import dataclasses
from typing import Any

from supasoft.core.errors import PermissionDenied, SchemaError
from supasoft.core.meta import (
    ON_DELETE_POLICIES,
    CardDef,
    Configuration,
    DetailSetDef,
    FieldDef,
    LinkDef,
    ListDef,
)
from supasoft.services.configuration_fields import FieldChanges
from supasoft.services.structure_rules import clean_name


class ViewChanges(FieldChanges):
    """Links between objects and the views built on the structure (a link adds its reference field first)."""

    def add_link(self, child_id: int, parent_id: int, name: str, *, on_delete: str = "refuse", field_name: str | None = None) -> LinkDef:
        """Make `child` a child of `parent`: a reference field in the child plus the link (collection `name`)."""
        if on_delete not in ON_DELETE_POLICIES:
            raise SchemaError(f"On delete must be one of {', '.join(ON_DELETE_POLICIES)}")
        name = clean_name(name, "link")
        parent = self.object(parent_id)
        field = self.add_field(child_id, FieldDef(0, field_name or parent.name, "reference", target=parent_id))
        with self.change("add link") as (config, _writer):
            if any(link.parent == parent_id and link.name.casefold() == name.casefold() for link in config.links):
                raise SchemaError(f"{parent.name} already has a link named {name!r}")
            link = LinkDef(config.new_id(), child_id, parent_id, field.id, name, on_delete)  # type: ignore[arg-type]
            config.links.append(link)
        return link

    def update_link(self, link_id: int, *, name: str | None = None, on_delete: str | None = None) -> LinkDef:
        with self.change("update link") as (config, _writer):
            link = self._link(config, link_id)
            if name is not None:
                link.name = clean_name(name, "link")
            if on_delete is not None:
                if on_delete not in ON_DELETE_POLICIES:
                    raise SchemaError(f"On delete must be one of {', '.join(ON_DELETE_POLICIES)}")
                link.on_delete = on_delete  # type: ignore[assignment]
        return self._link(self.config, link_id)

    def delete_link(self, link_id: int) -> None:
        """Remove a link (the child's reference field stays as a plain reference)."""
        with self.change("delete link") as (config, _writer):
            link = self._link(config, link_id)
            config.links.remove(link)
            config.detail_sets = [d for d in config.detail_sets if d.link != link_id]

    def save_detail_set(self, detail_set: DetailSetDef) -> DetailSetDef:
        """Create (id 0) or replace a detail set."""
        with self.change("save detail set") as (config, _writer):
            link = self._link(config, detail_set.link)
            child = self._obj(config, link.child)
            for field_id in detail_set.columns + detail_set.totals:
                self._field(child, field_id)
            item = dataclasses.replace(detail_set, name=clean_name(detail_set.name or link.name, "detail set"))
            config.detail_sets = _upsert(config, config.detail_sets, item)
        return item

    def delete_detail_set(self, detail_set_id: int) -> None:
        with self.change("delete detail set") as (config, _writer):
            config.detail_sets = [d for d in config.detail_sets if d.id != detail_set_id]

    def save_list(self, list_def: ListDef) -> ListDef:
        """Create (id 0) or replace a list view; its column paths are checked.

        A personal view (not shared, owned by the current user) needs only the right to read the object.
        """
        personal = not list_def.shared and list_def.owner is not None and list_def.owner == self.current_user()
        if personal and self.rights_check is not None:
            self.rights_check("read", list_def.object)
        if personal and list_def.id:
            existing = next((x for x in self.config.lists if x.id == list_def.id), None)
            if existing is not None and (existing.shared or existing.owner != list_def.owner):
                personal = False  # replacing someone else's or a shared view is structure work
        with self.change("save table", personal=personal) as (config, _writer):
            self._obj(config, list_def.object)
            item = dataclasses.replace(list_def, name=clean_name(list_def.name, "table"))
            self._check_paths(config, item)
            config.lists = _upsert(config, config.lists, item)
        return item

    def may_change_list(self, list_id: int | None) -> bool:
        """Whether save_list/delete_list would let the user replace this view (None: create a shared one).

        The user's own personal view: yes. Anything else (shared, or someone else's) needs `configure`.
        """
        existing = next((x for x in self.config.lists if x.id == list_id), None) if list_id else None
        if existing is not None and not existing.shared and existing.owner is not None \
                and existing.owner == self.current_user():
            return True
        if self.rights_check is None:
            return True
        try:
            self.rights_check("configure")
        except PermissionDenied:
            return False
        return True

    def delete_list(self, list_id: int) -> None:
        existing = next((x for x in self.config.lists if x.id == list_id), None)
        personal = existing is not None and not existing.shared and existing.owner is not None and existing.owner == self.current_user()
        with self.change("delete table", personal=personal) as (config, _writer):
            config.lists = [x for x in config.lists if x.id != list_id]

    def save_card(self, card: CardDef) -> CardDef:
        """Store an object's card layout."""
        with self.change("save card") as (config, _writer):
            self._obj(config, card.object)
            config.cards = [c for c in config.cards if c.object != card.object] + [card]
        return card

    def _check_paths(self, config: Configuration, item: ListDef) -> None:
        """Resolve a list's column, sort and filter paths (raises on a path that no longer exists)."""
        from supasoft.storage.query import QueryBuilder  # local: only to validate paths

        probe = QueryBuilder(config, self.storage.physical(config), self._obj(config, item.object))
        for path in [c.path for c in item.columns] + [s.path for s in item.sort]:
            probe.resolve(tuple(path))
        probe.where(item.filter)


def _upsert(config: Configuration, items: list[Any], item: Any) -> list[Any]:
    """A new item (id 0) gets the next id and joins the end; an existing one replaces its namesake by id."""
    if item.id == 0:
        item.id = config.new_id()
        return [*items, item]
    return [item if x.id == item.id else x for x in items]
