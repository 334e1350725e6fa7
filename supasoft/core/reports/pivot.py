"""From grouped rows to a PivotResult: subtotals and totals added up over the groups (never the records),
rows sorted and cut to the top N, shares of the total and running totals computed on the grouped result.

Counts and sums add up, minimums and maximums compare, averages carry (sum, count) until the end, so every
subtotal is exact from the finest groups alone; a distinct count cannot be added up, so its subtotals come
from their own grouped queries (`distinct_totals`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from supasoft.core.reports.groups import Group as Group  # the type callers build groups with
from supasoft.core.reports.groups import Groups
from supasoft.core.reports.keys import EMPTY_LABEL
from supasoft.core.reports.rollup import ADDITIVE as ADDITIVE  # share and running totals make sense for these
from supasoft.core.reports.rollup import add_or_keep, roll_up
from supasoft.core.reports.spec import Header, KeyPath, MeasureInfo, PivotResult, ReportSpec

#: (level index over rows then columns, key, what the database read beside it) -> the label users see
Labeler = Callable[[int, Any, Any], str]
SHARE_DIGITS = 9


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

    def build(self, groups: Groups | Iterable[Group],
              distinct_totals: dict[tuple[int, int], Groups | list[Group]] | None = None) -> PivotResult:
        """distinct_totals[(row levels, column levels)]: groups of the distinct counts at each shorter grouping.
        The groups' value lists become the result's cells (the groups are the builder's from then on)."""
        r, c = self.depth_rows, self.depth_cols
        funcs = self.funcs
        groups = groups if isinstance(groups, Groups) else Groups.of(groups)
        cells: dict[tuple[KeyPath, KeyPath], list[Any]] = {}
        row_keys: dict[KeyPath, KeyPath] = {}  # one tuple per row and per column, shared by its cells
        col_keys: dict[KeyPath, KeyPath] = {}
        for keys, values in zip(groups.keys, groups.values, strict=True):
            row, col = keys[:r], keys[r:]
            cells[(row_keys.setdefault(row, row), col_keys.setdefault(col, col))] = values  # finest: unique
        maps = roll_up(cells, r, c, funcs)
        for (i, j), found in (distinct_totals or {}).items():  # distinct counts do not add up: their own groups
            distinct = [k for k, f in enumerate(funcs) if f == "count_distinct"]
            level = maps[(i, j)]
            for group in found:
                at = (group.keys[:i], group.keys[i:i + j])
                if at in level:
                    for slot, k in enumerate(distinct):
                        level[at][k] = group.values[slot]
        if "avg" in funcs:
            averaged = [k for k, f in enumerate(funcs) if f == "avg"]
            for level in maps.values():
                for values in level.values():
                    for k in averaged:
                        values[k] = average(values[k])
        labels = self._labels(groups, list(row_keys), list(col_keys))
        totals: dict[tuple[KeyPath, KeyPath], list[Any]] = {}
        for at, level in maps.items():
            if at != (r, c):
                totals.update(level)
        needs_all = self.spec.sort.by == "measure" or any(m.show != "value" for m in self.spec.measures)
        final = {**totals, **cells} if needs_all else cells  # lists shared: changing one changes both
        rows = self._sorted_rows(list(row_keys), final, labels)
        columns = sorted(col_keys, key=lambda key: self._label_order(key, r, labels))
        cut = self.spec.top_n is not None and r > 0
        if cut:
            kept_first = list(dict.fromkeys(k[0] for k in rows))[: max(0, self.spec.top_n or 0)]
            rows = [k for k in rows if k[0] in kept_first]
        rows = rows if r else [()]
        columns = columns if c else [()]
        if needs_all:
            self._apply_shows(final, rows, columns)
        result = PivotResult(self.spec, measures=self.measures)
        result.rows = [Header(k, tuple(labels[i][x] for i, x in enumerate(k))) for k in rows]
        result.columns = [Header(k, tuple(labels[r + i][x] for i, x in enumerate(k))) for k in columns]
        if cut:
            shown_rows = {k[:i] for k in rows for i in range(r + 1)}
            cells = {at: values for at, values in cells.items() if at[0] in shown_rows}
            totals = {at: values for at, values in totals.items() if at[0] in shown_rows}
        result.cells = cells
        result.totals = totals
        if ((), ()) not in result.totals and not (r == 0 and c == 0):
            result.totals[((), ())] = [0 if f == "count" or f == "count_distinct" else None for f in funcs]
        if r == 0 and c == 0 and ((), ()) not in cells:
            result.cells[((), ())] = [0 if f in ("count", "count_distinct") else None for f in funcs]
        return result

    def _labels(self, groups: Groups, rows: list[KeyPath], columns: list[KeyPath]) -> list[dict[Any, Any]]:
        """Per level: key -> the label users see, made once per key from what the first group of it read."""
        out = []
        r = self.depth_rows
        for level in range(r + self.depth_cols):
            keys = dict.fromkeys(k[level] for k in rows) if level < r else dict.fromkeys(k[level - r] for k in columns)
            reads = groups.first_reads(level, keys)
            out.append({key: EMPTY_LABEL if key is None else self.labeler(level, key, read) for key, read in reads.items()})
        return out

    # --- order ------------------------------------------------------------------------------------------
    def _label_order(self, key: KeyPath, offset: int, labels: list[dict[Any, Any]]) -> tuple[Any, ...]:
        return tuple(_order_key(k, labels[offset + i].get(k, ""), self.by_label[offset + i]) for i, k in enumerate(key))

    def _sorted_rows(self, keys: list[KeyPath], final: dict[tuple[KeyPath, KeyPath], list[Any]],
                     labels: list[dict[Any, Any]]) -> list[KeyPath]:
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
                                running = add_or_keep(running, base[(row, col)])
                                final[(row, col)][m] = running
            if measure.show == "share":
                total = grand[m] if grand is not None else None
                for values in final.values():
                    values[m] = None if not total or values[m] is None else share(values[m], total)
