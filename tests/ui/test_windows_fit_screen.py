"""Every top-level window fits a 1366×768 laptop screen; cards are sized to their content and cascade."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.widgets.screen_fit import FRAME
from tests.ui.laptop_screen import run_on_laptop_screen

PROBE = Path(__file__).with_name("window_fit_probe.py")


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Open the windows in a process whose (offscreen) screen is 1366×768, as on a common office laptop."""
    return run_on_laptop_screen(PROBE, tmp_path_factory.mktemp("fit"))


def test_every_window_fits_the_available_screen(shown: dict) -> None:
    sx, sy, sw, sh = shown["screen"]
    assert (sw, sh) == (1366, 768)
    windows = shown["windows"]
    assert {"main window", "Configurator", "Access rights", "Filter dialog", "new Client card", "Client card of a record",
            "User guide", "Login"} <= set(windows)
    outside = {name: rect for name, (x, y, w, h) in windows.items() for rect in [(x, y, w, h)]
               if x < sx or y < sy or x + w > sx + sw or y + h > sy + sh}
    assert not outside, outside
    # a real window manager's title bar and borders (FRAME) are thicker than the offscreen 2 px frame
    room = (sw - FRAME.left() - FRAME.right(), sh - FRAME.top() - FRAME.bottom())
    too_big = {name: (w - 4, h - 4) for name, (_x, _y, w, h) in windows.items() if w - 4 > room[0] or h - 4 > room[1]}
    assert not too_big, (room, too_big)


def test_cards_are_sized_to_their_content(shown: dict) -> None:
    cards = {c["object"]: c for c in shown["cards"]}
    product, client = cards["Product"], cards["Client"]
    assert product["fields"] <= 4
    _x, _y, width, height = product["frame"]
    assert width <= 700 and height <= 420, product  # a few fields: a small window
    assert client["frame"][3] > height + 200  # a big card takes the height it needs (within the screen)


def test_new_cards_cascade_instead_of_stacking(shown: dict) -> None:
    corners = [tuple(c["frame"][:2]) for c in shown["cards"]]
    assert len(set(corners)) == len(corners), corners
