"""The admin CLI respects rights: once a database has users every command logs in (--user/--password, the
SUPASOFT_PASSWORD variable, or a prompt in a terminal) and the services check the rights it needs; on SQLite
and on the real Firebird server (both drivers), `config export` included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from supasoft.services.session import Session
from tests.cli.cli_run import admin, admin_process, assert_refused

pytestmark = pytest.mark.all_backends

ADMIN_PW, STAFF_PW, NOBODY_PW = "Admin-password-1", "Staff-password-1", "Nobody-password-1"
LOGIN_HINT = "This database has users: give --user and --password"
NO_STRUCTURE = "You do not have the right to change the structure."


@pytest.fixture
def target(lite: Session) -> Iterator[str]:
    """A Lite database with users: boss (administrator), staff (reads Clients only), nobody (no rights)."""
    users = lite.users
    users.create_user("boss", ADMIN_PW)  # the first user is the administrator, and the session works as them
    if lite.actor.user_id is None:  # services before single sign-on of the first user
        lite.login("boss", ADMIN_PW)
    staff = users.create_user("staff", STAFF_PW)
    users.create_user("nobody", NOBODY_PW)
    clients = lite.configuration.config.object_by_name("Client")
    users.grant(("user", staff), clients.id, "read")
    yield lite.storage.database.url if lite.storage.kind == "firebird" else str(lite.storage.database.path)


def as_user(who: str, password: str) -> list[str]:
    return ["--user", who, "--password", password]


COMMANDS = (["info"], ["check"], ["config", "export", "OUT"], ["config", "import", "--dry-run", "IN"],
            ["init"], ["backup", "BACKUP"])


def _argv(command: list[str], tmp_path: Path) -> list[str]:
    files = {"OUT": tmp_path / "out.json", "IN": tmp_path / "in.json", "BACKUP": tmp_path / "copy.db"}
    if not files["IN"].exists():
        files["IN"].write_text(json.dumps({"version": 1, "objects": []}), encoding="utf-8")
    return [str(files[part]) if part in files else part for part in command]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_without_a_login_every_command_stops(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUPASOFT_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = admin(capsys, "--database", target, *_argv(command, tmp_path))
    assert_refused(code, err, LOGIN_HINT)
    assert out == "" and not (tmp_path / "out.json").exists() and not (tmp_path / "copy.db").exists()


def test_without_a_terminal_and_no_password_a_real_process_says_so(target: str) -> None:
    done = admin_process("--database", target, "--user", "boss", "info", env={"SUPASOFT_PASSWORD": ""})
    assert_refused(done.returncode, done.stderr, LOGIN_HINT)


def test_a_wrong_password_is_refused(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = admin(capsys, "--database", target, *as_user("staff", "wrong"), "info")
    assert_refused(code, err, "Wrong login or password.")
    assert out == ""


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != ["info"]], ids=" ".join)
def test_staff_may_not_use_the_structure_commands(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  command: list[str]) -> None:
    code, out, err = admin(capsys, "--database", target, *as_user("staff", STAFF_PW), *_argv(command, tmp_path))
    assert_refused(code, err, NO_STRUCTURE)
    assert out == "" and not (tmp_path / "out.json").exists() and not (tmp_path / "copy.db").exists()


def test_info_shows_only_what_the_user_may_read(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = admin(capsys, "--database", target, *as_user("staff", STAFF_PW), "info", "--json")
    assert code == 0, err
    assert [(o["name"], o["records"]) for o in json.loads(out)["objects"]] == [("Client", 12)]
    code, out, err = admin(capsys, "--database", target, *as_user("nobody", NOBODY_PW), "info", "--json")
    assert code == 0, err
    assert json.loads(out)["objects"] == []
    code, out, err = admin(capsys, "--database", target, *as_user("boss", ADMIN_PW), "info", "--json")
    assert code == 0, err
    assert len(json.loads(out)["objects"]) > 5


def test_the_administrator_exports_and_checks(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPASOFT_PASSWORD", ADMIN_PW)  # the password need not be on the command line
    code, out, err = admin(capsys, "--database", target, "--user", "boss", "config", "export", str(tmp_path / "s.json"))
    assert code == 0, err
    assert any(o["name"] == "Client" for o in json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["objects"])
    code, out, err = admin(capsys, "--database", target, "--user", "boss", "check")
    assert code == 0 and "clean" in out, out + err


def test_in_a_terminal_the_login_is_asked(target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.delenv("SUPASOFT_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "staff")
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or STAFF_PW)
    code, out, err = admin(capsys, "--database", target, "info", "--json")
    assert code == 0, err
    assert asked == ["Supasoft user: ", "Password for staff: "]
    assert [o["name"] for o in json.loads(out)["objects"]] == ["Client"]


def test_a_server_account_with_the_same_name_signs_on(target: str, backend: str, capsys: pytest.CaptureFixture[str],
                                                       lite: Session) -> None:
    """Firebird: as in the desktop app, the server checked the account's password; its Supasoft namesake is used."""
    if backend == "sqlite":
        pytest.skip("server accounts")
    from sqlalchemy.engine import make_url

    account = make_url(target).username.lower()  # SYSDBA: a Supasoft user "sysdba" who reads Clients only
    uid = lite.users.create_user(account, STAFF_PW)
    lite.users.grant(("user", uid), lite.configuration.config.object_by_name("Client").id, "read")
    code, out, err = admin(capsys, "--database", target, "info", "--json")
    assert code == 0, err
    assert [o["name"] for o in json.loads(out)["objects"]] == ["Client"]
    code, _, err = admin(capsys, "--database", target, "check")
    assert_refused(code, err, NO_STRUCTURE)


def test_a_database_without_users_needs_no_login(session: Session, db_path: Path | str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = admin(capsys, "--database", str(db_path), "config", "export", str(tmp_path / "s.json"))
    assert code == 0, err


def test_a_server_account_without_a_supasoft_namesake_is_told_so(target: str, backend: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    if backend == "sqlite":
        pytest.skip("server accounts")
    from sqlalchemy.engine import make_url

    account = make_url(target).username
    code, out, err = admin(capsys, "--database", target, "--user", account, "--password", "x", "info")
    assert_refused(code, err, f"The server account {account.upper()} has no active Supasoft user of the same login")
    assert out == ""
