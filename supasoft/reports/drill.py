"""Drill-down: the ordinary table of the records behind a report's number, with an editable filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supasoft.core.meta import FilterGroup
from supasoft.core.reports.spec import KeyPath, PivotResult
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab


def open_records(window: MainWindow, object_id: int, group: FilterGroup | None, why: str) -> TableTab | None:
    """Show the object's table filtered to `group` (the user may edit or clear it); the status line says why."""
    tab = window.open_object(object_id)
    if tab is None:
        return None
    if tab.search_edit.text():
        tab.search_edit.blockSignals(True)  # a quick search left in the box would hide some of the records
        tab.search_edit.clear()
        tab.search_edit.blockSignals(False)
        tab.search_now("")
    tab.set_filter(group)
    if why:
        reason = QCoreApplication.translate("ReportDrill", "Records behind %s") % why
        tab.filter_label.setText(reason + "   " + tab.filter_label.text())
        tab.filter_label.setToolTip(tab.filter_label.text())
        window.statusBar().showMessage(reason, 15000)
    return tab


def describe_cell(result: PivotResult, name: str, row_key: KeyPath, col_key: KeyPath) -> str:
    """'Sales by month: 2026-03 · Paid', the why of a drill-down ('Total' for the grand total)."""
    empty = QCoreApplication.translate("ReportDrill", "(empty)")
    parts = []
    for key, headers in ((tuple(row_key), result.rows), (tuple(col_key), result.columns)):
        if not key:
            continue
        header = next((h for h in headers if h.key[: len(key)] == key), None)
        if header is not None:
            parts.append(" / ".join(label or empty for label in header.labels[: len(key)]))
    where = " · ".join(parts) or QCoreApplication.translate("ReportDrill", "Total")
    if result.counts_all:  # the report counted every record; the table shows only the readable ones
        where += " " + QCoreApplication.translate("ReportDrill", "(only the records you may read are listed)")
    return f"{name}: {where}"
