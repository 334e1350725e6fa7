"""Whole-column checks for bulk imports: the same rules as fast_check, run by C-level builtins over a column.

A million-row import then costs little more than the insert itself; any column that fails a check
sends its batch down the ordinary per-row parse path, which reports the exact problem. Each type builds its own
check (FieldType.column_check) from the helpers here.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from supasoft.core.meta import FieldDef

if TYPE_CHECKING:
    from supasoft.core.fieldtypes.base import FieldType

ColumnCheck = Callable[[list[Any]], bool]
exponent_of = attrgetter("exponent")
microsecond_of = attrgetter("microsecond")
tzinfo_of = attrgetter("tzinfo")


def only(values: list[Any], kind: type) -> bool:
    """Every value is exactly of this type (no subclasses: True is not an int here)."""
    return set(map(type, values)) == {kind}


def within(values: list[Any], kind: type, low: Any, high: Any) -> bool:
    """Every value is of this type and between low and high (inclusive)."""
    return only(values, kind) and low <= min(values) and max(values) <= high


def column_check(field_type: FieldType, f: FieldDef) -> ColumnCheck | None:
    """A check over a column's non-empty values, or None when this type has no bulk fast path."""
    return field_type.column_check(f)
