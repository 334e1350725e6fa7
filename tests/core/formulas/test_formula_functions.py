"""Every function: results, empty arguments, case-insensitive names, arity and argument type errors."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from supasoft.core.formulas import FUNCTIONS, FunctionInfo

D = Decimal
DAY = dt.date(2024, 1, 31)
MOMENT = dt.datetime(2024, 1, 31, 18, 30, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IF(TRUE, 1, 2)", D(1)),
        ("IF(FALSE, 1, 2)", D(2)),
        ("IF(NULL, 1, 2)", D(2)),
        ("IF({Price} > 1, 'big', 'small')", "small"),
        ("IF(FALSE, 1)", None),
        ("IF(TRUE, NULL, 2)", None),
        ("if(true, 'a', 'b')", "a"),
        ("IF(TRUE, 1, 1 / 0)", D(1)),
        ("IF(FALSE, {Date}, {Moment})", dt.datetime(2024, 1, 31, 18, 30, 15)),
        ("IF(TRUE, {Date}, {Moment})", dt.datetime(2024, 1, 31)),
        ("ISEMPTY({Price})", True),
        ("ISEMPTY({Date})", False),
        ("ISEMPTY({Note})", True),
        ("ISEMPTY('')", True),
        ("ISEMPTY(NULL)", True),
        ("ISEMPTY({Client})", True),
        ("ISEMPTY(FALSE)", False),
        ("ROUND(2.5)", D(3)),
        ("ROUND(-2.5)", D(-3)),
        ("ROUND(2.4999)", D(2)),
        ("ROUND(1.005, 2)", D("1.01")),
        ("ROUND(1.2345, 3)", D("1.235")),
        ("ROUND(1.5, 5)", D("1.5")),
        ("ROUND(1250, -2)", D(1300)),
        ("ROUND(1249, -2)", D(1200)),
        ("ROUND(40, -2)", D(0)),
        ("ROUND(2.5, NULL)", D(3)),
        ("ROUND(2.55, 1.9)", D("2.6")),
        ("ROUND({Price}, 1)", None),
        ("ABS(-3.5)", D("3.5")),
        ("ABS(3)", D(3)),
        ("ABS({Price})", None),
        ("MIN(3, 1, 2)", D(1)),
        ("MAX(3, 1, 2)", D(3)),
        ("MIN({Price}, 5)", D(5)),
        ("MAX(NULL, NULL)", None),
        ("MIN({Date}, {Due})", DAY),
        ("MAX({Date}, {Moment})", MOMENT),
        ("MIN(7)", D(7)),
        ("CONCAT('a', 1, TRUE, {Date}, NULL, {Note})", "a1Yes2024-01-31"),
        ("LEFT('Zażółć', 3)", "Zaż"),
        ("LEFT('abc', 10)", "abc"),
        ("LEFT('abc', -1)", ""),
        ("LEFT('abc', 1.9)", "a"),
        ("LEFT({Note}, 2)", None),
        ("RIGHT('Привет', 3)", "вет"),
        ("RIGHT('abc', 0)", ""),
        ("RIGHT('abc', 99)", "abc"),
        ("LEN('Zażółć')", D(6)),
        ("LEN({Note})", D(0)),
        ("UPPER('zażółć привет')", "ZAŻÓŁĆ ПРИВЕТ"),
        ("LOWER('ZAŻÓŁĆ')", "zażółć"),
        ("UPPER({Note})", None),
        ("TRIM('  a b  ')", "a b"),
        ("TRIM({Note})", None),
        ("YEAR({Date})", D(2024)),
        ("MONTH({Date})", D(1)),
        ("DAY({Date})", D(31)),
        ("YEAR({Moment})", D(2024)),
        ("DAY({Due})", None),
        ("DATEADD({Date}, 1, 'day')", dt.date(2024, 2, 1)),
        ("DATEADD({Date}, -1, 'days')", dt.date(2024, 1, 30)),
        ("DATEADD({Date}, 2, 'week')", dt.date(2024, 2, 14)),
        ("DATEADD({Date}, 1, 'month')", dt.date(2024, 2, 29)),
        ("DATEADD({Date}, 13, 'Month')", dt.date(2025, 2, 28)),
        ("DATEADD({Date}, -1, 'year')", dt.date(2023, 1, 31)),
        ("DATEADD({Moment}, 2, 'hour')", dt.datetime(2024, 1, 31, 20, 30, 15)),
        ("DATEADD({Moment}, 30, 'minutes')", dt.datetime(2024, 1, 31, 19, 0, 15)),
        ("DATEADD({Moment}, 1, 'month')", dt.datetime(2024, 2, 29, 18, 30, 15)),
        ("DATEADD({Date}, {Price}, 'day')", DAY),
        ("DATEADD({Due}, 1, 'day')", None),
        ("DATEADD({Date}, 99999, 'year')", None),
        ("DATEDIFF({Date}, DATE_PLUS_10)", D(10)),
        ("DATEDIFF(DATE_PLUS_10, {Date})", D(-10)),
        ("DATEDIFF({Date}, DATE_PLUS_10, 'week')", D(1)),
        ("DATEDIFF({Date}, DATEADD({Date}, 1, 'month'), 'month')", D(1)),
        ("DATEDIFF({Date}, DATEADD({Date}, 2, 'month'), 'month')", D(2)),
        ("DATEDIFF(DATEADD({Date}, 1, 'month'), {Date}, 'month')", D(-1)),
        ("DATEDIFF(DATEADD({Date}, 1, 'day'), DATEADD({Date}, 1, 'month'), 'month')", D(0)),
        ("DATEDIFF({Moment}, DATEADD({Moment}, 1, 'month'), 'month')", D(1)),
        ("DATEDIFF({Moment}, DATEADD(DATEADD({Moment}, 1, 'month'), -1, 'minute'), 'month')", D(0)),
        ("DATEDIFF({Date}, DATEADD({Date}, 25, 'month'), 'year')", D(2)),
        ("DATEDIFF(DATEADD({Date}, 25, 'month'), {Date}, 'year')", D(-2)),
        ("DATEDIFF({Date}, {Moment})", D(0)),
        ("DATEDIFF({Date}, {Moment}, 'hour')", D(18)),
        ("DATEDIFF({Moment}, {Date}, 'minute')", D(-1110)),
        ("DATEDIFF({Date}, {Due})", None),
    ],
)
def test_functions(calc, text, expected):
    text = text.replace("DATE_PLUS_10", "DATEADD({Date}, 10, 'day')")
    assert calc.ev(text, Date=DAY, Moment=MOMENT) == expected


def test_today_and_now(calc):
    today = calc.ev("TODAY()")
    assert today == dt.date.today() or today == dt.date.today() - dt.timedelta(days=1)
    now = calc.ev("NOW()")
    assert isinstance(now, dt.datetime) and now.microsecond == 0
    assert abs((dt.datetime.now() - now).total_seconds()) < 5
    assert calc.ev("DATEDIFF(TODAY(), DATEADD(TODAY(), 7, 'day'))") == D(7)
    assert calc.compile("today()").result_type == "date"
    assert calc.compile("Now()").result_type == "datetime"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("IF(TRUE, 1, NULL)", "number"),
        ("IF(TRUE, NULL, 'x')", "string"),
        ("IF(TRUE, {Date}, NULL)", "date"),
        ("IF(TRUE, {Date}, {Moment})", "datetime"),
        ("ISEMPTY({Price})", "boolean"),
        ("MAX({Date}, {Moment})", "datetime"),
        ("DATEADD({Moment}, 1, 'day')", "datetime"),
        ("DATEDIFF({Date}, {Due})", "number"),
        ("LEFT('a', 1)", "string"),
        ("NULL", "number"),
    ],
)
def test_result_types(calc, text, kind):
    assert calc.compile(text).result_type == kind


def test_null_formula_takes_the_declared_result_type(calc):
    assert calc.compile("NULL", self_field_id=27).result_type == "string"


@pytest.mark.parametrize(
    ("text", "message", "position", "length"),
    [
        ("FOO(1)", "Unknown function FOO", 0, 3),
        ("Sqrt(4)", "Unknown function SQRT", 0, 4),
        ("IF(TRUE)", "IF needs 2 to 3 arguments, not 1", 0, 2),
        ("IF(TRUE, 1, 2, 3)", "IF needs 2 to 3 arguments, not 4", 0, 2),
        ("ISEMPTY()", "ISEMPTY needs 1 argument, not 0", 0, 7),
        ("TODAY(1)", "TODAY needs 0 arguments, not 1", 0, 5),
        ("CONCAT()", "CONCAT needs at least 1 argument, not 0", 0, 6),
        ("MIN()", "MIN needs at least 1 argument, not 0", 0, 3),
        ("ROUND(1, 2, 3)", "ROUND needs 1 to 2 arguments, not 3", 0, 5),
        ("DATEADD({Date}, 1)", "DATEADD needs 3 arguments, not 2", 0, 7),
        ("IF(1, 2, 3)", "IF argument 1 must be TRUE/FALSE, not a number", 3, 1),
        ("IF(TRUE, 1, 'a')", "IF gives different kinds of value: number and string", 0, 16),
        ("ROUND('a')", "ROUND argument 1 must be a number, not text", 6, 3),
        ("ROUND(1, 'a')", "ROUND argument 2 must be a number, not text", 9, 3),
        ("ABS({Date})", "ABS argument 1 must be a number, not a date", 4, 6),
        ("LEFT(1, 1)", "LEFT argument 1 must be text, not a number", 5, 1),
        ("RIGHT('a', 'b')", "RIGHT argument 2 must be a number, not text", 11, 3),
        ("LEN(5)", "LEN argument 1 must be text, not a number", 4, 1),
        ("UPPER(TRUE)", "UPPER argument 1 must be text, not TRUE/FALSE", 6, 4),
        ("YEAR(2024)", "YEAR argument 1 must be a date or a date and time, not a number", 5, 4),
        ("DATEADD(5, 1, 'day')", "DATEADD argument 1 must be a date or a date and time, not a number", 8, 1),
        ("DATEADD({Date}, 'x', 'day')", "DATEADD argument 2 must be a number, not text", 16, 3),
        (
            "DATEADD({Date}, 1, 'fortnight')",
            'DATEADD needs a unit in quotes: "day", "month", "week", "year"',
            19,
            11,
        ),
        (
            "DATEADD({Date}, 1, 'hour')",
            'DATEADD needs a unit in quotes: "day", "month", "week", "year"',
            19,
            6,
        ),
        (
            "DATEADD({Date}, 1, {Note})",
            'DATEADD needs a unit in quotes: "day", "month", "week", "year"',
            19,
            6,
        ),
        ("DATEDIFF({Date}, 1)", "DATEDIFF argument 2 must be a date or a date and time, not a number", 17, 1),
        (
            "DATEDIFF({Date}, {Due}, 'ages')",
            'DATEDIFF needs a unit in quotes: "day", "hour", "minute", "month", "week", "year"',
            24,
            6,
        ),
        ("MIN(1, 'a')", "MIN argument 2 must be a number or a date or a date and time, not text", 7, 3),
        ("MAX(1, {Date})", "MAX needs values of one kind", 7, 6),
        (
            "CONCAT({Client})",
            "CONCAT argument 1 must be a number or text or a date or a date and time or TRUE/FALSE, not a reference",
            7,
            8,
        ),
    ],
)
def test_function_errors(calc, text, message, position, length):
    err = calc.err(text)
    assert (err.message, err.position, err.length) == (message, position, length)


def test_catalogue_lists_every_function_with_help():
    expected = {
        "IF", "ISEMPTY", "ROUND", "ABS", "MIN", "MAX", "CONCAT", "LEFT", "RIGHT", "LEN", "UPPER", "LOWER",
        "TRIM", "TODAY", "NOW", "YEAR", "MONTH", "DAY", "DATEADD", "DATEDIFF", "SUM", "COUNT", "AVG",
    }  # fmt: skip
    assert set(FUNCTIONS) == expected
    for name, info in FUNCTIONS.items():
        assert isinstance(info, FunctionInfo)
        assert info.name == name and info.signature.startswith(f"{name}(") and info.help.endswith(".")


def test_every_catalogued_function_compiles(calc):
    samples = {
        "IF": "IF(TRUE, 1, 2)", "ISEMPTY": "ISEMPTY(1)", "ROUND": "ROUND(1)", "ABS": "ABS(1)", "MIN": "MIN(1, 2)",
        "MAX": "MAX(1, 2)", "CONCAT": "CONCAT(1)", "LEFT": "LEFT('a', 1)", "RIGHT": "RIGHT('a', 1)", "LEN": "LEN('a')",
        "UPPER": "UPPER('a')", "LOWER": "LOWER('a')", "TRIM": "TRIM('a')", "TODAY": "TODAY()", "NOW": "NOW()",
        "YEAR": "YEAR(TODAY())", "MONTH": "MONTH(TODAY())", "DAY": "DAY(TODAY())",
        "DATEADD": "DATEADD(TODAY(), 1, 'day')", "DATEDIFF": "DATEDIFF(TODAY(), TODAY())",
        "SUM": "SUM({Lines.Cost})", "COUNT": "COUNT({Lines})", "AVG": "AVG({Lines.Cost})",
    }  # fmt: skip
    assert set(samples) == set(FUNCTIONS)
    for text in samples.values():
        calc.compile(text)
