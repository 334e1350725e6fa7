"""The pivot model over a hand-made PivotResult: line order with subtotals, labels, spans, bold totals, formats."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from supasoft.core.meta import Configuration
from supasoft.core.reports.spec import Grouping, Header, Measure, MeasureInfo, PivotResult, ReportSpec
from supasoft.reports.pivot_model import PivotModel, measure_text

JAN, FEB = dt.date(2026, 1, 1), dt.date(2026, 2, 1)


def two_level_result(subtotals: bool = True, grand_totals: bool = True) -> PivotResult:
    """Months, then clients; a count; numbers chosen so each total is the sum of its lines."""
    spec = ReportSpec(object_id=1, rows=[Grouping((2,), "month"), Grouping((3,))], measures=[Measure()],
                      subtotals=subtotals, grand_totals=grand_totals)
    rows = [Header((JAN, "a"), ("2026-01", "Acme")), Header((JAN, None), ("2026-01", "")),
            Header((FEB, "a"), ("2026-02", "Acme"))]
    result = PivotResult(spec, rows=rows, measures=[MeasureInfo("Count", "count", "value")],
                         row_titles=["Date (month)", "Client"])
    result.cells = {((JAN, "a"), ()): [3], ((JAN, None), ()): [1], ((FEB, "a"), ()): [2]}
    result.totals = {((JAN,), ()): [4], ((FEB,), ()): [2], ((), ()): [6]}
    return result


def texts(model: PivotModel) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_lines_subtotals_and_grand_total(qapp) -> None:  # noqa: ANN001
    model = PivotModel(Configuration(), two_level_result())
    assert texts(model) == [
        ["2026-01", "Acme", "3"], ["2026-01", "(empty)", "1"], ["2026-01", "Total", "4"],
        ["2026-02", "Acme", "2"], ["2026-02", "Total", "2"],
        ["Total", "", "6"],
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Date (month)", "Client", "Count"]
    # the month label is shown once over its lines and its subtotal
    assert model.spans() == [(0, 0, 3), (3, 0, 2)]
    bold = [bool(model.data(model.index(r, 2), Qt.ItemDataRole.FontRole)) for r in range(model.rowCount())]
    assert bold == [False, False, True, False, True, True]
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.keys_at(model.index(2, 2)) == ((JAN,), (), 0)  # a subtotal drills with the shorter key
    assert model.keys_at(model.index(5, 2)) == ((), (), 0)
    assert model.keys_at(model.index(0, 0)) is None  # a label is not a number


def test_without_subtotals_or_totals(qapp) -> None:  # noqa: ANN001
    model = PivotModel(Configuration(), two_level_result(subtotals=False, grand_totals=False))
    assert [row[-1] for row in texts(model)] == ["3", "1", "2"]


@pytest.mark.parametrize(("locale", "expected"), [("en_US", "1,234.50"), ("pl_PL", "1\u00a0234,50")])
def test_numbers_in_the_users_locale(qapp, locale: str, expected: str) -> None:  # noqa: ANN001
    info = MeasureInfo("Average of Price", "avg", "value", scale=2)
    assert measure_text(info, None, Decimal("1234.5"), QLocale(locale)) == expected
    share = MeasureInfo("Share", "sum", "share")
    assert measure_text(share, None, Decimal("0.25"), QLocale("en_US")) == "25.0\u00a0%"
    assert measure_text(MeasureInfo("Count", "count", "value"), None, 12345, QLocale("en_US")) == "12,345"


def test_column_header_lines_span_groups_and_totals(qapp) -> None:  # noqa: ANN001
    """Columns: month, then status; two measures: a total spans down to the measures' line."""
    spec = ReportSpec(object_id=1, rows=[Grouping((3,))], columns=[Grouping((2,), "month"), Grouping((4,))],
                      measures=[Measure((5,), "sum"), Measure()])
    columns = [Header((JAN, "new"), ("2026-01", "New")), Header((JAN, "paid"), ("2026-01", "Paid"))]
    result = PivotResult(spec, rows=[Header(("a",), ("Acme",))], columns=columns,
                         measures=[MeasureInfo("Sum of Total", "sum", "value"), MeasureInfo("Count", "count", "value")],
                         row_titles=["Client"])
    model = PivotModel(Configuration(), result)
    assert model.header_lines() == 3
    grids = [model.header_grid(section) for section in range(model.columnCount())]
    assert grids == [
        ["Client", None, None],
        ["2026-01", "New", "Sum of Total"], ["2026-01", "New", "Count"],
        ["2026-01", "Paid", "Sum of Total"], ["2026-01", "Paid", "Count"],
        ["2026-01", "Total", "Sum of Total"], ["2026-01", "Total", "Count"],  # the month's subtotal
        ["Total", None, "Sum of Total"], ["Total", None, "Count"],  # the grand total spans the status line
    ]
