"""Role questions the structure rules need that core/fieldtypes has no flag for yet, answered from existing flags.

Each is a candidate for a flag on the field types (asked of the core-types owner); until then these keep the
structure code free of type names.
"""

from __future__ import annotations

from functools import cache

from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.meta import FieldDef


def free_text(t: FieldType) -> bool:
    """Any text fits (only its length is checked): a plain string or long text, not e-mail, phone or address."""
    return t.text_like and (t.long_text or t.has_length) and getattr(t, "pattern", None) is None


def offers_choices(t: FieldType) -> bool:
    """The value is one label of the field's own list (f.choices)."""
    return t.text_like and not (t.has_length or t.long_text)


def whole_number(t: FieldType) -> bool:
    """A plain whole number: exact, no digits after the point, any value a 64-bit column holds (not a rating)."""
    return t.numeric and not t.has_scale and not _takes(type(t), "0.5") and _takes(type(t), "1000000")


@cache
def _takes(kind: type[FieldType], text: str) -> bool:
    """Whether a field of the type, with no options set, keeps this number as it is."""
    t = kind()
    probe = FieldDef(0, "probe", t.type)
    try:
        value = t.parse(text, probe)
    except (ValueError, ArithmeticError):
        return False
    return value is not None and t.validate(value, probe) is None and float(value) == float(text)


def float_number(t: FieldType) -> bool:
    """An approximate number (no fixed digits after the point, but fractions allowed)."""
    return t.numeric and not t.has_scale and _takes(type(t), "0.5")


def sets_range(f: FieldDef) -> bool:
    """The field limits its values (minimum/maximum), so every value must be checked."""
    return getattr(f, "minimum", None) is not None or getattr(f, "maximum", None) is not None


def fractional_number(t: FieldType) -> bool:
    """A number that can hold a fraction (decimal, money, float)."""
    return t.numeric and (t.has_scale or float_number(t))


def holds_formula_result(t: FieldType, kind: str) -> bool:
    """Whether a stored field of this type can hold every value of a formula giving `kind` (number, string...)."""
    if t.computed or t.attachment or t.link is not None or t.formula_type != kind:
        return False
    if t.numeric:
        return fractional_number(t)  # a formula's number has digits after the point
    if t.text_like:
        return free_text(t)
    return True
