"""Upgrade the system tables in place, and refuse a database written by a newer Supasoft."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from supasoft.core.errors import NewerDatabaseError

VERSION_TABLE = "sys_schema_version"
_HERE = Path(__file__).parent


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    return cfg


def head_revision() -> str:
    """The newest schema revision this program knows."""
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(conn: sa.Connection) -> str | None:
    """The revision stored in the database (None for an empty database)."""
    context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def check_not_newer(conn: sa.Connection) -> None:
    """Raise NewerDatabaseError when the database's revision is unknown to this program."""
    revision = current_revision(conn)
    if revision is None:
        return
    known = {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
    if revision not in known:
        raise NewerDatabaseError(
            f"This database was created by a newer version of Supasoft (schema {revision}); "
            "install the newer version to open it."
        )


def upgrade(conn: sa.Connection) -> None:
    """Bring the system tables to the newest revision, on the given connection."""
    check_not_newer(conn)
    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
