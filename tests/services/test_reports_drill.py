"""Drill-down on every backend: the filter of every cell, subtotal and total, run through RecordService,
returns exactly the records the number counted (date parts, weekdays, empty groups, text folded, parameters)."""

from __future__ import annotations

import pytest

from supasoft.core.reports.spec import Grouping, Measure, Param, ReportSpec
from supasoft.services.record_model import ListQuery
from supasoft.services.reports import ReportService
from supasoft.services.session import Session
from tests.helpers.report_data import build_sales

pytestmark = pytest.mark.all_backends


@pytest.fixture
def sales(session: Session) -> dict[str, int]:
    return build_sales(session)


def every_number(result: object) -> list[tuple[tuple, tuple, int]]:
    return [(row, col, values[0]) for (row, col), values in [*result.cells.items(), *result.totals.items()]]


@pytest.mark.parametrize("rows, columns", [
    ([("region", None), ("sale.rep", None)], [("day", "month")]),
    ([("at", "week")], [("day", "weekday")]),
    ([("day", "month_of_year")], [("at", "quarter"), ("sale.rep", None)]),
    ([("paid", None), ("amount", None)], [("day", "day")]),
])
def test_every_cell_subtotal_and_total_drills_to_its_records(session: Session, sales: dict[str, int], rows: list,
                                                             columns: list) -> None:
    spec = ReportSpec(sales["sale"], rows=[Grouping((sales[f],), p) for f, p in rows],
                      columns=[Grouping((sales[f],), p) for f, p in columns], measures=[Measure()],
                      params=[Param("from", (sales["qty"],), "ge")])
    result = ReportService(session.records).run(spec, {"from": "1"})
    numbers = every_number(result)
    assert len(numbers) > 20 and any(None in row or None in col for row, col, _ in numbers)
    for row, col, counted in numbers:
        assert session.records.count(sales["sale"], ListQuery(filter=result.drill(row, col))) == counted, (row, col)
