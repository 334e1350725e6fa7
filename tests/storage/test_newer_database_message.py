"""A database written by a newer Supasoft is refused with a message the user can read in their language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from supasoft.core.errors import NewerDatabaseError
from supasoft.core.messages import error_text
from supasoft.services.session import open_session


def test_a_newer_database_is_refused_in_english_polish_and_russian(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    open_session(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE sys_schema_version SET version_num = '9999'")
    with pytest.raises(NewerDatabaseError) as caught:
        open_session(db, create=False)
    assert "newer version of Supasoft (schema 9999)" in str(caught.value)
    assert error_text(caught.value, "pl").startswith("Tę bazę danych utworzyła nowsza wersja Supasoft (schemat 9999)")
    assert error_text(caught.value, "ru").startswith("Эта база данных создана более новой версией Supasoft (схема 9999)")
