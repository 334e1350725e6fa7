"""Saving a report under a name and opening it again from the Reports menu (personal; shared needs configure)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from supasoft.reports.designer import index_of
from supasoft.reports.report_tab import ReportTab
from supasoft.reports.save_dialog import SaveReportDialog
from supasoft.shell.main_window import MainWindow
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report, wait_result
from tests.ui.shell.modal import when_shown


def name_it(name: str, shared: bool):  # noqa: ANN201 - a modal handler
    def handle(widget: QWidget) -> bool:
        if not isinstance(widget, SaveReportDialog):
            return False
        widget.name_edit.setText(name)
        widget.shared_box.setChecked(shared)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return True
    return handle


def saved_in_menu(window: MainWindow) -> list[str]:
    menu = window.actions["reports"].menu()
    menu.aboutToShow.emit()
    return [a.text() for a in menu.actions() if a.objectName().startswith("action_report_")]


def test_save_then_open_from_the_menu(qtbot, reports_window: MainWindow, ids: dict[str, int]) -> None:  # noqa: ANN001
    shipped = saved_in_menu(reports_window)  # the ready CRM's own reports
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    designer = tab.designer
    designer.sort_box.setCurrentIndex(index_of(designer.sort_box, ("measure", 1, True)))  # most orders first
    designer.ask_box.setCurrentIndex(index_of(designer.ask_box, (ids["order.date"],)))
    seen: list[str] = []
    when_shown(name_it("Sales by month", shared=False), seen)
    tab.ask_save()
    assert seen == ["SaveReportDialog"]
    assert tab.saved_id is not None and tab.name == "Sales by month"
    assert reports_window.tabs.tabText(reports_window.tabs.indexOf(tab)) == "Sales by month"
    first_id = tab.saved_id
    designer.top_box.setValue(3)
    tab.save_button.click()  # saved already: in place, no question
    assert seen == ["SaveReportDialog"] and tab.saved_id == first_id
    expected = tab.designer.spec()
    reports_window.close_tab(reports_window.tabs.indexOf(tab))

    menu = reports_window.actions["reports"].menu()
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.objectName().startswith("action_report_")]
    assert [a.text() for a in entries if a.text() not in shipped] == ["Sales by month (personal)"]
    entries = [a for a in entries if a.text() == "Sales by month (personal)"]
    entries[0].trigger()
    opened = reports_window.tabs.currentWidget()
    assert isinstance(opened, ReportTab) and opened.name == "Sales by month"
    wait_result(qtbot, opened)
    spec = opened.designer.spec()
    assert (spec.object_id, spec.rows, spec.measures) == (expected.object_id, expected.rows, expected.measures)
    assert (spec.sort, spec.params, spec.top_n) == (expected.sort, expected.params, 3)
    assert spec.sort.by == "measure" and spec.params
    assert [e.date_part for e in opened.designer.rows.entries] == ["month"]
    entries[0].trigger()  # open again: the same tab comes forward
    assert reports_window.tabs.currentWidget() is opened and sum(
        isinstance(reports_window.tabs.widget(i), ReportTab) for i in range(reports_window.tabs.count())) == 1


def test_delete_a_saved_report_after_a_question(qtbot, reports_window: MainWindow, ids: dict[str, int]) -> None:  # noqa: ANN001
    shipped = saved_in_menu(reports_window)
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    assert not tab.delete_button.isVisibleTo(tab) and "not saved" in tab.name_label.text()
    assert tab.save("Payments & sales <2026>", shared=True)
    assert tab.delete_button.isVisibleTo(tab) and "&lt;2026&gt;" in tab.name_label.text()  # shown as typed
    assert sorted(saved_in_menu(reports_window)) == sorted([*shipped, "Payments & sales <2026>"])
    seen: list[str] = []
    when_shown(press_yes, seen)
    tab.delete_button.click()
    assert seen and "Delete the saved report Payments & sales <2026>?" in seen[0]
    assert tab.saved_id is None and not tab.delete_button.isVisibleTo(tab)
    assert saved_in_menu(reports_window) == shipped
    wait_result(qtbot, tab)  # the numbers stay


def press_yes(widget: QWidget) -> bool:
    if not isinstance(widget, QMessageBox):
        return False
    widget.button(QMessageBox.StandardButton.Yes).click()
    return True


def test_the_ready_crms_reports_open_and_run(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    menu = reports_window.actions["reports"].menu()
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.objectName().startswith("action_report_")]
    assert entries  # the Lite CRM ships reports (sales by month, ...)
    for action in entries:
        action.trigger()
        tab = reports_window.tabs.currentWidget()
        assert isinstance(tab, ReportTab) and tab.name == action.text().removesuffix(" (personal)")
        wait_result(qtbot, tab)
        assert tab.views.isEnabled() and tab.pivot.pivot is not None and tab.pivot.pivot.rowCount() > 0, tab.name
        assert tab.designer.spec().rows == tab.result.spec.rows  # the designer shows what was saved


def test_a_closed_window_stops_its_reports_pending_runs(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    from supasoft.reports.menu import open_report

    tab = open_report(reports_window)
    tab.designer.changed.emit()  # a change: the preview is due in a moment
    assert tab._timer.isActive()
    reports_window.close()
    assert not tab._timer.isActive() and not tab._follow_timer.isActive()
    before = tab._generation
    tab.run_now()  # a late timer or signal: nothing runs against the closing database
    assert tab._generation == before and (tab.task is None or not tab.task.is_running())


def test_the_chart_kind_value_and_view_come_back_with_the_report(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                 ids: dict[str, int]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    assert len(tab.result.measures) > 1  # a choice of values to draw
    tab.views.setCurrentWidget(tab.chart)
    tab.chart.set_kind("donut")
    tab.chart.measure_box.setCurrentIndex(1)
    assert tab.save("Sales as a donut", shared=False)
    saved_id = tab.saved_id
    reports_window.close_tab(reports_window.tabs.indexOf(tab))

    from supasoft.reports.menu import open_saved

    opened = open_saved(reports_window, saved_id)
    assert opened is not None and opened is not tab
    wait_result(qtbot, opened)
    assert opened.chart.kind() == "donut" and opened.chart.measure() == 1
    assert opened.views.currentWidget() is opened.chart
    assert opened.chart.slices  # drawn as a donut, of the second value
    opened.chart.set_kind("kpi")
    opened.views.setCurrentWidget(opened.pivot)
    opened.save_button.click()
    assert opened.store.load(saved_id).chart.kind == "kpi" and not opened.store.load(saved_id).chart.shown
