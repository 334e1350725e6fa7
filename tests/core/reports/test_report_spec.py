"""A report spec survives its JSON round trip, and subtotal lines close each group in order."""

from __future__ import annotations

import datetime as dt

import pytest

from supasoft.core.errors import SchemaError
from supasoft.core.meta import Condition, FilterGroup
from supasoft.core.reports.spec import (
    ChartOptions,
    Grouping,
    Header,
    Measure,
    Param,
    PivotResult,
    ReportSort,
    ReportSpec,
)


def sample() -> ReportSpec:
    return ReportSpec(
        object_id=7,
        rows=[Grouping((3, 4)), Grouping((5,), "month", "Month")],
        columns=[Grouping((6,), "weekday")],
        measures=[Measure(), Measure((8,), "sum", "share", "Amount"), Measure((8,), "count_distinct")],
        filter=FilterGroup("or", [Condition((8,), "gt", "10"), FilterGroup("and", [Condition((3,), "empty")])]),
        params=[Param("period", (5,), "between", "Period", [dt.date(2025, 1, 1), "2025-12-31"], True)],
        sort=ReportSort("measure", 1, True), top_n=5, subtotals=False, grand_totals=True, name="Sales", shared=True,
        chart=ChartOptions("donut", 1, True),
    )


def test_json_round_trip_keeps_every_part() -> None:
    spec = sample()
    back = ReportSpec.from_json(spec.to_json())
    spec.params[0].default = ["2025-01-01", "2025-12-31"]  # dates travel as ISO text
    assert back == spec


def test_defaults_fill_a_short_document() -> None:
    back = ReportSpec.from_json('{"object_id": 3}')
    assert back.rows == [] and back.measures == [] and back.subtotals and back.grand_totals and back.sort == ReportSort()


def test_a_report_saved_before_charts_were_kept_opens_as_bars_on_its_table() -> None:
    old = ReportSpec.from_json('{"kind": "supasoft-report", "format": 1, "object_id": 3, "rows": [{"path": [1]}]}')
    assert old.chart == ChartOptions("bar", 0, False)


@pytest.mark.parametrize("kind", ["stacked", "line", "pie", "donut", "kpi"])
def test_each_chart_kind_comes_back(kind: str) -> None:
    spec = ReportSpec(3, chart=ChartOptions(kind, 2, True))
    assert ReportSpec.from_json(spec.to_json()).chart == ChartOptions(kind, 2, True)


def test_a_chart_kind_this_version_does_not_know_falls_back_to_bars() -> None:
    assert ReportSpec.from_json('{"object_id": 3, "chart": {"kind": "radar", "measure": 1}}').chart == ChartOptions("bar", 1)


@pytest.mark.parametrize("text", ['{"object_id": 1, "chart": 3}', '{"object_id": 1, "chart": {"measure": "x"}}',
                                  '{"object_id": 1, "rows": [{"path": [1], "date_part": "century"}]}',
                                  '{"object_id": 1, "measures": [{"func": "median"}]}', '[1, 2]', "{not json",
                                  '{"object_id": "x"}', '{"object_id": 1, "rows": [5]}', '{"object_id": 1, "sort": 3}'])
def test_unknown_names_are_refused(text: str) -> None:
    with pytest.raises(SchemaError):
        ReportSpec.from_json(text)


def test_row_lines_put_subtotals_after_each_group() -> None:
    spec = ReportSpec(1, rows=[Grouping((1,)), Grouping((2,))])
    leaves = [Header(("a", 1), ("A", "1")), Header(("a", 2), ("A", "2")), Header(("b", 1), ("B", "1"))]
    result = PivotResult(spec, rows=leaves)
    assert [h.key for h in result.row_lines()] == [("a", 1), ("a", 2), ("a",), ("b", 1), ("b",)]
    spec.subtotals = False
    assert [h.key for h in result.row_lines()] == [("a", 1), ("a", 2), ("b", 1)]
