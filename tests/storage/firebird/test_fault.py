"""Fault test: the Firebird server stops (cleanly, or killed with SIGKILL as in a crash) under writing clients and comes back.

Clients see the outage as a SupasoftError (never a raw driver error), reconnect by themselves after the
restart, every save they reported is in the database, and gfix -v -full finds the database clean.
It stops the shared test server for a few seconds: run it alone (other tests use the same server).
`scripts/firebird-server.sh restart-keep` brings it back without recreating the shared test database,
and a finally block makes sure the server is running when the test ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from supasoft.core.meta import FieldDef
from supasoft.services.session import open_session
from tests.storage.firebird.conftest import driver_url

pytestmark = pytest.mark.firebird
ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "firebird-server.sh"
CLIENTS = 3
RUN_SECONDS = 14.0
DOWN_AT, DOWN_FOR = 3.0, 3.0


def _server(action: str) -> float:
    started = time.monotonic()
    subprocess.run(["bash", str(SCRIPT), action], check=True, timeout=60, capture_output=True)
    return time.monotonic() - started


def _running() -> bool:
    return subprocess.run(["bash", str(SCRIPT), "status"], capture_output=True, timeout=10).returncode == 0


@pytest.mark.parametrize("outage", ["stop", "kill"])
def test_server_restart_under_writing_clients(outage: str) -> None:
    from supasoft.services import server_admin
    from supasoft.storage.firebird.server_tools import ServerTarget, create_database, drop_database

    if os.geteuid() != 0:
        pytest.skip("stopping and starting the server needs root")
    base = make_url(driver_url("firebird"))
    url = base.set(database=str(Path(base.database or "").parent / f"fault-{uuid.uuid4().hex[:8]}.fdb"))
    text = url.render_as_string(hide_password=False)
    fdb_text = url.set(drivername="firebird+fdb").render_as_string(hide_password=False)
    create_database(ServerTarget.parse(text))
    try:
        session = open_session(text)
        try:
            obj = session.configuration.add_object("Client", "Clients")
            field = session.configuration.add_field(obj.id, FieldDef(0, "Name", "string", length=100)).id
        finally:
            session.close()
        procs = []
        for k in range(CLIENTS):  # both drivers among the clients
            client_url = fdb_text if k % 2 else text
            procs.append(subprocess.Popen(
                [sys.executable, str(Path(__file__).with_name("fault_client.py")), client_url, str(obj.id), str(field),
                 f"c{k}", str(RUN_SECONDS)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)}))
        stop_seconds = start_seconds = 0.0
        try:
            time.sleep(DOWN_AT)
            stop_seconds = _server(outage)
            down_at = time.time()
            time.sleep(DOWN_FOR)
            start_seconds = _server("restart-keep")
            up_at = time.time()
        finally:
            if not _running():
                _server("restart-keep")
        outputs = []
        for proc in procs:
            out, err = proc.communicate(timeout=RUN_SECONDS + 60)
            assert proc.returncode == 0, err[-2000:]
            outputs.append(out.splitlines())
        saved: set[str] = set()
        kinds: dict[str, int] = {}
        for lines in outputs:
            raw = [line for line in lines if line.startswith("raw ")]
            assert not raw, raw[:5]
            errors = [line.split(" ", 3) for line in lines if line.startswith("err ")]
            oks = [line.split() for line in lines if line.startswith("ok ")]
            assert errors, "the client never noticed the outage"
            for e in errors:
                kinds[f"{e[1]}: {e[3]}"] = kinds.get(f"{e[1]}: {e[3]}", 0) + 1
            assert any(float(o[2]) < down_at for o in oks), "no save before the outage"
            assert any(float(o[2]) > up_at for o in oks), "the client did not reconnect after the restart"
            saved |= {o[1] for o in oks}
        check = open_session(text, create=False)
        try:
            table = check.storage.physical(check.configuration.config).table(obj.id)
            with check.storage.connect() as conn:
                stored = set(conn.execute(sa.select(table.c[f"f_{field}"])).scalars())
        finally:
            check.close()
        missing = saved - stored
        assert not missing, sorted(missing)[:10]
        result = server_admin.validate(text, timeout=120)
        assert result.clean and result.mode == "full", (result.errors, result.mode)
        print(f"\n{outage}: {CLIENTS} clients, {len(saved)} saves reported and all stored ({len(stored)} rows); "
              f"stop {stop_seconds:.1f} s, restart {start_seconds:.1f} s; errors seen: {kinds}")
    finally:
        if not _running():
            _server("restart-keep")
        try:
            drop_database(ServerTarget.parse(text))
        except Exception:
            pass
