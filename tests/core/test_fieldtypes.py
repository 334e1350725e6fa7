"""Every field type parses, validates, formats and round-trips through a real column on every backend."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from supasoft.core.fieldtypes import DEFAULT_FIELD_TYPES, FileValue, field_types
from supasoft.core.meta import FieldDef
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends


def fdef(type_: str, **kw: object) -> FieldDef:
    return FieldDef(1, "F", type_, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("type_", "raw", "expected"),
    [
        ("string", "  Zażółć  ", "Zażółć"),
        ("text", "line1\r\nline2\n", "line1\nline2"),
        ("integer", "1 234", 1234),
        ("integer", 7.0, 7),
        ("decimal", "1 234,565", Decimal("1234.57")),
        ("decimal", "-2.675", Decimal("-2.68")),
        ("money", "1,234.5", Decimal("1234.50")),
        ("float", "3,25", 3.25),
        ("date", "31.12.2025", dt.date(2025, 12, 31)),
        ("date", "2025-01-02", dt.date(2025, 1, 2)),
        ("datetime", "2025-01-02 13:45", dt.datetime(2025, 1, 2, 13, 45)),
        ("boolean", "tak", True),
        ("boolean", "нет", False),
        ("boolean", "", False),
        ("email", "a@b.pl", "a@b.pl"),
        ("phone", "+48 (12) 345-67-89", "+48 (12) 345-67-89"),
        ("url", "example.com/x", "http://example.com/x"),
        ("reference", "42", 42),
        ("user", 3, 3),
    ],
)
def test_parse(type_: str, raw: object, expected: object) -> None:
    f = fdef(type_)
    value = field_types.get(type_).parse(raw, f)
    assert value == expected
    assert field_types.get(type_).validate(value, f) is None


@pytest.mark.parametrize(
    ("type_", "raw", "options"),
    [
        ("integer", "12.5", {}),
        ("integer", "abc", {}),
        ("decimal", "1e5000", {}),
        ("date", "31.02.2025", {}),
        ("datetime", "yesterday", {}),
        ("boolean", "maybe", {}),
        ("choice", "Purple", {"choices": ("Red", "Green")}),
        ("reference", "Acme", {"target": 1}),
    ],
)
def test_parse_rejects(type_: str, raw: object, options: dict) -> None:
    with pytest.raises(ValueError):
        field_types.get(type_).parse(raw, fdef(type_, **options))


@pytest.mark.parametrize(
    ("type_", "value", "options"),
    [
        ("string", "x" * 11, {"length": 10}),
        ("email", "not-an-email", {}),
        ("phone", "call me maybe", {}),
        ("url", "ht!tp://", {}),
        ("decimal", Decimal("12345.67"), {"precision": 5, "scale": 2}),
        ("file", FileValue("a.bin", b"x" * 11), {"max_bytes": 10}),
    ],
)
def test_validate_rejects(type_: str, value: object, options: dict) -> None:
    assert field_types.get(type_).validate(value, fdef(type_, **options))


def test_choice_matches_ignoring_case() -> None:
    f = fdef("choice", choices=("New", "Paid"))
    assert field_types.get("choice").parse("paid", f) == "Paid"
    assert field_types.get("choice").check_options(fdef("choice")) == ["needs at least one choice"]


def test_money_format_groups_thousands() -> None:
    f = fdef("money")
    assert field_types.get("money").format(Decimal("1234567.5"), f) == "1,234,567.50"


def test_registry_has_every_type_once() -> None:
    keys = [cls.type for cls in DEFAULT_FIELD_TYPES]
    assert len(keys) == len(set(keys))
    assert set(keys) >= {"string", "text", "integer", "decimal", "money", "float", "date", "datetime", "boolean",
                         "choice", "reference", "formula", "email", "phone", "url", "file", "user"}


SAMPLES: dict[str, tuple[dict, object]] = {
    "string": ({"length": 50}, "Клиент «Север» — zażółć"),
    "text": ({}, "Долгий текст\nз nowymi liniami"),
    "integer": ({}, -9007199254740993),
    "decimal": ({"precision": 18, "scale": 4}, Decimal("-12345678901234.5678")),
    "money": ({}, Decimal("9999999999999999.99")),
    "float": ({}, 0.1),
    "date": ({}, dt.date(1900, 2, 28)),
    "datetime": ({}, dt.datetime(2030, 12, 31, 23, 59, 58, 123400)),
    "boolean": ({}, True),
    "choice": ({"choices": ("Tak", "Нет")}, "Нет"),
    "email": ({}, "jan.kowalski@example.pl"),
    "phone": ({}, "+7 (495) 123-45-67"),
    "url": ({}, "https://example.com/a?b=c"),
    "user": ({}, None),
    "rating": ({"extra": {"stars": 7}}, 6),
}


@pytest.mark.parametrize("type_", sorted(SAMPLES))
def test_round_trip_through_a_real_column(session: Session, type_: str) -> None:
    options, value = SAMPLES[type_]
    obj = session.configuration.add_object("Thing", "Things")
    field = session.configuration.add_field(obj.id, FieldDef(0, "Value", type_, **options))
    record = session.records.new(obj.id)
    record.values[field.id] = value
    saved = session.records.save(record)
    again = session.records.get(obj.id, saved.id)
    assert again.values[field.id] == value
    assert type(again.values[field.id]) is type(value)


def test_reference_and_file_round_trip(session: Session) -> None:
    cfg, rec = session.configuration, session.records
    target = cfg.add_catalog("City", "Cities")
    obj = cfg.add_object("Client", "Clients")
    ref = cfg.add_field(obj.id, FieldDef(0, "City", "reference", target=target.id))
    doc = cfg.add_field(obj.id, FieldDef(0, "Contract", "file", max_bytes=1000))
    city = rec.new(target.id)
    city.values[target.fields[0].id] = "Kraków"
    city = rec.save(city)
    record = rec.new(obj.id)
    record.values[ref.id] = city.id
    record.values[doc.id] = FileValue("umowa.pdf", b"%PDF-1.4 \x00\xff")
    saved = rec.save(record)
    assert saved.values[ref.id] == city.id
    stored = saved.values[doc.id]
    assert stored.name == "umowa.pdf" and stored.size == 11
    assert rec.read_file(stored.file_id) == ("umowa.pdf", b"%PDF-1.4 \x00\xff")
    assert rec.display(target.id, city.id) == "Kraków"


_CANDIDATES: list[object] = [
    "plain", " leading", "trailing ", "two\nlines", "dos\r\nline", "mac\rline", "\ttab", "x" * 21, "", " ", "Łódź 𝄞",
    "end\n", 0, 7, -3, 2**40, 1.5, Decimal("1.50"), Decimal("1.5"), Decimal("1.555"), True, False, None,
    dt.date(2024, 2, 29), dt.datetime(2024, 2, 29, 10, 0, 0, 123400), dt.datetime(2024, 2, 29, 10, 0, 0, 123456),
    "New", "new", "Paid",
]


@pytest.mark.parametrize("type_", ["string", "text", "integer", "decimal", "money", "date", "datetime", "boolean",
                                   "choice", "email", "phone", "url", "rating"])
def test_fast_paths_accept_only_what_parse_keeps(type_: str) -> None:
    """A bulk import skips parsing for values the fast checks accept: each must be exactly what parse returns."""
    from supasoft.core.fieldtypes.columns import column_check

    ft = field_types.get(type_)
    f = FieldDef(1, "F", type_, length=20 if type_ in ("string", "text") else None, choices=("New", "Paid"))
    fast, column = ft.fast_check(f), column_check(ft, f)
    assert fast is not None and column is not None
    for value in _CANDIDATES:
        if value is None:
            continue
        accepted = fast(value)
        assert column([value]) == accepted, value  # the row and the column paths agree
        if accepted:
            assert ft.parse(value, f) == value and ft.validate(value, f) is None, value
    assert column(["end\r", "\nstart"]) is False  # "\r\n" across two values is no "\r\n" in one
