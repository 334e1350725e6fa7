"""A table header whose titles never run under the sort arrow (right-aligned number titles end before it)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget

#: Pixels between a title and the sort arrow.
ARROW_GAP = 3

_NO_ARROW = QStyleOptionHeader.SortIndicator.None_


def label_rect(style: QStyle, option: QStyleOptionHeader, widget: QWidget | None = None) -> QRect:
    """Where a section's title may be drawn: the style's label area minus the sort arrow beside it."""
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, widget)
    if option.sortIndicator == _NO_ARROW or option.orientation != Qt.Orientation.Horizontal:
        return label
    arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, widget)
    if arrow.center().x() >= label.center().x():
        label.setRight(min(label.right(), arrow.left() - ARROW_GAP))
    else:
        label.setLeft(max(label.left(), arrow.right() + ARROW_GAP))
    return label


class ClearArrowStyle(QProxyStyle):
    """Draws header sections as the application style does, but keeps the title out of the sort arrow's place."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                    widget: QWidget | None = None) -> None:
        if element != QStyle.ControlElement.CE_Header or not isinstance(option, QStyleOptionHeader):
            super().drawControl(element, option, painter, widget)
            return
        base = self.baseStyle()
        painter.save()
        painter.setClipRect(option.rect, Qt.ClipOperation.IntersectClip)
        self.drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, widget)
        title = QStyleOptionHeader(option)
        title.rect = label_rect(base, option, widget)
        if title.rect.isValid():
            self.drawControl(QStyle.ControlElement.CE_HeaderLabel, title, painter, widget)
        if option.sortIndicator != _NO_ARROW:
            arrow = QStyleOptionHeader(option)
            arrow.rect = base.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, widget)
            self.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, arrow, painter, widget)
        painter.restore()


def keep_titles_clear_of_the_arrow(header: QHeaderView) -> None:
    """Give the header the style that moves titles off the sort arrow (owned by the header)."""
    style = ClearArrowStyle()
    style.setParent(header)
    header.setStyle(style)


__all__ = ["ARROW_GAP", "ClearArrowStyle", "keep_titles_clear_of_the_arrow", "label_rect"]
