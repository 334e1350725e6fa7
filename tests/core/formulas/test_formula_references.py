"""Field references (local, through reference fields, Unicode names), aggregates over collections, self-reference."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from formula_helpers import LINES_LINK, MapRecord

from supasoft.core.formulas import CollectionRef, FieldRef, FormulaError, compile_formula
from supasoft.core.formulas.ast import Ref

D = Decimal


def test_local_references_and_dependencies(calc):
    compiled = calc.compile("{Price} * {Quantity}")
    assert compiled.dependencies == frozenset({(2,), (3,)})
    assert compiled.collections == frozenset()
    assert compiled.result_type == "number"
    assert compiled.text == "{Price} * {Quantity}"


@pytest.mark.parametrize("text", ["{price}", "{ PRICE }", "{Price }", "{  price}"])
def test_names_ignore_case_and_surrounding_spaces(calc, text):
    assert calc.compile(text).dependencies == {(2,)}


def test_unicode_and_spaced_names(calc):
    assert calc.ev("{Cena jednostkowa} * 2", Cena_jednostkowa=D("1.25")) == D("2.50")
    assert calc.ev("{скидка} + 1", Скидка=0.5) == D("1.5")
    assert calc.compile("{CENA JEDNOSTKOWA}").dependencies == {(9,)}


def test_reference_hops(calc):
    compiled = calc.compile("{Price} * (1 - {Client.Discount} / 100)")
    assert compiled.dependencies == {(2,), (4, 12)}
    record = calc.record(Price=200, paths={(4, 12): D("10")})
    assert compiled.evaluate(record) == D(180)
    assert calc.compile("{Client.Country.Rate}").dependencies == {(4, 13, 32)}
    assert calc.compile("{ client . country . name }").result_type == "string"


def test_typed_tree_holds_field_refs(calc):
    node = calc.compile("{Client.Discount}").ast
    assert isinstance(node, Ref) and node.field == FieldRef((4, 12)) and node.type == "number"


def test_empty_reference_gives_empty_values(calc):
    assert calc.ev("{Client.Discount}") is None
    assert calc.ev("ISEMPTY({Client})") is True
    assert calc.ev("ISEMPTY({Client})", Client=5) is False


def test_other_formula_fields_are_typed_by_their_result_type(calc):
    assert calc.compile("{Total} + 1").result_type == "number"
    assert calc.compile("{Label} & '!'").result_type == "string"
    assert calc.ev("{Total} * 2", Total=D("2.5")) == D("5.0")


def test_values_of_other_python_types_are_converted(calc):
    assert calc.ev("{Price} + 1", Price="2.5") == D("3.5")
    assert calc.ev("{Date} + 1", Date=dt.datetime(2024, 1, 1, 10)) == dt.date(2024, 1, 2)
    assert calc.ev("{Moment}", Moment=dt.date(2024, 1, 1)) == dt.datetime(2024, 1, 1)
    assert calc.ev("{Date}", Date="2024-02-03") == dt.date(2024, 2, 3)
    assert calc.ev("{Price}", Price=float("nan")) is None
    assert calc.ev("{Note} & ''", Note=12) == "12"
    assert calc.ev("{Paid}", Paid=1) is True
    assert calc.ev("{Paid}") is False  # an empty yes/no field means No
    assert calc.ev("ISEMPTY({Paid})") is False


def test_unconvertible_values_raise_formula_error(calc):
    err = calc.err("{Price} + 1", Price="abc")
    assert err.message.startswith("The field holds a value that is not a number") and err.position == 0


def test_record_failures_become_formula_errors(calc):
    class Broken:
        def value(self, path):
            raise KeyError(path)

        def children(self, link_id):
            raise RuntimeError("offline")

    with pytest.raises(FormulaError, match="Cannot read a value") as info:
        calc.compile("1 + {Price}").evaluate(Broken())
    assert (info.value.position, info.value.length) == (4, 7)
    with pytest.raises(FormulaError, match="offline"):
        calc.compile("COUNT({Lines})").evaluate(Broken())


@pytest.mark.parametrize(
    ("text", "message", "position", "length"),
    [
        ("{Pricee} * 2", "Unknown field {Pricee}", 1, 6),
        ("1 + { Pricee }", "Unknown field {Pricee}", 6, 6),
        ("{Client.Discountt}", "Unknown field {Discountt} in Company", 8, 9),
        ("{Client.Country.Nam}", "Unknown field {Nam} in Country", 16, 3),
        ("{Price.Value}", "{Price} is not a reference to an object, so it cannot be followed by a dot", 1, 5),
        (
            "{Manager.Name}",
            "{Manager} is not a reference to an object, so it cannot be followed by a dot",
            1,
            7,
        ),
        ("{Attachment}", "The field {Attachment} cannot be used in formulas", 1, 10),
        ("{Lines}", "{Lines} is a collection; use it inside SUM, COUNT, AVG, MIN or MAX", 1, 5),
        ("{Lines.Cost} + 1", "{Lines} is a collection; use it inside SUM, COUNT, AVG, MIN or MAX", 1, 5),
    ],
)
def test_reference_errors(calc, text, message, position, length):
    err = calc.err(text)
    assert (err.message, err.position, err.length) == (message, position, length)
    assert str(err) == f"{message} at position {position}"


def test_unknown_field_message_matches_the_issue(calc):
    assert str(calc.err("{Pricee}")) == "Unknown field {Pricee} at position 1"


def test_self_reference_is_a_cycle(calc):
    with pytest.raises(FormulaError) as info:
        calc.compile("{Price} + { total }", self_field_id=15)
    err = info.value
    assert (err.message, err.position, err.length) == ("The formula refers to its own field {total}", 12, 5)
    calc.compile("{Price} + {Total}")  # fine for another field


def test_reference_to_a_missing_object(calc):
    calc.config.objects = [o for o in calc.config.objects if o.id != 10]
    err = calc.err("{Client.Name}")
    assert err.message == "{Client} refers to an object that no longer exists"


LINES = [
    {"Cost": D("10.50"), "Qty": 2, "Due": dt.date(2024, 3, 1), "Name": "a"},
    {"Cost": 4, "Qty": None, "Due": dt.date(2024, 1, 1)},
    {"Cost": None, "Qty": 1.5, "Due": None, "Name": "c"},
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SUM({Lines.Cost})", D("14.50")),
        ("SUM({ lines . cost })", D("14.50")),
        ("COUNT({Lines})", D(3)),
        ("COUNT({Lines.Cost})", D(2)),
        ("COUNT({Lines.Name})", D(2)),
        ("AVG({Lines.Cost})", D("7.25")),
        ("MIN({Lines.Cost})", D(4)),
        ("MAX({Lines.Cost})", D("10.50")),
        ("MIN({Lines.Due})", dt.date(2024, 1, 1)),
        ("MAX({Lines.Due})", dt.date(2024, 3, 1)),
        ("SUM({Lines.Qty})", D("3.5")),
        ("SUM({Lines.Cost}) * (1 + {Price})", D("29.00")),
    ],
)
def test_aggregates(calc, text, expected):
    assert calc.ev(text, lines=LINES, Price=1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SUM({Lines.Cost})", D(0)),
        ("COUNT({Lines})", D(0)),
        ("COUNT({Lines.Cost})", D(0)),
        ("AVG({Lines.Cost})", None),
        ("MIN({Lines.Due})", None),
        ("MAX({Lines.Cost})", None),
    ],
)
def test_aggregates_over_no_children(calc, text, expected):
    assert calc.ev(text) == expected


def test_aggregate_collections_and_types(calc):
    compiled = calc.compile("SUM({Lines.Cost}) + COUNT({Lines})")
    assert compiled.collections == {CollectionRef(LINES_LINK, 22), CollectionRef(LINES_LINK, None)}
    assert compiled.dependencies == frozenset()
    assert calc.compile("MAX({Lines.Due})").result_type == "date"
    assert calc.compile("AVG({Lines.Cost})").result_type == "number"


def test_aggregate_over_child_formula_field(calc):
    line = calc.config.object_by_id(20)
    from supasoft.core.meta import FieldDef

    line.fields.append(FieldDef(29, "Amount", "formula", formula="{Cost} * {Qty}", result_type="number"))
    compiled = calc.compile("SUM({Lines.Amount})")
    record = MapRecord(kids={LINES_LINK: [MapRecord({(29,): D(3)}), MapRecord({(29,): D(4)})]})
    assert compiled.evaluate(record) == D(7)


@pytest.mark.parametrize(
    ("text", "message", "position", "length"),
    [
        ("SUM({Price})", "{Price} is a field, not a collection; SUM needs one like {Lines.Amount}", 5, 5),
        ("SUM({Linez.Cost})", "{Linez} is an unknown collection; SUM needs one like {Lines.Amount}", 5, 5),
        ("COUNT({Price})", "{Price} is a field, not a collection; COUNT needs one like {Lines}", 7, 5),
        ("SUM(1 + 2)", "SUM needs a collection of child records, like {Lines.Amount}", 4, 5),
        ("SUM({Lines})", "SUM needs a field of the collection, like {Lines.Amount}", 4, 7),
        ("MAX({Lines})", "MAX needs a field of the collection, like {Lines.Amount}", 4, 7),
        ("SUM({Lines.Costt})", "Unknown field {Costt} in Lines", 11, 5),
        ("SUM({Lines.Name})", "SUM needs a field holding a number", 11, 4),
        ("AVG({Lines.Due})", "AVG needs a field holding a number", 11, 3),
        ("MIN({Lines.Name})", "MIN needs a field holding a number or a date or a date and time", 11, 4),
        ("COUNT({Lines.Attachment})", "COUNT needs a field holding values", 13, 10),
        ("SUM({Lines.Order.Price})", "Only a field of the child records themselves can be aggregated", 17, 5),
        ("SUM({Lines.Cost}, 1)", "SUM needs 1 argument, not 2", 0, 3),
        (
            "MIN({Lines.Cost}, {Lines.Cost})",
            "{Lines} is a collection; use it inside SUM, COUNT, AVG, MIN or MAX",
            5,
            5,
        ),
    ],
)
def test_aggregate_errors(calc, text, message, position, length):
    err = calc.err(text)
    assert (err.message, err.position, err.length) == (message, position, length)


def test_aggregate_in_a_child_object_has_no_collection(calc):
    with pytest.raises(FormulaError, match="unknown collection"):
        compile_formula("SUM({Lines.Cost})", calc.config, calc.config.object_by_id(20))
    # but the child can read its parent through the reference field
    assert calc.compile("{Order.Price} * {Qty}", obj_id=20).dependencies == {(21, 2), (25,)}
