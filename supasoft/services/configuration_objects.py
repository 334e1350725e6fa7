"""Objects and the links between them: create, rename, order, duplicate and delete tables, link parents to children.

Every change takes the one change() path (configuration_base.ChangePath); a link adds its reference field
through the field changes first; what a deleted object takes with it is structure_cleanup's.
"""

from __future__ import annotations

import dataclasses

from supasoft.core.errors import InUseError, SchemaError
from supasoft.core.fieldtypes.roles import is_formula, link_target
from supasoft.core.messages import Message
from supasoft.core.meta import ON_DELETE_POLICIES, FieldDef, LinkDef, ObjectDef
from supasoft.services.configuration_base import ChangePath, link_in, object_in
from supasoft.services.configuration_fields import FieldChanges
from supasoft.services.structure_cleanup import remove_field, remove_object_parts
from supasoft.services.structure_rules import check_object_names, clean_name, uses_of_object
from supasoft.storage.structure_data import forget_object_rows


class ObjectChanges:
    """Objects (their tables) and links; fields of new objects and links' reference fields go through `fields`."""

    def __init__(self, path: ChangePath, fields: FieldChanges):
        self.path = path
        self.fields = fields

    # --- objects --------------------------------------------------------------------------------
    def add_object(
        self, name: str, plural: str | None = None, *, code_prefix: str = "", code_width: int = 0, catalog: bool = False
    ) -> ObjectDef:
        """Create an object and its table; the Code field is automatic."""
        name = clean_name(name, "object")
        plural = clean_name(plural or name, "object")
        with self.path.change(f"add object {name}") as (config, writer):
            check_object_names(config, name, plural, None)
            obj = ObjectDef(config.new_id(), name, plural, code_prefix=code_prefix.strip(), code_width=max(0, code_width))
            obj.catalog = catalog
            obj.order = max((o.order for o in config.objects), default=0) + 1
            config.objects.append(obj)
            writer.create_object(obj)
        return obj

    def add_catalog(self, name: str, plural: str | None = None) -> ObjectDef:
        """A simple lookup list (e.g. Order status) with one Name field shown in references."""
        obj = self.add_object(name, plural, catalog=True)
        field = self.fields.add_field(obj.id, FieldDef(0, "Name", "string", length=100, required=True, unique=True))
        self.update_object(obj.id, display_field=field.id)
        return self.path.object(obj.id)

    def update_object(self, object_id: int, **changes: object) -> ObjectDef:
        """Rename or set options (name, plural, code_prefix, code_width, display_field, order); no DDL."""
        allowed = {"name", "plural", "code_prefix", "code_width", "display_field", "order", "catalog"}
        unknown = set(changes) - allowed
        if unknown:
            raise SchemaError(Message("Cannot change {names} of an object", names=", ".join(sorted(unknown))))
        with self.path.change("update object") as (config, _writer):
            obj = object_in(config, object_id)
            if "name" in changes:
                obj.name = clean_name(str(changes["name"]), "object")
            if "plural" in changes:
                obj.plural = clean_name(str(changes["plural"]), "object")
            check_object_names(config, obj.name, obj.plural, obj.id)
            for key in ("code_prefix", "code_width", "order", "catalog"):
                if key in changes:
                    setattr(obj, key, changes[key])
            if "display_field" in changes:
                value = changes["display_field"]
                if value is not None and int(value) not in {f.id for f in obj.fields}:  # type: ignore[arg-type]
                    raise SchemaError(Message("The display field must be a field of the object"))
                obj.display_field = value  # type: ignore[assignment]
        return self.path.object(object_id)

    def reorder_objects(self, object_ids: list[int]) -> None:
        """Set the navigator order."""
        with self.path.change("reorder objects") as (config, _writer):
            position = {oid: i for i, oid in enumerate(object_ids)}
            for obj in config.objects:
                obj.order = position.get(obj.id, len(position) + obj.order)
            config.objects.sort(key=lambda o: o.order)

    def delete_object(self, object_id: int, *, cascade: bool = False) -> None:
        """Drop an object and its records; refuses while used elsewhere unless cascade removes the uses."""
        config = self.path.config
        obj = object_in(config, object_id)
        uses = uses_of_object(config, object_id)
        if uses and not cascade:
            raise InUseError(Message("Object {name!r}", name=obj.name), uses)
        with self.path.change(f"delete object {obj.name}", destructive=True) as (draft, writer):
            for other in draft.objects:
                for f in list(other.fields):
                    if other.id != object_id and link_target(f) == object_id:
                        remove_field(draft, writer, other, f)
            target = object_in(draft, object_id)
            remove_object_parts(draft, object_id)
            writer.drop_object(target)
            draft.objects.remove(target)
            forget_object_rows(writer.conn, object_id)
            self.path.storage.reset_counter(writer.conn, object_id)

    def duplicate_object(self, object_id: int, name: str, plural: str | None = None) -> ObjectDef:
        """A new object with the same fields (not the records)."""
        source = self.path.object(object_id)
        copy = self.add_object(name, plural, code_prefix=source.code_prefix, code_width=source.code_width)
        mapping: dict[int, int] = {}
        for f in source.fields:
            if f.source is not None or f.receiver is not None or is_formula(f):
                continue
            draft = dataclasses.replace(f, id=0, generation=0)
            mapping[f.id] = self.fields.add_field(copy.id, draft).id
        for f in source.fields:
            if is_formula(f):
                mapping[f.id] = self.fields.add_field(copy.id, dataclasses.replace(f, id=0, generation=0)).id
        if source.display_field in mapping:
            self.update_object(copy.id, display_field=mapping[source.display_field])
        return self.path.object(copy.id)

    def uses_of_object(self, object_id: int) -> list:
        return uses_of_object(self.path.config, object_id)

    # --- links between objects -----------------------------------------------------------------
    def add_link(self, child_id: int, parent_id: int, name: str, *, on_delete: str = "refuse", field_name: str | None = None) -> LinkDef:
        """Make `child` a child of `parent`: a reference field in the child plus the link (collection `name`)."""
        if on_delete not in ON_DELETE_POLICIES:
            raise SchemaError(Message("On delete must be one of {policies}", policies=", ".join(ON_DELETE_POLICIES)))
        name = clean_name(name, "link")
        parent = self.path.object(parent_id)
        field = self.fields.add_field(child_id, FieldDef(0, field_name or parent.name, "reference", target=parent_id))
        with self.path.change("add link") as (config, _writer):
            if any(link.parent == parent_id and link.name.casefold() == name.casefold() for link in config.links):
                raise SchemaError(Message("{parent} already has a link named {name!r}", parent=parent.name, name=name))
            link = LinkDef(config.new_id(), child_id, parent_id, field.id, name, on_delete)  # type: ignore[arg-type]
            config.links.append(link)
        return link

    def update_link(self, link_id: int, *, name: str | None = None, on_delete: str | None = None) -> LinkDef:
        with self.path.change("update link") as (config, _writer):
            link = link_in(config, link_id)
            if name is not None:
                link.name = clean_name(name, "link")
            if on_delete is not None:
                if on_delete not in ON_DELETE_POLICIES:
                    raise SchemaError(Message("On delete must be one of {policies}", policies=", ".join(ON_DELETE_POLICIES)))
                link.on_delete = on_delete  # type: ignore[assignment]
        return link_in(self.path.config, link_id)

    def delete_link(self, link_id: int) -> None:
        """Remove a link (the child's reference field stays as a plain reference)."""
        with self.path.change("delete link") as (config, _writer):
            link = link_in(config, link_id)
            config.links.remove(link)
            config.detail_sets = [d for d in config.detail_sets if d.link != link_id]

