"""What a report asks and what it answers, as plain dataclasses the designer, services and storage share.

A ReportSpec is a pivot over one object: row and column groupings (field paths through references,
dates cut into parts), measures (count, sum...), the table filter model, and parameters asked at run
time. Specs are saved as JSON (`to_json` / `from_json`). A PivotResult holds the grouped numbers, the
subtotals and totals, and answers `drill(row_key, col_key)` with the filter of the records behind a number.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from supasoft.core.errors import SchemaError
from supasoft.core.messages import Message
from supasoft.core.meta import Condition, FieldPath, FilterGroup
from supasoft.core.serialization import from_plain, to_plain

DatePart = Literal["day", "week", "month", "quarter", "year", "weekday", "month_of_year"]
DATE_PARTS: tuple[str, ...] = ("day", "week", "month", "quarter", "year", "weekday", "month_of_year")
Func = Literal["count", "sum", "avg", "min", "max", "count_distinct"]
FUNCS: tuple[str, ...] = ("count", "sum", "avg", "min", "max", "count_distinct")
Show = Literal["value", "share", "running"]
SHOWS: tuple[str, ...] = ("value", "share", "running")
#: How a report is drawn: grouped or stacked bars, lines, a pie or donut, or one number against the period before.
CHART_KINDS: tuple[str, ...] = ("bar", "stacked", "line", "pie", "donut", "kpi")

#: One group's key at one level: a stored value (text folded as equality compares it, a reference's record id,
#: a number, yes/no), a date part (the first day of a day/week/month/quarter/year period as a date; 1..7 from
#: Monday for weekday; 1..12 for month_of_year), or None for the "(empty)" group (NULL, and '' for text).
Key = Any
#: Keys of a row (or column) from the first level down; a shorter tuple names a subtotal, () the total.
KeyPath = tuple[Key, ...]


@dataclass
class Grouping:
    """One level of rows or columns: the value at `path` (field ids through references; () = the Code),
    optionally cut to a date part ("month": every March 2025 record in one group)."""

    path: FieldPath
    date_part: DatePart | None = None
    title: str | None = None  # header shown instead of the field name


@dataclass
class Measure:
    """One number per cell: `func` over the field at `path` (None = the records themselves: count),
    shown as the value, its share of the grand total (0..1), or a running total down the rows."""

    path: FieldPath | None = None
    func: Func = "count"
    show: Show = "value"
    title: str | None = None


@dataclass
class Param:
    """A value asked when the report runs, added to the filter as Condition(path, op, value);
    for "between" the value is two bounds ([from, to], or the text "from..to"). A missing optional
    parameter adds nothing; a missing required one without a default is refused."""

    name: str
    path: FieldPath
    op: str = "between"
    label: str = ""
    default: Any = None  # JSON-friendly (dates as ISO text)
    required: bool = False


@dataclass
class ReportSort:
    """Order of the row groups within each level: by their label (dates in time order, empty last)
    or by a measure's value (its subtotal for upper levels); columns always go by label."""

    by: Literal["label", "measure"] = "label"
    measure: int = 0  # index into ReportSpec.measures when by == "measure"
    descending: bool = False


@dataclass
class ChartOptions:
    """How the report's chart is drawn and whether it opens on the chart: kept with the report so it reopens as left."""

    kind: str = "bar"  # one of CHART_KINDS
    measure: int = 0  # the value drawn when the report has several
    shown: bool = False  # the report opens on its chart rather than its table


@dataclass
class ReportSpec:
    """A pivot report over one object. top_n keeps the first N row groups of the first level after sorting
    (subtotals and grand totals still count every record the filter keeps, so their drill-down stays exact)."""

    object_id: int
    rows: list[Grouping] = field(default_factory=list)
    columns: list[Grouping] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=lambda: [Measure()])
    filter: FilterGroup | None = None
    params: list[Param] = field(default_factory=list)
    sort: ReportSort = field(default_factory=ReportSort)
    top_n: int | None = None
    subtotals: bool = True
    grand_totals: bool = True
    name: str = ""
    shared: bool = False
    chart: ChartOptions = field(default_factory=ChartOptions)

    def to_json(self) -> str:
        """The spec as a JSON document (saved reports, exports)."""
        return json.dumps(spec_to_plain(self), ensure_ascii=False, sort_keys=True)

    @staticmethod
    def from_json(text: str) -> ReportSpec:
        """The inverse of to_json; keys a document lacks take their defaults; anything else is a SchemaError."""
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError):
            raise SchemaError(Message("This is not a saved report")) from None
        try:
            return spec_from_plain(doc)
        except (TypeError, ValueError, AttributeError, KeyError):
            raise SchemaError(Message("This is not a saved report")) from None


@dataclass(frozen=True)
class Header:
    """A row or column group: its keys from the first level down and what users see for each."""

    key: KeyPath
    labels: tuple[str, ...]

    @property
    def level(self) -> int:
        """0 for a first-level group; a header of a subtotal has fewer keys than the levels."""
        return len(self.key) - 1


@dataclass
class MeasureInfo:
    """What a measure column is: its title and how its values are formatted."""

    title: str
    func: str
    show: str
    number_format: str | None = None  # an Excel number format (the field type's cell_format; "0.0%" for shares)
    scale: int | None = None  # digits after the point of exact values


@dataclass
class PivotResult:
    """The answer of a report: headers in display order, the numbers, subtotals and totals, and drill-down.

    cells[(row_key, col_key)] holds one value per measure for full keys (every level); totals holds the same
    for shorter keys: (row_prefix, col_key) are row subtotals, (row_key, ()) the total column, ((), ()) the
    grand total. `value()` reads either. With no row (column) groupings, rows (columns) hold one header with the
    key (), so every result has at least one row and one column. A value is an int (counts), a Decimal (exact numbers, averages, shares),
    a float (float fields), a date/datetime (min/max of dates) or None (nothing to count)."""

    spec: ReportSpec
    rows: list[Header] = field(default_factory=list)
    columns: list[Header] = field(default_factory=list)
    cells: dict[tuple[KeyPath, KeyPath], list[Any]] = field(default_factory=dict)
    totals: dict[tuple[KeyPath, KeyPath], list[Any]] = field(default_factory=dict)
    measures: list[MeasureInfo] = field(default_factory=list)
    row_titles: list[str] = field(default_factory=list)
    column_titles: list[str] = field(default_factory=list)
    base_filter: FilterGroup | None = None  # the spec's filter with the parameters bound in
    drill_conditions: Any = None  # core.reports.drill.DrillMap, set by the service
    counts_all: bool = False  # counted records the viewer may not read ('reports over all records'); a drill lists fewer

    def value(self, row_key: KeyPath, col_key: KeyPath) -> list[Any] | None:
        """The numbers at a cell, a subtotal or a total (None when no record falls there)."""
        found = self.cells.get((row_key, col_key))
        return found if found is not None else self.totals.get((row_key, col_key))

    def row_lines(self) -> list[Header]:
        """Rows to show in order: each group's leaves followed by its subtotal lines (when the spec asks for them)."""
        return _lines(self.rows, self.spec.subtotals)

    def column_lines(self) -> list[Header]:
        """Columns to show in order, with subtotal columns after each group (when the spec asks for them)."""
        return _lines(self.columns, self.spec.subtotals)

    def drill(self, row_key: KeyPath, col_key: KeyPath) -> FilterGroup:
        """The filter that selects exactly the records behind the number at (row_key, col_key):
        the report's filter with its parameters, AND one condition per key (empty groups: "is empty")."""
        items: list[Condition | FilterGroup] = []
        if self.base_filter is not None and self.base_filter.items:  # an AND filter's conditions stay flat
            items += self.base_filter.items if self.base_filter.mode == "and" else [self.base_filter]
        if self.drill_conditions is not None:
            items += self.drill_conditions.conditions(row_key, col_key)
        return FilterGroup("and", items)


def _lines(leaves: list[Header], subtotals: bool) -> list[Header]:
    if not subtotals or not leaves:
        return list(leaves)
    depth = len(leaves[0].key)
    out: list[Header] = []
    for i, leaf in enumerate(leaves):
        out.append(leaf)
        following = leaves[i + 1].key if i + 1 < len(leaves) else None
        for cut in range(depth - 1, 0, -1):  # close the groups that end here, innermost first
            if following is None or following[:cut] != leaf.key[:cut]:
                out.append(Header(leaf.key[:cut], leaf.labels[:cut]))
    return out


# --- JSON ------------------------------------------------------------------------------------------------
def _plain_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain_value(v) for v in value]
    return value


def spec_to_plain(spec: ReportSpec) -> dict[str, Any]:
    """A spec as JSON-ready dicts and lists."""
    return {
        "kind": "supasoft-report", "format": 1, "object_id": spec.object_id,
        "rows": [{"path": list(g.path), "date_part": g.date_part, "title": g.title} for g in spec.rows],
        "columns": [{"path": list(g.path), "date_part": g.date_part, "title": g.title} for g in spec.columns],
        "measures": [{"path": None if m.path is None else list(m.path), "func": m.func, "show": m.show,
                      "title": m.title} for m in spec.measures],
        "filter": None if spec.filter is None else _plain_value(to_plain(spec.filter)),
        "params": [{"name": p.name, "path": list(p.path), "op": p.op, "label": p.label,
                    "default": _plain_value(p.default), "required": p.required} for p in spec.params],
        "sort": {"by": spec.sort.by, "measure": spec.sort.measure, "descending": spec.sort.descending},
        "top_n": spec.top_n, "subtotals": spec.subtotals, "grand_totals": spec.grand_totals,
        "name": spec.name, "shared": spec.shared,
        "chart": {"kind": spec.chart.kind, "measure": spec.chart.measure, "shown": spec.chart.shown},
    }


def spec_from_plain(doc: dict[str, Any]) -> ReportSpec:
    """A spec from spec_to_plain's shape; checks the names of date parts, functions and shows."""
    if not isinstance(doc, dict) or "object_id" not in doc:
        raise SchemaError(Message("This is not a saved report"))

    def grouping(g: dict[str, Any]) -> Grouping:
        part = g.get("date_part")
        if part is not None and part not in DATE_PARTS:
            raise SchemaError(Message("Unknown date part {part}", part=repr(part)))
        return Grouping(tuple(g.get("path") or ()), part, g.get("title"))

    def measure(m: dict[str, Any]) -> Measure:
        if m.get("func", "count") not in FUNCS or m.get("show", "value") not in SHOWS:
            raise SchemaError(Message("Unknown calculation {func}", func=f"{m.get('func')!r}/{m.get('show')!r}"))
        path = m.get("path")
        return Measure(None if path is None else tuple(path), m.get("func", "count"), m.get("show", "value"),
                       m.get("title"))

    sort = doc.get("sort") or {}
    chart = doc.get("chart") or {}  # reports saved before charts were kept open as bars on their table
    kind = chart.get("kind", "bar")
    return ReportSpec(
        object_id=int(doc["object_id"]),
        rows=[grouping(g) for g in doc.get("rows") or []],
        columns=[grouping(g) for g in doc.get("columns") or []],
        measures=[measure(m) for m in doc.get("measures") or []],
        filter=None if doc.get("filter") is None else from_plain(FilterGroup, doc["filter"]),
        params=[Param(p["name"], tuple(p.get("path") or ()), p.get("op", "between"), p.get("label", ""),
                      p.get("default"), bool(p.get("required", False))) for p in doc.get("params") or []],
        sort=ReportSort(sort.get("by", "label"), int(sort.get("measure", 0)), bool(sort.get("descending", False))),
        top_n=doc.get("top_n"),
        subtotals=bool(doc.get("subtotals", True)),
        grand_totals=bool(doc.get("grand_totals", True)),
        name=doc.get("name", ""),
        shared=bool(doc.get("shared", False)),
        chart=ChartOptions(kind if kind in CHART_KINDS else "bar", max(0, int(chart.get("measure", 0))),
                           bool(chart.get("shown", False))),
    )
