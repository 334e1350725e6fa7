"""Upgrade the system tables in place, and refuse a database written by a newer Supasoft."""

from __future__ import annotations

import threading
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from supasoft.core.errors import NewerDatabaseError
from supasoft.core.messages import Message

VERSION_TABLE = "sys_schema_version"
_HERE = Path(__file__).parent


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    return cfg


_lock = threading.Lock()  # alembic keeps module-level state: one migration run at a time per process
_known: tuple[str, frozenset[str]] | None = None


def _revisions() -> tuple[str, frozenset[str]]:
    """(head, every known revision), read once."""
    global _known
    with _lock:
        if _known is None:
            scripts = ScriptDirectory.from_config(_config())
            _known = (scripts.get_current_head() or "", frozenset(s.revision for s in scripts.walk_revisions()))
        return _known


def head_revision() -> str:
    """The newest schema revision this program knows."""
    return _revisions()[0]


def current_revision(conn: sa.Connection) -> str | None:
    """The revision stored in the database (None for an empty database)."""
    context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def check_not_newer(conn: sa.Connection) -> None:
    """Raise NewerDatabaseError when the database's revision is unknown to this program."""
    revision = current_revision(conn)
    if revision is None:
        return
    if revision not in _revisions()[1]:
        raise NewerDatabaseError(Message(
            "This database was created by a newer version of Supasoft (schema {revision}); "
            "install the newer version to open it.", revision=revision))


def upgrade(conn: sa.Connection) -> None:
    """Bring the system tables to the newest revision, on the given connection."""
    check_not_newer(conn)
    if current_revision(conn) == head_revision():
        return  # the usual case: nothing to do, and no alembic machinery on every open
    with _lock:
        _upgrade(conn)


def _upgrade(conn: sa.Connection) -> None:
    cfg = _config()
    cfg.attributes["connection"] = conn
    if not conn.dialect.name.startswith("firebird"):
        command.upgrade(cfg, "head")
        return
    # Firebird applies DDL at COMMIT (a table created in this transaction is "unknown" to the next
    # statement): commit after every DDL statement. A failed migration leaves the steps before it,
    # and the version row says which revision is complete, so the next open resumes from there.
    sa.event.listen(conn, "after_cursor_execute", _commit_after_ddl)
    try:
        command.upgrade(cfg, "head")
    finally:
        sa.event.remove(conn, "after_cursor_execute", _commit_after_ddl)


_DDL_WORDS = ("CREATE", "ALTER", "DROP", "RECREATE", "COMMENT")


def _commit_after_ddl(conn: sa.Connection, cursor: object, statement: str, parameters: object, context: object, executemany: bool) -> None:
    if statement.lstrip().split(None, 1)[0].upper() in _DDL_WORDS:
        from supasoft.storage.engine import driver_commit

        driver_commit(conn)
