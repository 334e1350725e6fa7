"""Each field type declares its options as a frozen dataclass, checks them, and the document format keeps them."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.choice import ChoiceOptions
from supasoft.core.fieldtypes.file import FileOptions
from supasoft.core.fieldtypes.formula import FormulaOptions
from supasoft.core.fieldtypes.number import DecimalOptions, IntegerOptions
from supasoft.core.fieldtypes.options import FieldOptions, RangeOptions, store_options
from supasoft.core.fieldtypes.reference import ReferenceOptions
from supasoft.core.fieldtypes.text import PhoneOptions, StringOptions, TextOptions
from supasoft.core.messages import translate
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.core.serialization import DocumentError, configuration_from_json, configuration_to_json


def fdef(type_: str, **kw: object) -> FieldDef:
    return FieldDef(1, "F", type_, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("key", "options_class"), [
    ("string", StringOptions), ("phone", PhoneOptions), ("text", TextOptions), ("integer", IntegerOptions),
    ("decimal", DecimalOptions), ("money", DecimalOptions), ("float", RangeOptions), ("choice", ChoiceOptions),
    ("reference", ReferenceOptions), ("user", FieldOptions), ("formula", FormulaOptions), ("file", FileOptions),
    ("date", FieldOptions), ("boolean", FieldOptions),
])
def test_every_type_declares_a_frozen_options_class(key: str, options_class: type) -> None:
    field_type = field_types.get(key)
    assert field_type.options_class is options_class
    options = field_type.options(fdef(key))
    assert type(options) is options_class
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.anything = 1  # type: ignore[attr-defined]


def test_options_hold_the_values_in_effect() -> None:
    assert field_types.get("string").options(fdef("string")) == StringOptions(length=255)
    assert field_types.get("phone").options(fdef("phone")).length == 40
    assert field_types.get("string").options(fdef("string", length=30)).length == 30
    money = field_types.get("money").options(fdef("money", scale=0, minimum=0, maximum=Decimal("1000")))
    assert money == DecimalOptions(minimum=0, maximum=Decimal("1000"), precision=18, scale=0)
    assert field_types.get("choice").options(fdef("choice", choices=("a", "b"))).choices == ("a", "b")
    assert field_types.get("reference").options(fdef("reference", target=7)).target == 7
    assert field_types.get("formula").options(fdef("formula", formula="1+1")) == FormulaOptions("1+1", "number", None)


def test_a_float_or_a_text_bound_becomes_an_exact_decimal() -> None:
    options = field_types.get("decimal").options(fdef("decimal", minimum=0.1, maximum="2,5".replace(",", ".")))
    assert options.minimum == Decimal("0.1") and options.maximum == Decimal("2.5")


@pytest.mark.parametrize(("key", "kw", "problem"), [
    ("string", {"length": 0}, "length must be between 1 and 8000"),
    ("string", {"length": 9000}, "length must be between 1 and 8000"),
    ("decimal", {"precision": 19}, "precision must be between 1 and 18"),
    ("decimal", {"scale": 11}, "scale must be between 0 and the precision (at most 10)"),
    ("decimal", {"minimum": 2, "maximum": 1}, "the minimum (2) is above the maximum (1)"),
    ("decimal", {"minimum": Decimal("0.001")}, "the minimum has more than 2 digits after the point"),
    ("decimal", {"precision": 4, "maximum": 100}, "the maximum is too large for 2 digits before the point"),
    ("money", {"minimum": "abc"}, "the minimum must be a number"),
    ("integer", {"minimum": Decimal("0.5")}, "the minimum must be a whole number that fits the field"),
    ("integer", {"maximum": 2**70}, "the maximum must be a whole number that fits the field"),
    ("float", {"minimum": 5, "maximum": -5}, "the minimum (5) is above the maximum (-5)"),
    ("choice", {}, "needs at least one choice"),
    ("choice", {"choices": ("A", "a")}, "has the same choice twice"),
    ("reference", {}, "needs an external object"),
    ("formula", {}, "needs a formula"),
    ("formula", {"formula": "1", "scale": 11}, "scale must be between 0 and 10"),
    ("formula", {"formula": "1", "result_type": "colour"}, "has an unknown result type"),
    ("file", {"max_bytes": 0}, "the size limit must be a positive number of bytes"),
])
def test_check_options_names_the_problem(key: str, kw: dict, problem: str) -> None:
    assert problem in field_types.get(key).check_options(fdef(key, **kw))


@pytest.mark.parametrize(("key", "kw"), [
    ("string", {}), ("string", {"length": 8000}), ("decimal", {"minimum": 0, "maximum": 1}),
    ("decimal", {"precision": 4, "scale": 2, "maximum": Decimal("99.99")}), ("integer", {"minimum": 1}),
    ("float", {"minimum": -1.5, "maximum": 1e10}), ("money", {"minimum": Decimal("0.50")}), ("user", {}),
    ("date", {}), ("text", {}),
])
def test_good_options_have_no_problems(key: str, kw: dict) -> None:
    assert field_types.get(key).check_options(fdef(key, **kw)) == []


def test_option_problems_are_translated() -> None:
    [problem] = field_types.get("decimal").check_options(fdef("decimal", minimum=3, maximum=1))
    assert translate(problem, "pl") == "minimum (3) jest większe niż maksimum (1)"
    [problem] = field_types.get("integer").check_options(fdef("integer", minimum="x"))
    assert translate(problem, "ru") == "минимальное значение должно быть числом"


def test_store_options_writes_attributes_and_extra() -> None:
    @dataclasses.dataclass(frozen=True)
    class Stars(FieldOptions):
        stars: int = 5

    f = fdef("integer")
    store_options(f, DecimalOptions(minimum=0, maximum=1, precision=10, scale=3))
    assert (f.minimum, f.maximum, f.precision, f.scale) == (0, 1, 10, 3)
    store_options(f, Stars(stars=7))
    assert f.extra == {"stars": 7}
    assert Stars.of(f) == Stars(7) and Stars.of(fdef("integer")) == Stars(5)


def _document(**kw: object) -> str:
    config = Configuration(objects=[ObjectDef(1, "Deal", "Deals", [fdef("decimal", **kw)])], next_id=2)
    return configuration_to_json(config)


def test_a_json_round_trip_keeps_exact_bounds_and_extra_options() -> None:
    text = _document(minimum=0, maximum=Decimal("0.15"), extra={"stars": 4})
    plain = json.loads(text)["objects"][0]["fields"][0]
    assert (plain["minimum"], plain["maximum"], plain["extra"]) == (0, "0.15", {"stars": 4})
    f = configuration_from_json(text).objects[0].fields[0]
    assert f.minimum == 0 and type(f.minimum) is int
    assert f.maximum == Decimal("0.15") and type(f.maximum) is Decimal
    assert f.extra == {"stars": 4}


def test_a_document_without_bounds_still_loads() -> None:
    doc = json.loads(_document())
    assert not {"minimum", "maximum", "extra"} & set(doc["objects"][0]["fields"][0])  # unset: not written
    f = configuration_from_json(json.dumps(doc)).objects[0].fields[0]
    assert (f.minimum, f.maximum, f.extra) == (None, None, {})


def test_a_hand_written_bound_may_be_a_number_or_a_number_text() -> None:
    doc = json.loads(_document())
    doc["objects"][0]["fields"][0].update(minimum=0.5, maximum="12.50")
    f = configuration_from_json(json.dumps(doc)).objects[0].fields[0]
    assert (f.minimum, f.maximum) == (Decimal("0.5"), Decimal("12.50"))


@pytest.mark.parametrize("bad", ["lots", True, [1], {"a": 1}, "1e999999"])
def test_a_bound_that_is_not_a_number_is_a_document_problem(bad: object) -> None:
    doc = json.loads(_document())
    doc["objects"][0]["fields"][0]["maximum"] = bad
    with pytest.raises(DocumentError, match=r"objects\[0\]\.fields\[0\]\.maximum: must be a number"):
        configuration_from_json(json.dumps(doc))


def test_extra_must_be_an_object() -> None:
    doc = json.loads(_document())
    doc["objects"][0]["fields"][0]["extra"] = [1]
    with pytest.raises(DocumentError, match=r"fields\[0\]\.extra: must be an object"):
        configuration_from_json(json.dumps(doc))
