"""Report UI fixtures: the shell's main window over a Lite copy, with the Reports menu installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from supasoft.services.session import Session
from supasoft.settings import Settings
from supasoft.shell.main_window import MainWindow
from tests.ui.shell.conftest import cards, fresh_modal_pollers, ids, qsettings_in_tmp, window  # noqa: F401 - fixtures


@pytest.fixture
def reports_window(window: MainWindow) -> Iterator[MainWindow]:  # noqa: F811 - the imported fixture
    from supasoft.reports.menu import install_reports

    install_reports(window)
    yield window
    window.close()  # as the app does: report tabs stop their pending runs before the database goes away


VIEWER_PASSWORD = "pass-word-1"


@pytest.fixture
def viewer_window(qtbot, lite: Session, ids: dict[str, int]) -> Iterator[MainWindow]:  # noqa: ANN001, F811
    """Vera may read and report on order lines (and read orders and clients), nothing else; no structure right."""
    from supasoft.reports.menu import install_reports

    lite.users.create_user("boss", VIEWER_PASSWORD, "Boss")  # the first user is the administrator
    vera = lite.users.create_user("vera", VIEWER_PASSWORD, "Vera Viewer")
    for object_id in (ids["order"], ids["client"]):
        lite.users.grant(("user", vera), object_id, "read")
    lite.users.grant(("user", vera), ids["line"], "read", flags=("report",))
    lite.login("vera", VIEWER_PASSWORD)
    w = MainWindow(lite, Settings(), database_label="office.db")
    qtbot.addWidget(w)
    install_reports(w)
    w.show()
    yield w
    w.close()
    w.relay.detach()
