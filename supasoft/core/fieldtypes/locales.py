"""How a language writes numbers, dates and yes/no: for spreadsheet cells read in (from_cell) and document text (to_template).

A locale is a name such as "pl_PL", "ru", "en_US" or "de-DE"; only its language (and, for English, the US month-first
dates) matters. An unknown language reads and writes like English with ISO dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from supasoft.core.fieldtypes.temporal import parse_date_text, parse_datetime_text


@dataclass(frozen=True)
class LocaleStyle:
    """The separators, date order and yes/no words of one language."""

    decimal: str = "."
    group: str = ","
    date_format: str = "%Y-%m-%d"
    month_first: bool = False  # 03/04/2025 is March 4th (US), not April 3rd
    yes: str = "Yes"
    no: str = "No"


_NBSP = "\u00a0"
_STYLES: dict[str, LocaleStyle] = {
    "en": LocaleStyle(),
    "pl": LocaleStyle(",", _NBSP, "%d.%m.%Y", yes="Tak", no="Nie"),
    "ru": LocaleStyle(",", _NBSP, "%d.%m.%Y", yes="Да", no="Нет"),
    "uk": LocaleStyle(",", _NBSP, "%d.%m.%Y", yes="Так", no="Ні"),
    "de": LocaleStyle(",", ".", "%d.%m.%Y", yes="Ja", no="Nein"),
    "fr": LocaleStyle(",", _NBSP, "%d/%m/%Y", yes="Oui", no="Non"),
}
_US = LocaleStyle(date_format="%m/%d/%Y", month_first=True)


def style_of(locale: str | None) -> LocaleStyle:
    """The style of a locale name ('pl_PL' -> Polish; 'en_US' -> US dates; unknown -> English)."""
    name = (locale or "en").replace("-", "_")
    language, _, country = name.partition("_")
    if language.lower() == "en" and country.upper() == "US":
        return _US
    return _STYLES.get(language.lower(), _STYLES["en"])


_SPACES = re.compile(r"[\s\u00a0\u202f']")
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d*)?$")


def number_text(text: str, style: LocaleStyle) -> str:
    """'1 234,56' (Polish), '1.234,56' (German) or '1,234.56' (English) to '1234.56'; other text unchanged for parse.

    A comma is the decimal separator where the language uses one; in English it separates thousands only when
    it is followed by groups of three digits ('1,234'), so '1,5' still reads as one and a half.
    """
    text = _SPACES.sub("", text.strip())
    if style.decimal == ",":
        if "," in text:
            return text.replace(".", "").replace(",", ".")
        if style.group == "." and text.count(".") > 1:
            return text.replace(".", "")
        return text
    if _THOUSANDS.match(text):
        return text.replace(",", "")
    return text


_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(.*)$")


def date_text(text: str, style: LocaleStyle) -> str:
    """A US month-first '03/14/2025' to '14.03.2025' so the day-first parsers read it; other text unchanged."""
    match = _SLASHED.match(text) if style.month_first else None
    if match is None:
        return text
    month, day, year, rest = match.groups()
    return f"{day}.{month}.{year}{rest}"


def parse_local_date(text: str, style: LocaleStyle) -> dt.date:
    """A date as the locale writes it ('14.03.2025', '03/14/2025' in the US, ISO anywhere)."""
    return parse_date_text(date_text(text, style))


def parse_local_datetime(text: str, style: LocaleStyle) -> dt.datetime:
    """A date and time as the locale writes it."""
    return parse_datetime_text(date_text(text, style))


EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def from_excel_serial(serial: float) -> dt.datetime:
    """An Excel date number (days since 1899-12-30, a fraction for the time) to a date and time."""
    if not 0 <= serial < 2958466:  # up to 9999-12-31
        raise ValueError("is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
    return EXCEL_EPOCH + dt.timedelta(days=serial)


def format_number(value: Decimal | int | float, scale: int | None, grouped: bool, style: LocaleStyle) -> str:
    """A number with the locale's separators: scale digits after the point (None: as many as it has)."""
    text = f"{value:{',' if grouped else ''}.{scale}f}" if scale is not None else _plain(value, grouped)
    return text.replace(",", "\0").replace(".", style.decimal).replace("\0", style.group)


def _plain(value: Decimal | int | float, grouped: bool) -> str:
    if isinstance(value, float):
        text = repr(value).removesuffix(".0")
        if "e" in text or not grouped:
            return text
        whole, _, fraction = text.partition(".")
        return f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    return f"{value:,}" if grouped else str(value)


def format_date(value: dt.date, style: LocaleStyle) -> str:
    """A date as the locale writes it; a date and time adds HH:MM (and seconds when there are any)."""
    if isinstance(value, dt.datetime):
        clock = "%H:%M:%S" if value.second or value.microsecond else "%H:%M"
        return value.strftime(f"{style.date_format} {clock}")
    return value.strftime(style.date_format)


__all__ = [
    "LocaleStyle", "style_of", "number_text", "date_text", "parse_local_date", "parse_local_datetime",
    "from_excel_serial", "format_number", "format_date",
]
