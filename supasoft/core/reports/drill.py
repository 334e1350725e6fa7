"""Drill-down: the filter conditions that select exactly the records of one group key.

One condition per level, in the same filter model tables use (core.meta), so the drill-down table shows
an editable filter that says why its records are there: "Client = Acme", "Date from 2025-03-01 before
2025-04-01", "Manager is empty".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from supasoft.core.meta import Condition, FieldPath, FilterGroup
from supasoft.core.reports.keys import PERIODS, period_end, spans
from supasoft.core.reports.spec import KeyPath


@dataclass
class LevelDrill:
    """How one grouping level's keys become conditions."""

    path: FieldPath
    date_part: str | None = None
    with_time: bool = False  # a date-and-time field: ranges are compared as datetimes
    values: dict[Any, Any] = field(default_factory=dict)  # key -> the value compared (a text's own spelling)
    first: dt.date | None = None  # the earliest and latest dates in the report (repeating parts: weekday...)
    last: dt.date | None = None

    def condition(self, key: Any) -> Condition | FilterGroup:
        """The condition of one key; None (the empty group) is "is empty"."""
        if key is None:
            return Condition(self.path, "empty")
        if self.date_part in PERIODS:
            return self._range(key, period_end(self.date_part, key))
        if self.date_part is not None:
            if self.first is None or self.last is None:
                return FilterGroup("or", [])
            return FilterGroup("or", [self._range(a, b) for a, b in spans(self.date_part, key, self.first, self.last)])
        return Condition(self.path, "eq", self.values.get(key, key))

    def _range(self, start: dt.date, end: dt.date) -> FilterGroup:
        low: Any = dt.datetime.combine(start, dt.time()) if self.with_time else start
        high: Any = dt.datetime.combine(end, dt.time()) if self.with_time else end
        return FilterGroup("and", [Condition(self.path, "ge", low), Condition(self.path, "lt", high)])


@dataclass
class DrillMap:
    """Drill rules of every row and column level of one result."""

    rows: list[LevelDrill] = field(default_factory=list)
    columns: list[LevelDrill] = field(default_factory=list)

    def conditions(self, row_key: KeyPath, col_key: KeyPath) -> list[Condition | FilterGroup]:
        """One condition per key of the row and of the column (a shorter key: fewer levels, a subtotal)."""
        return ([self.rows[i].condition(k) for i, k in enumerate(row_key)]
                + [self.columns[i].condition(k) for i, k in enumerate(col_key)])
