"""A unique key over several fields (an order and a product once per order): added with its unique index, refusing
duplicates on save and on bulk inserts with a message naming the fields and the other record's Code; refused over
records that already share the values (nothing changes); its fields cannot be deleted or made un-uniqueable first."""

from __future__ import annotations

import pytest

from supasoft.core.errors import InUseError, SchemaError, ValidationError
from supasoft.core.meta import FieldDef
from supasoft.core.serialization import configuration_from_json, configuration_to_json
from supasoft.services.integrity import check_database
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.storage.physical import key_index, table_name

pytestmark = pytest.mark.all_backends


def order_lines(session: Session) -> tuple[int, int, int, int]:
    """Orders, Products and Lines (Order, Product, Quantity): returns (lines id, order field, product field, quantity)."""
    cfg = session.configuration
    order = cfg.add_object("Order", "Orders", code_prefix="ORD-")
    product = cfg.add_object("Product", "Products", code_prefix="P-")
    line = cfg.add_object("Line", "Lines", code_prefix="L-", code_width=3)
    order_field = cfg.add_field(line.id, FieldDef(0, "Order", "reference", target=order.id))
    product_field = cfg.add_field(line.id, FieldDef(0, "Product", "reference", target=product.id))
    quantity = cfg.add_field(line.id, FieldDef(0, "Quantity", "integer"))
    return line.id, order_field.id, product_field.id, quantity.id


def make(session: Session, object_name: str, name: str) -> int:
    obj = session.configuration.config.object_by_name(object_name)
    assert obj is not None
    record = session.records.new(obj.id)
    record.values.update({f.id: name for f in obj.fields[:1]})
    return session.records.save(record).id or 0


def add_line(session: Session, line: int, values: dict[int, object]) -> int:
    record = session.records.new(line)
    record.values.update(values)
    return session.records.save(record).id or 0


def index_names(session: Session, object_id: int) -> set[str]:
    import sqlalchemy as sa

    with session.storage.connect() as conn:
        return {(ix.get("name") or "").lower() for ix in sa.inspect(conn).get_indexes(table_name(object_id))}


def test_a_key_refuses_a_second_line_of_the_same_product_in_an_order(session: Session) -> None:
    line, order, product, quantity = order_lines(session)
    key = session.configuration.add_unique_key(line, [order, product])
    assert key.name == "Order + Product"
    lines = session.configuration.object(line)
    assert key_index(lines, key).name in index_names(session, line)
    o1, o2 = make(session, "Order", "first"), make(session, "Order", "second")
    chai, tea = make(session, "Product", "Chai"), make(session, "Product", "Tea")
    first = add_line(session, line, {order: o1, product: chai, quantity: 1})
    add_line(session, line, {order: o1, product: tea, quantity: 2})
    add_line(session, line, {order: o2, product: chai, quantity: 3})
    add_line(session, line, {order: None, product: None})  # a record with the whole key empty is not held to it
    add_line(session, line, {order: None, product: None})
    add_line(session, line, {order: None, product: chai})
    with pytest.raises(ValidationError) as empty:  # an empty value counts as a value (as Firebird's index has it)
        add_line(session, line, {order: None, product: chai})
    assert str(empty.value.problems[0].message) == "The values — / P-1 of Order, Product are already used by L-006"
    with pytest.raises(ValidationError) as caught:
        add_line(session, line, {order: o1, product: chai, quantity: 9})
    (problem,) = caught.value.problems
    assert problem.field_id == order
    assert str(problem.message) == "The values ORD-1 / P-1 of Order, Product are already used by L-001"
    again = session.records.get(line, first)  # saving the holder itself is fine
    again.values[quantity] = 5
    session.records.save(again)
    assert session.records.get(line, first).values[quantity] == 5


def test_bulk_inserts_refuse_a_key_held_by_a_stored_record_or_an_earlier_row(session: Session) -> None:
    line, order, product, _quantity = order_lines(session)
    session.configuration.add_unique_key(line, [order, product], "One product per order")
    o1, chai, tea = make(session, "Order", "first"), make(session, "Product", "Chai"), make(session, "Product", "Tea")
    add_line(session, line, {order: o1, product: chai})
    with pytest.raises(ValidationError) as stored:
        session.records.insert_many(line, [{order: o1, product: tea}, {order: o1, product: chai}])
    assert [str(p.message) for p in stored.value.problems] == ["The values ORD-1 / P-1 of Order, Product are already used by L-001"]
    with pytest.raises(ValidationError) as repeated:
        session.records.insert_many(line, [{order: o1, product: tea}, {}, {order: o1, product: tea}])
    assert [str(p.message) for p in repeated.value.problems] == ["The values ORD-1 / P-2 of Order, Product repeat row 1"]
    assert len(session.records.insert_many(line, [{order: o1, product: tea}, {}, {}, {order: None, product: tea}])) == 4


def test_a_key_over_records_that_already_share_values_is_refused_and_nothing_changes(session: Session) -> None:
    line, order, product, _quantity = order_lines(session)
    o1, chai = make(session, "Order", "first"), make(session, "Product", "Chai")
    add_line(session, line, {order: o1, product: chai})
    add_line(session, line, {order: o1, product: chai})
    version = session.configuration.config.version
    before = index_names(session, line)
    with pytest.raises(SchemaError) as caught:
        session.configuration.add_unique_key(line, [order, product])
    assert str(caught.value) == ("2 records share the values ORD-1 / P-1 of Order, Product; "
                                 "make them different before adding the unique key")
    assert session.configuration.config.version == version
    assert session.configuration.object(line).unique_keys == []
    assert index_names(session, line) == before


def test_a_field_in_a_key_stays_until_the_key_is_removed(session: Session) -> None:
    line, order, product, quantity = order_lines(session)
    cfg = session.configuration
    key = cfg.add_unique_key(line, [order, product, quantity])
    with pytest.raises(InUseError) as caught:
        cfg.delete_field(line, quantity)
    assert "unique key: Order + Product + Quantity" in str(caught.value)
    with pytest.raises(SchemaError) as retyped:
        cfg.change_field_type(line, quantity, type="text")
    assert "Quantity is part of the unique key" in str(retyped.value)
    cfg.remove_unique_key(line, key.id)
    assert key_index(cfg.object(line), key).name not in index_names(session, line)
    cfg.delete_field(line, quantity)
    assert [f.name for f in cfg.object(line).fields] == ["Order", "Product"]


def test_a_cascade_delete_of_a_key_field_removes_the_key_and_a_type_change_keeps_its_index(session: Session) -> None:
    line, order, product, quantity = order_lines(session)
    cfg = session.configuration
    kept = cfg.add_unique_key(line, [order, quantity])
    gone = cfg.add_unique_key(line, [product, quantity])
    cfg.change_field_type(line, quantity, type="decimal", precision=12, scale=2)
    lines = cfg.object(line)
    assert {key_index(lines, kept).name, key_index(lines, gone).name} <= index_names(session, line)
    assert check_database(session) == []  # the keys' indexes are over the moved column
    cfg.delete_field(line, product, cascade=True)
    assert [k.id for k in cfg.object(line).unique_keys] == [kept.id]
    assert key_index(lines, gone).name not in index_names(session, line)
    o1 = make(session, "Order", "first")
    add_line(session, line, {order: o1, quantity: "2.5"})
    with pytest.raises(ValidationError):
        add_line(session, line, {order: o1, quantity: "2.50"})


def test_keys_travel_in_the_structure_document_and_older_documents_have_none(session: Session) -> None:
    line, order, product, _quantity = order_lines(session)
    cfg = session.configuration
    assert '"unique_keys"' not in configuration_to_json(cfg.config)  # documents without keys stay as they were
    key = cfg.add_unique_key(line, [order, product], "Once per order")
    restored = configuration_from_json(configuration_to_json(cfg.config))
    assert restored.object_by_id(line).unique_keys == [key]


def test_keys_refuse_fields_that_cannot_be_unique_and_repeated_keys(session: Session) -> None:
    line, order, product, quantity = order_lines(session)
    cfg = session.configuration
    notes = cfg.add_field(line, FieldDef(0, "Notes", "text"))
    for fields, expected in (([], "A unique key needs at least one field"),
                             ([order, notes.id], "Notes cannot be part of a unique key"),
                             ([order, order], "Order is listed 2 times"),
                             ([999999], "#999999 is not a field of Line")):
        with pytest.raises(SchemaError) as caught:
            cfg.add_unique_key(line, fields)
        assert expected in str(caught.value)
    cfg.add_unique_key(line, [order, product])
    with pytest.raises(SchemaError) as twice:
        cfg.add_unique_key(line, [product, order])
    assert "already covers these fields" in str(twice.value)
    assert quantity


def test_a_save_racing_another_users_save_gets_the_keys_message(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check before the write found nothing (the other save committed just after it): the unique index refuses,
    and the user reads the same message as when the check sees the other record."""
    import supasoft.services.record_writes as record_writes

    line, order, product, _quantity = order_lines(session)
    session.configuration.add_unique_key(line, [order, product])
    o1, chai = make(session, "Order", "first"), make(session, "Product", "Chai")
    add_line(session, line, {order: o1, product: chai})
    real = record_writes.taken_keys
    calls: list[int] = []

    def late(*args: object, **kwargs: object) -> list:
        calls.append(1)
        return [] if len(calls) == 1 else real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(record_writes, "taken_keys", late)
    with pytest.raises(ValidationError) as caught:
        add_line(session, line, {order: o1, product: chai})
    assert len(calls) == 2  # the database refused the write, then the check named the other record
    assert str(caught.value.problems[0].message) == "The values ORD-1 / P-1 of Order, Product are already used by L-001"
    assert len(session.records.list(line, ListQuery(columns=[]))) == 1


def test_a_big_bulk_insert_of_plain_values_checks_every_batch(session: Session) -> None:
    """Plain canonical values would go in column-wise; with a key each row is checked, stored holders per batch
    (a few queries, not one per row), a repeat across batches by its row."""
    cfg = session.configuration
    line = cfg.add_object("Line", "Lines", code_prefix="L-").id
    number = cfg.add_field(line, FieldDef(0, "Order no", "string", length=20)).id
    item = cfg.add_field(line, FieldDef(0, "Item", "integer")).id
    cfg.add_unique_key(line, [number, item])
    add_line(session, line, {number: "A-7", item: 3})
    rows = [{number: f"A-{i // 10}", item: i % 10} for i in range(5100)]
    with pytest.raises(ValidationError) as held:
        session.records.insert_many(line, [r for r in rows if r != {number: "A-7", item: 3}] + [{number: "A-7", item: 3}])
    assert [str(p.message) for p in held.value.problems] == ["The values A-7 / 3 of Order no, Item are already used by L-1"]
    with pytest.raises(ValidationError) as repeated:
        session.records.insert_many(line, [r for r in rows if r != {number: "A-7", item: 3}] + [{number: "A-500", item: 9}])
    assert [str(p.message) for p in repeated.value.problems] == ["The values A-500 / 9 of Order no, Item repeat row 5009"]
    assert len(session.records.list(line, ListQuery(columns=[]))) == 1


def test_a_key_index_name_fits_firebird_for_any_id(session: Session) -> None:
    """ix_<object>_k<key id> stays within Firebird's 31 bytes for ids up to 2^31 - 1."""
    from supasoft.core.meta import ObjectDef, UniqueKeyDef

    biggest = 2**31 - 1
    obj = ObjectDef(biggest, "Line", "Lines", [FieldDef(biggest - 1, "Order no", "string", length=20)])
    spec = key_index(obj, UniqueKeyDef(biggest, "Once", (biggest - 1,)))
    assert spec.unique and len(spec.name.encode()) <= 31 and spec.columns == (f"f_{biggest - 1}",)
