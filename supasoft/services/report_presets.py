"""The reports the ready Free Lite CRM ships: sales by month and by client, payments by month, open tasks
by assignee and due week, saved as shared reports named in the database's language."""

from __future__ import annotations

from typing import Any

from supasoft.core.messages import Message, translate
from supasoft.core.meta import Condition, Configuration, FilterGroup
from supasoft.core.reports.spec import ChartOptions, Grouping, Measure, ReportSort, ReportSpec
from supasoft.services.dashboards import DashboardService, DashboardTile
from supasoft.services.report_library import ReportLibrary

SALES_BY_MONTH = Message("Sales by month")
SALES_BY_CLIENT = Message("Sales by client")
PAYMENTS_BY_MONTH = Message("Payments by month")
OPEN_TASKS = Message("Open tasks by assignee")
OVERVIEW = Message("Overview")  # the shared dashboard of the four reports
OVERVIEW_VIEWS = ("kpi", "bar", "line", "table")  # how each report shows there


def lite_reports(config: Configuration, ids: dict[str, int], language: str = "en") -> list[ReportSpec]:
    """The Lite reports as specs over the Lite ids (they survive renames)."""
    done = config.object_by_id(ids["task"]).field_by_id(ids["task.status"]).choices[-1:]  # the last status: done
    sales = [Measure(), Measure((ids["line.cost"],), "sum"), Measure((ids["line.cost"],), "sum", "share")]
    specs = [
        ReportSpec(ids["line"], rows=[Grouping((ids["line.order"], ids["order.date"]), "month")], measures=sales,
                   name=translate(SALES_BY_MONTH, language)),
        ReportSpec(ids["line"], rows=[Grouping((ids["line.order"], ids["order.client"]))], measures=sales,
                   sort=ReportSort("measure", 1, True), name=translate(SALES_BY_CLIENT, language)),
        ReportSpec(ids["payment"], rows=[Grouping((ids["payment.date"],), "month")],
                   columns=[Grouping((ids["payment.method"],))],
                   measures=[Measure((ids["payment.amount"],), "sum")], name=translate(PAYMENTS_BY_MONTH, language)),
        # each person's open tasks by the week they fall due: the free edition, with no users, still sees its
        # tasks spread over the weeks under "(empty)" (nobody assigned) instead of one number
        ReportSpec(ids["task"], rows=[Grouping((ids["task.assignee"],)), Grouping((ids["task.due"],), "week")],
                   columns=[Grouping((ids["task.status"],))],
                   measures=[Measure()], filter=FilterGroup("and", [Condition((ids["task.status"],), "ne", done[0])]) if done else None,
                   name=translate(OPEN_TASKS, language)),
    ]
    charts = (ChartOptions("bar", 1), ChartOptions("bar", 1), ChartOptions("line"), ChartOptions("stacked"))
    for spec, chart in zip(specs, charts, strict=True):  # the sums drawn, not the counts of lines
        spec.shared, spec.chart = True, chart
    return specs


def add_lite_reports(records: Any, ids: dict[str, int], language: str = "en") -> list[int]:
    """Save the Lite reports as shared reports (run once when a Lite database is created); returns their ids."""
    library = ReportLibrary(records)
    saved = [library.save(spec) for spec in lite_reports(records.config, ids, language)]
    add_lite_dashboard(records, saved, language)
    return saved


def add_lite_dashboard(records: Any, report_ids: list[int], language: str = "en") -> int:
    """The Lite CRM's default dashboard, shared with everyone: its reports as tiles (a number, bars, a line, a table)."""
    tiles = [DashboardTile(report_id, view) for report_id, view in zip(report_ids, OVERVIEW_VIEWS, strict=False)]
    return DashboardService(records, ReportLibrary(records)).create(translate(OVERVIEW, language), shared=True, tiles=tiles)
