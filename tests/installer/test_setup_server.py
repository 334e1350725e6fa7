"""installer/server/setup-server.sh against the real Firebird server on 127.0.0.1: a fresh database path, the
install step skipped (Firebird is there), the server never stopped or reconfigured."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from supasoft.services.session import open_session
from supasoft.settings import load_settings

FB_URL = os.environ.get("SUPASOFT_FB_URL", "")
pytestmark = [
    pytest.mark.firebird,
    pytest.mark.skipif(not FB_URL, reason="SUPASOFT_FB_URL is not set (bash scripts/firebird-server.sh start; "
                                          "eval \"$(bash scripts/firebird-server.sh env)\")"),
]
REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "installer" / "server" / "setup-server.sh"
ADMIN_PASSWORD = "Office-Adm1n-Pass"


@pytest.fixture
def fresh() -> Iterator[tuple[str, str]]:
    """A database path nobody uses and an administrator name nobody has; both removed afterwards."""
    url = make_url(FB_URL)
    folder = url.database.rsplit("/", 1)[0]  # the server's user may write here
    path = f"{folder}/setup_{uuid.uuid4().hex[:10]}.fdb"
    admin = f"boss_{uuid.uuid4().hex[:8]}"
    yield path, admin
    from supasoft.storage.engine import open_engine
    from supasoft.storage.firebird import accounts
    from supasoft.storage.firebird.server_tools import ServerTarget, ServerToolError, drop_database

    target = url.set(database=path).render_as_string(hide_password=False)
    try:
        database = open_engine(target, create=False)
        with database.engine.begin() as conn:
            accounts.drop_account(conn, admin)
        database.dispose()
    except Exception:  # noqa: BLE001 - the account may not exist when the script failed early
        pass
    try:
        drop_database(ServerTarget.parse(target))
    except ServerToolError:
        pass


def run_setup(*args: str) -> subprocess.CompletedProcess[str]:
    url = make_url(FB_URL)
    env = {**os.environ, "SUPASOFT_SERVER_PASSWORD": url.password or "", "SUPASOFT_NEW_PASSWORD": ADMIN_PASSWORD}
    return subprocess.run(["bash", str(SCRIPT), "--no-install", "--port", str(url.port or 3050), *args],
                          capture_output=True, text=True, env=env, timeout=600, stdin=subprocess.DEVNULL)


def staff_ini(output: str, folder: Path) -> Path:
    """The client.ini lines the script printed, as a file the program reads."""
    lines = output[output.index("[Database]"):].splitlines()
    ini = folder / "client.ini"
    ini.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ini


def test_setup_creates_the_ready_crm_the_administrator_and_prints_client_ini(fresh, tmp_path: Path) -> None:
    path, admin = fresh
    result = run_setup("--admin", admin, "--database", path, "--lan", "192.168.7.0/24", "--host", "crm.office.lan")
    assert result.returncode == 0, result.stderr
    assert "install step skipped" in result.stderr
    assert "sudo ufw allow from 192.168.7.0/24 to any port" in result.stdout  # printed, not applied
    settings = load_settings(staff_ini(result.stdout, tmp_path))
    assert (settings.engine, settings.server, settings.path) == ("firebird", "crm.office.lan", path)
    assert not settings.show_configurator and not settings.show_access
    # the administrator logs in with the server account and works as the Supasoft user of the same name
    url = make_url(FB_URL).set(username=admin, password=ADMIN_PASSWORD, database=path,
                               query={"charset": "UTF8", "role": "RDB$ADMIN"})
    session = open_session(url.render_as_string(hide_password=False), create=False)
    try:
        assert session.needs_login and session.sign_on_server_account()
        assert session.access.allowed("configure")
        assert session.configuration.config.objects  # the ready CRM
    finally:
        session.close()


def test_setup_from_a_free_edition_file_keeps_its_records(fresh, tmp_path: Path) -> None:
    from supasoft.services.setup import initialize

    path, admin = fresh
    free = open_session(tmp_path / "free.db")
    try:
        initialize(free, "lite", demo=True, language="en")
        first = free.configuration.config.objects[0]
        before = free.records.count(first.id)
        assert before > 0
    finally:
        free.close()
    result = run_setup("--admin", admin, "--database", path, "--from-sqlite", str(tmp_path / "free.db"))
    assert result.returncode == 0, result.stderr
    assert "[Database]" in result.stdout and "ufw" not in result.stdout
    url = make_url(FB_URL).set(username=admin, password=ADMIN_PASSWORD, database=path,
                               query={"charset": "UTF8", "role": "RDB$ADMIN"})
    session = open_session(url.render_as_string(hide_password=False), create=False)
    try:
        assert session.sign_on_server_account()
        assert [o.id for o in session.configuration.config.objects][0] == first.id
        assert session.records.count(first.id) == before
    finally:
        session.close()


def test_bad_input_is_refused_in_one_line_before_anything_happens(fresh) -> None:
    path, admin = fresh
    for args, words in ((("--database", path), "--admin NAME is required"),
                        (("--admin", "x y", "--database", path), "--admin: use letters"),
                        (("--admin", admin, "--lan", "office"), "--lan must be a network"),
                        (("--admin", admin, "--from-sqlite", "/nonexistent.db"), "no such file")):
        result = run_setup(*args)
        assert result.returncode == 1 and words in result.stderr, result.stderr
