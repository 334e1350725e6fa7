"""A small condition editor for a 'saved filter' scope: which rows a grant covers."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.accessrights.common import tr
from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import Condition, FilterGroup, ObjectDef
from supasoft.core.serialization import from_plain

NO_VALUE = ("empty", "not_empty")
ME = {"$user": "me"}


def op_label(op: str) -> str:
    return {"eq": tr("is"), "ne": tr("is not"), "empty": tr("is empty"), "not_empty": tr("is filled in"),
            "in": tr("is one of (;)"), "lt": tr("less than"), "le": tr("at most"), "gt": tr("more than"),
            "ge": tr("at least"), "between": tr("between (;)"), "contains": tr("contains"),
            "not_contains": tr("does not contain"), "starts": tr("starts with"), "ends": tr("ends with")}.get(op, op)


def as_group(plain: Any) -> FilterGroup | None:
    """A stored filter (FilterGroup, plain dict or JSON text) as a FilterGroup."""
    if plain is None or isinstance(plain, FilterGroup):
        return plain
    return from_plain(FilterGroup, json.loads(plain) if isinstance(plain, str) else plain)


def describe(obj: ObjectDef, group: FilterGroup | None) -> str:
    """One line for the grid: 'Assignee is current user and City is Paris'."""
    if group is None or not group.items:
        return ""
    parts = []
    for item in group.items:
        if not isinstance(item, Condition):
            parts.append("(\u2026)")
            continue
        try:
            name = obj.field_by_id(item.path[-1]).name if item.path else tr("Code")
        except KeyError:
            name = "?"
        value = tr("current user") if item.value == ME else item.value
        value = "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else ("" if value is None else str(value))
        parts.append(f"{name} {op_label(item.op)} {value}".strip())
    return (" " + (tr("or") if group.mode == "or" else tr("and")) + " ").join(parts)


class FilterRow:
    """Field, operator and value widgets of one condition."""

    def __init__(self, obj: ObjectDef, on_remove: Any):
        self.obj = obj
        self.field = QComboBox()
        self.field.setObjectName("filter_field")
        for f in obj.fields:
            if field_types.get(f.type).stored or f.type == "formula":
                self.field.addItem(f.name, f.id)
        self.op = QComboBox()
        self.op.setObjectName("filter_op")
        self.value = QComboBox()
        self.value.setObjectName("filter_value")
        self.value.setEditable(True)
        self.value.setMinimumContentsLength(14)
        self.remove = QPushButton("\u2715")
        self.remove.setFixedWidth(self.remove.fontMetrics().horizontalAdvance("\u2715") + 24)
        self.remove.setToolTip(tr("Remove this condition"))
        self.remove.clicked.connect(lambda: on_remove(self))
        self.field.currentIndexChanged.connect(self._field_changed)
        self.op.currentIndexChanged.connect(lambda *_: self.value.setEnabled(self.op.currentData() not in NO_VALUE))
        self._field_changed()

    def widgets(self) -> tuple[QWidget, ...]:
        return self.field, self.op, self.value, self.remove

    def _field_changed(self) -> None:
        self.op.clear()
        self.value.clear()
        field_id = self.field.currentData()
        if field_id is None:
            return
        f = self.obj.field_by_id(int(field_id))
        for op in field_types.get(f.type).operators:
            self.op.addItem(op_label(op), op)
        if f.type == "user":
            self.value.addItem(tr("current user"), "me")
        for choice in f.choices:
            self.value.addItem(choice, choice)
        self.value.setEditText(self.value.itemText(0) if self.value.count() else "")

    def condition(self) -> Condition | None:
        if self.field.currentData() is None or self.op.currentData() is None:
            return None
        op = str(self.op.currentData())
        text = self.value.currentText().strip()
        if op in NO_VALUE:
            value: Any = None
        elif text == tr("current user") and self.value.findText(text) >= 0:
            value = dict(ME)
        elif op in ("in", "between"):
            value = [p.strip() for p in text.split(";")]
        else:
            value = text
        return Condition((int(self.field.currentData()),), op, value)

    def load(self, cond: Condition) -> None:
        self.field.setCurrentIndex(max(0, self.field.findData(cond.path[-1] if cond.path else None)))
        self.op.setCurrentIndex(max(0, self.op.findData(cond.op)))
        value = cond.value
        if value == ME:
            self.value.setEditText(tr("current user"))
        elif isinstance(value, (list, tuple)):
            self.value.setEditText("; ".join(map(str, value)))
        else:
            self.value.setEditText("" if value is None else str(value))


class FilterDialog(QDialog):
    """Edits a flat AND/OR list of conditions on one object's fields."""

    def __init__(self, obj: ObjectDef, group: FilterGroup | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.obj = obj
        self.setWindowTitle(self.tr("Records covered: %s") % obj.plural)
        self.rows: list[FilterRow] = []
        self.mode = QComboBox()
        self.mode.setObjectName("filter_mode")
        self.mode.addItem(self.tr("All conditions hold"), "and")
        self.mode.addItem(self.tr("Any condition holds"), "or")
        self.add_button = QPushButton(self.tr("Add condition"))
        self.add_button.setObjectName("filter_add")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(self.add_button)
        top.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The grant covers the records that match:")))
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.mode.setCurrentIndex(1 if group is not None and group.mode == "or" else 0)
        for item in group.items if group else []:
            if isinstance(item, Condition):
                self.add_row().load(item)
        if not self.rows:
            self.add_row()
        self.setMinimumWidth(560)

    def add_row(self) -> FilterRow:
        row = FilterRow(self.obj, self._remove)
        self.rows.append(row)
        self._layout_rows()
        return row

    def _remove(self, row: FilterRow) -> None:
        self.rows.remove(row)
        for w in row.widgets():
            w.setParent(None)
            w.deleteLater()
        self._layout_rows()

    def _layout_rows(self) -> None:
        for i, row in enumerate(self.rows):
            for c, w in enumerate(row.widgets()):
                self.grid.addWidget(w, i, c)

    def filter(self) -> FilterGroup | None:
        items: list[Condition | FilterGroup] = [c for c in (r.condition() for r in self.rows) if c is not None]
        return FilterGroup(str(self.mode.currentData()), items) if items else None  # type: ignore[arg-type]
