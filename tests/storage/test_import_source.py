"""A table of another SQLite database is read read-only, by a checked and quoted name, never attached to ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from supasoft.storage.import_source import ImportSourceError, read_sqlite_table, sqlite_tables


def make_db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute('CREATE TABLE "odd ""name""; DROP TABLE x" (id INTEGER PRIMARY KEY, label TEXT)')
    conn.execute('INSERT INTO "odd ""name""; DROP TABLE x" VALUES (1, \'one\'), (2, NULL)')
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    return path


def test_a_table_with_an_odd_name_is_read_by_its_quoted_name(tmp_path: Path) -> None:
    path = make_db(tmp_path / "old.db")
    before = path.read_bytes()
    assert sqlite_tables(path) == ['odd "name"; DROP TABLE x', "x"]
    headers, rows = read_sqlite_table(path, 'odd "name"; DROP TABLE x')
    assert headers == ["id", "label"] and rows == [[1, "one"], [2, None]]
    assert sqlite_tables(path) == ['odd "name"; DROP TABLE x', "x"]  # nothing was dropped
    assert path.read_bytes() == before  # read-only: the file is untouched


def test_the_name_is_matched_without_case_and_an_unknown_table_is_named(tmp_path: Path) -> None:
    path = make_db(tmp_path / "old.db")
    assert read_sqlite_table(path, "X") == (["a"], [])
    with pytest.raises(ImportSourceError, match="There is no table 'missing' in old.db"):
        read_sqlite_table(path, "missing")
    with pytest.raises(ImportSourceError, match="Name the table to import"):
        read_sqlite_table(path, None)


def test_a_file_that_is_not_sqlite_is_refused_in_words(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ImportSourceError, match="junk.db is not an SQLite database"):
        sqlite_tables(junk)
    with pytest.raises(ImportSourceError, match="There is no file"):
        sqlite_tables(tmp_path / "none.db")


def test_the_other_database_cannot_be_written_through_the_reader(tmp_path: Path) -> None:
    """The URI opens it read-only: even a write slipped past would fail (checked through the same URI)."""
    from supasoft.storage.import_source import _uri

    path = make_db(tmp_path / "old.db")
    conn = sqlite3.connect(_uri(path), uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("CREATE TABLE y (b)")
    conn.close()
