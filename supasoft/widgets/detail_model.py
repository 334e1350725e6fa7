"""The in-memory table model of a detail set's lines and the delegate that edits cells with the field editors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from supasoft.core.fieldtypes.roles import is_derived, is_link, is_text, link_target
from supasoft.core.meta import FieldDef
from supasoft.services.record_model import Record
from supasoft.widgets.editors import ReferenceLookup, ReferencePicker
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.formatting import alignment_for, format_value
from supasoft.widgets.type_ui import create_editor, paint_cell

ModelIndex = QModelIndex | QPersistentModelIndex
_D = Qt.ItemDataRole


def is_computed(field: FieldDef) -> bool:
    """Formula and source columns are shown, never typed into."""
    return is_derived(field)


def is_typing(picker: ReferencePicker) -> bool:
    """Text typed into a picker that is not a picked record yet (the open button follows the picked id)."""
    return picker.text() != "" and not picker.open_button.isEnabled()


def picked_id(picker: ReferencePicker) -> object:
    """The picked record id without resolving typed text (None while the user is still typing)."""
    return None if is_typing(picker) else picker.value()


def same(a: object, b: object) -> bool:
    try:
        return bool(a == b) and type(a) is type(b)
    except Exception:  # noqa: BLE001 - odd values must never break editing
        return False


class DetailLinesModel(QAbstractTableModel):
    """Line records in memory; `value_edited` fires for user edits, not for computed or picked values."""

    value_edited = Signal(int, int)  # row, field id

    def __init__(self, columns: list[FieldDef], lookup: ReferenceLookup, parent: QObject | None = None):
        super().__init__(parent)
        self.columns = columns
        self.lookup = lookup
        self._lines: list[Record] = []
        self._shown: dict[tuple[int, int], str] = {}  # (object id, record id) -> display text

    # --- Qt API ------------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _D.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == _D.DisplayRole else None
        if not 0 <= section < len(self.columns):
            return None
        field = self.columns[section]
        if role == _D.DisplayRole:
            return f"{field.name} *" if field.required and not is_computed(field) else field.name
        if role == _D.TextAlignmentRole:
            return alignment_for(field)
        return None

    def data(self, index: ModelIndex, role: int = _D.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.columns[index.column()]
        value = self._lines[index.row()].values.get(field.id)
        if role == _D.EditRole:
            return value
        if role == _D.DisplayRole:
            return self.text(field, value)
        if role == _D.TextAlignmentRole:
            return alignment_for(field)
        if role == _D.FontRole and is_computed(field):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and not is_computed(self.columns[index.column()]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = _D.EditRole) -> bool:
        if not index.isValid() or role != _D.EditRole:
            return False
        field = self.columns[index.column()]
        line = self._lines[index.row()]
        if same(line.values.get(field.id), value):
            return False
        line.values[field.id] = value
        self.dataChanged.emit(index, index)
        self.value_edited.emit(index.row(), field.id)
        return True

    # --- our API -----------------------------------------------------------------------------------
    def text(self, field: FieldDef, value: object) -> str:
        """Cell text; references show the target's display text (looked up once per record)."""
        if value is None:
            return ""
        if is_link(field) and isinstance(value, int):
            target = link_target(field) or 0
            key = (target, value)
            if key not in self._shown:
                self._shown[key] = self.lookup.display(target, value)
            return self._shown[key]
        if isinstance(value, str) and not is_text(field):
            return value  # typed text that does not parse yet: show it as typed
        return format_value(field, value)

    def set_lines(self, lines: list[Record]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def lines(self) -> list[Record]:
        return list(self._lines)

    def line(self, row: int) -> Record:
        return self._lines[row]

    def add_line(self, record: Record) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(record)
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> Record:
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self._lines.pop(row)
        self.endRemoveRows()
        return line

    def column_of(self, field_id: int) -> int:
        for i, f in enumerate(self.columns):
            if f.id == field_id:
                return i
        return -1

    def row_of(self, line: Record) -> int:
        """Where a line is now (lines can be removed meanwhile); -1 when it is gone."""
        return next((row for row, shown in enumerate(self._lines) if shown is line), -1)

    def set_cell(self, row: int, field_id: int, value: object) -> None:
        """A computed or received value: stored and repainted without counting as a user edit."""
        line = self._lines[row]
        if same(line.values.get(field_id), value):
            return
        line.values[field_id] = value
        col = self.column_of(field_id)
        if col >= 0:
            index = self.index(row, col)
            self.dataChanged.emit(index, index)


class EditorDelegate(QStyledItemDelegate):
    """Cells are edited with the same field editors as the card; each keystroke reaches the model."""

    new_requested = Signal(int, str, object, int)  # object id, typed text, the line (Record), reference field id

    def __init__(self, model: DetailLinesModel, lookup: ReferenceLookup, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        self.lookup = lookup

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        field = self.model.columns[index.column()]
        editor = create_editor(field, self.lookup, parent)
        editor.setAutoFillBackground(True)
        if isinstance(editor, ReferencePicker):
            editor.open_button.hide()  # no room in a cell; the line's product opens from its own card
            editor.changed.connect(lambda: self._commit_picker(editor))
            editor.edit.editingFinished.connect(lambda: self._commit_picker(editor))
            line, field_id = self.model.line(index.row()), field.id
            editor.new_requested.connect(lambda object_id, text: self.new_requested.emit(object_id, text, line, field_id))
        else:
            editor.changed.connect(lambda: self.commitData.emit(editor))
        return editor

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Cells of types that draw themselves (a rating's stars) are painted by their type's UI."""
        field = self.model.columns[index.column()] if index.isValid() else None
        if not paint_cell(self, painter, option, index, field, index.data(_D.EditRole)):
            super().paint(painter, option, index)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if not isinstance(editor, FieldEditor):
            return
        value = index.data(_D.EditRole)
        if not isinstance(editor, ReferencePicker) and same(editor.value(), value):
            return  # our own commit coming back: leave the text (and cursor) as the user is typing it
        editor.set_value(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, FieldEditor):
            model.setData(index, editor.value(), _D.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        editor.setGeometry(option.rect)

    def _commit_picker(self, editor: ReferencePicker) -> None:
        """A picked (or cleared) record reaches the model; typed text waits until it is resolved."""
        if not is_typing(editor) and not editor.completer.popup().isVisible():
            self.commitData.emit(editor)
