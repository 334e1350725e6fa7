"""Every operator, with empty values, dates, mixed types and the type errors they raise."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

D = Decimal
DAY = dt.date(2024, 1, 31)
MOMENT = dt.datetime(2024, 1, 31, 18, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{Price} + {Quantity}", D("3.5")),
        ("{Price} - {Quantity}", D("-0.5")),
        ("{Price} * {Quantity}", D("3.0")),
        ("{Price} / {Quantity}", D("0.75")),
        ("{Quantity} % 2", D(0)),
        ("{Price} ^ {Quantity}", D("2.25")),
        ("-{Price}", D("-1.5")),
        ("{Скидка} * 2", D("0.2")),
    ],
)
def test_arithmetic_on_fields_converts_int_and_float(calc, text, expected):
    assert calc.ev(text, Price=1.5, Quantity=2, Скидка=0.1) == expected


def test_decimal_results_are_exact(calc):
    assert calc.ev("0.1 + 0.2") == D("0.3")
    assert calc.ev("1 / 3") == D("0.3333333333333333333333333333")
    assert calc.ev("2 / 3") == D("0.6666666666666666666666666667")  # half-up at 28 digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 % 3", D(1)),
        ("-7 % 3", D(2)),
        ("7 % -3", D(-2)),
        ("7.5 % 2", D("1.5")),
        ("10 ^ 0", D(1)),
        ("0 ^ 0", D(1)),
        ("4 ^ 0.5", D(2)),
        ("2 ^ 10", D(1024)),
    ],
)
def test_modulo_and_power(calc, text, expected):
    assert calc.ev(text) == expected


@pytest.mark.parametrize("text", ["1 / 0", "1 % 0", "{Price} / {Quantity}", "0 ^ -1", "(-8) ^ (1/3)"])
def test_undefined_results_are_empty(calc, text):
    assert calc.ev(text, Price=5, Quantity=0) is None


def test_empty_counts_as_zero_for_plus_and_minus(calc):
    assert calc.ev("{Price} + {Quantity}") == D(0)
    assert calc.ev("{Price} - 2", Quantity=1) == D(-2)
    assert calc.ev("10 - {Quantity}") == D(10)
    assert calc.ev("NULL + NULL") == D(0)
    assert calc.ev("NULL - 1") == D(-1)


@pytest.mark.parametrize(
    "text",
    ["{Price} * 2", "2 / {Price}", "{Price} % 2", "{Price} ^ 2", "2 ^ {Price}", "-{Price}", "NULL * 1"],
)
def test_empty_propagates_for_other_arithmetic(calc, text):
    assert calc.ev(text) is None


def test_date_arithmetic(calc):
    assert calc.ev("{Date} + 1", Date=DAY) == dt.date(2024, 2, 1)
    assert calc.ev("1 + {Date}", Date=DAY) == dt.date(2024, 2, 1)
    assert calc.ev("{Date} - 31", Date=DAY) == dt.date(2023, 12, 31)
    assert calc.ev("{Date} + 1.9", Date=DAY) == dt.date(2024, 2, 1)  # whole days for dates
    assert calc.ev("{Due} - {Date}", Date=DAY, Due=dt.date(2024, 3, 1)) == D(30)
    assert calc.ev("{Date} + {Quantity}", Date=DAY) == DAY  # empty number counts as 0
    assert calc.ev("{Date} + 1") is None  # empty date stays empty
    assert calc.ev("{Due} - {Date}", Due=DAY) is None
    assert calc.ev("{Date} + 1 - {Due}", Date=DAY, Due=DAY) == D(1)
    assert calc.ev("{Date} + 9999999", Date=DAY) is None  # beyond year 9999


def test_datetime_arithmetic(calc):
    assert calc.ev("{Moment} + 0.25", Moment=MOMENT) == dt.datetime(2024, 2, 1, 0, 0)
    assert calc.ev("{Moment} - {Date}", Moment=MOMENT, Date=DAY) == D("0.75")
    assert calc.ev("{Date} - {Moment}", Moment=MOMENT, Date=DAY) == D("-0.75")
    assert calc.ev("NULL - {Moment}", Moment=MOMENT) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 = 1", True),
        ("1 = 1.0", True),
        ("1 <> 2", True),
        ("1 != 1", False),
        ("1 < 2", True),
        ("2 <= 2", True),
        ("3 > 2", True),
        ("2 >= 3", False),
        ("'abc' = 'abc'", True),
        ("'abc' = 'ABC'", False),
        ("'a' < 'b'", True),
        ("'Ä' > 'Z'", True),
        ("TRUE = TRUE", True),
        ("TRUE <> FALSE", True),
        ("{Date} < {Due}", True),
        ("{Date} = {Moment}", False),
        ("{Date} < {Moment}", True),
        ("{Client} = {Other client}", True),
        ("{Client} <> {Other client}", False),
    ],
)
def test_comparisons(calc, text, expected):
    values = dict(Date=DAY, Due=dt.date(2024, 2, 1), Moment=MOMENT, Client=7, Other_client=7)
    assert calc.ev(text, **values) is expected


@pytest.mark.parametrize("op", ["=", "<>", "!=", "<", "<=", ">", ">="])
def test_comparisons_with_empty_are_false(calc, op):
    assert calc.ev(f"{{Price}} {op} 1") is False
    assert calc.ev(f"1 {op} {{Price}}") is False
    assert calc.ev(f"NULL {op} NULL") is False
    assert calc.ev(f"NOT ({{Price}} {op} 1)") is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TRUE AND TRUE", True),
        ("TRUE AND FALSE", False),
        ("FALSE OR TRUE", True),
        ("FALSE OR FALSE", False),
        ("NOT TRUE", False),
        ("NOT FALSE", True),
        ("NULL AND TRUE", False),
        ("NULL OR TRUE", True),
        ("NOT NULL", True),
        ("{Paid} AND TRUE", False),
        ("NOT {Paid}", True),
    ],
)
def test_logic(calc, text, expected):
    assert calc.ev(text) is expected


def test_logic_short_circuits(calc):
    assert calc.ev("FALSE AND 1 / 0 = 1") is False
    assert calc.ev("TRUE OR 1 / 0 = 1") is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'a' & 'b'", "ab"),
        ("'n=' & 1.50", "n=1.50"),
        ("'n=' & {Price}", "n="),
        ("{Note} & '!'", "!"),
        ("'d=' & {Date}", "d=2024-01-31"),
        ("'t=' & {Moment}", "t=2024-01-31 18:00"),
        ("'p=' & TRUE & FALSE", "p=YesNo"),
        ("1 & 2", "12"),
        ("ROUND(1234.5, -2) & ''", "1200"),
        ("0.0 & ''", "0"),
        ("NULL & NULL", ""),
    ],
)
def test_concatenation(calc, text, expected):
    assert calc.ev(text, Date=DAY, Moment=MOMENT) == expected


@pytest.mark.parametrize(
    ("text", "message", "position", "length"),
    [
        ('"abc" * 2', "Cannot use * with text and a number", 6, 1),
        ("2 / 'x'", "Cannot use / with a number and text", 2, 1),
        ("2 % TRUE", "Cannot use % with a number and TRUE/FALSE", 2, 1),
        ("'a' + 1", "Cannot use + with text and a number", 4, 1),
        ("1 - {Date}", "Cannot use - with a number and a date", 2, 1),
        ("{Date} + {Due}", "Cannot use + with a date and a date", 7, 1),
        ("{Date} * 2", "Cannot use * with a date and a number", 7, 1),
        ("'a' ^ 2", "Cannot use ^ with text and a number", 4, 1),
        ("1 = 'a'", "Cannot compare a number with text using =", 2, 1),
        ("TRUE < FALSE", "Cannot compare TRUE/FALSE with TRUE/FALSE using <", 5, 1),
        ("{Client} > {Other client}", "Cannot compare a reference with a reference using >", 9, 1),
        ("-'a'", "The value after - must be a number, not text", 1, 3),
        ("NOT 1", "The value after NOT must be TRUE/FALSE, not a number", 4, 1),
        ("1 AND TRUE", "Each side of AND must be TRUE/FALSE, not a number", 0, 1),
        ("TRUE OR 'x'", "Each side of OR must be TRUE/FALSE, not text", 8, 3),
        ("{Client} & 'x'", "Cannot use & with a reference and text", 9, 1),
        ("{Client}", "A formula cannot give a reference; pick one of its fields, like {Client.Name}", 0, 8),
    ],
)
def test_type_errors(calc, text, message, position, length):
    err = calc.err(text)
    assert (err.message, err.position, err.length) == (message, position, length)
