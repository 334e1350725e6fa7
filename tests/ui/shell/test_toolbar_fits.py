"""The table toolbar shows every button at the main window's default width, in English, Polish and Russian."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from supasoft.services.session import open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.settings import Settings
from supasoft.shell.main_window import MainWindow


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_no_toolbar_button_hides_behind_the_overflow_arrow(qtbot, tmp_path: Path, language: str,  # noqa: ANN001
                                                           translations: Callable[[str], str]) -> None:
    translations(language)
    session = open_session(tmp_path / "crm.db")
    initialize(session, "lite", demo=True, language=language)
    window = MainWindow(session, Settings(), open_card=lambda *_: None, open_configurator=lambda: None,
                        database_label="crm.db", restore_state=False)
    qtbot.addWidget(window)
    window.resize(1180, 720)  # the default size, which fits a 1366×768 screen with a title bar
    window.show()
    tab = window.open_object(lite_ids(session)["client"])
    toolbar = tab.toolbar
    qtbot.waitUntil(lambda: toolbar.width() > 0 and toolbar.isVisible())
    hidden = [action.toolTip() for action in toolbar.actions()
              if toolbar.widgetForAction(action) is not None and not toolbar.widgetForAction(action).isVisible()]
    assert not hidden, (toolbar.width(), hidden)
    window.relay.detach()
    session.close()
