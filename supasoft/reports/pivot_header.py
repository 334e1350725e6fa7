"""The pivot's column header in several lines: a column group's name spans its columns, a total spans down."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from supasoft.reports.pivot_model import PivotModel


class PivotHeader(QHeaderView):
    """Each section paints its share of the cells it belongs to, so a spanning cell looks like one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)

    def pivot(self) -> PivotModel | None:
        model = self.model()
        return model if isinstance(model, PivotModel) else None

    def line_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        pivot = self.pivot()
        lines = pivot.header_lines() if pivot is not None else 1
        return QSize(hint.width(), max(hint.height(), lines * self.line_height()))

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 - Qt API
        """Wide enough for its own texts (a group's name may be wider: it spans)."""
        pivot = self.pivot()
        if pivot is None:
            return super().sectionSizeFromContents(logical)
        grid = pivot.header_grid(logical)
        texts = [t for i, t in enumerate(grid) if t is not None and (i == len(grid) - 1 or grid[i + 1] is None
                                                                      or not self._spans(logical, i))]
        width = max((self.fontMetrics().horizontalAdvance(t) for t in texts), default=0) + 16
        return QSize(width, len(grid) * self.line_height())

    def _spans(self, logical: int, line: int) -> bool:
        """Whether the cell at this line reaches a neighbouring section (then its width is shared)."""
        first, last = self._extent(logical, line)
        return first != last

    def _extent(self, logical: int, line: int) -> tuple[int, int]:
        """The first and last section sharing this section's cell at `line` (same texts from the top down)."""
        pivot = self.pivot()
        assert pivot is not None
        levels = pivot.levels
        if logical < levels:
            return logical, logical
        prefix = pivot.header_grid(logical)[: line + 1]
        first = last = logical
        while first - 1 >= levels and pivot.header_grid(first - 1)[: line + 1] == prefix:
            first -= 1
        while last + 1 < self.count() and pivot.header_grid(last + 1)[: line + 1] == prefix:
            last += 1
        return first, last

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802 - Qt API
        pivot = self.pivot()
        if pivot is None or not rect.isValid():
            super().paintSection(painter, rect, logical)
            return
        grid = pivot.header_grid(logical)
        height = rect.height() / max(len(grid), 1)
        for line, text in enumerate(grid):
            if text is None:
                continue
            below = line + 1
            while below < len(grid) and grid[below] is None:
                below += 1  # a total (or a row title) fills the lines under it
            first, last = self._extent(logical, line)
            left = self.sectionViewportPosition(first)
            right = self.sectionViewportPosition(last) + self.sectionSize(last)
            cell = QRect(left, rect.top() + round(line * height), right - left, round((below - line) * height))
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            option.rect = cell
            option.section = logical
            option.text = text
            option.position = QStyleOptionHeader.SectionPosition.Middle
            bottom = below == len(grid)
            numbers = bottom and logical >= pivot.levels
            option.textAlignment = (Qt.AlignmentFlag.AlignRight if numbers else Qt.AlignmentFlag.AlignLeft
                                    if logical < pivot.levels else Qt.AlignmentFlag.AlignHCenter) | Qt.AlignmentFlag.AlignVCenter
            painter.save()
            painter.setClipRect(rect.intersected(cell))
            self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
            option.rect = cell.intersected(self.viewport().rect()).adjusted(4, 0, -4, 0)  # a wide group's name stays in view
            self.style().drawControl(QStyle.ControlElement.CE_HeaderLabel, option, painter, self)
            painter.restore()
