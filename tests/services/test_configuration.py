"""Live structure changes keep data: renames, type changes with preview, deletes with uses, backups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from supasoft.core.errors import ConversionError, InUseError, SchemaError
from supasoft.core.formulas import FormulaError
from supasoft.core.meta import ColumnDef, FieldDef, ListDef
from supasoft.services.integrity import check_database
from supasoft.services.session import Session, open_session

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


def test_renames_need_no_ddl_and_keep_data(session: Session) -> None:
    oid, fid, ids = thing_with(session, "string", ["a"])
    with session.storage.connect() as conn:
        before = sorted(sa.inspect(conn).get_table_names())
    session.configuration.update_object(oid, name="Клиент", plural="Клиенты")
    session.configuration.update_field(oid, fid, name='"; DROP TABLE x; --')
    with session.storage.connect() as conn:
        assert sorted(sa.inspect(conn).get_table_names()) == before
    assert session.configuration.object(oid).field_by_id(fid).name == '"; DROP TABLE x; --'
    assert values_of(session, oid, fid, ids) == ["a"]


def test_bad_names_are_refused(session: Session) -> None:
    oid = session.configuration.add_object("A", "As").id
    for bad in ("", "   ", "x" * 201, "{Price}", "a.b", "tab\tname"):
        with pytest.raises(SchemaError):
            session.configuration.add_field(oid, FieldDef(0, bad, "string"))
    session.configuration.add_field(oid, FieldDef(0, "Name", "string"))
    with pytest.raises(SchemaError, match="already has a field"):
        session.configuration.add_field(oid, FieldDef(0, " name ", "integer"))
    with pytest.raises(SchemaError, match="already exists"):
        session.configuration.add_object("as")


def test_preview_lists_exactly_the_values_that_wont_convert(session: Session) -> None:
    oid, fid, ids = thing_with(session, "string", ["12", " 7 ", "twelve", None, "3.5", "1 000"])
    report = session.configuration.preview_type_change(oid, fid, type="integer")
    assert (report.total, report.converted) == (5, 3)
    assert report.failures == [(ids[2], "twelve"), (ids[4], "3.5")]
    with pytest.raises(ConversionError, match="'twelve', '3.5'"):
        session.configuration.change_field_type(oid, fid, type="integer")
    assert session.configuration.object(oid).field_by_id(fid).type == "string"
    assert values_of(session, oid, fid, ids) == ["12", "7", "twelve", None, "3.5", "1 000"]


def test_type_change_keeps_unconvertible_values_in_a_note_field(session: Session) -> None:
    oid, fid, ids = thing_with(session, "string", ["12", "twelve", None])
    report = session.configuration.change_field_type(oid, fid, type="integer", on_failure="keep")
    assert report.failures == [(ids[1], "twelve")]
    obj = session.configuration.object(oid)
    kept = obj.field_by_name("Value (old value)")
    assert kept is not None and kept.type == "text"
    assert values_of(session, oid, fid, ids) == [12, None, None]
    assert values_of(session, oid, kept.id, ids) == [None, "twelve", None]
    assert check_database(session) == []


@pytest.mark.parametrize(
    ("old", "options", "values", "new", "new_options", "expected"),
    [
        ("string", {}, ["2025-01-31", "31.12.2024"], "date", {}, [dt.date(2025, 1, 31), dt.date(2024, 12, 31)]),
        ("integer", {}, [5, -3], "decimal", {"scale": 2}, [Decimal("5.00"), Decimal("-3.00")]),
        ("decimal", {"scale": 2}, [Decimal("1.25")], "string", {}, ["1.25"]),
        ("string", {}, ["paid", "New"], "choice", {"choices": ("New", "Paid")}, ["Paid", "New"]),
        ("integer", {}, [0, 1], "boolean", {}, [False, True]),
        ("date", {}, [dt.date(2025, 3, 1)], "datetime", {}, [dt.datetime(2025, 3, 1)]),
        ("string", {"length": 100}, ["abc"], "string", {"length": 5}, ["abc"]),
    ],
)
def test_type_changes_convert(session: Session, old: str, options: dict, values: list, new: str, new_options: dict, expected: list) -> None:
    oid, fid, ids = thing_with(session, old, values, **options)
    if old == new:
        session.configuration.update_field(oid, fid, **new_options)
    else:
        report = session.configuration.change_field_type(oid, fid, type=new, **new_options)
        assert report.failures == []
    assert values_of(session, oid, fid, ids) == expected
    assert check_database(session) == []


def test_shortening_a_string_refuses_values_too_long(session: Session) -> None:
    oid, fid, ids = thing_with(session, "string", ["short", "much too long"])
    with pytest.raises(ConversionError):
        session.configuration.change_field_type(oid, fid, type="string", length=5)
    assert values_of(session, oid, fid, ids) == ["short", "much too long"]


def test_string_to_reference_matches_names(session: Session) -> None:
    cfg = session.configuration
    city = cfg.add_catalog("City", "Cities")
    for name in ("Kraków", "Gdańsk"):
        r = session.records.new(city.id)
        r.values[city.fields[0].id] = name
        session.records.save(r)
    oid, fid, ids = thing_with(session, "string", ["kraków", "GDAŃSK", "Paris"])
    report = cfg.preview_type_change(oid, fid, type="reference", target=city.id)
    assert report.failures == [(ids[2], "Paris")]
    cfg.change_field_type(oid, fid, type="reference", target=city.id, on_failure="keep")
    shown = [session.records.display(city.id, v) for v in values_of(session, oid, fid, ids)]
    assert shown == ["Kraków", "Gdańsk", ""]
    assert check_database(session) == []


def test_deleting_a_used_field_lists_its_uses(session: Session) -> None:
    cfg = session.configuration
    obj = cfg.add_object("Item", "Items")
    price = cfg.add_field(obj.id, FieldDef(0, "Price", "money"))
    cfg.add_field(obj.id, FieldDef(0, "Gross", "formula", formula="{Price} * 1.23"))
    cfg.save_list(ListDef(0, obj.id, "All items", [ColumnDef((price.id,))]))
    with pytest.raises(InUseError) as info:
        cfg.delete_field(obj.id, price.id)
    assert sorted((u.kind, u.where) for u in info.value.uses) == [("formula", "Item.Gross"), ("table", "All items")]
    assert cfg.object(obj.id).field_by_id(price.id)


def test_deleting_a_used_object_lists_uses_then_cascades(session: Session) -> None:
    cfg = session.configuration
    client = cfg.add_catalog("Client", "Clients")
    order = cfg.add_object("Order", "Orders")
    cfg.add_link(order.id, client.id, "Orders")
    with pytest.raises(InUseError, match="Order.Client"):
        cfg.delete_object(client.id)
    cfg.delete_object(client.id, cascade=True)
    assert [f.name for f in cfg.object(order.id).fields] == []
    assert cfg.config.links == []
    assert check_database(session) == []


@pytest.mark.sqlite_only("automatic backups are SQLite files")
def test_destructive_changes_take_a_backup_and_keep_n(db_path) -> None:
    s = open_session(db_path, backup_keep=2)
    try:
        oid, fid, _ = thing_with(s, "string", ["x"])
        for n in range(3):
            f = s.configuration.add_field(oid, FieldDef(0, f"Tmp{n}", "integer"))
            s.configuration.delete_field(oid, f.id)
        backups = s.backups.automatic_backups()
        assert len(backups) == 2
        restored = open_session(backups[-1])
        try:
            assert restored.configuration.object(oid).field_by_name("Tmp2") is not None
        finally:
            restored.close()
    finally:
        s.close()


def test_formula_errors_are_reported_with_position(session: Session) -> None:
    obj = session.configuration.add_object("Item", "Items")
    session.configuration.add_field(obj.id, FieldDef(0, "Price", "money"))
    text = "{Price} * {Pricee}"
    with pytest.raises(FormulaError) as info:
        session.configuration.add_field(obj.id, FieldDef(0, "Gross", "formula", formula=text))
    error = info.value
    assert "Pricee" in text[error.position : error.position + max(error.length, 6)]
    assert error.position >= text.index("{Pricee}")
    assert session.configuration.object(obj.id).field_by_name("Gross") is None


def test_changing_a_formula_recomputes_all_records(session: Session) -> None:
    oid, fid, ids = thing_with(session, "integer", [1, 2, 3])
    f = session.configuration.add_field(oid, FieldDef(0, "Double", "formula", formula="{Value} * 2", scale=0))
    assert values_of(session, oid, f.id, ids) == [Decimal(2), Decimal(4), Decimal(6)]
    session.configuration.update_field(oid, f.id, formula="{Value} + 100")
    assert values_of(session, oid, f.id, ids) == [Decimal(101), Decimal(102), Decimal(103)]


def test_another_admins_change_is_picked_up(session: Session, db_path) -> None:
    obj = session.configuration.add_object("A", "As")
    other = open_session(db_path)
    try:
        other.configuration.add_field(obj.id, FieldDef(0, "New", "string"))
        assert session.configuration.refresh() is True
        assert session.configuration.object(obj.id).field_by_name("New") is not None
    finally:
        other.close()


def test_fast_sql_conversion_falls_back_when_a_value_does_not_fit(session: Session) -> None:
    oid, fid, ids = thing_with(session, "integer", [7, 10**17])
    report = session.configuration.preview_type_change(oid, fid, type="money")
    assert report.failures == [(ids[1], str(10**17))]
    report = session.configuration.change_field_type(oid, fid, type="money", on_failure="keep")
    assert values_of(session, oid, fid, ids) == [Decimal("7.00"), None]
    assert report.failures == [(ids[1], str(10**17))]


def test_formula_uses_come_from_what_the_formula_reads(session: Session) -> None:
    cfg = session.configuration
    product = cfg.add_object("Product", "Products")
    product_price = cfg.add_field(product.id, FieldDef(0, "Price", "money"))
    item = cfg.add_object("Item", "Items")
    price = cfg.add_field(item.id, FieldDef(0, "Price", "money"))
    cfg.add_field(item.id, FieldDef(0, "Gross", "formula", formula="{Price} * 1.23"))
    cfg.add_field(item.id, FieldDef(0, "Rounded", "formula", formula="ROUND({Gross}, 0)"))
    assert cfg.uses_of_field(product_price.id) == []  # same name, other object: not a use
    assert [(u.kind, u.where) for u in cfg.uses_of_field(price.id)] == [("formula", "Item.Gross")]
    cfg.delete_field(item.id, price.id, cascade=True)
    assert [f.name for f in cfg.object(item.id).fields] == []  # Gross read Price, Rounded read Gross
    assert check_database(session) == []
