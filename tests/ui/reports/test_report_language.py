"""A report reads in the user's language: the designer's calculations and the pivot's titles, not English."""

from __future__ import annotations

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
