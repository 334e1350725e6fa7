"""The report tab on a 1366×768 screen: the report's name with "(shared)"/"(not saved)" is read whole (its own line,
not squeezed beside the buttons), and every button stays on screen."""

from __future__ import annotations

from supasoft.shell.main_window import MainWindow
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report, wait_result


def test_a_long_name_and_the_buttons_all_fit_on_a_small_screen(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                               ids: dict[str, int]) -> None:
    reports_window.resize(1366, 768)
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    wait_result(qtbot, tab)
    assert tab.save("Sales by quarter, client and sales manager for the board meeting", shared=False)
    tab.designer.ask_box.setCurrentIndex(1)  # a date range asked: its editors take a line too
    tab.designer.ask_box.activated.emit(1)
    wait_result(qtbot, tab)
    label = tab.name_label
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())  # "… (personal)" not cut
    right_edge = tab.mapToGlobal(tab.rect().topRight()).x()
    for button in (tab.refresh_button, tab.export_button, tab.print_button, tab.save_button, tab.save_as_button,
                   tab.delete_button):
        assert button.isVisible() and button.mapToGlobal(button.rect().topRight()).x() <= right_edge
    assert tab.param_bar.isVisible() and tab.param_bar.width() >= tab.param_bar.sizeHint().width()
