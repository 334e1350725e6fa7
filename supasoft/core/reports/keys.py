"""Date-part group keys: from what the database returns to a key, its label, and the dates it covers.

The database answers a date part as a number (month: year*100+month, quarter: year*10+quarter, year,
weekday 1..7 from Monday, month_of_year 1..12) or a date (day; week: its Monday). Keys of periods are
the period's first day, so they sort in time order and turn into exact ranges for drill-down.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from supasoft.core.messages import Message

EMPTY_LABEL = Message("(empty)")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
PERIODS = ("day", "week", "month", "quarter", "year")  # parts whose key is one span of time


def _as_date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    return dt.date.fromisoformat(str(raw)[:10])


def part_key(part: str, raw: Any) -> Any:
    """The group key of a date part from the database's answer (None stays None: the empty group)."""
    if raw is None:
        return None
    if part in ("day", "week"):
        return _as_date(raw)
    number = int(raw)
    if part == "month":
        return dt.date(number // 100, number % 100, 1)
    if part == "quarter":
        return dt.date(number // 10, (number % 10 - 1) * 3 + 1, 1)
    if part == "year":
        return dt.date(number, 1, 1)
    return number  # weekday, month_of_year


def part_label(part: str, key: Any) -> str:
    """What users see for a date-part key: 2025-03-14, 2025-W11, 2025-03, 2025-Q1, 2025, Monday, March; a Message,
    so the UI words it in the user's language (14.03.2025, 1 kw. 2025, 1 кв. 2025, poniedziałek)."""
    if key is None:
        return EMPTY_LABEL
    if part == "day":
        return Message("{year}-{month:02d}-{day:02d}", year=key.year, month=key.month, day=key.day)
    if part == "week":
        year, week, _ = key.isocalendar()
        return Message("{year}-W{week:02d}", year=year, week=week)
    if part == "month":
        return Message("{year}-{month:02d}", year=key.year, month=key.month)
    if part == "quarter":
        return Message("{year}-Q{quarter}", year=key.year, quarter=(key.month - 1) // 3 + 1)
    if part == "year":
        return str(key.year)
    if part == "weekday":
        return Message(WEEKDAYS[key - 1])
    return Message(MONTHS[key - 1])


def period_end(part: str, start: dt.date) -> dt.date:
    """The first day after the period that starts at `start`."""
    if part == "day":
        return start + dt.timedelta(days=1)
    if part == "week":
        return start + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[part]
    total = start.year * 12 + start.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def spans(part: str, key: int, first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The [start, end) spans of a repeating part (a weekday, a month of the year) between two dates."""
    out: list[tuple[dt.date, dt.date]] = []
    if part == "weekday":
        day = first + dt.timedelta(days=(key - first.isoweekday()) % 7)
        while day <= last:
            out.append((day, day + dt.timedelta(days=1)))
            day += dt.timedelta(days=7)
        return out
    for year in range(first.year, last.year + 1):
        start = dt.date(year, key, 1)
        end = period_end("month", start)
        if end > first and start <= last:
            out.append((start, end))
    return out
