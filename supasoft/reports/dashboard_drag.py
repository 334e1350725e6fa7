"""Arranging dashboard tiles with the mouse: a tile's title bar drags it to another place on the grid (a drop
frame shows where it lands, the other tiles make room as it goes), its lower-right corner resizes it in whole
grid cells; Escape puts everything back. Plain mouse events, no QDrag (whose nested event loop would block)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QFrame, QWidget

from supasoft.reports.dashboard_grid import Placement, landing, moved
from supasoft.services.dashboards import MAX_HEIGHT

if TYPE_CHECKING:
    from supasoft.reports.dashboard import DashboardTab
    from supasoft.reports.dashboard_tiles import TileFrame

GRIP_SIZE = 14
EDGE = 40  # pixels from the view's edge where a drag scrolls the grid
DRAGGED_STYLE = 'QFrame[dragged="true"] { border: 2px solid palette(highlight); background: palette(window); }'


class TitleBar(QWidget):
    """A tile's title bar; dragging it moves the tile when the user may arrange the dashboard."""

    def __init__(self, frame: TileFrame):
        super().__init__(frame)
        self.setObjectName("tile_title_bar")
        self.frame = frame

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.frame.board.arranger.press(self.frame, "move", event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.frame.board.arranger.motion(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.frame.board.arranger.release(event)


class ResizeGrip(QWidget):
    """The lower-right corner of a tile: dragging it makes the tile take more or fewer grid cells."""

    def __init__(self, frame: TileFrame):
        super().__init__(frame)
        self.setObjectName("tile_resize_grip")
        self.frame = frame
        self.setFixedSize(GRIP_SIZE, GRIP_SIZE)
        self.setCursor(Qt.CursorShape.SizeFDiagCursor)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().dark().color())
        for step in (4, 8, 12):  # three diagonal strokes, as a window's size grip
            painter.drawLine(GRIP_SIZE - step, GRIP_SIZE - 1, GRIP_SIZE - 1, GRIP_SIZE - step)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.frame.board.arranger.press(self.frame, "resize", event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.frame.board.arranger.motion(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.frame.board.arranger.release(event)


class Arranger(QObject):
    """One drag at a time on a dashboard: where the tile would land (or how big it would be) while the button is
    down; the new arrangement is stored on release only, and Escape (or a refused change) leaves the stored one."""

    def __init__(self, board: DashboardTab):
        super().__init__(board)
        self.board = board
        self.frame: TileFrame | None = None
        self.kind = ""
        self.start = QPoint()
        self.offset = QPoint()
        self.active = False
        self.order: list[TileFrame] = []  # the tiles as they were when the drag began
        self.before: list = []  # and how each was shown then
        self.index = 0  # where in the order the dragged tile would land
        self.origin = Placement(0, 0)  # the resized tile's cells when the drag began
        self.placeholder: QFrame | None = None

    @property
    def dragging(self) -> bool:
        return self.active

    def press(self, frame: TileFrame, kind: str, event: QMouseEvent) -> bool:
        """A left press on a handle of a dashboard the user may arrange starts a possible drag."""
        if event.button() != Qt.MouseButton.LeftButton or not self.board.editable or self.active:
            return False
        self.frame, self.kind, self.start = frame, kind, event.globalPosition().toPoint()
        self.offset = self.start - frame.mapToGlobal(QPoint(0, 0))
        event.accept()
        return True

    def motion(self, event: QMouseEvent) -> None:
        if self.frame is None:
            return
        where = event.globalPosition().toPoint()
        if not self.active:
            if (where - self.start).manhattanLength() < QApplication.startDragDistance():
                return
            self._begin()
        cursor = self.board.grid_host.mapFromGlobal(where)  # near an edge of the view, the grid scrolls along
        self.board.scroll.ensureVisible(cursor.x(), cursor.y(), EDGE, EDGE)
        if self.kind == "move":
            self._follow(where)
        else:
            self._size_to(where)
        event.accept()

    def release(self, event: QMouseEvent) -> None:
        if self.frame is None:
            return
        if self.active:
            self.motion(event)
            self._finish(keep=True)
        self.frame = None
        event.accept()

    def cancel(self) -> None:
        """Escape: the tiles go back where they were, nothing is stored."""
        if self.active:
            self._finish(keep=False)
        self.frame = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.active and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            if event.type() == QEvent.Type.KeyPress:
                self.cancel()
            event.accept()
            return True
        return False

    # --- the drag -----------------------------------------------------------------------------------------
    def _begin(self) -> None:
        frame = self.frame
        assert frame is not None
        self.active = True
        self.order = list(self.board.widgets)
        self.before = [w.tile for w in self.order]
        self.index = self.order.index(frame)
        self.origin = self.board.placement_of(frame)
        QApplication.instance().installEventFilter(self)
        if self.kind == "move":
            placeholder = QFrame(self.board.grid_host)
            placeholder.setObjectName("dashboard_drop_indicator")
            placeholder.setStyleSheet("#dashboard_drop_indicator { border: 2px dashed palette(highlight);"
                                      " background: palette(alternate-base); }")
            self.placeholder = placeholder
            self.board.grid.removeWidget(frame)
            frame.setProperty("dragged", True)  # lifted: a filled, outlined card above the others
            frame.setStyleSheet(DRAGGED_STYLE)
            frame.title_bar.setCursor(Qt.CursorShape.ClosedHandCursor)
            frame.raise_()
            self.board.place([placeholder if w is frame else w for w in self.order], [w.tile for w in self.order])

    def _follow(self, where: QPoint) -> None:
        frame = self.frame
        assert frame is not None and self.placeholder is not None
        corner = self.board.grid_host.mapFromGlobal(where - self.offset)
        frame.move(corner)
        cell = self.board.cell_size()
        target = self.board.cell_at(corner + QPoint(cell.width() // 2, cell.height() // 2))
        spans = [self.board.span_of(w.tile) for w in self.order]
        index = landing(spans, self.order.index(frame), target, self.board.columns)
        if index != self.index:
            self.index = index
            arranged = moved(self.order, self.order.index(frame), index)
            self.board.place([self.placeholder if w is frame else w for w in arranged], [w.tile for w in arranged])

    def _size_to(self, where: QPoint) -> None:
        frame = self.frame
        assert frame is not None
        row, column = self.board.cell_at(self.board.grid_host.mapFromGlobal(where))
        columns = self.board.columns
        width = max(1, min(column - self.origin.column + 1, columns - self.origin.column))
        height = max(1, min(row - self.origin.row + 1, MAX_HEIGHT))
        tile = self.before[self.order.index(frame)]
        if width != self.origin.width:
            wide = width == columns and columns > 1
            tile = replace(tile, wide=wide, width=1 if wide else width, height=height)
        else:
            tile = replace(tile, height=height)
        if tile != frame.tile:
            frame.tile = tile
            self.board.place(self.board.widgets, self.board.tiles())

    def _finish(self, *, keep: bool) -> None:
        frame = self.frame
        assert frame is not None
        QApplication.instance().removeEventFilter(self)
        self.active = False
        if self.kind == "move":
            frame.setStyleSheet("")
            frame.setProperty("dragged", False)
            frame.title_bar.setCursor(Qt.CursorShape.OpenHandCursor)
        if self.placeholder is not None:
            self.board.grid.removeWidget(self.placeholder)
            self.placeholder.deleteLater()
            self.placeholder = None
        if self.kind == "move":
            self.board.widgets = moved(self.order, self.order.index(frame), self.index) if keep else self.order
        elif not keep:
            frame.tile = self.before[self.order.index(frame)]
        self.board.place(self.board.widgets, self.board.tiles())
        frame.spans_changed()
        if keep and [w.tile for w in self.board.widgets] != self.before:
            self.board.save_tiles()
