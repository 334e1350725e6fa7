"""Date and date-time field types; input accepts ISO and common European/US spellings, and 'today' / 'now'
(a field's default, a saved filter or an import cell reads them when used, so a default 'today' is the day the
record is created)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes import columns
from supasoft.core.fieldtypes.base import EQUALITY_OPS, ORDER_OPS, FieldType
from supasoft.core.fieldtypes.template_value import TemplateValue
from supasoft.core.meta import FieldDef

DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d", "%d.%m.%y")
TIME_FORMATS = ("%H:%M:%S.%f", "%H:%M:%S", "%H:%M")


TODAY = "today"
NOW = "now"


def parse_date_text(text: str) -> dt.date:
    """Parse a date written by a person; ValueError with a message if it is not one."""
    text = text.strip()
    if text.casefold() == TODAY:
        return dt.date.today()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError("is not a date (use YYYY-MM-DD or DD.MM.YYYY)")


def parse_datetime_text(text: str) -> dt.datetime:
    """Parse a date with an optional time ('now' to the minute, 'today' at midnight)."""
    if text.strip().casefold() == NOW:
        return dt.datetime.now().replace(second=0, microsecond=0)
    if text.strip().casefold() == TODAY:
        return dt.datetime.combine(dt.date.today(), dt.time())
    text = text.strip().replace("T", " ")
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        pass
    date_part, _, time_part = text.partition(" ")
    day = parse_date_text(date_part)
    if not time_part:
        return dt.datetime.combine(day, dt.time())
    for fmt in TIME_FORMATS:
        try:
            return dt.datetime.combine(day, dt.datetime.strptime(time_part.strip(), fmt).time())
        except ValueError:
            continue
    raise ValueError("is not a date and time (use YYYY-MM-DD HH:MM)")


class _CalendarHooks(FieldType):
    """What dates and date-times do with spreadsheet cells, document text and API values."""

    excel_format = "yyyy-mm-dd"

    def cell_format(self, f: FieldDef) -> str | None:
        return self.excel_format

    def from_cell(self, raw: Any, f: FieldDef, locale: str = "en") -> Any:
        from supasoft.core.fieldtypes import locales

        if isinstance(raw, (int, float)) and not isinstance(raw, bool):  # a date cell the file did not mark as one
            return self.parse(locales.from_excel_serial(raw), f)
        if isinstance(raw, str) and raw.strip():
            return self.parse(locales.date_text(raw, locales.style_of(locale)), f)
        return self.parse(raw, f)

    def to_template(self, value: Any, f: FieldDef, locale: str = "en") -> Any:
        from supasoft.core.fieldtypes import locales

        return TemplateValue("" if value is None else locales.format_date(value, locales.style_of(locale)), value)

    def to_api(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else value.isoformat()

    def from_api(self, raw: Any, f: FieldDef) -> Any:
        if raw is None:
            return None
        if not isinstance(raw, str):
            raise ValueError(self.api_problem)
        try:
            value = self.from_iso(raw)
        except ValueError:
            raise ValueError(self.api_problem) from None
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)  # an instant elsewhere: our local time, as stored
        return self.parse(value, f)

    from_iso: Callable[[str], dt.date] = staticmethod(dt.date.fromisoformat)
    api_problem = "is not a date in ISO form (YYYY-MM-DD)"


class DateFieldType(_CalendarHooks):
    """A calendar date."""

    type = "date"
    default_width = 100
    label = "Date"
    formula_type = "date"
    operators = EQUALITY_OPS + ORDER_OPS

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.Date()

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        return parse_date_text(str(raw))

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else value.isoformat()

    def convert_from(self, value: Any, old: FieldType, old_def: FieldDef, f: FieldDef) -> Any:
        if isinstance(value, dt.datetime) and value.time() != dt.time():
            raise ValueError("has a time of day that a date cannot keep")
        return super().convert_from(value, old, old_def, f)

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        return lambda v: type(v) is dt.date

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        return lambda values: columns.only(values, dt.date)

    def to_json(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else value.isoformat()


class DateTimeFieldType(_CalendarHooks):
    """A date with a time of day (local time, no time zone)."""

    type = "datetime"
    default_width = 140
    label = "Date and time"
    formula_type = "datetime"
    excel_format = "yyyy-mm-dd hh:mm"
    from_iso = staticmethod(dt.datetime.fromisoformat)
    api_problem = "is not a date and time in ISO form (YYYY-MM-DDTHH:MM:SS)"
    operators = EQUALITY_OPS + ORDER_OPS

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.DateTime()

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        if isinstance(raw, dt.datetime):
            value = raw.replace(tzinfo=None)
        elif isinstance(raw, dt.date):
            value = dt.datetime.combine(raw, dt.time())
        else:
            value = parse_datetime_text(str(raw))
        # Firebird keeps 100 microsecond steps: store what every engine can give back.
        return value.replace(microsecond=value.microsecond - value.microsecond % 100)

    def format(self, value: Any, f: FieldDef) -> str:
        if value is None:
            return ""
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second or value.microsecond else "%Y-%m-%d %H:%M")

    def to_json(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else value.isoformat()

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        return lambda v: type(v) is dt.datetime and v.tzinfo is None and v.microsecond % 100 == 0

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        return lambda values: (columns.only(values, dt.datetime) and set(map(columns.tzinfo_of, values)) == {None}
                               and not any(m % 100 for m in map(columns.microsecond_of, values)))
