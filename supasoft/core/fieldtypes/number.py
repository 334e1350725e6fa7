"""Numeric field types: integer, decimal, money, float. Decimals are rounded half-up by us.

Each has a minimum and a maximum (RangeOptions, None = no limit) checked by validate and built into fast_check
and the bulk column checks, so an out-of-range value never skips validation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes import columns
from supasoft.core.fieldtypes.base import EQUALITY_OPS, ORDER_OPS, FieldType
from supasoft.core.fieldtypes.locales import format_number, number_text, style_of
from supasoft.core.fieldtypes.options import RangeOptions, as_bound, range_problem
from supasoft.core.fieldtypes.scaled import ScaledDecimal
from supasoft.core.fieldtypes.template_value import TemplateValue
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


_API_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")


def api_number(raw: Any) -> Any:
    """A JSON number, or a plain number text ("12.50", no separators: an API is not a person typing)."""
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str, Decimal)):
        raise ValueError("is not a number")
    if isinstance(raw, str) and (len(raw) > MAX_NUMBER_TEXT or not _API_NUMBER.match(raw)):
        raise ValueError("is not a number")
    return raw


class NumberHooks(FieldType):
    """What every number type does with spreadsheet cells, document text and API values."""

    grouped = False  # thousands separators in text (money)

    def shown_scale(self, f: FieldDef) -> int | None:
        """Digits after the point in document text; None: as many as the value has."""
        return None

    def from_cell(self, raw: Any, f: FieldDef, locale: str = "en") -> Any:
        return self.parse(number_text(raw, style_of(locale)) if isinstance(raw, str) else raw, f)

    def to_template(self, value: Any, f: FieldDef, locale: str = "en") -> TemplateValue:
        text = "" if value is None else format_number(value, self.shown_scale(f), self.grouped, style_of(locale))
        return TemplateValue(text, value)

    def from_api(self, raw: Any, f: FieldDef) -> Any:
        return None if raw is None else self.parse(api_number(raw), f)


@dataclass(frozen=True)
class IntegerOptions(RangeOptions):
    """A whole number's limits: whole numbers a 64-bit column holds."""

    def problems(self) -> list[str]:
        found = super().problems()
        for name, bound in self.bounds():
            if not found and (bound != int(bound) or not INT_MIN <= bound <= INT_MAX):
                found.append(Message("the {bound} must be a whole number that fits the field", bound=Message(name)))
        return found


@dataclass(frozen=True)
class DecimalOptions(RangeOptions):
    """An exact number's digits (precision in all, scale after the point) and limits that fit them."""

    precision: int = MAX_PRECISION
    scale: int = 2

    def problems(self) -> list[str]:
        if not isinstance(self.precision, int) or not 1 <= self.precision <= MAX_PRECISION:
            return [Message("precision must be between 1 and {limit}", limit=MAX_PRECISION)]
        if not isinstance(self.scale, int) or not 0 <= self.scale <= min(self.precision, 10):
            return [Message("scale must be between 0 and the precision (at most 10)")]
        found = super().problems()
        for name, bound in self.bounds() if not found else ():
            exact = Decimal(bound)
            if exact and exact.adjusted() >= self.precision - self.scale:
                found.append(Message("the {bound} is too large for {digits} digits before the point",
                                     bound=Message(name), digits=self.precision - self.scale))
            elif exact.as_tuple().exponent < -self.scale and exact != exact.quantize(Decimal(1).scaleb(-self.scale)):
                found.append(Message("the {bound} has more than {scale} digits after the point",
                                     bound=Message(name), scale=self.scale))
        return found


class IntegerFieldType(NumberHooks):
    """A whole number."""

    type = "integer"
    whole_number = True
    numeric = True
    alignment = "right"
    default_width = 90
    label = "Integer"
    formula_type = "number"
    operators = EQUALITY_OPS + ORDER_OPS
    options_class = IntegerOptions

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

    def validate(self, value: Any, f: FieldDef) -> str | None:
        if f.minimum is None and f.maximum is None:
            return None
        return range_problem(value, self.options(f), lambda bound: self.format(bound, f))

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else str(value)

    def from_db(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else int(value)

    def limits(self, f: FieldDef) -> tuple[int, int]:
        """The smallest and largest value allowed: the field's minimum and maximum within a 64-bit column."""
        minimum, maximum = as_bound(f.minimum), as_bound(f.maximum)
        low = INT_MIN if minimum is None else max(INT_MIN, math.ceil(minimum))
        high = INT_MAX if maximum is None else min(INT_MAX, math.floor(maximum))
        return low, high

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        low, high = self.limits(f)
        return lambda v: type(v) is int and low <= v <= high

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        low, high = self.limits(f)
        return lambda values: columns.within(values, int, low, high)


class DecimalFieldType(NumberHooks):
    """An exact decimal number with a fixed scale (digits after the point)."""

    type = "decimal"
    numeric = True
    has_scale = True
    alignment = "right"
    default_width = 100
    label = "Decimal"
    formula_type = "number"
    operators = EQUALITY_OPS + ORDER_OPS
    options_class = DecimalOptions
    default_scale = DecimalOptions.scale

    def scale_of(self, f: FieldDef) -> int:
        return self.default_scale if f.scale is None else f.scale

    def precision_of(self, f: FieldDef) -> int:
        return f.precision or MAX_PRECISION

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
        if f.minimum is None and f.maximum is None:
            return None
        return range_problem(value, self.options(f), lambda bound: self.format(self.quantize(Decimal(bound), f), f))

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else f"{value:.{self.scale_of(f)}f}"

    def shown_scale(self, f: FieldDef) -> int | None:
        return self.scale_of(f)

    def cell_format(self, f: FieldDef) -> str | None:
        scale = self.scale_of(f)
        return ("#,##0" if self.grouped else "0") + ("." + "0" * scale if scale > 0 else "")

    def to_db(self, value: Any, f: FieldDef) -> Any:
        return value

    def from_db(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else self.quantize(to_decimal(value), f)

    def to_json(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else str(value)

    def convert_from(self, value: Any, old: FieldType, old_def: FieldDef, f: FieldDef) -> Any:
        result = super().convert_from(value, old, old_def, f)
        if result is not None and isinstance(value, (int, Decimal)) and not isinstance(value, bool) and result != value:
            raise ValueError("would be rounded")
        return result

    def limits(self, f: FieldDef) -> tuple[Decimal, Decimal]:
        """The smallest and largest value allowed at the field's scale: its digits, then its minimum and maximum."""
        quantum = Decimal(1).scaleb(-self.scale_of(f))
        largest = Decimal(10) ** (self.precision_of(f) - self.scale_of(f)) - quantum
        minimum, maximum = as_bound(f.minimum), as_bound(f.maximum)
        low = -largest if minimum is None else max(-largest, Decimal(minimum))
        high = largest if maximum is None else min(largest, Decimal(maximum))
        return low, high

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        exponent = -self.scale_of(f)
        low, high = self.limits(f)

        def check(v: Any) -> bool:  # the exponent test first: then low <= v <= high is exact at this scale
            return type(v) is Decimal and v.as_tuple().exponent >= exponent and low <= v <= high

        return check

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        exponent = -self.scale_of(f)
        low, high = self.limits(f)  # exact once every exponent is at least -scale
        return lambda values: (columns.only(values, Decimal)
                               and min(map(columns.exponent_of, map(Decimal.as_tuple, values))) >= exponent
                               and low <= min(values) and max(values) <= high)


class MoneyFieldType(DecimalFieldType):
    """An amount of money: two decimals and thousands separators by default."""

    type = "money"
    default_width = 110
    label = "Money"
    grouped = True

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else format_grouped(value, self.scale_of(f))


class FloatFieldType(NumberHooks):
    """An approximate number (measurements, ratios)."""

    type = "float"
    approximate = True
    numeric = True
    alignment = "right"
    default_width = 100
    label = "Float"
    formula_type = "number"
    operators = EQUALITY_OPS + ORDER_OPS
    options_class = RangeOptions

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.Float(53)

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        value = float(to_decimal(raw))
        if not math.isfinite(value):
            raise ValueError("is too large")
        return value

    def validate(self, value: Any, f: FieldDef) -> str | None:
        if f.minimum is None and f.maximum is None:
            return None
        return range_problem(value, self.options(f), lambda bound: self.format(float(bound), f))

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else repr(float(value)).removesuffix(".0")

    def from_db(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else float(value)
