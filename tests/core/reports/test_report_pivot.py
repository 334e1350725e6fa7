"""The pure parts of reports: subtotals added up over groups, averages exact, running totals and shares,
sort by a measure, parameters bound into the filter, drill conditions and translated labels."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from supasoft.core.errors import SchemaError
from supasoft.core.messages import translate
from supasoft.core.meta import Condition, FilterGroup
from supasoft.core.reports.drill import LevelDrill
from supasoft.core.reports.keys import part_label, spans
from supasoft.core.reports.params import bound_filter
from supasoft.core.reports.pivot import Group, PivotBuilder, average
from supasoft.core.reports.spec import Grouping, Measure, Param, ReportSort, ReportSpec


def build(spec: ReportSpec, groups: list[Group]) -> object:
    return PivotBuilder(spec, [], lambda level, key, read: str(key)).build(groups)


def test_subtotals_add_up_over_groups_and_averages_stay_exact() -> None:
    spec = ReportSpec(1, rows=[Grouping((1,)), Grouping((2,))], columns=[Grouping((3,))],
                      measures=[Measure(), Measure((4,), "sum"), Measure((4,), "avg"), Measure((4,), "min")])
    groups = [Group(("a", 1, "x"), (None,) * 3, [2, Decimal("1.10"), (Decimal("1.10"), 2), Decimal("0.10")]),
              Group(("a", 2, "x"), (None,) * 3, [1, Decimal("2.00"), (Decimal("2.00"), 1), Decimal("2.00")]),
              Group(("b", 1, "y"), (None,) * 3, [3, None, None, None])]
    result = build(spec, groups)
    assert result.value(("a",), ("x",)) == [3, Decimal("3.10"), Decimal("1.0333"), Decimal("0.10")]
    assert result.value((), ()) == [6, Decimal("3.10"), Decimal("1.0333"), Decimal("0.10")]
    assert result.value(("b", 1), ()) == [3, None, None, None]
    assert [h.key for h in result.row_lines()] == [("a", 1), ("a", 2), ("a",), ("b", 1), ("b",)]


def test_running_totals_shares_sort_by_measure_and_top_n() -> None:
    spec = ReportSpec(1, rows=[Grouping((1,))], measures=[Measure(None, "count", "running"), Measure(None, "count", "share"),
                                                          Measure()],
                      sort=ReportSort("measure", 2, True), top_n=2)
    groups = [Group((k,), (None,), [n, n, n]) for k, n in (("a", 1), ("b", 5), ("c", 3), (None, 1))]
    result = build(spec, groups)
    assert [h.key for h in result.rows] == [("b",), ("c",)]
    assert result.value(("b",), ()) == [5, Decimal("0.5"), 5] and result.value(("c",), ()) == [8, Decimal("0.3"), 3]
    assert result.value((), ()) == [10, 1, 10]


def test_average_rounds_two_digits_past_the_values() -> None:
    assert average((Decimal("10.00"), 3)) == Decimal("3.3333") and average((10, 4)) == Decimal("2.50")
    assert average((None, 0)) is None and average((1.0, 4)) == 0.25


def test_parameters_become_conditions() -> None:
    spec = ReportSpec(1, filter=FilterGroup("and", [Condition((1,), "eq", "x")]),
                      params=[Param("period", (2,)), Param("status", (3,), "in", required=True), Param("min", (4,), "ge", default=5)])
    bound = bound_filter(spec, {"period": "2025-01-01..", "status": "a, b"})
    assert bound.items == [FilterGroup("and", [Condition((1,), "eq", "x")]), Condition((2,), "ge", "2025-01-01"),
                           Condition((3,), "in", ["a", "b"]), Condition((4,), "ge", 5)]
    with pytest.raises(SchemaError, match="from..to"):
        bound_filter(spec, {"period": "2025", "status": "a"})


def test_drill_conditions_of_date_parts() -> None:
    month = LevelDrill((7,), "month", with_time=True)
    assert month.condition(dt.date(2025, 12, 1)) == FilterGroup("and", [
        Condition((7,), "ge", dt.datetime(2025, 12, 1)), Condition((7,), "lt", dt.datetime(2026, 1, 1))])
    assert LevelDrill((7,)).condition(None) == Condition((7,), "empty")
    mondays = spans("weekday", 1, dt.date(2025, 12, 28), dt.date(2026, 1, 12))
    assert [a for a, _ in mondays] == [dt.date(2025, 12, 29), dt.date(2026, 1, 5), dt.date(2026, 1, 12)]
    assert [a for a, _ in spans("month_of_year", 12, dt.date(2024, 12, 31), dt.date(2025, 1, 1))] == [dt.date(2024, 12, 1)]


def test_labels_translate() -> None:
    assert translate(part_label("weekday", 3), "pl") == "środa" and translate(part_label("month_of_year", 2), "ru") == "февраль"
    assert translate(part_label("day", None), "pl") == "(puste)" and part_label("quarter", dt.date(2025, 10, 1)) == "2025-Q4"


@pytest.mark.parametrize(("part", "key", "english", "polish", "russian"), [
    ("day", dt.date(2026, 3, 4), "2026-03-04", "04.03.2026", "04.03.2026"),
    ("week", dt.date(2024, 12, 30), "2025-W01", "tydz. 01 2025", "нед. 01 2025"),
    ("month", dt.date(2026, 3, 1), "2026-03", "03.2026", "03.2026"),
    ("quarter", dt.date(2026, 7, 1), "2026-Q3", "3 kw. 2026", "3 кв. 2026"),
    ("year", dt.date(2026, 1, 1), "2026", "2026", "2026"),
    ("weekday", 7, "Sunday", "niedziela", "воскресенье"),
    ("month_of_year", 9, "September", "wrzesień", "сентябрь"),
])
def test_period_labels_in_polish_and_russian(part: str, key: object, english: str, polish: str, russian: str) -> None:
    label = part_label(part, key)
    assert (label, translate(label, "pl"), translate(label, "ru")) == (english, polish, russian)
