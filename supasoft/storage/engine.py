"""Open a database (SQLite file or Firebird server) as a SQLAlchemy engine with our pragmas and checks."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

from supasoft.core.errors import DatabaseOpenError


@dataclass
class Database:
    """An open database: the engine and what kind it is."""

    engine: Engine
    url: str

    @property
    def kind(self) -> str:
        """'sqlite' or 'firebird'."""
        return "firebird" if self.engine.dialect.name.startswith("firebird") else "sqlite"

    @property
    def path(self) -> Path | None:
        """The file of an embedded SQLite database."""
        if self.kind != "sqlite":
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    @property
    def display_url(self) -> str:
        """The URL to show users and logs: the password is masked (***)."""
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def is_firebird(conn_or_engine: sa.Connection | Engine) -> bool:
    return conn_or_engine.dialect.name.startswith("firebird")


def commit_step(conn: sa.Connection) -> None:
    """Firebird applies DDL only at COMMIT: commit the work so far and go on in a new transaction.

    The SQLAlchemy transaction stays open (its final commit or rollback covers what follows); the
    driver starts the next transaction by itself. A no-op on SQLite, where DDL is transactional.
    """
    if is_firebird(conn):
        driver_commit(conn)


def driver_commit(conn: sa.Connection) -> None:
    """COMMIT in the driver, with its errors wrapped like SQLAlchemy's own (DBAPIError with .orig)."""
    try:
        conn.connection.dbapi_connection.commit()  # type: ignore[union-attr]
    except sa.exc.DBAPIError:
        raise
    except Exception as exc:
        dbapi = conn.dialect.loaded_dbapi
        if isinstance(exc, getattr(dbapi, "Error", ())):
            raise sa.exc.DatabaseError("COMMIT", None, exc) from exc  # type: ignore[arg-type]
        raise


def url_for(path_or_url: str | Path) -> str:
    """A plain path becomes a sqlite:/// URL; URLs pass through."""
    text = str(path_or_url)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _configure_sqlite(engine: Engine) -> None:
    """Transactional DDL, WAL + FULL sync (safe on USB sticks), foreign keys, Unicode lower()."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, so DDL is transactional
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()
        dbapi_connection.create_function("sp_casefold", 1, _casefold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # Writers take the write lock up front (no deadlock-prone upgrades); readers never block.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writer") else "BEGIN")


def open_engine(path_or_url: str | Path, *, create: bool = True, lock_timeout: int = 10) -> Database:
    """Create the engine for a path or URL; a missing SQLite file is an error unless create is set."""
    url = url_for(path_or_url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            file = Path(database)
            if not file.exists() and not create:
                raise DatabaseOpenError(f"The database file {file} does not exist.")
            if not file.parent.exists():
                if not create:
                    raise DatabaseOpenError(f"The folder {file.parent} does not exist.")
                file.parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url)
        _configure_sqlite(engine)
        return Database(engine, url)
    if parsed.get_backend_name() == "firebird":
        from supasoft.storage.firebird.engine import create_firebird_engine

        return Database(create_firebird_engine(url, lock_timeout=lock_timeout), url)
    raise DatabaseOpenError(f"Unsupported database URL {parsed.render_as_string(hide_password=True)}")
