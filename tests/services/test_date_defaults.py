"""A date field's default 'today' (and a date-time's 'now') is the day a record is created, on every backend."""

from __future__ import annotations

import datetime as dt

import pytest

from supasoft.core.errors import SchemaError
from supasoft.core.meta import FieldDef
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends


def test_today_and_now_as_defaults(session: Session) -> None:
    cfg = session.configuration
    obj = cfg.add_object("Call", "Calls")
    day = cfg.add_field(obj.id, FieldDef(0, "Day", "date", default="today")).id
    start = cfg.add_field(obj.id, FieldDef(0, "Start", "datetime", default="now")).id
    midnight = cfg.add_field(obj.id, FieldDef(0, "Midnight", "datetime", default="Today")).id
    before = dt.datetime.now().replace(second=0, microsecond=0)
    record = session.records.new(obj.id)
    after = dt.datetime.now()
    assert record.values[day] in (before.date(), after.date())
    assert before <= record.values[start] <= after
    assert record.values[midnight] == dt.datetime.combine(record.values[day], dt.time())
    saved = session.records.save(record)
    assert session.records.get(obj.id, saved.id).values[day] == record.values[day]
    assert cfg.config.object_by_id(obj.id).field_by_id(day).default == "today"  # stays a word, read each time


def test_other_words_are_still_refused(session: Session) -> None:
    obj = session.configuration.add_object("Call", "Calls")
    with pytest.raises(SchemaError):
        session.configuration.add_field(obj.id, FieldDef(0, "Day", "date", default="tomorrow"))
