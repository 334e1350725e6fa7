"""The program's icon (supasoft/resources/supasoft.svg) for the application, its windows and the task bar."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from supasoft.resources import APP_ICON


@cache
def app_icon() -> QIcon:
    """The Supasoft mark: a white "S" with a yellow dot on a blue tile (SVG, sharp at every size)."""
    return QIcon(str(APP_ICON))


__all__ = ["app_icon"]
