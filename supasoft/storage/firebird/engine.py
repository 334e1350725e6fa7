"""Engine factory for the networked edition: one place that makes both Firebird drivers behave the same."""

from __future__ import annotations

import signal
import threading
import uuid
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url

from . import alembic_impl, compiler, dialect_fdb

DEFAULT_PORT = 3050
PAGE_SIZE = 16384


def register() -> None:
    """Register the fdb dialect and the alembic impl (idempotent)."""
    dialect_fdb.register()
    alembic_impl.register()
    compiler.register()


def driver_of(url: URL) -> str:
    """'firebird' (firebird-driver) or 'fdb' for a firebird[+driver]:// URL."""
    backend, _, driver = url.drivername.partition("+")
    if backend != "firebird":
        raise ValueError(f"not a Firebird URL: {url.drivername}://...")
    driver = driver or "firebird"
    if driver not in ("firebird", "fdb"):
        raise ValueError(f"unsupported Firebird driver {driver!r}: use firebird+firebird or firebird+fdb")
    return driver


def _tpb(driver: str, lock_timeout: int) -> bytes:
    """READ COMMITTED RECORD_VERSION; lock_timeout > 0: WAIT that long, 0: NOWAIT, < 0: wait forever."""
    if driver == "fdb":
        import fdb

        t = fdb.TPB()
        t.isolation_level = (fdb.isc_tpb_read_committed, fdb.isc_tpb_rec_version)
        t.lock_resolution = fdb.isc_tpb_nowait if lock_timeout == 0 else fdb.isc_tpb_wait
        if lock_timeout > 0:
            t.lock_timeout = lock_timeout
        return t.render()
    from firebird.driver import Isolation, tpb

    return tpb(Isolation.READ_COMMITTED_RECORD_VERSION, lock_timeout=lock_timeout if lock_timeout >= 0 else -1)


def _restore_sigterm() -> None:
    """libfbclient replaces the SIGTERM handler at attach (quirk Q9): put Python's own handler back."""
    if threading.current_thread() is not threading.main_thread():
        return
    handler = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, signal.SIG_DFL if handler is None else handler)


def create_firebird_engine(url: str | URL, *, lock_timeout: int = 10, connect_timeout: int = 10, **kwargs: Any) -> Engine:
    """Engine with READ COMMITTED + lock-timeout transactions, fast connect failure and the FB3 fixes."""
    register()
    u = make_url(url)
    driver = driver_of(u)
    if driver == "fdb" and connect_timeout > 0:
        u = u.update_query_dict({"connect_timeout": str(connect_timeout)})
    kwargs.setdefault("pool_pre_ping", True)
    engine = create_engine(u, **kwargs)
    dialect = engine.dialect
    tpb_bytes = _tpb(driver, lock_timeout)

    if driver == "firebird":
        # firebird-driver's terminate() does not exist; SQLAlchemy calls it when invalidating a connection
        dialect.do_terminate = dialect.do_close  # type: ignore[method-assign]

        @event.listens_for(engine, "do_connect")
        def _connect_timeout(dialect: Any, rec: Any, cargs: list[Any], cparams: dict[str, Any]) -> None:
            from firebird.driver import driver_config

            cfg = driver_config.get_database(cparams.get("database", ""))
            if cfg is not None and connect_timeout > 0:
                cfg.timeout.value = connect_timeout

    @event.listens_for(engine, "connect", insert=True)  # before dialect.initialize runs its first queries
    def _set_tpb(dbapi_conn: Any, rec: Any) -> None:
        dbapi_conn.main_transaction.default_tpb = tpb_bytes

    @event.listens_for(engine, "connect")
    def _after_connect(dbapi_conn: Any, rec: Any) -> None:
        # FB3 RETURNING is single-row only (quirk Q6)
        if dialect.server_version_info and dialect.server_version_info < (4,):
            dialect.update_returning = dialect.delete_returning = False
        _restore_sigterm()

    return engine


def _q(value: str) -> str:
    return value.replace("'", "''")


def create_firebird_database(url: str | URL) -> None:
    """Create a new empty UTF8 database (page size 16384) at url; FileExistsError if it is already there."""
    register()
    u = make_url(url)
    driver = driver_of(u)
    if not u.host or not u.database:
        raise ValueError("URL needs a host and a path: firebird+firebird://user:pw@host:port//abs/path.fdb")
    port = u.port or DEFAULT_PORT
    user, password = u.username or "SYSDBA", u.password or ""
    try:
        if driver == "fdb":
            import fdb

            dsn = _q(f"{u.host}/{port}:{u.database}")
            sql = (f"create database '{dsn}' user '{_q(user)}' password '{_q(password)}'"
                   f" page_size {PAGE_SIZE} default character set UTF8")
            fdb.create_database(sql=sql).close()
        else:
            from firebird.driver import create_database, driver_config

            server = f"{u.host}:{port}"
            if driver_config.get_server(server) is None:
                srv = driver_config.register_server(server)
                srv.host.value, srv.port.value = u.host, str(port)
            cfg = driver_config.register_database(f"supasoft-create-{uuid.uuid4().hex}")
            cfg.server.value, cfg.database.value = server, u.database
            cfg.page_size.value, cfg.db_charset.value = PAGE_SIZE, "UTF8"
            create_database(cfg.name, user=user, password=password, charset="UTF8", overwrite=False).close()
    except Exception as exc:
        if "exists" in str(exc).lower():
            raise FileExistsError(f"Firebird database already exists: {u.host}:{port}:{u.database}") from exc
        raise


def firebird_server_version(engine: Engine) -> tuple[int, ...]:
    """Server engine version, e.g. (3, 0, 11)."""
    with engine.connect() as conn:
        version = conn.execute(text("select rdb$get_context('SYSTEM', 'ENGINE_VERSION') from rdb$database")).scalar_one()
    return tuple(int(part) for part in str(version).strip().split("."))
