"""Print previews (a report, a list, a card) open large enough to read the page: most of the screen, not Qt's
small default that shows an A4 page at a third of its size."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from supasoft.reports.print_menu import print_card_preview, print_list_preview
from supasoft.shell.main_window import MainWindow
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report, wait_result
from tests.ui.shell.modal import when_shown


def _preview_sizes(qtbot, open_preview) -> list[tuple[float, float]]:  # noqa: ANN001
    """The share of the screen's free width and height the next preview takes (it is closed at once)."""
    sizes: list[tuple[float, float]] = []

    def measure(widget: QWidget) -> bool:
        if not isinstance(widget, QPrintPreviewDialog):
            return False
        room = widget.screen().availableGeometry()
        sizes.append((widget.width() / room.width(), widget.height() / room.height()))
        widget.reject()
        return True

    when_shown(measure, [])
    open_preview()
    qtbot.waitUntil(lambda: bool(sizes))
    return sizes


def test_report_list_and_card_previews_take_most_of_the_screen(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                               ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    wait_result(qtbot, tab)
    shares = _preview_sizes(qtbot, tab.ask_print)
    table = reports_window.open_object(ids["order"])
    qtbot.waitUntil(lambda: table.model.rowCount() > 0)
    table.view.selectRow(0)
    shares += _preview_sizes(qtbot, lambda: print_list_preview(reports_window))
    shares += _preview_sizes(qtbot, lambda: print_card_preview(reports_window))
    assert len(shares) == 3
    for width, height in shares:
        assert 0.85 <= width <= 1.0 and 0.85 <= height <= 1.0
