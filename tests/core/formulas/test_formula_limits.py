"""Limits: no formula may hang, recurse without bound or build huge numbers or texts."""

from __future__ import annotations

import datetime as dt
import decimal
import time
from decimal import Decimal

import pytest

from supasoft.core.formulas import FormulaError
from supasoft.core.formulas.errors import MAX_DEPTH, MAX_STRING, MAX_TEXT

D = Decimal
DEEP = f"more than {MAX_DEPTH} levels"


@pytest.fixture(autouse=True)
def fast():
    """Every limit must be hit quickly."""
    start = time.perf_counter()
    yield
    assert time.perf_counter() - start < 1.0


def test_text_length_limit(calc):
    just_fits = "1" + "+1" * ((MAX_TEXT - 1) // 2)
    assert len(just_fits) == MAX_TEXT - 1 and calc.ev(just_fits) == D(2000)
    assert calc.ev(just_fits + " ") == D(2000)
    err = calc.err(just_fits + "  ")
    assert (err.message, err.position, err.length) == (
        f"The formula is longer than {MAX_TEXT} characters",
        MAX_TEXT,
        1,
    )


def test_nesting_up_to_the_limit_works(calc):
    assert calc.ev("(" * MAX_DEPTH + "1" + ")" * MAX_DEPTH) == D(1)
    assert calc.ev("ABS(" * MAX_DEPTH + "1" + ")" * MAX_DEPTH) == D(1)
    assert calc.ev("ABS(" * (MAX_DEPTH - 1) + "-1" + ")" * (MAX_DEPTH - 1)) == D(1)


@pytest.mark.parametrize(
    ("text", "position", "length"),
    [
        ("(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1), MAX_DEPTH, 1),
        ("(" * 1500 + "1" + ")" * 1500, MAX_DEPTH, 1),
        ("-" * 3000 + "1", MAX_DEPTH, 1),
        ("NOT " * 900 + "TRUE", 4 * MAX_DEPTH, 3),
        ("ABS(" * 600 + "1" + ")" * 600, 4 * MAX_DEPTH + 3, 1),
        ("1^" * 1500 + "1", 2 * MAX_DEPTH + 1, 1),
        ("IF(TRUE," * 250 + "1" + ",2)" * 250, 8 * MAX_DEPTH + 2, 1),
        ("{Price} + (" * 300 + "1" + ")" * 300, 11 * (MAX_DEPTH // 2) + 8, 1),
    ],
)
def test_too_deep(calc, text, position, length):
    err = calc.err(text)
    assert DEEP in err.message
    assert (err.position, err.length) == (position, length)


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("9^9^9", "The exponent is too large (at most 1000)", 1),
        ("2 ^ 1001", "The exponent is too large (at most 1000)", 2),
        ("2 ^ -1001", "The exponent is too large (at most 1000)", 2),
        ("10 ^ 1000", "The result is too large (10^1000 or more)", 3),
        ("99 ^ 999", "The result is too large (10^1000 or more)", 3),
        ("10 ^ 999 * 10", "The number is too large (10^1000 or more)", 9),
        ("10 ^ 999 + 10 ^ 999 * 9", "The number is too large (10^1000 or more)", 9),
        ("1" + "0" * 1000, "The number is too large", 0),
        ("9" * 1000, "The number is too large", 0),
        ("(10 ^ 999) / 0.1", "The number is too large (10^1000 or more)", 11),
    ],
)
def test_huge_numbers_are_refused(calc, text, message, position):
    err = calc.err(text)
    assert (err.message, err.position) == (message, position)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 ^ 999 / 10 ^ 999", D(1)),
        ("(-10) ^ 999 < 0", True),
        ("0.1 ^ 1000 > 0", True),
        ("(0.1 ^ 1000) ^ 1000 < 0.1 ^ 1000", True),
        ("((0.1 ^ 1000) ^ 1000) ^ 1000 = 0", True),
        ("10 ^ 999 % 7", D(pow(10, 999, 7))),
        ("2 ^ 0.5 > 1.41", True),
        ("ROUND(1.5, 10 ^ 999)", D("1.5")),
        ("ROUND(123, -(10 ^ 999))", D(0)),
        ("LEFT('abc', 10 ^ 999)", "abc"),
        ("RIGHT('abc', -(10 ^ 999))", ""),
        ("DATEADD({Date}, 10 ^ 999, 'day')", None),
        ("DATEADD({Date}, -(10 ^ 999), 'month')", None),
        ("{Date} + 10 ^ 999", None),
        ("{Moment} - 10 ^ 999", None),
        ("LEN('9' & 10 ^ 999)", D(1001)),
    ],
)
def test_big_but_allowed_values(calc, text, expected):
    assert calc.ev(text, Date=dt.date(2024, 1, 1), Moment=dt.datetime(2024, 1, 1)) == expected


def test_text_results_are_limited(calc):
    big = "x" * (MAX_STRING // 2 + 1)
    for text in ["{Note} & {Note}", "CONCAT({Note}, {Note})", "{Note} & 'a' & {Note}"]:
        err = calc.err(text, Note=big)
        assert err.message == f"The text is longer than {MAX_STRING:,} characters"
    assert len(calc.ev("{Note} & 'a'", Note="x" * (MAX_STRING - 1))) == MAX_STRING
    assert calc.err("UPPER({Note})", Note="ß" * (MAX_STRING // 2 + 1)).message.startswith(
        "The text is longer"
    )


def test_huge_aggregate_is_refused(calc):
    lines = [{"Cost": D("9e999")}, {"Cost": D("9e999")}]
    with pytest.raises(FormulaError, match="too large"):
        calc.ev("SUM({Lines.Cost})", lines=lines)
    with pytest.raises(FormulaError, match="too large"):
        calc.ev("{Price}", Price=D("1e5000"))


def test_global_decimal_context_is_untouched(calc):
    before = decimal.getcontext().copy()
    with decimal.localcontext(prec=5, rounding=decimal.ROUND_FLOOR, traps=[]):
        assert calc.ev("2 / 3") == D("0.6666666666666666666666666667")
        assert decimal.getcontext().prec == 5
    after = decimal.getcontext()
    assert (after.prec, after.rounding, after.Emax) == (before.prec, before.rounding, before.Emax)
    assert after.traps == before.traps
