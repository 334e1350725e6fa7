"""A numeric field's minimum and maximum: validate names the limit, and the fast paths never let a value past it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.columns import column_check
from supasoft.core.messages import translate
from supasoft.core.meta import FieldDef


def fdef(type_: str, **kw: object) -> FieldDef:
    return FieldDef(1, "F", type_, **kw)  # type: ignore[arg-type]


DISCOUNT = fdef("decimal", scale=2, minimum=0, maximum=1)


def _problem(f: FieldDef, raw: object) -> str | None:
    field_type = field_types.get(f.type)
    return field_type.validate(field_type.parse(raw, f), f)


@pytest.mark.parametrize(("f", "raw", "problem"), [
    (DISCOUNT, "1,5", "must be at most 1.00"),
    (DISCOUNT, "-0.01", "must be at least 0.00"),
    (fdef("money", minimum=Decimal("0.50")), "0.49", "must be at least 0.50"),
    (fdef("money", maximum=1000000), "1000000.01", "must be at most 1,000,000.00"),
    (fdef("integer", minimum=1), "0", "must be at least 1"),
    (fdef("integer", minimum=-5, maximum=5), 6, "must be at most 5"),
    (fdef("float", minimum=0.5), "0,25", "must be at least 0.5"),
    (fdef("float", maximum=Decimal("1.5")), 1.5000001, "must be at most 1.5"),
])
def test_a_value_outside_the_range_is_refused(f: FieldDef, raw: object, problem: str) -> None:
    assert _problem(f, raw) == problem


@pytest.mark.parametrize(("f", "raw"), [
    (DISCOUNT, "0"), (DISCOUNT, "1"), (DISCOUNT, "0,15"), (fdef("integer", minimum=1), 1),
    (fdef("float", minimum=0.5, maximum=0.5), "0.5"), (fdef("integer"), -(2**63)), (fdef("decimal"), "-5"),
])
def test_a_value_inside_the_range_passes(f: FieldDef, raw: object) -> None:
    assert _problem(f, raw) is None


def test_the_message_is_translated() -> None:
    problem = _problem(DISCOUNT, "2")
    assert translate(problem, "pl") == "musi wynosić najwyżej 1.00"
    assert translate(problem, "ru") == "должно быть не больше 1.00"


@pytest.mark.parametrize(("f", "inside", "outside"), [
    (DISCOUNT, [Decimal("0.00"), Decimal("1.00"), Decimal("0.5")], [Decimal("1.01"), Decimal("-0.01"), Decimal("1.5")]),
    (fdef("money", maximum=Decimal("99.99")), [Decimal("99.99")], [Decimal("100.00")]),
    (fdef("integer", minimum=1, maximum=10), [1, 10], [0, 11, -(2**63)]),
    (fdef("integer", minimum=Decimal("0.5")), [1], [0]),
])
def test_the_fast_checks_fail_for_values_outside_the_range(f: FieldDef, inside: list, outside: list) -> None:
    field_type = field_types.get(f.type)
    fast = field_type.fast_check(f)
    column = column_check(field_type, f)
    assert fast is not None and column is not None
    assert all(map(fast, inside)) and column(inside)
    for value in outside:
        assert not fast(value), value
        assert not column(inside + [value]), value


def test_without_limits_the_fast_checks_keep_the_column_range() -> None:
    money, integer = fdef("money", precision=4, scale=2), fdef("integer")
    fast_money, fast_integer = field_types.get("money").fast_check(money), field_types.get("integer").fast_check(integer)
    assert fast_money(Decimal("99.99")) and fast_money(Decimal("-99.99")) and not fast_money(Decimal("100.00"))
    assert fast_integer(2**63 - 1) and not fast_integer(2**63)
    assert not fast_money(Decimal("1.234"))  # more digits than the scale: parse rounds it
