"""The UI registry of field types: one entry per core type key (editor, cell text/painting, option panels)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from supasoft.core.meta import FieldDef
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.reference_picker import ReferenceLookup
from supasoft.widgets.type_ui.base import CellPainter, EditorFactory, Formatter, TypeUI, TypeUIRegistry
from supasoft.widgets.type_ui.builtin import BUILTIN, shown_type_key
from supasoft.widgets.type_ui.cells import paint_typed_cell
from supasoft.widgets.type_ui.options import OPTION_PANELS, OptionPanel, PanelContext, register_panel
from supasoft.widgets.type_ui.rating import RATING

ui_types = TypeUIRegistry()
for _entry in (*BUILTIN, RATING):
    ui_types.register(_entry)


def create_editor(field: FieldDef, lookup: ReferenceLookup | None = None, parent: QWidget | None = None) -> FieldEditor:
    """The editor widget for a field; KeyError for a type without one."""
    editor = ui_types.get(field.type).editor(field, lookup, parent)
    editor.setObjectName(f"field_{field.id}")
    return editor


def register_editor(type_key: str, factory: EditorFactory) -> None:
    """Add or replace the editor of a field type (plug-in field types)."""
    known = ui_types.of(FieldDef(0, "", type_key))
    ui_types.register(replace(known, editor=factory) if known else TypeUI(type_key, factory))


def options_of(type_key: str) -> tuple[str, ...]:
    """The option panels the field dialog shows for a type (none for an unknown one)."""
    return ui_types.get(type_key).options if type_key in ui_types else ()


def condition_as_text(f: FieldDef) -> bool:
    """Conditions on this field take typed text, not the field's editor."""
    ui = ui_types.of(f)
    return ui is not None and ui.condition_as_text


def wide_column(f: FieldDef) -> bool:
    """The field's detail-grid column stretches."""
    ui = ui_types.of(f)
    return ui is not None and ui.wide


def cell_painter(f: FieldDef | None) -> CellPainter | None:
    """How a table cell of the field paints itself, None when it shows its text."""
    ui = ui_types.of(f) if f is not None else None
    return ui.painter if ui is not None else None


def paint_cell(delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
               index: QModelIndex | QPersistentModelIndex, field: FieldDef | None, value: object) -> bool:
    """A delegate's paint hook: paints the cell with its type's painter and says True, else leaves it (False)."""
    return paint_typed_cell(ui_types, delegate, painter, option, index, field, value)


__all__ = [
    "OPTION_PANELS", "CellPainter", "EditorFactory", "Formatter", "OptionPanel", "PanelContext", "TypeUI",
    "TypeUIRegistry", "cell_painter", "paint_cell", "condition_as_text", "create_editor", "options_of", "register_editor",
    "register_panel", "shown_type_key", "ui_types", "wide_column",
]
