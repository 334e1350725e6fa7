"""Per-type options: each field type declares a frozen dataclass of what the admin sets, and checks it there.

Design (backward compatible): FieldDef keeps its flat option attributes (length, precision, scale, minimum,
maximum, target, formula, result_type, choices, max_bytes; core.meta.OPTION_ATTRIBUTES) as the stored shape,
so every configuration document and every `f.length` / `f.target` read keeps working. A type's options object
is the typed, read-only view of the attributes that type uses:

    field_types.get(f.type).options(f)     -> e.g. DecimalOptions(precision=18, scale=2, minimum=0, maximum=1)
    field_types.get(f.type).check_options(f) -> the options' problems() (messages for the admin)
    store_options(f, options)              -> writes an options object back into the FieldDef

A None attribute means "the type's default": the options object holds the value in effect (a string's length
is 255 when the admin left it empty). An option no FieldDef attribute names (rating's `stars`) lives in
`f.extra`, a JSON object, so a new type adds options without changing FieldDef or the document format.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from supasoft.core.messages import Message
from supasoft.core.meta import OPTION_ATTRIBUTES, Bound, FieldDef

Opts = TypeVar("Opts", bound="FieldOptions")


@dataclass(frozen=True)
class FieldOptions:
    """A type without options; subclasses add fields named like the FieldDef attribute (or `extra` key) they read."""

    @classmethod
    def of(cls: type[Opts], f: FieldDef) -> Opts:
        """The options in effect for f: its attributes (or extra keys), the class default where they are None."""
        values: dict[str, Any] = {}
        for spec in dataclasses.fields(cls):
            raw = getattr(f, spec.name) if spec.name in OPTION_ATTRIBUTES else f.extra.get(spec.name)
            if raw is not None:
                values[spec.name] = raw
        return cls(**values)

    def problems(self) -> list[str]:
        """What is wrong with these options, each a predicate for the admin ("length must be between 1 and 8000")."""
        return []


def store_options(f: FieldDef, options: FieldOptions) -> None:
    """Write an options object's values into the field (attributes, else f.extra)."""
    for spec in dataclasses.fields(options):
        value = getattr(options, spec.name)
        if spec.name in OPTION_ATTRIBUTES:
            setattr(f, spec.name, value)
        else:
            f.extra = {**f.extra, spec.name: value}


def as_bound(value: Any) -> Bound | None:
    """A minimum/maximum as given (int, Decimal, float, number text) to an int or exact Decimal; None if not a number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    try:
        number = value if isinstance(value, Decimal) else Decimal(repr(value) if isinstance(value, float) else str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


@dataclass(frozen=True)
class RangeOptions(FieldOptions):
    """A numeric type's smallest and largest allowed value (None = no limit); floats and texts become Decimals."""

    minimum: Any = None
    maximum: Any = None

    def __post_init__(self) -> None:
        for name in ("minimum", "maximum"):
            raw = getattr(self, name)
            bound = as_bound(raw)
            if bound is not None and bound is not raw:
                object.__setattr__(self, name, bound)

    def problems(self) -> list[str]:
        found: list[str] = []
        for name, raw in (("minimum", self.minimum), ("maximum", self.maximum)):
            if raw is not None and as_bound(raw) is None:
                found.append(Message("the {bound} must be a number", bound=Message(name)))
        if not found and self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            found.append(Message("the minimum ({minimum}) is above the maximum ({maximum})",
                                 minimum=self.minimum, maximum=self.maximum))
        return found

    def bounds(self) -> tuple[tuple[str, Bound], ...]:
        """The limits that are set, as (name, value) pairs."""
        return tuple((name, value) for name, value in (("minimum", self.minimum), ("maximum", self.maximum))
                     if value is not None)


def range_problem(value: Any, options: RangeOptions, shown: Any = None) -> str | None:
    """'must be at least 0' / 'must be at most 1' when a number is outside the options' range; shown formats the bound."""
    show = shown or str
    if options.minimum is not None and value < options.minimum:
        return Message("must be at least {minimum}", minimum=show(options.minimum))
    if options.maximum is not None and value > options.maximum:
        return Message("must be at most {maximum}", maximum=show(options.maximum))
    return None


__all__ = ["FieldOptions", "RangeOptions", "as_bound", "range_problem", "store_options"]
