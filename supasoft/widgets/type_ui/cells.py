"""Painting table cells the way a field type wants (stars...), for any item view's delegate."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from supasoft.core.meta import FieldDef
from supasoft.widgets.type_ui.base import TypeUIRegistry


def paint_typed_cell(registry: TypeUIRegistry, delegate: QStyledItemDelegate, painter: QPainter,
                     option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                     field: FieldDef | None, value: object) -> bool:
    """Paint the cell with its type's painter (background and selection as usual, no text); False = no painter."""
    ui = registry.of(field) if field is not None else None
    if ui is None or ui.painter is None or field is None:
        return False
    item = QStyleOptionViewItem(option)
    delegate.initStyleOption(item, index)
    item.text = ""  # type: ignore[attr-defined]
    widget = item.widget  # type: ignore[attr-defined]
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
    ui.painter(painter, item, field, value)
    return True
