"""One editor of filter conditions (field, operator, value rows in AND/OR groups) for the filter builder,
row-level rights and the Configurator's tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import is_formula
from supasoft.core.meta import Condition, FieldDef, FieldPath, FilterGroup, ObjectDef
from supasoft.widgets.condition_values import (
    TextValueInput,
    ValueInput,
    op_labels,
    operators_for,
    short_op_labels,
    value_fits,
    value_items,
)
from supasoft.widgets.reference_picker import ReferenceLookup


class ConditionField(Protocol):
    """A value a condition can test: its path, the title users see and its field (None = the Code)."""

    @property
    def path(self) -> FieldPath: ...
    @property
    def title(self) -> str: ...
    @property
    def field(self) -> FieldDef | None: ...


@dataclass(frozen=True)
class FieldChoice:
    """A ConditionField made from one of the object's own fields."""

    path: FieldPath
    title: str
    field: FieldDef | None


def own_fields(obj: ObjectDef) -> list[FieldChoice]:
    """The object's fields a condition can test: stored ones and formulas, in the object's order."""
    return [FieldChoice((f.id,), f.name, f) for f in obj.fields
            if f.type in field_types and (field_types.get(f.type).stored or is_formula(f))]


@dataclass(frozen=True)
class ConditionOptions:
    """What differs between the editors.

    nested: the top group may hold AND/OR sub-groups (one level; deeper conditions are flattened into them).
    compact: the short form of rights and the Configurator: values typed as text (';' between list items), short
      operator labels, the AND/OR choice and 'Add condition' on one line; otherwise each field type's own editor.
    allow_me: (compact only) the value is a list offering 'current user' on user fields and a field's choices.
    """

    nested: bool = False
    compact: bool = False
    allow_me: bool = False

    def __post_init__(self) -> None:
        if self.allow_me and not self.compact:
            raise ValueError("'current user' as a value needs the compact editor")


class ConditionRow(QObject):
    """Field, operator, value and a remove button; the widgets sit in a row of the group's grid."""

    def __init__(self, fields: Sequence[ConditionField], options: ConditionOptions, lookup: ReferenceLookup | None,
                 parent: QWidget):
        super().__init__(parent)
        self.fields, self.options, self.lookup = list(fields), options, lookup
        self.field_box = QComboBox(parent)
        self.field_box.setObjectName("condition_field")
        for info in self.fields:
            self.field_box.addItem(info.title)
        self.op_box = QComboBox(parent)
        self.op_box.setObjectName("condition_op")
        if not options.compact:
            self.field_box.setMinimumContentsLength(16)
            self.op_box.setMinimumContentsLength(12)
        self.value_cell = QWidget(parent)  # holds the value input, which is replaced when the operator changes
        cell = QHBoxLayout(self.value_cell)
        cell.setContentsMargins(0, 0, 0, 0)
        self.value_input: ValueInput | TextValueInput = self._new_value_input(None, "eq")
        #: the value as given (its field, items) and as the current input shows it ([] when it could not take it)
        self._pending: tuple[FieldDef | None, list[object], list[object]] | None = None
        cell.addWidget(self.value_input)
        self.remove_button = QToolButton(parent)
        self.remove_button.setIcon(parent.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.remove_button.setToolTip(self.tr("Remove this condition"))
        self.field_box.currentIndexChanged.connect(self._field_changed)
        self.op_box.currentIndexChanged.connect(self._op_changed)
        self._field_changed()

    # the short names the rights and Configurator editors used for their widgets
    @property
    def field(self) -> QComboBox:
        return self.field_box

    @property
    def op(self) -> QComboBox:
        return self.op_box

    @property
    def value(self) -> QComboBox | QLineEdit | QWidget:
        """The value box of a compact row (the first editor of a typed one)."""
        return self.value_input.editors[0] if self.value_input.editors else self.value_input

    def widgets(self) -> tuple[QWidget, ...]:
        return self.field_box, self.op_box, self.value_cell, self.remove_button

    def info(self) -> ConditionField | None:
        return self.fields[max(0, self.field_box.currentIndex())] if self.fields else None

    def _new_value_input(self, f: FieldDef | None, op: str) -> ValueInput | TextValueInput:
        if self.options.compact:
            return TextValueInput(f, op, self.options.allow_me, self.value_cell)
        return ValueInput(f, op, self.lookup, self.value_cell)

    def _field_changed(self) -> None:
        """A new field keeps the operator and the value where they still fit it; a dropped value is marked."""
        info = self.info()
        earlier_op = self.op_box.currentData()
        labels = short_op_labels() if self.options.compact else op_labels()
        self.op_box.blockSignals(True)
        self.op_box.clear()
        if info is not None:
            for op in operators_for(info.field):
                self.op_box.addItem(labels.get(op, op), op)
            self.op_box.setCurrentIndex(max(0, self.op_box.findData(earlier_op)))
        self.op_box.blockSignals(False)
        if isinstance(self.value_input, TextValueInput):
            self.value_input.set_field(info.field if info else None)
        self._op_changed()

    def _op_changed(self) -> None:
        op = self.op_box.currentData() or "eq"
        if isinstance(self.value_input, TextValueInput):
            self.value_input.set_op(op)  # typed text survives a change of operator
            return
        info = self.info()
        old_field, old_items = self.value_input.field, value_items(self.value_input.value())
        if self._pending is not None and old_items in ([], self._pending[2]):
            # untouched since it was carried over (or could not be): the value as the user gave it, not as
            # fields passed on the way re-read it (a web address would have become 'http://…')
            old_field, old_items = self._pending[0], self._pending[1]
        new = self._new_value_input(info.field if info else None, op)
        self.value_cell.layout().replaceWidget(self.value_input, new)
        self.value_input.setParent(None)
        self.value_input.deleteLater()
        self.value_input = new
        self._carry_over(old_field, old_items)

    def _carry_over(self, old_field: FieldDef | None, items: list[object]) -> None:
        """Put the earlier value into the new input when every item still fits, else mark it as dropped.

        The value is remembered until the user edits it, so passing on to a field it fits (or from 'is empty' to
        'equals') brings it back as it was given.
        """
        new = self.value_input
        self._pending = (old_field, items, []) if items else None
        if not items or not new.editors:
            return
        if all(value_fits(old_field, new.field, new.op, item) for item in items):
            if new.op == "between":
                new.set_value(items[:2])
            elif new.op == "in":
                new.set_value([str(item) for item in items])
            else:
                new.set_value(items[0])
            shown = value_items(new.value())
            if shown:
                self._pending = (old_field, items, shown)
                return
        new.mark_dropped()

    def set_condition(self, cond: Condition) -> None:
        for i, info in enumerate(self.fields):
            if tuple(info.path) == tuple(cond.path):
                self.field_box.setCurrentIndex(i)
                break
        index = self.op_box.findData(cond.op)
        if index >= 0:
            self.op_box.setCurrentIndex(index)
        self.value_input.set_value(cond.value)
        self._pending = None

    def condition(self) -> Condition | None:
        """The condition shown, or None while there is no field to test."""
        info, op = self.info(), self.op_box.currentData()
        if info is None or op is None:
            return None
        return Condition(tuple(info.path), str(op), self.value_input.value())


class GroupEditor(QFrame):
    """A group of conditions joined by AND or OR; with the nested option the top group may hold sub-groups."""

    def __init__(self, fields: Sequence[ConditionField], options: ConditionOptions | None = None,
                 lookup: ReferenceLookup | None = None, sub: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields, self.options, self.lookup, self.sub = list(fields), options or ConditionOptions(), lookup, sub
        compact = self.options.compact
        if sub:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        if compact:
            outer.setContentsMargins(0, 0, 0, 0)
        self.mode_box = QComboBox(self)
        self.mode_box.setObjectName("condition_mode")
        if compact:
            self.mode_box.addItem(self.tr("All conditions hold"), "and")
            self.mode_box.addItem(self.tr("Any condition holds"), "or")
        else:
            self.mode_box.addItem(self.tr("all of these (AND)"), "and")
            self.mode_box.addItem(self.tr("any of these (OR)"), "or")
        self.add_condition_button = QPushButton(self.tr("Add condition"), self)
        self.add_condition_button.setObjectName("condition_add")
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        top = QHBoxLayout()
        if not compact:
            top.addWidget(QLabel(self.tr("Show records matching"), self))
        top.addWidget(self.mode_box)
        if compact:
            top.addWidget(self.add_condition_button)
        top.addStretch(1)
        if sub:
            self.remove_button = QToolButton(self)
            self.remove_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
            self.remove_button.setToolTip(self.tr("Remove this group"))
            top.addWidget(self.remove_button)
        outer.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        outer.addLayout(self.grid)
        if not compact:
            buttons = QHBoxLayout()
            buttons.addWidget(self.add_condition_button)
            if self.options.nested and not sub:
                self.add_group_button = QPushButton(self.tr("Add group"), self)
                self.add_group_button.clicked.connect(lambda: self.add_group())
                buttons.addWidget(self.add_group_button)
            buttons.addStretch(1)
            outer.addLayout(buttons)
            if not sub:
                outer.addStretch(1)  # rows stay together at the top instead of spreading over the dialog
        self.items: list[ConditionRow | GroupEditor] = []

    @property
    def rows(self) -> list[ConditionRow]:
        """The condition rows of this group (not of its sub-groups)."""
        return [item for item in self.items if isinstance(item, ConditionRow)]

    def add_condition(self, cond: Condition | None = None) -> ConditionRow:
        row = ConditionRow(self.fields, self.options, self.lookup, self)
        if cond is not None:
            row.set_condition(cond)
        row.remove_button.clicked.connect(lambda: self.remove(row))
        self.items.append(row)
        self._place()
        return row

    def add_group(self, group: FilterGroup | None = None) -> GroupEditor:
        editor = GroupEditor(self.fields, self.options, self.lookup, True, self)
        editor.set_group(group or FilterGroup("or"))
        if group is None:
            editor.add_condition()
        editor.remove_button.clicked.connect(lambda: self.remove(editor))
        self.items.append(editor)
        self._place()
        return editor

    def remove(self, item: ConditionRow | GroupEditor) -> None:
        self.items = [i for i in self.items if i is not item]
        for widget in _widgets_of(item):
            self.grid.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        item.deleteLater()
        self._place()

    def clear(self) -> None:
        for item in list(self.items):
            self.remove(item)

    def _place(self) -> None:
        """Lay the items out in order: a row's widgets in the grid's columns, a sub-group across all of them."""
        for item in self.items:
            for widget in _widgets_of(item):
                self.grid.removeWidget(widget)
        for r, item in enumerate(self.items):
            if isinstance(item, GroupEditor):
                self.grid.addWidget(item, r, 0, 1, 4)
            else:
                for c, widget in enumerate(item.widgets()):
                    self.grid.addWidget(widget, r, c)

    def set_group(self, group: FilterGroup) -> None:
        """Show a group's conditions; without the nested option its sub-groups are left out."""
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(group.mode)))
        for item in group.items:
            if isinstance(item, Condition):
                self.add_condition(item)
            elif self.sub:
                for sub in item.items:  # deeper nesting is flattened into this group
                    if isinstance(sub, Condition):
                        self.add_condition(sub)
            elif self.options.nested:
                self.add_group(item)

    def group(self) -> FilterGroup:
        items: list[Condition | FilterGroup] = []
        for item in self.items:
            if isinstance(item, GroupEditor):
                sub = item.group()
                if sub.items:
                    items.append(sub)
            else:
                cond = item.condition()
                if cond is not None:
                    items.append(cond)
        return FilterGroup(self.mode_box.currentData() or "and", items)


def _widgets_of(item: ConditionRow | GroupEditor) -> tuple[QWidget, ...]:
    return (item,) if isinstance(item, GroupEditor) else item.widgets()


__all__ = ["ConditionField", "ConditionOptions", "ConditionRow", "FieldChoice", "GroupEditor", "own_fields"]
