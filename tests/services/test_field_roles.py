"""The structure rules' role questions pick exactly the types the old tables of type names listed (and no new ones)."""

from __future__ import annotations

import pytest

from supasoft.core.fieldtypes import field_types
from supasoft.services.field_roles import (
    float_number,
    fractional_number,
    free_text,
    holds_formula_result,
    offers_choices,
    whole_number,
)

# The tables structure_rules.py and type_change.py kept before the role flags (FORMULA_KINDS, STRINGS...).
FORMULA_KINDS = {"number": {"decimal", "money", "float"}, "string": {"string", "text"}, "date": {"date"},
                 "datetime": {"datetime"}, "boolean": {"boolean"}, "reference": set(), "none": set()}


def _types(question) -> set[str]:  # type: ignore[no-untyped-def]
    return {key for key in field_types.keys() if question(field_types.get(key))}


def test_plain_texts_choices_and_numbers() -> None:
    assert _types(free_text) == {"string", "text"}
    assert _types(offers_choices) == {"choice"}
    assert _types(whole_number) == {"integer"}  # a rating holds 1 to N stars, not any whole number
    assert _types(float_number) == {"float"}
    assert _types(fractional_number) == {"decimal", "money", "float"}


@pytest.mark.parametrize("kind", sorted(FORMULA_KINDS))
def test_fields_that_can_receive_a_formulas_result(kind: str) -> None:
    assert _types(lambda t: holds_formula_result(t, kind)) == FORMULA_KINDS[kind]
