"""A report reads in the user's language: the designer's calculations and the pivot's titles, not English."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from test_report_designer import build_sales_by_month, new_report

from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow


def test_a_polish_report_names_its_calculations_and_titles_in_polish(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                      lite: Session, ids: dict[str, int],
                                                                      translations) -> None:  # noqa: ANN001
    translations("pl")
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    values = [tab.designer.values.list.item(i).text() for i in range(tab.designer.values.list.count())]
    assert values[0].startswith("Suma: "), values
    assert tab.designer.rows.list.item(0).text().endswith("(miesiąc)"), tab.designer.rows.list.item(0).text()
    model = tab.pivot.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
    assert any("Suma" in h for h in headers) and not any("Sum of" in h or "(month)" in h for h in headers), headers


@pytest.mark.parametrize(("language", "pattern", "sample"), [
    ("pl", r"\d kw\. \d{4}", "poniedziałek"), ("ru", r"\d кв\. \d{4}", "понедельник")])
def test_periods_and_weekdays_are_worded_in_the_users_language(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                               ids: dict[str, int], translations,  # noqa: ANN001
                                                               language: str, pattern: str, sample: str) -> None:
    translations(language)
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    shown_before = tab.result

    def labels() -> list[str]:
        model = tab.pivot.model()
        return [model.data(model.index(r, 0)) or "" for r in range(model.rowCount())]

    assert any(re.fullmatch(r"\d\d\.\d{4}", text) for text in labels()), labels()  # months as 03.2026
    tab.designer.rows.set_current_setting("quarter")
    qtbot.waitUntil(lambda: tab.result is not shown_before and not tab.is_running(), timeout=10000)
    assert any(re.fullmatch(pattern, text) for text in labels()), labels()
    assert not any("-Q" in text for text in labels())
    shown_before = tab.result
    tab.designer.rows.set_current_setting("weekday")
    qtbot.waitUntil(lambda: tab.result is not shown_before and not tab.is_running(), timeout=10000)
    assert sample in labels() and sample in tab.chart.data.categories, labels()  # the chart's categories too
