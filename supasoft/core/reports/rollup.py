"""Subtotals and totals of a pivot rolled up level by level from the finest cells, in one pass per grouping.

Each shorter grouping is added up from the next finer one (row totals from the cells, the grand total from the
column totals), so a report of 9,000 groups adds about 18,000 values, not one per group and per grouping,
and keeps one list per subtotal (few objects for the garbage collector to walk).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from supasoft.core.reports.spec import KeyPath

Cells = dict[tuple[KeyPath, KeyPath], list[Any]]
ADDITIVE = ("count", "sum", "count_distinct")  # added up as they are (a distinct count is replaced afterwards)
_MISSING = object()


def add_or_keep(a: Any, b: Any) -> Any:
    """a + b, where a missing value (None) adds nothing."""
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def combine(func: str, a: Any, b: Any) -> Any:
    """Two groups' values of one measure as the value of both together."""
    if func in ADDITIVE:
        return add_or_keep(a, b)
    if func == "avg":
        if a is None:
            return b
        if b is None:
            return a
        return (add_or_keep(a[0], b[0]), a[1] + b[1])
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b) if func == "min" else max(a, b)


def roll_up(cells: Cells, depth_rows: int, depth_cols: int, funcs: Sequence[str]) -> dict[tuple[int, int], Cells]:
    """(row levels kept, column levels kept) -> the values at those shorter keys; (depth_rows, depth_cols) is `cells`."""
    maps: dict[tuple[int, int], Cells] = {(depth_rows, depth_cols): cells}
    for i in range(depth_rows, -1, -1):
        for j in range(depth_cols, -1, -1):
            if (i, j) != (depth_rows, depth_cols):
                source = maps[(i + 1, j)] if i < depth_rows else maps[(i, j + 1)]
                maps[(i, j)] = _rolled(source, i, j, funcs)
    return maps


def _rolled(source: Cells, i: int, j: int, funcs: Sequence[str]) -> Cells:
    """`source` added up to keys of i row levels and j column levels (a full-length slice is the key itself)."""
    if len(funcs) == 1 and funcs[0] in ADDITIVE:  # the usual report: one count or sum, no list per value
        sums: dict[tuple[KeyPath, KeyPath], Any] = {}
        get = sums.get
        for (row, col), values in source.items():
            at = (row[:i], col[:j])
            kept = get(at, _MISSING)
            value = values[0]
            if kept is _MISSING or kept is None:
                sums[at] = value
            elif value is not None:
                sums[at] = kept + value
        return {at: [value] for at, value in sums.items()}
    out: Cells = {}
    adding = all(f in ADDITIVE for f in funcs)
    for (row, col), values in source.items():
        at = (row[:i], col[:j])
        kept = out.get(at)
        if kept is None:
            out[at] = list(values)
        elif adding:
            for k, value in enumerate(values):
                if value is not None:
                    kept[k] = value if kept[k] is None else kept[k] + value
        else:
            out[at] = [combine(f, a, b) for f, a, b in zip(funcs, kept, values, strict=True)]
    return out
