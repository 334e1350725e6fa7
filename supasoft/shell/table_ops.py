"""Slow table actions (bulk delete, bulk set, export) run off the GUI thread, with an Undo in the status line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import error_text
from supasoft.services.delete_check import delete_blockers
from supasoft.shell.bulk import BulkResult, BulkSetDialog, delete_many, set_many, undo
from supasoft.shell.table_rights import describe_blockers
from supasoft.widgets.busy import Cancelled, run_busy

if TYPE_CHECKING:
    from supasoft.shell.table_tab import TableTab

UNDO_SECONDS = 60



class TableOps:
    """Mixed into TableTab: everything that changes or exports many records at once."""

    _undo: tuple[str, BulkResult, int | None] | None = None
    refused: dict[str, str]  # action -> why the user may not (table_rights)

    def confirm(self: TableTab, text: str) -> bool:
        """Ask before destructive actions (tests replace this)."""
        answer = QMessageBox.question(self, self.title(), text)
        return answer == QMessageBox.StandardButton.Yes

    def _busy(self: TableTab, work: Any, title: str) -> Any:
        try:
            return run_busy(work, self, title=title, label=title)
        except Cancelled:
            self.status.showMessage(QCoreApplication.translate("TableTab", "Cancelled"), 5000)
            return None
        except SupasoftError as exc:
            QMessageBox.warning(self, self.title(), error_text(exc, QLocale().name()))
            return None

    def _report(self: TableTab, result: BulkResult, done_text: str, kind: str, field_id: int | None) -> None:
        self._set_undo((kind, result, field_id) if result.undo else None)
        self.status.showMessage(done_text, UNDO_SECONDS * 1000)
        self._apply_changes()
        if result.failures:
            shown = "\n".join(f"#{rid}: {why}" for rid, why in result.failures[:10])
            more = len(result.failures) - 10
            if more > 0:
                shown += "\n" + QCoreApplication.translate("TableTab", "… and %d more") % more
            QMessageBox.warning(self, self.title(), QCoreApplication.translate("TableTab", "Some records were not changed:") + "\n" + shown)

    # --- delete ---------------------------------------------------------------------------------
    def delete_selected(self: TableTab, *, ask: bool = True) -> BulkResult | None:
        """Move the selected records to the trash; Undo puts them back."""
        ids = self.selected_ids() or ([self.current_id()] if self.current_id() is not None else [])
        if not ids:
            return None
        if "delete" in self.refused:
            QMessageBox.information(self, self.title(), self.refused["delete"])
            return None
        if ask:
            ids = self._without_blocked(ids)
            if not ids:
                return None
        text = QCoreApplication.translate("TableTab", "Move %n record(s) to the trash?", "", len(ids))
        if ask and not self.confirm(text):
            return None
        records, object_id = self.records, self.object_id
        result = BulkResult()  # filled as the worker goes, so a cancelled run can still be undone
        self._busy(lambda progress: delete_many(records, object_id, ids, progress, result),
                   QCoreApplication.translate("TableTab", "Deleting…"))
        msg = QCoreApplication.translate("TableTab", "%n record(s) moved to the trash.", "", len(result.done))
        self._report(result, msg, "delete", None)
        return result

    def _without_blocked(self: TableTab, ids: list[int]) -> list[int]:
        """Say which records others depend on before asking to confirm; the rest may still go."""
        records, object_id = self.records, self.object_id
        blockers = self._busy(lambda _progress: delete_blockers(records, object_id, ids),
                              QCoreApplication.translate("TableTab", "Checking…"))
        if blockers is None:
            return []
        if not blockers:
            return ids
        blocked = {b.record_id for b in blockers}
        free = [i for i in ids if i not in blocked]
        text = QCoreApplication.translate("TableTab", "Cannot move to the trash:") + "\n" + describe_blockers(blockers)
        self.explain_blocked(text, len(free))
        return free

    def explain_blocked(self: TableTab, text: str, others: int) -> None:
        """Why some records stay; the others are then asked about as usual."""
        if others:
            text += "\n\n" + QCoreApplication.translate("TableTab", "The other %n record(s) can be moved.", "", others)
        box = QMessageBox(QMessageBox.Icon.Warning, self.title(), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("delete_blocked")
        box.exec()

    def undo_last(self: TableTab) -> int:
        """Reverse the last bulk delete or bulk change."""
        if self._undo is None:
            return 0
        kind, result, field_id = self._undo
        self._set_undo(None)
        records, object_id = self.records, self.object_id
        count = self._busy(lambda progress: undo(records, object_id, kind, result, field_id, progress), QCoreApplication.translate("TableTab", "Undoing…"))
        self._apply_changes()
        self.status.showMessage(QCoreApplication.translate("TableTab", "%n record(s) put back.", "", count or 0), 8000)
        return count or 0

    def can_undo(self: TableTab) -> bool:
        return self._undo is not None

    def _set_undo(self: TableTab, undo: tuple[str, BulkResult, int | None] | None) -> None:
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.undo_available.emit(undo is not None)

    def forget_restored_undo(self: TableTab, object_id: int, _ids: set[int] | None = None) -> None:
        """Records came back another way (the trash, another window): the undo button goes once all of its are back."""
        if self._undo is None or self._undo[0] != "delete" or object_id != self.object_id:
            return
        waiting = set(self._undo[1].undo.values())
        try:
            still = {item.id for item in self.records.trash_items(self.object_id)}
        except SupasoftError:
            return
        if not waiting & still:
            self._set_undo(None)

    # --- bulk set -------------------------------------------------------------------------------
    def bulk_set(self: TableTab, field_id: int, value: Any, ids: list[int] | None = None) -> BulkResult | None:
        """Give one field the same value in many records (each saved normally)."""
        ids = ids if ids is not None else self.selected_ids()
        if not ids:
            return None
        records, object_id = self.records, self.object_id
        result = BulkResult()
        self._busy(lambda progress: set_many(records, object_id, ids, field_id, value, progress, result),
                   QCoreApplication.translate("TableTab", "Changing…"))
        msg = QCoreApplication.translate("TableTab", "%n record(s) changed.", "", len(result.done))
        self._report(result, msg, "set", field_id)
        return result

    def ask_bulk_set(self: TableTab) -> None:
        if "bulk" in self.refused:
            QMessageBox.information(self, self.title(), self.refused["bulk"])
            return
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.title(), QCoreApplication.translate("TableTab", "Select the records to change first."))
            return
        dialog = BulkSetDialog(self.records.config.object_by_id(self.object_id), len(ids), self.lookup, self)
        if dialog.exec() and dialog.field() is not None:
            self.bulk_set(dialog.field().id, dialog.value(), ids)

    # --- export ---------------------------------------------------------------------------------
    def export_to(self: TableTab, path: Path | str) -> int | None:
        """Write the current view (columns, filter, search, sort) to an Excel file, or a CSV file for a .csv name."""
        if not self.records.access.allowed("export", self.object_id):
            QMessageBox.warning(self, self.title(), QCoreApplication.translate("TableTab", "You do not have the right to export."))
            return None
        from supasoft.services.exchange import (  # openpyxl loads only when exporting
            NOTES_SHEET,
            ExportCancelled,
            ExportReport,
        )
        from supasoft.services.exchange_records import export_query

        records, object_id, query = self.records, self.object_id, self.source.query()
        titles = [c.title for c in self.model.columns()]
        report = ExportReport()

        def work(progress: Any) -> int:
            try:
                return export_query(records, object_id, query, path, titles, progress=progress, report=report)
            except ExportCancelled:
                raise Cancelled() from None

        count = self._busy(work, QCoreApplication.translate("TableTab", "Exporting…"))
        if count is not None:
            self.status.showMessage(QCoreApplication.translate("TableTab", "%n record(s) exported to %1", "", count)
                                    .replace("%1", str(path)), 10000)
            if report.cut:  # never cut silently: say which texts did not fit
                lines = [f"{cut.code} \u2013 {cut.column} ({cut.length:,})" for cut in report.cut[:10]]
                if len(report.cut) > 10:
                    lines.append("\u2026")
                QMessageBox.warning(self, self.title(), QCoreApplication.translate(
                    "TableTab", "%n text(s) did not fit in an Excel cell (32,767 characters) and were cut; the file "
                    "lists them on the sheet \"%1\":", "", len(report.cut)).replace("%1", NOTES_SHEET)
                    + "\n" + "\n".join(lines))
        return count

    def ask_export(self: TableTab) -> None:
        name = self.title().replace(":", " -").replace("/", "-") + ".xlsx"
        csv_filter = QCoreApplication.translate("TableTab", "CSV file, UTF-8, semicolons (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, QCoreApplication.translate("TableTab", "Export to Excel"), str(Path.home() / name),
                                                   QCoreApplication.translate("TableTab", "Excel workbook (*.xlsx)") + ";;" + csv_filter)
        if path:
            self.export_to(export_path(path, as_csv=chosen == csv_filter))


def export_path(path: str, *, as_csv: bool) -> str:
    """The name typed, with .xlsx or .csv added when it has neither (a typed .csv is a CSV file whatever the filter)."""
    if path.lower().endswith((".xlsx", ".csv")):
        return path
    return path + (".csv" if as_csv else ".xlsx")
