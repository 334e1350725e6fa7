"""Top-level windows sized to their content and kept on a small (1366×768) screen, cards cascading."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room for the title bar and borders the window manager adds around a window (its frame is unknown before show).
FRAME = QMargins(8, 34, 8, 8)
CASCADE_STEP = 28


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen area windows may use (without task bars), of the widget's screen or the primary one."""
    screen = widget.screen() if widget is not None and widget.screen() is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def client_room(area: QRect) -> QSize:
    """The largest window content that still fits the area with its frame."""
    return QSize(area.width() - FRAME.left() - FRAME.right(), area.height() - FRAME.top() - FRAME.bottom())


def fit_size(wanted: QSize, area: QRect, minimum: QSize | None = None) -> QSize:
    """The wanted size, at least the minimum and at most what fits the area."""
    room = client_room(area)
    width, height = wanted.width(), wanted.height()
    if minimum is not None:
        width, height = max(width, minimum.width()), max(height, minimum.height())
    return QSize(min(width, room.width()), min(height, room.height()))


def fit_window(window: QWidget, wanted: QSize, area: QRect | None = None) -> None:
    """Resize a top-level window to the wanted size, but never past the screen (its frame included)."""
    area = area or available_area(window)
    window.resize(fit_size(wanted, area, window.minimumSizeHint()))  # Qt would widen it at show, past keep_on_screen
    keep_on_screen(window, area)


def framed(size: QSize) -> QSize:
    """A window's outer size: its content plus the frame."""
    return size.grownBy(FRAME)


def keep_on_screen(window: QWidget, area: QRect | None = None) -> None:
    """Move a window (its frame included; pos() is the frame's corner) back inside the area."""
    area = area or available_area(window)
    outer = framed(window.size())
    x = max(area.left(), min(window.x(), area.right() + 1 - outer.width()))
    y = max(area.top(), min(window.y(), area.bottom() + 1 - outer.height()))
    window.move(x, y)


def cascade_position(size: QSize, previous: QPoint | None, area: QRect) -> QPoint:
    """Where the next window's frame goes: a step below and right of the last one, wrapping at the screen edges."""
    outer = framed(size)
    if previous is None:  # the first one a little in from the corner, unless that pushes a big card off the screen
        nxt = QPoint(area.left() + 2 * CASCADE_STEP, area.top() + CASCADE_STEP)
    else:
        nxt = previous + QPoint(CASCADE_STEP, CASCADE_STEP)
    if nxt.x() + outer.width() > area.right() + 1:
        nxt.setX(area.left())
    if nxt.y() + outer.height() > area.bottom() + 1:
        nxt.setY(area.top())  # a tall window steps right along the top instead
    return nxt
