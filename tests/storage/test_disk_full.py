"""A full disk is our own error naming the last record that is safely stored, never a raw driver error.

The disk is filled for real as SQLite sees it: `PRAGMA max_page_count` caps the file a few pages above its
size, so the writes that need a new page get SQLITE_FULL ("database or disk is full") exactly as on a full
USB stick. Nothing is half-written: the file passes integrity_check and the earlier records are intact.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from supasoft.services.session import Session, open_session
from supasoft.services.setup import initialize
from supasoft.storage.errors import DiskFullError


def _cap_the_disk(session: Session, spare_pages: int) -> None:
    engine = session.storage.database.engine
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_saving_on_a_full_disk_names_the_last_saved_record(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    session = open_session(db)
    try:
        initialize(session, "lite")
        client = session.configuration.config.object_by_name("Client")
        name = next(f for f in client.fields if f.type == "string")
        notes = next(f for f in client.fields if f.type == "text")
        _cap_the_disk(session, spare_pages=12)
        saved: list[str] = []
        with pytest.raises(DiskFullError) as caught:
            for n in range(1, 200):
                record = session.records.new(client.id)
                record.values[name.id] = f"Client {n}"
                record.values[notes.id] = "x" * 3000
                stored = session.records.save(record)
                saved.append(client.format_code(stored.code))
        message = str(caught.value)
        assert saved, "the cap was too small to save anything"
        assert re.fullmatch(rf"The disk is full; the last saved record is Client {re.escape(saved[-1])} \(saved "
                            r"\d\d:\d\d:\d\d\)\. This change was not saved: free some space, then save again\.", message)
        assert "sqlite" not in message.lower() and "SQL" not in message
    finally:
        session.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened = open_session(db, create=False)
    try:
        assert reopened.records.count(client.id) == len(saved)
    finally:
        reopened.close()

