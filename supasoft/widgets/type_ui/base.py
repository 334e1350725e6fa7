"""What the UI knows about one field type (editor, cell text and painting, Configurator options), keyed like core."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from supasoft.core.meta import FieldDef
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.formatting import register_formatter
from supasoft.widgets.reference_picker import ReferenceLookup

EditorFactory = Callable[[FieldDef, "ReferenceLookup | None", "QWidget | None"], FieldEditor]
Formatter = Callable[[FieldDef, object, QLocale], str]
CellPainter = Callable[[QPainter, QStyleOptionViewItem, FieldDef, object], None]


@dataclass(frozen=True)
class TypeUI:
    """The UI of one field type; `key` is the core registry's type key."""

    key: str
    editor: EditorFactory
    """Builds the card (and detail cell) editor of a field of this type."""
    options: tuple[str, ...] = ()
    """Names of the option panels the Configurator's field dialog shows for this type (see options.py)."""
    formatter: Formatter | None = None
    """Cell text, when widgets/formatting.format_value does not know the type yet (plug-in types)."""
    painter: CellPainter | None = None
    """Paints a table or detail-grid cell itself (stars...) instead of its text; None = the text."""
    condition_as_text: bool = False
    """Filter and rights conditions take a typed value (a line edit), not the field's own editor."""
    wide: bool = False
    """The column stretches in a detail grid (names, descriptions, picked records)."""


class TypeUIRegistry:
    """Looks the UI of a field type up by its core type key."""

    def __init__(self) -> None:
        self._entries: dict[str, TypeUI] = {}

    def register(self, ui: TypeUI) -> None:
        """Add or replace a type's UI (plug-in types); its formatter reaches every table through format_value."""
        self._entries[ui.key] = ui
        if ui.formatter is not None:
            register_formatter(ui.key, ui.formatter)

    def get(self, key: str) -> TypeUI:
        """KeyError for a type without a UI."""
        try:
            return self._entries[key]
        except KeyError:
            raise KeyError(f"no UI for field type {key!r}") from None

    def of(self, f: FieldDef) -> TypeUI | None:
        """The field's type UI, None for an unknown type (a configuration from a newer version)."""
        return self._entries.get(f.type)

    def keys(self) -> list[str]:
        return list(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries
