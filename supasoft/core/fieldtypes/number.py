"""Numeric field types: integer, decimal, money, float. Decimals are rounded half-up by us."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes.base import EQUALITY_OPS, ORDER_OPS, FieldType
from supasoft.core.fieldtypes.scaled import ScaledDecimal
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef
from supasoft.core.numbers import MAX_NUMBER_TEXT, bounded, bounded_decimal, bounded_int

INT_MIN, INT_MAX = -(2**63), 2**63 - 1
INT_DIGITS = 19  # 2**63 has 19 digits
MAX_PRECISION = 18  # what Firebird 3 NUMERIC holds

_SPACES = re.compile(r"[\s\u00a0\u202f']")


def normalise_number_text(text: str) -> str:
    """Accept '1 234,50', '1,234.50', '1234.5' and '-12': drop group separators, use a dot."""
    text = _SPACES.sub("", text.strip())
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        if text.count(",") == 1:
            text = text.replace(",", ".")
        else:
            text = text.replace(",", "")
    return text


def to_decimal(raw: Any) -> Decimal:
    """Any numeric input to Decimal; ValueError with a user message if it is not a number.

    Bounded (core.numbers): a text's length and exponent are checked before any big-number arithmetic,
    so hostile inputs ("1e999999999", a 100,000-digit paste) are refused in microseconds.
    """
    if isinstance(raw, bool):
        raise ValueError("is not a number")
    if isinstance(raw, Decimal):
        return bounded(raw)
    if isinstance(raw, int):
        return bounded_int(raw)
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise ValueError("is not a finite number")
        return Decimal(repr(raw))
    text = str(raw)
    if len(text) > MAX_NUMBER_TEXT:  # before the separators are even looked at
        raise ValueError(Message("is too long for a number (more than {limit} characters)", limit=MAX_NUMBER_TEXT))
    return bounded_decimal(normalise_number_text(text))


def format_grouped(value: Decimal | int, scale: int) -> str:
    """1234567.5 -> '1,234,567.50' (locale-neutral; the UI applies the user's locale)."""
    return f"{value:,.{scale}f}"


class IntegerFieldType(FieldType):
    """A whole number."""

    type = "integer"
    numeric = True
    alignment = "right"
    default_width = 90
    label = "Integer"
    formula_type = "number"
    operators = EQUALITY_OPS + ORDER_OPS
    python_type = int

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.BigInteger()

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        value = to_decimal(raw)
        if value.adjusted() > INT_DIGITS:  # more digits than any 64-bit integer: no conversion needed
            raise ValueError("is too large")
        if value != value.to_integral_value():
            raise ValueError("is not a whole number")
        number = int(value)
        if not INT_MIN <= number <= INT_MAX:
            raise ValueError("is too large")
        return number

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else str(value)

    def from_db(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else int(value)

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        return lambda v: type(v) is int and INT_MIN <= v <= INT_MAX


class DecimalFieldType(FieldType):
    """An exact decimal number with a fixed scale (digits after the point)."""

    type = "decimal"
    numeric = True
    has_scale = True
    alignment = "right"
    default_width = 100
    label = "Decimal"
    formula_type = "number"
    operators = EQUALITY_OPS + ORDER_OPS
    python_type = Decimal
    default_scale = 2

    def scale_of(self, f: FieldDef) -> int:
        return self.default_scale if f.scale is None else f.scale

    def precision_of(self, f: FieldDef) -> int:
        return f.precision or MAX_PRECISION

    def check_options(self, f: FieldDef) -> list[str]:
        problems = []
        if not 1 <= self.precision_of(f) <= MAX_PRECISION:
            problems.append(f"precision must be between 1 and {MAX_PRECISION}")
        if not 0 <= self.scale_of(f) <= min(self.precision_of(f), 10):
            problems.append("scale must be between 0 and the precision (at most 10)")
        return problems

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return ScaledDecimal(self.precision_of(f), self.scale_of(f))

    def quantize(self, value: Decimal, f: FieldDef) -> Decimal:
        return value.quantize(Decimal(1).scaleb(-self.scale_of(f)), rounding=ROUND_HALF_UP)

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        value = to_decimal(raw)
        if value and value.adjusted() >= self.precision_of(f) - self.scale_of(f):
            raise ValueError("is too large")
        try:
            value = self.quantize(value, f)
        except InvalidOperation:
            raise ValueError("is too large") from None
        return value

    def validate(self, value: Any, f: FieldDef) -> str | None:
        digits = len(value.as_tuple().digits) - max(0, -value.as_tuple().exponent) if value else 0
        if digits > self.precision_of(f) - self.scale_of(f):
            return "is too large"
        return None

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else f"{value:.{self.scale_of(f)}f}"

    def to_db(self, value: Any, f: FieldDef) -> Any:
        return value

    def from_db(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else self.quantize(to_decimal(value), f)

    def to_json(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else str(value)

    def to_export(self, value: Any, f: FieldDef) -> Any:
        return value

    def convert_from(self, value: Any, old: FieldType, old_def: FieldDef, f: FieldDef) -> Any:
        result = super().convert_from(value, old, old_def, f)
        if result is not None and isinstance(value, (int, Decimal)) and not isinstance(value, bool) and result != value:
            raise ValueError("would be rounded")
        return result

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        exponent = -self.scale_of(f)
        limit = Decimal(10) ** (self.precision_of(f) - self.scale_of(f))

        def check(v: Any) -> bool:
            return type(v) is Decimal and v.as_tuple().exponent >= exponent and -limit < v < limit

        return check


class MoneyFieldType(DecimalFieldType):
    """An amount of money: two decimals and thousands separators by default."""

    type = "money"
    default_width = 110
    label = "Money"

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else format_grouped(value, self.scale_of(f))


class FloatFieldType(FieldType):
    """An approximate number (measurements, ratios)."""

    type = "float"
    numeric = True
    alignment = "right"
    default_width = 100
    label = "Float"
    formula_type = "number"
    operators = EQUALITY_OPS + ORDER_OPS
    python_type = float

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.Float(53)

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        value = float(to_decimal(raw))
        if not math.isfinite(value):
            raise ValueError("is too large")
        return value

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else repr(float(value)).removesuffix(".0")

    def from_db(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else float(value)
