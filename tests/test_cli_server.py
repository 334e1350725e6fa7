"""`supasoft-admin server ...` against the real Firebird server: create, upgrade, users, backup/restore, validate,
rebuild (refused while someone else is connected), accounts, and clear errors without tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

FB_URL = os.environ.get("SUPASOFT_FB_URL", "")
pytestmark = [
    pytest.mark.firebird,
    pytest.mark.skipif(not FB_URL, reason="SUPASOFT_FB_URL is not set (bash scripts/firebird-server.sh start; "
                                          "eval \"$(bash scripts/firebird-server.sh env)\")"),
]

REPO = Path(__file__).resolve().parents[1]


def cli(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from supasoft.cli_server import main

    code = main(["server", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _url_for(stem: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(FB_URL)
    folder = url.database.rsplit("/", 1)[0]  # the server's user can write here (notes Q11)
    return url.set(database=f"{folder}/{stem}_{uuid.uuid4().hex[:10]}.fdb").render_as_string(hide_password=False)


def _drop(url: str) -> None:
    from supasoft.storage.firebird.server_tools import ServerTarget, ServerToolError, drop_database

    try:
        drop_database(ServerTarget.parse(url))
    except ServerToolError:
        pass


@pytest.fixture(scope="module")
def crm_url() -> Iterator[str]:
    """One database created through the CLI with the Lite template, shared by the tests below."""
    from supasoft.cli_server import main

    url = _url_for("cli")
    try:
        assert main(["server", "create", url, "--template", "lite"]) == 0
        yield url
    finally:
        _drop(url)


def _table_rows(url: str) -> dict[str, int]:
    from sqlalchemy import text

    from supasoft.storage.firebird.server_tools import ServerTarget, open_engine

    engine = open_engine(ServerTarget.parse(url))
    try:
        with engine.connect() as conn:
            names = [n.strip() for n in conn.execute(text(
                "select rdb$relation_name from rdb$relations where rdb$system_flag = 0")).scalars()]
            return {n: conn.execute(text(f'select count(*) from "{n}"')).scalar() for n in names}
    finally:
        engine.dispose()


def test_create_made_system_tables_and_template(crm_url: str) -> None:
    from supasoft.services.session import open_session

    session = open_session(crm_url, create=False)
    try:
        assert session.storage.get_info("template") == "lite"
        assert session.configuration.config.objects
    finally:
        session.close()
    rows = _table_rows(crm_url)
    assert "SYS_CONFIG" in rows and any(name.startswith("T_") for name in rows)


def test_create_refuses_an_existing_database(crm_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli("create", crm_url, capsys=capsys)
    assert code == 1 and "already exists" in err and "Traceback" not in err


def test_upgrade_and_users(crm_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli("upgrade", crm_url, capsys=capsys)
    assert code == 0 and "Up to date" in out
    code, out, _ = cli("users", crm_url, capsys=capsys)
    assert code == 0 and "SYSDBA from 127.0.0.1" in out and "(this command)" in out
    code, out, _ = cli("users", crm_url, "--json", capsys=capsys)
    assert code == 0 and '"is_current": true' in out


def test_backup_restore_validate(crm_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from supasoft.services.session import open_session

    session = open_session(crm_url, create=False)  # some records, so rows are compared too
    try:
        obj = session.configuration.config.objects[0]
        first_field = next(f for f in obj.fields if f.type == "string")
        session.records.insert_many(obj.id, [{first_field.id: f"Łódź {i}"} for i in range(3)])
    finally:
        session.close()
    before = _table_rows(crm_url)
    fbk = tmp_path / "crm.fbk"
    code, out, _ = cli("backup", crm_url, str(fbk), capsys=capsys)
    assert code == 0 and fbk.stat().st_size > 0 and "Backed up" in out
    copy = _url_for("cli_restored")
    try:
        code, out, err = cli("restore", str(fbk), copy, capsys=capsys)
        assert code == 0, err
        assert _table_rows(copy) == before
        code, out, _ = cli("validate", copy, capsys=capsys)
        assert code == 0 and "clean" in out
        code, _, err = cli("restore", str(fbk), copy, capsys=capsys)
        assert code == 1 and "already exists" in err
    finally:
        _drop(copy)


def test_rebuild_refuses_while_someone_is_connected(crm_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from supasoft.services.session import open_session

    other = open_session(crm_url, create=False)
    try:
        with other.storage.connect() as conn:  # an attachment of "another user"
            from sqlalchemy import text

            conn.execute(text("select 1 from rdb$database")).scalar()
            code, _, err = cli("rebuild", crm_url, capsys=capsys)
        assert code == 1 and "Other users are connected" in err and "SYSDBA from 127.0.0.1" in err
    finally:
        other.close()
    code, out, err = cli("rebuild", crm_url, capsys=capsys)
    assert code == 0 and "now 1" in out, err


def test_accounts_through_the_cli(crm_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"SS_CLI_{uuid.uuid4().hex[:8].upper()}"
    monkeypatch.setenv("SUPASOFT_NEW_PASSWORD", "cli pw ' x")
    code, out, err = cli("account", "add", crm_url, name, capsys=capsys)
    try:
        assert code == 0 and "role=SUPASOFT_STAFF" in out, err
        code, out, _ = cli("account", "list", crm_url, capsys=capsys)
        assert code == 0 and f"{name}" in out and "staff" in out
        code, out, _ = cli("grants", crm_url, capsys=capsys)
        assert code == 0 and "(0 grant statement(s) run)" in out
    finally:
        code, out, err = cli("account", "drop", crm_url, name, capsys=capsys)
        assert code == 0, err


def test_password_from_the_environment(crm_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(crm_url)
    monkeypatch.setenv("SUPASOFT_SERVER_PASSWORD", url.password)
    bare = url.set(password=None).render_as_string(hide_password=False)
    code, out, err = cli("users", bare, capsys=capsys)
    assert code == 0, err


@pytest.mark.parametrize(("change", "message"), [
    ({"password": "wrong"}, "wrong user name or password"),
    ({"port": 3059}, "Cannot reach the Firebird server"),
])
def test_errors_are_one_line_on_stderr(crm_url: str, change: dict, message: str) -> None:
    """A real process: exit 1, the message on stderr, no traceback, quickly."""
    from sqlalchemy.engine import make_url

    url = make_url(crm_url).set(**change).render_as_string(hide_password=False)
    for argv in (["users", url], ["backup", url, "/tmp/never.fbk"], ["validate", url], ["upgrade", url]):
        done = subprocess.run([sys.executable, "-m", "supasoft.cli_server", "server", *argv], cwd=REPO,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 1, (argv, done.stdout, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_missing_database(capsys: pytest.CaptureFixture[str]) -> None:
    url = _url_for("never_created")
    for argv in (["users", url], ["validate", url], ["rebuild", url]):
        code, _, err = cli(*argv, capsys=capsys)
        assert code == 1 and "There is no database" in err, (argv, err)


def _client_ini(tmp_path: Path, url: str) -> Path:
    """A networked-edition client.ini pointing at the database of url (no credentials: they are asked for)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    driver = "fdb" if parsed.drivername.endswith("fdb") else "firebird-driver"
    ini = tmp_path / "client.ini"
    ini.write_text(f"[Database]\nEngine=firebird\nServer={parsed.host}\nPort={parsed.port or 3050}\n"
                   f"Path={parsed.database}\nDriver={driver}\n", encoding="utf-8")
    return ini


def test_admin_commands_through_client_ini_pick_the_account_role(crm_url: str, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the desktop login: RDB$ADMIN when the account holds it, else the staff role; the password is asked."""
    from sqlalchemy.engine import make_url

    from supasoft.cli import main

    ini = _client_ini(tmp_path, crm_url)
    url = make_url(crm_url)
    monkeypatch.delenv("SUPASOFT_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--config", str(ini), "--user", url.username, "info"]) == 1
    err = capsys.readouterr().err
    assert "A server database needs the password of the server account" in err and "Traceback" not in err
    assert main(["--config", str(ini), "--user", url.username, "--password", url.password, "info", "--json"]) == 0
    assert '"edition": "networked"' in capsys.readouterr().out
    name = f"SS_INI_{uuid.uuid4().hex[:8].upper()}"
    monkeypatch.setenv("SUPASOFT_NEW_PASSWORD", "staff pw 1")
    code, _, err = cli("account", "add", crm_url, name, capsys=capsys)
    assert code == 0, err
    try:
        monkeypatch.setenv("SUPASOFT_PASSWORD", "staff pw 1")  # the password need not be on the command line
        assert main(["--config", str(ini), "--user", name.lower(), "info", "--json"]) == 0, capsys.readouterr().err
        assert '"Clients"' in capsys.readouterr().out
        assert main(["--config", str(ini), "--user", name.lower(), "--password", "wrong", "info"]) == 1
        err = capsys.readouterr().err
        assert "refused the user name or password" in err and "Traceback" not in err
    finally:
        assert cli("account", "drop", crm_url, name, capsys=capsys)[0] == 0


def test_info_on_a_server_url_in_a_real_process(crm_url: str) -> None:
    """It crashed with "'str' object is not callable" (display_url is a property)."""
    done = subprocess.run([sys.executable, "-m", "supasoft.cli", "--database", crm_url, "info"], cwd=REPO,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "networked edition (firebird)" in done.stdout and "***@" in done.stdout and "Traceback" not in done.stderr


def test_output_closed_by_a_pipe(crm_url: str) -> None:
    """`supasoft-admin server users URL | head -1` with the reader gone: exit 1, nothing on stderr."""
    process = subprocess.Popen([sys.executable, "-m", "supasoft.cli", "server", "users", crm_url, "--json"], cwd=REPO,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1
    assert err == "", err
