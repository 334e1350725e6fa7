"""Whole-column checks for bulk imports: the same rules as fast_check, run by C-level builtins over a column.

A million-row import then costs little more than the insert itself; any column that fails a check
sends its batch down the ordinary per-row parse path, which reports the exact problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from operator import attrgetter
from typing import Any

from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.fieldtypes.number import DecimalFieldType, IntegerFieldType
from supasoft.core.meta import FieldDef
from supasoft.core.text_input import storable

ColumnCheck = Callable[[list[Any]], bool]
_exponent = attrgetter("exponent")
_microsecond = attrgetter("microsecond")
_tzinfo = attrgetter("tzinfo")


def _only(values: list[Any], kind: type) -> bool:
    return set(map(type, values)) == {kind}


def column_check(field_type: FieldType, f: FieldDef) -> ColumnCheck | None:
    """A check over a column's non-empty values, or None when this type has no bulk fast path."""
    key = field_type.type
    if key in ("string", "email", "phone", "url"):
        limit = field_type.max_length(f)  # type: ignore[attr-defined]
        pattern = getattr(field_type, "pattern", None)

        def strings(values: list[Any]) -> bool:
            return (_only(values, str) and min(map(len, values)) > 0 and max(map(len, values)) <= limit
                    and values == list(map(str.strip, values))
                    and (pattern is None or all(map(pattern.match, values))) and storable("\n".join(values)))

        return strings
    if key == "text":
        text_limit = field_type.max_length(f)  # type: ignore[attr-defined]

        def texts(values: list[Any]) -> bool:  # no value ends with a space, so "\r\n" cannot span two of them
            return (_only(values, str) and min(map(len, values)) > 0 and max(map(len, values)) <= text_limit
                    and values == list(map(str.rstrip, values)) and "\r\n" not in (joined := "".join(values))
                    and storable(joined))

        return texts
    if key == "integer":
        low, high = IntegerFieldType().limits(f)  # the 64-bit range narrowed by the field's minimum and maximum
        return lambda values: _only(values, int) and low <= min(values) and max(values) <= high
    if key in ("decimal", "money"):
        decimal = DecimalFieldType()
        exponent = -decimal.scale_of(f)
        lowest, highest = decimal.limits(f)  # exact once every exponent is at least -scale
        return lambda values: (_only(values, Decimal) and min(map(_exponent, map(Decimal.as_tuple, values))) >= exponent
                               and lowest <= min(values) and max(values) <= highest)
    if key == "date":
        return lambda values: _only(values, dt.date)
    if key == "datetime":
        return lambda values: (_only(values, dt.datetime) and set(map(_tzinfo, values)) == {None}
                               and not any(m % 100 for m in map(_microsecond, values)))
    if key == "boolean":
        return lambda values: _only(values, bool)
    if key == "choice":
        labels = frozenset(f.choices)
        return lambda values: _only(values, str) and set(values) <= labels
    return None
