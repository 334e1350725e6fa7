"""Dates keep two-digit days and months in every locale, so a column of dates lines up (8.10.2026 read as a typo)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from supasoft.core.meta import FieldDef
from supasoft.widgets.formatting import clock_text, date_format, format_value, timestamp_text

DAY = dt.date(2026, 10, 8)
MOMENT = dt.datetime(2026, 3, 8, 9, 5)


@pytest.mark.parametrize(
    ("name", "date", "moment"),
    [("pl_PL", "08.10.2026", "08.03.2026 09:05"), ("ru_RU", "08.10.2026", "08.03.2026 09:05"),
     ("en_GB", "08/10/2026", "08/03/2026 09:05"), ("en_US", "10/08/2026", "03/08/2026 9:05\u202fAM")],
)
def test_dates_and_stamps_have_two_digit_day_and_month(name: str, date: str, moment: str) -> None:
    locale = QLocale(name)
    assert format_value(FieldDef(1, "Date", "date"), DAY, locale) == date
    assert format_value(FieldDef(1, "When", "datetime"), MOMENT, locale).replace(" ", " ") == moment.replace(" ", " ")
    assert timestamp_text(MOMENT, locale) == format_value(FieldDef(1, "When", "datetime"), MOMENT, locale)
    assert clock_text(MOMENT, locale) in timestamp_text(MOMENT, locale)
    assert "dd" in date_format(locale) and "MM" in date_format(locale)


def test_a_formula_date_reads_like_a_date_field() -> None:
    formula = FieldDef(1, "Due", "formula", formula="{Date}", result_type="date")
    assert format_value(formula, DAY, QLocale("pl_PL")) == "08.10.2026"
