"""supasoft-admin token create|list|revoke, api log and serve (a real server process answering over HTTP)."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from supasoft.cli.api import expiry
from tests.api.conftest import PASSWORD
from tests.cli.cli_run import REPO, admin, assert_refused

pytestmark = pytest.mark.all_backends


def _as_admin(crm: dict) -> list[str]:
    return ["--database", str(crm["path"]), "--user", "admin", "--password", PASSWORD]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_token_create_list_revoke_and_log(crm: dict, capsys) -> None:
    code, out, err = admin(capsys, *_as_admin(crm), "token", "create", "anna", "--name", "shop", "--write",
                           "--objects", "Clients", "--expires", "30")
    assert code == 0, err
    secret = out.strip().splitlines()[-1]
    assert secret.startswith("sst_") and "read and write" in out
    code, out, err = admin(capsys, *_as_admin(crm), "token", "list")
    assert code == 0 and "shop\tanna" in out and secret not in out
    code, out, _ = admin(capsys, *_as_admin(crm), "token", "revoke", "1")
    assert code == 0 and "Revoked" in out
    code, out, _ = admin(capsys, *_as_admin(crm), "token", "list", "--json")
    assert '"revoked": true' in out
    code, _, err = admin(capsys, "--database", str(crm["path"]), "--user", "anna", "--password", PASSWORD, "token", "list")
    assert_refused(code, err, "manage access")
    code, _, err = admin(capsys, *_as_admin(crm), "token", "create", "nobody", "--name", "x")
    assert_refused(code, err, "nobody")
    code, out, _ = admin(capsys, *_as_admin(crm), "api", "log")
    assert code == 0 and out == ""


def test_expiry_dates_and_days() -> None:
    today = dt.date(2026, 1, 10)
    assert expiry("2026-01-31", today) == dt.datetime(2026, 2, 1)
    assert expiry("5", today) == dt.datetime(2026, 1, 16)
    assert expiry(None, today) is None


def test_serve_answers_as_a_real_process(crm: dict, capsys) -> None:
    code, out, _ = admin(capsys, *_as_admin(crm), "token", "create", "jim", "--name", "reader")
    secret = out.strip().splitlines()[-1]
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "supasoft.cli", *_as_admin(crm), "serve", "--port", str(port)],
                               cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ})
    try:
        assert "Supasoft API on http://127.0.0.1" in process.stdout.readline()
        headers = {"Authorization": f"Bearer {secret}"}
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/v1/objects/Clients/records", headers=headers, timeout=30)
                break
            except httpx.ConnectError:
                assert process.poll() is None and time.monotonic() < deadline, process.stderr.read()
                time.sleep(0.1)
        assert answer.status_code == 200
        assert [r["values"] for r in answer.json()["items"]] == [{"code": "1", "Name": "Acme", "Contract": None}]
    finally:
        process.terminate()
        process.wait(timeout=30)
    code, out, _ = admin(capsys, *_as_admin(crm), "api", "log")
    assert "GET\t/api/v1/objects/Clients/records\t200" in out
