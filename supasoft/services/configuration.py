"""Structure changes made by admins: objects, fields, links, lists, cards, applied live to real tables.

Every change takes the one change() path of ConfigurationBase (checked copy, automatic backup, DDL and the
new structure version together; see configuration_base). This module holds the object changes and puts the
service together from its parts.
"""

from __future__ import annotations

import dataclasses

from supasoft.core.errors import InUseError, SchemaError
from supasoft.core.fieldtypes.roles import is_formula, link_target
from supasoft.core.meta import FieldDef, ObjectDef
from supasoft.services.configuration_views import ViewChanges
from supasoft.services.structure_cleanup import remove_field, remove_object_parts
from supasoft.services.structure_rules import check_object_names, clean_name, uses_of_object
from supasoft.storage.structure_data import forget_object_rows


class ConfigurationService(ViewChanges):
    """Reads and changes the structure; notifies listeners (open windows) after each change.

    Reading and the change() path: configuration_base; fields: configuration_fields; links, detail sets,
    lists and cards: configuration_views; what a removed field or object takes with it: structure_cleanup.
    """

    # --- objects --------------------------------------------------------------------------------
    def add_object(
        self, name: str, plural: str | None = None, *, code_prefix: str = "", code_width: int = 0, catalog: bool = False
    ) -> ObjectDef:
        """Create an object and its table; the Code field is automatic."""
        name = clean_name(name, "object")
        plural = clean_name(plural or name, "object")
        with self.change(f"add object {name}") as (config, writer):
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
        field = self.add_field(obj.id, FieldDef(0, "Name", "string", length=100, required=True, unique=True))
        self.update_object(obj.id, display_field=field.id)
        return self.object(obj.id)

    def update_object(self, object_id: int, **changes: object) -> ObjectDef:
        """Rename or set options (name, plural, code_prefix, code_width, display_field, order); no DDL."""
        allowed = {"name", "plural", "code_prefix", "code_width", "display_field", "order", "catalog"}
        unknown = set(changes) - allowed
        if unknown:
            raise SchemaError(f"Cannot change {', '.join(sorted(unknown))} of an object")
        with self.change("update object") as (config, _writer):
            obj = self._obj(config, object_id)
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
                    raise SchemaError("The display field must be a field of the object")
                obj.display_field = value  # type: ignore[assignment]
        return self.object(object_id)

    def reorder_objects(self, object_ids: list[int]) -> None:
        """Set the navigator order."""
        with self.change("reorder objects") as (config, _writer):
            position = {oid: i for i, oid in enumerate(object_ids)}
            for obj in config.objects:
                obj.order = position.get(obj.id, len(position) + obj.order)
            config.objects.sort(key=lambda o: o.order)

    def delete_object(self, object_id: int, *, cascade: bool = False) -> None:
        """Drop an object and its records; refuses while used elsewhere unless cascade removes the uses."""
        config = self.config
        obj = self._obj(config, object_id)
        uses = uses_of_object(config, object_id)
        if uses and not cascade:
            raise InUseError(f"Object {obj.name!r}", uses)
        with self.change(f"delete object {obj.name}", destructive=True) as (draft, writer):
            for other in draft.objects:
                for f in list(other.fields):
                    if other.id != object_id and link_target(f) == object_id:
                        remove_field(draft, writer, other, f)
            target = self._obj(draft, object_id)
            remove_object_parts(draft, object_id)
            writer.drop_object(target)
            draft.objects.remove(target)
            forget_object_rows(writer.conn, object_id)
            self.storage.reset_counter(writer.conn, object_id)

    def duplicate_object(self, object_id: int, name: str, plural: str | None = None) -> ObjectDef:
        """A new object with the same fields (not the records)."""
        source = self.object(object_id)
        copy = self.add_object(name, plural, code_prefix=source.code_prefix, code_width=source.code_width)
        mapping: dict[int, int] = {}
        for f in source.fields:
            if f.source is not None or f.receiver is not None or is_formula(f):
                continue
            draft = dataclasses.replace(f, id=0, generation=0)
            mapping[f.id] = self.add_field(copy.id, draft).id
        for f in source.fields:
            if is_formula(f):
                mapping[f.id] = self.add_field(copy.id, dataclasses.replace(f, id=0, generation=0)).id
        if source.display_field in mapping:
            self.update_object(copy.id, display_field=mapping[source.display_field])
        return self.object(copy.id)

    def uses_of_object(self, object_id: int) -> list:
        return uses_of_object(self.config, object_id)
