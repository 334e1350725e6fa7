"""The preview's compact rows behave like the (row, action) list they replace, unreadable rows merged in order."""

from __future__ import annotations

from supasoft.importer.preview_entries import PreviewEntries, find_sorted


def test_entries_merge_unreadable_rows_in_order_and_filter() -> None:
    entries = PreviewEntries.merged([(2, "create"), (3, "update"), (6, "create")], [5, 4])
    assert list(entries) == [(2, "create"), (3, "update"), (4, "skip"), (5, "skip"), (6, "create")]
    assert entries[2] == (4, "skip") and entries[-1] == (6, "create") and entries[1:3] == [(3, "update"), (4, "skip")]
    assert list(entries.only("skip")) == [(4, "skip"), (5, "skip")]
    assert entries.index_of(5) == 3 and entries.index_of(7) is None and entries.index_of(1) is None
    assert entries.numbers.itemsize == 4 and len(entries.actions) == 5


def test_find_sorted() -> None:
    assert find_sorted(range(2, 100), 50) == 48
    assert find_sorted([2, 4, 8], 5) is None and find_sorted([], 1) is None
