"""The rating field type: 1 to N stars (N = the option `stars`, 3 to 10, default 5), stored as a small integer.

It is a number everywhere (sorting, filters, totals, formulas); 0 or empty means "not rated". Its option lives in
FieldDef.extra["stars"] (options.py), so this module and one line in __init__.py are the whole type; the UI draws
the stars from `options(f).stars` and the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes import columns
from supasoft.core.fieldtypes.base import EQUALITY_OPS, ORDER_OPS
from supasoft.core.fieldtypes.number import NumberHooks, to_decimal
from supasoft.core.fieldtypes.options import FieldOptions
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef

MIN_STARS, MAX_STARS, DEFAULT_STARS = 3, 10, 5
STAR, NO_STAR = "★", "☆"
_STARS_TEXT = re.compile(f"^[{STAR}{NO_STAR}*]+$")


@dataclass(frozen=True)
class RatingOptions(FieldOptions):
    """How many stars the scale has (f.extra["stars"])."""

    stars: int = DEFAULT_STARS

    def problems(self) -> list[str]:
        if isinstance(self.stars, bool) or not isinstance(self.stars, int) or not MIN_STARS <= self.stars <= MAX_STARS:
            return [Message("the number of stars must be between {low} and {high}", low=MIN_STARS, high=MAX_STARS)]
        return []


class RatingFieldType(NumberHooks):
    """A mark from 1 to N stars (customer satisfaction, priority, lead quality)."""

    type = "rating"
    label = "Rating"
    numeric = True
    alignment = "left"  # the stars read from the left, like text
    default_width = 100
    can_be_unique = False
    formula_type = "number"
    operators = EQUALITY_OPS + ORDER_OPS
    options_class = RatingOptions

    def stars(self, f: FieldDef) -> int:
        """The top of the scale (the default when the option is missing or wrong)."""
        stars = f.extra.get("stars")
        return stars if type(stars) is int and MIN_STARS <= stars <= MAX_STARS else DEFAULT_STARS

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.SmallInteger()

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        """3, "3", 3.0 or "★★★☆☆" (the filled stars count); 0 is no rating."""
        if isinstance(raw, str) and _STARS_TEXT.match(raw.strip()):
            value: Any = raw.count(STAR) + raw.count("*")
        else:
            number = to_decimal(raw)
            if number != number.to_integral_value():
                raise ValueError(Message("must be a rating from 1 to {stars}", stars=self.stars(f)))
            value = int(number) if abs(number) < 1000 else number
        if value == 0:
            return None
        if not isinstance(value, int) or not 1 <= value <= self.stars(f):
            raise ValueError(Message("must be a rating from 1 to {stars}", stars=self.stars(f)))
        return value

    def validate(self, value: Any, f: FieldDef) -> str | None:
        if not 1 <= value <= self.stars(f):
            return Message("must be a rating from 1 to {stars}", stars=self.stars(f))
        return None

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else str(value)

    def from_db(self, value: Any, f: FieldDef) -> Any:
        return None if value is None else int(value)

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        top = self.stars(f)
        return lambda v: type(v) is int and 1 <= v <= top

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        top = self.stars(f)
        return lambda values: columns.within(values, int, 1, top)

    def convert_from(self, value: Any, old: Any, old_def: FieldDef, f: FieldDef) -> Any:
        if isinstance(value, (int, Decimal, float)) and not isinstance(value, bool):
            return self.parse(value, f)  # 4.0 -> 4; 4.5 is refused, not rounded
        return super().convert_from(value, old, old_def, f)
