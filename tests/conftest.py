"""Shared fixtures: real SQLite files in tmp_path, sessions, the Lite configuration."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from supasoft.services.session import Session, open_session  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.db"


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    """An empty database on a real SQLite file."""
    s = open_session(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def lite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Lite database with demo data, built once and copied per test."""
    from supasoft.services.setup import initialize

    path = tmp_path_factory.mktemp("lite") / "lite.db"
    s = open_session(path)
    initialize(s, "lite", demo=True)
    s.close()
    return path


@pytest.fixture
def lite(lite_template: Path, tmp_path: Path) -> Iterator[Session]:
    """A fresh copy of the Lite demo database."""
    from supasoft.storage.backup import backup_sqlite

    path = tmp_path / "lite.db"
    backup_sqlite(lite_template, path)
    s = open_session(path)
    yield s
    s.close()
