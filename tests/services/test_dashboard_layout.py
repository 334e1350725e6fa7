"""A dashboard's arrangement as stored: the tiles' order and each tile's span in grid cells (columns and rows) come
back as saved; a layout saved before spans existed opens with one cell per tile; a viewer who may not change a
shared dashboard cannot rearrange or resize its tiles either."""

from __future__ import annotations

import json

import pytest

from supasoft.core.errors import PermissionDenied, SchemaError
from supasoft.services.dashboards import MAX_HEIGHT, DashboardTile
from supasoft.storage import dashboard_store
from tests.services.test_dashboards import login, office  # noqa: F401 - the fixture

pytestmark = pytest.mark.all_backends


def spans(tiles: list[DashboardTile]) -> list[tuple[int, str, bool, int, int]]:
    return [(t.report_id, t.view, t.wide, t.width, t.height) for t in tiles]


def test_order_and_spans_come_back_as_saved(office: dict) -> None:  # noqa: F811
    max_ = login(office, "max")
    try:
        service = max_.dashboards
        sales, reps = office["sales_report"], office["reps_report"]
        arranged = [DashboardTile(reps, "kpi", width=2, height=3), DashboardTile(sales, "bar", wide=True, height=2),
                    DashboardTile(sales, "table")]
        service.save(office["board"], tiles=arranged, columns=3)
        board = service.load(office["board"])
        assert board.columns == 3 and spans(board.tiles) == spans(arranged)
        with max_.records.basis.storage.connect() as conn:  # one cell is not written: older versions read the rest
            stored = json.loads(dashboard_store.dashboard_by_id(conn, office["board"]).spec)
        assert stored["tiles"][2] == {"report_id": sales, "view": "table"}
        assert stored["tiles"][0] == {"report_id": reps, "view": "kpi", "width": 2, "height": 3}
        for bad in (DashboardTile(sales, width=0), DashboardTile(sales, width=5), DashboardTile(sales, height=MAX_HEIGHT + 1),
                    DashboardTile(sales, height=True)):
            with pytest.raises(SchemaError):
                service.save(office["board"], tiles=[bad])
        assert spans(service.load(office["board"]).tiles) == spans(arranged)
    finally:
        max_.close()


def test_a_layout_saved_before_spans_opens_with_one_cell_per_tile(office: dict) -> None:  # noqa: F811
    max_ = login(office, "max")
    try:
        sales, reps = office["sales_report"], office["reps_report"]
        old = json.dumps({"columns": 2, "tiles": [{"report_id": sales, "view": "bar", "wide": True},
                                                  {"report_id": reps, "view": "kpi"},
                                                  {"report_id": sales, "view": "pie", "width": "two", "height": 99}]})
        with max_.records.basis.storage.begin() as conn:
            dashboard_store.update_dashboard(conn, office["board"], "Office", True, old)
        assert spans(max_.dashboards.load(office["board"]).tiles) == [
            (sales, "bar", True, 1, 1), (reps, "kpi", False, 1, 1), (sales, "pie", False, 1, 1)]
    finally:
        max_.close()


def test_without_the_right_a_shared_dashboard_cannot_be_rearranged_or_resized(office: dict) -> None:  # noqa: F811
    anna = login(office, "anna")
    try:
        service = anna.dashboards
        board = service.load(office["board"])
        assert not board.may_change
        tiles = board.tiles
        with pytest.raises(PermissionDenied, match="owner or someone"):
            service.save(office["board"], tiles=list(reversed(tiles)))
        with pytest.raises(PermissionDenied, match="owner or someone"):
            service.save(office["board"], tiles=[DashboardTile(t.report_id, t.view, width=2, height=2) for t in tiles])
        assert spans(service.load(office["board"]).tiles) == spans(tiles)
        own = service.create("Anna's", tiles=[DashboardTile(office["sales_report"], "table")])  # her own she may
        service.save(own, tiles=[DashboardTile(office["sales_report"], "table", width=2, height=2)])
        assert spans(service.load(own).tiles) == [(office["sales_report"], "table", False, 2, 2)]
    finally:
        anna.close()
