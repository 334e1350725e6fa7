"""Display text of cell values by field type in the user's locale: the UI's parallel to core's format()."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime

from supasoft.core.fieldtypes import field_types, roles
from supasoft.core.fieldtypes.number import to_decimal
from supasoft.core.fieldtypes.roles import type_of
from supasoft.core.formulas.ast import BOOLEAN, DATE, DATETIME, NUMBER
from supasoft.core.meta import FieldDef
from supasoft.widgets.row_source import RefValue

Formatter = Callable[[FieldDef, object, QLocale], str]

CHECK_MARK = "\u2713"

_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")
_ONE_DIGIT_DAY = re.compile(r"(?<!d)d(?!d)")
_ONE_DIGIT_MONTH = re.compile(r"(?<!M)M(?!M)")


def date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year and two-digit day and month, so dates line up in
    columns (Polish 'd.MM.yyyy' would show 8.10.2026 next to 18.10.2026); ISO for the C locale ('d MM yyyy')."""
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = _TWO_DIGIT_YEAR.sub("yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return _ONE_DIGIT_MONTH.sub("MM", _ONE_DIGIT_DAY.sub("dd", pattern))


def time_format(locale: QLocale) -> str:
    """The locale's short time format (hours and minutes)."""
    if locale.language() == QLocale.Language.C:
        return "HH:mm"
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def datetime_format(locale: QLocale) -> str:
    return f"{date_format(locale)} {time_format(locale)}"


def localize_number(text: str, locale: QLocale) -> str:
    """Swap the neutral ',' grouping, '.' point and '-' sign of Python's format() for the locale's."""
    table = {",": locale.groupSeparator(), ".": locale.decimalPoint(), "-": locale.negativeSign()}
    return "".join(table.get(ch, ch) for ch in text)


def decimal_text(value: object, scale: int, locale: QLocale, grouped: bool) -> str:
    """An exact decimal as text (no float rounding), optionally with group separators."""
    number = to_decimal(value)
    return localize_number(f"{number:{',' if grouped else ''}.{scale}f}", locale)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(
        to_qdate(value.date()), QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
    )


def _scale(f: FieldDef, default: int = 2) -> int:
    return default if f.scale is None else f.scale


def format_string(f: FieldDef, value: object, locale: QLocale) -> str:
    return str(value)


def format_text(f: FieldDef, value: object, locale: QLocale) -> str:
    """Multi-line text shows its first line only, so rows keep one height."""
    text = str(value)
    first, sep, _ = text.partition("\n")
    return first + ("\u2026" if sep else "")


def format_number(f: FieldDef, value: object, locale: QLocale) -> str:
    """The type's own neutral text (exact decimals, its scale, grouping for money) in the locale's signs."""
    return localize_number(type_of(f).format(value, f), locale)


def format_date(f: FieldDef, value: object, locale: QLocale) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        return str(value)
    return locale.toString(to_qdate(value), date_format(locale))


def format_datetime(f: FieldDef, value: object, locale: QLocale) -> str:
    if not isinstance(value, dt.datetime):
        return format_date(f, value, locale)
    return timestamp_text(value, locale)


def timestamp_text(value: dt.datetime, locale: QLocale | None = None) -> str:
    """When something happened (history, trash, audit) in the same format as date-time fields."""
    locale = locale if locale is not None else QLocale()
    return locale.toString(to_qdatetime(value), datetime_format(locale))


def format_boolean(f: FieldDef, value: object, locale: QLocale) -> str:
    return CHECK_MARK if value else ""


def format_choice(f: FieldDef, value: object, locale: QLocale) -> str:
    """Choices are stored as their labels; match the current spelling of the label when it exists."""
    text = str(value)
    for choice in f.choices:
        if choice.casefold() == text.casefold():
            return choice
    return text


def format_reference(f: FieldDef, value: object, locale: QLocale) -> str:
    if isinstance(value, RefValue):
        return value.text
    return f"#{value}"


def format_file(f: FieldDef, value: object, locale: QLocale) -> str:
    name = getattr(value, "name", None)
    return name if isinstance(name, str) else str(value)


def format_formula(f: FieldDef, value: object, locale: QLocale) -> str:
    """A formula's value as a field of its result kind shows it (numbers grouped, with the field's scale)."""
    kind = roles.result_kind(f)
    if kind == NUMBER:
        return decimal_text(value, _scale(f), locale, grouped=True)
    if kind == DATETIME:
        return format_datetime(f, value, locale)
    if kind == DATE:
        return format_date(f, value, locale)
    if kind == BOOLEAN:
        return format_boolean(f, value, locale)
    return str(value)


#: Formatters of plug-in field types (the UI type registry adds them), by type key; they win over the roles.
FORMATTERS: dict[str, Formatter] = {}


def formatter_for(f: FieldDef) -> Formatter | None:
    """How a field's values read in tables: a plug-in's own formatter, else chosen by the type's roles."""
    registered = FORMATTERS.get(f.type)
    if registered is not None:
        return registered
    t = type_of(f)
    if t.computed:
        return format_formula
    if t.link is not None:
        return format_reference
    if t.attachment:
        return format_file
    if t.yes_no:
        return format_boolean
    if t.numeric:
        return format_number
    if t.formula_type == DATETIME:
        return format_datetime
    if t.formula_type == DATE:
        return format_date
    if t.long_text:
        return format_text
    if f.choices:
        return format_choice
    return format_string if t.text_like else None


def register_formatter(type_key: str, formatter: Formatter) -> None:
    """Add or replace the display formatter of a field type (plug-in field types)."""
    FORMATTERS[type_key] = formatter


def format_value(f: FieldDef | None, value: object, locale: QLocale | None = None) -> str:
    """The text a table shows for a canonical value; '' for None; the Code column (f None) as is."""
    if value is None:
        return ""
    if f is None:
        return str(value)
    formatter = formatter_for(f)
    if formatter is None:
        return str(value)
    try:
        return formatter(f, value, locale if locale is not None else QLocale())
    except (TypeError, ValueError, ArithmeticError):
        return str(value)  # a stray value must never break painting


def clock_text(value: dt.datetime, locale: QLocale | None = None) -> str:
    """The time of day of a moment ("saved at 15:30"), as date-time fields show it."""
    locale = locale if locale is not None else QLocale()
    return locale.toString(to_qdatetime(value).time(), time_format(locale))


def yes_no(value: object) -> str:
    """A yes/no value in words, where a check mark cannot stand alone (a filter's summary)."""
    if value:
        return QCoreApplication.translate("Formatting", "Yes")
    return QCoreApplication.translate("Formatting", "No")  # literal texts, so lupdate finds both


def json_value_text(f: FieldDef | None, data: object, locale: QLocale | None = None) -> str:
    """A value kept as the field type's JSON (filter conditions) shown as tables show it; references as stored."""
    if data is None or f is None or f.type not in field_types or roles.is_link(f) or roles.is_file(f):
        return "" if data is None else str(data)
    try:
        value = field_types.get(f.type).from_json(data, f)
    except (TypeError, ValueError, ArithmeticError):
        return str(data)
    if is_boolean(f):
        return yes_no(value)
    return format_value(f, value, locale) if value is not None else str(data)


def is_numeric(f: FieldDef | None) -> bool:
    """Whether the column holds numbers (right-aligned)."""
    return f is not None and roles.is_numeric(f)


def is_boolean(f: FieldDef | None) -> bool:
    """Whether the column holds yes/no values (a centred check mark)."""
    return f is not None and roles.is_yes_no(f)


def alignment_for(f: FieldDef | None) -> Qt.AlignmentFlag:
    """As the field's type says (numbers right, ticks centred; a formula by its result); always vertically centred."""
    if f is None:
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    if roles.is_formula(f):
        side = "right" if is_numeric(f) else "center" if is_boolean(f) else "left"
    else:
        side = roles.type_of(f).alignment
    return _ALIGN.get(side, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter


_ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight,
          "center": Qt.AlignmentFlag.AlignHCenter}


__all__ = [
    "CHECK_MARK",
    "FORMATTERS",
    "alignment_for",
    "clock_text",
    "date_format",
    "datetime_format",
    "decimal_text",
    "format_value",
    "formatter_for",
    "is_boolean",
    "is_numeric",
    "json_value_text",
    "localize_number",
    "register_formatter",
    "time_format",
    "timestamp_text",
    "to_qdate",
    "to_qdatetime",
    "yes_no",
]
