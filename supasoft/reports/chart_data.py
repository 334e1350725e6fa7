"""What a report's chart draws: one category per row group, one series per column group or measure."""

from __future__ import annotations

import datetime as dt

from supasoft.core.reports.spec import KeyPath, PivotResult
from supasoft.reports.chart import ChartData


def leaf_rows(result: PivotResult) -> list[tuple[KeyPath, str]]:
    """The row groups of the deepest level (no subtotals), with their labels joined."""
    return [(h.key, " / ".join(label for label in h.labels)) for h in result.rows]


def series_keys(result: PivotResult) -> list[tuple[KeyPath, int, str]]:
    """(column key, measure, name) of each series: the column groups of the first measure, else every measure."""
    if result.spec.columns:
        return [(h.key, 0, " / ".join(h.labels)) for h in result.columns]
    return [((), m, info.title) for m, info in enumerate(result.measures)]


def chart_data(result: PivotResult, empty_label: str) -> ChartData:
    rows = leaf_rows(result)
    series = []
    for col_key, measure, name in series_keys(result):
        values: list[float | None] = []
        for row_key, _label in rows:
            found = result.value(row_key, col_key)
            value = None if found is None or measure >= len(found) else found[measure]
            values.append(None if value is None or isinstance(value, (dt.date, dt.datetime)) else float(value))
        series.append((name or empty_label, values))
    totals: list[float | None] = []
    for row_key, _label in rows:
        found = result.value(row_key, ())
        value = None if not found else found[0]
        totals.append(None if value is None or isinstance(value, (dt.date, dt.datetime)) else float(value))
    y_title = result.measures[0].title if result.measures and result.spec.columns else ""
    return ChartData([label or empty_label for _k, label in rows], series, totals,
                     " / ".join(result.row_titles), y_title)
