"""The date, money and number filters write a value as the document's language does, whatever the field's format."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from supasoft.core.fieldtypes.template_value import TemplateValue
from supasoft.services.document_errors import DocumentError
from supasoft.services.document_filters import DateFilter, MoneyFilter, NumberFilter, WordsFilter
from supasoft.services.document_sandbox import BlankUndefined

NBSP = "\u00a0"
MARCH_14 = TemplateValue("14.03.2025", dt.date(2025, 3, 14))  # a Friday


@pytest.mark.parametrize(("locale", "pattern", "expected"), [
    ("pl", "short", "14.03.2025"),
    ("pl", "long", "14 marca 2025"),
    ("ru", "long", "14 марта 2025 г."),
    ("en", "long", "March 14, 2025"),
    ("de", "long", "14. März 2025"),
    ("pl", "month", "marzec 2025"),
    ("ru", "month", "март 2025"),
    ("uk", "%d %B %Y", "14 березня 2025"),
    ("ru", "%A, %d.%m.%y", "пятница, 14.03.25"),
    ("en", "%d/%m/%Y", "14/03/2025"),
])
def test_dates_in_each_language(locale: str, pattern: str, expected: str) -> None:
    assert DateFilter(locale)(MARCH_14, pattern) == expected


def test_dates_from_plain_values_and_empty_ones() -> None:
    shown = DateFilter("pl")
    assert shown(dt.datetime(2025, 1, 2, 9, 30)) == "02.01.2025 09:30"
    assert shown("2025-12-31", "long") == "31 grudnia 2025"
    assert shown(TemplateValue("", None)) == "" and shown(None, "long") == ""
    assert shown(BlankUndefined(name="hidden_date"), "long") == ""  # a field the reader may not see prints nothing
    with pytest.raises(DocumentError, match="needs a date"):
        shown(TemplateValue("7", 7))


@pytest.mark.parametrize(("locale", "args", "expected"), [
    ("pl", (), f"1{NBSP}234,50"),
    ("pl", ("PLN",), f"1{NBSP}234,50{NBSP}zł"),
    ("ru", ("RUB",), f"1{NBSP}234,50{NBSP}₽"),
    ("en", ("USD",), "$1,234.50"),
    ("en", ("EUR", 0), "€1,235"),
    ("pl", ("EUR", 0), f"1{NBSP}235{NBSP}€"),
    ("de", ("CHF",), f"1.234,50{NBSP}CHF"),
    ("pl", ("zł",), f"1{NBSP}234,50{NBSP}zł"),
])
def test_money(locale: str, args: tuple, expected: str) -> None:
    assert MoneyFilter(locale)(TemplateValue("1 234,5", Decimal("1234.5")), *args) == expected


def test_negative_money_and_numbers() -> None:
    assert MoneyFilter("en")(Decimal("-5.125"), "USD") == "-$5.13"
    assert NumberFilter("ru")(Decimal("1234567.891"), 1) == f"1{NBSP}234{NBSP}567,9"
    assert NumberFilter("pl")(3) == "3" and NumberFilter("pl")(None) == ""
    assert NumberFilter("en")(TemplateValue("2.000", Decimal("2.000")), 0) == "2"
    with pytest.raises(DocumentError, match="whole number"):
        NumberFilter("pl")(1, "two")
    with pytest.raises(DocumentError, match="needs a number"):
        MoneyFilter("pl")("abc")


@pytest.mark.parametrize(("locale", "args", "expected"), [
    ("pl", ("PLN",), "tysiąc dwieście trzydzieści cztery złote, pięćdziesiąt groszy"),
    ("ru", ("RUB",), "одна тысяча двести тридцать четыре рубля, пятьдесят копеек"),
    ("en", ("USD",), "one thousand, two hundred and thirty-four dollars, fifty cents"),
    ("pl", (), "tysiąc dwieście trzydzieści cztery przecinek pięć"),
])
def test_amounts_in_words(locale: str, args: tuple, expected: str) -> None:
    assert WordsFilter(locale)(TemplateValue("1 234,50", Decimal("1234.50")), *args) == expected


def test_words_of_an_unknown_currency_are_refused_in_words() -> None:
    assert WordsFilter("pl")(None, "PLN") == ""
    with pytest.raises(DocumentError, match="XYZ cannot be written in words"):
        WordsFilter("pl")(Decimal(1), "XYZ")
