"""What a report's chart draws: one category per row group, one series per column group or measure."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale

from supasoft.core.fieldtypes.roles import type_of
from supasoft.core.meta import Configuration, FieldDef
from supasoft.core.reports.spec import Grouping, KeyPath, PivotResult
from supasoft.reports.chart import PALETTE, ChartData
from supasoft.reports.kpi import Kpi
from supasoft.reports.pivot_model import field_at, measure_text

PERIODS = ("day", "week", "month", "quarter", "year")  # date parts that follow one another in time
EMPTY_COLOUR = "#BBBBBB"  # the "(empty)" group of a choice


def choice_colours(config: Configuration, object_id: int, grouping: Grouping | None,
                   keys: list[Any]) -> list[str]:
    """Each group's colour when the grouping is a choice list: the choice's place in the field's list picks it,
    so a value keeps its colour in every report and chart ([] for other groupings: the palette in order).
    Choice values carry no colour of their own (the field type keeps labels only)."""
    if grouping is None or grouping.date_part is not None:
        return []
    f: FieldDef | None = field_at(config, object_id, grouping.path)
    if f is None or not type_of(f).has_choices:
        return []
    places = {choice.casefold(): i for i, choice in enumerate(f.choices)}  # keys are folded as equality compares
    out = []
    for key in keys:
        place = None if key is None else places.get(str(key).casefold())
        out.append(EMPTY_COLOUR if place is None else PALETTE[place % len(PALETTE)])
    return out


def leaf_rows(result: PivotResult) -> list[tuple[KeyPath, str]]:
    """The row groups of the deepest level (no subtotals), with their labels joined."""
    return [(h.key, " / ".join(label for label in h.labels)) for h in result.rows]


def series_keys(result: PivotResult, measure: int = 0) -> list[tuple[KeyPath, int, str]]:
    """(column key, measure, name) of each series: the column groups, or the measure alone without columns."""
    if result.spec.columns:
        return [(h.key, measure, " / ".join(h.labels)) for h in result.columns]
    title = result.measures[measure].title if measure < len(result.measures) else ""
    return [((), measure, title)]


def chart_data(result: PivotResult, empty_label: str, config: Configuration, total_label: str,
               measure: int = 0) -> ChartData:
    """The chart of one measure: a series per column group (or the measure alone), each group's total, the KPI."""
    rows = leaf_rows(result)
    series = []
    for col_key, _measure, name in series_keys(result, measure):
        values: list[float | None] = []
        for row_key, _label in rows:
            found = result.value(row_key, col_key)
            value = None if found is None or measure >= len(found) else found[measure]
            values.append(None if value is None or isinstance(value, (dt.date, dt.datetime)) else float(value))
        series.append((name or empty_label, values))
    totals: list[float | None] = []
    for row_key, _label in rows:
        found = result.value(row_key, ())
        value = None if not found or measure >= len(found) else found[measure]
        totals.append(None if value is None or isinstance(value, (dt.date, dt.datetime)) else float(value))
    y_title = result.measures[measure].title if measure < len(result.measures) else ""
    spec = result.spec
    data = ChartData([label or empty_label for _k, label in rows], series, totals,
                     " / ".join(result.row_titles), y_title, kpi_of(result, config, total_label, measure))
    if len(spec.columns) == 1:  # one series per value of a choice
        data.series_colours = choice_colours(config, spec.object_id, spec.columns[0],
                                             [key[0] if key else None for key, _m, _n in series_keys(result, measure)])
    if len(spec.rows) == 1:  # one slice per value of a choice
        data.category_colours = choice_colours(config, spec.object_id, spec.rows[0],
                                               [key[0] if key else None for key, _label in rows])
    return data


def kpi_of(result: PivotResult, config: Configuration, total_label: str, index: int = 0) -> Kpi:
    """The latest period against the one before when the rows are periods (day … year), else the grand total."""
    if index >= len(result.measures):
        return Kpi()
    info = result.measures[index]
    measure = result.spec.measures[index]
    f = None if measure.path is None else field_at(config, result.spec.object_id, measure.path)
    locale = QLocale()

    def number(row_key: KeyPath) -> tuple[Any, str]:
        found = result.value(row_key, ())
        value = None if not found else found[index]
        return value, measure_text(info, f, value, locale)

    first = result.spec.rows[0] if result.spec.rows else None
    groups: dict[Any, str] = {}
    for header in result.rows:
        if header.key and header.key[0] is not None:
            groups.setdefault(header.key[0], header.labels[0])
    if first is not None and first.date_part in PERIODS and groups:
        periods = sorted(groups)
        last = periods[-1]
        value, text = number((last,))
        kpi = Kpi(f"{info.title}: {groups[last]}", text, _float(value), row_key=(last,))
        if len(periods) > 1:
            before = periods[-2]
            previous, previous_text = number((before,))
            kpi.previous_title, kpi.previous_text, kpi.previous = groups[before], previous_text, _float(previous)
        return kpi
    value, text = number(())
    return Kpi(f"{info.title}: {total_label}", text, _float(value))


def _float(value: Any) -> float | None:
    return None if value is None or isinstance(value, (dt.date, dt.datetime)) else float(value)
