"""From grouped rows to a PivotResult: subtotals and totals added up over the groups (never the records),
rows sorted and cut to the top N, shares of the total and running totals computed on the grouped result.

Counts and sums add up, minimums and maximums compare, averages carry (sum, count) until the end, so every
subtotal is exact from the finest groups alone; a distinct count cannot be added up, so its subtotals come
from their own grouped queries (`distinct_totals`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from supasoft.core.reports.keys import EMPTY_LABEL
from supasoft.core.reports.spec import Header, KeyPath, MeasureInfo, PivotResult, ReportSpec

#: (level index over rows then columns, key, what the database read beside it) -> the label users see
Labeler = Callable[[int, Any, Any], str]
ADDITIVE = ("count", "sum", "count_distinct")  # share and running totals make sense for these
SHARE_DIGITS = 9


@dataclass
class Group:
    """One finest group: keys of every level (rows, then columns), the labels read with them, one value
    per measure (an average as (sum, count))."""

    keys: tuple[Any, ...]
    labels: tuple[Any, ...]
    values: list[Any]


def _add(a: Any, b: Any) -> Any:
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def combine(func: str, a: Any, b: Any) -> Any:
    """Two groups' values of one measure as the value of both together."""
    if func in ("count", "sum", "count_distinct"):
        return _add(a, b)
    if func == "avg":
        if a is None:
            return b
        if b is None:
            return a
        return (_add(a[0], b[0]), a[1] + b[1])
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b) if func == "min" else max(a, b)


def average(pair: Any) -> Any:
    """sum / count, exact for decimals (two digits more than the values have), None with nothing to average."""
    if pair is None:
        return None
    total, count = pair
    if not count or total is None:
        return None
    if isinstance(total, float):
        return total / count
    total = Decimal(total)
    digits = max(0, -total.as_tuple().exponent) + 2 if isinstance(total.as_tuple().exponent, int) else 2
    return (total / count).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def share(value: Any, total: Any) -> Decimal:
    """value / total as a fraction with SHARE_DIGITS decimals (0.25 = 25%)."""
    return (Decimal(value) / Decimal(total)).quantize(Decimal(1).scaleb(-SHARE_DIGITS), rounding=ROUND_HALF_UP)


def _order_key(key: Any, label: str, by_label: bool = False) -> tuple[Any, ...]:
    """Label order: empty last; dates, numbers and yes/no by value; references, users and text by their label,
    ignoring case."""
    if key is None:
        return (1, 0, "")
    if by_label:
        return (0, 1, str(label).casefold())
    if isinstance(key, (bool, int, float, Decimal, dt.date)) and not isinstance(key, bool):
        return (0, 0, key)
    if isinstance(key, bool):
        return (0, 0, int(key))
    return (0, 1, str(label).casefold())


class PivotBuilder:
    """Assembles one PivotResult from the finest groups of a report."""

    def __init__(self, spec: ReportSpec, measures: list[MeasureInfo], labeler: Labeler,
                 by_label: Sequence[bool] = ()):
        """by_label[level]: that level's groups sort by their label (references, users), not their key."""
        self.spec = spec
        self.by_label = list(by_label) + [False] * (len(spec.rows) + len(spec.columns) - len(by_label))
        self.funcs = [m.func for m in spec.measures]
        self.measures = measures
        self.labeler = labeler
        self.depth_rows = len(spec.rows)
        self.depth_cols = len(spec.columns)

    def build(self, groups: Iterable[Group], distinct_totals: dict[tuple[int, int], list[Group]] | None = None) -> PivotResult:
        """distinct_totals[(row levels, column levels)]: groups of the distinct counts at each shorter grouping."""
        r, c = self.depth_rows, self.depth_cols
        raw: dict[tuple[KeyPath, KeyPath], list[Any]] = {}
        labels: dict[tuple[int, Any], str] = {}
        funcs = self.funcs
        adding = all(f in ADDITIVE for f in funcs)  # the common case: add in place, no call per value
        shorter = [(i, j) for i in range(r + 1) for j in range(c + 1) if (i, j) != (r, c)]
        for group in groups:
            keys, values = group.keys, group.values
            for level, key in enumerate(keys):
                if (level, key) not in labels:
                    labels[(level, key)] = EMPTY_LABEL if key is None else self.labeler(level, key, group.labels[level])
            raw[(keys[:r], keys[r:])] = list(values)  # the finest groups are unique
            for i, j in shorter:
                at = (keys[:i], keys[r:r + j])
                kept = raw.get(at)
                if kept is None:
                    raw[at] = list(values)
                elif adding:
                    for k, value in enumerate(values):
                        if value is not None:
                            kept[k] = value if kept[k] is None else kept[k] + value
                else:
                    raw[at] = [combine(f, a, b) for f, a, b in zip(funcs, kept, values, strict=True)]
        for (i, j), found in (distinct_totals or {}).items():  # distinct counts do not add up: their own groups
            distinct = [k for k, f in enumerate(self.funcs) if f == "count_distinct"]
            for group in found:
                at = (group.keys[:i], group.keys[i:i + j])
                if at in raw:
                    for slot, k in enumerate(distinct):
                        raw[at][k] = group.values[slot]
        final = raw if "avg" not in funcs else {
            at: [average(v) if f == "avg" else v for f, v in zip(funcs, values, strict=True)] for at, values in raw.items()}
        rows = self._sorted_rows({k[0] for k in final if len(k[0]) == r}, final, labels)
        columns = sorted({k[1] for k in final if len(k[1]) == c}, key=lambda key: self._label_order(key, r, labels))
        if self.spec.top_n is not None and r:
            kept_first = list(dict.fromkeys(k[0] for k in rows))[: max(0, self.spec.top_n)]
            rows = [k for k in rows if k[0] in kept_first]
        rows = rows if r else [()]
        columns = columns if c else [()]
        self._apply_shows(final, rows, columns)
        result = PivotResult(self.spec, measures=self.measures)
        result.rows = [Header(k, tuple(labels[(i, x)] for i, x in enumerate(k))) for k in rows]
        result.columns = [Header(k, tuple(labels[(r + i, x)] for i, x in enumerate(k))) for k in columns]
        shown_rows = {k[:i] for k in rows for i in range(r + 1)}
        for (row_key, col_key), values in final.items():
            if row_key not in shown_rows:
                continue
            if len(row_key) == r and len(col_key) == c:
                result.cells[(row_key, col_key)] = values
            else:
                result.totals[(row_key, col_key)] = values
        if ((), ()) not in result.totals and not (r == 0 and c == 0):
            result.totals[((), ())] = [0 if f == "count" or f == "count_distinct" else None for f in self.funcs]
        if r == 0 and c == 0:
            result.cells[((), ())] = final.get(((), ()), [0 if f in ("count", "count_distinct") else None for f in self.funcs])
        return result

    # --- order ------------------------------------------------------------------------------------------
    def _label_order(self, key: KeyPath, offset: int, labels: dict[tuple[int, Any], str]) -> tuple[Any, ...]:
        return tuple(_order_key(k, labels.get((offset + i, k), ""), self.by_label[offset + i]) for i, k in enumerate(key))

    def _sorted_rows(self, keys: set[KeyPath], final: dict[tuple[KeyPath, KeyPath], list[Any]],
                     labels: dict[tuple[int, Any], str]) -> list[KeyPath]:
        sort = self.spec.sort
        if sort.by != "measure" or not self.funcs:
            ordered = sorted(keys, key=lambda key: self._label_order(key, 0, labels))
            return list(reversed(ordered)) if sort.descending else ordered
        m = min(max(sort.measure, 0), len(self.funcs) - 1)

        def rank(key: KeyPath) -> tuple[Any, ...]:
            parts: list[Any] = []
            for i in range(1, len(key) + 1):
                value = final.get((key[:i], ()), [None] * len(self.funcs))[m]
                missing = value is None
                number = value if not missing else 0
                if sort.descending and not missing:
                    number = -number if not isinstance(number, dt.date) else -number.toordinal()
                elif isinstance(number, dt.date):
                    number = number.toordinal()
                parts.append((missing, number, self._label_order(key[i - 1:i], i - 1, labels)))
            return tuple(parts)

        return sorted(keys, key=rank)

    # --- share and running totals --------------------------------------------------------------------------
    def _apply_shows(self, final: dict[tuple[KeyPath, KeyPath], list[Any]], rows: Sequence[KeyPath],
                     columns: Sequence[KeyPath]) -> None:
        grand = final.get(((), ()))
        column_keys = {k for k in (c[:j] for c in columns for j in range(self.depth_cols + 1))}
        for m, measure in enumerate(self.spec.measures):
            if measure.show == "running":
                base = {at: values[m] for at, values in final.items()}
                for i in range(1, self.depth_rows + 1):
                    level_rows = list(dict.fromkeys(k[:i] for k in rows))
                    for col in column_keys:
                        running: Any = None
                        for row in level_rows:
                            if (row, col) in final:
                                running = _add(running, base[(row, col)])
                                final[(row, col)][m] = running
            if measure.show == "share":
                total = grand[m] if grand is not None else None
                for values in final.values():
                    values[m] = None if not total or values[m] is None else share(values[m], total)
