"""Lexing and parsing: literals, precedence, keywords in any case, and syntax errors with positions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from supasoft.core.errors import SupasoftError
from supasoft.core.formulas import FormulaError
from supasoft.core.formulas.ast import Binary, Chain, Logic, Unary
from supasoft.core.formulas.parser import parse

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 + 2 * 3", D(7)),
        ("(1 + 2) * 3", D(9)),
        ("10 - 4 - 3", D(3)),
        ("100 / 10 / 5", D(2)),
        ("2 ^ 3 ^ 2", D(512)),
        ("-2 ^ 2", D(-4)),
        ("(-2) ^ 2", D(4)),
        ("2 ^ -1", D("0.5")),
        ("- - 3", D(3)),
        ("+3", D(3)),
        ("2 * -3", D(-6)),
        ("1.5", D("1.5")),
        (".5 + 0.25", D("0.75")),
        ("007", D(7)),
        ("1 + 2 & 3", "33"),
    ],
)
def test_precedence_and_literals(calc, text, expected):
    assert calc.ev(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"double"', "double"),
        ("'single'", "single"),
        ('"say ""hi"""', 'say "hi"'),
        ("'it''s'", "it's"),
        ("'Zażółć gęślą jaźń'", "Zażółć gęślą jaźń"),
        ('"Привет"', "Привет"),
        ("\"a\" & 'b'", "ab"),
    ],
)
def test_string_literals(calc, text, expected):
    assert calc.ev(text) == expected


@pytest.mark.parametrize("text", ["true", "TRUE", "True", "tRuE"])
def test_keywords_ignore_case(calc, text):
    assert calc.ev(text) is True


def test_false_null_and_logic_keywords_ignore_case(calc):
    assert calc.ev("false") is False
    assert calc.ev("null") is None
    assert calc.ev("not false and true or false") is True
    assert calc.ev("NOT FALSE AnD TRUE") is True


def test_not_binds_looser_than_comparison(calc):
    assert calc.ev("NOT 1 = 2") is True
    assert calc.ev("NOT 1 = 1 OR TRUE") is True  # (NOT (1=1)) OR TRUE


def test_and_binds_tighter_than_or(calc):
    assert calc.ev("TRUE OR FALSE AND FALSE") is True
    assert calc.ev("(TRUE OR FALSE) AND FALSE") is False


def test_chains_are_flat():
    node = parse("1 + 2 - 3 + 4")
    assert isinstance(node, Chain) and node.ops == ("+", "-", "+") and len(node.operands) == 4
    assert isinstance(parse("a() OR b() OR c()"), Logic)
    power = parse("2 ^ 3 ^ 4")
    assert isinstance(power, Binary) and isinstance(power.right, Binary)
    assert isinstance(parse("-x()"), Unary)


def test_long_sum_is_not_deep(calc):
    assert calc.ev("+".join(["1"] * 1500)) == D(1500)
    assert calc.ev("&".join(["'a'"] * 900)) == "a" * 900
    assert calc.ev(" AND ".join(["TRUE"] * 400)) is True


def test_node_positions():
    node = parse("1 +  {Price}")
    assert (node.pos, node.length) == (0, 12)
    assert node.op_spans == ((2, 1),)
    ref = node.operands[1]
    assert ref.names == ("Price",) and ref.spans == ((6, 5),)


def test_ref_names_are_trimmed_and_split_on_dots():
    ref = parse("{ Client . Discount }")
    assert ref.names == ("Client", "Discount")
    assert ref.spans == ((2, 6), (11, 8))


def test_error_is_supasoft_error_with_fields():
    with pytest.raises(SupasoftError) as info:
        parse("1 +")
    err = info.value
    assert isinstance(err, FormulaError)
    assert (err.message, err.position, err.length) == ("The formula ends too early", 3, 0)
    assert str(err) == "The formula ends too early at position 3"


@pytest.mark.parametrize(
    ("text", "message", "position", "length"),
    [
        ("", "The formula is empty", 0, 0),
        ("   ", "The formula is empty", 0, 0),
        ("1 +", "The formula ends too early", 3, 0),
        ("1 2", "Unexpected number", 2, 1),
        ("(1 + 2", "Missing closing parenthesis", 0, 1),
        ("1 + 2)", "Unexpected )", 5, 1),
        ("1 , 2", "Unexpected ,", 2, 1),
        ("* 2", "Unexpected *", 0, 1),
        ("1 $ 2", "Unexpected character '$'", 2, 1),
        ("1 == 2", "Unexpected =", 3, 1),
        ('"abc', "Text is missing its closing quote", 0, 4),
        ("1 & 'abc", "Text is missing its closing quote", 4, 4),
        ("{Price", "Missing closing brace }", 0, 6),
        ("Price}", "Closing brace } without an opening one", 5, 1),
        ("2 }", "Closing brace } without an opening one", 2, 1),
        ("{}", "A field name is missing inside the braces", 1, 0),
        ("{Client. }", "A field name is missing inside the braces", 8, 1),
        ("{.Name}", "A field name is missing inside the braces", 1, 0),
        ("1.", "A number needs digits after the decimal point", 0, 2),
        ("1.2.3", "Unexpected number", 3, 2),
        ("Price", "Unknown name Price; write field names in braces, like {Price}", 0, 5),
        ("1 < 2 < 3", "Compare two values at a time; join comparisons with AND", 6, 1),
        ("TRUE AND", "The formula ends too early", 8, 0),
        ("AND TRUE", "Unexpected AND", 0, 3),
        ("IF(TRUE, 1, 2", "Missing closing parenthesis", 2, 1),
        ("IF(TRUE 1)", "Unexpected number", 8, 1),
        ("'a' 'b'", "Unexpected text", 4, 3),
        ("1 {Price}", "Unexpected field", 2, 7),
    ],
)
def test_syntax_errors(text, message, position, length):
    with pytest.raises(FormulaError) as info:
        parse(text)
    assert (info.value.message, info.value.position, info.value.length) == (message, position, length)
