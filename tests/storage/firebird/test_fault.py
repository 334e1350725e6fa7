"""Fault test: the Firebird server stops (cleanly, or killed with SIGKILL as in a crash) under writing clients and comes back.

Clients see the outage as a SupasoftError (never a raw driver error), reconnect by themselves after the
restart, every save they reported is in the database, and gfix -v -full finds the database clean.
It stops the shared test server for a few seconds: run it alone (other tests use the same server).
`scripts/firebird-server.sh restart-keep` brings it back without recreating the shared test database,
and a finally block makes sure the server is running when the test ends.

No step depends on how fast the machine is: the server stops once every client has reported a save,
comes back once every client has noticed the outage, and the clients stop (through a stop file) once
each has saved again after the restart; each wait gives up after WAIT_SECONDS with a clear message.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
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
WAIT_SECONDS = 120.0  # the longest any one state may take to arrive on a loaded machine


def _server(action: str) -> float:
    started = time.monotonic()
    subprocess.run(["bash", str(SCRIPT), action], check=True, timeout=60, capture_output=True)
    return time.monotonic() - started


def _running() -> bool:
    return subprocess.run(["bash", str(SCRIPT), "status"], capture_output=True, timeout=10).returncode == 0


class Client:
    """One fault_client.py process and the lines it printed so far (read by a thread as they come)."""

    def __init__(self, url: str, object_id: int, field_id: int, tag: str, stop_file: Path):
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("fault_client.py")), url, str(object_id), str(field_id), tag,
             str(stop_file)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        self.errors = ""
        self._readers = [threading.Thread(target=self._read, daemon=True), threading.Thread(target=self._read_err, daemon=True)]
        for reader in self._readers:
            reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        self.errors = self.proc.stderr.read()

    def seen(self, kind: str, after: float = 0.0) -> bool:
        """Whether the client printed a line of this kind ("ok", "err") stamped after `after`."""
        # "ok NAME TIME" and "err KIND TIME MESSAGE": the time is the third word of both
        return any(p[0] == kind and float(p[2]) > after for p in (line.split(" ", 3) for line in list(self.lines)) if len(p) > 2)

    def finish(self) -> list[str]:
        self.proc.wait(timeout=WAIT_SECONDS)
        for reader in self._readers:
            reader.join(timeout=10)
        assert self.proc.returncode == 0, self.errors[-2000:]
        return list(self.lines)


def _wait(what: str, ready: Callable[[], bool], clients: list[Client]) -> None:
    """Poll until `ready()`; a client that died or the time limit fails the test with what was awaited."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not ready():
        dead = [c for c in clients if c.proc.poll() is not None]
        assert not dead, f"a client ended while waiting for {what}: {dead[0].errors[-2000:]}"
        assert time.monotonic() < deadline, f"waited {WAIT_SECONDS:.0f} s for {what}"
        time.sleep(0.05)


@pytest.mark.parametrize("outage", ["stop", "kill"])
def test_server_restart_under_writing_clients(outage: str) -> None:
    from supasoft.services.networked import server_admin
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
        stop_file = Path(tempfile.gettempdir()) / f"supasoft-fault-stop-{uuid.uuid4().hex[:8]}"
        clients = [Client(fdb_text if k % 2 else text, obj.id, field, f"c{k}", stop_file)  # both drivers among them
                   for k in range(CLIENTS)]
        stop_seconds = start_seconds = 0.0
        try:
            _wait("a first save of every client", lambda: all(c.seen("ok") for c in clients), clients)
            stop_seconds = _server(outage)
            down_at = time.time()
            _wait("every client to notice the outage", lambda: all(c.seen("err", down_at) for c in clients), clients)
            start_seconds = _server("restart-keep")
            up_at = time.time()
            _wait("a save of every client after the restart", lambda: all(c.seen("ok", up_at) for c in clients), clients)
        finally:
            stop_file.touch()
            if not _running():
                _server("restart-keep")
        outputs = [c.finish() for c in clients]
        stop_file.unlink(missing_ok=True)
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
