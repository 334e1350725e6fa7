"""Changing a field's type without losing data: preview what won't convert, then convert or refuse.

Values move to a new-generation column (f_<id>_<n>) filled batch by batch; the old column is
dropped at the end, so a failure midway rolls back to the untouched original. Values that cannot
convert are either a reason to refuse, or kept as text in a new "<name> (old value)" field.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import sqlalchemy as sa

from supasoft.core.errors import ConversionError, ConversionReport, SchemaError
from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.structure_rules import MAX_NAME
from supasoft.storage.physical import column_name, field_column, table_name
from supasoft.storage.query import QueryBuilder
from supasoft.storage.schema_sync import SchemaWriter

PREVIEW_LIMIT = 1000
UNCONVERTIBLE_TYPES = {"formula", "file"}


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


def target_names(conn: sa.Connection, config: Configuration, physical: Any, target_id: int) -> dict[str, int]:
    """Display text -> id of the referenced object's records, for string -> reference matching."""
    target = config.object_by_id(target_id)
    builder = QueryBuilder(config, physical, target)
    display = builder.display(() if target.display_field is None else (target.display_field,))
    rows = conn.execute(sa.select(builder.base.c.id, display).select_from(builder.from_clause())).all()
    index: dict[str, int] = {}
    for record_id, text in rows:
        if text is None:
            continue
        key = (target.format_code(text) if target.display_field is None else str(text)).strip().casefold()
        index.setdefault(key, record_id)
    return index


def make_converter(conn: sa.Connection, config: Configuration, physical: Any, old: FieldDef, new: FieldDef) -> Converter:
    if new.type in UNCONVERTIBLE_TYPES or old.type == "file":
        raise SchemaError(f"A {old.type} field cannot become a {new.type} field; add a new field instead")
    index = None
    if new.type == "reference" and old.type != "reference":
        if new.target is None:
            raise SchemaError("Choose the external object the references point at")
        index = target_names(conn, config, physical, new.target)
    if old.type == "reference" and new.type == "reference" and old.target != new.target:
        raise SchemaError("A reference cannot be pointed at another object; add a new field instead")
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
                    report.failures.append((record_id, convert.old_type.format(convert.old_type.from_db(raw, old), old)))
    return report


def move_values(
    writer: SchemaWriter,
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
    if writer.kind == "sqlite":
        report = _convert_in_sql(writer, obj, old, new) or _convert_in_place(writer, obj, old, new, convert, keep)
        writer.drop_field(obj, old)
        return report
    report = ConversionReport()
    for batch in writer.read_values(obj, old):
        good: list[tuple[int, Any]] = []
        kept: list[tuple[int, Any]] = []
        for record_id, raw in batch:
            report.total += 1
            try:
                good.append((record_id, convert(raw)))
                report.converted += 1
            except (ValueError, ArithmeticError):
                text = convert.old_type.format(convert.old_type.from_db(raw, old), old)
                report.failures.append((record_id, text))
                kept.append((record_id, text))
        writer.write_values(obj, new, good)
        if keep is not None:
            writer.write_values(obj, keep, kept)
    writer.drop_field(obj, old)
    return report


STRINGS = ("string", "text", "email", "phone", "url")
NUMBERS_SCALED = ("decimal", "money")


def _sql_expression(old: FieldDef, new: FieldDef, source: str) -> tuple[str, str | None] | None:
    """An exact SQL form of a lossless conversion on SQLite: (expression, condition that must hold), or None."""
    from supasoft.core.fieldtypes.number import DecimalFieldType

    decimal = DecimalFieldType()
    if old.type == "integer" and new.type in NUMBERS_SCALED:
        scale, digits = decimal.scale_of(new), decimal.precision_of(new) - decimal.scale_of(new)
        return f"{source} * {10 ** scale}", f"abs({source}) < {10 ** digits}"
    if old.type in NUMBERS_SCALED and new.type in NUMBERS_SCALED:
        up = decimal.scale_of(new) - decimal.scale_of(old)
        digits = decimal.precision_of(new) - decimal.scale_of(new)
        if up >= 0:
            limit = 10 ** (digits + decimal.scale_of(old))
            return f"{source} * {10 ** up}", f"abs({source}) < {limit}"
        return None
    if old.type == "integer" and new.type == "float":
        return f"CAST({source} AS REAL)", None
    if old.type == "integer" and new.type == "integer":
        return source, None
    if old.type in STRINGS and new.type in ("string", "text"):
        limit = None if new.type == "text" else field_types.get(new.type).max_length(new)  # type: ignore[attr-defined]
        # Only values already in canonical form (no NUL, which stops SQLite's length(); no blanks the parser trims)
        # take the fast path; any other value sends the whole change down the careful Python path.
        clean = f"instr({source}, char(0)) = 0 AND instr({source}, char(13)) = 0 AND {source} = trim({source}, ' ' || char(9) || char(10) || char(13))"
        if new.type == "text":
            clean = f"instr({source}, char(0)) = 0 AND instr({source}, char(13)) = 0 AND {source} = rtrim({source}, ' ' || char(9) || char(10) || char(13))"
        return source, clean if limit is None else f"length({source}) <= {limit} AND {clean}"
    return None


def _convert_in_sql(writer: SchemaWriter, obj: ObjectDef, old: FieldDef, new: FieldDef) -> ConversionReport | None:
    """Lossless conversions run as one plain UPDATE in SQLite (no Python per value); None if not applicable."""
    table, source, target = table_name(obj.id), column_name(old), column_name(new)
    form = _sql_expression(old, new, source)
    if form is None:
        return None
    expression, condition = form
    total = writer.conn.exec_driver_sql(f"SELECT count({source}) FROM {table}").scalar_one()
    if condition is not None:
        bad = writer.conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {source} IS NOT NULL AND NOT ({condition})").scalar_one()
        if bad:
            return None  # some values need the careful path (and will be reported there)
    writer.conn.exec_driver_sql(f"UPDATE {table} SET {target} = {expression} WHERE {source} IS NOT NULL")
    return ConversionReport(total=total, converted=total)


def _convert_in_place(
    writer: SchemaWriter, obj: ObjectDef, old: FieldDef, new: FieldDef, convert: Converter, keep: FieldDef | None
) -> ConversionReport:
    """SQLite: one UPDATE calling our converter per value, without moving rows through Python batches."""
    dialect = writer.conn.dialect
    read = field_column(old, with_fk=False).type.dialect_impl(dialect).result_processor(dialect, None)
    write = field_column(new, with_fk=False).type.dialect_impl(dialect).bind_processor(dialect)
    report = ConversionReport()
    kept: list[tuple[int, Any]] = []

    def converted(record_id: int, raw: Any) -> Any:
        report.total += 1
        value = read(raw) if read is not None else raw
        try:
            result = convert(value)
        except (ValueError, ArithmeticError):
            text = convert.old_type.format(convert.old_type.from_db(value, old), old)
            report.failures.append((record_id, text))
            kept.append((record_id, text))
            return None
        report.converted += 1
        return write(result) if write is not None and result is not None else result

    driver = writer.conn.connection.driver_connection
    driver.create_function("sp_convert", 2, converted)
    try:
        table, source, target = table_name(obj.id), column_name(old), column_name(new)
        writer.conn.exec_driver_sql(f"UPDATE {table} SET {target} = sp_convert(id, {source}) WHERE {source} IS NOT NULL")
    finally:
        driver.create_function("sp_convert", 2, None)
    report.failures.sort()
    if keep is not None:
        writer.write_values(obj, keep, sorted(kept))
    return report


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
    if base.type != "reference":
        base.target = None
    if base.type != "choice":
        base.choices = ()
    if base.type != "formula":
        base.formula = None
        base.result_type = None
    if base.type not in ("decimal", "money", "formula"):
        base.precision = base.scale = None
    if old.type != base.type and "length" not in changes and base.type not in ("string", "email", "phone", "url"):
        base.length = None
    base.default = None if "default" not in changes else base.default
    if base.unique and base.type in ("text", "file", "boolean", "formula"):
        base.unique = False
    return base


def count_values(conn: sa.Connection, obj: ObjectDef, f: FieldDef) -> int:
    return int(
        conn.execute(sa.text(f"SELECT COUNT({column_name(f)}) FROM {table_name(obj.id)}")).scalar_one()
    )


__all__ = ["ConversionError", "ConversionReport", "Converter", "move_values", "preview", "new_definition", "keep_field_for"]
