"""The operator and value parts of a filter condition, shared by every condition editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import is_link, is_user_link
from supasoft.core.meta import FieldDef
from supasoft.widgets.field_editor import ERROR_COLOR, FieldEditor
from supasoft.widgets.reference_picker import ReferenceLookup
from supasoft.widgets.type_ui import condition_as_text, create_editor

NO_VALUE_OPS = ("empty", "not_empty")
TEXT_OPS = ("contains", "not_contains", "starts", "ends")
CODE_OPS = ("eq", "ne", "lt", "le", "gt", "ge", "between", "in")
LIST_OPS = ("in", "between")
ME: dict[str, str] = {"$user": "me"}  # the stored value meaning "whoever is signed in" (row-level rights)


def op_labels() -> dict[str, str]:
    """Operator names as users read them in the table's filter builder (translated)."""
    return {
        "eq": QCoreApplication.translate("Filter", "equals"), "ne": QCoreApplication.translate("Filter", "does not equal"),
        "empty": QCoreApplication.translate("Filter", "is empty"), "not_empty": QCoreApplication.translate("Filter", "is not empty"),
        "in": QCoreApplication.translate("Filter", "is one of (comma-separated)"),
        "lt": QCoreApplication.translate("Filter", "is less than"), "le": QCoreApplication.translate("Filter", "is at most"),
        "gt": QCoreApplication.translate("Filter", "is greater than"), "ge": QCoreApplication.translate("Filter", "is at least"),
        "between": QCoreApplication.translate("Filter", "is between"),
        "contains": QCoreApplication.translate("Filter", "contains"), "not_contains": QCoreApplication.translate("Filter", "does not contain"),
        "starts": QCoreApplication.translate("Filter", "starts with"), "ends": QCoreApplication.translate("Filter", "ends with"),
    }


def short_op_labels() -> dict[str, str]:
    """Operator names of the compact editors (rights, Configurator), where lists are typed with ';' (translated)."""
    return {
        "eq": QCoreApplication.translate("Conditions", "is"), "ne": QCoreApplication.translate("Conditions", "is not"),
        "empty": QCoreApplication.translate("Conditions", "is empty"),
        "not_empty": QCoreApplication.translate("Conditions", "is filled in"),
        "in": QCoreApplication.translate("Conditions", "is one of (;)"),
        "lt": QCoreApplication.translate("Conditions", "less than"), "le": QCoreApplication.translate("Conditions", "at most"),
        "gt": QCoreApplication.translate("Conditions", "more than"), "ge": QCoreApplication.translate("Conditions", "at least"),
        "between": QCoreApplication.translate("Conditions", "between (;)"),
        "contains": QCoreApplication.translate("Conditions", "contains"),
        "not_contains": QCoreApplication.translate("Conditions", "does not contain"),
        "starts": QCoreApplication.translate("Conditions", "starts with"),
        "ends": QCoreApplication.translate("Conditions", "ends with"),
    }


def me_label() -> str:
    """How the ME value reads in editors and summaries."""
    return QCoreApplication.translate("Conditions", "current user")


def operators_for(f: FieldDef | None) -> tuple[str, ...]:
    """The operators a field's type allows; the Code (None) compares like text with an order."""
    if f is None:
        return CODE_OPS
    return field_types.get(f.type).operators if f.type in field_types else ("eq", "ne")


def value_items(value: Any) -> list[Any]:
    """The non-empty items of a condition value (one value, or the list of 'between' and 'in')."""
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    return [item for item in items if item is not None and not (isinstance(item, str) and not item.strip())]


def has_value(op: str, value: Any) -> bool:
    """Whether a condition has what its operator compares with ('between' needs both ends)."""
    if op in NO_VALUE_OPS:
        return True
    items = value_items(value)
    return len(items) == 2 if op == "between" else bool(items)


def value_fits(old: FieldDef | None, new: FieldDef | None, op: str, item: Any) -> bool:
    """Whether one value of a condition on `old` still means something for `new` with the operator `op`."""
    if old == new:
        return True
    if new is None or op in TEXT_OPS or op == "in" or condition_as_text(new):
        return not isinstance(item, bool)  # typed as text: any text or number, never a yes/no
    if is_link(new):
        return old is not None and (old.type, old.target) == (new.type, new.target)
    if new.type not in field_types:
        return False
    ft = field_types.get(new.type)
    try:
        parsed = ft.parse(item, new)
    except (TypeError, ValueError, ArithmeticError):
        return False
    return parsed is not None and ft.validate(parsed, new) is None


class ValueInput(QWidget):
    """One value for a condition: the field's own editor, or a line edit for text-like operators."""

    def __init__(self, f: FieldDef | None, op: str, lookup: ReferenceLookup | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.field, self.op = f, op
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editors: list[FieldEditor | QLineEdit] = []
        count = 0 if op in NO_VALUE_OPS else 2 if op == "between" else 1
        for i in range(count):
            if i:
                layout.addWidget(QLabel(self.tr("and"), self))
            editor = self._make(lookup)
            layout.addWidget(editor, 1)
            self.editors.append(editor)
        if not count:
            layout.addStretch(1)

    def _make(self, lookup: ReferenceLookup | None) -> FieldEditor | QLineEdit:
        f = self.field
        if f is None or self.op in TEXT_OPS or self.op == "in" or condition_as_text(f):
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr("a, b, c") if self.op == "in" else self.tr("value"))
            return edit
        try:
            return create_editor(f, lookup, self)
        except KeyError:
            return QLineEdit(self)

    def _one(self, editor: FieldEditor | QLineEdit) -> Any:
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        value = editor.value()
        if value is None or isinstance(value, str) or self.field is None:
            return value
        try:
            return field_types.get(self.field.type).to_json(value, self.field)
        except (TypeError, ValueError):
            return str(value)

    def value(self) -> Any:
        """The value as a Condition stores it (JSON-ready; a list for 'in' and 'between')."""
        if not self.editors:
            return None
        if self.op == "in":
            text = self._one(self.editors[0]) or ""
            return [part.strip() for part in str(text).split(",") if part.strip()]
        values = [self._one(e) for e in self.editors]
        return values if self.op == "between" else values[0]

    def mark_dropped(self) -> None:
        """Say visibly that the earlier value did not fit the new field (the input is empty)."""
        message = self.tr("The earlier value does not fit this field: enter a new one")
        for editor in self.editors:
            if isinstance(editor, QLineEdit):
                editor.setPlaceholderText(message)
                editor.setToolTip(message)
                editor.setStyleSheet(f"QLineEdit {{ border: 1px solid {ERROR_COLOR}; }}")
            else:
                editor.show_error(message)

    def set_value(self, value: Any) -> None:
        if not self.editors:
            return
        if self.op == "in" and isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        items = list(value) if self.op == "between" and isinstance(value, (list, tuple)) else [value]
        for editor, item in zip(self.editors, items, strict=False):
            if isinstance(editor, QLineEdit):
                editor.setText("" if item is None else str(item))
                continue
            try:
                editor.set_value(field_types.get(self.field.type).from_json(item, self.field) if self.field else item)
            except (TypeError, ValueError):
                pass


class TextValueInput(QWidget):
    """A typed-in value ('a; b' for lists); `suggest` makes it a list offering 'current user' and the field's choices."""

    def __init__(self, f: FieldDef | None, op: str, suggest: bool, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box: QComboBox | QLineEdit
        if suggest:
            self.box = QComboBox(self)
            self.box.setEditable(True)
            self.box.setMinimumContentsLength(14)
        else:
            self.box = QLineEdit(self)
        self.box.setObjectName("condition_value")
        layout.addWidget(self.box, 1)
        self.editors: list[QComboBox | QLineEdit] = [self.box]
        self.field: FieldDef | None = None
        self.op = op
        self.set_field(f)
        self.set_op(op)

    def set_field(self, f: FieldDef | None) -> None:
        """A new field: the list offers its suggestions and shows the first; a plain box keeps its text."""
        self.field = f
        if not isinstance(self.box, QComboBox):
            return
        self.box.clear()
        if f is not None and is_user_link(f):
            self.box.addItem(me_label(), "me")
        for choice in f.choices if f is not None else ():
            self.box.addItem(choice, choice)
        self.box.setEditText(self.box.itemText(0) if self.box.count() else "")

    def set_op(self, op: str) -> None:
        self.op = op
        self.box.setEnabled(op not in NO_VALUE_OPS)

    def text(self) -> str:
        return (self.box.currentText() if isinstance(self.box, QComboBox) else self.box.text()).strip()

    def value(self) -> Any:
        """None for empty/filled in, ME for 'current user', a list split at ';' for 'in' and 'between', else the text."""
        if self.op in NO_VALUE_OPS:
            return None
        text = self.text()
        if isinstance(self.box, QComboBox) and text == me_label() and self.box.findText(text) >= 0:
            return dict(ME)
        if self.op in LIST_OPS:
            return [part.strip() for part in text.split(";")]
        return text

    def set_value(self, value: Any) -> None:
        if value == ME:
            text = me_label()
        elif isinstance(value, (list, tuple)):
            text = "; ".join(map(str, value))
        else:
            text = "" if value is None else str(value)
        if isinstance(self.box, QComboBox):
            self.box.setEditText(text)
        else:
            self.box.setText(text)


__all__ = ["ME", "NO_VALUE_OPS", "TextValueInput", "ValueInput", "has_value", "me_label", "op_labels",
           "operators_for", "short_op_labels", "value_fits", "value_items"]
