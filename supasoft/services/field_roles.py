"""Structure questions built from the field types' flags: which values a field can hold or must have checked."""

from __future__ import annotations

from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.meta import FieldDef


def sets_range(f: FieldDef) -> bool:
    """The field limits its values (minimum/maximum), so every value must be checked."""
    return f.minimum is not None or f.maximum is not None


def fractional_number(t: FieldType) -> bool:
    """A number that can hold a fraction (decimal, money, float)."""
    return t.numeric and (t.has_scale or t.approximate)


def holds_formula_result(t: FieldType, kind: str) -> bool:
    """Whether a stored field of this type can hold every value of a formula giving `kind` (number, string...)."""
    if t.computed or t.attachment or t.link is not None or t.formula_type != kind:
        return False
    if t.numeric:
        return fractional_number(t)  # a formula's number has digits after the point
    if t.text_like:
        return t.free_text
    return True
