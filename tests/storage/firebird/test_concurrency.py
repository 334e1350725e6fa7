"""8 client processes x 200 saves on the same few records over the real server: no lost update, every
conflict a ConflictError, nobody stuck, no attachment left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from supasoft.core.meta import FieldDef
from supasoft.services.session import open_session
from supasoft.storage.firebird.ddl_rules import connected_users
from supasoft.storage.firebird.engine import create_firebird_engine

pytestmark = pytest.mark.firebird

CLIENTS = int(os.environ.get("SUPASOFT_FB_CLIENTS", "8"))
SAVES = int(os.environ.get("SUPASOFT_FB_SAVES", "200"))
RECORDS = 3
TIMEOUT = 900  # seconds for all clients together
CLIENT = Path(__file__).with_name("counter_client.py")


@pytest.mark.parametrize("backend", ["firebird", "firebird-fdb"], indirect=True)
def test_concurrent_saves_lose_no_update(db_path: str, backend: str) -> None:
    setup = open_session(db_path)
    try:
        cfg = setup.configuration
        obj = cfg.add_object("Counter", "Counters")
        count = cfg.add_field(obj.id, FieldDef(0, "Count", "integer", required=False))
        cfg.add_field(obj.id, FieldDef(0, "Label", "string"))
        ids = []
        for _ in range(RECORDS):
            record = setup.records.new(obj.id)
            record.values[count.id] = 0
            ids.append(setup.records.save(record).id)
    finally:
        setup.close()

    started = time.monotonic()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    procs = [
        subprocess.Popen(
            [sys.executable, str(CLIENT), db_path, str(obj.id), str(count.id), ",".join(map(str, ids)), str(SAVES), str(n)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        for n in range(CLIENTS)
    ]
    results = []
    try:
        for proc in procs:
            left = max(1.0, TIMEOUT - (time.monotonic() - started))
            out, err = proc.communicate(timeout=left)
            lines = [line for line in out.splitlines() if line.startswith("{")]
            assert lines, f"client printed nothing (rc {proc.returncode}): {err[-2000:]}"
            results.append(json.loads(lines[-1]))
    finally:
        for proc in procs:  # a stuck client is a failure, and must not outlive the test
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    elapsed = time.monotonic() - started

    errors = [r["error"] for r in results if r["error"]]
    assert not errors, errors[0]
    saved = {rid: sum(r["saves"][str(rid)] for r in results) for rid in ids}
    assert sum(saved.values()) == CLIENTS * SAVES
    conflicts: dict[str, int] = {}
    for r in results:
        for name, n in r["conflicts"].items():
            conflicts[name] = conflicts.get(name, 0) + n
    assert set(conflicts) <= {"ConflictError", "ConcurrentUpdateError"}, conflicts

    check = open_session(db_path)
    try:
        final = {rid: check.records.get(obj.id, rid).values[count.id] for rid in ids}
        versions = {rid: check.records.get(obj.id, rid).version for rid in ids}
    finally:
        check.close()
    assert final == saved  # 0 lost updates: every successful save is in the counter
    assert versions == {rid: saved[rid] + 1 for rid in ids}

    engine = create_firebird_engine(db_path, lock_timeout=2)
    try:
        with engine.connect() as conn:
            users = connected_users(conn)
            open_tx = conn.execute(sa.text(
                "select count(*) from mon$transactions where mon$attachment_id <> current_connection")).scalar()
    finally:
        engine.dispose()
    assert [u["is_current"] for u in users] == [True], users  # every client detached, nobody stuck
    assert open_tx == 0
    print(f"\n{backend}: {CLIENTS}x{SAVES} saves in {elapsed:.1f} s, conflicts {conflicts}, per record {saved}")
