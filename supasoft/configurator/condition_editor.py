"""A simple filter editor: rows of field / operator / value, all joined by AND or OR."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.configurator.common import tr
from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import Condition, FilterGroup, ObjectDef

NO_VALUE = ("empty", "not_empty")


def op_label(op: str) -> str:
    return {"eq": tr("is"), "ne": tr("is not"), "empty": tr("is empty"), "not_empty": tr("is filled in"),
            "in": tr("is one of (;)"), "lt": tr("less than"), "le": tr("at most"), "gt": tr("more than"),
            "ge": tr("at least"), "between": tr("between (;)"), "contains": tr("contains"),
            "not_contains": tr("does not contain"), "starts": tr("starts with"), "ends": tr("ends with")}.get(op, op)


class ConditionRow:
    """The widgets of one condition."""

    def __init__(self, obj: ObjectDef, on_remove):  # type: ignore[no-untyped-def]
        self.obj = obj
        self.field = QComboBox()
        self.field.setObjectName("cond_field")
        for f in obj.fields:
            if field_types.get(f.type).stored or f.type == "formula":
                self.field.addItem(f.name, f.id)
        self.op = QComboBox()
        self.op.setObjectName("cond_op")
        self.value = QLineEdit()
        self.value.setObjectName("cond_value")
        self.remove = QPushButton("✕")
        self.remove.setToolTip(tr("Remove this condition"))
        self.remove.clicked.connect(lambda: on_remove(self))
        self.field.currentIndexChanged.connect(self._fill_ops)
        self.op.currentIndexChanged.connect(lambda *_: self.value.setEnabled(self.op.currentData() not in NO_VALUE))
        self._fill_ops()

    def _fill_ops(self) -> None:
        self.op.clear()
        field_id = self.field.currentData()
        if field_id is None:
            return
        f = self.obj.field_by_id(int(field_id))
        for op in field_types.get(f.type).operators:
            self.op.addItem(op_label(op), op)

    def condition(self) -> Condition | None:
        if self.field.currentData() is None or self.op.currentData() is None:
            return None
        op = str(self.op.currentData())
        text = self.value.text().strip()
        value: object = None if op in NO_VALUE else ([p.strip() for p in text.split(";")] if op in ("in", "between") else text)
        return Condition((int(self.field.currentData()),), op, value)

    def load(self, cond: Condition) -> None:
        self.field.setCurrentIndex(max(0, self.field.findData(cond.path[-1] if cond.path else None)))
        self.op.setCurrentIndex(max(0, self.op.findData(cond.op)))
        value = cond.value
        self.value.setText("; ".join(map(str, value)) if isinstance(value, (list, tuple)) else ("" if value is None else str(value)))


class ConditionEditor(QWidget):
    """Edits a flat FilterGroup over the object's own fields."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("condition_editor")
        self.obj: ObjectDef | None = None
        self.rows: list[ConditionRow] = []
        self.mode = QComboBox()
        self.mode.setObjectName("cond_mode")
        self.mode.addItem(self.tr("All conditions hold"), "and")
        self.mode.addItem(self.tr("Any condition holds"), "or")
        self.add_button = QPushButton(self.tr("Add condition"))
        self.add_button.setObjectName("cond_add")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.grid = QGridLayout()
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(self.add_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.grid)

    def set_object(self, obj: ObjectDef) -> None:
        self.obj = obj
        self.set_filter(None)

    def add_row(self) -> ConditionRow | None:
        if self.obj is None:
            return None
        row = ConditionRow(self.obj, self._remove)
        self.rows.append(row)
        self._layout_rows()
        return row

    def _remove(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        for w in (row.field, row.op, row.value, row.remove):
            w.setParent(None)
            w.deleteLater()
        self._layout_rows()

    def _layout_rows(self) -> None:
        for i, row in enumerate(self.rows):
            for c, w in enumerate((row.field, row.op, row.value, row.remove)):
                self.grid.addWidget(w, i, c)

    def set_filter(self, group: FilterGroup | None) -> None:
        for row in list(self.rows):
            self._remove(row)
        self.mode.setCurrentIndex(1 if group is not None and group.mode == "or" else 0)
        for item in group.items if group else []:
            if isinstance(item, Condition):
                row = self.add_row()
                if row is not None:
                    row.load(item)

    def filter(self) -> FilterGroup | None:
        items = [c for c in (r.condition() for r in self.rows) if c is not None]
        return FilterGroup(str(self.mode.currentData()), items) if items else None  # type: ignore[arg-type]
