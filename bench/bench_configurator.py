"""Benchmark: add a field to an object with N records through the Configurator, until the window is usable again.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_configurator.py [--rows 1000000]
Prints one JSON line per measurement: {"name", "rows", "ours_ms", "baseline_ms", "ratio", "goal_ms", "ok"}.
ours = the field dialog's own save path (FieldDialog.accept → ConfigurationService.add_field) plus the window
reloading and the event loop answering again; baseline = raw `ALTER TABLE ... ADD COLUMN` (and UPDATE for a
default) with sqlite3 on a copy of the same file. The N-record file is cached under bench/out/.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from supasoft.configurator.configurator_window import ConfiguratorWindow  # noqa: E402
from supasoft.core.meta import FieldDef  # noqa: E402
from supasoft.services.session import open_session  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
BATCH = 50_000
GOAL_MS = 2000.0
CITIES = ["Kraków", "Gdańsk", "Łódź", "Москва", "Berlin", "Praha"]


def build(path: Path, rows: int) -> None:
    """The cached database: one object Client (Name, City, Amount) with `rows` records."""
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    session = open_session(tmp)
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients", code_prefix="CL-", code_width=7)
    name = cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=100)).id
    city = cfg.add_field(obj.id, FieldDef(0, "City", "string", length=60)).id
    amount = cfg.add_field(obj.id, FieldDef(0, "Amount", "money")).id
    rng = random.Random(7)
    for start in range(0, rows, BATCH):
        chunk = [{name: f"Client {i}", city: rng.choice(CITIES), amount: Decimal(rng.randint(0, 10**6)) / 100}
                 for i in range(start, min(rows, start + BATCH))]
        session.records.insert_many(obj.id, chunk, history=False)
    session.close()
    tmp.rename(path)


def settle(app: QApplication) -> None:
    """Process events until idle and the loop answers a zero timer (the window is usable)."""
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def ours(app: QApplication, db: Path, label: str, default: str | None) -> float:
    session = open_session(db)
    window = ConfiguratorWindow(session)
    window.show()
    obj = session.configuration.config.objects[0]
    window.objects.select(obj.id)
    settle(app)
    dialog = window.fields.dialog(None)
    dialog.name.setText(label)
    dialog.type.setCurrentIndex(dialog.type.findData("string"))
    if default is not None:
        dialog.default.setText(default)
    rows_before = window.fields.table.rowCount()
    start = time.perf_counter()
    dialog.accept()  # the same call OK makes: checks, then FieldsTab saves through ConfigurationService.add_field
    settle(app)
    elapsed = (time.perf_counter() - start) * 1000
    assert dialog.result() == 1, dialog.message.text()
    assert window.fields.table.rowCount() == rows_before + 1
    window.close()
    window.deleteLater()
    settle(app)
    session.close()
    return elapsed


def baseline(db: Path, default: str | None) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    table = next(name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                 if name.lower().startswith("t_"))
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"ALTER TABLE {table} ADD COLUMN bench_extra VARCHAR(100)")
    if default is not None:
        conn.execute(f"UPDATE {table} SET bench_extra = ? WHERE bench_extra IS NULL", (default,))
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    cached = OUT / f"configurator_{args.rows}.db"
    if not cached.exists():
        began = time.perf_counter()
        build(cached, args.rows)
        print(json.dumps({"name": "build_cache", "rows": args.rows, "ms": round((time.perf_counter() - began) * 1000)}),
              file=sys.stderr)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="supasoft-bench-cfg-"))
    try:
        for name, default in (("add_field", None), ("add_field_with_default", "n/a")):
            mine, raw = work / "ours.db", work / "raw.db"
            for target in (mine, raw):
                shutil.copyfile(cached, target)
            ours_ms = ours(app, mine, "Extra", default)
            base_ms = baseline(raw, default)
            print(json.dumps({"name": name, "rows": args.rows, "ours_ms": round(ours_ms, 1), "baseline_ms": round(base_ms, 1),
                              "ratio": round(ours_ms / base_ms, 1) if base_ms else None, "goal_ms": GOAL_MS,
                              "ok": ours_ms < GOAL_MS}), flush=True)
            for target in (mine, raw):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(target) + suffix).unlink(missing_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
