"""The FieldType contract: everything one kind of field knows, in one class, no UI and no SQL text.

A field type turns user input into a canonical Python value (`parse`), checks it (`validate`),
shows it (`format`), names its storage column type (`column_type`), moves it in and out of
JSON (history, trash, configuration defaults) and spreadsheets, and says what it is in formulas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes.options import FieldOptions
from supasoft.core.meta import FieldDef
from supasoft.core.text_input import text_problem

#: Filter operators understood by the storage layer; each type lists the ones that make sense.
EQUALITY_OPS: tuple[str, ...] = ("eq", "ne", "empty", "not_empty", "in")
ORDER_OPS: tuple[str, ...] = ("lt", "le", "gt", "ge", "between")
TEXT_OPS: tuple[str, ...] = ("contains", "not_contains", "starts", "ends")


class FieldType:
    """Base of all field types; subclasses set the class attributes and override hooks."""

    type: ClassVar[str] = ""
    """Stable key stored in metadata; never renamed."""
    label: ClassVar[str] = ""
    """Name shown to admins in the Configurator."""
    stored: ClassVar[bool] = True
    """False when the value has no column of its own."""
    searchable: ClassVar[bool] = False
    """True when quick search looks into this field (string-like types)."""
    sortable: ClassVar[bool] = True
    formula_type: ClassVar[str] = "string"
    """What the value is inside a formula: number, string, date, datetime, boolean, reference, none."""
    operators: ClassVar[tuple[str, ...]] = EQUALITY_OPS

    # --- roles: what other layers ask instead of comparing type names (see roles.py) ---------
    link: ClassVar[str | None] = None
    """What a stored value points at: "object" (a record of f.target), "user" (a user account), or None."""
    computed: ClassVar[bool] = False
    """True when the value is computed from other fields (a formula), never typed in."""
    attachment: ClassVar[bool] = False
    """True when the value is a stored file (kept in the files table, not inline)."""
    text_like: ClassVar[bool] = False
    """True when the value is text: case-insensitive equality, contains/starts filters, free text input."""
    long_text: ClassVar[bool] = False
    """True for long free text: no index, no uniqueness, cut to a preview in tables."""
    has_length: ClassVar[bool] = False
    """True when the admin sets a maximum length (f.length)."""
    has_scale: ClassVar[bool] = False
    """True when the admin sets digits after the point (f.scale, f.precision)."""
    numeric: ClassVar[bool] = False
    """True for numbers: right-aligned, totalled in detail sets and reports."""
    yes_no: ClassVar[bool] = False
    """True for a tick box: a required one must be ticked, empty means no."""
    can_be_unique: ClassVar[bool] = True
    """False when a unique constraint makes no sense or cannot be built (long text, files, ticks, formulas)."""
    takes_default: ClassVar[bool] = True
    """False when the admin cannot give a default value (formulas, files, links)."""
    alignment: ClassVar[str] = "left"
    """How values line up in tables and cards: left, right or center."""
    default_width: ClassVar[int] = 170
    """A table column's width in pixels before the user resizes it."""

    options_class: ClassVar[type[FieldOptions]] = FieldOptions
    """The frozen dataclass of this type's options (see options.py); its problems() are check_options."""

    # --- definition -------------------------------------------------------------------------
    def options(self, f: FieldDef) -> FieldOptions:
        """The options in effect for f (the type's defaults where the admin set nothing)."""
        return self.options_class.of(f)

    def check_options(self, f: FieldDef) -> list[str]:
        """Problems with the field's definition (missing length, bad scale, minimum above maximum...), for the admin."""
        return self.options(f).problems()

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        """The SQLAlchemy type of the physical column."""
        raise NotImplementedError

    # --- values -----------------------------------------------------------------------------
    def parse(self, raw: Any, f: FieldDef) -> Any:
        """User input (text or a Python value) to the canonical value; ValueError with a message if bad."""
        if raw is None or (isinstance(raw, str) and raw.strip() == ""):
            return None
        value = self.parse_value(raw, f)
        if isinstance(value, str) and (problem := text_problem(value)):  # after parsing: numbers stay O(1)
            raise ValueError(problem)
        return value

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        """Parse a non-empty input; subclasses override."""
        return raw

    def validate(self, value: Any, f: FieldDef) -> str | None:
        """A message when a parsed, non-empty value breaks the field's rules, else None."""
        return None

    def format(self, value: Any, f: FieldDef) -> str:
        """The value as text for tables, history and documents."""
        return "" if value is None else str(value)

    def to_db(self, value: Any, f: FieldDef) -> Any:
        """The canonical value as bound to the column."""
        return value

    def from_db(self, value: Any, f: FieldDef) -> Any:
        """A column value back to the canonical value."""
        return value

    def to_json(self, value: Any, f: FieldDef) -> Any:
        """The value in a JSON document (history, trash, defaults)."""
        return value

    def from_json(self, value: Any, f: FieldDef) -> Any:
        """The inverse of to_json."""
        return value if value is None else self.parse(value, f)

    def to_export(self, value: Any, f: FieldDef) -> Any:
        """The value written to a spreadsheet cell."""
        return self.to_json(value, f)

    def convert_from(self, value: Any, old: FieldType, old_def: FieldDef, f: FieldDef) -> Any:
        """Convert a stored value of another type to this one (field type change); ValueError if impossible."""
        if value is None:
            return None
        if isinstance(value, str):
            return self.parse(value, f)
        try:
            return self.parse(value, f)  # numbers, dates and booleans convert as values, not as display text
        except (ValueError, TypeError, ArithmeticError):
            return self.parse(old.format(value, old_def), f)

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        """A cheap test that a value is already canonical and valid (bulk imports skip parse then); None = always parse."""
        return None

    def equal(self, a: Any, b: Any) -> bool:
        """Whether two canonical values are the same (history records only real changes)."""
        return a == b
