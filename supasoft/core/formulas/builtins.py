"""Implementations of the scalar functions on already evaluated arguments (pure, no records)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, localcontext

from supasoft.core.formulas.ast import DATETIME, Node
from supasoft.core.formulas.errors import MAX_MAGNITUDE_DIGITS, MAX_STRING, FormulaError
from supasoft.core.formulas.values import as_datetime, to_int, to_text

_US = {"day": 86_400_000_000, "week": 7 * 86_400_000_000, "hour": 3_600_000_000, "minute": 60_000_000}
_BIG = 10**7  # more days/months than any date range holds


def round_half_up(x: Decimal | None, places: Decimal | None = None) -> Decimal | None:
    """ROUND: half away from zero, like money; negative places round to tens, hundreds..."""
    if x is None:
        return None
    n = to_int(places, -MAX_MAGNITUDE_DIGITS, MAX_MAGNITUDE_DIGITS)
    if x.as_tuple().exponent >= -n:  # type: ignore[operator]
        return x
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, len(x.as_tuple().digits) + 2)
        result = x.quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)
        if n < 0 and result.adjusted() < ctx.prec:
            result = result.quantize(Decimal(1))  # 1.2E+3 -> 1200
    return Decimal(0) if result.is_zero() else result


def shift_days(value: dt.date, days: Decimal | None) -> dt.date | None:
    """date + n days (whole days for dates, exact for date-times); None when out of range."""
    try:
        if isinstance(value, dt.datetime):
            micro = int((days or Decimal(0)) * _US["day"])
            return value + dt.timedelta(microseconds=micro)
        return value + dt.timedelta(days=to_int(days, -_BIG, _BIG))
    except (OverflowError, ValueError):
        return None


def days_between(a: dt.date, b: dt.date) -> Decimal:
    """a - b in days (fractional when a time of day is involved)."""
    if not isinstance(a, dt.datetime) and not isinstance(b, dt.datetime):
        return Decimal((a - b).days)
    delta = as_datetime(a) - as_datetime(b)
    micro = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return Decimal(micro) / _US["day"]


def add_months(value: dt.date, months: int) -> dt.date | None:
    """Move by whole months, keeping the day within the target month (Jan 31 + 1 month = Feb 28/29)."""
    total = value.year * 12 + value.month - 1 + months
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        return None
    day = min(value.day, calendar.monthrange(year, month + 1)[1])
    return value.replace(year=year, month=month + 1, day=day)


def date_add(value: dt.date | None, amount: Decimal | None, unit: str) -> dt.date | None:
    """DATEADD: None for an empty date or a result outside years 1..9999."""
    if value is None:
        return None
    n = to_int(amount, -_BIG, _BIG)
    if unit in ("month", "year"):
        return add_months(value, n * 12 if unit == "year" else n)
    try:
        if unit in ("hour", "minute"):
            return value + dt.timedelta(microseconds=n * _US[unit])
        return value + dt.timedelta(days=n * (7 if unit == "week" else 1))
    except (OverflowError, ValueError):
        return None


def _toward_zero(numerator: int, denominator: int) -> int:
    quotient = abs(numerator) // denominator
    return quotient if numerator >= 0 else -quotient


def date_diff(first: dt.date | None, second: dt.date | None, unit: str) -> Decimal | None:
    """DATEDIFF: whole units from first to second (second - first), truncated toward zero."""
    if first is None or second is None:
        return None
    if unit in ("month", "year"):
        a, b = as_datetime(first), as_datetime(second)
        months = (b.year - a.year) * 12 + b.month - a.month
        # A day past the end of the shorter month counts as its last day (Jan 31 -> Feb 29 = 1 month).
        tail_a = (min(a.day, calendar.monthrange(b.year, b.month)[1]), a.time())
        tail_b = (min(b.day, calendar.monthrange(a.year, a.month)[1]), b.time())
        if months > 0 and tail_b < tail_a:
            months -= 1
        elif months < 0 and tail_b > tail_a:
            months += 1
        return Decimal(_toward_zero(months, 12) if unit == "year" else months)
    if unit in ("day", "week") and not isinstance(first, dt.datetime) and not isinstance(second, dt.datetime):
        return Decimal(_toward_zero((second - first).days, 7 if unit == "week" else 1))
    delta = as_datetime(second) - as_datetime(first)
    micro = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return Decimal(_toward_zero(micro, _US[unit]))


def left(text: str | None, count: Decimal | None) -> str | None:
    return None if text is None else text[: max(0, to_int(count, 0, len(text)))]


def right(text: str | None, count: Decimal | None) -> str | None:
    if text is None:
        return None
    n = to_int(count, 0, len(text))
    return text[len(text) - n :]


def concat(values: list[object], node: Node) -> str:
    """CONCAT / &: join as text, refusing results over the size limit before building them."""
    parts = [to_text(v) for v in values]
    if sum(len(p) for p in parts) > MAX_STRING:
        raise FormulaError(f"The text is longer than {MAX_STRING:,} characters", node.pos, node.length)
    return "".join(parts)


def pick(values: list[object], node: Node, largest: bool) -> object:
    """MIN/MAX of the non-empty values; dates become date-times when mixed with them."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    if node.type == DATETIME:
        present = [as_datetime(v) for v in present]  # type: ignore[arg-type]
    return max(present) if largest else min(present)  # type: ignore[type-var]


def _upper(s: str | None) -> str | None:
    return None if s is None else s.upper()


def _lower(s: str | None) -> str | None:
    return None if s is None else s.lower()


def _trim(s: str | None) -> str | None:
    return None if s is None else s.strip(" ")


def _part(attr: str) -> Callable[[dt.date | None], Decimal | None]:
    def get(value: dt.date | None) -> Decimal | None:
        return None if value is None else Decimal(getattr(value, attr))

    return get


#: Functions whose result depends only on their arguments: name -> implementation.
PLAIN: dict[str, Callable[..., object]] = {
    "ROUND": round_half_up,
    "ABS": lambda x: None if x is None else abs(x),
    "LEFT": left,
    "RIGHT": right,
    "LEN": lambda s: Decimal(0 if s is None else len(s)),
    "UPPER": _upper,
    "LOWER": _lower,
    "TRIM": _trim,
    "YEAR": _part("year"),
    "MONTH": _part("month"),
    "DAY": _part("day"),
    "DATEADD": date_add,
    "DATEDIFF": date_diff,
    "ISEMPTY": lambda v: v is None or v == "",
}
