"""A big file's rows stream: an .xlsx, a CSV file and another SQLite database's table yield their first rows before
their last row is read (or, for calamine's sheet, converted), so an import never holds the file's rows in memory."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from supasoft.services import import_read, import_rows
from supasoft.services.import_read import read_table
from supasoft.services.import_rows import CHUNK

ROWS = 3 * CHUNK  # more rows than one chunk, and a file larger than the reader's buffer


@pytest.fixture(autouse=True)
def _big_after_100(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_rows, "LAZY_AFTER", 100)


def test_a_big_csv_yields_its_first_row_before_its_last_row_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Name;Units\n" + "".join(f"Row {i:05};{i}\n" for i in range(ROWS)), encoding="utf-8")
    table = read_table(path)
    assert not isinstance(table.rows, list) and len(table.rows) == ROWS
    walk = iter(table.rows)
    assert next(walk) == ["Row 00000", "0"]
    last = f"Row {ROWS - 1:05};{ROWS - 1}\n".encode()
    with path.open("r+b") as f:  # the last row changes on disk after the first one came out
        f.seek(-len(last), os.SEEK_END)
        f.write(last.replace(b"Row", b"End"))
    rest = list(walk)
    assert len(rest) == ROWS - 1 and rest[-1] == [f"End {ROWS - 1:05}", str(ROWS - 1)]


def test_a_big_sqlite_table_is_still_being_read_when_its_first_row_comes(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE Items (Name TEXT, Units INTEGER)")
        conn.executemany("INSERT INTO Items VALUES (?, ?)", [(f"Row {i:05}", i) for i in range(ROWS)])
    conn.close()
    table = read_table(path, table="Items")
    assert not isinstance(table.rows, list) and len(table.rows) == ROWS
    walk = iter(table.rows)
    assert next(walk) == ["Row 00000", 0]
    writer = sqlite3.connect(path, timeout=0)
    try:
        writer.execute("UPDATE Items SET Name = 'changed' WHERE Units = ?", (ROWS - 1,))
        with pytest.raises(sqlite3.OperationalError, match="locked"):  # the walk's statement still reads the table
            writer.commit()
        writer.rollback()
        rest = list(walk)
        assert len(rest) == ROWS - 1 and rest[-1] == [f"Row {ROWS - 1:05}", ROWS - 1]
        writer.execute("UPDATE Items SET Name = 'changed' WHERE Units = ?", (ROWS - 1,))
        writer.commit()  # the walk is over: nothing reads the table any more
    finally:
        writer.close()


def sheet(path: Path, prefix: str = "Row") -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(["Name", "Units", None])
    for i in range(ROWS):
        ws.append([f"{prefix} {i:05}", i])
    ws.append([None, None])  # an empty trailing row is left out
    wb.save(path)
    return path


def test_a_big_sheet_converts_its_rows_one_by_one_as_they_are_walked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("python_calamine")
    table = read_table(sheet(tmp_path / "big.xlsx"))
    assert table.headers == ["Name", "Units"] and len(table.rows) == ROWS and not isinstance(table.rows, list)
    assert list(table.row_numbers[:2]) == [2, 3]
    converted: list[object] = []
    cell = import_read._cell
    monkeypatch.setattr(import_read, "_cell", lambda value: converted.append(value) or cell(value))
    walk = iter(table.rows)
    assert next(walk) == ["Row 00000", 0]
    assert len(converted) <= 6  # the header and the first row: nothing after them is converted yet
    rest = list(walk)
    assert len(rest) == ROWS - 1 and rest[-1] == [f"Row {ROWS - 1:05}", ROWS - 1]


def test_without_calamine_a_big_sheet_is_streamed_from_the_file_on_each_walk(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_read, "_has_calamine", lambda: False)
    path = sheet(tmp_path / "big.xlsx")
    table = read_table(path)
    assert len(table.rows) == ROWS and not isinstance(table.rows, list) and table.rows[1] == ["Row 00001", 1]
    os.replace(sheet(tmp_path / "other.xlsx", prefix="New"), path)  # not held in memory: the next walk reads this
    assert next(iter(table.rows)) == ["New 00000", 0]


def test_a_sheet_bigger_than_calamine_should_load_is_streamed_from_the_file(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_read, "XLSX_LOADED_UP_TO", 1000)  # bytes of sheet XML: this sheet is far bigger
    path = sheet(tmp_path / "big.xlsx")
    table = read_table(path)
    assert len(table.rows) == ROWS and table.rows[ROWS - 1] == [f"Row {ROWS - 1:05}", ROWS - 1]
    os.replace(sheet(tmp_path / "other.xlsx", prefix="New"), path)
    assert next(iter(table.rows)) == ["New 00000", 0]


def test_a_sheets_size_is_told_from_the_zip_without_reading_the_sheet(tmp_path: Path) -> None:
    from supasoft.services.import_sheet import sheet_size

    wb = Workbook()
    wb.active.title = "Small & short"
    wb.active.append(["x"])
    big = wb.create_sheet("Big")
    for i in range(2000):
        big.append([f"text {i}", i])
    wb.save(tmp_path / "two.xlsx")
    small, large = sheet_size(tmp_path / "two.xlsx"), sheet_size(tmp_path / "two.xlsx", "Big")
    assert small == sheet_size(tmp_path / "two.xlsx", "Small & short") and large > 20 * small
