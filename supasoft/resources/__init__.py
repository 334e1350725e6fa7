"""Files shipped with the program (the application icon); plain paths, so any layer may name them."""

from __future__ import annotations

from pathlib import Path

#: The application and window icon: a white "S" on a blue tile, drawn as SVG so it is sharp at every size.
APP_ICON = Path(__file__).with_name("supasoft.svg")

__all__ = ["APP_ICON"]
