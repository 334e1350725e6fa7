"""Dates and times typed by a person: read exactly in the user's order (or ISO) or refused, never half-applied.

Rules (docs/user-guide notes them too):
- a first number of four digits is a year: 2025-03-14, 2025/3/14, 2025.03.14;
- otherwise dots mean day.month.year (14.03.2025);
- otherwise the order of the user's date format (3/14/2025 in US English, 14/03/2025 in British English);
  a year-first format reads such dates day first;
- the year has four digits, or two (00-68 -> 2000s, 69-99 -> 1900s, as the import does);
- a time follows after a space or 'T': 9:05, 09:05:30, 9:05 PM (the locale's or English AM/PM words);
- anything else, or a day that does not exist (31.02.2025), raises ValueError.
"""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"(\d{1,4})([./\-])\s?(\d{1,2})[./\-]\s?(\d{1,4})\.?")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?")
_ORDER_KEYS = {"d": "d", "M": "m", "y": "y"}


def date_order(display_format: str) -> str:
    """'dmy', 'mdy' or 'ymd' from a Qt date format such as 'M/d/yyyy'."""
    order = ""
    quoted = False
    for ch in display_format:
        if ch == "'":
            quoted = not quoted
        key = None if quoted else _ORDER_KEYS.get(ch)
        if key and key not in order:
            order += key
    return order if sorted(order) == ["d", "m", "y"] else "ymd"


def _year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        short = int(text)
        return 2000 + short if short < 69 else 1900 + short
    raise ValueError("the year needs four digits")


def _read_date(match: re.Match[str], order: str) -> dt.date:
    first, separator, middle, last = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(middle), int(last)
        if len(last) > 2:
            raise ValueError("not a day")
    elif separator == "." or order != "mdy":
        day, month, year = int(first), int(middle), _year(last)
    else:
        month, day, year = int(first), int(middle), _year(last)
    return dt.date(year, month, day)  # ValueError for 31.02 or month 13


def parse_date(text: str, order: str) -> dt.date:
    """A typed date read by the rules above; ValueError when it is not exactly one date."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError("not a date")
    return _read_date(match, order)


def _hour(hour: int, meridiem: str | None) -> int:
    if meridiem is None:
        if hour > 23:
            raise ValueError("not an hour")
        return hour
    if not 1 <= hour <= 12:
        raise ValueError("not an hour on a 12-hour clock")
    return hour % 12 + (12 if meridiem == "pm" else 0)


def _split_meridiem(text: str, am_words: tuple[str, ...], pm_words: tuple[str, ...]) -> tuple[str, str | None]:
    """The time without its AM/PM word (before or after it), and which one it was."""
    folded = text.casefold()
    for kind, words in (("am", am_words), ("pm", pm_words)):
        for word in sorted({w.casefold() for w in words if w}, key=len, reverse=True):
            if folded.endswith(word):
                return text[: len(text) - len(word)].strip(), kind
            if folded.startswith(word):
                return text[len(word):].strip(), kind
    return text.strip(), None


def parse_time(text: str, am_words: tuple[str, ...] = (), pm_words: tuple[str, ...] = ()) -> dt.time:
    """A typed time of day: 24-hour, or 12-hour with an AM/PM word."""
    clock, meridiem = _split_meridiem(text.strip(), (*am_words, "am", "a.m."), (*pm_words, "pm", "p.m."))
    match = _TIME.fullmatch(clock)
    if match is None:
        raise ValueError("not a time")
    hour, minute, second, fraction = match.groups()
    micro = int((fraction or "0").ljust(6, "0"))
    return dt.time(_hour(int(hour), meridiem), int(minute), int(second or 0), micro)


def parse_datetime(
    text: str, order: str, am_words: tuple[str, ...] = (), pm_words: tuple[str, ...] = ()
) -> dt.datetime:
    """A typed date with an optional time (midnight when none)."""
    stripped = text.strip()
    match = _DATE.match(stripped)
    if match is None:
        raise ValueError("not a date")
    day = _read_date(match, order)
    rest = stripped[match.end():]
    if not rest.strip():
        return dt.datetime.combine(day, dt.time())
    if not (rest[0].isspace() or rest[0] in "Tt"):
        raise ValueError("not a date and time")
    return dt.datetime.combine(day, parse_time(rest[1:], am_words, pm_words))


__all__ = ["date_order", "parse_date", "parse_datetime", "parse_time"]
