"""The FieldType contract: everything one kind of field knows, in one class, no UI and no SQL text.

A field type turns user input into a canonical Python value (`parse`), checks it (`validate`),
shows it (`format`), names its storage column type (`column_type`), moves it in and out of
JSON (history, trash, configuration defaults), and says what it is in formulas. Its options are a frozen
dataclass (`options_class`, `options(f)`, see options.py).

Hooks for the consumers of values outside the program, so none of them branches on type names:
- spreadsheets: `to_cell` (a native cell value), `cell_format` (an Excel number format or None),
  `from_cell` (a cell read in an import, in the file's locale: '1 234,56', '14.03.2025');
- documents: `to_template` (a TemplateValue: the text in the document's language, with `.value`);
- an API: `to_api` / `from_api` (the JSON value returned and accepted: exact decimals as text, ISO dates).
from_cell and from_api parse like `parse` (ValueError with a message); validate still runs after them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes.options import FieldOptions
from supasoft.core.fieldtypes.template_value import TemplateValue
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
    free_text: ClassVar[bool] = False
    """True when any text fits and only its length is checked (string, long text; not e-mail, phone or address)."""
    has_choices: ClassVar[bool] = False
    """True when the value is one label of the field's own list (f.choices)."""
    whole_number: ClassVar[bool] = False
    """True for a plain whole number that keeps any 64-bit value unchanged (integer; not a rating's 1..N)."""
    approximate: ClassVar[bool] = False
    """True for an approximate (binary floating point) number: fractions without fixed digits after the point."""
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

    # --- outside consumers: spreadsheets, documents, an API -----------------------------------
    def to_cell(self, value: Any, f: FieldDef) -> Any:
        """The value written to a spreadsheet cell: numbers, dates and yes/no as such, anything else as its text."""
        if value is None or isinstance(value, (bool, int, float, Decimal, dt.date)):
            return value
        return self.format(value, f)

    def cell_format(self, f: FieldDef) -> str | None:
        """The Excel number format of this field's cells ("#,##0.00", "yyyy-mm-dd"), or None for the default."""
        return None

    def from_cell(self, raw: Any, f: FieldDef, locale: str = "en") -> Any:
        """A spreadsheet cell read in an import (a number, a date or text written in `locale`) to the canonical value."""
        return self.parse(raw, f)

    def to_template(self, value: Any, f: FieldDef, locale: str = "en") -> TemplateValue:
        """What a document template sees: the value's text in `locale`, carrying the value itself (`.value`)."""
        return TemplateValue(self.format(value, f), value)

    def to_api(self, value: Any, f: FieldDef) -> Any:
        """The JSON value an API returns (exact decimals as text, dates in ISO form)."""
        return self.to_json(value, f)

    def from_api(self, raw: Any, f: FieldDef) -> Any:
        """A JSON value an API accepts to the canonical value; ValueError with a message if it does not fit."""
        if isinstance(raw, (dict, list)):
            raise ValueError("is not a single value")
        return None if raw is None else self.parse(raw, f)

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

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        """fast_check over a whole column of non-empty values at once (bulk imports; see columns.py); None = per row."""
        return None

    def equal(self, a: Any, b: Any) -> bool:
        """Whether two canonical values are the same (history records only real changes)."""
        return a == b
