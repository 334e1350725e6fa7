"""The chart's category labels fit the room the plot really has, also when the chart was drawn while its tab was
hidden (a saved report opens on its table, the user then looks at the chart)."""

from __future__ import annotations

from supasoft.shell.main_window import MainWindow
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report, wait_result


def _tick_labels(chart) -> list[str]:  # noqa: ANN001 - a ReportChart
    levels = chart.plot.getPlotItem().getAxis("bottom")._tickLevels  # what setTicks was given
    return [text for _pos, text in levels[0]] if levels else []


def test_month_labels_are_whole_when_the_chart_tab_is_opened_after_the_table(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                             ids: dict[str, int]) -> None:
    reports_window.resize(1366, 768)
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    wait_result(qtbot, tab)
    assert tab.views.currentWidget() is tab.pivot  # the chart is drawn hidden, before it has a size of its own
    months = [" / ".join(h.labels) for h in tab.result.rows]
    assert len(months) <= 6 and all(len(m) == 7 for m in months)  # 2026-08 …: room for each on a wide screen
    tab.views.setCurrentWidget(tab.chart)
    qtbot.waitUntil(lambda: tab.chart.plot.isVisible() and tab.chart.plot.width() > 600)
    qtbot.waitUntil(lambda: _tick_labels(tab.chart) == months)


def test_a_cut_label_of_two_levels_keeps_the_outer_group_in_short() -> None:
    from supasoft.reports.chart import _short

    first, second = _short("Atelier Lumière SARL / 2026-Q3", 18), _short("Green Valley Farm / 2026-Q3", 18)
    assert first != second and first.endswith(" / 2026-Q3") and first.startswith("Ateli")
    assert len(first) <= 18 and len(second) <= 18
    assert _short("2026-Q3", 18) == "2026-Q3"
    assert _short("A very long client name indeed", 10) == "A very lo\u2026"


def _sales_chart(qtbot, width: int):  # noqa: ANN001, ANN202 - a shown ReportChart
    from supasoft.reports.chart import ChartData, ReportChart

    chart = ReportChart()
    qtbot.addWidget(chart)
    chart.resize(width, 320)
    chart.show()
    qtbot.waitExposed(chart)
    values = [12769.5, 8000.0, 6675.0, 6230.0, 6052.5, 4429.5, 3600.0, 2600.0, 1921.0, 799.5, 551.0, 177.5]
    chart.set_data(ChartData([f"Client {i}" for i in range(12)], [("Sum of Cost", values)], values, "Client", "Sum"))
    return chart


def test_values_on_bars_are_written_only_where_each_fits_above_its_bar(qtbot) -> None:  # noqa: ANN001
    narrow = _sales_chart(qtbot, 520)  # a dashboard tile: 12 bars of ~35 px, "12,769.50" is wider
    assert len(narrow.labels) == 12
    qtbot.waitUntil(lambda: not any(label.isVisible() for label in narrow.labels))
    narrow.resize(1800, 320)  # room for each: the values come back
    qtbot.waitUntil(lambda: all(label.isVisible() for label in narrow.labels))
