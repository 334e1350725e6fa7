"""Arranging a dashboard with the mouse: a tile dragged by its title bar lands where the drop frame shows (the
other tiles make room) and its lower-right corner resizes it in whole grid cells; both are kept in the database;
Escape leaves everything as it was; a viewer who may not arrange a shared dashboard gets no handles."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFrame, QWidget

from supasoft.reports.dashboard import DashboardTab, TileFrame, open_dashboard
from supasoft.shell.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def opened(qtbot, window: MainWindow) -> DashboardTab:  # noqa: ANN001
    window.resize(1300, 900)
    board = open_dashboard(window)
    qtbot.waitUntil(lambda: not board.is_running(), timeout=15_000)
    qtbot.waitUntil(lambda: board.grid.cellRect(0, 0).width() > 100)
    return board


def places(board: DashboardTab) -> list[tuple[int, int, int, int]]:
    """Each tile's (row, column, rows, columns) in the grid, in the dashboard's order."""
    return [board.grid.getItemPosition(board.grid.indexOf(w)) for w in board.widgets]


def cell_corner(board: DashboardTab, row: int, column: int) -> QPoint:
    """The top-left of a cell, in the grid widget (rows below the last go on at the same height)."""
    size = board.cell_size()
    first = board.grid.cellRect(0, column).topLeft()
    return QPoint(first.x(), first.y() + row * (size.height() + board.grid.verticalSpacing()))


def press(handle: QWidget, at: QPoint) -> None:
    QTest.mousePress(handle, LEFT, NO_KEYS, at)


def move_to(board: DashboardTab, handle: QWidget, point: QPoint, steps: int = 4) -> None:
    """The cursor goes to a point of the grid in a few steps (the handle moves under it, so map each time)."""
    start = handle.mapTo(board.grid_host, handle.rect().center())
    for step in range(1, steps + 1):
        where = start + (point - start) * step / steps
        QTest.mouseMove(handle, handle.mapFrom(board.grid_host, where))


def release(board: DashboardTab, handle: QWidget, point: QPoint) -> None:
    QTest.mouseRelease(handle, LEFT, NO_KEYS, handle.mapFrom(board.grid_host, point))


def drag_title(board: DashboardTab, tile: TileFrame, row: int, column: int) -> QPoint:
    """Press the tile's title bar and move it so the tile's corner is on a cell; returns where the cursor is."""
    bar = tile.title_bar
    grip_at = QPoint(12, bar.height() // 2)
    offset = bar.mapTo(tile, grip_at)
    press(bar, grip_at)
    target = cell_corner(board, row, column) + offset
    move_to(board, bar, target)
    return target


def report_ids(board: DashboardTab) -> list[int]:
    return [t.report_id for t in board.tiles()]


def test_dragging_a_tile_by_its_title_puts_it_on_another_cell_and_keeps_it(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, reports_window)
    assert places(board) == [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1)] and board.editable
    first, *others = board.widgets
    before = report_ids(board)
    target = drag_title(board, first, 1, 1)
    assert board.arranger.dragging
    indicator = board.grid_host.findChild(QFrame, "dashboard_drop_indicator")
    assert indicator is not None and board.grid.getItemPosition(board.grid.indexOf(indicator)) == (1, 1, 1, 1)
    assert [board.grid.getItemPosition(board.grid.indexOf(w)) for w in others] == [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1)]
    assert board.grid.indexOf(first) == -1  # it follows the cursor above the grid meanwhile
    release(board, first.title_bar, target)
    assert not board.arranger.dragging and board.widgets == [*others, first]
    assert places(board)[-1] == (1, 1, 1, 1)
    qtbot.waitUntil(lambda: board.grid_host.findChild(QFrame, "dashboard_drop_indicator") is None)
    expected = [*before[1:], before[0]]
    assert [t.report_id for t in board.service.load(board.board.id).tiles] == expected  # stored
    reports_window.close_tab(reports_window.tabs.indexOf(board))
    again = opened(qtbot, reports_window)
    assert again is not board and report_ids(again) == expected and places(again)[-1] == (1, 1, 1, 1)


def test_dragging_the_corner_resizes_a_tile_in_whole_cells_and_keeps_it(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, reports_window)
    board.set_columns(3)
    qtbot.waitUntil(lambda: not board.is_running(), timeout=15_000)
    qtbot.waitUntil(lambda: board.grid.cellRect(0, 2).width() > 100)
    assert places(board) == [(0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1), (1, 0, 1, 1)]
    first = board.widgets[0]
    grip = first.grip
    assert grip.isVisible()
    press(grip, grip.rect().center())
    target = cell_corner(board, 1, 1) + QPoint(board.cell_size().width() // 2, board.cell_size().height() // 2)
    move_to(board, grip, target)
    assert board.arranger.dragging and places(board)[0] == (0, 0, 2, 2)  # shown as it grows
    release(board, grip, target)
    assert places(board) == [(0, 0, 2, 2), (0, 2, 1, 1), (1, 2, 1, 1), (2, 0, 1, 1)]  # the others made room
    stored = board.service.load(board.board.id).tiles
    assert [(t.width, t.height, t.wide) for t in stored] == [(2, 2, False), (1, 1, False), (1, 1, False), (1, 1, False)]
    reports_window.close_tab(reports_window.tabs.indexOf(board))
    again = opened(qtbot, reports_window)
    assert places(again)[0] == (0, 0, 2, 2)
    grip = again.widgets[0].grip  # and back to one cell
    press(grip, grip.rect().center())
    target = cell_corner(again, 0, 0) + QPoint(20, 20)
    move_to(again, grip, target)
    release(again, grip, target)
    assert places(again)[0] == (0, 0, 1, 1)
    assert [(t.width, t.height) for t in again.service.load(again.board.id).tiles][0] == (1, 1)


def test_escape_during_a_drag_leaves_the_dashboard_as_it_was(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, reports_window)
    stored_before = board.service.load(board.board.id).tiles
    layout_before, order_before = places(board), list(board.widgets)
    first = board.widgets[0]
    target = drag_title(board, first, 1, 1)
    assert board.arranger.dragging and board.grid.indexOf(first) == -1
    QTest.keyClick(board.window.tabs, Qt.Key.Key_Escape)
    assert not board.arranger.dragging
    assert board.widgets == order_before and places(board) == layout_before
    release(board, first.title_bar, target)  # the button comes up after Escape: nothing moves any more
    assert board.widgets == order_before and places(board) == layout_before
    grip = first.grip  # the same for a resize
    press(grip, grip.rect().center())
    move_to(board, grip, cell_corner(board, 1, 1) + QPoint(40, 40))
    assert board.arranger.dragging and places(board)[0] != layout_before[0]
    QTest.keyClick(board.window.tabs, Qt.Key.Key_Escape)
    release(board, grip, cell_corner(board, 1, 1) + QPoint(40, 40))
    assert places(board) == layout_before and board.tiles()[0].width == 1 and board.tiles()[0].height == 1
    assert board.service.load(board.board.id).tiles == stored_before
    qtbot.waitUntil(lambda: board.grid_host.findChild(QFrame, "dashboard_drop_indicator") is None)


def test_the_size_menu_resizes_without_a_mouse(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, reports_window)
    first = board.widgets[0]
    menu = first.size_button.menu()
    actions = {a.objectName(): a for a in menu.actions()}
    actions["size_taller"].trigger()
    actions["size_wider"].trigger()  # two of two columns: the whole row
    assert places(board)[0] == (0, 0, 2, 2) and board.tiles()[0].wide
    actions["size_narrower"].trigger()
    actions["size_shorter"].trigger()
    actions["size_shorter"].trigger()  # not below one row
    assert places(board)[0] == (0, 0, 1, 1)
    assert [(t.width, t.height, t.wide) for t in board.service.load(board.board.id).tiles][0] == (1, 1, False)


def test_a_viewer_without_the_right_gets_no_handles_on_a_shared_dashboard(qtbot, viewer_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, viewer_window)
    board.choose(next(d.id for d in board.service.list() if d.shared))
    qtbot.waitUntil(lambda: not board.is_running(), timeout=15_000)
    assert not board.editable
    assert not any(w.grip.isVisible() or w.size_button.isVisible() for w in board.widgets)
    assert all(w.title_bar.cursor().shape() != Qt.CursorShape.OpenHandCursor for w in board.widgets)
    before, stored = places(board), board.service.load(board.board.id).tiles
    first = board.widgets[0]
    target = drag_title(board, first, 1, 1)  # pressing and dragging the title does nothing
    assert not board.arranger.dragging and board.grid.indexOf(first) >= 0
    release(board, first.title_bar, target)
    board.resize_tile(first, 1, 1)
    assert places(board) == before and board.service.load(board.board.id).tiles == stored


def test_a_drag_near_the_bottom_of_the_view_scrolls_to_the_rows_below(qtbot, reports_window: MainWindow) -> None:  # noqa: ANN001
    board = opened(qtbot, reports_window)
    board.set_columns(1)  # four rows: more than the view shows
    qtbot.waitUntil(lambda: not board.is_running(), timeout=15_000)
    bar = board.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    first = board.widgets[0]
    press(first.title_bar, QPoint(12, 8))
    viewport = board.scroll.viewport()
    bottom = board.grid_host.mapFrom(viewport, QPoint(40, viewport.height() - 5))
    move_to(board, first.title_bar, bottom)
    assert board.arranger.dragging and bar.value() > 0
    QTest.keyClick(board.window.tabs, Qt.Key.Key_Escape)
    release(board, first.title_bar, bottom)
    assert board.widgets[0] is first
