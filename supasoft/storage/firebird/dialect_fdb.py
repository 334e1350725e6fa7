"""SQLAlchemy dialect for the legacy fdb driver, because sqlalchemy-firebird 2.2 dropped firebird+fdb."""

from __future__ import annotations

import contextvars
from math import modf
from types import ModuleType
from typing import Any

from sqlalchemy.dialects import registry
from sqlalchemy.engine import URL
from sqlalchemy_firebird.base import FBDialect

DIALECT_NAME = "firebird.fdb"

# gds codes that mean the attachment is gone (same set as sqlalchemy_firebird.base.FBDialect.is_disconnect)
_DISCONNECT_GDS = frozenset({335544721, 335544726, 335544727, 335544856})

# fdb.connect() takes no DPB items, so the per-connect timeout reaches its attach hook through this variable
_connect_timeout: contextvars.ContextVar[int | None] = contextvars.ContextVar("fdb_connect_timeout", default=None)
_hook_installed = False


def _attach_hook(dsn: bytes, dpb: Any) -> None:
    """fdb HOOK_DATABASE_ATTACH_REQUEST: add isc_dpb_connect_timeout; returning None lets fdb attach."""
    timeout = _connect_timeout.get()
    if timeout and timeout > 0:
        from fdb.ibase import isc_dpb_connect_timeout

        dpb.add_integer_parameter(isc_dpb_connect_timeout, int(timeout))


def _install_hook(fdb: ModuleType) -> None:
    global _hook_installed
    if not _hook_installed:
        fdb.add_hook(fdb.HOOK_DATABASE_ATTACH_REQUEST, _attach_hook)
        _hook_installed = True


def _drop_statement(cursor: Any) -> None:
    """Free (DSQL_drop) the cursor's current prepared statement; fdb internals, best effort."""
    statement = getattr(cursor, "_ps", None)
    if statement is None:
        return
    try:
        statement._close()
    except Exception:  # dead weak proxy or lost connection: nothing left to free
        pass
    cursor._ps = None


def _whole_blobs(cursor: Any) -> None:
    """Fetch every BLOB as a whole value: above 64 KB fdb would hand out a BlobReader instead of the text."""
    if getattr(cursor, "_ps", None) is not None:
        cursor.set_stream_blob_treshold(-1)


class FBDialect_fdb(FBDialect):  # noqa: N801 - SQLAlchemy's naming convention for dialect classes
    """firebird+fdb://user:pw@host:port//abs/path.fdb?charset=UTF8[&connect_timeout=N]"""

    name = DIALECT_NAME
    driver = "fdb"
    supports_statement_cache = True

    @classmethod
    def import_dbapi(cls) -> ModuleType:
        import fdb

        _install_hook(fdb)
        return fdb

    def create_connect_args(self, url: URL) -> tuple[list[Any], dict[str, Any]]:
        opts = url.translate_connect_args(username="user")
        if opts.get("port"):
            opts["port"] = int(opts["port"])
        opts.update(url.query)
        if "connect_timeout" in opts:
            opts["connect_timeout"] = int(opts["connect_timeout"])
        return [], opts

    def connect(self, *cargs: Any, **cparams: Any) -> Any:
        token = _connect_timeout.set(cparams.pop("connect_timeout", None))
        try:
            return self.loaded_dbapi.connect(*cargs, **cparams)
        finally:
            _connect_timeout.reset(token)

    def _get_server_version_info(self, connection: Any) -> tuple[int, int]:
        minor, major = modf(connection.connection.dbapi_connection.engine_version)
        return int(major), int(round(minor * 10))

    # A failed statement's handle stays prepared while the traceback (a reference cycle) keeps it alive, and
    # the table stays "in use" for this attachment until gc runs: DROP TABLE then fails. Drop it at once.
    def do_execute(self, cursor: Any, statement: str, parameters: Any, context: Any = None) -> None:
        try:
            super().do_execute(cursor, statement, parameters, context)
        except Exception:
            _drop_statement(cursor)
            raise
        _whole_blobs(cursor)

    def do_executemany(self, cursor: Any, statement: str, parameters: Any, context: Any = None) -> None:
        try:
            super().do_executemany(cursor, statement, parameters, context)
        except Exception:
            _drop_statement(cursor)
            raise

    def do_execute_no_params(self, cursor: Any, statement: str, context: Any = None) -> None:
        try:
            super().do_execute_no_params(cursor, statement, context)
        except Exception:
            _drop_statement(cursor)
            raise
        _whole_blobs(cursor)

    def is_disconnect(self, e: Exception, connection: Any, cursor: Any) -> bool:
        # fdb errors carry (message, sqlcode, gdscode) in args; they have no .sqlcode/.gds_codes
        if isinstance(e, self.loaded_dbapi.DatabaseError) and len(e.args) >= 3:
            return e.args[1] == -902 and e.args[2] in _DISCONNECT_GDS
        return False


dialect = FBDialect_fdb


def register() -> None:
    """Make firebird+fdb:// URLs resolve to this dialect (idempotent)."""
    registry.register(DIALECT_NAME, __name__, "FBDialect_fdb")
