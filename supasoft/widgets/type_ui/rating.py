"""The rating field's UI: a row of stars to click or type (1..N, 0 clears), painted the same in cards and cells."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QSpinBox, QStyle, QStyleOptionViewItem, QWidget

from supasoft.core.fieldtypes.rating import DEFAULT_STARS, MAX_STARS, MIN_STARS, NO_STAR, STAR
from supasoft.core.fieldtypes.roles import type_of
from supasoft.core.meta import FieldDef
from supasoft.widgets.field_editor import FieldEditor
from supasoft.widgets.type_ui.base import TypeUI
from supasoft.widgets.type_ui.options import OptionPanel, PanelContext, register_panel

STAR_SIZE = 18  # px of one star in a card
GAP = 3
FILLED = QColor("#f2a900")
EMPTY_OUTLINE = QColor("#9e9e9e")
FILLED_TEXT, EMPTY_TEXT = STAR, NO_STAR


def stars_of(f: FieldDef) -> int:
    """How many stars the field has: its type says (the `stars` option in f.extra, 5 when unset or odd)."""
    stars = getattr(type_of(f), "stars", None)
    if callable(stars):
        return int(stars(f))
    count = f.extra.get("stars")
    return count if type(count) is int and MIN_STARS <= count <= MAX_STARS else DEFAULT_STARS


def rating_of(value: object, count: int) -> int:
    """A stored value as a number of filled stars (0 for empty or anything odd), never above `count`."""
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value)) if value is not None else 0
        except ValueError:
            return 0
    return max(0, min(int(value), count))


def star_polygon(center: QPointF, outer: float) -> QPolygonF:
    """A five-pointed star with its top point up."""
    inner = outer * 0.45
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(center.x() + radius * math.cos(angle), center.y() + radius * math.sin(angle)))
    return QPolygonF(points)


def paint_stars(painter: QPainter, rect: QRectF, filled: int, count: int, size: float, *, dimmed: bool = False) -> None:
    """`filled` gold stars then empty outlined ones, left to right from rect's left, centred vertically."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i in range(count):
        center = QPointF(rect.left() + i * (size + GAP) + size / 2, rect.center().y())
        star = star_polygon(center, size / 2)
        if i < filled:
            color = QColor(FILLED)
            if dimmed:
                color.setAlpha(150)
            painter.setPen(QPen(color.darker(115), 1))
            painter.setBrush(color)
        else:
            painter.setPen(QPen(EMPTY_OUTLINE, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(star)
    painter.restore()


class StarRow(QWidget):
    """The clickable stars: a click sets that many, clicking the shown rating again clears; keys 1..N, 0, arrows."""

    edited = Signal()

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.count = count
        self.rating = 0  # 0 = empty
        self.read_only = False
        self._hover = 0
        self.setObjectName("stars")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("RatingEditor", "Rating"))

    def sizeHint(self) -> QSize:
        return QSize(self.count * (STAR_SIZE + GAP) + GAP + 2, STAR_SIZE + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def star_at(self, x: float) -> int:
        """The 1-based star under x (0 left of the first, count right of the last)."""
        index = int((x - GAP) // (STAR_SIZE + GAP)) + 1
        return max(0, min(index, self.count))

    def star_center(self, number: int) -> QPointF:
        """Where star `number` (1-based) is drawn, for clicks in tests and accessibility."""
        return QPointF(GAP + (number - 1) * (STAR_SIZE + GAP) + STAR_SIZE / 2, self.height() / 2)

    def set_rating(self, rating: int) -> None:
        self.rating = max(0, min(rating, self.count))
        self.setToolTip(QCoreApplication.translate("RatingEditor", "{0} of {1}").format(self.rating, self.count)
                        if self.rating else QCoreApplication.translate("RatingEditor", "Not rated"))
        self.update()

    def _edit(self, rating: int) -> None:
        if self.read_only:
            return
        rating = max(0, min(rating, self.count))
        if rating != self.rating:
            self.set_rating(rating)
            self.edited.emit()

    # --- input --------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.read_only:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        star = self.star_at(event.position().x())
        if star:
            self._edit(0 if star == self.rating else star)  # the same star again clears the rating
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = 0 if self.read_only else self.star_at(event.position().x())
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = 0
        self.update()
        super().leaveEvent(event)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.read_only:
            super().keyPressEvent(event)
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_0 <= self.count:
            self._edit(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self._edit(self.rating + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self._edit(self.rating - 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._edit(0)
        elif key == Qt.Key.Key_End:
            self._edit(self.count)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- painting -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self._hover or self.rating
        area = QRectF(GAP, 0, self.width() - GAP, self.height())
        paint_stars(painter, area, shown, self.count, STAR_SIZE, dimmed=bool(self._hover and self._hover != self.rating))
        if self.hasFocus() and not self.read_only:
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.end()


class RatingEditor(FieldEditor):
    """A rating as stars; value() is 1..N, or None when no star is lit."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.stars = StarRow(stars_of(field), self)
        self._set_input(self.stars)
        self._layout.setStretch(0, 0)
        self._layout.addStretch(1)
        self.stars.edited.connect(self._emit_changed)
        self.stars.set_rating(0)

    def value(self) -> object:
        return self.stars.rating or None

    def _set_value(self, value: object) -> None:
        self.stars.set_rating(rating_of(value, self.stars.count))

    def _apply_read_only(self, read_only: bool) -> None:
        self.stars.read_only = read_only
        self.stars.setFocusPolicy(Qt.FocusPolicy.TabFocus if read_only else Qt.FocusPolicy.StrongFocus)
        self.stars.update()


def rating_text(f: FieldDef, value: object, locale: object) -> str:
    """Stars as text (★★★☆☆) wherever a cell shows text only (exports of the view, history, plain tables)."""
    count = stars_of(f)
    filled = rating_of(value, count)
    return FILLED_TEXT * filled + EMPTY_TEXT * (count - filled)


def paint_rating_cell(painter: QPainter, option: QStyleOptionViewItem, f: FieldDef, value: object) -> None:
    """A table or detail-grid cell: the stars, sized to the row, on the cell's own background."""
    rect = QRectF(option.rect).adjusted(4, 1, -2, -1)  # type: ignore[attr-defined]
    count = stars_of(f)
    size = max(8.0, min(rect.height() - 4, (rect.width() - GAP * count) / count, 16.0))
    selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
    paint_stars(painter, rect, rating_of(value, count), count, size, dimmed=selected)


class StarsPanel(OptionPanel):
    """How many stars a rating has (3 to 10, 5 by default)."""

    key = "stars"
    attributes = ("stars",)

    def __init__(self, ctx: PanelContext):
        super().__init__(ctx)
        self.spin = QSpinBox()
        self.spin.setObjectName("stars")
        self.spin.setRange(MIN_STARS, MAX_STARS)
        self.spin.setValue(DEFAULT_STARS)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)

    def rows(self) -> list[tuple[str, QWidget]]:
        return [(QCoreApplication.translate("FieldDialog", "Number of stars:"), self.spin)]

    def load(self, f: FieldDef) -> None:
        self.spin.setValue(stars_of(f))

    def values(self, key: str) -> dict[str, object]:
        kept = dict(self.ctx.original.extra) if self.ctx.original is not None else {}
        return {"extra": {**kept, "stars": self.spin.value()}}


register_panel(StarsPanel)

RATING = TypeUI("rating", lambda f, lookup, parent: RatingEditor(f, parent), ("stars",),
                formatter=rating_text, painter=paint_rating_cell)
