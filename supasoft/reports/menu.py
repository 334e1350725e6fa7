"""The main window's Reports menu: New report… and the saved reports (personal and shared), each opened in a tab."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import error_text
from supasoft.core.reports.spec import ReportSpec
from supasoft.reports.designer import reportable
from supasoft.reports.print_menu import install_printing
from supasoft.reports.saving import ReportStore
from supasoft.shell.main_window import MainWindow

if TYPE_CHECKING:  # report tabs and dashboards bring pyqtgraph and numpy (~0.6 s): loaded when first opened
    from supasoft.reports.report_tab import ReportTab


def reports_menu(window: MainWindow) -> QMenu:
    menu = window.actions["reports"].menu()
    assert isinstance(menu, QMenu)
    return menu


def install_reports(window: MainWindow) -> QMenu:
    """Turn the Reports placeholder into the working menu (filled each time it opens)."""
    menu = reports_menu(window)
    menu.setEnabled(True)
    menu.menuAction().setToolTip("")
    menu.aboutToShow.connect(lambda: fill_menu(window, menu))
    fill_menu(window, menu)
    window.reopen_tabs("report", lambda entry: reopen(window, entry))
    install_printing(window)  # lists and cards print too (Records menu)
    return menu


def fill_menu(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    new = menu.addAction(QCoreApplication.translate("ReportsMenu", "&New report…"))
    new.setObjectName("action_new_report")
    new.setShortcut(QKeySequence("Ctrl+Shift+R"))
    new.triggered.connect(lambda _c=False: open_report(window))
    if not any(reportable(window.session, o.id) for o in window.session.configuration.config.objects):
        new.setEnabled(False)
        new.setToolTip(QCoreApplication.translate("ReportsMenu", "You may not build reports on any object"))
    board = menu.addAction(QCoreApplication.translate("ReportsMenu", "&Dashboard"))
    board.setObjectName("action_dashboard")
    board.triggered.connect(lambda _c=False: _open_dashboard(window))
    board.setEnabled(new.isEnabled())
    store = ReportStore(window.session)
    try:
        saved = store.saved()
    except SupasoftError:
        saved = []
    if saved:
        menu.addSeparator()
    for entry in saved:
        text = entry.name if entry.shared else QCoreApplication.translate("ReportsMenu", "%s (personal)") % entry.name
        action = menu.addAction(text)
        action.setObjectName(f"action_report_{entry.id}")
        action.triggered.connect(lambda _c=False, report_id=entry.id: open_saved(window, report_id))


def _open_dashboard(window: MainWindow) -> None:
    """The dashboard tab, its module loaded on first use."""
    from supasoft.reports.dashboard import open_dashboard  # noqa: PLC0415 - loaded on first use (pyqtgraph)

    open_dashboard(window)


def open_report(window: MainWindow, spec: ReportSpec | None = None, saved_id: Any = None) -> ReportTab:
    """A new report tab (empty, or showing a spec) in the main window."""
    from supasoft.reports.report_tab import ReportTab  # noqa: PLC0415 - loaded on first use (pyqtgraph)

    tab = ReportTab(window.session, window, spec, window.tabs)
    tab.set_saved_id(saved_id)
    index = window.tabs.addTab(tab, tab.title())
    tab.title_changed.connect(lambda text, t=tab: window.tabs.setTabText(window.tabs.indexOf(t), text))
    window.tabs.setCurrentIndex(index)
    return tab


def reopen(window: MainWindow, entry: dict[str, Any]) -> ReportTab | None:
    """A report tab remembered from the last session: a saved report (skipped when deleted meanwhile or no longer
    readable) or one not saved yet (its spec, skipped when its object is gone or may no longer be reported on)."""
    try:
        if "report" in entry:
            return open_report(window, ReportStore(window.session).load(entry["report"]), entry["report"])
        spec = ReportSpec.from_json(str(entry.get("spec", "")))
    except SupasoftError:
        return None
    objects = window.session.configuration.config.objects
    if not any(o.id == spec.object_id for o in objects) or not reportable(window.session, spec.object_id):
        return None
    return open_report(window, spec)


def open_saved(window: MainWindow, report_id: Any) -> ReportTab | None:
    """Focus the saved report's tab, or open it."""
    from supasoft.reports.report_tab import ReportTab  # noqa: PLC0415 - loaded on first use (pyqtgraph)

    for i in range(window.tabs.count()):
        widget = window.tabs.widget(i)
        if isinstance(widget, ReportTab) and widget.saved_id == report_id:
            window.tabs.setCurrentIndex(i)
            return widget
    try:
        spec = ReportStore(window.session).load(report_id)
    except SupasoftError as exc:
        QMessageBox.warning(window, window.windowTitle(), error_text(exc, QLocale().name()))
        return None
    return open_report(window, spec, report_id)
