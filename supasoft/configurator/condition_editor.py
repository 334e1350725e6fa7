"""A table's filter in the Configurator: the shared compact condition editor over the object's own fields."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from supasoft.core.meta import FilterGroup, ObjectDef
from supasoft.widgets.condition_editor import ConditionOptions, ConditionRow, GroupEditor, own_fields

OPTIONS = ConditionOptions(compact=True)


class ConditionEditor(QWidget):
    """Edits a flat FilterGroup over the object's own fields."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("condition_editor")
        self._obj: ObjectDef | None = None
        self.editor = GroupEditor([], OPTIONS, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)

    @property
    def obj(self) -> ObjectDef | None:
        return self._obj

    @obj.setter
    def obj(self, obj: ObjectDef | None) -> None:
        """Rows added from now on offer this object's fields."""
        self._obj = obj
        self.editor.fields = own_fields(obj) if obj is not None else []

    @property
    def rows(self) -> list[ConditionRow]:
        return self.editor.rows

    def set_object(self, obj: ObjectDef) -> None:
        self.obj = obj
        self.set_filter(None)

    def add_row(self) -> ConditionRow | None:
        return self.editor.add_condition() if self.obj is not None else None

    def set_filter(self, group: FilterGroup | None) -> None:
        self.editor.clear()
        self.editor.set_group(group if group is not None and self.obj is not None else FilterGroup(group.mode if group else "and"))

    def filter(self) -> FilterGroup | None:
        group = self.editor.group()
        return group if group.items else None
