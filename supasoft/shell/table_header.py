"""A table header whose titles never run under the sort arrow (right-aligned number titles end before it)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

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

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption,  # noqa: N802 - Qt's name
                       widget: QWidget | None = None) -> QRect:
        if element == QStyle.SubElement.SE_HeaderLabel and isinstance(option, QStyleOptionHeader):
            return label_rect(self.baseStyle(), option, widget)  # the header elides a long title to this width
        return super().subElementRect(element, option, widget)

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
        mode = widget.textElideMode() if isinstance(widget, QHeaderView) else Qt.TextElideMode.ElideNone
        if mode != Qt.TextElideMode.ElideNone:  # the title fits its narrowed place, ending in "…" if need be
            title.text = title.fontMetrics.elidedText(title.text, mode, title.rect.width())
        if title.rect.isValid():
            self.drawControl(QStyle.ControlElement.CE_HeaderLabel, title, painter, widget)
        if option.sortIndicator != _NO_ARROW:
            arrow = QStyleOptionHeader(option)
            arrow.rect = base.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, widget)
            self.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, arrow, painter, widget)
        painter.restore()


def keep_titles_clear_of_the_arrow(header: QHeaderView) -> None:
    """Give the header the style that moves titles off the sort arrow (owned by the header); a title too long
    for its narrowed column ends in "…" instead of being cut."""
    style = ClearArrowStyle()
    style.setParent(header)
    header.setStyle(style)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)


__all__ = ["ARROW_GAP", "ClearArrowStyle", "keep_titles_clear_of_the_arrow", "label_rect"]
