"""scripts/firebird-server.sh env: the URLs it prints must parse back to the right password and path."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "firebird-server.sh"


def _env_lines(password: str) -> dict[str, str]:
    env = {**os.environ, "FB_PASSWORD": password}
    out = subprocess.run(["bash", str(SCRIPT), "env"], env=env, capture_output=True, text=True, check=True).stdout
    exports = {}
    for line in out.splitlines():
        word, assignment = shlex.split(line)
        assert word == "export"
        name, _, value = assignment.partition("=")
        exports[name] = value
    return exports


@pytest.mark.parametrize("password", ["masterkey", "p@ss w'rd/100%:x"])
def test_env_prints_urls_for_both_drivers(password: str) -> None:
    exports = _env_lines(password)
    assert set(exports) == {"SUPASOFT_FB_URL", "SUPASOFT_FB_FDB_URL"}
    fd, fdb = make_url(exports["SUPASOFT_FB_URL"]), make_url(exports["SUPASOFT_FB_FDB_URL"])
    assert (fd.drivername, fdb.drivername) == ("firebird+firebird", "firebird+fdb")
    for url in (fd, fdb):
        assert (url.username, url.password, url.host, url.port) == ("SYSDBA", password, "127.0.0.1", 3050)
        assert url.database.startswith("/") and url.database.endswith("/supasoft_test.fdb")
        assert url.query == {"charset": "UTF8"}


def test_unknown_command_is_refused() -> None:
    result = subprocess.run(["bash", str(SCRIPT), "bogus"], capture_output=True, text=True)
    assert result.returncode == 2 and "usage" in result.stderr
