"""The UI entries of the built-in field types: the one place in the UI that names type keys."""

from __future__ import annotations

from supasoft.core.fieldtypes.roles import is_formula
from supasoft.core.meta import FieldDef
from supasoft.widgets.date_editors import DateEditor, DateTimeEditor
from supasoft.widgets.editors import (
    FLOAT_PATTERN,
    INTEGER_PATTERN,
    BooleanEditor,
    ChoiceEditor,
    FormulaEditor,
    NumberEditor,
    StringEditor,
    TextEditor,
)
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.file_editor import FileEditor
from supasoft.widgets.reference_picker import ReferenceLookup, ReferencePicker
from supasoft.widgets.type_ui.base import EditorFactory, TypeUI

NUMBER_OPTIONS = ("precision", "scale", "range")
WHOLE_OPTIONS = ("range",)
TEXT_SHOWN_TYPE = "string"  # the type of a field that shows a formula's value from a linked record


def simple(cls: type[FieldEditor]) -> EditorFactory:
    """A factory for an editor that needs only the field."""
    return lambda field, lookup, parent: cls(field, parent)  # type: ignore[call-arg]


def number(pattern: str) -> EditorFactory:
    """A number editor accepting what `pattern` allows while typing."""
    return lambda field, lookup, parent: NumberEditor(field, parent, pattern=pattern)


def picker(field: FieldDef, lookup: ReferenceLookup | None, parent: object) -> FieldEditor:
    return ReferencePicker(field, lookup, parent)  # type: ignore[arg-type]


BUILTIN: tuple[TypeUI, ...] = (
    TypeUI("string", simple(StringEditor), ("length",), wide=True),
    TypeUI("email", simple(StringEditor), ("length",)),
    TypeUI("phone", simple(StringEditor), ("length",)),
    TypeUI("url", simple(StringEditor), ("length",)),
    TypeUI("text", simple(TextEditor), condition_as_text=True, wide=True),
    TypeUI("integer", number(INTEGER_PATTERN), WHOLE_OPTIONS),
    TypeUI("decimal", simple(NumberEditor), NUMBER_OPTIONS),
    TypeUI("money", simple(NumberEditor), NUMBER_OPTIONS),
    TypeUI("float", number(FLOAT_PATTERN), WHOLE_OPTIONS),
    TypeUI("date", simple(DateEditor)),
    TypeUI("datetime", simple(DateTimeEditor)),
    TypeUI("boolean", simple(BooleanEditor)),
    TypeUI("choice", simple(ChoiceEditor), ("choices",)),
    TypeUI("reference", picker, ("target",), wide=True),
    TypeUI("user", picker),
    TypeUI("file", simple(FileEditor), ("max_size",), condition_as_text=True),
    TypeUI("formula", simple(FormulaEditor), ("scale", "formula"), condition_as_text=True),
)


def shown_type_key(shown: FieldDef) -> str:
    """The type of a field showing `shown` from a linked record: its own, or text for a formula's result."""
    return TEXT_SHOWN_TYPE if is_formula(shown) else shown.type
