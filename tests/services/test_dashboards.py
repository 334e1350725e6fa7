"""Dashboards in the database (issue 14 point 4): personal ones are their owner's, shared ones are for everyone and
need `configure` to create, change or delete; a tile whose report the viewer may not see is unavailable."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError
from supasoft.core.reports.spec import Grouping, Measure, ReportSpec
from supasoft.services.dashboards import DashboardTile
from supasoft.services.report_library import ReportLibrary
from supasoft.services.session import Session, open_session
from tests.helpers.report_data import build_sales

PASSWORD = "correct horse"

pytestmark = pytest.mark.all_backends


@pytest.fixture
def office(db_path: Path | str) -> dict:
    """Sales and reps; the admin saves a shared report on each and a shared dashboard of both;
    Anna may report on sales only (the reps report is hidden from her); Max may also change the structure."""
    s = open_session(db_path)
    ids: dict = {"path": db_path, **build_sales(s)}
    users = s.users
    users.sleep = lambda seconds: None
    ids["admin"] = users.create_user("admin", PASSWORD, "Admin")
    for who in ("anna", "max"):
        ids[who] = users.create_user(who, PASSWORD, who.title())
        users.grant(("user", ids[who]), ids["sale"], "read", flags=("report",))
    users.grant(("user", ids["max"]), ids["rep"], "read", flags=("report",))
    users.grant(("user", ids["max"]), None, "configure")
    library = ReportLibrary(s.records)
    ids["sales_report"] = library.save(ReportSpec(ids["sale"], rows=[Grouping((ids["region"],))], measures=[Measure()],
                                                  name="Sales by region", shared=True))
    ids["reps_report"] = library.save(ReportSpec(ids["rep"], measures=[Measure()], name="Reps", shared=True))
    ids["board"] = s.dashboards.create("Office", shared=True, tiles=[
        DashboardTile(ids["sales_report"], "bar"), DashboardTile(ids["reps_report"], "kpi")])
    s.close()
    return ids


def login(ids: dict, who: str) -> Session:
    s = open_session(ids["path"], login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


def test_a_shared_dashboard_is_everyones_and_a_hidden_reports_tile_is_unavailable(office: dict) -> None:
    anna = login(office, "anna")
    try:
        assert [(d.name, d.shared, d.mine) for d in anna.dashboards.list()] == [("Office", True, False)]
        board = anna.dashboards.load(office["board"])
        assert not board.may_change and board.columns == 2
        assert [(t.report_id, t.view, t.available, t.name) for t in board.tiles] == [
            (office["sales_report"], "bar", True, "Sales by region"), (office["reps_report"], "kpi", False, "")]
        with pytest.raises(NotFound):  # and the hidden report cannot be loaded to run it either
            ReportLibrary(anna.records).load(office["reps_report"])
    finally:
        anna.close()
    max_ = login(office, "max")
    try:
        assert [t.available for t in max_.dashboards.load(office["board"]).tiles] == [True, True]
    finally:
        max_.close()


def test_without_configure_a_shared_dashboard_cannot_be_made_changed_or_deleted(office: dict) -> None:
    anna = login(office, "anna")
    try:
        service = anna.dashboards
        with pytest.raises(PermissionDenied, match="change the structure"):
            service.create("Mine for all", shared=True)
        with pytest.raises(PermissionDenied, match="owner or someone"):
            service.save(office["board"], name="Renamed")
        with pytest.raises(PermissionDenied, match="owner or someone"):
            service.save(office["board"], tiles=[])
        with pytest.raises(PermissionDenied, match="owner or someone"):
            service.delete(office["board"])
        own = service.create("Anna's", tiles=[DashboardTile(office["sales_report"], "table", wide=True)])
        service.save(own, name="Anna's board", columns=3)
        assert [(t.view, t.wide) for t in service.load(own).tiles] == [("table", True)]
        with pytest.raises(PermissionDenied, match="share a dashboard"):
            service.save(own, shared=True)
        assert [(d.name, d.mine) for d in service.list()] == [("Anna's board", True), ("Office", False)]
        assert service.load(own).columns == 3 and service.load(office["board"]).name == "Office"
    finally:
        anna.close()
    max_ = login(office, "max")
    try:  # a personal dashboard is its owner's alone; someone with configure changes and shares the shared one
        assert [d.name for d in max_.dashboards.list()] == ["Office"]
        with pytest.raises(NotFound):
            max_.dashboards.load(own)
        max_.dashboards.save(office["board"], name="Office (all)", tiles=[DashboardTile(office["reps_report"], "table")])
        mine = max_.dashboards.create("Max's")
        max_.dashboards.save(mine, shared=True)
        assert {(d.name, d.shared) for d in max_.dashboards.list()} == {("Office (all)", True), ("Max's", True)}
        max_.dashboards.delete(office["board"])
    finally:
        max_.close()
    anna = login(office, "anna")
    try:
        assert [d.name for d in anna.dashboards.list()] == ["Anna's board", "Max's"]
    finally:
        anna.close()


def test_bad_names_and_tiles_are_refused(office: dict) -> None:
    anna = login(office, "anna")
    try:
        for bad in ("", "   ", "x" * 201, "bad\x00name"):
            with pytest.raises(SchemaError):
                anna.dashboards.create(bad)
        with pytest.raises(SchemaError):
            anna.dashboards.create("Tiles", tiles=[DashboardTile(office["sales_report"], "sparkles")])
        with pytest.raises(SchemaError):
            anna.dashboards.create("Columns", columns=9)
    finally:
        anna.close()


def test_the_lite_crm_ships_a_shared_dashboard_of_its_four_reports(lite: Session) -> None:
    boards = lite.dashboards.list()
    assert [(d.name, d.shared) for d in boards] == [("Overview", True)]
    board = lite.dashboards.load(boards[0].id)
    reports = {r.id: r.name for r in ReportLibrary(lite.records).list()}
    assert [(t.name, t.view, t.available) for t in board.tiles] == [
        (reports[t.report_id], view, True) for t, view in zip(board.tiles, ("kpi", "bar", "line", "table"), strict=True)]
    assert [t.name for t in board.tiles] == ["Sales by month", "Sales by client", "Payments by month", "Open tasks by assignee"]
