"""Networked edition: a save by another client reaches an open table through Firebird events."""

from __future__ import annotations

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session, open_session
from supasoft.shell.relay import ChangeRelay

pytestmark = pytest.mark.all_backends


def test_other_clients_saves_arrive_as_record_changes(qtbot, backend: str, db_path, session: Session) -> None:  # noqa: ANN001
    if backend == "sqlite":
        pytest.skip("one user per file: no other clients")
    obj = session.configuration.add_object("Client", "Clients")
    name = session.configuration.add_field(obj.id, FieldDef(0, "Name", "string"))
    relay = ChangeRelay(session)
    seen: list[int] = []
    relay.records_changed.connect(lambda object_id, ids: seen.append(object_id))
    try:
        assert relay.feed is not None and relay.feed.active
        other = open_session(db_path)
        try:
            record = other.records.new(obj.id)
            record.values[name.id] = "Zażółć"
            other.records.save(record)
        finally:
            other.close()
        qtbot.waitUntil(lambda: obj.id in seen, timeout=5000)
    finally:
        relay.detach()
    assert relay.feed is None
