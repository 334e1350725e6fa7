"""Table columns open as wide as their title and the rows on screen need (bounded); a user's widths still win."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionHeader

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_header import label_rect
from supasoft.shell.table_tab import TableTab
from supasoft.shell.table_widths import LONG_TEXT_WIDTH, MAX_WIDTH, MIN_WIDTH

LONG_NAME = "Przedsiębiorstwo Handlowo-Usługowe Kowalski i Wspólnicy"


def width_of(tab: TableTab, column: int) -> int:
    return tab.view.horizontalHeader().sectionSize(column)


def text_width(tab: TableTab, text: str) -> int:
    return tab.view.fontMetrics().horizontalAdvance(text)


def add_client(lite: Session, ids: dict[str, int], **values: object) -> None:
    record = lite.records.new(ids["client"])
    record.values.update({ids[f"client.{k}"]: v for k, v in values.items()})
    lite.records.save(record)


def test_columns_fit_their_titles_and_rows_within_bounds(qtbot, lite: Session, window: MainWindow,  # noqa: ANN001
                                                        ids: dict[str, int]) -> None:
    add_client(lite, ids, name=LONG_NAME, city="Bo", address="ul. Długa 1, " * 40)
    tab = window.open_object(ids["client"])
    tab.load_view(None)  # "All fields": every field, none with a designed width
    model = tab.model
    for column in range(model.columnCount()):
        width = width_of(tab, column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert MIN_WIDTH <= width <= MAX_WIDTH, (title, width)
        texts = [model.index(r, column).data() or "" for r in range(model.rowCount())]
        widest = max(text_width(tab, t) for t in texts)
        cap = LONG_TEXT_WIDTH if title in ("Address", "Notes") else MAX_WIDTH
        assert width >= min(widest + 8, cap), (title, width, widest)  # the text and a cell's margins
        assert width >= min(text_width(tab, title), cap), (title, width)
    name = model.column_of(str(ids["client.name"]))
    assert width_of(tab, name) > 170 + 100  # the long name is whole (a fixed width cut it)
    address = model.column_of(str(ids["client.address"]))
    assert width_of(tab, address) == LONG_TEXT_WIDTH  # long text is capped
    discount = model.column_of(str(ids["client.discount"]))
    assert width_of(tab, discount) < 120  # short numbers get a narrow column


def test_an_empty_table_uses_the_type_width_and_the_users_widths_win(qtbot, lite: Session, window: MainWindow,  # noqa: ANN001
                                                                      ids: dict[str, int]) -> None:
    cfg = lite.configuration
    obj = cfg.add_object("Visit", "Visits")
    note = cfg.add_field(obj.id, FieldDef(0, "Note", "string", length=100))
    tab = window.open_object(obj.id)
    assert tab.model.rowCount() == 0
    column = tab.model.column_of(str(note.id))
    assert width_of(tab, column) == 170  # no rows to measure: the string type's default width
    tab.view.horizontalHeader().resizeSection(column, 333)
    window.close_tab(window.tabs.indexOf(tab))  # remembers the user's width
    again = window.open_object(obj.id)
    assert width_of(again, again.model.column_of(str(note.id))) == 333


def arrow_ink(tab: TableTab, column: int) -> set[tuple[int, int]]:
    """The dark pixels inside the sort arrow's place of a sorted column, relative to that place."""
    header = tab.view.horizontalHeader()
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(header.sectionViewportPosition(column), 0, header.sectionSize(column), header.height())
    option.orientation = Qt.Orientation.Horizontal
    option.state |= QStyle.StateFlag.State_Horizontal
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    arrow = header.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    picture = header.grab().toImage()
    return {(px - arrow.left(), py - arrow.top()) for px in range(arrow.left(), arrow.right() + 1)
            for py in range(arrow.top(), arrow.bottom() + 1) if picture.pixelColor(px, py).lightness() < 160}


def test_a_right_aligned_title_ends_before_the_sort_arrow(qtbot, lite: Session, window: MainWindow,  # noqa: ANN001
                                                          ids: dict[str, int]) -> None:
    tab = window.open_object(ids["client"])
    tab.load_view(None)
    header = tab.view.horizontalHeader()
    name = tab.model.column_of(str(ids["client.name"]))
    tab.sort_by(name)
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == name)
    alone = arrow_ink(tab, name)  # a left-aligned title far away: the arrow by itself
    assert alone, "the arrow is painted"
    discount = tab.model.column_of(str(ids["client.discount"]))
    header.resizeSection(discount, header.sectionSizeFromContents(discount).width())  # as tight as its title allows
    tab.sort_by(discount)
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == discount)
    tab.view.scrollTo(tab.model.index(0, discount))
    qtbot.waitUntil(lambda: 0 <= header.sectionViewportPosition(discount) < header.width() - header.sectionSize(discount))
    assert tab.model.headerData(discount, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) & \
        Qt.AlignmentFlag.AlignRight
    assert arrow_ink(tab, discount) == alone  # no stroke of "Discount %" under the arrow
    header.resizeSection(discount, 48)  # narrower than the title: it ends in "…", still clear of the arrow
    assert arrow_ink(tab, discount) == alone
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(0, 0, 120, header.height())
    option.state |= QStyle.StateFlag.State_Horizontal
    option.textAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortUp
    arrow = header.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    assert label_rect(header.style(), option, header).right() < arrow.left()


def test_searching_keeps_the_measured_widths(qtbot, lite: Session, window: MainWindow,  # noqa: ANN001
                                             ids: dict[str, int]) -> None:
    add_client(lite, ids, name=LONG_NAME)
    tab = window.open_object(ids["client"])
    tab.load_view(None)  # measured on the rows it shows now, the long name among them
    name = tab.model.column_of(str(ids["client.name"]))
    before = [width_of(tab, c) for c in range(tab.model.columnCount())]
    assert before[name] > 270
    tab.async_rows = 0  # searched in a worker, as in a big table: the rows come through a new model
    tab.search_now("Anna")  # the long name is no longer among the rows
    qtbot.waitUntil(lambda: not tab.searching and 0 < tab.model.rowCount() < 12)
    assert [width_of(tab, c) for c in range(tab.model.columnCount())] == before
