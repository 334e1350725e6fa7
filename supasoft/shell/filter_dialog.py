"""The filter builder: conditions (field, operator by field type, value) in AND/OR groups, one nesting level."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import Condition, Configuration, FieldDef, FilterGroup
from supasoft.shell.fields import PathInfo, describe_path, reachable
from supasoft.widgets.editors import create_editor
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.reference_picker import ReferenceLookup

NO_VALUE_OPS = ("empty", "not_empty")
TEXT_OPS = ("contains", "not_contains", "starts", "ends")
CODE_OPS = ("eq", "ne", "lt", "le", "gt", "ge", "between", "in")
LINE_EDIT_TYPES = ("text", "formula", "file")


def op_labels() -> dict[str, str]:
    """Operator names as users read them (translated)."""
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


def operators_for(f: FieldDef | None) -> tuple[str, ...]:
    if f is None:
        return CODE_OPS
    return field_types.get(f.type).operators if f.type in field_types else ("eq", "ne")


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
        if f is None or self.op in TEXT_OPS or self.op == "in" or f.type in LINE_EDIT_TYPES:
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
        if not self.editors:
            return None
        if self.op == "in":
            text = self._one(self.editors[0]) or ""
            return [part.strip() for part in str(text).split(",") if part.strip()]
        values = [self._one(e) for e in self.editors]
        return values if self.op == "between" else values[0]

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


class ConditionRow(QFrame):
    """Field, operator, value and a remove button."""

    def __init__(self, paths: list[PathInfo], lookup: ReferenceLookup | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths, self.lookup = paths, lookup
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field_box = QComboBox(self)
        for info in paths:
            self.field_box.addItem(info.title)
        self.field_box.setMinimumContentsLength(16)
        self.op_box = QComboBox(self)
        self.op_box.setMinimumContentsLength(12)
        self.value_input = ValueInput(None, "eq", lookup, self)
        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.remove_button.setToolTip(self.tr("Remove this condition"))
        layout.addWidget(self.field_box)
        layout.addWidget(self.op_box)
        layout.addWidget(self.value_input, 1)
        layout.addWidget(self.remove_button)
        self.field_box.currentIndexChanged.connect(self._field_changed)
        self.op_box.currentIndexChanged.connect(self._op_changed)
        self._field_changed()

    def info(self) -> PathInfo:
        return self.paths[max(0, self.field_box.currentIndex())]

    def _field_changed(self) -> None:
        labels = op_labels()
        self.op_box.blockSignals(True)
        self.op_box.clear()
        for op in operators_for(self.info().field):
            self.op_box.addItem(labels.get(op, op), op)
        self.op_box.blockSignals(False)
        self._op_changed()

    def _op_changed(self) -> None:
        new = ValueInput(self.info().field, self.op_box.currentData() or "eq", self.lookup, self)
        self.layout().replaceWidget(self.value_input, new)
        self.value_input.deleteLater()
        self.value_input = new

    def set_condition(self, cond: Condition) -> None:
        for i, info in enumerate(self.paths):
            if info.path == tuple(cond.path):
                self.field_box.setCurrentIndex(i)
                break
        index = self.op_box.findData(cond.op)
        if index >= 0:
            self.op_box.setCurrentIndex(index)
        self.value_input.set_value(cond.value)

    def condition(self) -> Condition:
        return Condition(self.info().path, self.op_box.currentData() or "eq", self.value_input.value())


class GroupEditor(QFrame):
    """A group of conditions joined by AND or OR; the top group may hold nested groups."""

    def __init__(self, paths: list[PathInfo], lookup: ReferenceLookup | None, nested: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths, self.lookup, self.nested = paths, lookup, nested
        if nested:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show records matching"), self))
        self.mode_box = QComboBox(self)
        self.mode_box.addItem(self.tr("all of these (AND)"), "and")
        self.mode_box.addItem(self.tr("any of these (OR)"), "or")
        top.addWidget(self.mode_box)
        top.addStretch(1)
        if nested:
            self.remove_button = QToolButton(self)
            self.remove_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
            self.remove_button.setToolTip(self.tr("Remove this group"))
            top.addWidget(self.remove_button)
        outer.addLayout(top)
        self.items_layout = QVBoxLayout()
        outer.addLayout(self.items_layout)
        buttons = QHBoxLayout()
        self.add_condition_button = QPushButton(self.tr("Add condition"), self)
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        buttons.addWidget(self.add_condition_button)
        if not nested:
            self.add_group_button = QPushButton(self.tr("Add group"), self)
            self.add_group_button.clicked.connect(lambda: self.add_group())
            buttons.addWidget(self.add_group_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        if not nested:
            outer.addStretch(1)  # rows stay together at the top instead of spreading over the dialog
        self.items: list[ConditionRow | GroupEditor] = []

    def add_condition(self, cond: Condition | None = None) -> ConditionRow:
        row = ConditionRow(self.paths, self.lookup, self)
        if cond is not None:
            row.set_condition(cond)
        row.remove_button.clicked.connect(lambda: self._remove(row))
        self.items.append(row)
        self.items_layout.addWidget(row)
        return row

    def add_group(self, group: FilterGroup | None = None) -> GroupEditor:
        editor = GroupEditor(self.paths, self.lookup, True, self)
        editor.set_group(group or FilterGroup("or"))
        if group is None:
            editor.add_condition()
        editor.remove_button.clicked.connect(lambda: self._remove(editor))
        self.items.append(editor)
        self.items_layout.addWidget(editor)
        return editor

    def _remove(self, item: QWidget) -> None:
        self.items = [i for i in self.items if i is not item]
        item.setParent(None)
        item.deleteLater()

    def set_group(self, group: FilterGroup) -> None:
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(group.mode)))
        for item in group.items:
            if isinstance(item, FilterGroup):
                if self.nested:
                    for sub in item.items:  # deeper nesting is flattened into this group
                        if isinstance(sub, Condition):
                            self.add_condition(sub)
                else:
                    self.add_group(item)
            else:
                self.add_condition(item)

    def group(self) -> FilterGroup:
        items: list[Condition | FilterGroup] = []
        for item in self.items:
            if isinstance(item, GroupEditor):
                sub = item.group()
                if sub.items:
                    items.append(sub)
            else:
                items.append(item.condition())
        return FilterGroup(self.mode_box.currentData() or "and", items)


class FilterBuilderDialog(QDialog):
    """Edit a table's filter; `check` runs the filter once so a bad value is reported before closing."""

    def __init__(self, config: Configuration, object_id: int, current: FilterGroup | None,
                 lookup: ReferenceLookup | None = None, check: Callable[[FilterGroup], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Filter %s") % config.object_by_id(object_id).plural)
        self.resize(760, 300)
        self._check = check
        paths = [p for p in reachable(config, object_id, depth=1) if p.field is None or p.field.type in field_types]
        if current is not None:  # keep paths a saved view uses even when deeper than the list offers
            known = {p.path for p in paths}
            for cond in _conditions(current):
                info = describe_path(config, object_id, tuple(cond.path))
                if info is not None and info.path not in known:
                    paths.append(info)
                    known.add(info.path)
        self.root = GroupEditor(paths, lookup, False)
        if current is not None and current.items:
            self.root.set_group(current)
        else:
            self.root.add_condition()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.root)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.clear_button = buttons.addButton(self.tr("Clear filter"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self._clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.cleared = False

    def result_group(self) -> FilterGroup | None:
        """The edited filter, or None when it has no conditions."""
        if self.cleared:
            return None
        group = self.root.group()
        return group if group.items else None

    def _clear(self) -> None:
        self.cleared = True
        super().accept()

    def accept(self) -> None:
        group = self.result_group()
        if group is not None and self._check is not None:
            try:
                self._check(group)
            except (SupasoftError, ValueError) as exc:
                QMessageBox.warning(self, self.windowTitle(), str(exc))
                return
        super().accept()


def _conditions(group: FilterGroup) -> list[Condition]:
    out: list[Condition] = []
    for item in group.items:
        out.extend(_conditions(item) if isinstance(item, FilterGroup) else [item])
    return out


def describe_filter(config: Configuration, object_id: int, group: FilterGroup | None) -> str:
    """A one-line summary of a filter for the status line ('City contains Kraków AND …')."""
    if group is None or not group.items:
        return ""
    labels = op_labels()
    joiner = QCoreApplication.translate("Filter", " AND ") if group.mode == "and" else QCoreApplication.translate("Filter", " OR ")
    parts = []
    for item in group.items:
        if isinstance(item, FilterGroup):
            inner = describe_filter(config, object_id, item)
            if inner:
                parts.append(f"({inner})")
            continue
        info = describe_path(config, object_id, tuple(item.path))
        title = info.title if info else "?"
        if item.op in NO_VALUE_OPS:
            value = ""
        elif isinstance(item.value, (list, tuple)):
            joined = ", " if item.op == "in" else QCoreApplication.translate("Filter", " and ")
            value = " " + joined.join(str(v) for v in item.value)
        else:
            value = f" {item.value}"
        label = QCoreApplication.translate("Filter", "is one of") if item.op == "in" else labels.get(item.op, item.op)
        parts.append(f"{title} {label}{value}")
    return joiner.join(parts)


__all__ = ["FilterBuilderDialog", "describe_filter", "op_labels", "operators_for"]
