"""Unique keys travel with a configuration import: built with a created object, added, removed and rebuilt when a
key field's column moves; a key over records sharing values or over a field that cannot be unique changes nothing."""

from __future__ import annotations

import json

import pytest

from supasoft.core.errors import SchemaError, ValidationError
from supasoft.core.serialization import DocumentError, configuration_from_json, configuration_to_json
from supasoft.services.config_import import apply_import, plan_import
from supasoft.services.integrity import check_database
from supasoft.services.session import Session
from supasoft.storage.physical import key_index
from tests.services.test_unique_keys import add_line, index_names, make, order_lines

pytestmark = pytest.mark.all_backends


def import_text(session: Session, text: str) -> None:
    incoming = configuration_from_json(text)
    apply_import(session, incoming, plan_import(session.configuration.config, incoming, allow_deletes=True))


def test_an_exported_key_comes_back_with_its_index_and_refuses_duplicates(session: Session) -> None:
    line, order, product, quantity = order_lines(session)
    cfg = session.configuration
    key = cfg.add_unique_key(line, [order, product], "Once per order")
    exported = configuration_to_json(cfg.config)
    cfg.remove_unique_key(line, key.id)
    assert "change unique keys of Line" in plan_import(cfg.config, configuration_from_json(exported)).describe()[1]
    import_text(session, exported)
    assert cfg.object(line).unique_keys == [key]
    assert key_index(cfg.object(line), key).name in index_names(session, line)
    o1, chai = make(session, "Order", "first"), make(session, "Product", "Chai")
    add_line(session, line, {order: o1, product: chai, quantity: 1})
    with pytest.raises(ValidationError):
        add_line(session, line, {order: o1, product: chai, quantity: 2})
    cfg.delete_object(line, cascade=True)  # the whole object comes back from the document, key and all
    import_text(session, exported)
    assert key_index(cfg.object(line), key).name in index_names(session, line)
    assert check_database(session) == []  # the integrity check expects the key's index and finds it


def test_an_imported_key_over_shared_values_or_a_long_text_changes_nothing(session: Session) -> None:
    line, order, product, _quantity = order_lines(session)
    cfg = session.configuration
    key = cfg.add_unique_key(line, [order, product])
    exported = configuration_to_json(cfg.config)
    cfg.remove_unique_key(line, key.id)
    o1, chai = make(session, "Order", "first"), make(session, "Product", "Chai")
    add_line(session, line, {order: o1, product: chai})
    add_line(session, line, {order: o1, product: chai})
    version = cfg.config.version
    with pytest.raises(SchemaError) as shared:
        import_text(session, exported)
    assert "2 records share the values" in str(shared.value)
    assert cfg.config.version == version and cfg.object(line).unique_keys == []
    doc = json.loads(exported)
    lines = next(o for o in doc["objects"] if o["id"] == line)
    lines["fields"].append({"id": doc["next_id"], "name": "Notes", "type": "text"})
    lines["unique_keys"][0]["fields"] = [doc["next_id"]]
    doc["next_id"] += 1
    with pytest.raises(DocumentError) as wrong:
        import_text(session, json.dumps(doc))
    assert "Notes cannot be part of a unique key" in str(wrong.value)
    assert cfg.config.version == version


def test_a_key_field_whose_column_moves_in_an_import_keeps_its_key(session: Session) -> None:
    line, order, _product, quantity = order_lines(session)
    cfg = session.configuration
    key = cfg.add_unique_key(line, [order, quantity])
    doc = json.loads(configuration_to_json(cfg.config))
    lines = next(o for o in doc["objects"] if o["id"] == line)
    moved = next(f for f in lines["fields"] if f["id"] == quantity)
    moved.update(type="decimal", precision=12, scale=2)
    import_text(session, json.dumps(doc))
    assert key_index(cfg.object(line), key).name in index_names(session, line)
    o1 = make(session, "Order", "first")
    add_line(session, line, {order: o1, quantity: "1.5"})
    with pytest.raises(ValidationError):
        add_line(session, line, {order: o1, quantity: "1.50"})
