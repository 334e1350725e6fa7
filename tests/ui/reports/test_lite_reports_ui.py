"""The ready Lite reports as an office user of the free edition opens them: 'Open tasks by assignee' (nobody can
be assigned without users) still spreads the open tasks over the weeks they fall due, each week drilling down to
exactly its tasks."""

from __future__ import annotations

from supasoft.reports.menu import open_saved
from supasoft.reports.saving import ReportStore
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab
from tests.ui.reports.test_report_designer import wait_result


def test_open_tasks_by_assignee_shows_the_due_weeks_in_the_free_edition(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                       lite: Session, ids: dict[str, int]) -> None:
    entry = next(e for e in ReportStore(lite).saved() if e.name == "Open tasks by assignee")
    tab = open_saved(reports_window, entry.id)
    wait_result(qtbot, tab)
    result = tab.result
    weeks = [h for h in result.rows if len(h.key) == 2]
    assert len(weeks) > 1  # not one "(empty)" line holding every task
    open_tasks = lite.records.count(ids["task"], ListQuery(columns=[], filter=result.spec.filter))
    assert sum(result.value(h.key, ())[0] for h in weeks) == result.value((), ())[0] == open_tasks
    week = max(weeks, key=lambda h: result.value(h.key, ())[0])
    tab.drill(week.key, ())
    table = reports_window.tabs.currentWidget()
    assert isinstance(table, TableTab) and table.object_id == ids["task"]
    qtbot.waitUntil(lambda: table.model.rowCount() == result.value(week.key, ())[0])
