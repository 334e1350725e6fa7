"""Chart colours of a choice list follow the choice, not the group's place: the same status has the same colour in
every report, whichever statuses a filter leaves (choices carry no colour of their own, so the palette picks it)."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsEllipseItem

from supasoft.core.meta import Condition, FilterGroup
from supasoft.core.reports.spec import Grouping, Measure, ReportSpec
from supasoft.reports.chart import PALETTE, ReportChart
from supasoft.reports.chart_data import EMPTY_COLOUR, chart_data
from supasoft.services.reports import ReportService
from supasoft.services.session import Session


def test_slices_and_series_take_their_choices_colours(qtbot, lite: Session, ids: dict[str, int]) -> None:  # noqa: ANN001
    config = lite.configuration.config
    choices = next(f for o in config.objects for f in o.fields if f.id == ids["order.status"]).choices
    by_status = ReportSpec(ids["order"], rows=[Grouping((ids["order.status"],))], measures=[Measure()])
    service = ReportService(lite.records)
    data = chart_data(service.run(by_status), "(empty)", config, "Total")
    assert len(data.categories) >= 2
    assert data.category_colours == [PALETTE[choices.index(c)] if c in choices else EMPTY_COLOUR for c in data.categories]
    first = data.categories[0]
    by_status.filter = FilterGroup("and", [Condition((ids["order.status"],), "ne", first)])  # one status fewer
    fewer = chart_data(service.run(by_status), "(empty)", config, "Total")
    assert first not in fewer.categories and fewer.categories
    assert [fewer.category_colours[fewer.categories.index(c)] for c in fewer.categories] == [
        data.category_colours[data.categories.index(c)] for c in fewer.categories]  # each keeps its colour

    chart = ReportChart()
    qtbot.addWidget(chart)
    chart.set_kind("pie")
    chart.set_data(fewer)
    wedges = [i for i in chart.plot.getPlotItem().items if isinstance(i, QGraphicsEllipseItem)]
    drawn = [w.brush().color().name().upper() for w in wedges]
    wanted = [fewer.category_colours[s.category] for s in chart.slices]
    assert drawn == wanted and wanted != [p.upper() for p in PALETTE[: len(wanted)]]  # not simply in order

    by_column = ReportSpec(ids["order"], rows=[Grouping((ids["order.client"],))],
                           columns=[Grouping((ids["order.status"],))], measures=[Measure()])
    series = chart_data(service.run(by_column), "(empty)", config, "Total")
    assert [series.series_colour(i) for i in range(len(series.series))] == [
        PALETTE[choices.index(name)] if name in choices else EMPTY_COLOUR for name, _values in series.series]


def test_other_groupings_keep_the_palette_in_order(lite: Session, ids: dict[str, int]) -> None:
    spec = ReportSpec(ids["order"], rows=[Grouping((ids["order.client"],))], measures=[Measure()])
    data = chart_data(ReportService(lite.records).run(spec), "(empty)", lite.configuration.config, "Total")
    assert data.category_colours == [] and data.category_palette() == tuple(
        PALETTE[i % len(PALETTE)] for i in range(len(data.categories)))
