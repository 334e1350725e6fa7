"""Pivot reports under the viewer's rights: a ReportSpec in, a PivotResult out, the arithmetic done by the database.

Every run passes the one rights checkpoint (services.access): the object's read and report rights, row rights
(a report counts only records the viewer may read) and field rights (a grouping, measure, filter or parameter
on a field the viewer may not see is refused). The SQL lives in storage.report_sql; subtotals, shares and
running totals are added up over the groups (core.reports.pivot), never over the records.
"""

from __future__ import annotations

from typing import Any

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError
from supasoft.core.fieldtypes.roles import (
    is_link,
    is_long_text,
    is_numeric,
    is_text,
    is_user_link,
    link_target,
    result_kind,
)
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef, FieldPath, FilterGroup, ObjectDef
from supasoft.core.reports.drill import DrillMap, LevelDrill
from supasoft.core.reports.groups import Groups
from supasoft.core.reports.params import bound_filter
from supasoft.core.reports.pivot import ADDITIVE, PivotBuilder
from supasoft.core.reports.spec import PivotResult, ReportSpec
from supasoft.services.report_labels import Labeler, grouping_title, is_dated, measure_info
from supasoft.storage.report_sql import ReportQuery

MAX_LEVELS = 6  # rows plus columns: more is no longer a readable table


class ReportService:
    """Runs reports for the session's user (the RecordService carries the storage, structure and rights)."""

    def __init__(self, records: Any, users: Any = None):
        self.records = records
        self.basis = records.basis
        self.access = records.access
        self.users = users if users is not None else records.users

    # --- checks -------------------------------------------------------------------------------------------
    def check(self, spec: ReportSpec) -> None:
        """Refuse a spec the user may not run or that cannot be computed, with a message (the designer asks live)."""
        obj = self.basis.obj(spec.object_id)
        self.access.require("read", obj.id)
        self.access.require("report", obj.id)
        if len(spec.rows) + len(spec.columns) > MAX_LEVELS:
            raise SchemaError(Message("A report has at most {count} row and column levels", count=MAX_LEVELS))
        for grouping in (*spec.rows, *spec.columns):
            f = self._field(obj, grouping.path)
            if grouping.date_part is not None and not is_dated(f):
                raise SchemaError(Message("{field} is not a date, so it cannot be grouped by {part}",
                                          field=_name(f), part=grouping.date_part))
            if f is not None and is_long_text(f):
                raise SchemaError(Message("{field} is a long text: reports cannot group by it", field=f.name))
        for measure in spec.measures:
            f = self._field(obj, measure.path) if measure.path is not None else None
            if measure.path is None and measure.func != "count":
                raise SchemaError(Message("Only a count needs no field"))
            if measure.func in ("sum", "avg") and not (f is not None and is_numeric(f)):
                raise SchemaError(Message("{field} is not a number, so it cannot be summed or averaged", field=_name(f)))
            if measure.func in ("min", "max") and not (f is not None and (is_numeric(f) or is_dated(f))):
                raise SchemaError(Message("{field} is not a number or a date: no minimum or maximum", field=_name(f)))
            if measure.show != "value" and measure.func not in ADDITIVE:
                raise SchemaError(Message("A share or running total needs a count or a sum"))
        for param in spec.params:
            self._field(obj, param.path)
        for path in _filter_paths(spec.filter):
            self._field(obj, path)

    def _field(self, obj: ObjectDef, path: FieldPath) -> FieldDef | None:
        """The field a path ends at (None: the Code), checked to exist and to be visible to the user."""
        config = self.basis.config
        current, f = obj, None
        for depth, field_id in enumerate(path):
            try:
                f = current.field_by_id(field_id)
            except KeyError:
                raise NotFound(Message("Field #{id} does not exist in {object}", id=field_id, object=current.name)) from None
            if depth < len(path) - 1:
                target = link_target(f)
                if target is None:
                    raise SchemaError(Message("{field} is not a reference, so the path cannot continue", field=f.name))
                current = config.object_by_id(target)
        if not self.access.path_visible(obj.id, tuple(path)):
            raise PermissionDenied(Message("You cannot build a report on a field you are not allowed to see."))
        return f

    # --- running ------------------------------------------------------------------------------------------
    def run(self, spec: ReportSpec, params: dict[str, Any] | None = None) -> PivotResult:
        """The report's numbers as the user may see them: one grouped query, plus one per shorter grouping
        for distinct counts (which cannot be added up)."""
        self.check(spec)
        obj = self.basis.obj(spec.object_id)
        where = bound_filter(spec, params)
        repo = self.basis.repo()
        builder = repo.builder(obj, self.basis.context())
        extra = self.access.row_filter(obj.id, "read", builder.base)
        counts_all = extra is not None and self.access.allowed("report_all", obj.id)  # beyond the read scope
        query = ReportQuery(builder, self.basis.storage.ops, spec.rows, spec.columns, spec.measures, where,
                            None if counts_all else extra,
                            target_builder=lambda target: repo.builder(target, self.basis.context()))
        r, c = len(spec.rows), len(spec.columns)
        all_measures = list(range(len(spec.measures)))
        distinct = [i for i, m in enumerate(spec.measures) if m.func == "count_distinct"]
        levels = [(g, query.levels[i].field) for i, g in enumerate((*spec.rows, *spec.columns))]
        drill = DrillMap(rows=[self._drill(g, f) for g, f in levels[:r]], columns=[self._drill(g, f) for g, f in levels[r:]])
        with self.basis.storage.connect() as conn:
            groups = query.grouped(conn, list(range(r + c)), all_measures)
            totals: dict[tuple[int, int], Groups] = {}
            if distinct:
                for i in range(r + 1):
                    for j in range(c + 1):
                        if (i, j) != (r, c):
                            chosen = list(range(i)) + list(range(r, r + j))
                            totals[(i, j)] = query.grouped(conn, chosen, distinct)
            for level, (grouping, _f) in zip([*drill.rows, *drill.columns], levels, strict=True):
                if grouping.date_part in ("weekday", "month_of_year"):
                    low, high = query.date_span(conn, grouping.path)
                    level.first = _day(low)
                    level.last = _day(high)
        for index, (level, (grouping, f)) in enumerate(zip([*drill.rows, *drill.columns], levels, strict=True)):
            if grouping.date_part is None and f is not None and is_text(f):  # drills by its own spelling (equality folds case)
                for key, read in groups.first_reads(index).items():
                    if key is not None:
                        level.values.setdefault(key, read)
        named = self.users is not None and any(f is not None and is_user_link(f) for _g, f in levels)  # else no read
        people = {p.id: p.full_name or p.login for p in self.users.people()} if named else {}
        labeler = Labeler(self.basis.config, obj, levels, people, self.access.field_visible)
        infos = [measure_info(m, builder.field_at(m.path) if m.path is not None else None) for m in spec.measures]
        by_label = [g.date_part is None and f is not None and (is_link(f) or is_text(f)) for g, f in levels]
        result = PivotBuilder(spec, infos, labeler, by_label).build(groups, totals)
        result.row_titles = [grouping_title(g, f) for g, f in levels[:r]]
        result.column_titles = [grouping_title(g, f) for g, f in levels[r:]]
        result.base_filter = where
        result.drill_conditions = drill
        result.counts_all = counts_all
        return result

    def _drill(self, grouping: Any, f: FieldDef | None) -> LevelDrill:
        with_time = f is not None and result_kind(f) == "datetime"
        return LevelDrill(tuple(grouping.path), grouping.date_part, with_time)


def _day(value: Any) -> Any:
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def _name(f: FieldDef | None) -> str:
    return f.name if f is not None else "Code"


def _filter_paths(group: FilterGroup | None) -> list[FieldPath]:
    if group is None:
        return []
    out: list[FieldPath] = []
    for item in group.items:
        out += _filter_paths(item) if isinstance(item, FilterGroup) else [tuple(item.path)]
    return out
