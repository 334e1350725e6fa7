"""A drill-down from a report over all records (the 'reports over all records' right) lists only the records the
viewer may read, and its filter text says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from supasoft.core.meta import Condition, FilterGroup
from supasoft.core.reports.spec import Grouping, Measure, ReportSpec
from supasoft.reports.drill import describe_cell, open_records
from supasoft.services.record_model import ListQuery
from supasoft.services.reports import ReportService
from supasoft.services.session import Session
from supasoft.settings import Settings
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab

PASSWORD = "pass-word-1"


@pytest.fixture
def counter_window(qtbot, lite: Session, ids: dict[str, int]) -> Iterator[MainWindow]:  # noqa: ANN001
    """Carl reads only the orders of the first client but may report on all orders."""
    by_client = ReportService(lite.records).run(ReportSpec(ids["order"], rows=[Grouping((ids["order.client"],))]))
    first = next(h.key[0] for h in by_client.rows if h.key[0] is not None)
    lite.users.create_user("boss", PASSWORD, "Boss")
    carl = lite.users.create_user("carl", PASSWORD, "Carl Counter")
    lite.users.grant(("user", carl), ids["client"], "read")
    mine = FilterGroup("and", [Condition((ids["order.client"],), "eq", first)])
    lite.users.grant(("user", carl), ids["order"], "read", scope="filter", filter=mine, flags=("report", "report_all"))
    lite.login("carl", PASSWORD)
    w = MainWindow(lite, Settings(), database_label="office.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.relay.detach()


def test_the_drill_down_lists_readable_records_and_says_so(qtbot, counter_window: MainWindow, ids: dict[str, int]) -> None:  # noqa: ANN001
    session = counter_window.session
    result = ReportService(session.records).run(ReportSpec(ids["order"], rows=[Grouping((ids["order.client"],))],
                                                           measures=[Measure()]))
    counted = result.value((), ())[0]
    assert result.counts_all and counted > 0
    why = describe_cell(result, "Orders by client", (), ())
    tab = open_records(counter_window, ids["order"], result.drill((), ()), why)
    assert isinstance(tab, TableTab)
    readable = session.records.count(ids["order"], ListQuery())
    assert 0 < readable < counted
    qtbot.waitUntil(lambda: tab.model.rowCount() == readable)  # only his, though the report counted them all
    assert "only the records you may read are listed" in tab.filter_label.text()
