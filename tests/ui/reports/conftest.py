"""Report UI fixtures: the shell's main window over a Lite copy, with the Reports menu installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from supasoft.shell.main_window import MainWindow
from tests.ui.shell.conftest import cards, fresh_modal_pollers, ids, qsettings_in_tmp, window  # noqa: F401 - fixtures


@pytest.fixture
def reports_window(window: MainWindow) -> Iterator[MainWindow]:  # noqa: F811 - the imported fixture
    from supasoft.reports.menu import install_reports

    install_reports(window)
    yield window
    window.close()  # as the app does: report tabs stop their pending runs before the database goes away
