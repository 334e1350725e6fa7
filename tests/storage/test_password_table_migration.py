"""Migration 0004: an older database's password hashes move from sys_users to sys_passwords and still log in."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from supasoft.services.session import open_session
from supasoft.services.users import LoginFailed, _hasher
from supasoft.storage.migrations import runner


def _database_at_0003(path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg = runner._config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.execute(sa.text(
            "insert into sys_users (id, login, full_name, password_hash, active, failed_logins, created_at)"
            " values (7, 'anna', 'Anna', :h, 1, 2, '2026-01-01 00:00:00')"), {"h": _hasher.hash("anna-pass-1")})
    engine.dispose()


def test_old_hashes_move_and_still_log_in(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _database_at_0003(path)
    session = open_session(path)
    try:
        assert session.storage.schema_revision() == runner.head_revision()
        with session.storage.connect() as conn:
            columns = {c["name"] for c in sa.inspect(conn).get_columns("sys_users")}
            moved = conn.execute(sa.text("select user_id, failed_logins from sys_passwords")).all()
        assert "password_hash" not in columns and "failed_logins" not in columns
        assert moved == [(7, 2)]
        session.users.sleep = lambda seconds: None
        with pytest.raises(LoginFailed):
            session.login("anna", "wrong-password")
        assert session.login("anna", "anna-pass-1").user_id == 7
        with session.storage.connect() as conn:
            assert conn.execute(sa.text("select failed_logins from sys_passwords")).scalar() == 0
    finally:
        session.close()


def test_an_upgrade_that_stopped_half_way_resumes(tmp_path: Path) -> None:
    """Firebird commits each step: sys_passwords may already exist (and hold the row) when 0004 runs again."""
    path = tmp_path / "half.db"
    _database_at_0003(path)
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("create table sys_passwords (user_id integer primary key, password_hash varchar(200)"
                             " not null, failed_logins integer not null, last_failed_at datetime)"))
        conn.execute(sa.text("insert into sys_passwords select id, password_hash, failed_logins, last_failed_at"
                             " from sys_users"))
    engine.dispose()
    session = open_session(path)
    try:
        assert session.storage.schema_revision() == runner.head_revision()
        session.users.sleep = lambda seconds: None
        assert session.login("anna", "anna-pass-1").user_id == 7
    finally:
        session.close()
