"""Live Firebird: creating databases, who is connected, table formats, and SIGTERM still ending the process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("sqlalchemy_firebird", reason="sqlalchemy-firebird not installed")

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from supasoft.storage.firebird.ddl_rules import (  # noqa: E402
    FIREBIRD_MAX_IDENTIFIER,
    connected_users,
    table_format_count,
)
from supasoft.storage.firebird.engine import create_firebird_database  # noqa: E402

pytestmark = pytest.mark.firebird

REPO = Path(__file__).resolve().parents[3]


def _drop_database(url: str) -> None:
    """DROP DATABASE through the raw driver (the server may be remote, so no file removal)."""
    from supasoft.storage.firebird.engine import create_firebird_engine

    engine = create_firebird_engine(url)
    try:
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        cparams.pop("connect_timeout", None)
        engine.dialect.loaded_dbapi.connect(*cargs, **cparams).drop_database()
    finally:
        engine.dispose()


@pytest.fixture
def new_db_url(fb_url: str) -> Iterator[str]:
    """URL of a database that does not exist yet, beside the test database; dropped afterwards if created."""
    url = make_url(fb_url)
    path = url.database.rsplit("/", 1)[0] + f"/created_{uuid.uuid4().hex[:10]}.fdb"
    new_url = url.set(database=path).render_as_string(hide_password=False)
    yield new_url
    try:
        _drop_database(new_url)
    except Exception:  # never created (the test failed early)
        pass


def test_create_database(make_engine: Any, new_db_url: str) -> None:
    create_firebird_database(new_db_url)
    engine = make_engine(new_db_url)
    with engine.connect() as conn:
        page_size = conn.execute(text("select mon$page_size from mon$database")).scalar_one()
        charset = conn.execute(text("select rdb$character_set_name from rdb$database")).scalar_one()
        tables = conn.execute(text("select count(*) from rdb$relations where rdb$system_flag = 0")).scalar_one()
    assert (page_size, charset.strip(), tables) == (16384, "UTF8", 0)
    with engine.begin() as conn:
        conn.execute(text("create table t (name varchar(20))"))
    with engine.begin() as conn:
        conn.execute(text("insert into t values ('Świętość — Ёлка')"))
    with engine.connect() as conn:
        assert conn.execute(text("select name from t")).scalar_one() == "Świętość — Ёлка"
    engine.dispose()
    with pytest.raises(FileExistsError, match="already exists"):
        create_firebird_database(new_db_url)


def test_connected_users_lists_this_connection(make_engine: Any) -> None:
    engine, other = make_engine(), make_engine()
    with engine.connect() as conn, other.connect() as conn2:
        me = conn.execute(text("select current_connection from rdb$database")).scalar_one()
        you = conn2.execute(text("select current_connection from rdb$database")).scalar_one()
        users = connected_users(conn)
    by_id = {u["attachment_id"]: u for u in users}
    assert me in by_id and you in by_id
    mine = by_id[me]
    assert mine["is_current"] and not by_id[you]["is_current"]
    assert mine["user"] == (make_url(engine.url).username or "").upper()
    assert mine["remote_host"] == "127.0.0.1" and mine["remote_address"].startswith("127.0.0.1")
    assert mine["pid"] == os.getpid() and "python" in mine["process"].lower()
    assert mine["attached_since"] is not None


def test_table_format_count(engine: Any, table_name: str) -> None:
    with engine.begin() as conn:
        conn.execute(text(f"create table {table_name} (id integer primary key)"))
    counts = []
    for sql in (f"alter table {table_name} add a integer", f"alter table {table_name} alter a type bigint",
                f"alter table {table_name} drop a"):
        with engine.connect() as conn:
            counts.append(table_format_count(conn, table_name))
        with engine.begin() as conn:
            conn.execute(text(sql))
    with engine.connect() as conn:
        counts.append(table_format_count(conn, table_name.upper()))  # stored name works too
        with pytest.raises(LookupError):
            table_format_count(conn, "no_such_table_here")
    assert counts == [1, 2, 3, 4]


def test_long_identifiers_are_refused(engine: Any, table_name: str) -> None:
    ok, too_long = "c" * FIREBIRD_MAX_IDENTIFIER, "c" * (FIREBIRD_MAX_IDENTIFIER + 1)
    with engine.begin() as conn:
        conn.execute(text(f"create table {table_name} ({ok} integer)"))
    with pytest.raises(Exception, match="(?i)name longer than database column size"), engine.begin() as conn:
        conn.execute(text(f"alter table {table_name} add {too_long} integer"))


CHILD = """
import sys, time
from sqlalchemy import text
from supasoft.storage.firebird.engine import create_firebird_engine
engine = create_firebird_engine(sys.argv[1], connect_timeout=5)
with engine.connect() as conn:
    conn.execute(text("select 1 from rdb$database")).all()
    print("ready", flush=True)
    time.sleep(30)
print("survived", flush=True)
"""


def test_sigterm_still_ends_the_process(fb_url: str) -> None:
    """libfbclient swallows SIGTERM once attached (quirk Q9); the engine puts Python's handler back."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen([sys.executable, "-c", CHILD, fb_url], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=10) == -signal.SIGTERM
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
