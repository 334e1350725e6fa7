"""Live Firebird: gbak backup/restore, gfix validation, shutdown, connected users and clear errors (issue 3 item 3)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("sqlalchemy_firebird", reason="sqlalchemy-firebird not installed")

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from supasoft.storage.firebird import server_tools as tools  # noqa: E402
from supasoft.storage.firebird.server_tools import ServerTarget, ServerToolError  # noqa: E402
from tests.storage.firebird.conftest import fill, snapshot  # noqa: E402

pytestmark = pytest.mark.firebird


def test_backup_restore_validate(targets: Any, tmp_path: Path) -> None:
    source = targets("src")
    tools.create_database(source)
    fill(source)
    before = snapshot(source)
    assert before["format"] == 6 and len(before["rows"]) == 25

    result = tools.backup(source, tmp_path / "crm.fbk")
    assert result.file.is_file() and result.size > 0
    assert not list(tmp_path.glob(".*.part"))

    copy = targets("restored")
    tools.restore(result.file, copy)
    after = snapshot(copy)
    assert (after["tables"], after["rows"]) == (before["tables"], before["rows"])
    assert after["format"] == 1  # restore resets the 255-formats counter

    with pytest.raises(ServerToolError, match="already exists") as info:
        tools.restore(result.file, copy)
    assert info.value.kind == "exists"

    check = tools.validate(copy)
    assert check.clean and check.mode == "full", check.output


def test_online_validation_while_another_user_is_connected(targets: Any, make_engine: Any) -> None:
    target = targets("busy")
    tools.create_database(target)
    fill(target)
    other = make_engine(target.url_string())
    with other.connect() as conn:
        conn.execute(text("select count(*) from t_1")).scalar()
        users = tools.connected_users(target)
        assert sum(1 for u in users if not u["is_current"]) == 1
        assert [tools.describe_user(u) for u in tools.other_users(target)][0].startswith("SYSDBA from 127.0.0.1")
        # gfix -v -full cannot run beside other attachments: the online validation takes over
        check = tools.validate(target)
        assert check.clean and check.mode == "online", check.output


def test_connected_users_lists_this_connection(fb_url: str) -> None:
    target = ServerTarget.parse(fb_url)
    users = tools.connected_users(target)
    mine = [u for u in users if u["is_current"]]
    assert len(mine) == 1 and mine[0]["user"] == target.user.upper() and mine[0]["attached_since"] is not None
    assert "SYSDBA" in tools.describe_user(mine[0])


@pytest.mark.parametrize(("change", "kind", "message"), [
    ({"password": "wrong-password"}, "auth_failed", "wrong user name or password"),
    ({"port": 3059}, "server_down", "Cannot reach the Firebird server"),
    ({"database": "no_such_db.fdb"}, "database_missing", "There is no database"),
])
def test_clear_errors(fb_url: str, tmp_path: Path, change: dict, kind: str, message: str) -> None:
    url = make_url(fb_url)
    if "database" in change:  # a missing file in the test database's folder
        change = {"database": url.database.rsplit("/", 1)[0] + "/" + change["database"]}
    target = ServerTarget.parse(url.set(**change))
    for action in (lambda: tools.connected_users(target), lambda: tools.backup(target, tmp_path / "x.fbk"),
                   lambda: tools.validate(target)):
        with pytest.raises(ServerToolError, match=message) as info:
            action()
        assert info.value.kind == kind
    assert not (tmp_path / "x.fbk").exists()


def test_restore_of_a_missing_file(fb_url: str, tmp_path: Path) -> None:
    with pytest.raises(ServerToolError, match="does not exist"):
        tools.restore(tmp_path / "missing.fbk", ServerTarget.parse(fb_url))


def test_password_stays_off_the_command_line(fb_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def spy(argv: list[str], **kwargs: Any) -> Any:
        seen.append((argv, kwargs["env"]))
        assert kwargs.get("timeout")
        return real_run(argv, **kwargs)

    monkeypatch.setattr(tools.subprocess, "run", spy)
    target = ServerTarget.parse(fb_url)
    tools.backup(target, tmp_path / "t.fbk")
    argv, env = seen[0]
    assert target.password not in " ".join(argv) and "-password" not in argv
    assert (env["ISC_USER"], env["ISC_PASSWORD"]) == (target.user, target.password)


def test_tool_timeout_is_an_error_not_a_hang(fb_url: str, tmp_path: Path) -> None:
    with pytest.raises(ServerToolError, match="did not finish within") as info:
        tools.run_tool("gbak", ["-b", ServerTarget.parse(fb_url).dsn, str(tmp_path / "t.fbk")],
                       ServerTarget.parse(fb_url), timeout=0.001, what="back up")
    assert info.value.kind == "timeout"


def test_parse_validation_output() -> None:
    gfix = "Summary of validation errors\n\n\tNumber of record level errors\t: 2\n\tNumber of index page errors\t: 0\n"
    errors, warnings = tools._parse_validation(gfix)
    assert errors == ["Number of record level errors\t: 2"] and warnings == []
    orphans = "Summary of validation errors\n\tNumber of orphan pages\t: 3\n"
    assert tools._parse_validation(orphans) == ([], ["Number of orphan pages\t: 3"])
    after_crash = "Summary of validation errors\n\tNumber of record level warnings\t: 1\n"  # seen after a server stop
    assert tools._parse_validation(after_crash) == ([], ["Number of record level warnings\t: 1"])
    online = ("17:00:00.01 Validation started\n17:00:00.02 Relation 128 (T_1)\n"
              "17:00:00.02   process pointer page    0 of    1\n17:00:00.03 Relation 128 (T_1) is ok\n"
              "17:00:00.04 Validation finished\n")
    assert tools._parse_validation(online) == ([], [])
    bad = "17:00:00.02 Relation 128 (T_1) : 1 ERRORS found\n"
    assert tools._parse_validation(bad)[0] == ["Relation 128 (T_1) : 1 ERRORS found"]


def test_bad_url() -> None:
    with pytest.raises(ServerToolError, match="needs a host"):
        ServerTarget.parse("firebird+firebird://SYSDBA:x@/crm.fdb")
    with pytest.raises(ServerToolError, match="Not a Firebird"):
        ServerTarget.parse("sqlite:///x.db")


def test_shutdown_disconnects_others_and_online_brings_it_back(targets: Any, make_engine: Any) -> None:
    target = targets("shut")
    tools.create_database(target)
    fill(target)
    other = make_engine(target.url_string())
    with other.connect() as conn:
        conn.execute(text("select count(*) from t_1")).scalar()
        tools.shutdown(target, force_seconds=0)
        with pytest.raises(Exception) as info:
            conn.execute(text("select count(*) from t_1")).scalar()
        assert info.value is not None
    with pytest.raises(ServerToolError):
        tools.connected_users(target)  # nobody gets in while it is shut down
    tools.bring_online(target)
    assert snapshot(target)["format"] == 6
