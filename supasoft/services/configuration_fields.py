"""Field changes of ConfigurationService: add, update, delete, reorder and type change, with their data steps."""

from __future__ import annotations

import dataclasses

from supasoft.core.errors import ConversionError, ConversionReport, InUseError, SchemaError
from supasoft.core.fieldtypes.roles import is_file, is_formula, type_of
from supasoft.core.messages import Message, listing, message_of
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.configuration_base import ChangePath, field_in, object_in
from supasoft.services.configuration_keys import keys_rebuilt, refuse_unkeyable
from supasoft.services.structure_cleanup import remove_field
from supasoft.services.structure_rules import check_field, uses_of_field
from supasoft.storage.schema_sync import SchemaWriter
from supasoft.storage.structure_data import fill_empty


class FieldChanges:
    """Adds, changes and removes fields and their columns (existing records keep or get their values)."""

    def __init__(self, path: ChangePath):
        self.path = path
        self.storage = path.storage

    def add_field(self, object_id: int, draft: FieldDef) -> FieldDef:
        """Add a field and its column (existing records get the default value)."""
        with self.path.change("add field") as (config, writer):
            obj = object_in(config, object_id)
            f = dataclasses.replace(draft, id=config.new_id(), generation=0)
            obj.fields.append(f)
            self._prepare_formula(config, obj, f)
            check_field(config, obj, f)
            writer.add_field(obj, f)
            self._fill_default(writer, obj, f)
        if is_formula(f):
            self._recompute(object_id)
        return self.path.object(object_id).field_by_id(f.id)

    def update_field(self, object_id: int, field_id: int, **changes: object) -> FieldDef:
        """Change a field's name or options; a type change goes through change_field_type."""
        if "type" in changes:
            raise SchemaError(Message("Use change_field_type to change a field's type"))
        formula_changed = False
        with self.path.change("update field") as (config, writer):
            obj = object_in(config, object_id)
            old = field_in(obj, field_id)
            new = dataclasses.replace(old, **changes)  # type: ignore[arg-type]
            if new.target != old.target or (new.source is None) != (old.source is None):
                raise SchemaError(Message("The external object or source kind cannot change; add a new field instead"))
            obj.fields[obj.fields.index(old)] = new
            self._prepare_formula(config, obj, new)
            check_field(config, obj, new)
            formula_changed = new.formula != old.formula or new.result_type != old.result_type or new.scale != old.scale
            if formula_changed and is_formula(new):
                if new.result_type != old.result_type or new.scale != old.scale:
                    self._move_column(writer, obj, old, new)
            if (old.unique, old.indexed) != (new.unique, new.indexed):
                writer.drop_index(obj, old)
                writer.create_index(obj, new)
            if new.length != old.length and type_of(new).has_length:
                with keys_rebuilt(writer, config, obj, field_id):
                    self._move_column(writer, obj, old, new)
        if formula_changed and is_formula(self.path.object(object_id).field_by_id(field_id)):
            self._recompute(object_id)
        return self.path.object(object_id).field_by_id(field_id)

    def delete_field(self, object_id: int, field_id: int, *, cascade: bool = False) -> None:
        """Remove a field and its values (backup first); refuses while used unless cascade removes the uses."""
        config = self.path.config
        obj = object_in(config, object_id)
        f = field_in(obj, field_id)
        uses = uses_of_field(config, field_id)
        if uses and not cascade:
            raise InUseError(Message("Field {name!r}", name=f.name), uses)
        with self.path.change(f"delete field {f.name}", destructive=True) as (draft, writer):
            remove_field(draft, writer, object_in(draft, object_id), field_in(object_in(draft, object_id), field_id))

    def reorder_fields(self, object_id: int, field_ids: list[int]) -> None:
        """Set the order fields are shown in ("All fields", generated cards, field lists); columns do not move."""
        if [f.id for f in self.path.object(object_id).fields] == list(field_ids):
            return  # nothing to store: no new structure version for the same order
        with self.path.change("reorder fields") as (config, _writer):
            obj = object_in(config, object_id)
            by_id = {f.id: f for f in obj.fields}
            if len(field_ids) != len(by_id) or set(field_ids) != set(by_id):
                problems = [Message("{name} is missing", name=by_id[i].name) for i in by_id if i not in field_ids]
                problems += [Message("#{id} is not a field of {object}", id=i, object=obj.name)
                             for i in dict.fromkeys(field_ids) if i not in by_id]
                problems += [Message("{name} is listed {count} times", name=by_id[i].name, count=field_ids.count(i))
                             for i in by_id if field_ids.count(i) > 1]
                raise SchemaError(Message("The new order must list each of the {count} fields of {object} exactly once: "
                                          "{problems}", count=len(by_id), object=obj.name, problems=listing(problems)))
            obj.fields = [by_id[i] for i in field_ids]

    def preview_type_change(self, object_id: int, field_id: int, **changes: object) -> ConversionReport:
        """What a type change would do: how many values convert and which would not."""
        from supasoft.services.type_change import new_definition, preview

        config = self.path.config
        obj = object_in(config, object_id)
        old = field_in(obj, field_id)
        new = new_definition(old, changes)
        check_field(config, obj, new)
        refuse_unkeyable(obj, new)
        with self.storage.connect() as conn:
            return preview(SchemaWriter(conn), config, self.storage.physical(config), obj, old, new)

    def change_field_type(
        self, object_id: int, field_id: int, *, on_failure: str = "refuse", **changes: object
    ) -> ConversionReport:
        """Change a field's type, keeping the data: refuse if any value won't convert, or keep those in a text field."""
        from supasoft.services.type_change import keep_field_for, make_converter, move_values, new_definition

        if on_failure not in ("refuse", "keep"):
            raise SchemaError(Message("on_failure must be 'refuse' or 'keep'"))
        if "type" not in changes:
            raise SchemaError(Message("Name the new type"))
        old_config = self.path.config
        old_obj = object_in(old_config, object_id)
        old_field = field_in(old_obj, field_id)
        if uses := [u for u in uses_of_field(old_config, field_id) if u.kind in ("link", "source", "receiver")]:
            if changes["type"] != old_field.type:
                raise InUseError(Message("Field {name!r}", name=old_field.name), uses)
        with self.path.change(f"change type of {old_field.name}", destructive=True) as (config, writer):
            obj = object_in(config, object_id)
            old = field_in(obj, field_id)
            new = new_definition(old, changes)
            self._prepare_formula(config, obj, new)
            check_field(config, obj, new)
            refuse_unkeyable(obj, new)
            convert = make_converter(writer.conn, old_config, self.storage.physical(old_config), old, new)
            keep = None
            if on_failure == "keep":
                keep = keep_field_for(obj, old, config.new_id())
                obj.fields.append(keep)
                writer.add_field(obj, keep)
            obj.fields[obj.fields.index(old)] = new
            with keys_rebuilt(writer, config, obj, field_id):
                report = move_values(writer, self.storage.ops, obj, old, new, convert, keep)
            if report.failures and on_failure == "refuse":
                raise ConversionError(report, old.name)
            if keep is not None and not report.failures:
                writer.drop_field(obj, keep)
                obj.fields.remove(keep)
            if obj.display_field == field_id and is_file(new):
                obj.display_field = None
        if (changed := self.path.hooks.after_values_changed) is not None:  # formulas here and elsewhere read them
            changed(object_id, {field_id})
        return report

    def uses_of_field(self, field_id: int) -> list:
        return uses_of_field(self.path.config, field_id)

    # --- field helpers --------------------------------------------------------------------------
    def _prepare_formula(self, config: Configuration, obj: ObjectDef, f: FieldDef) -> None:
        """Check a formula and set its result type (FormulaError carries the position)."""
        if not is_formula(f):
            return
        from supasoft.core.formulas import FormulaError, compile_formula, dependency_order

        compiled = compile_formula(f.formula or "", config, obj, self_field_id=f.id)
        f.result_type = compiled.result_type
        formulas = {
            x.id: compile_formula(x.formula or "", config, obj, self_field_id=x.id)
            for x in obj.fields
            if is_formula(x)
        }
        dependency_order(formulas, config, obj)
        from supasoft.services.config_check_views import self_aggregates

        if f.id in (loops := self_aggregates(config, obj, formulas)):
            raise FormulaError(Message("The formula {problem}", problem=loops[f.id]), None, 0, field_ids=(f.id,))

    def _recompute(self, object_id: int) -> None:
        """Let the formula runner recompute stored formula values after a formula changed."""
        if (recompute := self.path.hooks.after_formula_change) is not None:
            recompute(self.path.config, object_id)

    def _fill_default(self, writer: SchemaWriter, obj: ObjectDef, f: FieldDef) -> None:
        """Give existing records a new field's default value."""
        if type_of(f).yes_no and f.default is None:
            f = dataclasses.replace(f, default=False)  # existing records read as No, so store No
        if f.default is None or is_formula(f):
            return
        from supasoft.core.fieldtypes import field_types

        ft = field_types.get(f.type)
        try:
            value = ft.to_db(ft.from_json(f.default, f), f)
        except ValueError as exc:
            raise SchemaError(Message("Field {name!r}: the default {default!r} {problem}", name=f.name, default=f.default,
                                      problem=message_of(exc))) from None
        fill_empty(writer.conn, obj, f, value)

    def _move_column(self, writer: SchemaWriter, obj: ObjectDef, old: FieldDef, new: FieldDef) -> None:
        """Move values to a column of the new definition (length or result type changed)."""
        from supasoft.services.type_change import move_values

        move_values(writer, self.storage.ops, obj, old, new)
