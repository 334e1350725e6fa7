"""Open a database (SQLite file or Firebird server) as a SQLAlchemy engine with our pragmas and checks."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

from supasoft.core.errors import DatabaseOpenError
from supasoft.core.messages import Message
from supasoft.storage.errors import NotSupasoftDatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
MARKER_TABLE = "sys_schema_version"  # the first table every Supasoft database gets (migrations.runner.VERSION_TABLE)


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
            blocking = next((p for p in file.parents if p.exists() and not p.is_dir()), None)
            if blocking is not None:
                raise DatabaseOpenError(Message("Cannot use {file}: {blocking} is a file, not a folder.", file=file, blocking=blocking))
            if not file.exists() and not create:
                raise DatabaseOpenError(Message("The database file {file} does not exist.", file=file))
            if not file.parent.exists():
                if not create:
                    raise DatabaseOpenError(Message("The folder {folder} does not exist.", folder=file.parent))
                try:
                    file.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseOpenError(Message("Cannot create the folder {folder}: {reason}.", folder=file.parent,
                                                     reason=exc.strerror or str(exc))) from None
            if file.exists():
                probe_sqlite_file(file, create=create)
        engine = sa.create_engine(url)
        _configure_sqlite(engine)
        return Database(engine, url)
    if parsed.get_backend_name() == "firebird":
        from supasoft.storage.firebird.engine import create_firebird_engine

        database = Database(create_firebird_engine(url, lock_timeout=lock_timeout), url)
        if not create:
            try:
                probe_firebird(database)
            except BaseException:
                database.dispose()
                raise
        return database
    raise DatabaseOpenError(Message("Unsupported database URL {url}", url=parsed.render_as_string(hide_password=True)))


def _not_ours(file: Path, why: str, advice: str = "Choose another file, or create a new database.") -> NotSupasoftDatabaseError:
    return NotSupasoftDatabaseError(Message("The file {file} is not a Supasoft database ({why}); it was left unchanged. {advice}",
                                            file=file, why=Message(why), advice=Message(advice)))


def probe_sqlite_file(file: Path, *, create: bool) -> None:
    """Refuse, before anything can write to it, a file that is not a Supasoft database.

    Read-only and side-effect free: the header is read as bytes and the table list through an
    immutable read-only connection, so another program's file keeps its bytes, its mtime and gets
    no -wal/-shm beside it. An empty file (or an SQLite file without tables) is only accepted when
    creating. A -wal file beside it means the database is live or was not closed: it is then read
    through the log (read-only) so tables not yet checkpointed count too, and a log to recover is left
    to the ordinary open.
    """
    if file.is_dir():
        raise DatabaseOpenError(Message("{file} is a folder, not a database file.", file=file))
    try:
        with file.open("rb") as handle:
            header = handle.read(20)
    except OSError as exc:
        raise DatabaseOpenError(Message("Cannot read the database file {file}: {reason}.", file=file,
                                         reason=exc.strerror or str(exc))) from None
    if not header:
        if create:
            return
        raise _not_ours(file, "the file is empty")
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise _not_ours(file, "it is not an SQLite database file")
    live = Path(f"{file}-wal").exists()  # open elsewhere, or not closed: read through the log
    wal_mode = header[18:20] == b"\x02\x02"  # an ordinary read of a WAL file would create -wal/-shm beside it
    try:
        tables = _table_names(file, immutable=not live)
    except sqlite3.DatabaseError:
        if wal_mode and not live:
            tables = None  # nobody writes it (no log): the immutable read saw the file as it is
        else:
            tables = _retry_with_locks(file, live)
        if tables is None:
            raise _not_ours(file, "or it is damaged", "Choose another file or restore a backup.") from None
    if MARKER_TABLE in tables:
        return
    if not tables:
        if create:
            return
        raise _not_ours(file, "an SQLite file without tables")
    raise _not_ours(file, "another program's SQLite database")


def _retry_with_locks(file: Path, live: bool) -> set[str] | None:
    """A writer of another program may have been busy: read once more with ordinary (read-only) locks."""
    try:
        return _table_names(file, immutable=False)
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseOpenError(Message("The database {file} is in use by another program. Close it and try again.",
                                             file=file)) from None
        if live:
            return {MARKER_TABLE}  # a log to recover first: the ordinary open does that and reports real damage
        return None


def _table_names(file: Path, *, immutable: bool) -> set[str]:
    """The tables of an SQLite file, read-only (immutable: no locks, no -shm, nothing written beside it)."""
    uri = f"{file.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def probe_firebird(database: Database) -> None:
    """Refuse a server database without Supasoft's system tables when not creating (nothing is changed)."""
    from supasoft.storage.errors import translate

    try:
        with database.engine.connect() as conn:
            found = conn.execute(
                sa.text("SELECT COUNT(*) FROM rdb$relations WHERE rdb$relation_name = :name"),
                {"name": MARKER_TABLE.upper()},
            ).scalar()
    except sa.exc.DBAPIError as exc:
        ours = translate(exc, database.engine.dialect)
        if ours is None:
            raise
        raise ours from None
    if not found:
        raise NotSupasoftDatabaseError(Message(
            "The server database {url} is not a Supasoft database (it has no Supasoft system "
            "tables); it was left unchanged. Check the path, or create it with `supasoft-admin server create`.",
            url=database.display_url))
