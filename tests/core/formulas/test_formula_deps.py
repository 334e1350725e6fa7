"""dependency_order: formula fields computed after the formula fields they read; cycles named."""

from __future__ import annotations

import pytest

from supasoft.core.formulas import FormulaError, compile_formula, dependency_order
from supasoft.core.meta import Configuration, FieldDef, ObjectDef


def build(formulas: dict[str, str]) -> tuple[Configuration, ObjectDef, dict[int, object]]:
    """An object with Price (id 1) and one formula field per entry, ids from 10 in the given order."""
    fields = [FieldDef(1, "Price", "decimal"), FieldDef(2, "Parent", "reference", target=7)]
    for i, (name, text) in enumerate(formulas.items()):
        fields.append(FieldDef(10 + i, name, "formula", formula=text, result_type="number"))
    obj = ObjectDef(7, "Item", "Items", fields=fields)
    config = Configuration(objects=[obj])
    compiled = {f.id: compile_formula(f.formula, config, obj) for f in fields if f.formula}
    return config, obj, compiled


def test_each_formula_comes_after_what_it_reads():
    config, obj, compiled = build({"A": "{B} + 1", "B": "{C} * 2", "C": "{Price}", "D": "{A} + {C}"})
    order = dependency_order(compiled, config, obj)
    assert order == [12, 11, 10, 13]  # C, B, A, D


def test_independent_formulas_keep_field_order():
    config, obj, compiled = build({"X": "{Price}", "Y": "1", "Z": "{Price} * 2"})
    assert dependency_order(compiled, config, obj) == [10, 11, 12]


def test_reads_through_references_do_not_order():
    # {Parent.B} is another record's stored value, so it is not a dependency within this record.
    config, obj, compiled = build({"A": "{Parent.B} + 1", "B": "{Parent.A} + 1"})
    assert dependency_order(compiled, config, obj) == [10, 11]


def test_only_given_formulas_are_ordered():
    config, obj, compiled = build({"A": "{B} + 1", "B": "{Price}"})
    del compiled[11]
    assert dependency_order(compiled, config, obj) == [10]
    assert dependency_order({}, config, obj) == []


def test_cycle_names_its_fields():
    config, obj, compiled = build({"A": "{B} + 1", "B": "{C} + 1", "C": "{A} + 1", "D": "{Price}"})
    with pytest.raises(FormulaError) as info:
        dependency_order(compiled, config, obj)
    err = info.value
    assert err.message == "Formulas refer to each other in a circle: {A} → {B} → {C} → {A}"
    assert str(err) == err.message
    assert err.position is None
    assert set(err.field_ids) == {10, 11, 12}


def test_cycle_found_from_a_later_field():
    config, obj, compiled = build({"A": "{Price}", "B": "{C}", "C": "{B}"})
    with pytest.raises(FormulaError, match=r"\{B\} → \{C\} → \{B\}") as info:
        dependency_order(compiled, config, obj)
    assert set(info.value.field_ids) == {11, 12}


def test_self_loop_when_compiled_without_self_field_id():
    config, obj, compiled = build({"A": "{A} + 1"})
    with pytest.raises(FormulaError, match=r"circle: \{A\} → \{A\}"):
        dependency_order(compiled, config, obj)


def test_self_reference_is_refused_at_compile_time():
    config, obj, _ = build({})
    obj.fields.append(FieldDef(50, "Loop", "formula", formula="{loop} * 2"))
    with pytest.raises(FormulaError, match="refers to its own field") as info:
        compile_formula("{loop} * 2", config, obj, self_field_id=50)
    assert (info.value.position, info.value.length) == (1, 4)


def test_long_chain_is_ordered_without_recursion():
    names = {f"F{i}": (f"{{F{i + 1}}} + 1" if i < 1499 else "{Price}") for i in range(1500)}
    config, obj, compiled = build(names)
    order = dependency_order(compiled, config, obj)
    assert order == list(range(10 + 1499, 9, -1))
