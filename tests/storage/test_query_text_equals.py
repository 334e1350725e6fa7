"""Text equals / does not equal / is one of ignore case like contains and quick search, on every backend."""

from __future__ import annotations

import pytest

from supasoft.core.meta import Condition, FieldDef, FilterGroup
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends

NAMES = ["Zakład Łódź", "ZAKŁAD ŁÓDŹ", "zakład łódź", "Ёжик и Ко", "ЁЖИК И КО", "Acme", "ACME", "acme ltd", None]


def names(session: Session, obj_id: int, column: int, op: str, value: object) -> list[str | None]:
    query = ListQuery(columns=[(column,)], filter=FilterGroup("and", [Condition((column,), op, value)]), limit=50)
    rows = [r.cells[0] for r in session.records.list(obj_id, query)]
    assert session.records.count(obj_id, query) == len(rows)
    return sorted(rows, key=str)


@pytest.fixture(params=["string", "text"])
def clients(request, session: Session):
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    kind = request.param
    name = cfg.add_field(obj.id, FieldDef(0, "Name", kind, length=60 if kind == "string" else None)).id
    session.records.insert_many(obj.id, [{name: n} for n in NAMES])
    return obj.id, name


@pytest.mark.parametrize(("value", "expected"), [
    ("zakład łódź", ["ZAKŁAD ŁÓDŹ", "Zakład Łódź", "zakład łódź"]),
    ("ZAKŁAD łÓdŹ", ["ZAKŁAD ŁÓDŹ", "Zakład Łódź", "zakład łódź"]),
    ("ёжик и ко", ["Ёжик и Ко", "ЁЖИК И КО"]),
    ("acme", ["ACME", "Acme"]),
    ("ACME LTD", ["acme ltd"]),
    ("acm", []),
    ("Zakład Lodz", []),  # letters with marks stay different letters
])
def test_equals_ignores_case_in_every_alphabet(session: Session, clients, value, expected):
    obj_id, name = clients
    assert names(session, obj_id, name, "eq", value) == sorted(expected, key=str)
    contained = names(session, obj_id, name, "contains", value)
    assert set(expected) <= set(contained)  # equals is never stricter about case than contains
    others = names(session, obj_id, name, "ne", value)
    assert sorted(others + expected, key=str) == sorted(NAMES, key=str)  # ne is the exact complement (empty included)


def test_is_one_of_ignores_case(session: Session, clients):
    obj_id, name = clients
    assert names(session, obj_id, name, "in", ["ACME", "ёжик и ко"]) == sorted(["ACME", "Acme", "Ёжик и Ко", "ЁЖИК И КО"], key=str)


def test_equals_on_numbers_and_codes_is_unchanged(session: Session):
    cfg = session.configuration
    obj = cfg.add_object("Item", "Items")
    qty = cfg.add_field(obj.id, FieldDef(0, "Qty", "integer")).id
    session.records.insert_many(obj.id, [{qty: n} for n in (1, 2, 12)])
    assert names(session, obj.id, qty, "eq", "12") == [12]
    assert names(session, obj.id, qty, "in", ["1", "2"]) == [1, 2]
