"""A big CSV file or SQLite table is not held in memory: its rows are read again from the file whenever they are
walked or a page of them is fetched, and read the same as a small file's rows kept in memory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from supasoft.services import import_rows
from supasoft.services.import_read import read_table
from supasoft.services.import_rows import LazyRows


def test_a_big_csv_is_read_again_when_walked_with_the_same_rows_numbers_and_locales(tmp_path: Path,
                                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.csv"
    lines = [f"Client {i};{i},5;14.03.2025" for i in range(9)]
    lines.insert(4, "ragged;row")
    path.write_bytes(("\ufeffName;Price;Date\n" + "\n".join(lines) + "\n\n").encode("utf-8"))
    small = read_table(path)
    monkeypatch.setattr(import_rows, "LAZY_AFTER", 3)
    monkeypatch.setattr(import_rows, "CHUNK", 4)
    big = read_table(path)
    assert isinstance(big.rows, LazyRows) and isinstance(small.rows, list)
    assert big.headers == small.headers == ["Name", "Price", "Date"]
    assert list(big.rows) == list(big.rows) == small.rows and len(big.rows) == 9
    assert list(big.row_numbers) == small.row_numbers == [2, 3, 4, 5, 7, 8, 9, 10, 11]  # the ragged line 6 left out
    assert [p.row for p in big.problems] == [6] and big.locales == small.locales == ["en", "pl", "pl"]
    assert big.rows[7] == ["Client 7", "7,5", "14.03.2025"] and big.rows[1][0] == "Client 1" and big.rows[-1][0] == "Client 8"
    assert big.rows[2:5] == small.rows[2:5]
    with pytest.raises(IndexError):
        big.rows[9]


def test_a_big_sqlite_table_is_read_again_when_walked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE Lines (OrderID INTEGER, Item TEXT)")
        conn.executemany("INSERT INTO Lines VALUES (?, ?)", [(10000 + i, f"Item {i}") for i in range(50)])
    conn.close()
    monkeypatch.setattr(import_rows, "LAZY_AFTER", 10)
    table = read_table(path)
    assert isinstance(table.rows, LazyRows) and len(table.rows) == 50 and table.row_numbers == range(1, 51)
    assert table.rows[42] == [10042, "Item 42"] and sum(1 for _ in table.rows) == 50
