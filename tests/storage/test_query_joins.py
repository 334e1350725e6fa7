"""A filter that needs a joined row joins it inner (Firebird then starts from the referenced table's index);
"is empty", "not equal" and OR keep the outer join, so records without the reference are still found."""

from __future__ import annotations

import datetime as dt

import pytest

from supasoft.core.meta import Condition, Configuration, FieldDef, FilterGroup, ObjectDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.storage.physical import PhysicalModel
from supasoft.storage.query import QueryBuilder


def _config() -> tuple[Configuration, ObjectDef]:
    client = ObjectDef(1, "Client", "Clients", fields=[FieldDef(1, "Name", "string", length=50)], display_field=1)
    order = ObjectDef(2, "Order", "Orders", fields=[FieldDef(2, "Client", "reference", target=1),
                                                     FieldDef(3, "Date", "date")])
    line = ObjectDef(3, "Line", "Lines", fields=[FieldDef(4, "Order", "reference", target=2),
                                                  FieldDef(5, "Cost", "money")])
    return Configuration(objects=[client, order, line]), line


def _sql(group: FilterGroup) -> str:
    config, line = _config()
    builder = QueryBuilder(config, PhysicalModel(config), line)
    condition = builder.where(group)
    return str(builder.from_clause().select().where(condition).compile()).upper()


def test_drill_filter_joins_inner() -> None:
    drill = FilterGroup("and", [Condition((4, 2), "eq", 7), FilterGroup("and", [
        Condition((4, 3), "ge", "2025-08-01"), Condition((4, 3), "lt", "2025-09-01")])])
    sql = _sql(drill)
    assert " JOIN " in sql and "OUTER" not in sql, sql
    deep = _sql(FilterGroup("and", [Condition((4, 2, 1), "contains", "Kowal")]))  # line -> order -> client
    assert deep.count(" JOIN ") == 2 and "OUTER" not in deep, deep


@pytest.mark.parametrize("group", [
    FilterGroup("and", [Condition((4, 2), "empty")]),
    FilterGroup("and", [Condition((4, 2), "ne", 7)]),
    FilterGroup("and", [Condition((4, 2), "eq", None)]),
    FilterGroup("or", [Condition((4, 2), "eq", 7), Condition((5,), "gt", "10")]),
    FilterGroup("and", [FilterGroup("or", [Condition((4, 2), "eq", 7), Condition((4,), "empty")])]),
])
def test_conditions_true_on_null_keep_the_outer_join(group: FilterGroup) -> None:
    assert "LEFT OUTER JOIN" in _sql(group)


def _orders(session: Session) -> tuple[int, dict[str, int]]:
    cfg = session.configuration
    client = cfg.add_object("Client", "Clients")
    name = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=50)).id
    order = cfg.add_object("Order", "Orders")
    o_client = cfg.add_field(order.id, FieldDef(0, "Client", "reference", target=client.id)).id
    o_date = cfg.add_field(order.id, FieldDef(0, "Date", "date")).id
    line = cfg.add_object("Line", "Lines")
    l_order = cfg.add_field(line.id, FieldDef(0, "Order", "reference", target=order.id)).id
    l_note = cfg.add_field(line.id, FieldDef(0, "Note", "string", length=20)).id
    records = session.records
    records.insert_many(client.id, [{name: "Anna"}, {name: "Borys"}], history=False)
    records.insert_many(order.id, [{o_client: 1, o_date: dt.date(2025, 8, 3)}, {o_client: None, o_date: dt.date(2025, 8, 4)},
                                   {o_client: 2, o_date: dt.date(2025, 9, 1)}], history=False)
    records.insert_many(line.id, [{l_order: 1, l_note: "a"}, {l_order: 2, l_note: "no client"},
                                  {l_order: None, l_note: "no order"}, {l_order: 3, l_note: "b"}], history=False)
    return line.id, {"order": l_order, "client": o_client, "date": o_date, "note": l_note}


def _notes(session: Session, line: int, ids: dict[str, int], group: FilterGroup) -> list[str]:
    rows = session.records.list(line, ListQuery(columns=[(ids["note"],)], filter=group))
    assert session.records.count(line, ListQuery(filter=group)) == len(rows)
    return sorted(r.cells[0] for r in rows)


@pytest.mark.all_backends
def test_joined_paths_find_the_same_records(session: Session) -> None:
    line, ids = _orders(session)
    by_client = (ids["order"], ids["client"])
    august = FilterGroup("and", [Condition((ids["order"], ids["date"]), "ge", dt.date(2025, 8, 1)),
                                 Condition((ids["order"], ids["date"]), "lt", dt.date(2025, 9, 1))])
    assert _notes(session, line, ids, FilterGroup("and", [Condition(by_client, "eq", 1), august])) == ["a"]
    assert _notes(session, line, ids, august) == ["a", "no client"]
    # "is empty" through a reference: a line whose order has no client, and a line with no order at all
    assert _notes(session, line, ids, FilterGroup("and", [Condition(by_client, "empty")])) == ["no client", "no order"]
    assert _notes(session, line, ids, FilterGroup("and", [Condition(by_client, "ne", 1)])) == ["b", "no client", "no order"]
    either = FilterGroup("or", [Condition(by_client, "eq", 2), Condition(by_client, "empty")])
    assert _notes(session, line, ids, either) == ["b", "no client", "no order"]
    both = FilterGroup("and", [Condition(by_client, "empty"), august])  # inner for the date, NULL client kept
    assert _notes(session, line, ids, both) == ["no client"]
