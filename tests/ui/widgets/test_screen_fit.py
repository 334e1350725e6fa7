"""Cascaded windows stay on a 1366×768 screen, frame included, from the very first one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QHBoxLayout, QWidget

from supasoft.widgets.screen_fit import CASCADE_STEP, cascade_position, client_room, fit_window, framed

SCREEN = QRect(0, 0, 1366, 768)


def bottom_right(corner: QPoint, size: QSize) -> QPoint:
    outer = framed(size)
    return corner + QPoint(outer.width(), outer.height())


def test_first_small_window_sits_a_little_in_from_the_corner() -> None:
    assert cascade_position(QSize(520, 304), None, SCREEN) == QPoint(2 * CASCADE_STEP, CASCADE_STEP)


def test_first_screen_high_window_keeps_its_bottom_on_the_screen() -> None:
    tallest = QSize(680, client_room(SCREEN).height())  # a big card: as high as the screen allows
    corner = cascade_position(tallest, None, SCREEN)
    end = bottom_right(corner, tallest)
    assert end.y() <= SCREEN.bottom() + 1, (corner, end)
    assert end.x() <= SCREEN.right() + 1


def test_next_windows_step_and_wrap_inside_the_screen() -> None:
    size, corner = QSize(680, 600), None
    for _ in range(12):
        corner = cascade_position(size, corner, SCREEN)
        end = bottom_right(corner, size)
        assert SCREEN.contains(corner) and end.y() <= SCREEN.bottom() + 1 and end.x() <= SCREEN.right() + 1, corner


def test_a_window_wider_than_wanted_is_sized_and_placed_at_its_real_width(qtbot) -> None:  # noqa: ANN001
    """Qt widens a window to its minimum size at show; placing it for the smaller wanted size put the frame off-screen."""
    window = QWidget()
    qtbot.addWidget(window)
    wide = QWidget(window)
    wide.setMinimumSize(1280, 300)  # e.g. the Configurator's tabs in Russian
    QHBoxLayout(window).addWidget(wide)
    window.move(200, 100)
    fit_window(window, QSize(1200, 740), SCREEN)
    assert window.width() >= 1280
    assert bottom_right(window.pos(), window.size()).x() <= SCREEN.right() + 1, window.pos()
