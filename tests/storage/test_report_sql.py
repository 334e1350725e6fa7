"""Report SQL on every backend: date parts cut in the database match the calendar (year ends, ISO week 53),
text groups fold case like the filters, and empty values (NULL, '') form one group."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest

from supasoft.core.meta import FieldDef
from supasoft.core.reports.keys import part_key
from supasoft.core.reports.spec import Grouping, Measure
from supasoft.services.session import Session
from supasoft.storage.report_sql import ReportQuery

pytestmark = pytest.mark.all_backends

DAYS = [dt.date(2020, 12, 27), dt.date(2020, 12, 28), dt.date(2020, 12, 31), dt.date(2021, 1, 1), dt.date(2021, 1, 3),
        dt.date(2021, 1, 4), dt.date(2024, 2, 29), dt.date(2024, 12, 30), dt.date(2025, 1, 1), dt.date(2025, 3, 31),
        dt.date(2025, 4, 1), dt.date(2026, 12, 31), dt.date(2027, 1, 1)]
NAMES = ["Acme", "ACME", "acme", "", None, "Łódź", "ŁÓDŹ", "Beta", "beta", None, "Gamma", "", "Acme"]


@pytest.fixture
def dated(session: Session) -> dict[str, int]:
    cfg = session.configuration
    obj = cfg.add_object("Event", "Events")
    ids = {"obj": obj.id}
    ids["day"] = cfg.add_field(obj.id, FieldDef(0, "Day", "date")).id
    ids["at"] = cfg.add_field(obj.id, FieldDef(0, "At", "datetime")).id
    ids["name"] = cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=30)).id
    ids["amount"] = cfg.add_field(obj.id, FieldDef(0, "Amount", "money")).id
    for i, (day, name) in enumerate(zip(DAYS, NAMES, strict=True)):
        record = session.records.new(obj.id)
        record.values.update({ids["day"]: day, ids["at"]: dt.datetime.combine(day, dt.time(23, 59, 30)),
                              ids["name"]: name, ids["amount"]: Decimal(i) + Decimal("0.01")})
        session.records.save(record)
    record = session.records.new(obj.id)  # no date at all: the empty group
    record.values[ids["amount"]] = Decimal("100.10")
    session.records.save(record)
    return ids


def expected(part: str, day: dt.date) -> object:
    """The calendar's answer, computed in Python independently of the SQL."""
    iso_year, week, weekday = day.isocalendar()
    return {"day": day, "week": day - dt.timedelta(days=weekday - 1), "month": dt.date(day.year, day.month, 1),
            "quarter": dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1), "year": dt.date(day.year, 1, 1),
            "weekday": weekday, "month_of_year": day.month}[part]


def query(session: Session, ids: dict[str, int], groupings: list[Grouping], measures: list[Measure]) -> ReportQuery:
    repo = session.records.repo()
    builder = repo.builder(session.records.obj(ids["obj"]))
    return ReportQuery(builder, session.storage.ops, groupings, [], measures, None)


@pytest.mark.parametrize("part", ["day", "week", "month", "quarter", "year", "weekday", "month_of_year"])
@pytest.mark.parametrize("field", ["day", "at"])
def test_date_parts_follow_the_calendar(session: Session, dated: dict[str, int], part: str, field: str) -> None:
    q = query(session, dated, [Grouping((dated[field],), part)], [Measure(), Measure((dated["amount"],), "sum")])
    with session.storage.connect() as conn:
        got = {row.keys[0]: row.values for row in q.grouped(conn, [0], [0, 1])}
    want: Counter[object] = Counter(expected(part, d) for d in DAYS)
    sums: dict[object, Decimal] = {}
    for i, d in enumerate(DAYS):
        sums[expected(part, d)] = sums.get(expected(part, d), Decimal(0)) + Decimal(i) + Decimal("0.01")
    assert {k: v[0] for k, v in got.items()} == {**want, None: 1}
    assert {k: v[1] for k, v in got.items()} == {**sums, None: Decimal("100.10")}


def test_week_53_and_its_label() -> None:
    from supasoft.core.reports.keys import part_label

    assert part_label("week", expected("week", dt.date(2021, 1, 3))) == "2020-W53"
    assert part_label("week", expected("week", dt.date(2024, 12, 30))) == "2025-W01"
    assert part_key("quarter", 20252) == dt.date(2025, 4, 1)


def test_text_groups_fold_case_and_empty_is_one_group(session: Session, dated: dict[str, int]) -> None:
    q = query(session, dated, [Grouping((dated["name"],))], [Measure()])
    with session.storage.connect() as conn:
        rows = q.grouped(conn, [0], [0])
    counts = {row.keys[0]: row.values[0] for row in rows}
    assert counts == {"acme": 4, None: 5, "łódź": 2, "beta": 2, "gamma": 1}
    labels = {row.keys[0]: row.labels[0] for row in rows}
    assert labels["acme"].casefold() == "acme" and labels["łódź"].casefold() == "łódź"
