"""Stored formulas stay current on every write path: each test compares every stored value with a fresh
record-by-record evaluation (the card's own path), on SQLite and on Firebird with both drivers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from supasoft.core.meta import FieldDef
from supasoft.services.formula_check import recompute_formulas, stale_formula_problems
from supasoft.services.formula_refresh import DataCycleError
from supasoft.services.record_model import Record
from supasoft.services.session import Session, open_session
from supasoft.storage.physical import column_name

pytestmark = pytest.mark.all_backends


@pytest.fixture
def crm(session: Session) -> dict[str, int]:
    """Clients with a discount and totals over their orders; orders summing lines; lines reading products; projects
    reading their client and, two hops away, their order's client."""
    cfg = session.configuration
    ids: dict[str, int] = {}
    client = cfg.add_object("Client", "Clients", code_prefix="CL-", code_width=4)
    ids["client"] = client.id
    ids["client.name"] = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=60)).id
    ids["client.discount"] = cfg.add_field(client.id, FieldDef(0, "Discount %", "decimal", scale=2)).id
    product = cfg.add_object("Product", "Products")
    ids["product"] = product.id
    ids["product.name"] = cfg.add_field(product.id, FieldDef(0, "Name", "string", length=60)).id
    ids["product.price"] = cfg.add_field(product.id, FieldDef(0, "Price", "money")).id
    order = cfg.add_object("Order", "Orders", code_prefix="ORD-", code_width=5)
    ids["order"] = order.id
    ids["order.client"] = cfg.add_link(order.id, client.id, "Orders", on_delete="clear").field
    line = cfg.add_object("Line", "Lines")
    ids["line"] = line.id
    link = cfg.add_link(line.id, order.id, "Lines", on_delete="cascade")
    ids["lines"], ids["line.order"] = link.id, link.field
    ids["line.product"] = cfg.add_field(line.id, FieldDef(0, "Product", "reference", target=product.id)).id
    ids["line.qty"] = cfg.add_field(line.id, FieldDef(0, "Quantity", "decimal", scale=3)).id
    ids["line.price"] = cfg.add_field(line.id, FieldDef(0, "Unit price", "formula", formula="{Product.Price}", scale=2)).id
    ids["line.total"] = cfg.add_field(line.id, FieldDef(0, "Line total", "formula", formula="{Unit price} * {Quantity}", scale=2)).id
    ids["order.total"] = cfg.add_field(order.id, FieldDef(0, "Total", "formula", formula="SUM({Lines.Line total})", scale=2)).id
    ids["order.count"] = cfg.add_field(order.id, FieldDef(0, "Lines count", "formula", formula="COUNT({Lines})", scale=0)).id
    ids["order.biggest"] = cfg.add_field(order.id, FieldDef(0, "Biggest", "formula", formula="MAX({Lines.Quantity})", scale=3)).id
    ids["order.average"] = cfg.add_field(order.id, FieldDef(0, "Average", "formula", formula="AVG({Lines.Line total})", scale=4)).id
    ids["order.net"] = cfg.add_field(order.id, FieldDef(
        0, "Net", "formula", formula="{Total} * (100 - {Client.Discount %}) / 100", scale=2)).id
    ids["client.turnover"] = cfg.add_field(client.id, FieldDef(0, "Turnover", "formula", formula="SUM({Orders.Net})", scale=2)).id
    project = cfg.add_object("Project", "Projects")
    ids["project"] = project.id
    ids["project.client"] = cfg.add_field(project.id, FieldDef(0, "Client", "reference", target=client.id)).id
    ids["project.order"] = cfg.add_field(project.id, FieldDef(0, "Order", "reference", target=order.id)).id
    ids["project.discount"] = cfg.add_field(project.id, FieldDef(0, "Discount", "formula", formula="{Client.Discount %}", scale=2)).id
    ids["project.buyer"] = cfg.add_field(project.id, FieldDef(
        0, "Buyer", "formula", formula="{Order.Client.Name} & ' / ' & {Client.Name}", result_type="string")).id
    return ids


def save(session: Session, object_id: int, values: dict[int, Any], details: dict[int, list[Record]] | None = None) -> int:
    record = session.records.new(object_id)
    record.values.update(values)
    return session.records.save(record, details=details).id or 0


def line(session: Session, ids: dict[str, int], product: int, qty: str) -> Record:
    record = session.records.new(ids["line"])
    record.values.update({ids["line.product"]: product, ids["line.qty"]: Decimal(qty)})
    return record


@pytest.fixture
def data(session: Session, crm: dict[str, int]) -> dict[str, int]:
    """Two clients, two products, two orders with lines, two projects."""
    ids = crm
    out = {
        "acme": save(session, ids["client"], {ids["client.name"]: "Acme", ids["client.discount"]: Decimal("10")}),
        "zeta": save(session, ids["client"], {ids["client.name"]: "Żeta", ids["client.discount"]: Decimal("0")}),
        "pen": save(session, ids["product"], {ids["product.name"]: "Pen", ids["product.price"]: Decimal("2.50")}),
        "ink": save(session, ids["product"], {ids["product.name"]: "Ink", ids["product.price"]: Decimal("7.25")}),
    }
    out["o1"] = save(session, ids["order"], {ids["order.client"]: out["acme"]},
                     {ids["lines"]: [line(session, ids, out["pen"], "4"), line(session, ids, out["ink"], "1.5")]})
    out["o2"] = save(session, ids["order"], {ids["order.client"]: out["zeta"]}, {ids["lines"]: [line(session, ids, out["ink"], "2")]})
    out["p1"] = save(session, ids["project"], {ids["project.client"]: out["acme"], ids["project.order"]: out["o2"]})
    out["p2"] = save(session, ids["project"], {ids["project.client"]: out["zeta"], ids["project.order"]: out["o1"]})
    return out


def stored_vs_fresh(session: Session) -> list[tuple[str, int, int, Any, Any]]:
    """(object, record id, field id, stored, fresh) for every stored formula value that differs from a fresh
    evaluation record by record, as a card computes it (not the batch path under test)."""
    records = session.records
    repo = records.repo()
    wrong = []
    with session.storage.connect() as conn:
        for obj in repo.config.objects:
            formulas = records.formulas.compiled(repo.config, obj)
            if not formulas:
                continue
            for row in conn.execute(sa.select(repo.table(obj))).mappings():
                values = records.record_from_row(conn, repo, obj, dict(row)).values
                stored = {fid: values.get(fid) for fid, _ in formulas}
                records.formulas.compute(conn, repo, obj, values, row["id"], {})
                wrong += [(obj.name, row["id"], fid, stored[fid], values[fid]) for fid, _ in formulas if values[fid] != stored[fid]]
    return wrong


def value(session: Session, object_id: int, record_id: int, field_id: int) -> Any:
    return session.records.get(object_id, record_id).values[field_id]


def test_a_fresh_database_is_current(session: Session, crm: dict[str, int], data: dict[str, int]) -> None:
    assert stored_vs_fresh(session) == []
    assert value(session, crm["order"], data["o1"], crm["order.total"]) == Decimal("20.88")  # 4*2.50 + 1.5*7.25 = 20.875
    assert value(session, crm["client"], data["acme"], crm["client.turnover"]) == Decimal("18.79")
    assert value(session, crm["project"], data["p2"], crm["project.buyer"]) == "Acme / Żeta"


def test_changing_a_referenced_record_updates_what_reads_it(session: Session, crm: dict[str, int], data: dict[str, int]) -> None:
    acme = session.records.get(crm["client"], data["acme"])
    acme.values[crm["client.discount"]] = Decimal("25")
    acme.values[crm["client.name"]] = "Acme Ltd"
    session.records.save(acme)
    assert value(session, crm["project"], data["p1"], crm["project.discount"]) == Decimal("25.00")
    assert value(session, crm["project"], data["p2"], crm["project.buyer"]) == "Acme Ltd / Żeta"  # two hops away
    assert value(session, crm["order"], data["o1"], crm["order.net"]) == Decimal("15.66")
    assert stored_vs_fresh(session) == []


def test_product_price_flows_through_lines_orders_and_clients(session: Session, crm: dict[str, int], data: dict[str, int]) -> None:
    session.records.bulk_set(crm["product"], [data["ink"]], crm["product.price"], "10")
    assert value(session, crm["order"], data["o2"], crm["order.total"]) == Decimal("20.00")
    assert value(session, crm["client"], data["zeta"], crm["client.turnover"]) == Decimal("20.00")
    assert stored_vs_fresh(session) == []


def test_detail_set_edits_and_moving_a_line(session: Session, crm: dict[str, int], data: dict[str, int]) -> None:
    order = session.records.get(crm["order"], data["o1"])
    lines = session.records.children(crm["order"], data["o1"], crm["lines"])
    lines[0].values[crm["line.qty"]] = Decimal("10")
    session.records.save(order, details={crm["lines"]: [lines[0], line(session, crm, data["pen"], "1")]})  # second line removed
    assert value(session, crm["order"], data["o1"], crm["order.count"]) == Decimal("2")
    assert stored_vs_fresh(session) == []
    moved = session.records.children(crm["order"], data["o1"], crm["lines"])[0]
    moved.values[crm["line.order"]] = data["o2"]
    session.records.save(moved)  # a line moved to another order: both totals change
    assert value(session, crm["order"], data["o1"], crm["order.count"]) == Decimal("1")
    assert value(session, crm["order"], data["o2"], crm["order.count"]) == Decimal("2")
    assert stored_vs_fresh(session) == []


def test_bulk_insert_updates_parent_aggregates(session: Session, crm: dict[str, int], data: dict[str, int]) -> None:
    rows = [{crm["line.order"]: data["o2"], crm["line.product"]: data["pen"], crm["line.qty"]: Decimal(n)} for n in range(1, 301)]
    session.records.insert_many(crm["line"], rows)
    assert value(session, crm["order"], data["o2"], crm["order.count"]) == Decimal("301")
    assert value(session, crm["order"], data["o2"], crm["order.total"]) == Decimal("14.50") + Decimal("2.50") * 45150
    assert value(session, crm["order"], data["o2"], crm["order.biggest"]) == Decimal("300")
    assert stored_vs_fresh(session) == []


def test_delete_and_restore(session: Session, crm: dict[str, int], data: dict[str, int]) -> None:
    pen_line = next(r for r in session.records.children(crm["order"], data["o1"], crm["lines"]) if r.values[crm["line.product"]] == data["pen"])
    trash_id = session.records.delete(crm["line"], pen_line.id or 0)
    assert value(session, crm["order"], data["o1"], crm["order.total"]) == Decimal("10.88")
    assert stored_vs_fresh(session) == []
    session.records.restore(trash_id)
    assert value(session, crm["order"], data["o1"], crm["order.total"]) == Decimal("20.88")
    assert stored_vs_fresh(session) == []
    client_trash = session.records.delete(crm["client"], data["acme"])  # projects' references and the order's link are cleared
    assert value(session, crm["project"], data["p1"], crm["project.discount"]) is None
    assert value(session, crm["order"], data["o1"], crm["order.net"]) == Decimal("20.88")
    assert stored_vs_fresh(session) == []
    session.records.restore(client_trash)
    assert value(session, crm["project"], data["p1"], crm["project.discount"]) == Decimal("10.00")
    assert stored_vs_fresh(session) == []


def test_another_client_s_save_is_seen_current(session: Session, db_path: Any, crm: dict[str, int], data: dict[str, int]) -> None:
    other = open_session(db_path)
    try:
        ink = other.records.get(crm["product"], data["ink"])
        ink.values[crm["product.price"]] = Decimal("1")
        other.records.save(ink)
    finally:
        other.close()
    assert value(session, crm["order"], data["o2"], crm["order.total"]) == Decimal("2.00")
    assert stored_vs_fresh(session) == []


def test_check_reports_stale_values_and_recompute_repairs_them(session: Session, crm: dict[str, int], data: dict[str, int]) -> None:
    repo = session.records.repo()
    order = repo.config.object_by_id(crm["order"])
    table = repo.table(order)
    column = column_name(order.field_by_id(crm["order.total"]))
    with session.storage.begin() as conn:  # what a raw tool or an old version could leave behind
        conn.execute(table.update().values({column: Decimal("0")}))
    problems = stale_formula_problems(session)
    assert len(problems) == 1 and "Order.Total: 2 stored value(s) out of date (ORD-00001, ORD-00002)" in problems[0]
    assert stored_vs_fresh(session) != []
    assert recompute_formulas(session, "Orders") == {"Order": 2}
    assert stale_formula_problems(session) == []
    assert stored_vs_fresh(session) == []


def test_formulas_reading_the_clock_are_not_reported_stale(session: Session, crm: dict[str, int], data: dict[str, int]) -> None:
    field = session.configuration.add_field(crm["order"], FieldDef(0, "Age", "formula", formula="YEAR(TODAY()) - 2020", scale=0))
    repo = session.records.repo()
    order = repo.config.object_by_id(crm["order"])
    with session.storage.begin() as conn:
        conn.execute(repo.table(order).update().values({column_name(order.field_by_id(field.id)): Decimal("1")}))
    assert stale_formula_problems(session) == []


def test_totals_computed_by_the_database_match_the_evaluator(session: Session) -> None:
    """An object whose formulas are all plain totals is refreshed by one UPDATE per total; the values must be the
    evaluator's, including totals too big for the field (empty) and yes/no fields counted as No when empty."""
    cfg = session.configuration
    box = cfg.add_object("Box", "Boxes")
    item = cfg.add_object("Item", "Items")
    link = cfg.add_link(item.id, box.id, "Items", on_delete="cascade")
    qty = cfg.add_field(item.id, FieldDef(0, "Qty", "integer")).id
    weight = cfg.add_field(item.id, FieldDef(0, "Weight", "decimal", scale=3)).id
    fragile = cfg.add_field(item.id, FieldDef(0, "Fragile", "boolean")).id
    formulas = {
        "pieces": "SUM({Items.Qty})", "count": "COUNT({Items})", "fragile": "COUNT({Items.Fragile})",
        "weighed": "COUNT({Items.Weight})", "heaviest": "MAX({Items.Weight})", "lightest": "MIN({Items.Weight})",
        "weight": "SUM({Items.Weight})",
    }
    fields = {name: cfg.add_field(box.id, FieldDef(0, name.title(), "formula", formula=text, scale=4)).id for name, text in formulas.items()}
    runner = session.records.formulas
    repo = session.records.repo()
    assert runner._totals(repo, repo.config.object_by_id(box.id)) is not None  # the database path is the one under test
    boxes = session.records.insert_many(box.id, [{} for _ in range(4)])
    items = [{link.field: boxes[0], qty: 3, weight: Decimal("1.250")}, {link.field: boxes[0], qty: -1, weight: None, fragile: True},
             {link.field: boxes[1], qty: 10**14, weight: Decimal("0.001")}, {link.field: boxes[2], qty: None, weight: Decimal("-2.5")}]
    ids = session.records.insert_many(item.id, items)
    assert stored_vs_fresh(session) == []
    first = session.records.get(box.id, boxes[0]).values
    assert (first[fields["pieces"]], first[fields["count"]], first[fields["fragile"]], first[fields["weighed"]]) == (2, 2, 2, 1)
    assert first[fields["heaviest"]] == first[fields["lightest"]] == Decimal("1.25")
    assert session.records.get(box.id, boxes[1]).values[fields["pieces"]] is None  # 10^14 does not fit 14 digits + 4 decimals
    empty = session.records.get(box.id, boxes[3]).values
    assert (empty[fields["pieces"]], empty[fields["count"]], empty[fields["heaviest"]]) == (0, 0, None)
    session.records.delete(item.id, ids[2])
    moved = session.records.get(item.id, ids[3])
    moved.values[link.field] = boxes[3]
    session.records.save(moved)
    assert session.records.get(box.id, boxes[3]).values[fields["weight"]] == Decimal("-2.5")
    assert stored_vs_fresh(session) == []


def test_a_type_change_refreshes_formulas_reading_the_field(session: Session, crm: dict[str, int], data: dict[str, int]) -> None:
    """Discounts become whole numbers: 12.5 does not convert (kept aside, the field empty), 10 does; formulas follow."""
    acme = session.records.get(crm["client"], data["acme"])
    acme.values[crm["client.discount"]] = Decimal("12.5")
    session.records.save(acme)
    session.configuration.change_field_type(crm["client"], crm["client.discount"], type="integer", on_failure="keep")
    assert value(session, crm["client"], data["acme"], crm["client.discount"]) is None
    assert value(session, crm["project"], data["p1"], crm["project.discount"]) is None
    assert value(session, crm["order"], data["o1"], crm["order.net"]) == Decimal("20.88")
    assert stored_vs_fresh(session) == []


def test_a_deep_hierarchy_follows_and_a_circle_is_refused(session: Session) -> None:
    """Levels below a parent company: a 30-level chain follows a change at its top; making the top a child of the
    bottom would close a circle whose values never settle: refused with our own message, nothing saved."""
    cfg = session.configuration
    company = cfg.add_object("Company", "Companies", code_prefix="CO-", code_width=3)
    base = cfg.add_field(company.id, FieldDef(0, "Base", "integer")).id
    parent = cfg.add_field(company.id, FieldDef(0, "Parent company", "reference", target=company.id)).id
    level = cfg.add_field(company.id, FieldDef(0, "Level", "formula", formula="{Base} + {Parent company.Level} + 1", scale=0)).id
    chain = [save(session, company.id, {base: 0})]
    for _ in range(29):
        chain.append(save(session, company.id, {base: 0, parent: chain[-1]}))
    assert value(session, company.id, chain[-1], level) == 30
    top = session.records.get(company.id, chain[0])
    top.values[base] = 100
    session.records.save(top)
    assert value(session, company.id, chain[-1], level) == 130
    top = session.records.get(company.id, chain[0])
    top.values[parent] = chain[-1]
    with pytest.raises(DataCycleError, match="circle"):
        session.records.save(top)
    assert value(session, company.id, chain[0], parent) is None
    assert stored_vs_fresh(session) == []
