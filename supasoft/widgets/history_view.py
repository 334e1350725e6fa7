"""A record's history (who changed which field when, old → new), so staff can see how it came to be."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.meta import FieldDef
from supasoft.services.record_model import HistoryEntry, RefValue
from supasoft.services.records import RecordService
from supasoft.widgets.formatting import format_value, timestamp_text

ARROW = "\u2192"
DASH = "\u2014"


class HistoryView(QWidget):
    """Newest change first; whole-record events (created, deleted, restored) show the action instead of a field."""

    def __init__(self, records: RecordService, parent: QWidget | None = None):
        super().__init__(parent)
        self.records = records
        self.entries: list[HistoryEntry] = []
        self._fields: dict[int, FieldDef] = {}
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def load(self, object_id: int, record_id: int | None) -> None:
        """Show the history of a record (empty for a record not saved yet)."""
        try:
            self.entries = [] if record_id is None else self.records.history_of(object_id, record_id)
        except SupasoftError:
            self.entries = []
        try:
            self._fields = {f.id: f for f in self.records.config.object_by_id(object_id).fields}
        except KeyError:
            self._fields = {}
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [self._when(entry), entry.user_name, entry.field_name or self._action(entry.action), self._change(entry)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, ...]]:
        """The shown texts, row by row (for tests and copying)."""
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount())) for r in range(self.table.rowCount())]

    def _when(self, entry: HistoryEntry) -> str:
        return timestamp_text(entry.at, self.locale())

    def _change(self, entry: HistoryEntry) -> str:
        if entry.field_id is None and not entry.old and not entry.new:
            return ""
        old, new = self._shown(entry, entry.old_value, entry.old), self._shown(entry, entry.new_value, entry.new)
        return f"{old or DASH}  {ARROW}  {new or DASH}"

    def _shown(self, entry: HistoryEntry, value: object, plain: str) -> str:
        """The value as tables and cards show it (the same formatter, the user's locale)."""
        field = self._fields.get(entry.field_id) if entry.field_id is not None else None
        if field is None or value is None:
            return plain
        if isinstance(value, RefValue) and not value.text:
            return self.tr("#{id} (deleted)").format(id=value.id)
        return format_value(field, value, self.locale())

    def _action(self, action: str) -> str:
        names = {"create": self.tr("Created"), "update": self.tr("Changed"), "delete": self.tr("Deleted"),
                 "restore": self.tr("Restored"), "import": self.tr("Imported")}
        return names.get(action, action)
