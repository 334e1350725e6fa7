"""Runtime values: the Decimal context, coercion of record values and the size limits on results."""

from __future__ import annotations

import datetime as dt
import math
from decimal import (
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)

from supasoft.core.formulas.ast import BOOLEAN, DATE, DATETIME, NUMBER, STRING, Node
from supasoft.core.formulas.errors import MAX_MAGNITUDE_DIGITS, MAX_STRING, PRECISION, FormulaError
from supasoft.core.numbers import bounded_decimal

_EXP_LIMIT = 999_999


def number_context() -> Context:
    """The context every formula computes in (used via localcontext, never set globally)."""
    return Context(
        prec=PRECISION,
        rounding=ROUND_HALF_UP,
        Emax=_EXP_LIMIT,
        Emin=-_EXP_LIMIT,
        traps=[InvalidOperation, DivisionByZero, Overflow],
    )


def check_number(value: Decimal | None, node: Node) -> Decimal | None:
    """Refuse numbers of 10^1000 or more (they would only grow memory and time)."""
    if value is not None and value and value.adjusted() >= MAX_MAGNITUDE_DIGITS:
        raise FormulaError(
            f"The number is too large (10^{MAX_MAGNITUDE_DIGITS} or more)", node.pos, node.length
        )
    return value


def check_text(value: str, node: Node) -> str:
    if len(value) > MAX_STRING:
        raise FormulaError(f"The text is longer than {MAX_STRING:,} characters", node.pos, node.length)
    return value


def to_text(value: object) -> str:
    """How a value reads when joined with & or CONCAT (empty values add nothing)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Decimal):
        return "0" if value.is_zero() else format(value, "f")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second or value.microsecond else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def as_datetime(value: dt.date | dt.datetime) -> dt.datetime:
    """A date as midnight of that day, so dates and date-times can be compared."""
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def coerce(value: object, kind: str, node: Node) -> object:
    """A record value to the canonical value of its static type (ints and floats become Decimal)."""
    if value is None:
        return False if kind == BOOLEAN else None  # a yes/no field left empty means No
    try:
        if kind == NUMBER:
            return check_number(_to_decimal(value), node)
        if kind == STRING:
            return value if isinstance(value, str) else str(value)
        if kind == DATE:
            if isinstance(value, dt.datetime):
                return value.date()
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        if kind == DATETIME:
            if isinstance(value, dt.date):
                return as_datetime(value).replace(tzinfo=None)
            return dt.datetime.fromisoformat(str(value)).replace(tzinfo=None)
        if kind == BOOLEAN:
            return bool(value)
    except (ValueError, TypeError, ArithmeticError):
        raise FormulaError(
            f"The field holds a value that is not {_A[kind]}: {str(value)[:40]!r}", node.pos, node.length
        ) from None
    return value


_A = {NUMBER: "a number", DATE: "a date", DATETIME: "a date and time", STRING: "text", BOOLEAN: "yes/no"}


def _to_decimal(value: object) -> Decimal | None:
    """int/float/str/Decimal to a finite Decimal; NaN and infinities count as empty."""
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    return bounded_decimal(str(value).strip())  # length and exponent checked first (core.numbers)


def to_int(value: Decimal | None, lo: int, hi: int) -> int:
    """A number as an int truncated toward zero and clamped to [lo, hi] (None counts as 0)."""
    if value is None:
        return 0
    if value > hi:
        return hi
    if value < lo:
        return lo
    return int(value)
