"""A page deep in a big CSV file is read by seeking to where the first pass saw its rows begin, not by reading the
file again from its start: the work done is counted in lines read, not time."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.services import import_rows
from supasoft.services.import_read import read_table
from supasoft.services.import_rows import LazyRows

ROWS = 600_000


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seek") / "big.csv"
    lines = ["Name;Price;Note"] + [f"Client {i};{i},5;\"line one\nline two\"" if i % 1000 == 7 else f"Client {i};{i},5;x"
                                   for i in range(ROWS)]
    lines.insert(5000, "ragged;row")  # a row the reader leaves out must not shift the pages after it
    path.write_text("\n".join(lines) + "\n", encoding="cp1250")
    return path


def counting_lines(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts every line the reader takes from the file."""
    read = [0]
    plain = import_rows._lines

    def lines(f):  # type: ignore[no-untyped-def]
        for line in plain(f):
            read[0] += 1
            yield line

    monkeypatch.setattr(import_rows, "_lines", lines)
    return read


def test_a_row_deep_in_a_big_csv_is_read_by_seeking_one_page(big_csv: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = read_table(big_csv, encoding="cp1250", delimiter=";")
    assert isinstance(table.rows, LazyRows) and len(table.rows) == ROWS
    read = counting_lines(monkeypatch)
    assert table.rows.ready(590_000)
    assert table.rows[590_000] == ["Client 590000", "590000,5", "x"]
    assert read[0] < 2 * import_rows.CHUNK  # one page (and its multi-line cells), not 590,000 lines
    assert table.rows[590_007] == ["Client 590007", "590007,5", "line one\nline two"]
    assert table.rows[-1][0] == f"Client {ROWS - 1}" and table.rows[4999][0] == "Client 4999"
    assert table.rows[5000][0] == "Client 5000" and table.rows[123_456][0] == "Client 123456"
    assert read[0] < 8 * import_rows.CHUNK
    assert table.rows[299_998:300_002] == [[f"Client {i}", f"{i},5", "x"] for i in range(299_998, 300_002)]


def test_a_source_without_marks_is_not_ready_deep_down_until_its_page_is_read(tmp_path: Path) -> None:
    rows = LazyRows(lambda: ([i] for i in range(10_000)), 10_000, chunk=100)
    assert rows.ready(50) and not rows.ready(5_000)
    assert rows[5_000] == [5_000] and rows.ready(5_099) and not rows.ready(5_100)
