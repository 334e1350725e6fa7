"""The simple line, number, text, combo and check editors; which type gets which lives in widgets/type_ui."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import is_numeric
from supasoft.core.fieldtypes.text import DEFAULT_LENGTH, TEXT_LIMIT
from supasoft.core.messages import message_of
from supasoft.core.meta import FieldDef
from supasoft.widgets.date_editors import DateEditor, DateTimeEditor
from supasoft.widgets.field_editor import FieldEditor, tr_core
from supasoft.widgets.file_editor import FileEditor
from supasoft.widgets.formatting import format_value
from supasoft.widgets.reference_picker import USERS_OBJECT_ID, ReferenceLookup, ReferencePicker

EditorFactory = Callable[[FieldDef, "ReferenceLookup | None", "QWidget | None"], FieldEditor]

_BLANKS = "\\s\u00a0\u202f'"
INTEGER_PATTERN = rf"[-+]?[\d{_BLANKS}]*"
DECIMAL_PATTERN = rf"[-+]?[\d{_BLANKS}.,]*"
FLOAT_PATTERN = rf"[-+]?[\d{_BLANKS}.,]*([eE][-+]?\d*)?"
NUMBER_MAX_LENGTH = 64


class LineEditor(FieldEditor):
    """A one-line input; value() is the core-parsed value, or the raw text when it does not parse."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None, *, max_length: int | None = None):
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        if max_length:
            self.edit.setMaxLength(max_length)
        self._set_input(self.edit)
        self.edit.textEdited.connect(self._emit_changed)
        self.edit.editingFinished.connect(self._finish)

    def value(self) -> object:
        text = self.edit.text()
        if not text.strip():
            return None
        try:
            return field_types.get(self.field.type).parse(text, self.field)
        except ValueError:
            return text  # the service rejects it with the field's name in the message

    def text(self) -> str:
        return self.edit.text()

    def _set_value(self, value: object) -> None:
        self.edit.setText("" if value is None else self._display(value))
        self.edit.setCursorPosition(0)

    def _display(self, value: object) -> str:
        return str(value)

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def _finish(self) -> None:
        """On leaving the field: check it now, and show numbers the way they were understood."""
        text = self.edit.text()
        if self._read_only or not text.strip():
            self.show_error(None)
            return
        try:
            value = field_types.get(self.field.type).parse(text, self.field)
        except ValueError as exc:
            self.show_error(tr_core(message_of(exc)))
            return
        problem = self._check(value)
        if problem is None and self._reformat:
            shown = self._display(value)
            if shown != text:
                self.edit.setText(shown)
        self.show_error(problem)

    _reformat = False


class StringEditor(LineEditor):
    """String, e-mail, phone and web address: max length from the field (phone 40, others 255)."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        ft = field_types.get(field.type)
        limit = ft.max_length(field) if hasattr(ft, "max_length") else field.length or DEFAULT_LENGTH
        super().__init__(field, parent, max_length=limit)


class NumberEditor(LineEditor):
    """Integer, decimal, money and float: right-aligned, accepts '1 234,50', re-shown in the user's locale."""

    _reformat = True

    def __init__(self, field: FieldDef, parent: QWidget | None = None, *, pattern: str = DECIMAL_PATTERN):
        super().__init__(field, parent, max_length=NUMBER_MAX_LENGTH)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        pattern = QRegularExpression(pattern)
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))

    def _display(self, value: object) -> str:
        """The same text a table cell and the history show for the value (one formatter)."""
        return format_value(self.field, value, self.locale())


class TextEditor(FieldEditor):
    """Multi-line text; Tab moves to the next field instead of inserting a tab."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self._set_input(self.edit)
        self.edit.textChanged.connect(self._on_text_changed)

    def value(self) -> object:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def _set_value(self, value: object) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def _on_text_changed(self) -> None:
        if len(self.edit.toPlainText()) > TEXT_LIMIT:
            self.show_error(self.tr("The text is too long"))
            return
        self._emit_changed()


class _CheckBox(QCheckBox):
    """A check box that can be read-only without looking disabled (disabled ones are hard to read)."""

    read_only = False

    def nextCheckState(self) -> None:
        if not self.read_only:
            super().nextCheckState()


class BooleanEditor(FieldEditor):
    """Yes/no as a check box; empty counts as no, so value() is always a bool."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.check = _CheckBox(self)
        self._layout.addWidget(self.check)
        self._layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._emit_changed)

    def value(self) -> object:
        return self.check.isChecked()

    def _set_value(self, value: object) -> None:
        self.check.setChecked(bool(value))

    def _apply_read_only(self, read_only: bool) -> None:
        self.check.read_only = read_only


class ChoiceEditor(FieldEditor):
    """A combo box: an empty entry, then the field's choices; an unknown stored label is kept."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.addItem("")
        self.combo.addItems(list(field.choices))
        self._set_input(self.combo)
        self.combo.currentIndexChanged.connect(self._emit_changed)

    def value(self) -> object:
        return None if self.combo.currentIndex() <= 0 else self.combo.currentText()

    def _set_value(self, value: object) -> None:
        if value is None or str(value) == "":
            self.combo.setCurrentIndex(0)
            return
        text = str(value)
        for i in range(1, self.combo.count()):
            if self.combo.itemText(i).casefold() == text.casefold():
                self.combo.setCurrentIndex(i)
                return
        self.combo.addItem(text)  # a label removed from the list must not vanish from the record
        self.combo.setCurrentIndex(self.combo.count() - 1)


class FormulaEditor(FieldEditor):
    """A computed value: always read-only, shown formatted; value() gives the stored value back."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        self.edit.setReadOnly(True)
        if is_numeric(field):
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._set_input(self.edit)
        self._value: object = None

    def value(self) -> object:
        return self._value

    def _set_value(self, value: object) -> None:
        self._value = value
        self.edit.setText(format_value(self.field, value, self.locale()))

    def _apply_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(True)


def create_editor(
    field: FieldDef, lookup: ReferenceLookup | None = None, parent: QWidget | None = None
) -> FieldEditor:
    """The editor widget for a field, from its type's UI entry; KeyError for a type without one."""
    from supasoft.widgets.type_ui import create_editor as from_registry  # late: it builds on this module

    return from_registry(field, lookup, parent)


def register_editor(type_key: str, factory: EditorFactory) -> None:
    """Add or replace the editor of a field type (plug-in field types)."""
    from supasoft.widgets.type_ui import register_editor as into_registry

    into_registry(type_key, factory)


__all__ = [
    "USERS_OBJECT_ID",
    "BooleanEditor",
    "ChoiceEditor",
    "DateEditor",
    "DateTimeEditor",
    "EditorFactory",
    "FieldEditor",
    "FileEditor",
    "FormulaEditor",
    "LineEditor",
    "NumberEditor",
    "ReferenceLookup",
    "ReferencePicker",
    "StringEditor",
    "TextEditor",
    "create_editor",
    "register_editor",
]
