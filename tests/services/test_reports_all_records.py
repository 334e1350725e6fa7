"""The 'reports over all records' right (issue 14 point 5): with it a report counts every record of its object
(still only fields the viewer may read); without it only the records the viewer may read; a drill-down always
lists only readable records. Deny by default; only who may manage rights grants it."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import Condition, FilterGroup
from supasoft.core.reports.spec import Grouping, Measure, ReportSpec
from supasoft.services.record_model import ListQuery
from supasoft.services.reports import ReportService
from supasoft.services.session import Session, open_session
from tests.helpers.report_data import Hand, build_sales

PASSWORD = "correct horse"

pytestmark = pytest.mark.all_backends


@pytest.fixture
def office(db_path: Path | str) -> dict:
    """Sales; Anna and Olga read the North sales only and may report; Olga also has 'reports over all records'
    but may not see the amounts; Jim has the flag without the report right."""
    s = open_session(db_path)
    ids: dict = {"path": db_path, **build_sales(s)}
    users = s.users
    users.sleep = lambda seconds: None
    ids["admin"] = users.create_user("admin", PASSWORD, "Admin")
    north = FilterGroup("and", [Condition((ids["region"],), "eq", "north")])
    for who, flags in (("anna", ("report",)), ("olga", ("report", "report_all")), ("jim", ("report_all",))):
        ids[who] = users.create_user(who, PASSWORD, who.title())
        users.grant(("user", ids[who]), ids["rep"], "read")
        users.grant(("user", ids[who]), ids["sale"], "read", scope="filter", filter=north, flags=flags)
    users.grant_field(("user", ids["olga"]), ids["sale"], ids["amount"], "hidden")
    s.close()
    return ids


def login(ids: dict, who: str) -> Session:
    s = open_session(ids["path"], login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


def by_region(ids: dict) -> ReportSpec:
    return ReportSpec(ids["sale"], rows=[Grouping((ids["sale.rep"],))], measures=[Measure(), Measure((ids["qty"],), "sum")])


def test_the_right_counts_every_record_and_the_drill_down_lists_only_readable_ones(office: dict) -> None:
    olga, anna = login(office, "olga"), login(office, "anna")
    try:
        hand = Hand(olga, office)
        everything = hand.rows("SELECT COUNT(*), SUM(s.{qty}) FROM {S} s")[0]
        north = hand.rows("SELECT COUNT(*), SUM(s.{qty}) FROM {S} s WHERE LOWER(s.{region}) = 'north'")[0]
        wide = ReportService(olga.records).run(by_region(office))
        narrow = ReportService(anna.records).run(by_region(office))
        assert wide.value((), ()) == [everything[0], everything[1]] and wide.counts_all
        assert narrow.value((), ()) == [north[0], north[1]] and not narrow.counts_all
        assert north[0] < everything[0]
        for header in wide.rows:  # each drill-down lists only what she may read (what Anna's report counts)
            listed = olga.records.count(office["sale"], ListQuery(filter=wide.drill(header.key, ())))
            readable = (narrow.value(header.key, ()) or [0])[0]
            assert listed == readable <= wide.value(header.key, ())[0]
        assert any(listed < counted for listed, counted in
                   ((olga.records.count(office["sale"], ListQuery(filter=wide.drill(h.key, ()))), wide.value(h.key, ())[0])
                    for h in wide.rows))
    finally:
        olga.close()
        anna.close()


def test_the_right_does_not_open_hidden_fields(office: dict) -> None:
    olga = login(office, "olga")
    try:
        with pytest.raises(PermissionDenied, match="not allowed to see"):
            ReportService(olga.records).run(ReportSpec(office["sale"], measures=[Measure((office["amount"],), "sum")]))
    finally:
        olga.close()


def test_the_flag_alone_gives_no_report(office: dict) -> None:
    jim = login(office, "jim")
    try:
        assert not jim.access.allowed("report_all", office["sale"])
        with pytest.raises(PermissionDenied, match="build reports on Sales"):
            ReportService(jim.records).run(by_region(office))
    finally:
        jim.close()


def test_deny_by_default_and_only_a_rights_manager_grants_it(office: dict) -> None:
    anna = login(office, "anna")
    try:
        assert not anna.access.allowed("report_all", office["sale"]) and not anna.access.allowed("report_all")
        with pytest.raises(PermissionDenied):
            anna.users.grant(("user", office["anna"]), office["sale"], "read", flags=("report", "report_all"))
    finally:
        anna.close()
    admin = login(office, "admin")
    try:
        admin.users.grant(("user", office["anna"]), office["sale"], "read", scope="filter",
                          filter=FilterGroup("and", [Condition((office["region"],), "eq", "north")]),
                          flags=("report", "report_all"))
    finally:
        admin.close()
    anna = login(office, "anna")
    try:
        assert ReportService(anna.records).run(by_region(office)).counts_all
    finally:
        anna.close()
