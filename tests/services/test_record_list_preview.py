"""A table's page fetches long texts as short previews (whole texts stay in cards and exports)."""

from __future__ import annotations

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.widgets.record_source import TEXT_PREVIEW, RecordRowSource

pytestmark = pytest.mark.all_backends

LONG = ("Zażółć 𝄞 gęślą jaźń " * 60).strip()  # 1,199 characters, some of them 4 bytes in UTF-8


def _notes(session: Session) -> tuple[int, int, dict[str, int]]:
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    name = cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=50)).id
    notes = cfg.add_field(obj.id, FieldDef(0, "Notes", "text")).id
    ids = {}
    for label, text in (("long", LONG), ("exact", "x" * 20), ("short", "krótko"), ("empty", None)):
        record = session.records.new(obj.id)
        record.values.update({name: label, notes: text})
        ids[label] = session.records.save(record).id
    return obj.id, notes, ids


def test_preview_cuts_long_texts_only(session: Session) -> None:
    object_id, notes, ids = _notes(session)
    by_id = {r.id: r.cells[1] for r in session.records.list(
        object_id, ListQuery(columns=[(notes - 1,), (notes,)], text_preview=20))}
    assert by_id[ids["long"]] == LONG[:20] + "…"
    assert by_id[ids["exact"]] == "x" * 20  # exactly the preview's length: whole, no ellipsis
    assert by_id[ids["short"]] == "krótko"
    assert by_id[ids["empty"]] is None
    whole = {r.id: r.cells[1] for r in session.records.list(object_id, ListQuery(columns=[(notes - 1,), (notes,)]))}
    assert whole[ids["long"]] == LONG  # without a preview (exports, reports) the text is whole
    assert session.records.get(object_id, ids["long"]).values[notes] == LONG


def test_table_source_asks_for_previews(session: Session) -> None:
    object_id, notes, ids = _notes(session)
    source = RecordRowSource(session.records, object_id, [(notes,)])
    cells = {row.id: row.cells[0] for row in source.fetch(0, 10)}
    assert cells[ids["long"]] == LONG[:TEXT_PREVIEW] + "…"
    assert source.query().text_preview is None  # the export of the current view keeps whole texts
