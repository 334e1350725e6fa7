"""The types' flags and the structure rules' questions pick exactly the types the old tables of type names listed."""

from __future__ import annotations

import pytest

from supasoft.core.fieldtypes import field_types
from supasoft.services.field_roles import fractional_number, holds_formula_result

# The tables structure_rules.py and type_change.py kept before the role flags (FORMULA_KINDS, STRINGS...).
FORMULA_KINDS = {"number": {"decimal", "money", "float"}, "string": {"string", "text"}, "date": {"date"},
                 "datetime": {"datetime"}, "boolean": {"boolean"}, "reference": set(), "none": set()}


def _types(question) -> set[str]:  # type: ignore[no-untyped-def]
    return {key for key in field_types.keys() if question(field_types.get(key))}


def test_plain_texts_choices_and_numbers() -> None:
    assert _types(lambda t: t.free_text) == {"string", "text"}
    assert _types(lambda t: t.has_choices) == {"choice"}
    assert _types(lambda t: t.whole_number) == {"integer"}  # a rating holds 1 to N stars, not any whole number
    assert _types(lambda t: t.approximate) == {"float"}
    assert _types(fractional_number) == {"decimal", "money", "float"}


@pytest.mark.parametrize("kind", sorted(FORMULA_KINDS))
def test_fields_that_can_receive_a_formulas_result(kind: str) -> None:
    assert _types(lambda t: holds_formula_result(t, kind)) == FORMULA_KINDS[kind]
