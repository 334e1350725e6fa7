"""Read-only commands never change a file: a file that is not a Supasoft database is refused and left
byte-identical (bytes, mtime, no -wal/-shm/-journal beside it); only `init` creates, and only in a new or
empty file. The desktop app's startup refuses such a file the same way."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.cli_run import admin, admin_process, assert_refused

NOT_OURS = "is not a Supasoft database"


def _other_program_db(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('Zoë'), ('Łukasz')")
    conn.close()


def _other_program_wal_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()


def _sqlite_without_tables(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()


def _damaged(path: Path, *, wal: bool) -> None:
    """A valid SQLite header (WAL or rollback mode) followed by garbage pages."""
    source = path.with_name("source.db")
    conn = sqlite3.connect(source)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE sys_schema_version (version_num TEXT)")
    conn.commit()
    conn.close()
    data = source.read_bytes()
    source.unlink()
    path.write_bytes(data[:100] + b"\xff" * (max(len(data), 8192) - 100))


FILES: dict[str, Callable[[Path], None]] = {
    "other program's SQLite": _other_program_db,
    "other program's SQLite in WAL mode": _other_program_wal_db,
    "SQLite without tables": _sqlite_without_tables,
    "empty file": lambda p: p.write_bytes(b""),
    "text file": lambda p: p.write_text("name;phone\nAnna;123\n", encoding="utf-8"),
    "binary junk": lambda p: p.write_bytes(bytes(range(256)) * 64),
    "damaged WAL-mode file": lambda p: _damaged(p, wal=True),
    "damaged rollback-mode file": lambda p: _damaged(p, wal=False),
}
COMMANDS = (["info"], ["info", "--json"], ["check"], ["config", "export", "OUT"])


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the folder with its bytes and modification time (ns)."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _make(tmp_path: Path, kind: str) -> tuple[Path, dict[str, tuple[bytes, int]]]:
    folder = tmp_path / "data"
    folder.mkdir()
    file = folder / "crm.db"
    FILES[kind](file)
    past = 1_600_000_000_000_000_000  # an old mtime, so a rewrite in the same second would still show
    os.utime(file, ns=(past, past))
    return file, _snapshot(folder)


@pytest.mark.parametrize("kind", list(FILES))
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_read_only_commands_refuse_and_leave_the_file_byte_identical(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, command: list[str]) -> None:
    file, before = _make(tmp_path, kind)
    out_file = tmp_path / "structure.json"
    argv = [str(out_file) if part == "OUT" else part for part in command]
    code, out, err = admin(capsys, "--database", str(file), *argv)
    assert_refused(code, err, NOT_OURS)
    assert "left unchanged" in err and out == ""
    assert ("restore a backup" in err) == kind.startswith("damaged")
    assert _snapshot(file.parent) == before, "the file changed or a -wal/-shm/-journal file appeared"
    assert not out_file.exists()


@pytest.mark.parametrize("kind", [k for k in FILES if k not in ("empty file", "SQLite without tables")])
def test_init_refuses_a_file_that_holds_something_else(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    file, before = _make(tmp_path, kind)
    code, _, err = admin(capsys, "--database", str(file), "init")
    assert_refused(code, err, NOT_OURS)
    assert _snapshot(file.parent) == before


@pytest.mark.parametrize("kind", ["empty file", "SQLite without tables"])
def test_only_init_creates_in_an_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    file, _ = _make(tmp_path, kind)
    code, out, err = admin(capsys, "--database", str(file), "init", "--template", "empty")
    assert code == 0 and "Created" in out, err
    code, out, err = admin(capsys, "--database", str(file), "info")
    assert code == 0, err


def test_a_database_open_in_another_session_is_read_through_its_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """While the app has the file open (a -wal beside it), info reads it, new tables in the log included."""
    from supasoft.services.session import open_session
    from supasoft.services.setup import initialize

    db = tmp_path / "crm.db"
    other = open_session(db)
    try:
        initialize(other, "lite")
        assert Path(f"{db}-wal").exists()
        code, out, err = admin(capsys, "--database", str(db), "info", "--json")
        assert code == 0, err
        assert '"Clients"' in out
    finally:
        other.close()


def test_a_supasoft_backup_is_not_confused_with_another_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """restore refuses another program's file as a backup: it would replace the database with foreign tables."""
    db = tmp_path / "crm.db"
    assert admin(capsys, "--database", str(db), "init", "--template", "empty")[0] == 0
    foreign = tmp_path / "foreign.db"
    _other_program_db(foreign)
    before = db.read_bytes()
    code, _, err = admin(capsys, "--database", str(db), "restore", str(foreign))
    assert_refused(code, err, NOT_OURS)
    assert db.read_bytes() == before


def test_refusal_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    file, before = _make(tmp_path, "other program's SQLite")
    done = admin_process("--database", str(file), "config", "export", str(tmp_path / "x.json"))
    assert_refused(done.returncode, done.stderr, NOT_OURS)
    assert _snapshot(file.parent) == before


@pytest.mark.parametrize("kind", ["other program's SQLite", "empty file", "text file"])
def test_the_desktop_app_refuses_without_changing_the_file(tmp_path: Path, kind: str) -> None:
    """Opening a file by name (--database or File → Open) goes through shell.startup.open_target."""
    from supasoft.core.errors import DatabaseOpenError
    from supasoft.settings import Settings
    from supasoft.shell.startup import Target, open_target, target_for

    file, before = _make(tmp_path, kind)
    target = target_for(Settings(), str(file))
    assert target == Target(file)
    with pytest.raises(DatabaseOpenError, match=NOT_OURS):
        open_target(target, Settings())
    assert _snapshot(file.parent) == before


def test_the_desktop_app_refuses_another_program_file_at_the_configured_path(tmp_path: Path) -> None:
    """Even where the app may create (the configured file on first start), a foreign file is not taken over."""
    from supasoft.core.errors import DatabaseOpenError
    from supasoft.settings import load_settings
    from supasoft.shell.startup import open_target, target_for

    file, before = _make(tmp_path, "other program's SQLite")
    ini = tmp_path / "client.ini"
    ini.write_text(f"[Database]\nEngine=sqlite\nPath={file}\n", encoding="utf-8")
    settings = load_settings(ini)
    target = target_for(settings, None)
    assert target.create
    with pytest.raises(DatabaseOpenError, match=NOT_OURS):
        open_target(target, settings)
    assert _snapshot(file.parent) == before


# --- Firebird: a server database without Supasoft's system tables ---------------------------------------
@pytest.fixture
def foreign_fdb(backend: str, request: pytest.FixtureRequest) -> str:
    """An empty database on the real server (as another program would create): no Supasoft tables."""
    if backend == "sqlite":
        pytest.skip("a server database")
    from supasoft.storage.firebird.engine import create_firebird_database

    databases = request.getfixturevalue("firebird_databases")
    base = os.environ["SUPASOFT_FB_URL" if backend == "firebird" else "SUPASOFT_FB_FDB_URL"]
    file = databases._folder(base) / f"foreign-{uuid.uuid4().hex[:10]}.fdb"
    url = databases.url_for(base, file)
    create_firebird_database(url)
    request.addfinalizer(lambda: file.unlink(missing_ok=True))
    return url


def _user_tables(url: str) -> list[str]:
    from sqlalchemy import text

    from supasoft.storage.firebird.server_tools import ServerTarget, open_engine

    engine = open_engine(ServerTarget.parse(url))
    try:
        with engine.connect() as conn:
            return [r[0].strip() for r in conn.execute(text(
                "select rdb$relation_name from rdb$relations where coalesce(rdb$system_flag, 0) = 0"))]
    finally:
        engine.dispose()


@pytest.mark.all_backends
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_firebird_database_without_supasoft_tables_is_refused_untouched(
        foreign_fdb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    argv = [str(tmp_path / "x.json") if part == "OUT" else part for part in command]
    code, out, err = admin(capsys, "--database", foreign_fdb, *argv)
    assert_refused(code, err, NOT_OURS)
    assert "masterkey" not in err
    assert _user_tables(foreign_fdb) == []
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("kind", ["other program's SQLite in WAL mode", "empty file"])
def test_the_desktop_program_refuses_in_a_real_process(tmp_path: Path, kind: str) -> None:
    """`supasoft --database FILE --selftest`: exit 1 with the message, and the file untouched."""
    import subprocess
    import sys

    from tests.cli.cli_run import REPO

    file, before = _make(tmp_path, kind)
    done = subprocess.run([sys.executable, "-m", "supasoft.app", "--selftest", "--database", str(file)], cwd=REPO,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1 and NOT_OURS in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert _snapshot(file.parent) == before
