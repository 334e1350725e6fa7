"""The function catalogue: names, arity, signature and help; the Configurator's editor lists it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FunctionInfo:
    """One function: how to call it and what it does (max_args None = any number)."""

    name: str
    signature: str
    help: str
    min_args: int
    max_args: int | None
    aggregate: bool = False  # takes a child collection such as {Lines.Cost}


def _f(
    name: str, args: str, help_text: str, lo: int, hi: int | None, aggregate: bool = False
) -> FunctionInfo:
    return FunctionInfo(name, f"{name}({args})", help_text, lo, hi, aggregate)


_ALL = (
    _f(
        "IF",
        "condition, then, else",
        "Gives `then` when the condition is true, otherwise `else` (empty if omitted).",
        2,
        3,
    ),
    _f("ISEMPTY", "value", "TRUE when the value is empty.", 1, 1),
    _f(
        "ROUND",
        "number[, digits]",
        "Rounds half up to the given digits after the point (0 by default; negative rounds to tens...).",
        1,
        2,
    ),
    _f("ABS", "number", "The number without its sign.", 1, 1),
    _f(
        "MIN",
        "a, b, ... | {Collection.Field}",
        "The smallest non-empty value, of the arguments or of a child collection.",
        1,
        None,
    ),
    _f(
        "MAX",
        "a, b, ... | {Collection.Field}",
        "The largest non-empty value, of the arguments or of a child collection.",
        1,
        None,
    ),
    _f("CONCAT", "a, b, ...", "Joins values as text (the same as a & b); empty values add nothing.", 1, None),
    _f("LEFT", "text, n", "The first n characters of the text.", 2, 2),
    _f("RIGHT", "text, n", "The last n characters of the text.", 2, 2),
    _f("LEN", "text", "The number of characters in the text (0 when empty).", 1, 1),
    _f("UPPER", "text", "The text in capital letters.", 1, 1),
    _f("LOWER", "text", "The text in small letters.", 1, 1),
    _f("TRIM", "text", "The text without leading and trailing spaces.", 1, 1),
    _f("TODAY", "", "Today's date.", 0, 0),
    _f("NOW", "", "The current date and time (to the second).", 0, 0),
    _f("YEAR", "date", "The year of a date.", 1, 1),
    _f("MONTH", "date", "The month of a date, 1 to 12.", 1, 1),
    _f("DAY", "date", "The day of the month of a date, 1 to 31.", 1, 1),
    _f(
        "DATEADD",
        'date, n, "day"|"week"|"month"|"year"',
        "The date moved by n units (end of month is kept in range).",
        3,
        3,
    ),
    _f(
        "DATEDIFF",
        'date1, date2[, "day"|"week"|"month"|"year"|"hour"|"minute"]',
        "Whole units from date1 to date2 (days by default).",
        2,
        3,
    ),
    _f(
        "SUM",
        "{Collection.Field}",
        "The total of a field over the child records (0 when there are none).",
        1,
        1,
        True,
    ),
    _f(
        "COUNT",
        "{Collection} | {Collection.Field}",
        "How many child records there are (with the field filled in).",
        1,
        1,
        True,
    ),
    _f(
        "AVG",
        "{Collection.Field}",
        "The average of a field over the child records (empty when there are none).",
        1,
        1,
        True,
    ),
)

#: Name -> description, in the order the formula editor shows them.
FUNCTIONS: dict[str, FunctionInfo] = {f.name: f for f in _ALL}

#: Functions whose single braced argument may be a collection.
AGGREGATES: frozenset[str] = frozenset({"SUM", "COUNT", "AVG", "MIN", "MAX"})
#: Units accepted by DATEADD / DATEDIFF, with their canonical name.
DATE_UNITS: dict[str, str] = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
}
DATEADD_UNITS: frozenset[str] = frozenset({"day", "week", "month", "year"})
