"""A table page's cells come back typed whatever the column order: a file column after a reference column still
shows its own file (a reference takes two places in the row: its id and its display text)."""

from __future__ import annotations

import pytest

from supasoft.core.fieldtypes import FileValue
from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery, RefValue
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends


def test_a_file_after_a_reference_shows_its_own_name(session: Session) -> None:
    cfg = session.configuration
    client = cfg.add_object("Client", "Clients")
    name = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=40)).id
    cfg.update_object(client.id, display_field=name)
    contract = cfg.add_object("Contract", "Contracts")
    party = cfg.add_field(contract.id, FieldDef(0, "Client", "reference", target=client.id)).id
    scan = cfg.add_field(contract.id, FieldDef(0, "Scan", "file")).id
    title = cfg.add_field(contract.id, FieldDef(0, "Title", "string", length=40)).id
    records = session.records
    clients = []
    for n in range(3):  # client ids and file ids must differ, so a wrong place in the row shows
        record = records.new(client.id)
        record.values[name] = f"Client {n}"
        clients.append(records.save(record).id)
    contract_record = records.new(contract.id)
    contract_record.values.update({party: clients[2], scan: FileValue("signed.pdf", b"%PDF-1.4 signed"), title: "Lease"})
    records.save(contract_record)
    [row] = records.list(contract.id, ListQuery(columns=[(party,), (scan,), (title,)]))
    ref, file, text = row.cells
    assert isinstance(ref, RefValue) and ref.id == clients[2] and ref.text == "Client 2"
    assert isinstance(file, FileValue) and file.name == "signed.pdf" and file.size == len(b"%PDF-1.4 signed")
    assert text == "Lease"


def test_pages_past_the_end_are_empty_whichever_way_the_engine_pages(session: Session) -> None:
    """storage.ops pages three ways (OFFSET/LIMIT, an id subquery for deep pages, Firebird's ids read first)."""
    cfg = session.configuration
    note = cfg.add_object("Note", "Notes")
    text = cfg.add_field(note.id, FieldDef(0, "Text", "string", length=20)).id
    session.records.insert_many(note.id, [{text: f"n{i}"} for i in range(5)])
    for offset, limit in ((3, 10), (10, 10), (2500, 10), (2500, 5000), (0, 5000)):
        rows = session.records.list(note.id, ListQuery(columns=[(text,)], offset=offset, limit=limit))
        assert [r.cells[0] for r in rows] == [f"n{i}" for i in range(5)][offset:offset + limit], (offset, limit)
