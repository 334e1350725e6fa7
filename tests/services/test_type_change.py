"""Type changes give the same values on every engine, whether the engine copies them in one statement or one by one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from supasoft.core.errors import ConversionError, SchemaError
from supasoft.core.meta import FieldDef
from supasoft.services.integrity import check_database
from supasoft.services.session import Session
from supasoft.services.type_change import exact_copy, new_definition
from supasoft.storage.type_convert import ExactCopy

pytestmark = pytest.mark.all_backends


def thing_with(session: Session, type_: str, values: list[object], **options: object) -> tuple[int, int, list[int]]:
    obj = session.configuration.add_object("Thing", "Things")
    field = session.configuration.add_field(obj.id, FieldDef(0, "Value", type_, **options))  # type: ignore[arg-type]
    ids = []
    for value in values:
        record = session.records.new(obj.id)
        record.values[field.id] = value
        ids.append(session.records.save(record).id)
    return obj.id, field.id, ids


def values_of(session: Session, object_id: int, field_id: int, ids: list[int]) -> list[object]:
    return [session.records.get(object_id, i).values[field_id] for i in ids]


@pytest.mark.parametrize(
    ("old", "old_options", "new", "new_options", "expected"),
    [
        ("integer", {}, "money", {}, ExactCopy(factor=100, limit=10**16)),
        ("integer", {}, "decimal", {"precision": 6, "scale": 1}, ExactCopy(factor=10, limit=10**5)),
        ("decimal", {"scale": 1}, "money", {"scale": 3}, ExactCopy(factor=100, limit=10**16)),
        ("money", {"scale": 3}, "decimal", {"scale": 1}, None),  # rounding: value by value
        ("integer", {}, "float", {}, ExactCopy(to_float=True)),
        ("integer", {}, "integer", {}, ExactCopy()),
        ("integer", {}, "rating", {}, None),  # 1 to 5 stars: each value is checked
        ("integer", {}, "decimal", {"minimum": 0}, None),  # a range: each value is checked
        ("email", {}, "string", {"length": 20}, ExactCopy(text=True, max_length=20)),
        ("string", {}, "text", {}, ExactCopy(text=True, long_text=True)),
        ("string", {}, "email", {}, None),  # the address must be checked
        ("choice", {"choices": ("A",)}, "string", {}, None),
        ("float", {}, "integer", {}, None),
        ("string", {}, "integer", {}, None),
    ],
)
def test_exact_copies_are_the_lossless_conversions(old: str, old_options: dict, new: str, new_options: dict,
                                                   expected: ExactCopy | None, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("no database involved")
    before = FieldDef(1, "Value", old, **old_options)  # type: ignore[arg-type]
    after = new_definition(before, {"type": new, **new_options})
    assert exact_copy(before, after) == expected


@pytest.mark.parametrize(
    ("old", "options", "values", "new", "new_options", "expected"),
    [
        ("integer", {}, [5, -3, 0], "money", {}, [Decimal("5.00"), Decimal("-3.00"), Decimal("0.00")]),
        ("decimal", {"scale": 1}, [Decimal("1.5"), Decimal("-2.0")], "decimal", {"scale": 3},
         [Decimal("1.500"), Decimal("-2.000")]),
        ("money", {"scale": 3}, [Decimal("1.250"), Decimal("2.000")], "decimal", {"scale": 2},
         [Decimal("1.25"), Decimal("2.00")]),
        ("integer", {}, [7, -1], "float", {}, [7.0, -1.0]),
        ("string", {}, ["plain", "Zażółć"], "text", {}, ["plain", "Zażółć"]),
        ("text", {}, ["  indented", "line\nnext"], "string", {}, ["indented", "line\nnext"]),
    ],
)
def test_conversions_give_the_same_values_on_every_engine(session: Session, old: str, options: dict, values: list,
                                                          new: str, new_options: dict, expected: list) -> None:
    oid, fid, ids = thing_with(session, old, values, **options)
    report = session.configuration.change_field_type(oid, fid, type=new, **new_options)
    assert (report.total, report.converted, report.failures) == (len(values), len(values), [])
    assert values_of(session, oid, fid, ids) == expected
    if new != "float":  # a float column on Firebird is reported as DOUBLE PRECISION vs FLOAT(53) by the audit itself
        assert check_database(session) == []


def test_text_too_long_for_the_new_string_is_refused_and_kept(session: Session) -> None:
    oid, fid, ids = thing_with(session, "text", ["short", "x" * 30, "fits", "y" * 12])
    with pytest.raises(ConversionError) as info:
        session.configuration.change_field_type(oid, fid, type="string", length=10)
    assert info.value.report.failures == [(ids[1], "x" * 30), (ids[3], "y" * 12)]
    assert values_of(session, oid, fid, ids) == ["short", "x" * 30, "fits", "y" * 12]
    report = session.configuration.change_field_type(oid, fid, type="string", length=10, on_failure="keep")
    assert report.failures == [(ids[1], "x" * 30), (ids[3], "y" * 12)]
    kept = session.configuration.object(oid).field_by_name("Value (old value)")
    assert kept is not None
    assert values_of(session, oid, fid, ids) == ["short", None, "fits", None]
    assert values_of(session, oid, kept.id, ids) == [None, "x" * 30, None, "y" * 12]
    assert check_database(session) == []


def test_fields_that_hold_no_plain_values_cannot_change_type(session: Session) -> None:
    oid, fid, ids = thing_with(session, "integer", [1])
    with pytest.raises(SchemaError, match="cannot become a formula field"):
        session.configuration.change_field_type(oid, fid, type="formula", formula="1")
    with pytest.raises(SchemaError, match="cannot become a file field"):
        session.configuration.change_field_type(oid, fid, type="file")
    assert values_of(session, oid, fid, ids) == [1]



def test_whole_numbers_becoming_a_rating_are_each_checked(session: Session) -> None:
    oid, fid, ids = thing_with(session, "integer", [3, 7, 5])
    with pytest.raises(ConversionError) as info:
        session.configuration.change_field_type(oid, fid, type="rating")
    assert info.value.report.failures == [(ids[1], "7")]
    assert values_of(session, oid, fid, ids) == [3, 7, 5]
