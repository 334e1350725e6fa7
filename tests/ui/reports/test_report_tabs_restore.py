"""Report tabs come back at the next start where they stood, saved or not; a report deleted meanwhile is skipped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from supasoft.reports.menu import install_reports
from supasoft.reports.report_tab import ReportTab
from supasoft.services.report_library import ReportLibrary
from supasoft.services.session import Session
from supasoft.settings import Settings
from supasoft.shell.main_window import MainWindow
from tests.ui.reports.test_report_designer import build_sales_by_month, new_report, wait_result


@pytest.fixture
def next_start(qtbot, lite: Session, cards) -> Iterator[list[MainWindow]]:  # noqa: ANN001
    """Opens the main window again over the same database, as the app does at its next start."""
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.close()
        window.relay.detach()


def start_again(qtbot, lite: Session, cards, opened: list[MainWindow]) -> MainWindow:  # noqa: ANN001
    window = MainWindow(lite, Settings(), open_card=cards, open_configurator=lambda: None, database_label="test.db")
    qtbot.addWidget(window)
    install_reports(window)  # as app.py does after building the window
    window.show()
    opened.append(window)
    return window


def titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_saved_and_unsaved_reports_reopen_in_place_and_a_deleted_one_is_skipped(
        qtbot, reports_window: MainWindow, lite: Session, ids: dict[str, int], cards,  # noqa: ANN001
        next_start: list[MainWindow]) -> None:
    window = reports_window
    first_table = window.tabs.tabText(0)
    kept = new_report(qtbot, window)
    build_sales_by_month(qtbot, kept, ids)
    kept.chart.set_kind("line")
    assert kept.save("Kept", shared=False)
    window.open_object(ids["order"])
    gone = new_report(qtbot, window)
    build_sales_by_month(qtbot, gone, ids)
    assert gone.save("Deleted meanwhile", shared=False)
    draft = new_report(qtbot, window)
    build_sales_by_month(qtbot, draft, ids)
    draft.designer.top_box.setValue(2)
    wait_result(qtbot, draft)
    window.tabs.setCurrentWidget(kept)
    before = titles(window)
    assert before[0] == first_table and before[1] == "Kept" and before[-2:] == ["Deleted meanwhile", draft.name]
    window.close()  # remembers its tabs
    ReportLibrary(lite.records).delete(gone.saved_id)  # someone deletes a report before the next start

    again = start_again(qtbot, lite, cards, next_start)
    assert titles(again) == [t for t in before if t != "Deleted meanwhile"]
    reopened = again.tabs.widget(1)
    assert isinstance(reopened, ReportTab) and again.tabs.currentWidget() is reopened
    assert reopened.saved_id == kept.saved_id and reopened.chart.kind() == "line"
    wait_result(qtbot, reopened)
    unsaved = again.tabs.widget(again.tabs.count() - 1)
    assert isinstance(unsaved, ReportTab) and unsaved.saved_id is None
    assert unsaved.designer.spec().top_n == 2 and unsaved.designer.spec().rows == draft.designer.spec().rows
    wait_result(qtbot, unsaved)


def test_remembered_reports_wait_for_the_reports_menu_and_stay_remembered_without_it(
        qtbot, reports_window: MainWindow, lite: Session, ids: dict[str, int], cards,  # noqa: ANN001
        next_start: list[MainWindow]) -> None:
    tab = new_report(qtbot, reports_window)
    build_sales_by_month(qtbot, tab, ids)
    assert tab.save("Kept", shared=False)
    reports_window.close()
    plain = MainWindow(lite, Settings(), open_card=cards, open_configurator=lambda: None, database_label="test.db")
    qtbot.addWidget(plain)
    next_start.append(plain)
    assert not any(isinstance(plain.tabs.widget(i), ReportTab) for i in range(plain.tabs.count()))
    plain.save_state()  # a window without reports (the reports module not installed) keeps them for later
    again = start_again(qtbot, lite, cards, next_start)
    assert "Kept" in titles(again)


def test_a_remembered_report_on_an_object_that_is_gone_is_skipped(qtbot, reports_window: MainWindow,  # noqa: ANN001
                                                                   lite: Session, cards,  # noqa: ANN001
                                                                   next_start: list[MainWindow]) -> None:
    from supasoft.core.reports.spec import ReportSpec

    reports_window.close()
    missing = max(o.id for o in lite.configuration.config.objects) + 100
    reports_window.prefs.set_json("tabs", {"open": [{"kind": "report", "spec": ReportSpec(missing).to_json()},
                                                    {"kind": "report", "spec": "{not json"},
                                                    {"kind": "report", "report": 999_999}], "current": 0})
    again = start_again(qtbot, lite, cards, next_start)
    assert not any(isinstance(again.tabs.widget(i), ReportTab) for i in range(again.tabs.count()))
