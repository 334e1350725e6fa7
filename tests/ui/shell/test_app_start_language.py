"""First start with Language=pl / ru in client.ini: the ready CRM is created in that language."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.app import Launcher
from supasoft.settings import load_settings
from supasoft.shell.startup import target_for
from tests.ui.shell.test_app_start import click_later, write_ini


@pytest.mark.parametrize(("language", "first", "orders"), [("pl", "Klienci (12)", "Zamówienia"), ("ru", "Клиенты (12)", "Заказы")])
def test_first_start_builds_the_crm_in_the_language_of_client_ini(qtbot, tmp_path: Path, language: str, first: str,
                                                                   orders: str) -> None:
    settings = load_settings(write_ini(tmp_path, extra=f"[Interface]\nLanguage={language}\n"))
    launcher = Launcher(settings)
    seen: list[str] = []
    click_later("Ready CRM with demo data", seen)
    assert launcher.start(target_for(settings, None))
    window = launcher.window
    qtbot.addWidget(window)
    nav = window.navigator
    texts = [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]
    assert texts[0] == first
    assert any(text.startswith(orders + " (") for text in texts), texts
    launcher._close_current()
