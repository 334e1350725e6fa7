"""Reordering an object's fields: one structure change, no DDL, and everything "in order" follows it."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from supasoft.core.errors import PermissionDenied, SchemaError
from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session
from supasoft.services.templates.lite import auto_card
from supasoft.storage.physical import table_name

pytestmark = pytest.mark.all_backends


def client_with_fields(session: Session) -> tuple[int, list[int]]:
    """A Client with Name, Phone, City and one record holding a value in each."""
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    ids = [cfg.add_field(obj.id, FieldDef(0, name, "string", length=60)).id for name in ("Name", "Phone", "City")]
    record = session.records.new(obj.id)
    record.values.update({ids[0]: "Acme", ids[1]: "555-01", ids[2]: "Kraków"})
    session.records.save(record)
    return obj.id, ids


def columns_of(session: Session, object_id: int) -> list[str]:
    with session.storage.connect() as conn:
        return [c["name"].lower() for c in sa.inspect(conn).get_columns(table_name(object_id))]


def names(session: Session, object_id: int) -> list[str]:
    return [f.name for f in session.configuration.object(object_id).fields]


def test_reorder_is_one_structure_change_without_ddl(session: Session, db_path: Path | str) -> None:
    oid, (name, phone, city) = client_with_fields(session)
    physical = columns_of(session, oid)
    version = session.configuration.config.version
    session.configuration.reorder_fields(oid, [city, name, phone])
    assert names(session, oid) == ["City", "Name", "Phone"]
    assert session.configuration.config.version == version + 1
    assert columns_of(session, oid) == physical  # the physical columns did not move
    rows = session.records.list(oid, ListQuery(columns=[(city,), (name,), (phone,)]))
    assert [tuple(r.cells) for r in rows] == [("Kraków", "Acme", "555-01")]  # values stay with their fields
    reopened = open_session(db_path)
    try:
        assert [f.name for f in reopened.configuration.object(oid).fields] == ["City", "Name", "Phone"]
    finally:
        reopened.close()


def test_same_order_stores_nothing(session: Session) -> None:
    oid, ids = client_with_fields(session)
    version = session.configuration.config.version
    session.configuration.reorder_fields(oid, ids)
    assert session.configuration.config.version == version


@pytest.mark.parametrize(("order", "said"), [
    (lambda ids: ids[:2], "City is missing"),
    (lambda ids: [*ids, ids[0]], "Name is listed 2 times"),
    (lambda ids: [ids[1], ids[2], 999_999], "#999999 is not a field of Client"),
    (lambda ids: [], "each of the 3 fields of Client exactly once"),
])
def test_every_field_exactly_once_or_a_clear_refusal(session: Session, order, said: str) -> None:  # noqa: ANN001
    oid, ids = client_with_fields(session)
    version = session.configuration.config.version
    with pytest.raises(SchemaError, match=said):
        session.configuration.reorder_fields(oid, order(ids))
    assert names(session, oid) == ["Name", "Phone", "City"]
    assert session.configuration.storage.configuration_version() == version


def test_a_generated_card_follows_the_order(session: Session) -> None:
    oid, (name, phone, city) = client_with_fields(session)
    session.configuration.reorder_fields(oid, [phone, city, name])
    card = auto_card(session.configuration, oid)
    assert [node.ref for node in card.root.children[0].children] == [phone, city, name]


def test_needs_the_right_to_configure(db_path: Path | str) -> None:
    admin = open_session(db_path)
    oid, ids = client_with_fields(admin)
    admin.users.sleep = lambda seconds: None
    admin.users.create_user("admin", "correct horse", "Admin")
    admin.users.create_user("bob", "correct horse", "Bob")
    admin.close()
    bob = open_session(db_path, login="bob", password="correct horse")
    try:
        with pytest.raises(PermissionDenied):
            bob.configuration.reorder_fields(oid, list(reversed(ids)))
        assert [f.name for f in bob.configuration.object(oid).fields] == ["Name", "Phone", "City"]
    finally:
        bob.close()
