"""A long order's card on a 1366×768 laptop: it scrolls inside, its buttons and status stay on the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PROBE = Path(__file__).with_name("card_screen_probe.py")


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("card_fit")
    screen = folder / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "HOME": str(folder)}
    done = subprocess.run([sys.executable, str(PROBE), str(folder)], capture_output=True, text=True, env=env,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


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
