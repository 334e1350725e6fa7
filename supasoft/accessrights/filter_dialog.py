"""The 'saved filter' scope of a grant (which rows it covers): the shared condition editor with 'current user'."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from supasoft.accessrights.common import tr
from supasoft.core.meta import Condition, FilterGroup, ObjectDef
from supasoft.core.serialization import from_plain
from supasoft.widgets.condition_editor import ConditionOptions, ConditionRow, GroupEditor, own_fields
from supasoft.widgets.condition_values import ME, me_label, short_op_labels

OPTIONS = ConditionOptions(compact=True, allow_me=True)


def as_group(plain: Any) -> FilterGroup | None:
    """A stored filter (FilterGroup, plain dict or JSON text) as a FilterGroup."""
    if plain is None or isinstance(plain, FilterGroup):
        return plain
    return from_plain(FilterGroup, json.loads(plain) if isinstance(plain, str) else plain)


def describe(obj: ObjectDef, group: FilterGroup | None) -> str:
    """One line for the grid: 'Assignee is current user and City is Paris'."""
    if group is None or not group.items:
        return ""
    labels = short_op_labels()
    parts = []
    for item in group.items:
        if not isinstance(item, Condition):
            parts.append("(\u2026)")
            continue
        try:
            name = obj.field_by_id(item.path[-1]).name if item.path else tr("Code")
        except KeyError:
            name = "?"
        value = me_label() if item.value == ME else item.value
        value = "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else ("" if value is None else str(value))
        parts.append(f"{name} {labels.get(item.op, item.op)} {value}".strip())
    return (" " + (tr("or") if group.mode == "or" else tr("and")) + " ").join(parts)


class FilterDialog(QDialog):
    """Edits a flat AND/OR list of conditions on one object's fields."""

    def __init__(self, obj: ObjectDef, group: FilterGroup | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.obj = obj
        self.setWindowTitle(self.tr("Records covered: %s") % obj.plural)
        self.editor = GroupEditor(own_fields(obj), OPTIONS, parent=self)
        if group is not None:
            self.editor.set_group(group)
        if not self.editor.rows:
            self.editor.add_condition()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The grant covers the records that match:")))
        layout.addWidget(self.editor)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    @property
    def rows(self) -> list[ConditionRow]:
        return self.editor.rows

    def add_row(self) -> ConditionRow:
        return self.editor.add_condition()

    def filter(self) -> FilterGroup | None:
        group = self.editor.group()
        return group if group.items else None
