"""Networked edition: an open card follows other clients' saves and deletes (Firebird events), never losing typing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from supasoft.cards.card_windows import CardWindows
from supasoft.core.meta import FieldDef
from supasoft.services.session import Session, open_session
from supasoft.shell.relay import ChangeRelay

pytestmark = pytest.mark.all_backends


@pytest.fixture
def office(backend: str, db_path: Any, session: Session) -> Iterator[tuple[Session, Session, int, int, int, CardWindows]]:
    """Client A with a card open on a record, client B on the same server database."""
    if backend == "sqlite":
        pytest.skip("one user per file: no other clients")
    obj = session.configuration.add_object("Client", "Clients")
    name = session.configuration.add_field(obj.id, FieldDef(0, "Name", "string"))
    record = session.records.new(obj.id)
    record.values[name.id] = "Kowalski"
    record_id = session.records.save(record).id
    relay = ChangeRelay(session)
    cards = CardWindows(session.records, preview_delay_ms=0)
    relay.records_changed.connect(cards.follow_remote)
    other = open_session(db_path)
    try:
        yield session, other, obj.id, name.id, record_id, cards
    finally:
        for window in cards.windows():
            window._closing_confirmed = True  # no unsaved-changes prompt (a modal box) at teardown
            window.close()
        relay.detach()
        other.close()


def _save_from_other(other: Session, object_id: int, record_id: int, field_id: int, value: str) -> None:
    record = other.records.get(object_id, record_id)
    record.values[field_id] = value
    other.records.save(record)


def test_clean_card_shows_the_other_clients_save(qtbot: Any, office: Any) -> None:
    _session, other, object_id, name_id, record_id, cards = office
    window = cards.open(object_id, record_id)
    qtbot.addWidget(window)
    assert window.form.editor(name_id).value() == "Kowalski"
    _save_from_other(other, object_id, record_id, name_id, "Nowak-Żółć")
    qtbot.waitUntil(lambda: window.form.editor(name_id).value() == "Nowak-Żółć", timeout=5000)
    assert "another user saved" in window.status.text().lower()
    assert not window.form.is_dirty()


def test_dirty_card_keeps_typing_and_warns_then_save_asks(qtbot: Any, office: Any) -> None:
    _session, other, object_id, name_id, record_id, cards = office
    window = cards.open(object_id, record_id)
    qtbot.addWidget(window)
    window.form.set_value(name_id, "Mine")
    assert window.form.is_dirty()
    _save_from_other(other, object_id, record_id, name_id, "Theirs")
    qtbot.waitUntil(lambda: "your changes are kept" in window.status.text().lower(), timeout=5000)
    assert window.form.editor(name_id).value() == "Mine"
    assert window.form.stored().values[name_id] == "Kowalski"  # the conflict is still resolved on save
    window._closing_confirmed = True  # qtbot closes its widgets before the fixture ends: no modal prompt then


def test_card_of_a_record_deleted_elsewhere_says_so(qtbot: Any, office: Any) -> None:
    _session, other, object_id, name_id, record_id, cards = office
    window = cards.open(object_id, record_id)
    qtbot.addWidget(window)
    other.records.delete(object_id, record_id)
    qtbot.waitUntil(lambda: "deleted this record" in window.status.text().lower(), timeout=5000)
    assert window.form.editor(name_id).value() == "Kowalski"  # what was shown stays readable


def test_unrelated_saves_leave_the_card_alone(qtbot: Any, office: Any) -> None:
    _session, other, object_id, name_id, record_id, cards = office
    window = cards.open(object_id, record_id)
    qtbot.addWidget(window)
    stranger = other.records.new(object_id)
    stranger.values[name_id] = "Someone else"
    other.records.save(stranger)
    seen: list[int] = []
    window.form.changed.connect(lambda *_: seen.append(1))
    qtbot.wait(1500)
    assert window.status.text() == "" and not seen
