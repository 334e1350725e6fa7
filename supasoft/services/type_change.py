"""Changing a field's type without losing data: preview what won't convert, then convert or refuse.

Values move to a new-generation column (f_<id>_<n>) filled in one pass; the old column is dropped at
the end, so a failure midway rolls back to the untouched original. Values that cannot convert are either
a reason to refuse, or kept as text in a new "<name> (old value)" field. The statements are storage's
(storage/type_convert.py and the engine's ops); this module decides what each value becomes.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from supasoft.core.errors import ConversionError, ConversionReport, SchemaError
from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import is_formula, links_object, type_of
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.field_roles import sets_range
from supasoft.services.structure_rules import MAX_NAME
from supasoft.storage.connection import Connection
from supasoft.storage.engine_ops import EngineOps
from supasoft.storage.schema_sync import SchemaWriter
from supasoft.storage.type_convert import ExactCopy, display_texts

PREVIEW_LIMIT = 1000


class Converter:
    """Converts one stored value of the old definition into the new one (ValueError if impossible)."""

    def __init__(self, old: FieldDef, new: FieldDef, name_index: dict[str, int] | None = None):
        self.old, self.new = old, new
        self.old_type = field_types.get(old.type)
        self.new_type = field_types.get(new.type)
        self.name_index = name_index

    def __call__(self, raw: Any) -> Any:
        value = self.old_type.from_db(raw, self.old)
        if value is None:
            return None
        if self.name_index is not None:
            key = self.old_type.format(value, self.old).strip().casefold()
            if key not in self.name_index:
                raise ValueError("matches no record")
            return self.name_index[key]
        converted = self.new_type.convert_from(value, self.old_type, self.old, self.new)
        if converted is not None:
            problem = self.new_type.validate(converted, self.new)
            if problem:
                raise ValueError(problem)
        return self.new_type.to_db(converted, self.new)

    def shown(self, raw: Any) -> str:
        """A stored value as the admin reads it (in the list of values that did not convert)."""
        return self.old_type.format(self.old_type.from_db(raw, self.old), self.old)


def target_names(conn: Connection, config: Configuration, physical: Any, target_id: int) -> dict[str, int]:
    """Display text -> id of the referenced object's records, for string -> reference matching."""
    target = config.object_by_id(target_id)
    index: dict[str, int] = {}
    for record_id, text in display_texts(conn, config, physical, target):
        if text is None:
            continue
        key = (target.format_code(text) if target.display_field is None else str(text)).strip().casefold()
        index.setdefault(key, record_id)
    return index


def convertible(old: FieldDef, new: FieldDef) -> bool:
    """Whether stored values can move between the types at all (formulas are computed, files are not values)."""
    a, b = type_of(old), type_of(new)
    return not (b.computed or b.attachment or a.attachment)


def make_converter(conn: Connection, config: Configuration, physical: Any, old: FieldDef, new: FieldDef) -> Converter:
    """The converter for a type change, or SchemaError when the change cannot keep the values at all."""
    if not convertible(old, new):
        raise SchemaError(Message("A {old} field cannot become a {new} field; add a new field instead", old=old.type, new=new.type))
    index = None
    if links_object(new) and not links_object(old):
        if new.target is None:
            raise SchemaError(Message("Choose the external object the references point at"))
        index = target_names(conn, config, physical, new.target)
    if links_object(old) and links_object(new) and old.target != new.target:
        raise SchemaError(Message("A reference cannot be pointed at another object; add a new field instead"))
    return Converter(old, new, index)


def preview(writer: SchemaWriter, config: Configuration, physical: Any, obj: ObjectDef, old: FieldDef, new: FieldDef, limit: int = PREVIEW_LIMIT) -> ConversionReport:
    """Count the values and list those (up to limit) that would not convert."""
    convert = make_converter(writer.conn, config, physical, old, new)
    report = ConversionReport()
    for batch in writer.read_values(obj, old):
        for record_id, raw in batch:
            report.total += 1
            try:
                convert(raw)
                report.converted += 1
            except (ValueError, ArithmeticError):
                if len(report.failures) < limit:
                    report.failures.append((record_id, convert.shown(raw)))
    return report


def move_values(
    writer: SchemaWriter,
    ops: EngineOps,
    obj: ObjectDef,
    old: FieldDef,
    new: FieldDef,
    convert: Converter | None = None,
    keep: FieldDef | None = None,
) -> ConversionReport:
    """Fill a new-generation column with converted values, then drop the old column."""
    new.generation = old.generation + 1
    writer.add_field(obj, new)
    convert = convert or Converter(old, new)
    copy = exact_copy(old, new) if convert.name_index is None else None
    copied = None if copy is None else ops.copy_exactly(writer.conn, obj, old, new, copy)
    if copied is not None:
        report = ConversionReport(total=copied, converted=copied)
    else:
        report = _convert_each(writer, ops, obj, old, new, convert, keep)
    writer.drop_field(obj, old)
    return report


def _convert_each(
    writer: SchemaWriter, ops: EngineOps, obj: ObjectDef, old: FieldDef, new: FieldDef, convert: Converter, keep: FieldDef | None
) -> ConversionReport:
    """Convert value by value; those that do not convert are reported (and kept as text when `keep` is given)."""
    report = ConversionReport()
    kept: list[tuple[int, Any]] = []

    def one(record_id: int, raw: Any) -> Any:
        report.total += 1
        try:
            result = convert(raw)
        except (ValueError, ArithmeticError):
            text = convert.shown(raw)
            report.failures.append((record_id, text))
            kept.append((record_id, text))
            return None
        report.converted += 1
        return result

    ops.convert_values(writer, obj, old, new, one)
    report.failures.sort()
    if keep is not None:
        writer.write_values(obj, keep, sorted(kept))
    return report


def exact_copy(old: FieldDef, new: FieldDef) -> ExactCopy | None:
    """The lossless conversions an engine may run as one statement (no Python per value), or None."""
    a, b = type_of(old), type_of(new)
    if sets_range(new):
        return None  # every value is checked against the field's minimum and maximum
    if a.whole_number and b.has_scale:
        scale = b.scale_of(new)  # type: ignore[attr-defined]
        return ExactCopy(factor=10 ** scale, limit=10 ** (b.precision_of(new) - scale))  # type: ignore[attr-defined]
    if a.has_scale and b.has_scale:
        up = b.scale_of(new) - a.scale_of(old)  # type: ignore[attr-defined]
        if up < 0:
            return None
        digits = b.precision_of(new) - b.scale_of(new)  # type: ignore[attr-defined]
        return ExactCopy(factor=10 ** up, limit=10 ** (digits + a.scale_of(old)))  # type: ignore[attr-defined]
    if a.whole_number and b.approximate:
        return ExactCopy(to_float=True)
    if a.whole_number and b.whole_number:
        return ExactCopy()
    if a.text_like and not a.has_choices and b.free_text:
        return ExactCopy(text=True, long_text=b.long_text, max_length=None if b.long_text else b.max_length(new))  # type: ignore[attr-defined]
    return None


def keep_field_for(obj: ObjectDef, old: FieldDef, new_id: int) -> FieldDef:
    """A text field that keeps values which did not convert, named after the original field."""
    suffix = " (old value)"
    base = f"{old.name[: MAX_NAME - len(suffix) - 4].rstrip()}{suffix}"
    name, n = base, 2
    taken = {f.name.casefold() for f in obj.fields}
    while name.casefold() in taken:
        name, n = f"{base} {n}", n + 1
    return FieldDef(new_id, name, "text", description=f"Values of {old.name} that did not convert on a type change")


def new_definition(old: FieldDef, changes: dict[str, Any]) -> FieldDef:
    """The field after a type change: options of the old type that make no sense are dropped."""
    base = dataclasses.replace(old, **changes)
    kind = type_of(base)
    if not links_object(base):
        base.target = None
    if not kind.has_choices:
        base.choices = ()
    if not is_formula(base):
        base.formula = None
        base.result_type = None
    if not (kind.has_scale or kind.computed):
        base.precision = base.scale = None
    if old.type != base.type and "length" not in changes and not kind.has_length:
        base.length = None
    base.default = None if "default" not in changes else base.default
    if base.unique and not kind.can_be_unique:
        base.unique = False
    return base


__all__ = ["ConversionError", "ConversionReport", "Converter", "move_values", "preview", "new_definition", "keep_field_for"]
