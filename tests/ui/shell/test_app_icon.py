"""The program has its own icon: the main window and the application show the Supasoft mark, not a blank."""

from __future__ import annotations

from PySide6.QtGui import QColor

from supasoft.resources import APP_ICON
from supasoft.shell.app_icon import app_icon
from supasoft.shell.main_window import MainWindow


def test_the_main_window_shows_the_supasoft_icon(window: MainWindow) -> None:
    assert APP_ICON.is_file() and APP_ICON.read_text(encoding="utf-8").lstrip().startswith("<svg")
    icon = window.windowIcon()
    assert not icon.isNull()
    picture = icon.pixmap(32, 32).toImage()
    assert picture.width() == 32
    middle = picture.pixelColor(4, 16)  # the blue tile, at the left edge of the "S"
    assert middle.blue() > 150 and middle.red() < 100, middle.name()
    white = sum(picture.pixelColor(x, y) == QColor("#ffffff") for x in range(32) for y in range(32))
    assert white > 40  # the white "S"
    assert window.windowIcon().cacheKey() == app_icon().cacheKey()


def test_the_qt_application_gets_the_icon_at_start() -> None:
    from supasoft.app import _qt_app

    app = _qt_app()
    assert app.windowIcon().cacheKey() == app_icon().cacheKey()
