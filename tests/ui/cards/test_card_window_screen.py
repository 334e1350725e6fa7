"""A long order's card on a 1366×768 laptop: it scrolls inside, its buttons and status stay on the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.laptop_screen import run_on_laptop_screen

PROBE = Path(__file__).with_name("card_screen_probe.py")


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return run_on_laptop_screen(PROBE, tmp_path_factory.mktemp("card_fit"))


def inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize("how", ["direct", "opened"])
def test_a_card_taller_than_the_screen_scrolls_and_keeps_its_buttons_on_it(shown: dict, how: str) -> None:
    screen, card = shown["screen"], shown[how]
    assert screen == [0, 0, 1366, 768]
    assert card["form_height"] > card["tabs"][3]  # fourteen lines and the payments: more than the room left
    assert inside(card["frame"], screen), card["frame"]
    assert card["scrolls"], "the card's tab scrolls"
    for part in [*card["buttons"], card["status"], card["tabs"]]:
        assert inside(part, screen), (part, card["frame"])
