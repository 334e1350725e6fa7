"""The SQL of reports: grouped SELECTs over an object's table, joined through references, summed in the database.

One statement per grouping set: GROUP BY the group keys (field values, text folded as the filters compare
it, dates cut to a part by storage.ops), aggregates in SQL (COUNT, SUM, MIN, MAX, COUNT(DISTINCT)); an
average travels as its sum and count so subtotals stay exact. References are LEFT OUTER joins (through
storage.query; inner where the filter needs the referenced row), so records without one land in the empty
group. No bound parameter sits in a group key: Firebird matches GROUP BY expressions by their text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from supasoft.core.errors import SchemaError
from supasoft.core.fieldtypes.roles import is_long_text, is_text, link_target, result_kind, type_of
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef, FieldPath, FilterGroup, ObjectDef
from supasoft.core.reports.groups import Groups
from supasoft.core.reports.keys import part_key
from supasoft.core.reports.spec import Grouping, Measure
from supasoft.storage.engine_ops import EngineOps
from supasoft.storage.query import QueryBuilder

FETCH_CHUNK = 1000  # grouped rows fetched at a time (one driver call each, not one per row)
LABEL_CHUNK = 900  # ids per IN list (Firebird takes at most 1,500)
DENSE = 2  # labels of more ids than a chunk are read as one id range when it is at most this much wider


@dataclass
class LevelSql:
    """One grouping level: the key expression grouped by, and a label expression read beside it (MIN)."""

    grouping: Grouping
    field: FieldDef | None  # None: the Code
    key: sa.ColumnElement[Any]
    label: sa.ColumnElement[Any] | None  # a reference's display, a text's own spelling; None: the key itself


class ReportQuery:
    """The SQL of one report over one object: every statement shares the joins, the filter and the row rights."""

    def __init__(self, builder: QueryBuilder, ops: EngineOps, rows: Sequence[Grouping], columns: Sequence[Grouping],
                 measures: Sequence[Measure], where: FilterGroup | None, extra: Any = None,
                 target_builder: Callable[[ObjectDef], QueryBuilder] | None = None):
        """target_builder: a builder over a referenced object with the same rights (labels of reference groups)."""
        self.builder = builder
        self.ops = ops
        self.target_builder = target_builder
        self.levels = [self._level(g) for g in (*rows, *columns)]
        self.measures = [self._measure(m) for m in measures]
        parts = [c for c in (builder.where(where), extra) if c is not None]
        self.condition = sa.and_(*parts) if parts else None

    # --- expressions -------------------------------------------------------------------------------------
    def field_at(self, path: FieldPath) -> FieldDef | None:
        return self.builder.field_at(path)

    def _level(self, grouping: Grouping) -> LevelSql:
        f = self.field_at(grouping.path)
        column = self.builder.column(grouping.path)
        if grouping.date_part is not None:
            if f is None or result_kind(f) not in ("date", "datetime"):
                raise SchemaError(Message("{field} is not a date, so it cannot be grouped by {part}",
                                          field=_name(f), part=grouping.date_part))
            return LevelSql(grouping, f, self.ops.date_part(column, grouping.date_part), None)
        if f is not None and is_long_text(f):
            raise SchemaError(Message("{field} is a long text: reports cannot group by it", field=f.name))
        if f is not None and link_target(f) is not None:  # labels read apart, for the groups only (no join here)
            return LevelSql(grouping, f, column, None)
        if f is not None and is_text(f):
            key = self.ops.fold_text(sa.func.nullif(column, sa.literal_column("''")))
            return LevelSql(grouping, f, key, sa.func.min(column))
        return LevelSql(grouping, f, column, None)

    def _measure(self, measure: Measure) -> list[sa.ColumnElement[Any]]:
        if measure.path is None:
            if measure.func != "count":
                raise SchemaError(Message("Only a count needs no field"))
            return [sa.func.count()]
        f = self.field_at(measure.path)
        if f is not None and is_long_text(f):
            raise SchemaError(Message("{field} is a long text: reports cannot calculate with it", field=f.name))
        column = self.builder.column(measure.path)
        func = measure.func
        if func == "count":
            return [sa.func.count(column)]
        if func == "count_distinct":
            return [sa.func.count(sa.distinct(column))]
        exact = self.ops.exact_aggregate
        if func == "sum":
            return [exact(sa.func.sum(column), column)]
        if func == "avg":
            return [exact(sa.func.sum(column), column), sa.func.count(column)]
        if func == "min":
            return [exact(sa.func.min(column), column)]
        if func == "max":
            return [exact(sa.func.max(column), column)]
        raise SchemaError(Message("Unknown calculation {func}", func=func))

    # --- statements --------------------------------------------------------------------------------------
    def grouped(self, conn: sa.Connection, levels: Sequence[int], measures: Sequence[int]) -> Groups:
        """One grouped SELECT: the groups of `levels` (indexes: rows first, then columns) with `measures`."""
        chosen = [self.levels[i] for i in levels]
        keys = [level.key for level in chosen]
        labels = [level.label for level in chosen if level.label is not None]
        parts = [expr for i in measures for expr in self.measures[i]]
        if not parts:
            parts = [sa.func.count()]
        query = sa.select(*keys, *labels, *parts).select_from(self.builder.from_clause())
        if self.condition is not None:
            query = query.where(self.condition)
        if keys:
            query = query.group_by(*keys)
        decode_at = [(j, decode) for j, decode in enumerate(self._decoder(level) for level in chosen) if decode is not None]
        labelled = [level.label is not None for level in chosen]
        widths = [len(self.measures[m]) for m in measures]
        out = Groups(len(keys), reads=any(labelled))
        _read_groups(conn.execute(query), out, decode_at, labelled, widths)
        for j, level in enumerate(chosen):
            target = link_target(level.field) if level.field is not None else None
            if target is not None:  # read once per referenced record, kept per key
                out.shown[j] = self.reference_labels(conn, target, {keys[j] for keys in out.keys if keys[j] is not None})
        return out

    def reference_labels(self, conn: sa.Connection, target_id: int, ids: set[Any]) -> dict[Any, Any]:
        """id -> what users see of the referenced records (their display field, else the Code), None for a record
        the user may not read; read in chunks for the groups' ids only."""
        if not ids:
            return {}
        obj = self.builder.config.object_by_id(target_id)
        b = self.target_builder(obj) if self.target_builder is not None else QueryBuilder(
            self.builder.config, self.builder.physical, obj, self.builder.ctx, self.builder.dialect)
        shown = obj.display_field if obj.display_field not in b.hidden else None
        text = b.display((shown,)) if shown is not None else b.base.c.rec_code
        allowed = b.readable(obj.id, b.base) if b.readable is not None else None
        if allowed is not None:
            text = sa.case((allowed, text), else_=sa.null())
        found: dict[Any, Any] = {}
        ordered = sorted(ids)
        base = sa.select(b.base.c.id, text).select_from(b.from_clause())
        if len(ordered) > LABEL_CHUNK and ordered[-1] - ordered[0] < DENSE * len(ordered):
            # most ids of a span (every client has orders): one range read, no statement of 900 parameters
            # to prepare per chunk (Firebird: 50-80 ms each)
            query = base.where(b.base.c.id.between(ordered[0], ordered[-1]))
            return {row[0]: row[1] for row in conn.execute(query) if row[0] in ids}
        for start in range(0, len(ordered), LABEL_CHUNK):
            chunk = ordered[start:start + LABEL_CHUNK]
            found.update((row[0], row[1]) for row in conn.execute(base.where(b.base.c.id.in_(chunk))))
        return found

    def _decoder(self, level: LevelSql) -> Callable[[Any], Any] | None:
        """How a level's raw key becomes its group key (None: as it is), chosen once per statement; the few
        distinct raw keys of a level (months, prices) are decoded once each."""
        part = level.grouping.date_part
        f = level.field
        if part is not None:
            def convert(raw: Any) -> Any:
                return part_key(part, raw)
        elif f is None or link_target(f) is not None or level.label is not None:
            return None
        else:
            kind = type_of(f)

            def convert(raw: Any) -> Any:
                return None if raw is None else kind.from_db(raw, f)
        seen: dict[Any, Any] = {}

        def decode(raw: Any) -> Any:
            try:
                return seen[raw]
            except KeyError:
                seen[raw] = found = convert(raw)
                return found
            except TypeError:  # not hashable
                return convert(raw)
        return decode

    def date_span(self, conn: sa.Connection, path: FieldPath) -> tuple[Any, Any]:
        """The earliest and latest value at a date path among the report's records."""
        column = self.builder.column(path)
        query = sa.select(sa.func.min(column), sa.func.max(column)).select_from(self.builder.from_clause())
        if self.condition is not None:
            query = query.where(self.condition)
        low, high = conn.execute(query).one()
        return low, high


def _read_groups(result: sa.CursorResult[Any], out: Groups, decode_at: list[tuple[int, Callable[[Any], Any]]],
                 labelled: list[bool], widths: list[int]) -> None:
    """Rows of a grouped SELECT (keys, labels read beside them, then each measure's columns) into `out`, a chunk
    at a time: no list of every row beside the groups, one driver call per chunk."""
    count = len(labelled)
    plain = not any(labelled) and all(width == 1 for width in widths)  # the usual case: keys, then one per measure
    keys_of, values_of, reads_of = out.keys.append, out.values.append, out.reads
    measured = len(widths)
    for chunk in result.partitions(FETCH_CHUNK):
        for row in chunk:
            if plain and not decode_at:
                keys_of(tuple(row[:count]))
                values_of(list(row[count:count + measured]))
                continue
            row_keys = list(row[:count])
            for j, decode in decode_at:
                row_keys[j] = decode(row_keys[j])
            keys_of(tuple(row_keys))
            if plain:
                values_of(list(row[count:count + measured]))
                continue
            i = count
            row_labels = []
            for has_label in labelled:
                if has_label:
                    row_labels.append(row[i])
                    i += 1
                else:
                    row_labels.append(None)
            if reads_of is not None:
                reads_of.append(tuple(row_labels))
            values: list[Any] = []
            for width in widths:
                values.append(tuple(row[i:i + width]) if width > 1 else row[i])
                i += width
            values_of(values)


def _name(f: FieldDef | None) -> str:
    return f.name if f is not None else "Code"
