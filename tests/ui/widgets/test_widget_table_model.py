"""The paged table model: loads only displayed pages, delegates sort/search, refreshes single records."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableView
from widget_samples import COLUMNS, make_row, make_rows

from supasoft.widgets.record_table_model import (
    RAW_VALUE_ROLE,
    ROW_ID_ROLE,
    ROW_VERSION_ROLE,
    RecordTableModel,
)
from supasoft.widgets.row_source import ListRowSource, RefValue, RowData

N = 10_000
PAGE = 256


@pytest.fixture
def source() -> ListRowSource:
    return ListRowSource(COLUMNS, make_rows(N))


@pytest.fixture
def model(source: ListRowSource) -> RecordTableModel:
    return RecordTableModel(source, locale=QLocale(QLocale.Language.Polish, QLocale.Country.Poland))


def show_view(qtbot, model: RecordTableModel) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    return view


def test_row_count_is_known_before_any_fetch(source: ListRowSource, model: RecordTableModel) -> None:
    assert model.rowCount() == N
    assert model.columnCount() == len(COLUMNS)
    assert source.fetch_calls == []


def test_view_fetches_only_displayed_pages(qtbot, source: ListRowSource, model: RecordTableModel) -> None:
    view = show_view(qtbot, model)
    assert source.fetch_calls == [(0, PAGE)]
    view.scrollTo(model.index(5000, 0), QTableView.ScrollHint.PositionAtTop)
    qtbot.wait(30)
    offsets = {offset for offset, _ in source.fetch_calls}
    assert offsets <= {0, 19 * PAGE, 20 * PAGE}
    assert 19 * PAGE in offsets
    view.scrollToBottom()
    qtbot.wait(30)
    assert (N // PAGE) * PAGE in {offset for offset, _ in source.fetch_calls}
    assert all(limit == PAGE for _, limit in source.fetch_calls)
    assert len(source.fetch_calls) <= 5


def test_pages_are_cached_and_evicted_lru(source: ListRowSource) -> None:
    model = RecordTableModel(source, max_pages=3)
    for row in (0, 300, 600, 0, 900, 1200):
        model.data(model.index(row, 1))
    assert model.cached_pages() == [0, 3, 4]
    calls = len(source.fetch_calls)
    model.data(model.index(5, 1))
    model.data(model.index(1000, 1))
    assert len(source.fetch_calls) == calls


def test_display_roles(model: RecordTableModel) -> None:
    row = make_row(3)
    idx = lambda col: model.index(3, col)  # noqa: E731
    assert model.data(idx(0)) == "C-00004"
    assert model.data(idx(1)) == row.cells[1]
    assert model.data(idx(2)) == "111,25"  # 3*37 + 0.25 in Polish
    assert model.data(idx(4)) == "\u2713"
    assert model.data(model.index(4, 4)) == ""
    assert model.data(idx(5)) == "Gdańsk"
    assert model.data(idx(6)) == "04.01.2020"
    assert model.data(idx(7)) == "Nowy"
    assert model.data(idx(0), ROW_ID_ROLE) == 4
    assert model.data(idx(0), ROW_VERSION_ROLE) == 1
    assert model.data(idx(2), RAW_VALUE_ROLE) == Decimal("111.25")
    assert model.data(idx(5), RAW_VALUE_ROLE) == RefValue(4, "Gdańsk")
    assert model.data(idx(2), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert not model.data(idx(1), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(idx(4), Qt.ItemDataRole.CheckStateRole) is None
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Amount"
    assert not model.flags(idx(1)) & Qt.ItemFlag.ItemIsEditable


def test_big_money_grouped_exactly(source: ListRowSource) -> None:
    model = RecordTableModel(source, locale=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    source.replace_row(RowData(1, 2, (None, "x", Decimal("12345678901234.56"), -5, None, None, None, None)))
    assert model.data(model.index(0, 2)) == "12,345,678,901,234.56"
    assert model.data(model.index(0, 3)) == "-5"
    assert model.data(model.index(0, 4)) == ""
    assert model.data(model.index(0, 6)) == ""


def test_check_box_mode(source: ListRowSource) -> None:
    model = RecordTableModel(source, check_boxes=True)
    assert model.data(model.index(0, 4), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(1, 4), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.data(model.index(0, 4)) is None


def test_sort_delegates_to_source_and_resets(qtbot, source: ListRowSource, model: RecordTableModel) -> None:
    model.data(model.index(0, 0))
    with qtbot.waitSignal(model.modelReset):
        model.sort(2, Qt.SortOrder.DescendingOrder)
    assert source._sort == ("amount", True)
    assert model.cached_pages() == []
    top = [model.data(model.index(r, 2), RAW_VALUE_ROLE) for r in range(5)]
    assert top == sorted(top, reverse=True)
    assert top[0] == Decimal("10006.25")
    assert model.sort_state() == (2, Qt.SortOrder.DescendingOrder)
    model.sort(-1)
    assert source._sort == (None, False)
    assert model.record_id(0) == 1


def test_header_click_sorts(qtbot, source: ListRowSource, model: RecordTableModel) -> None:
    view = show_view(qtbot, model)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    qtbot.wait(20)
    assert source._sort == ("name", False)
    names = [model.data(model.index(r, 1)) for r in range(3)]
    assert names == sorted(names, key=str.casefold)


def test_search_delegates_and_recounts(qtbot, source: ListRowSource, model: RecordTableModel) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.set_search("иванов")
    expected = len([i for i in range(N) if i % 7 == 2])
    assert model.rowCount() == expected
    assert model.data(model.index(0, 1)).startswith("Иванов")
    model.set_search("")
    assert model.rowCount() == N


def test_invalidate_records_refreshes_only_their_page(
    qtbot, source: ListRowSource, model: RecordTableModel
) -> None:
    show_view(qtbot, model)
    model.data(model.index(3000, 1))  # a second cached page
    calls = len(source.fetch_calls)
    source.replace_row(make_row(4, name="Zmieniony Клиент"))
    assert model.data(model.index(4, 1)) != "Zmieniony Клиент"  # still the cached page
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.invalidate_records([5]) == 1
    top_left, bottom_right = blocker.args[:2]
    assert top_left.row() <= 4 <= bottom_right.row()
    assert bottom_right.row() < PAGE
    assert model.data(model.index(4, 1)) == "Zmieniony Клиент"
    model.data(model.index(3000, 1))
    assert source.fetch_calls[calls:] == [(0, PAGE)]
    assert model.invalidate_records([9999]) == 0  # not cached: nothing to drop


def test_refresh_recounts(source: ListRowSource, model: RecordTableModel) -> None:
    model.data(model.index(0, 0))
    source.add_row(make_row(N))
    assert model.rowCount() == N
    model.refresh()
    assert model.rowCount() == N + 1
    assert model.cached_pages() == []
    assert model.record_id(N) == N + 1


def test_record_id_and_row_of(source: ListRowSource, model: RecordTableModel) -> None:
    assert model.record_id(0) == 1
    assert model.record_id(N) is None
    calls = len(source.fetch_calls)
    assert model.row_of(100) == 99  # from the cached page, no query
    assert len(source.fetch_calls) == calls
    assert model.row_of(9000) == 8999  # via source.row_index
    model.sort(2, Qt.SortOrder.AscendingOrder)
    row = model.row_of(9000)
    assert row is not None and model.record_id(row) == 9000
    assert model.row_of(123456) is None


def test_empty_source() -> None:
    model = RecordTableModel(ListRowSource(COLUMNS, []))
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0)) is None
    assert model.invalidate_records([1]) == 0


def test_search_rows_grow_when_scrolled_to_the_end(qtbot, session) -> None:
    """A search counts 1,000 matches first; scrolling the real view to its end shows the rest."""
    from supasoft.core.meta import FieldDef
    from supasoft.widgets.record_source import COUNT_STEP, RecordRowSource

    obj = session.configuration.add_object("Client", "Clients")
    name = session.configuration.add_field(obj.id, FieldDef(0, "Name", "string", length=50)).id
    session.records.insert_many(obj.id, [{name: f"match {i}" if i % 2 else f"other {i}"} for i in range(2400)])
    source = RecordRowSource(session.records, obj.id, [(name,)])
    model = RecordTableModel(source)
    model.set_search("match")
    assert (model.rowCount(), model.count_is_partial()) == (COUNT_STEP, True)
    view = show_view(qtbot, model)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 1200)
    assert not model.count_is_partial() and not model.canFetchMore()
    assert model.data(model.index(1199, 0)) == "match 2399"
