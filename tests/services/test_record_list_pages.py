"""What a table's pages cost: long texts come as short previews (whole texts stay in cards and exports), and a
search counts its matches only up to a cap, growing when the table is scrolled to its end."""

from __future__ import annotations

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.widgets.record_source import COUNT_STEP, TEXT_PREVIEW, RecordRowSource

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


def test_count_stops_at_the_cap(session: Session) -> None:
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    name = cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=50)).id
    session.records.insert_many(obj.id, [{name: f"Łódź {i}" if i % 3 else f"Kraków {i}"} for i in range(2600)])
    query = ListQuery(search="łódź")
    assert session.records.count(obj.id, query) == 1733
    assert session.records.count(obj.id, query, at_most=1001) == 1001
    assert session.records.count(obj.id, query, at_most=5000) == 1733
    assert session.records.count(obj.id, ListQuery(search="nowhere"), at_most=1001) == 0

    source = RecordRowSource(session.records, obj.id, [(name,)])
    assert source.count() == 2600 and not source.has_more()  # the whole list is counted exactly
    source.set_search("łódź")
    assert (source.count(), source.has_more()) == (COUNT_STEP, True)
    source.fetch_more()
    assert (source.count(), source.has_more()) == (1733, False)
    source.set_search("kraków")  # a new search starts from the first cap again
    assert (source.count(), source.has_more()) == (867, False)


def test_short_first_page_is_the_count(session: Session) -> None:
    """A rare word: the first page has every match, so no count query runs (one scan instead of two)."""
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    name = cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=50)).id
    session.records.insert_many(obj.id, [{name: "rare" if i in (5, 50) else f"n {i}"} for i in range(300)])
    counted: list[object] = []
    records = session.records
    original = records.count
    records.count = lambda *a, **k: counted.append(a) or original(*a, **k)  # type: ignore[method-assign]
    source = RecordRowSource(records, obj.id, [(name,)])
    source.set_search("rare")
    assert len(source.fetch(0, 100)) == 2
    assert (source.count(), source.has_more(), counted) == (2, False, [])
    source.set_search("n")
    assert len(source.fetch(0, 100)) == 100
    assert source.count() == 298 and len(counted) == 1  # a full page says nothing about the rest: counted
