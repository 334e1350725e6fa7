"""Report numbers equal hand-written GROUP BY queries on the same database, on every backend: two row levels
with subtotals at each level, a date column across year ends, empty groups, shares, running totals, parameters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from supasoft.core.errors import NotFound, SchemaError
from supasoft.core.meta import Condition, FilterGroup
from supasoft.core.reports.spec import Grouping, Measure, Param, ReportSort, ReportSpec
from supasoft.services.reports import ReportService
from supasoft.services.session import Session
from tests.helpers.report_data import Hand, build_sales

pytestmark = pytest.mark.all_backends


@pytest.fixture
def sales(session: Session) -> dict[str, int]:
    return build_sales(session)


def fold(text: Any) -> Any:
    return None if text is None or text == "" else str(text).casefold()


def test_two_row_levels_and_a_year_column_match_group_by_at_every_level(session: Session, sales: dict[str, int]) -> None:
    spec = ReportSpec(sales["sale"], rows=[Grouping((sales["region"],)), Grouping((sales["sale.rep"],))],
                      columns=[Grouping((sales["day"],), "year")],
                      measures=[Measure(), Measure((sales["amount"],), "sum"), Measure((sales["amount"],), "avg"),
                                Measure((sales["amount"],), "min"), Measure((sales["day"],), "max"),
                                Measure((sales["sale.rep"],), "count_distinct")])
    result = ReportService(session.records).run(spec)
    hand = Hand(session, sales)
    region, rep, year = "LOWER(NULLIF(s.{region}, ''))", "s.{rep}", hand.year("s.{day}")
    # every grouping set: (row levels, column levels) -> the GROUP BY expressions
    sets = {(2, 1): [region, rep, year], (1, 1): [region, year], (0, 1): [year], (2, 0): [region, rep],
            (1, 0): [region], (0, 0): []}
    checked = 0
    for (i, j), exprs in sets.items():
        select = ", ".join([*exprs, "COUNT(*)", "SUM(s.{amount})", "COUNT(s.{amount})", "MIN(s.{amount})", "MAX(s.{day})",
                            "COUNT(DISTINCT s.{rep})"])
        sql = f"SELECT {select} FROM {{S}} s" + (f" GROUP BY {', '.join(exprs)}" if exprs else "")
        for row in hand.rows(sql):
            keys = list(row[:len(exprs)])
            count, total, filled, low, high, reps = row[len(exprs):]
            row_key = tuple(keys[:i])
            if i >= 1:
                row_key = (fold(keys[0]), *row_key[1:])
            col_key = tuple(None if k is None else dt.date(int(k), 1, 1) for k in keys[i:i + j])
            got = result.value(row_key, col_key)
            assert got is not None, (i, j, row_key, col_key)
            total = hand.money(total)
            average = None if not filled else (total / filled)
            assert got[0] == count and got[1] == total and got[3] == hand.money(low) and got[5] == reps
            assert (got[2] is None and average is None) or abs(got[2] - average) < Decimal("0.0001")
            assert got[4] == (None if high is None else dt.date.fromisoformat(str(high)[:10]))
            checked += 1
    assert checked == len(result.cells) + len(result.totals)  # nothing more in the result than the groups


def test_empty_groups_gather_null_and_blank(session: Session, sales: dict[str, int]) -> None:
    spec = ReportSpec(sales["sale"], rows=[Grouping((sales["region"],))], columns=[Grouping((sales["sale.rep"],))])
    result = ReportService(session.records).run(spec)
    hand = Hand(session, sales)
    (blank,) = hand.rows("SELECT COUNT(*) FROM {S} s WHERE s.{region} IS NULL OR s.{region} = ''")[0]
    (no_rep,) = hand.rows("SELECT COUNT(*) FROM {S} s WHERE s.{rep} IS NULL")[0]
    (both,) = hand.rows("SELECT COUNT(*) FROM {S} s WHERE (s.{region} IS NULL OR s.{region} = '') AND s.{rep} IS NULL")[0]
    assert result.value((None,), ()) == [blank] and result.value((), (None,)) == [no_rep]
    assert result.value((None,), (None,)) == [both] and both > 0
    assert result.rows[-1].labels == ("(empty)",) and result.columns[-1].labels == ("(empty)",)
    assert [h.labels[0] for h in result.columns] == ["adam", "Marek", "Zoe", "(empty)"]  # by name, empty last


@pytest.mark.parametrize("part", ["week", "month"])
def test_dates_across_year_ends_match_hand_sql(session: Session, sales: dict[str, int], part: str) -> None:
    spec = ReportSpec(sales["sale"], rows=[Grouping((sales["at"],), part)], measures=[Measure(), Measure((sales["amount"],), "sum")])
    result = ReportService(session.records).run(spec)
    hand = Hand(session, sales)
    expr = hand.monday("s.{at}") if part == "week" else hand.month("s.{at}")
    want = {}
    for key, count, total in hand.rows(f"SELECT {expr}, COUNT(*), SUM(s.{{amount}}) FROM {{S}} s GROUP BY {expr}"):
        day = None if key is None else (dt.date.fromisoformat(key) if part == "week" else dt.date.fromisoformat(key + "-01"))
        want[(day,)] = [count, hand.money(total)]
    assert {k: result.value(k, ()) for k in want} == want and len(result.rows) == len(want)
    if part == "week":
        labels = {h.key[0]: h.labels[0] for h in result.rows}
        assert labels[dt.date(2020, 12, 28)] == "2020-W53" and labels[dt.date(2024, 12, 30)] == "2025-W01"
        assert result.value((dt.date(2020, 12, 28),), ())[0] == sum(  # Dec 31 2020, Jan 1 and Jan 3 2021: one week
            c for k, c in hand.rows("SELECT s.{day}, COUNT(*) FROM {S} s GROUP BY s.{day}")
            if k is not None and dt.date(2020, 12, 28) <= dt.date.fromisoformat(str(k)[:10]) <= dt.date(2021, 1, 3))


def test_shares_and_running_totals_follow_the_rows(session: Session, sales: dict[str, int]) -> None:
    spec = ReportSpec(sales["sale"], rows=[Grouping((sales["day"],), "year")],
                      measures=[Measure((sales["amount"],), "sum", "share"), Measure(None, "count", "running"),
                                Measure((sales["amount"],), "sum", "running")])
    result = ReportService(session.records).run(spec)
    hand = Hand(session, sales)
    year = hand.year("s.{day}")
    groups = {(None if y is None else dt.date(int(y), 1, 1)): (c, hand.money(t) or Decimal(0))
              for y, c, t in hand.rows(f"SELECT {year}, COUNT(*), SUM(s.{{amount}}) FROM {{S}} s GROUP BY {year}")}
    grand = sum(t for _, t in groups.values())
    running_count, running_sum = 0, Decimal(0)
    assert [h.key[0] for h in result.rows] == sorted(groups, key=lambda d: (d is None, d or dt.date.min))
    for header in result.rows:
        count, total = groups[header.key[0]]
        running_count += count
        running_sum += total
        share, run_count, run_sum = result.value(header.key, ())
        assert abs(share - total / grand) < Decimal("0.000000001")
        assert (run_count, run_sum) == (running_count, running_sum)
    assert result.value((), ())[0] == 1


def test_sort_by_a_measure_and_top_n(session: Session, sales: dict[str, int]) -> None:
    spec = ReportSpec(sales["sale"], rows=[Grouping((sales["region"],))], measures=[Measure((sales["amount"],), "sum")],
                      sort=ReportSort("measure", 0, True), top_n=2)
    result = ReportService(session.records).run(spec)
    hand = Hand(session, sales)
    sums = sorted((hand.money(t) or 0 for _, t in hand.rows(
        "SELECT LOWER(NULLIF(s.{region}, '')), SUM(s.{amount}) FROM {S} s GROUP BY LOWER(NULLIF(s.{region}, ''))")), reverse=True)
    assert [result.value(h.key, ())[0] for h in result.rows] == sums[:2]
    assert result.value((), ())[0] == sum(sums)  # the total still counts every record


def test_parameters_bind_a_date_range(session: Session, sales: dict[str, int]) -> None:
    spec = ReportSpec(sales["sale"], rows=[Grouping((sales["sale.rep"],))], measures=[Measure(), Measure((sales["amount"],), "sum")],
                      params=[Param("period", (sales["day"],), "between", "Period", required=True)])
    service = ReportService(session.records)
    result = service.run(spec, {"period": "2020-12-31..2021-01-03"})
    hand = Hand(session, sales)
    count, total = hand.rows("SELECT COUNT(*), SUM(s.{amount}) FROM {S} s WHERE s.{day} BETWEEN '2020-12-31' AND '2021-01-03'")[0]
    assert result.value((), ()) == [count, hand.money(total)] and count > 0
    assert Condition((sales["day"],), "between", ["2020-12-31", "2021-01-03"]) in result.drill((), ()).items
    with pytest.raises(SchemaError, match="needs a value for Period"):
        service.run(spec)
    with pytest.raises(SchemaError, match="no parameter"):
        service.run(spec, {"period": "2021-01-01..2021-01-31", "colour": "red"})
    open_end = service.run(spec, {"period": ["2025-01-01", None]})
    (after,) = hand.rows("SELECT COUNT(*) FROM {S} s WHERE s.{day} >= '2025-01-01'")[0]
    assert open_end.value((), ())[0] == after


def test_bad_specs_are_refused_with_a_message(session: Session, sales: dict[str, int]) -> None:
    service = ReportService(session.records)
    with pytest.raises(NotFound, match="does not exist"):
        service.run(ReportSpec(sales["sale"], rows=[Grouping((9999,))]))
    with pytest.raises(SchemaError, match="not a number"):
        service.run(ReportSpec(sales["sale"], measures=[Measure((sales["region"],), "sum")]))
    with pytest.raises(SchemaError, match="not a date"):
        service.run(ReportSpec(sales["sale"], rows=[Grouping((sales["amount"],), "month")]))
    with pytest.raises(SchemaError, match="share or running"):
        service.run(ReportSpec(sales["sale"], measures=[Measure((sales["amount"],), "avg", "share")]))
    with pytest.raises(NotFound):
        service.run(ReportSpec(4242))


def test_a_filter_on_a_reference_path_and_the_grand_total_only(session: Session, sales: dict[str, int]) -> None:
    spec = ReportSpec(sales["sale"], measures=[Measure(), Measure((sales["qty"],), "sum")],
                      filter=FilterGroup("and", [Condition((sales["sale.rep"], sales["rep.name"]), "eq", "ZOE")]))
    result = ReportService(session.records).run(spec)
    hand = Hand(session, sales)
    want = list(hand.rows("SELECT COUNT(*), SUM(s.{qty}) FROM {S} s JOIN {R} r ON r.id = s.{rep} WHERE r.{rep_name} = 'Zoe'")[0])
    assert result.value((), ()) == want and [h.key for h in result.rows] == [()] == [h.key for h in result.columns]


def test_an_empty_report_answers_zero(session: Session, sales: dict[str, int]) -> None:
    spec = ReportSpec(sales["sale"], rows=[Grouping((sales["region"],))], measures=[Measure(), Measure((sales["amount"],), "sum")],
                      filter=FilterGroup("and", [Condition((sales["qty"],), "gt", 100)]))
    result = ReportService(session.records).run(spec)
    assert result.rows == [] and result.value((), ()) == [0, None]
