"""The storage facade: one database, its system tables, the stored configuration and its physical model."""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

from supasoft.core.errors import DatabaseOpenError, SchemaError
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration
from supasoft.core.serialization import configuration_from_json, configuration_to_json
from supasoft.storage.catalog import sys_config, sys_counters, sys_info
from supasoft.storage.engine import Database, open_engine
from supasoft.storage.engine_ops import EngineOps, ops_for
from supasoft.storage.errors import (
    CONFLICT_KINDS,
    ConcurrentUpdateError,
    DiskFullError,
    disk_full_message,
    firebird_kind,
    is_conflict,
    translate,
)
from supasoft.storage.index_sync import INDEX_LAYOUT, apply_index_plan, index_plan
from supasoft.storage.migrations import runner
from supasoft.storage.physical import PhysicalModel
from supasoft.storage.schema_sync import SchemaWriter, rollback_driver
from supasoft.storage.sqlite import media

CODE_WAIT_SECONDS = 30.0
INDEX_LAYOUT_INFO = "index_layout"  # sys_info: the physical index layout the object tables have
log = logging.getLogger(__name__)
PENDING_DDL = "pending_ddl"  # sys_info: drops that failed after a committed structure change (Firebird)


class StaleConfigurationError(SchemaError):
    """Another admin changed the structure since this configuration was loaded."""


class Storage:
    """Opens, upgrades and serves one database; all SQL lives below this layer."""

    def __init__(self, database: Database):
        self.database = database
        self._physical: PhysicalModel | None = None
        self._ops: EngineOps | None = None
        self._lock: media.FileLock | None = None

    @classmethod
    def open(cls, path_or_url: str, *, create: bool = True, lock_timeout: int = 10, exclusive: bool = False) -> Storage:
        """Open (and upgrade) a database; DatabaseOpenError with a clear message when it cannot be used.

        A SQLite file on a network share or a read-only drive is refused; exclusive (the desktop program) also
        claims the file so a second running copy is refused (storage/sqlite/media.py).
        """
        file = media.sqlite_file(path_or_url)
        if file is not None:
            media.check_location(file)
        database = open_engine(path_or_url, create=create, lock_timeout=lock_timeout)
        storage = cls(database)
        try:
            if file is not None and exclusive:
                storage._lock = media.lock_database(file)
            storage.upgrade()
        except DatabaseOpenError:
            storage.close()
            raise
        except (OperationalError, DatabaseError) as exc:
            storage.close()
            raise DatabaseOpenError(describe_open_failure(database, exc)) from None
        return storage

    @property
    def kind(self) -> str:
        return self.database.kind

    @property
    def ops(self) -> EngineOps:
        """What this engine does differently (paging, conversions, sessions); services ask it, not the dialect."""
        if self._ops is None:
            self._ops = ops_for(self.database)
        return self._ops

    def close(self) -> None:
        self.database.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @contextmanager
    def begin(self) -> Iterator[sa.Connection]:
        """A transaction: committed when the block ends, rolled back on an exception."""
        with self._translated(), self.database.engine.connect() as conn:
            conn.execution_options(writer=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Firebird driver errors leave as our errors (ConflictError for row conflicts), never raw."""
        try:
            yield
        except DBAPIError as exc:
            ours = translate(exc, self.database.engine.dialect)  # SQLite: only a full disk is translated
            if ours is None:
                raise
            if isinstance(ours, DiskFullError):
                ours = DiskFullError(disk_full_message(self._last_saved()))
            raise ours from exc

    def _last_saved(self) -> str | None:
        """The newest stored record, read (a full disk still allows reads) for the disk-full message."""
        from supasoft.storage.last_saved import last_saved_record

        try:
            with self.database.engine.connect() as conn:
                return last_saved_record(conn, self.load_configuration(conn))
        except Exception:  # noqa: BLE001 - only decorates a message; the disk-full error itself matters
            log.warning("could not tell the last saved record", exc_info=True)
            return None

    @contextmanager
    def schema_change(self) -> Iterator[SchemaWriter]:
        """A structure change: DDL and the new structure document, consistent on every engine.

        SQLite: one transaction. Firebird: additive DDL is committed step by step, destructive DDL
        runs after the block committed, and a failure compensates the committed steps (see
        SchemaWriter). Drops that failed (a table still open elsewhere) are retried next time.
        """
        with self._translated(), self.database.engine.connect() as conn:
            conn.execution_options(writer=True)
            writer = SchemaWriter(conn)
            if writer.stepwise:
                self._retry_pending_ddl(conn)
            try:
                with conn.begin():
                    yield writer
            except BaseException:
                if writer.stepwise:
                    self._physical = None
                    writer.compensate()
                raise
            if writer.stepwise:
                failed = writer.finish()
                if failed:
                    with conn.begin():
                        pending = json.loads(self._info(conn, PENDING_DDL) or "[]")
                        self.set_info(conn, PENDING_DDL, json.dumps(pending + failed))

    def _retry_pending_ddl(self, conn: sa.Connection) -> None:
        with conn.begin():
            pending = json.loads(self._info(conn, PENDING_DDL) or "[]")
        if not pending:
            return
        writer = SchemaWriter(conn)
        writer.deferred = list(pending)
        left = writer.finish()
        with conn.begin():
            self.set_info(conn, PENDING_DDL, json.dumps(left))

    def _info(self, conn: sa.Connection, name: str) -> str | None:
        return conn.execute(sa.select(sys_info.c.value).where(sys_info.c.name == name)).scalar()

    @contextmanager
    def connect(self) -> Iterator[sa.Connection]:
        """A connection for reads (and for callers that commit step by step)."""
        with self._translated(), self.database.engine.connect() as conn:
            yield conn

    # --- schema of the system tables ----------------------------------------------------------
    def upgrade(self) -> None:
        """Create or upgrade the system tables; refuses a database from a newer Supasoft."""
        with self.begin() as conn:
            if self.kind == "sqlite":
                check = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                if check != "ok":
                    raise DatabaseOpenError(Message("The database file is damaged ({check}). Restore a backup.", check=check))
            runner.upgrade(conn)
            if conn.execute(sa.select(sys_config.c.id)).first() is None:
                empty = Configuration()
                conn.execute(
                    sys_config.insert().values(
                        id=1, version=0, document=configuration_to_json(empty, indent=None), updated_at=now()
                    )
                )
        self.sync_indexes()
        self.ops.refresh_statistics(self)  # Firebird: index figures the optimizer needs (storage/firebird/index_stats.py)

    def sync_indexes(self) -> None:
        """Give the object tables of an older database today's indexes, once (only speed depends on it)."""
        with self.connect() as conn:
            with conn.begin():
                if self._info(conn, INDEX_LAYOUT_INFO) == INDEX_LAYOUT:
                    return
        with self.database.engine.connect() as conn:
            conn.execution_options(writer=True)
            try:
                with conn.begin():
                    plan = index_plan(conn, self.load_configuration(conn), self.kind)
                    if plan:
                        started = time.perf_counter()
                        log.info("updating %d indexes to layout %s", len(plan), INDEX_LAYOUT)
                    apply_index_plan(conn, plan)
                    self.set_info(conn, INDEX_LAYOUT_INFO, INDEX_LAYOUT)
                if plan:
                    log.info("indexes updated in %.1f s", time.perf_counter() - started)
            except DBAPIError as exc:  # no DDL rights (staff) or a table in use elsewhere: try again next time
                rollback_driver(conn)
                log.warning("could not update the indexes to layout %s (will retry): %s", INDEX_LAYOUT, exc)

    def schema_revision(self) -> str | None:
        with self.connect() as conn:
            return runner.current_revision(conn)

    # --- configuration -----------------------------------------------------------------------
    def load_configuration(self, conn: sa.Connection | None = None) -> Configuration:
        """The stored structure document."""
        if conn is None:
            with self.connect() as own:
                return self.load_configuration(own)
        row = conn.execute(sa.select(sys_config.c.version, sys_config.c.document).where(sys_config.c.id == 1)).one()
        config = configuration_from_json(row.document)
        config.version = row.version
        return config

    def configuration_version(self) -> int:
        with self.connect() as conn:
            return conn.execute(sa.select(sys_config.c.version).where(sys_config.c.id == 1)).scalar_one()

    def save_configuration(self, conn: sa.Connection, config: Configuration, expected_version: int) -> None:
        """Store a new structure version; refuses if someone else saved since expected_version."""
        config.version = expected_version + 1
        try:
            result = conn.execute(
                sys_config.update()
                .where(sys_config.c.id == 1, sys_config.c.version == expected_version)
                .values(version=config.version, document=configuration_to_json(config, indent=None), updated_at=now())
            )
            updated = result.rowcount == 1
        except DBAPIError as exc:  # Firebird: another admin's change is committing (or committed) meanwhile
            if not is_conflict(exc, conn.dialect):
                raise
            updated = False
        if not updated:
            raise StaleConfigurationError(
                "The structure was changed by someone else meanwhile; reload and try again."
            )
        self._physical = None

    def physical(self, config: Configuration) -> PhysicalModel:
        """SQLAlchemy tables for this configuration version (cached)."""
        if self._physical is None or self._physical.version != config.version:
            self._physical = PhysicalModel(config)
        return self._physical

    # --- counters and info --------------------------------------------------------------------
    def take_codes(self, conn: sa.Connection, object_id: int, count: int = 1) -> int:
        """Reserve `count` consecutive Code numbers for an object; returns the first.

        The counter row is updated in the caller's transaction, so codes have no gaps: a rolled-back
        save gives its number back. Concurrent clients (Firebird) serialise on that row: the second
        waits for the first to commit, gets an update conflict, re-reads and retries.
        """
        deadline = time.monotonic() + CODE_WAIT_SECONDS
        while time.monotonic() < deadline:
            try:
                row = conn.execute(sa.select(sys_counters.c.next_code).where(sys_counters.c.object_id == object_id)).first()
                if row is None:
                    conn.execute(sys_counters.insert().values(object_id=object_id, next_code=1 + count))
                    return 1
                updated = conn.execute(
                    sys_counters.update()
                    .where(sys_counters.c.object_id == object_id, sys_counters.c.next_code == row.next_code)
                    .values(next_code=row.next_code + count)
                )
                if updated.rowcount == 1:
                    return int(row.next_code)
            except DBAPIError as exc:  # a concurrent save took the row first (or inserted it first)
                kind = firebird_kind(exc, conn.dialect)
                if kind not in CONFLICT_KINDS and kind != "unique_violation":
                    raise
        raise ConcurrentUpdateError("Too many users are creating records here at once; try again.")

    def reserve_ids(self, conn: sa.Connection, table: sa.Table, count: int) -> int:
        """First of `count` new record ids for a bulk insert; safe with concurrent clients on Firebird."""
        from supasoft.storage.repository import reserve_ids

        return reserve_ids(conn, table, count)

    def reset_counter(self, conn: sa.Connection, object_id: int) -> None:
        conn.execute(sys_counters.delete().where(sys_counters.c.object_id == object_id))

    def get_info(self, name: str) -> str | None:
        with self.connect() as conn:
            return conn.execute(sa.select(sys_info.c.value).where(sys_info.c.name == name)).scalar()

    def set_info(self, conn: sa.Connection, name: str, value: str) -> None:
        if conn.execute(sa.select(sys_info.c.name).where(sys_info.c.name == name)).first() is None:
            conn.execute(sys_info.insert().values(name=name, value=value))
        else:
            conn.execute(sys_info.update().where(sys_info.c.name == name).values(value=value))


def now() -> dt.datetime:
    """Local wall-clock time, to the 100 microseconds every engine keeps."""
    value = dt.datetime.now()
    return value.replace(microsecond=value.microsecond - value.microsecond % 100)


def describe_open_failure(database: Database, exc: Exception) -> str:
    """Turn a driver error on open into advice a user can act on."""
    text = str(getattr(exc, "orig", exc))
    if database.kind == "sqlite":
        lowered = text.lower()
        if "locked" in lowered or "busy" in lowered:
            return Message("The database {file} is in use by another program. Close it and try again.", file=database.path)
        if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
            return Message("The file {file} is not a Supasoft database or is damaged. Choose another file or restore a backup.",
                           file=database.path)
        if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
            return Message("The database {file} cannot be opened for writing ({reason}).", file=database.path, reason=text)
    return Message("The database cannot be opened: {reason}", reason=text)
