"""Pie slices for the report chart (pyqtgraph has none): one slice per row group, from its total."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem

RADIUS = 1.0


@dataclass(frozen=True)
class Slice:
    """A slice's angles in degrees (0 = three o'clock, counter-clockwise in view coordinates) and its group."""

    start: float
    span: float
    category: int
    hole: float = 0.0  # a donut's hole, as a part of the radius


def draw_pie(item: pg.PlotItem, legend: pg.LegendItem, names: list[str], values: list[float | None],
             palette: tuple[str, ...], hole: float = 0.0) -> list[Slice]:
    """Add the slices of the positive values to the plot (empty and negative groups have none); a donut
    leaves a hole of `hole` times the radius in the middle."""
    total = sum(v for v in values if v is not None and v > 0)
    slices: list[Slice] = []
    if total <= 0:
        return slices
    start = 270.0  # the first slice starts at twelve o'clock (the view turns y upwards), then clockwise
    for category, value in enumerate(values):
        if value is None or value <= 0:
            continue
        span = 360.0 * value / total
        colour = QColor(palette[category % len(palette)])
        wedge = QGraphicsEllipseItem(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS)
        wedge.setStartAngle(round(start * 16))
        wedge.setSpanAngle(round(span * 16))
        wedge.setBrush(QBrush(colour))
        wedge.setPen(QPen(QColor("white"), 0))
        item.addItem(wedge)
        legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=1, brush=colour, pen=None), names[category])
        slices.append(Slice(start % 360.0, span, category, hole))
        start += span
    if hole > 0:
        middle = QGraphicsEllipseItem(-hole * RADIUS, -hole * RADIUS, 2 * hole * RADIUS, 2 * hole * RADIUS)
        middle.setBrush(QBrush(QColor("white")))
        middle.setPen(QPen(QColor("white"), 0))
        item.addItem(middle)
    return slices


def slice_at(slices: list[Slice], point: QPointF) -> int | None:
    """The group of the slice under a point in view coordinates."""
    distance = math.hypot(point.x(), point.y())
    if distance > RADIUS or (slices and distance < slices[0].hole * RADIUS):
        return None
    angle = math.degrees(math.atan2(-point.y(), point.x())) % 360.0
    for piece in slices:
        if (angle - piece.start) % 360.0 < piece.span:
            return piece.category
    return None


def slice_center(slices: list[Slice], category: int) -> QPointF:
    """A point well inside a group's slice (tests click there)."""
    piece = next(s for s in slices if s.category == category)
    middle = math.radians(piece.start + piece.span / 2)
    reach = (1 + piece.hole) / 2 * RADIUS
    return QPointF(reach * math.cos(middle), -reach * math.sin(middle))
