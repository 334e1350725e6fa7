"""Bulk changes of selected records (delete to the trash, set one field), run off the GUI thread, with undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import error_text
from supasoft.core.meta import FieldDef, ObjectDef
from supasoft.services.records import RecordService
from supasoft.shell.fields import editable_fields
from supasoft.widgets.busy import Cancelled
from supasoft.widgets.editors import create_editor
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.reference_picker import ReferenceLookup

Progress = Callable[[int, int], bool]


@dataclass
class BulkResult:
    """What a bulk run did: ids done, how to undo them, and the records that failed with why."""

    done: list[int] = field(default_factory=list)
    undo: dict[int, Any] = field(default_factory=dict)  # delete: record id -> trash id; set: record id -> old value
    failures: list[tuple[int, str]] = field(default_factory=list)
    cancelled: bool = False


def delete_many(records: RecordService, object_id: int, ids: list[int], progress: Progress,
                result: BulkResult | None = None) -> BulkResult:
    """Move records to the trash one by one (each follows its links' delete policy); fills `result` as it goes."""
    result = result if result is not None else BulkResult()
    for n, record_id in enumerate(ids):
        if not progress(n, len(ids)):
            result.cancelled = True
            break
        try:
            result.undo[record_id] = records.delete(object_id, record_id)
            result.done.append(record_id)
        except SupasoftError as exc:
            result.failures.append((record_id, error_text(exc, QLocale().name())))
    progress(len(ids), len(ids))
    return result


def set_many(records: RecordService, object_id: int, ids: list[int], field_id: int, value: Any,
             progress: Progress, result: BulkResult | None = None) -> BulkResult:
    """Set one field on many records, each saved normally (history, formulas, validation); fills `result` as it goes."""
    result = result if result is not None else BulkResult()
    for n, record_id in enumerate(ids):
        if not progress(n, len(ids)):
            result.cancelled = True
            break
        try:
            record = records.get(object_id, record_id)
            old = record.values.get(field_id)
            record.values[field_id] = value
            records.save(record)
            result.undo[record_id] = old
            result.done.append(record_id)
        except SupasoftError as exc:
            result.failures.append((record_id, error_text(exc, QLocale().name())))
    progress(len(ids), len(ids))
    return result


def undo(records: RecordService, object_id: int, kind: str, result: BulkResult, field_id: int | None,
         progress: Progress) -> int:
    """Reverse a bulk run: restore trashed records, or put the old field values back."""
    count = 0
    items = list(result.undo.items())
    for n, (record_id, memo) in enumerate(items):
        if not progress(n, len(items)):
            raise Cancelled()
        try:
            if kind == "delete":
                records.restore(memo)
            else:
                record = records.get(object_id, record_id)
                record.values[field_id or 0] = memo
                records.save(record)
            count += 1
        except SupasoftError:
            continue
    progress(len(items), len(items))
    return count


class BulkSetDialog(QDialog):
    """Pick a field and the value to give every selected record."""

    def __init__(self, obj: ObjectDef, count: int, lookup: ReferenceLookup | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change %n record(s)", "", count))
        self.resize(460, 160)
        self.lookup = lookup
        self.fields = editable_fields(obj)
        self.form = QFormLayout(self)
        self.form.addRow(QLabel(self.tr("Set the same value in %n selected record(s).", "", count), self))
        self.field_box = QComboBox(self)
        for f in self.fields:
            self.field_box.addItem(f.name, f.id)
        self.form.addRow(self.tr("Field:"), self.field_box)
        self.editor: FieldEditor | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.field_box.currentIndexChanged.connect(self._field_changed)
        self._field_changed()

    def field(self) -> FieldDef | None:
        index = self.field_box.currentIndex()
        return self.fields[index] if 0 <= index < len(self.fields) else None

    def select_field(self, field_id: int) -> None:
        self.field_box.setCurrentIndex(max(0, self.field_box.findData(field_id)))

    def value(self) -> Any:
        return None if self.editor is None else self.editor.value()

    def _field_changed(self) -> None:
        f = self.field()
        if self.editor is not None:
            self.form.removeRow(self.editor)
            self.editor = None
        if f is None:
            return
        self.editor = create_editor(f, self.lookup, self)
        self.form.insertRow(self.form.rowCount() - 1, self.tr("New value:"), self.editor)
