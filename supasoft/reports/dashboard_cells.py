"""The dashboard's grid layout seen as cells: puts tile widgets where the flow places them, and tells which cell
a point of the grid falls in (what a drag aims at). Rows are of one height so a cell is a cell everywhere."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QGridLayout, QWidget

from supasoft.reports.dashboard_grid import Placement, flow, rows_used

ROW_HEIGHT = 300  # pixels of one grid row: a table, chart or number stays readable


class TileCells:
    """Places widgets in the grid and maps points to cells; remembers where each widget was put."""

    def __init__(self, grid: QGridLayout):
        self.grid = grid
        self.columns = 2
        self.placements: dict[int, Placement] = {}  # by id() of the widget placed
        self.rows = 0

    def place(self, widgets: list[QWidget], spans: list[tuple[int, int]]) -> list[Placement]:
        """Put each widget at its flowed place (widgets not in the list are left alone); every used row is
        ROW_HEIGHT high and the room left below goes to an empty last row."""
        placements = flow(spans, self.columns)
        grid = self.grid
        for widget in widgets:
            grid.removeWidget(widget)
        for widget, spot in zip(widgets, placements, strict=True):
            grid.addWidget(widget, spot.row, spot.column, spot.height, spot.width)
        self.placements = {id(w): p for w, p in zip(widgets, placements, strict=True)}
        self.rows = rows_used(placements)
        for row in range(max(grid.rowCount(), self.rows + 1)):
            grid.setRowMinimumHeight(row, ROW_HEIGHT if row < self.rows else 0)
            grid.setRowStretch(row, 1 if row == self.rows else 0)
        for column in range(max(grid.columnCount(), self.columns)):  # equal columns, whatever spans them
            grid.setColumnStretch(column, 1 if column < self.columns else 0)
        grid.activate()
        return placements

    def placement_of(self, widget: QWidget) -> Placement:
        return self.placements.get(id(widget), Placement(0, 0))

    def cell_size(self) -> QSize:
        """One cell's size as shown (the first cell's, or a guess before anything is laid out)."""
        rect = self.grid.cellRect(0, 0)
        if not rect.isValid() or rect.width() <= 0:
            host = self.grid.parentWidget()
            return QSize(max(1, host.width() // max(1, self.columns)), ROW_HEIGHT)
        return QSize(rect.width(), max(rect.height(), 1))

    def cell_at(self, point: QPoint) -> tuple[int, int]:
        """The (row, column) of the cell a point of the grid's widget is in; below the last row the rows go on
        at the same height, and a point left, right or above the grid counts as its nearest cell."""
        spacing = max(0, self.grid.verticalSpacing())
        column = 0
        for candidate in range(self.columns):
            rect = self.grid.cellRect(0, candidate)
            if rect.isValid() and point.x() >= rect.left():
                column = candidate
        row = 0
        bottom = 0
        for candidate in range(self.rows):
            rect = self.grid.cellRect(candidate, 0)
            if not rect.isValid():
                continue
            bottom = rect.bottom() + spacing
            if point.y() >= rect.top():
                row = candidate
        if self.rows and point.y() > bottom:
            row = self.rows + (point.y() - bottom) // (self.cell_size().height() + spacing)
        return int(row), column
