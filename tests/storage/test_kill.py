"""SIGKILL at random moments: nothing committed is lost, the file stays sound, structure and tables agree.

A child process (tests/helpers/kill_writer.py) writes through the services and announces each commit on
stdout; the parent kills it with SIGKILL after a random delay and then checks the file.
More kills: .venv/bin/python bench/bench_kill.py --kills 200
"""

from __future__ import annotations

import importlib.util
import os
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

KILLS = int(os.environ.get("SUPASOFT_KILLS", "8"))
STRUCTURE_KILLS = 3  # per kind of structure change, after one timed run that is not killed
SEED = 20261126

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def load_helper() -> ModuleType:
    """tests/helpers/kill_writer.py by path (tests/ is not a package on sys.path under plain `pytest`)."""
    path = Path(__file__).resolve().parents[1] / "helpers" / "kill_writer.py"
    spec = importlib.util.spec_from_file_location("supasoft_kill_writer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


kw = load_helper()


def test_sigkill_during_saves_loses_no_committed_record(tmp_path: Path) -> None:
    """Every record the writer saw committed is there with the same values after each SIGKILL."""
    db = tmp_path / "crm.db"
    object_id = kw.prepare_records_db(db)
    rng = random.Random(SEED)
    known: dict[int, str] = {}
    cycles = []
    for n in range(KILLS):
        early = n == 2  # one kill lands while the writer starts and opens the database
        delay = rng.uniform(0.1, 1.0) if early else rng.uniform(0.01, 0.6)
        cycle = kw.records_cycle(db, object_id, SEED + n, delay, known, early=early)
        assert cycle.exit_code == -9, cycle.problems
        assert cycle.integrity == "ok"
        assert cycle.lost == [], f"kill {n} after {delay:.3f}s lost committed records"
        assert cycle.unexpected == [], f"kill {n}: records nobody saved"
        assert cycle.problems == []
        cycles.append(cycle)
    assert sum(c.committed for c in cycles) >= KILLS, "the kills should land while records are being written"
    assert len(known) >= sum(c.committed for c in cycles) // 2  # updates reuse ids; inserts dominate


@pytest.mark.parametrize("mode", ["add_field", "change_type"])
def test_sigkill_during_structure_change_leaves_structure_and_table_in_step(tmp_path: Path, mode: str) -> None:
    """A structure change killed at any moment is all-or-nothing: check_database is clean, rows intact."""
    template = tmp_path / "template" / "crm.db"
    object_id = kw.prepare_structure_db(template)
    timed = kw.structure_cycle(template, tmp_path / "timed", object_id, mode, None)
    assert timed.exit_code == 0 and timed.outcome == "new" and timed.problems == [], timed.problems
    rng = random.Random(f"{SEED}-{mode}")
    for n in range(STRUCTURE_KILLS):
        delay = rng.uniform(0, timed.seconds * 1.2)
        cycle = kw.structure_cycle(template, tmp_path / f"kill{n}", object_id, mode, delay)
        assert cycle.integrity == "ok"
        assert cycle.outcome in ("old", "new")
        assert cycle.problems == [], f"kill after {delay:.4f}s ({cycle.outcome}): {cycle.problems}"
