"""Kill benchmark: SIGKILL a writer at random moments many times; nothing committed may be lost.

Uses the same harness as tests/storage/test_kill.py (tests/helpers/kill_writer.py). Prints one JSON line:
    {"name": "kill_test", "kills": N, "lost": 0, "integrity": "ok", "seconds": ..., ...}
and exits 1 if anything was lost, unexpected, or the file or structure check failed. Run:
    .venv/bin/python bench/bench_kill.py --kills 100 --structure-kills 20
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType


def load_helper() -> ModuleType:
    """tests/helpers/kill_writer.py by path (the bench runs as a plain script)."""
    path = Path(__file__).resolve().parents[1] / "tests" / "helpers" / "kill_writer.py"
    spec = importlib.util.spec_from_file_location("supasoft_kill_writer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=100, help="kills during record saves")
    parser.add_argument("--structure-kills", type=int, default=20, help="kills per kind of structure change")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--max-delay", type=float, default=0.8, help="longest wait after the writer is ready (s)")
    args = parser.parse_args()
    kw = load_helper()
    rng = random.Random(args.seed)
    start = time.perf_counter()
    lost = unexpected = committed = 0
    integrity = "ok"
    problems: list[str] = []
    in_flight: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="supasoft-kill-") as folder:
        root = Path(folder)
        db = root / "records" / "crm.db"
        db.parent.mkdir()
        object_id = kw.prepare_records_db(db)
        known: dict[int, str] = {}
        for n in range(args.kills):
            early = n % 10 == 9  # every tenth kill lands during start-up and open
            delay = rng.uniform(0.1, 1.0) if early else rng.uniform(0.005, args.max_delay)
            cycle = kw.records_cycle(db, object_id, args.seed + n, delay, known, early=early)
            committed += cycle.committed
            lost += len(cycle.lost)
            unexpected += len(cycle.unexpected)
            in_flight[cycle.in_flight or "none"] += 1
            if cycle.integrity != "ok":
                integrity = cycle.integrity
            problems += [f"records kill {n}: {p}" for p in cycle.lost + cycle.unexpected + cycle.problems]
        for mode in ("add_field", "change_type"):
            template = root / mode / "template" / "crm.db"
            structure_id = kw.prepare_structure_db(template)
            timed = kw.structure_cycle(template, root / mode / "timed", structure_id, mode, None)
            problems += [f"{mode} unkilled: {p}" for p in timed.problems]
            for n in range(args.structure_kills):
                delay = rng.uniform(0, (timed.seconds or 0.05) * 1.5)
                cycle = kw.structure_cycle(template, root / mode / "kill", structure_id, mode, delay)
                outcomes[f"{mode}:{cycle.outcome}"] += 1
                if cycle.integrity != "ok":
                    integrity = cycle.integrity
                problems += [f"{mode} kill {n} after {delay:.4f}s: {p}" for p in cycle.problems]
    line = {
        "name": "kill_test",
        "kills": args.kills + 2 * args.structure_kills,
        "lost": lost,
        "integrity": integrity,
        "seconds": round(time.perf_counter() - start, 1),
        "record_kills": args.kills,
        "committed": committed,
        "records_kept": len(known),
        "unexpected": unexpected,
        "killed_mid_save": dict(in_flight),
        "structure_kills": dict(outcomes),
        "other_problems": len(problems) - lost - unexpected,
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)
    for problem in problems[:20]:
        print(problem, file=sys.stderr)
    return 0 if not problems and integrity == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
