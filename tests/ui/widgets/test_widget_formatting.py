"""Display text per field type in the user's locale (tables use this, not core's neutral format)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.meta import FieldDef
from supasoft.widgets.formatting import (
    alignment_for,
    date_format,
    datetime_format,
    format_value,
    formatter_for,
)
from supasoft.widgets.row_source import RefValue

PL = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
RU = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)
C = QLocale.c()
NBSP = "\u00a0"


def f(type_: str, **kw: object) -> FieldDef:
    return FieldDef(id=1, name="F", type=type_, **kw)  # type: ignore[arg-type]


def test_every_field_type_has_a_formatter() -> None:
    import supasoft.widgets.type_ui  # noqa: F401 - the UI registry adds the formatters of types it brings (rating)

    assert all(formatter_for(f(key, choices=("A",))) is not None for key in field_types.keys())


@pytest.mark.parametrize(
    ("locale", "expected"),
    [(PL, f"1{NBSP}234{NBSP}567,50"), (US, "1,234,567.50"), (DE, "1.234.567,50"), (C, "1,234,567.50")],
)
def test_money_grouped_with_two_decimals(locale: QLocale, expected: str) -> None:
    assert format_value(f("money"), Decimal("1234567.5"), locale) == expected


def test_money_negative_exact_and_custom_scale() -> None:
    assert format_value(f("money"), Decimal("-1234.5"), PL) == f"-1{NBSP}234,50"
    big = Decimal("123456789012345.67")
    assert format_value(f("money"), big, US) == "123,456,789,012,345.67"
    assert format_value(f("money", scale=0), Decimal("1234"), US) == "1,234"


def test_integers_plain_decimals_ungrouped() -> None:
    assert format_value(f("integer"), 1234567, PL) == "1234567"
    assert format_value(f("integer"), -42, US) == "-42"
    assert format_value(f("decimal", scale=3), Decimal("1234.5"), PL) == "1234,500"
    assert format_value(f("float"), 2.5, DE) == "2,5"
    assert format_value(f("float"), 3.0, US) == "3"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [(PL, "05.03.2024"), (RU, "05.03.2024"), (US, "03/05/2024"), (DE, "05.03.2024"), (C, "2024-03-05")],
)
def test_dates_in_short_locale_format_with_full_year(locale: QLocale, expected: str) -> None:
    assert format_value(f("date"), dt.date(2024, 3, 5), locale) == expected
    assert "yyyy" in date_format(locale)


def test_datetime() -> None:
    value = dt.datetime(2024, 3, 5, 14, 7, 30)
    assert format_value(f("datetime"), value, PL) == "05.03.2024 14:07"
    assert format_value(f("datetime"), value, C) == "2024-03-05 14:07"
    assert datetime_format(C) == "yyyy-MM-dd HH:mm"


def test_booleans_references_choices_files_text() -> None:
    assert format_value(f("boolean"), True, PL) == "\u2713"
    assert format_value(f("boolean"), False, PL) == ""
    assert format_value(f("reference", target=3), RefValue(7, "Łódź"), PL) == "Łódź"
    assert format_value(f("user"), RefValue(2, "Иван"), PL) == "Иван"
    assert format_value(f("reference", target=3), 7, PL) == "#7"
    assert format_value(f("choice", choices=("W trakcie",)), "w trakcie", PL) == "W trakcie"
    assert format_value(f("choice", choices=("A",)), "Stare", PL) == "Stare"
    assert format_value(f("file"), FileValue(name="umowa.pdf", file_id=3, size=10), PL) == "umowa.pdf"
    assert format_value(f("text"), "pierwsza\ndruga", PL) == "pierwsza\u2026"
    assert format_value(f("string"), "Zażółć", PL) == "Zażółć"


def test_formula_by_result_type() -> None:
    assert (
        format_value(f("formula", result_type="number", scale=2), Decimal("1234.5"), PL) == f"1{NBSP}234,50"
    )
    assert format_value(f("formula", result_type="date"), dt.date(2024, 1, 2), C) == "2024-01-02"
    assert format_value(f("formula", result_type="boolean"), True, C) == "\u2713"
    assert format_value(f("formula", result_type="string"), "abc", C) == "abc"


def test_none_code_and_bad_values() -> None:
    assert format_value(f("money"), None, PL) == ""
    assert format_value(None, "ORD-00042", PL) == "ORD-00042"
    assert format_value(f("money"), "not a number", PL) == "not a number"  # never raises while painting


def test_alignment() -> None:
    assert alignment_for(f("money")) & Qt.AlignmentFlag.AlignRight
    assert alignment_for(f("integer")) & Qt.AlignmentFlag.AlignRight
    assert alignment_for(f("formula")) & Qt.AlignmentFlag.AlignRight
    assert alignment_for(f("boolean")) & Qt.AlignmentFlag.AlignHCenter
    assert alignment_for(f("string")) & Qt.AlignmentFlag.AlignLeft
    assert alignment_for(None) & Qt.AlignmentFlag.AlignLeft
    assert alignment_for(f("rating")) & Qt.AlignmentFlag.AlignLeft  # a number, yet stars read from the left
    assert alignment_for(FieldDef(9, "Late", "formula", formula="TRUE", result_type="boolean")) & Qt.AlignmentFlag.AlignHCenter
    assert alignment_for(FieldDef(9, "Note", "formula", formula="'a'", result_type="string")) & Qt.AlignmentFlag.AlignLeft
