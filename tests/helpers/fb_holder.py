"""Another client process attached to a test database (optionally with an open transaction) until told to stop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Attaches, optionally runs one statement in an open transaction, says "ready", waits for a line on stdin.
HOLDER = """
import sys
import sqlalchemy as sa
from supasoft.storage.firebird.engine import create_firebird_engine
engine = create_firebird_engine(sys.argv[1], poolclass=sa.pool.NullPool)
with engine.connect() as conn:
    if len(sys.argv) > 2:
        conn.execute(sa.text(sys.argv[2]))
    else:
        conn.execute(sa.text("select 1 from rdb$database")).all()
    print("ready", flush=True)
    sys.stdin.readline()
    conn.rollback()
engine.dispose()
"""


def start_holder(url: str, sql: str | None = None) -> subprocess.Popen:
    """Another client process attached to the database until its stdin gets a line."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, url, *([sql] if sql else [])], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = proc.stdout.readline() if proc.stdout else ""
    if line.strip() != "ready":
        proc.kill()
        raise AssertionError(proc.stderr.read() if proc.stderr else "holder did not start")
    return proc


def stop_holder(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.communicate("done\n", timeout=20)
