"""A Text value above 64 KB comes back whole on every backend (fdb would otherwise hand out a BlobReader)."""

from __future__ import annotations

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends


def test_a_text_above_64_kb_reads_back_as_text(session: Session) -> None:
    cfg = session.configuration
    obj = cfg.add_object("Note", "Notes")
    body = cfg.add_field(obj.id, FieldDef(0, "Body", "text")).id
    text = "Zażółć gęślą jaźń, Съешь же ещё." * 3000  # about 100,000 characters, 150 KB in UTF-8
    record = session.records.new(obj.id)
    record.values[body] = text
    saved = session.records.save(record)
    assert session.records.get(obj.id, saved.id).values[body] == text
    assert [row.cells[0] for row in session.records.list(obj.id, ListQuery(columns=[(body,)]))] == [text]
