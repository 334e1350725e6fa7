"""ListRowSource: the in-memory RowSource used by tests and small data sets."""

from __future__ import annotations

import subprocess
import sys

import pytest
from widget_samples import COLUMNS, make_row, make_rows

from supasoft.widgets.row_source import ListRowSource, RowSource


def test_is_a_row_source() -> None:
    assert isinstance(ListRowSource(COLUMNS, []), RowSource)


def test_row_source_module_needs_no_qt() -> None:
    code = "import sys, supasoft.widgets.row_source; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_fetch_sort_search_and_positions() -> None:
    src = ListRowSource(COLUMNS, make_rows(50))
    assert src.count() == 50
    assert [r.id for r in src.fetch(10, 3)] == [11, 12, 13]
    assert src.fetch(49, 10)[0].id == 50 and len(src.fetch(49, 10)) == 1
    src.set_sort("amount", descending=True)
    amounts = [r.cells[2] for r in src.fetch(0, 50)]
    assert amounts == sorted(amounts, reverse=True)
    src.set_sort("city", descending=False)
    cities = [r.cells[5].text for r in src.fetch(0, 50)]
    assert cities == sorted(cities, key=str.casefold)
    assert src.row_index(src.fetch(7, 1)[0].id) == 7
    src.set_search("КРАКÓW".lower())
    assert src.count() == 0
    src.set_search("kraków")
    assert src.count() == len([i for i in range(50) if i % 4 == 0])
    assert src.row_index(2) is None
    with pytest.raises(KeyError):
        src.set_sort("nope", False)


def test_edits() -> None:
    src = ListRowSource(COLUMNS, make_rows(3))
    src.replace_row(make_row(1, name="Nowa nazwa"))
    assert src.fetch(1, 1)[0].cells[1] == "Nowa nazwa"
    src.remove_row(1)
    assert src.count() == 2
    with pytest.raises(KeyError):
        src.replace_row(make_row(99))
