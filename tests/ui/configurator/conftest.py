"""Fixtures for Configurator tests: a window over a real SQLite file and the modal-dialog helper."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cfg_driving import Modal
from PySide6.QtWidgets import QApplication

from supasoft.configurator.configurator_window import ConfiguratorWindow
from supasoft.services.session import Session, open_session


@pytest.fixture
def modal(qapp: QApplication) -> Iterator[Modal]:
    helper = Modal()
    yield helper
    helper.check()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s = open_session(tmp_path / "crm.db", backup_folder=tmp_path / "backups")
    yield s
    s.close()


@pytest.fixture
def window(qtbot, session: Session) -> ConfiguratorWindow:  # type: ignore[no-untyped-def]
    w = ConfiguratorWindow(session)
    qtbot.addWidget(w)
    w.show()
    return w
