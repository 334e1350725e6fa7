"""The hooks reports, documents, imports and an API use: each type answers, so none of them branches on type names."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from decimal import Decimal

import pytest

from supasoft.core.fieldtypes import FileValue, field_types
from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.fieldtypes.template_value import TemplateValue
from supasoft.core.meta import FieldDef


def fdef(type_: str, **kw: object) -> FieldDef:
    return FieldDef(1, "F", type_, **kw)  # type: ignore[arg-type]


def hook(key: str) -> FieldType:
    return field_types.get(key)


def test_the_unused_hooks_are_gone() -> None:
    assert not hasattr(FieldType, "to_export") and not hasattr(FieldType, "python_type")


# --- to_cell / cell_format ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "value", "cell", "kw"), [
    ("integer", 5, 5, {}),
    ("decimal", Decimal("1.50"), Decimal("1.50"), {}),
    ("money", Decimal("12.00"), Decimal("12.00"), {}),
    ("float", 0.25, 0.25, {}),
    ("date", dt.date(2025, 3, 14), dt.date(2025, 3, 14), {}),
    ("datetime", dt.datetime(2025, 3, 14, 9, 30), dt.datetime(2025, 3, 14, 9, 30), {}),
    ("boolean", False, False, {}),
    ("string", "Acme", "Acme", {}),
    ("choice", "New", "New", {"choices": ("New",)}),
    ("reference", 7, 7, {"target": 2}),
    ("file", FileValue("offer.pdf", file_id=3, size=10), "offer.pdf", {}),
    ("formula", Decimal("2.5000"), Decimal("2.5000"), {"formula": "1", "result_type": "number"}),
    ("string", None, None, {}),
])
def test_to_cell_writes_native_cell_values(key: str, value: object, cell: object, kw: dict) -> None:
    assert hook(key).to_cell(value, fdef(key, **kw)) == cell


@pytest.mark.parametrize(("key", "kw", "number_format"), [
    ("decimal", {}, "0.00"), ("decimal", {"scale": 0}, "0"), ("money", {"scale": 3}, "#,##0.000"),
    ("date", {}, "yyyy-mm-dd"), ("datetime", {}, "yyyy-mm-dd hh:mm"),
    ("formula", {"formula": "1"}, "#,##0.00"), ("formula", {"formula": "1", "scale": 1}, "#,##0.0"),
    ("formula", {"formula": "1", "result_type": "date"}, "yyyy-mm-dd"),
    ("formula", {"formula": "1", "result_type": "string"}, None),
    ("integer", {}, None), ("float", {}, None), ("string", {}, None), ("boolean", {}, None),
])
def test_cell_format_is_the_excel_number_format(key: str, kw: dict, number_format: str | None) -> None:
    assert hook(key).cell_format(fdef(key, **kw)) == number_format


# --- from_cell ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "raw", "locale", "value"), [
    ("money", "1 234,56", "pl_PL", Decimal("1234.56")),
    ("money", "1\u00a0234,56", "ru_RU", Decimal("1234.56")),
    ("money", "1.234,56", "de_DE", Decimal("1234.56")),
    ("money", "1,234.56", "en_US", Decimal("1234.56")),
    ("decimal", "1,234", "en_GB", Decimal("1234.00")),
    ("decimal", "1,234", "pl_PL", Decimal("1.23")),
    ("decimal", "1,5", "en", Decimal("1.50")),
    ("decimal", 0.1, "pl", Decimal("0.10")),
    ("integer", "12 000", "pl", 12000),
    ("float", "2,5", "ru", 2.5),
    ("date", "14.03.2025", "pl_PL", dt.date(2025, 3, 14)),
    ("date", "03/04/2025", "pl_PL", dt.date(2025, 4, 3)),
    ("date", "03/04/2025", "en_US", dt.date(2025, 3, 4)),
    ("date", "2025-03-14", "en_US", dt.date(2025, 3, 14)),
    ("date", dt.datetime(2025, 3, 14), "en", dt.date(2025, 3, 14)),
    ("date", 45730, "en", dt.date(2025, 3, 14)),
    ("datetime", "14.03.2025 09:30", "ru", dt.datetime(2025, 3, 14, 9, 30)),
    ("datetime", 45730.5, "en", dt.datetime(2025, 3, 14, 12, 0)),
    ("boolean", "Tak", "pl", True),
    ("string", 12.0, "en", "12"),
    ("money", "", "pl", None),
])
def test_from_cell_reads_the_files_locale(key: str, raw: object, locale: str, value: object) -> None:
    assert hook(key).from_cell(raw, fdef(key), locale) == value


@pytest.mark.parametrize(("key", "raw"), [("money", "lots"), ("date", "31.02.2025"), ("date", -5), ("integer", "1,5")])
def test_from_cell_refuses_what_is_not_a_value(key: str, raw: object) -> None:
    with pytest.raises(ValueError):
        hook(key).from_cell(raw, fdef(key), "pl")


# --- to_template -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "value", "locale", "text", "kw"), [
    ("money", Decimal("1234.50"), "pl_PL", "1\u00a0234,50", {}),
    ("money", Decimal("1234.50"), "en", "1,234.50", {}),
    ("money", Decimal("1234.50"), "de", "1.234,50", {}),
    ("decimal", Decimal("1234.5"), "ru", "1234,50", {}),
    ("integer", 1234, "pl", "1234", {}),
    ("float", 0.25, "pl", "0,25", {}),
    ("date", dt.date(2025, 3, 14), "pl", "14.03.2025", {}),
    ("date", dt.date(2025, 3, 14), "en", "2025-03-14", {}),
    ("date", dt.date(2025, 3, 14), "en_US", "03/14/2025", {}),
    ("datetime", dt.datetime(2025, 3, 14, 9, 5), "ru", "14.03.2025 09:05", {}),
    ("boolean", True, "pl", "Tak", {}),
    ("boolean", False, "ru", "Нет", {}),
    ("string", "Acme", "pl", "Acme", {}),
    ("file", FileValue("a.pdf"), "pl", "a.pdf", {}),
    ("formula", Decimal("1234.5678"), "pl", "1\u00a0234,57", {"formula": "1"}),
    ("formula", dt.date(2025, 3, 14), "pl", "14.03.2025", {"formula": "1", "result_type": "date"}),
    ("money", None, "pl", "", {}),
])
def test_to_template_gives_the_text_in_the_documents_language(key: str, value: object, locale: str, text: str,
                                                               kw: dict) -> None:
    shown = hook(key).to_template(value, fdef(key, **kw), locale)
    assert isinstance(shown, TemplateValue)
    assert shown == text
    assert shown.value == value


def test_a_template_value_keeps_its_value_when_copied() -> None:
    shown = hook("money").to_template(Decimal("5.00"), fdef("money"), "pl")
    again = pickle.loads(pickle.dumps(shown))
    assert (again, again.value) == ("5,00", Decimal("5.00"))


# --- to_api / from_api -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "value", "api", "kw"), [
    ("money", Decimal("0.10"), "0.10", {}),
    ("integer", 5, 5, {}),
    ("float", 0.5, 0.5, {}),
    ("date", dt.date(2025, 3, 14), "2025-03-14", {}),
    ("datetime", dt.datetime(2025, 3, 14, 9, 30), "2025-03-14T09:30:00", {}),
    ("boolean", True, True, {}),
    ("reference", 7, 7, {"target": 2}),
    ("file", FileValue("a.pdf", file_id=3, size=4), {"file_id": 3, "name": "a.pdf", "size": 4}, {}),
    ("string", None, None, {}),
])
def test_to_api_gives_json_and_from_api_takes_it_back(key: str, value: object, api: object, kw: dict) -> None:
    f = fdef(key, **kw)
    out = hook(key).to_api(value, f)
    assert out == api
    assert hook(key).from_api(json.loads(json.dumps(out)), f) == value


@pytest.mark.parametrize(("key", "raw", "value"), [
    ("money", 12, Decimal("12.00")), ("money", "12.5", Decimal("12.50")), ("integer", "7", 7),
    ("datetime", "2025-03-14", dt.datetime(2025, 3, 14)), ("boolean", None, False),
])
def test_from_api_accepts_plain_json_numbers_and_iso_dates(key: str, raw: object, value: object) -> None:
    assert hook(key).from_api(raw, fdef(key)) == value


def test_from_api_turns_an_instant_elsewhere_into_local_time() -> None:
    value = hook("datetime").from_api("2025-03-14T09:30:00+00:00", fdef("datetime"))
    expected = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert value == expected


@pytest.mark.parametrize(("key", "raw", "problem"), [
    ("money", "1 234,56", "is not a number"),
    ("money", True, "is not a number"),
    ("integer", [1], "is not a number"),
    ("date", "14.03.2025", "is not a date in ISO form"),
    ("date", 45730, "is not a date in ISO form"),
    ("datetime", "tomorrow", "is not a date and time in ISO form"),
    ("boolean", "yes", "is not true or false"),
    ("boolean", 1, "is not true or false"),
    ("reference", "7", "is not a record"),
    ("reference", True, "is not a record"),
    ("string", 5, "is not a text"),
    ("file", "a.pdf", "is not a file"),
    ("choice", {"a": 1}, "is not a single value"),
])
def test_from_api_is_strict(key: str, raw: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        hook(key).from_api(raw, fdef(key, choices=("a",)))
