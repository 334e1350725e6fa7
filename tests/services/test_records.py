"""Records service on every backend (SQLite file, Firebird with both drivers): validation, locking, history, trash, receivers, formulas, lists."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from supasoft.core.errors import ConflictError, SupasoftError, ValidationError
from supasoft.core.meta import Condition, FieldDef, FilterGroup, SortKey
from supasoft.services.record_model import ListQuery, RefValue
from supasoft.services.session import Session, open_session
from supasoft.services.setup import lite_ids

pytestmark = pytest.mark.all_backends


@pytest.fixture
def shop(session: Session) -> dict[str, int]:
    """Clients, products, orders with lines (price received from product, cost and total formulas)."""
    cfg = session.configuration
    ids: dict[str, int] = {}
    client = cfg.add_object("Client", "Clients", code_prefix="CL-", code_width=4)
    ids["client"] = client.id
    ids["name"] = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=50, required=True)).id
    ids["email"] = cfg.add_field(client.id, FieldDef(0, "E-mail", "email")).id
    ids["vat"] = cfg.add_field(client.id, FieldDef(0, "VAT", "string", length=20, unique=True)).id
    cfg.update_object(client.id, display_field=ids["name"])
    product = cfg.add_catalog("Product", "Products")
    ids["product"] = product.id
    ids["pname"] = product.fields[0].id
    ids["pprice"] = cfg.add_field(product.id, FieldDef(0, "Price", "money")).id
    order = cfg.add_object("Order", "Orders", code_prefix="ORD-", code_width=5)
    ids["order"] = order.id
    ids["order.client"] = cfg.add_link(order.id, client.id, "Orders", on_delete="refuse").field
    line = cfg.add_object("Line", "Lines")
    ids["line"] = line.id
    link = cfg.add_link(line.id, order.id, "Lines", on_delete="cascade")
    ids["lines_link"], ids["line.order"] = link.id, link.field
    ids["line.product"] = cfg.add_field(line.id, FieldDef(0, "Product", "reference", target=product.id)).id
    ids["line.price"] = cfg.add_field(line.id, FieldDef(0, "Price", "money", receiver=(ids["line.product"], ids["pprice"]))).id
    ids["line.qty"] = cfg.add_field(line.id, FieldDef(0, "Quantity", "decimal", scale=3)).id
    ids["line.cost"] = cfg.add_field(line.id, FieldDef(0, "Cost", "formula", formula="{Price} * {Quantity}", scale=2)).id
    ids["order.total"] = cfg.add_field(order.id, FieldDef(0, "Total", "formula", formula="SUM({Lines.Cost})", scale=2)).id
    ids["order.city"] = 0
    return ids


def make(session: Session, object_id: int, **values: object) -> int:
    record = session.records.new(object_id)
    record.values.update({int(k.removeprefix("f")): v for k, v in values.items()})
    return session.records.save(record).id  # type: ignore[return-value]


def client(session: Session, ids: dict[str, int], name: str, **extra: object) -> int:
    record = session.records.new(ids["client"])
    record.values[ids["name"]] = name
    for key, value in extra.items():
        record.values[ids[key]] = value
    return session.records.save(record).id  # type: ignore[return-value]


def test_codes_are_numbered_and_formatted(session: Session, shop: dict[str, int]) -> None:
    first = session.records.get(shop["client"], client(session, shop, "A"))
    second = session.records.get(shop["client"], client(session, shop, "B"))
    assert (first.code_text, second.code_text) == ("CL-0001", "CL-0002")


def test_validation_names_every_bad_field(session: Session, shop: dict[str, int]) -> None:
    record = session.records.new(shop["client"])
    record.values[shop["name"]] = "x" * 51
    record.values[shop["email"]] = "nope"
    with pytest.raises(ValidationError) as info:
        session.records.save(record)
    fields = {p.field_name for p in info.value.problems}
    assert fields == {"Name", "E-mail"}
    assert "at most 50" in str(info.value)
    record.values[shop["name"]] = ""
    with pytest.raises(ValidationError, match="Name: is required"):
        session.records.save(record)
    assert session.records.count(shop["client"]) == 0


def test_unique_field(session: Session, shop: dict[str, int]) -> None:
    client(session, shop, "A", vat="PL123")
    with pytest.raises(ValidationError, match="already used"):
        client(session, shop, "B", vat="PL123")


def test_reference_must_exist(session: Session, shop: dict[str, int]) -> None:
    record = session.records.new(shop["order"])
    record.values[shop["order.client"]] = 999
    with pytest.raises(ValidationError, match="does not exist"):
        session.records.save(record)


def test_second_writer_gets_conflict_and_nothing_is_lost(session: Session, shop: dict[str, int], db_path) -> None:
    cid = client(session, shop, "Acme", email="a@acme.com")
    other = open_session(db_path)
    try:
        mine = session.records.get(shop["client"], cid)
        theirs = other.records.get(shop["client"], cid)
        theirs.values[shop["email"]] = "office@acme.com"
        other.records.save(theirs)
        mine.values[shop["name"]] = "Acme Ltd"
        with pytest.raises(ConflictError) as info:
            session.records.save(mine)
        conflict = info.value
        assert [(f.field_name, f.base, f.theirs, f.mine) for f in conflict.fields] == [
            ("E-mail", "a@acme.com", "office@acme.com", "a@acme.com")
        ]
        stored = session.records.get(shop["client"], cid)
        assert stored.values[shop["email"]] == "office@acme.com"
        assert stored.values[shop["name"]] == "Acme"
        # Resolving: take theirs for e-mail, keep my name, save on the fresh version.
        stored.values[shop["name"]] = "Acme Ltd"
        final = session.records.save(stored)
        assert (final.values[shop["name"]], final.values[shop["email"]], final.version) == ("Acme Ltd", "office@acme.com", 3)
    finally:
        other.close()


def test_history_records_who_what_old_new(session: Session, shop: dict[str, int]) -> None:
    cid = client(session, shop, "Acme")
    record = session.records.get(shop["client"], cid)
    record.values[shop["name"]] = "Acme Ltd"
    session.records.save(record)
    entries = session.records.history_of(shop["client"], cid)
    update = entries[0]
    assert (update.action, update.field_name, update.old, update.new, update.version) == ("update", "Name", "Acme", "Acme Ltd", 2)
    assert entries[-1].action == "create"
    assert update.user_name == "User"


def order_with_lines(session: Session, shop: dict[str, int]) -> tuple[int, int]:
    cid = client(session, shop, "Acme")
    product = session.records.new(shop["product"])
    product.values[shop["pname"]] = "Widget"
    product.values[shop["pprice"]] = "12.50"
    pid = session.records.save(product).id
    order = session.records.new(shop["order"])
    order.values[shop["order.client"]] = cid
    lines = []
    for qty, price in (("2", None), ("1,5", "10")):
        line = session.records.new(shop["line"])
        line.values[shop["line.product"]] = pid
        line.values[shop["line.qty"]] = qty
        line.values[shop["line.price"]] = price
        lines.append(line)
    saved = session.records.save(order, details={shop["lines_link"]: lines})
    return cid, saved.id  # type: ignore[return-value]


def test_receivers_formulas_and_totals(session: Session, shop: dict[str, int]) -> None:
    _, oid = order_with_lines(session, shop)
    order = session.records.get(shop["order"], oid)
    assert order.values[shop["order.total"]] == Decimal("40.00")
    lines = session.records.children(shop["order"], oid, shop["lines_link"])
    assert [line.values[shop["line.price"]] for line in lines] == [Decimal("12.50"), Decimal("10.00")]
    assert [line.values[shop["line.cost"]] for line in lines] == [Decimal("25.00"), Decimal("15.00")]
    # Editing one line on its own recomputes the parent's total.
    lines[0].values[shop["line.qty"]] = "4"
    session.records.save(lines[0])
    assert session.records.get(shop["order"], oid).values[shop["order.total"]] == Decimal("65.00")
    # Removing a line inside the card removes it and recomputes.
    order = session.records.get(shop["order"], oid)
    kept = session.records.children(shop["order"], oid, shop["lines_link"])[:1]
    session.records.save(order, details={shop["lines_link"]: kept})
    assert session.records.get(shop["order"], oid).values[shop["order.total"]] == Decimal("50.00")
    assert session.records.count(shop["line"]) == 1


def test_picked_gives_receiver_values(session: Session, shop: dict[str, int]) -> None:
    product = session.records.new(shop["product"])
    product.values[shop["pname"]] = "Bolt"
    product.values[shop["pprice"]] = "0.35"
    pid = session.records.save(product).id
    assert session.records.picked(shop["line"], shop["line.product"], pid) == {shop["line.price"]: Decimal("0.35")}


def test_delete_policies_trash_and_restore(session: Session, shop: dict[str, int]) -> None:
    cid, oid = order_with_lines(session, shop)
    with pytest.raises(SupasoftError, match="has 1 Orders"):
        session.records.delete(shop["client"], cid)
    trash_id = session.records.delete(shop["order"], oid)
    assert session.records.count(shop["order"]) == 0
    assert session.records.count(shop["line"]) == 0
    items = session.records.trash_items(shop["order"])
    assert [(i.id, i.children, i.title) for i in items] == [(trash_id, 2, "ORD-00001")]
    session.records.restore(trash_id)
    assert session.records.count(shop["line"]) == 2
    restored = session.records.get(shop["order"], oid)
    assert restored.values[shop["order.total"]] == Decimal("40.00")
    assert session.records.trash_items() == []
    assert [e.action for e in session.records.history_of(shop["order"], oid)][:2] == ["restore", "delete"]


def test_clear_policy_relinks_on_restore(session: Session) -> None:
    cfg = session.configuration
    parent = cfg.add_catalog("Group", "Groups")
    child = cfg.add_object("Member", "Members")
    link = cfg.add_link(child.id, parent.id, "Members", on_delete="clear")
    gid = make(session, parent.id, **{f"f{parent.fields[0].id}": "G1"})
    mid = make(session, child.id, **{f"f{link.field}": gid})
    trash = session.records.delete(parent.id, gid)
    assert session.records.get(child.id, mid).values[link.field] is None
    session.records.restore(trash)
    assert session.records.get(child.id, mid).values[link.field] == gid


def test_list_filter_sort_search_and_references(session: Session, shop: dict[str, int]) -> None:
    names = ["Zebra", "alpha", "Łódź Trading", "Клиент Один", "Beta"]
    for name in names:
        client(session, shop, name)
    rows = session.records.list(shop["client"], ListQuery(columns=[(shop["name"],)], sort=[SortKey((shop["name"],))]))
    assert [r.cells[0] for r in rows][:2] == ["Beta", "Zebra"]  # binary order on SQLite: capitals first
    found = session.records.list(shop["client"], ListQuery(columns=[(shop["name"],)], search="КЛИЕНТ"))
    assert [r.cells[0] for r in found] == ["Клиент Один"]
    found = session.records.list(shop["client"], ListQuery(columns=[(shop["name"],)], search="łódź"))
    assert [r.cells[0] for r in found] == ["Łódź Trading"]
    found = session.records.list(shop["client"], ListQuery(columns=[()], search="CL-0002"))
    assert [r.code for r in found] == ["CL-0002"]
    flt = FilterGroup("or", [Condition((shop["name"],), "starts", "Be"), Condition((shop["name"],), "eq", "Zebra")])
    assert session.records.count(shop["client"], ListQuery(filter=flt)) == 2
    _, oid = order_with_lines(session, shop)
    rows = session.records.list(shop["order"], ListQuery(columns=[(shop["order.client"],), (shop["order.client"], shop["name"])]))
    assert rows[0].cells == (RefValue(rows[0].cells[0].id, "Acme"), "Acme")
    by_total = FilterGroup("and", [Condition((shop["order.total"],), "gt", "39,99")])
    assert session.records.count(shop["order"], ListQuery(filter=by_total)) == 1
    page = session.records.list(shop["client"], ListQuery(columns=[(shop["name"],)], sort=[SortKey((shop["name"],), True)], offset=1, limit=2))
    assert len(page) == 2


def test_lite_demo_has_working_totals(lite: Session) -> None:
    ids = lite_ids(lite)
    orders = lite.records.list(ids["order"], ListQuery(columns=[(ids["order.total"],)], limit=1000))
    assert orders and all(r.cells[0] is not None and r.cells[0] > 0 for r in orders)
    order = lite.records.get(ids["order"], orders[0].id)
    lines = lite.records.children(ids["order"], order.id, next(link.id for link in lite.configuration.config.links if link.field == ids["line.order"]))
    assert sum(line.values[ids["line.cost"]] for line in lines) == order.values[ids["order.total"]]
    phone = lite.records.get(ids["client"], order.values[ids["order.client"]]).values[ids["client.phone"]]
    assert order.values[ids["order.client_phone"]] == phone


def test_insert_many_numbers_and_validates(session: Session, shop: dict[str, int]) -> None:
    ids = session.records.insert_many(shop["client"], [{shop["name"]: f"C{i}"} for i in range(50)])
    assert len(ids) == 50 and session.records.count(shop["client"]) == 50
    with pytest.raises(ValidationError):
        session.records.insert_many(shop["client"], [{shop["name"]: None}])
    assert session.records.count(shop["client"]) == 50
    dated = session.configuration.add_field(shop["client"], FieldDef(0, "Since", "date", default=dt.date(2020, 1, 1).isoformat()))
    assert session.records.get(shop["client"], ids[0]).values[dated.id] == dt.date(2020, 1, 1)


def test_preview_computes_formulas_without_saving(session: Session, shop: dict[str, int]) -> None:
    order = session.records.new(shop["order"])
    lines = []
    for price, qty in (("10", "2"), ("abc", "1"), ("1.5", "4")):
        line = session.records.new(shop["line"])
        line.values[shop["line.price"]] = price
        line.values[shop["line.qty"]] = qty
        lines.append(line)
    assert session.records.preview(lines[0]) == {shop["line.cost"]: Decimal("20.00")}
    assert session.records.preview(order, {shop["lines_link"]: lines}) == {shop["order.total"]: Decimal("26.00")}
    assert session.records.count(shop["order"]) == 0


def test_deep_pages_match_plain_offsets(session: Session, shop: dict[str, int]) -> None:
    session.records.insert_many(shop["client"], [{shop["name"]: f"N{(i * 7919) % 3000:05d}"} for i in range(3000)])
    query = ListQuery(columns=[(shop["name"],)], sort=[SortKey((shop["name"],), True)], offset=2500, limit=50)
    deep = session.records.list(shop["client"], query)
    everything = session.records.list(shop["client"], ListQuery(columns=[(shop["name"],)], sort=query.sort, limit=3000))
    assert [r.id for r in deep] == [r.id for r in everything[2500:2550]]


def test_code_filter_with_text_is_a_clear_error(session: Session, shop: dict[str, int]) -> None:
    client(session, shop, "A")
    flt = FilterGroup("and", [Condition((), "eq", "CL-0001")])
    assert session.records.count(shop["client"], ListQuery(filter=flt)) == 1
    with pytest.raises(SupasoftError, match="not a record number"):
        session.records.count(shop["client"], ListQuery(filter=FilterGroup("and", [Condition((), "eq", "abc")])))


@pytest.mark.sqlite_only("the GLOB pattern is SQLite's")
def test_caseless_glob_pattern() -> None:
    from supasoft.storage.query import caseless_glob

    assert caseless_glob("Łódź") == "*[łŁ][óÓ][dD][źŹ]*"
    assert caseless_glob("a*b?[c]") == "*[aA][*][bB][?][[][cC]]*"
