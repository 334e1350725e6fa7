"""Live Firebird: each error kind is produced on the real server, through both drivers, and classified."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

pytest.importorskip("sqlalchemy_firebird", reason="sqlalchemy-firebird not installed")

from sqlalchemy import Column, Integer, MetaData, Numeric, String, Table, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.exc import DBAPIError  # noqa: E402

from supasoft.storage.firebird.errors import classify  # noqa: E402

pytestmark = pytest.mark.firebird

TRICKY_CODE = "deadlock: object is in use"


def _fails(engine: Any, sql: str, params: dict[str, Any] | None = None) -> BaseException:
    with pytest.raises(DBAPIError) as err, engine.begin() as conn:
        result = conn.execute(text(sql), params or {})
        if result.returns_rows:
            result.all()  # a SELECT fails while fetching
    return err.value


def _connect_error(engine: Any) -> tuple[BaseException, float]:
    start = time.monotonic()
    with pytest.raises(DBAPIError) as err:
        engine.connect().close()
    return err.value, time.monotonic() - start


@pytest.fixture
def tables(engine: Any, table_name: str) -> Iterator[tuple[str, str]]:
    """A parent table (id, code unique, name not null, amount) with one row, and a child referencing it."""
    # the stored code reads like other errors' texts: the classifier must ignore quoted key values
    parent, child = table_name, table_name + "_c"
    with engine.begin() as conn:
        conn.execute(text(f"create table {parent} (id integer primary key, code varchar(40) unique,"
                          f" name varchar(10) not null, amount numeric(18,2))"))
    with engine.begin() as conn:
        conn.execute(text(f"create table {child} (id integer primary key, pid integer references {parent}(id))"))
    with engine.begin() as conn:
        conn.execute(text(f"insert into {parent} values (1, :code, 'one', 1)"), {"code": TRICKY_CODE})
        conn.execute(text(f"insert into {child} values (1, 1)"))
    yield parent, child
    engine.dispose()
    with engine.begin() as conn:
        conn.execute(text(f"drop table {child}"))


def test_constraint_errors(engine: Any, tables: tuple[str, str]) -> None:
    parent, child = tables
    assert classify(_fails(engine, f"insert into {parent} values (1, 'b', 'dup pk', 0)")) == "unique_violation"
    err = _fails(engine, f"insert into {parent} values (2, :code, 'x', 0)", {"code": TRICKY_CODE})
    assert TRICKY_CODE in str(err.orig)
    assert classify(err) == "unique_violation"
    assert classify(_fails(engine, f"insert into {parent} (id, code) values (3, 'c')")) == "not_null"
    assert classify(_fails(engine, f"insert into {child} values (2, 99)")) == "foreign_key"
    assert classify(_fails(engine, f"delete from {parent} where id = 1")) == "foreign_key"


def test_value_errors(engine: Any, tables: tuple[str, str]) -> None:
    parent, _ = tables
    err = _fails(engine, f"insert into {parent} (id, name) values (4, :name)", {"name": "Длинное имя, больше 10"})
    assert classify(err) == "string_truncation"
    assert classify(_fails(engine, "select cast(1e20 as numeric(18,2)) from rdb$database")) == "numeric_overflow"
    assert classify(_fails(engine, f"update {parent} set amount = 9000000000000000.00 * 100")) == "numeric_overflow"
    # a parameter too big for NUMERIC(18,2) fails in the client: fdb raises a DBAPI ProgrammingError,
    # firebird-driver a plain ValueError that SQLAlchemy does not wrap
    t = Table(parent, MetaData(), Column("id", Integer, primary_key=True), Column("name", String(10)),
              Column("amount", Numeric(18, 2)))
    with pytest.raises((DBAPIError, ValueError)) as err, engine.begin() as conn:
        conn.execute(t.insert().values(id=5, name="big", amount=Decimal(10) ** 17))
    assert classify(err.value) == "numeric_overflow"
    assert classify(_fails(engine, "select 1/0 from rdb$database")) == "other"


def test_update_conflict_between_two_connections(make_engine: Any, tables: tuple[str, str]) -> None:
    parent, _ = tables
    first, second = make_engine(lock_timeout=1), make_engine(lock_timeout=1)
    with first.connect() as a, second.connect() as b:
        a.execute(text(f"update {parent} set name = 'by a' where id = 1"))
        start = time.monotonic()
        with pytest.raises(DBAPIError) as err:
            b.execute(text(f"update {parent} set name = 'by b' where id = 1"))
        waited = time.monotonic() - start
        b.rollback()
        a.commit()
    assert classify(err.value) == "update_conflict"
    assert waited < 3, f"lock timeout 1 s, waited {waited:.1f} s"
    with first.connect() as conn:
        assert conn.execute(text(f"select name from {parent} where id = 1")).scalar_one() == "by a"


def test_nowait_conflict_fails_at_once(make_engine: Any, tables: tuple[str, str]) -> None:
    parent, _ = tables
    first, second = make_engine(lock_timeout=1), make_engine(lock_timeout=0)
    with first.connect() as a, second.connect() as b:
        a.execute(text(f"update {parent} set name = 'by a' where id = 1"))
        start = time.monotonic()
        with pytest.raises(DBAPIError) as err:
            b.execute(text(f"update {parent} set name = 'by b' where id = 1"))
        assert time.monotonic() - start < 0.5
        b.rollback()
        a.rollback()
    assert classify(err.value) == "update_conflict"


def test_drop_of_a_table_in_use_fails_after_lock_timeout(make_engine: Any, tables: tuple[str, str]) -> None:
    _, child = tables
    reader, admin = make_engine(lock_timeout=1), make_engine(lock_timeout=1)
    with reader.connect() as r:
        r.execute(text(f"select * from {child}")).all()  # open transaction that uses the table
        start = time.monotonic()
        with pytest.raises(DBAPIError) as err, admin.begin() as conn:
            conn.execute(text(f"drop table {child}"))
        assert time.monotonic() - start < 4
        r.rollback()
    assert classify(err.value) == "object_in_use"


def test_table_can_be_dropped_after_a_failed_statement(engine: Any, table_name: str) -> None:
    """fdb kept a failed statement prepared until gc, so the same attachment saw the table "in use"."""
    with engine.begin() as conn:
        conn.execute(text(f"create table {table_name} (id integer primary key)"))
    with engine.begin() as conn:
        conn.execute(text(f"insert into {table_name} values (1)"))
    assert classify(_fails(engine, f"insert into {table_name} values (1)")) == "unique_violation"
    with engine.begin() as conn:
        conn.execute(text(f"drop table {table_name}"))


def test_wrong_password(make_engine: Any, fb_url: str) -> None:
    url = make_url(fb_url).set(password="definitely-wrong")
    err, _ = _connect_error(make_engine(url))
    assert classify(err) == "auth_failed"


def test_missing_database(make_engine: Any, fb_url: str) -> None:
    url = make_url(fb_url)
    missing = url.set(database=url.database.rsplit("/", 1)[0] + f"/missing_{uuid.uuid4().hex[:8]}.fdb")
    err, _ = _connect_error(make_engine(missing))
    assert classify(err) == "database_missing"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_server_down_fails_fast(make_engine: Any, fb_url: str) -> None:
    url = make_url(fb_url).set(host="127.0.0.1", port=_free_port())
    err, elapsed = _connect_error(make_engine(url, connect_timeout=3))
    assert classify(err) == "server_down"
    assert elapsed < 4


def test_hung_server_fails_after_connect_timeout(make_engine: Any, fb_url: str) -> None:
    """A port that accepts TCP but never answers (a hung server): without a timeout this waits ~200 s."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        url = make_url(fb_url).set(host="127.0.0.1", port=listener.getsockname()[1])
        err, elapsed = _connect_error(make_engine(url, connect_timeout=2))
    finally:
        stop.set()
        thread.join()
        for sock in [*accepted, listener]:
            sock.close()
    assert classify(err) == "server_down"
    assert 1.5 < elapsed < 6, elapsed


def test_killed_attachment_is_a_disconnect_and_the_pool_recovers(make_engine: Any) -> None:
    engine, admin = make_engine(), make_engine()
    with engine.connect() as conn:
        attachment = conn.execute(text("select current_connection from rdb$database")).scalar_one()
        with admin.begin() as a:
            a.execute(text("delete from mon$attachments where mon$attachment_id = :id"), {"id": attachment})
        with pytest.raises(DBAPIError) as err:
            conn.execute(text("select 1 from rdb$database")).all()
    assert classify(err.value) == "server_down"
    assert err.value.connection_invalidated  # is_disconnect recognised it (the fdb shim reads args)
    with engine.connect() as conn:
        assert conn.execute(text("select 1 from rdb$database")).scalar_one() == 1


@pytest.fixture
def limited_user(engine: Any, fb_url: str) -> Iterator[tuple[str, str]]:
    """A server user with no rights in the test database (users are server-wide: dropped afterwards)."""
    if (make_url(fb_url).username or "").upper() != "SYSDBA":
        pytest.skip("needs SYSDBA to create a user")
    name, password = f"supasoft_t_{uuid.uuid4().hex[:8]}", "pw-" + uuid.uuid4().hex[:8]
    with engine.begin() as conn:
        conn.execute(text(f"create user {name} password '{password}'"))
    yield name, password
    engine.dispose()
    with engine.begin() as conn:
        conn.execute(text(f"drop user {name}"))


def test_no_permission(make_engine: Any, fb_url: str, tables: tuple[str, str], limited_user: tuple[str, str]) -> None:
    parent, _ = tables
    name, password = limited_user
    staff = make_engine(make_url(fb_url).set(username=name, password=password))
    assert classify(_fails(staff, f"select * from {parent}")) == "no_permission"
    assert classify(_fails(staff, f"create table {parent}_s (id integer)")) == "no_permission"
