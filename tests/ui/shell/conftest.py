"""Shell test fixtures: QSettings in a tmp folder, a main window over a copy of the Lite demo database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from supasoft.services.session import Session
from supasoft.services.setup import lite_ids
from supasoft.settings import Settings
from supasoft.shell.main_window import MainWindow
from supasoft.shell.table_tab import TableTab
from tests.ui.shell.modal import next_test


@pytest.fixture(autouse=True)
def fresh_modal_pollers() -> Iterator[None]:
    """Pollers that answer dialogs belong to one test: those still running from an earlier one stop."""
    next_test()
    yield
    next_test()


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path, qapp) -> Iterator[Path]:  # noqa: ANN001 - pytest-qt fixture
    """Remembered window state goes to a tmp folder, never to the real user profile."""
    folder = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def ids(lite: Session) -> dict[str, int]:
    return lite_ids(lite)


class Cards:
    """Records what the table asked the card opener for."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int | None]] = []

    def __call__(self, object_id: int, record_id: int | None) -> None:
        self.calls.append((object_id, record_id))


@pytest.fixture
def cards() -> Cards:
    return Cards()


@pytest.fixture
def window(qtbot, lite: Session, cards: Cards) -> Iterator[MainWindow]:  # noqa: ANN001
    w = MainWindow(lite, Settings(), open_card=cards, open_configurator=lambda: None, database_label="test.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.relay.detach()


@pytest.fixture
def clients(window: MainWindow, ids: dict[str, int]) -> TableTab:
    tab = window.open_object(ids["client"])
    assert tab is not None
    return tab


def column_texts(tab: TableTab, column: int) -> list[str]:
    model = tab.model
    return [model.index(r, column).data() for r in range(model.rowCount())]
