"""Reports obey the viewer's rights on every backend: row rights hide records from the numbers, hidden fields
cannot be grouped, measured or filtered on, the report right is needed, and drill-down returns what was counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import Condition, FieldDef, FilterGroup
from supasoft.core.reports.spec import Grouping, Measure, ReportSpec
from supasoft.services.record_model import ListQuery
from supasoft.services.reports import ReportService
from supasoft.services.session import Session, open_session
from tests.helpers.report_data import Hand, build_sales

PASSWORD = "correct horse"

pytestmark = pytest.mark.all_backends


@pytest.fixture
def office(db_path: Path | str) -> dict:
    """Sales; Anna may read and report on the North sales only, Jim may read all but not report,
    Bob may report on all but not see the amounts."""
    s = open_session(db_path)
    ids: dict = {"path": db_path, **build_sales(s)}
    users = s.users
    users.sleep = lambda seconds: None
    ids["admin"] = users.create_user("admin", PASSWORD, "Admin")
    for who in ("anna", "jim", "bob"):
        ids[who] = users.create_user(who, PASSWORD, who.title())
        users.grant(("user", ids[who]), ids["rep"], "read")
    north = FilterGroup("and", [Condition((ids["region"],), "eq", "north")])
    users.grant(("user", ids["anna"]), ids["sale"], "read", scope="filter", filter=north, flags=("report",))
    users.grant(("user", ids["jim"]), ids["sale"], "read")
    users.grant(("user", ids["bob"]), ids["sale"], "read", flags=("report",))
    users.grant_field(("user", ids["bob"]), ids["sale"], ids["amount"], "hidden")
    s.close()
    return ids


def login(ids: dict, who: str) -> Session:
    s = open_session(ids["path"], login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


def test_row_rights_hide_records_from_every_number(office: dict) -> None:
    anna = login(office, "anna")
    try:
        spec = ReportSpec(office["sale"], rows=[Grouping((office["sale.rep"],))], columns=[Grouping((office["day"],), "year")],
                          measures=[Measure(), Measure((office["amount"],), "sum"), Measure((office["sale.rep"],), "count_distinct")])
        result = ReportService(anna.records).run(spec)
        hand = Hand(anna, office)
        count, total, reps = hand.rows("SELECT COUNT(*), SUM(s.{amount}), COUNT(DISTINCT s.{rep}) FROM {S} s"
                                       " WHERE LOWER(s.{region}) = 'north'")[0]
        (everything,) = hand.rows("SELECT COUNT(*) FROM {S} s")[0]
        assert result.value((), ()) == [count, hand.money(total), reps] and 0 < count < everything
        for header in result.rows:  # and each row's drill-down lists exactly what it counted, through her rights
            query = ListQuery(filter=result.drill(header.key, ()))
            assert anna.records.count(office["sale"], query) == result.value(header.key, ())[0]
    finally:
        anna.close()


def test_the_report_right_is_needed(office: dict) -> None:
    jim = login(office, "jim")
    try:
        with pytest.raises(PermissionDenied, match="build reports on Sales"):
            ReportService(jim.records).run(ReportSpec(office["sale"]))
    finally:
        jim.close()


@pytest.mark.parametrize("where", ["row", "measure", "filter"])
def test_a_hidden_field_cannot_be_used(office: dict, where: str) -> None:
    bob = login(office, "bob")
    amount = (office["amount"],)
    spec = {"row": ReportSpec(office["sale"], rows=[Grouping(amount)]),
            "measure": ReportSpec(office["sale"], measures=[Measure(amount, "sum")]),
            "filter": ReportSpec(office["sale"], filter=FilterGroup("and", [Condition(amount, "gt", 5)]))}[where]
    try:
        with pytest.raises(PermissionDenied, match="not allowed to see"):
            ReportService(bob.records).run(spec)
        counted = ReportService(bob.records).run(ReportSpec(office["sale"], rows=[Grouping((office["region"],))]))
        assert counted.value((), ())[0] == Hand(bob, office).rows("SELECT COUNT(*) FROM {S}")[0][0]
    finally:
        bob.close()


def test_user_fields_group_by_person_and_drill_down(db_path: Path | str) -> None:
    s = open_session(db_path)
    task = s.configuration.add_object("Task", "Tasks")
    assignee = s.configuration.add_field(task.id, FieldDef(0, "Assignee", "user")).id
    users = s.users
    users.sleep = lambda seconds: None
    people = [users.create_user("boss", PASSWORD, "Boss Person"), users.create_user("anna", PASSWORD, "Anna Nowak")]
    s.close()
    s = open_session(db_path, login="boss", password=PASSWORD)
    try:
        for i in range(7):
            record = s.records.new(task.id)
            record.values[assignee] = [*people, None][i % 3]
            s.records.save(record)
        result = ReportService(s.records).run(ReportSpec(task.id, rows=[Grouping((assignee,))]))
        assert [(h.labels[0], result.value(h.key, ())[0]) for h in result.rows] == [
            ("Anna Nowak", 2), ("Boss Person", 3), ("(empty)", 2)]
        for header in result.rows:
            assert s.records.count(task.id, ListQuery(filter=result.drill(header.key, ()))) == result.value(header.key, ())[0]
    finally:
        s.close()
