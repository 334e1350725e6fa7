"""Bounded number parsing: texts are checked by length and exponent before any big-number arithmetic.

A number text longer than MAX_NUMBER_TEXT characters, or whose magnitude lies beyond 10^±MAX_EXPONENT
(wider than every field type: Float reaches 1.8e308), is refused in microseconds. Decimal("1e999999999")
is cheap, but what follows (to_integral, quantize, int(), arithmetic) may allocate a billion digits.
"""

from __future__ import annotations

import re
from decimal import Decimal

from supasoft.core.messages import Message

MAX_NUMBER_TEXT = 400  # characters, group separators included
MAX_EXPONENT = 400  # |decimal exponent of the leading digit|
MAX_INT_BITS = 1400  # ints beyond ~10^421 are refused before conversion

_NUMBER = re.compile(r"([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?)(\d+))?\Z")
_NOT_FINITE = {"inf", "infinity", "nan", "snan"}


def bounded_decimal(text: str) -> Decimal:
    """A plain number text ('-12.5', '1e6', '.5') to Decimal; ValueError with a user message otherwise."""
    if len(text) > MAX_NUMBER_TEXT:
        raise ValueError(Message("is too long for a number (more than {limit} characters)", limit=MAX_NUMBER_TEXT))
    match = _NUMBER.match(text)
    if match is None or not (match.group(2) or match.group(3)):
        if text.lower().lstrip("+-") in _NOT_FINITE:
            raise ValueError("is not a finite number")
        raise ValueError("is not a number")
    sign, whole, fraction, exp_sign, exp_digits = match.groups()
    fraction = fraction or ""
    significant = whole.lstrip("0")
    if significant:
        leading = len(significant) - 1  # decimal exponent of the first non-zero digit, before the e-part
    else:
        rest = fraction.lstrip("0")
        if not rest:
            return Decimal(0)  # zero, whatever its exponent ("-0e99999999999")
        leading = -(len(fraction) - len(rest)) - 1
    if exp_digits is not None:
        exp_digits = exp_digits.lstrip("0") or "0"
        if len(exp_digits) > 6:  # |e| >= 10^6: far beyond MAX_EXPONENT + MAX_NUMBER_TEXT
            raise ValueError("is too large" if exp_sign != "-" else "is too close to zero to store")
        leading += -int(exp_digits) if exp_sign == "-" else int(exp_digits)
    if leading > MAX_EXPONENT:
        raise ValueError("is too large")
    if leading < -MAX_EXPONENT:
        raise ValueError("is too close to zero to store")
    return Decimal(text)


def bounded(value: Decimal) -> Decimal:
    """A Decimal that came in as a Decimal gets the same bounds as a text."""
    if not value.is_finite():
        raise ValueError("is not a finite number")
    if not value:
        return Decimal(0) if value.is_signed() or value.as_tuple().exponent != 0 else value
    if len(value.as_tuple().digits) > MAX_NUMBER_TEXT:
        raise ValueError(Message("is too long for a number (more than {limit} digits)", limit=MAX_NUMBER_TEXT))
    if value.adjusted() > MAX_EXPONENT:
        raise ValueError("is too large")
    if value.adjusted() < -MAX_EXPONENT:
        raise ValueError("is too close to zero to store")
    return value


def bounded_int(value: int) -> Decimal:
    """An int as Decimal, refusing giant ones before the (quadratic) conversion."""
    if value.bit_length() > MAX_INT_BITS:
        raise ValueError("is too large")
    return Decimal(value)
