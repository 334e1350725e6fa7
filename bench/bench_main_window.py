"""Benchmark the main window's table tab on 1M records of a 10-field object against raw SQL on the same file.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_main_window.py [--rows N] [--build-only]
Prints one JSON line per measurement: {"name", "ours_ms", "baseline_ms", "ratio", "goal", "ok"}.
The database is built once through records.insert_many and cached under bench/out/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sqlite3
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent / "out"
GOALS = {"first": 100.0, "jump": 50.0, "memory": 250.0}
WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
         "Kraków", "Gdańsk", "Москва", "Łódź", "zażółć", "Клиент", "north", "south", "umowa", "договор"]
SPECS: list[tuple[str, str, dict[str, Any]]] = [
    ("Name", "string", {"length": 200, "indexed": True}), ("E-mail", "email", {}), ("City", "string", {"length": 100}),
    ("Note", "string", {"length": 200}), ("Amount", "money", {}), ("Qty", "integer", {}),
    ("Status", "choice", {"choices": ("New", "Paid", "Shipped")}), ("Created", "date", {}), ("Flag", "boolean", {}),
    ("Ref", "string", {"length": 20}),
]
BATCH = 20_000


def _rows(start: int, n: int, rng: random.Random) -> list[list[Any]]:
    base = dt.date(2020, 1, 1)
    out = []
    for i in range(start, start + n):
        out.append([
            f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}", f"user{i}@example.com", f"City {rng.randrange(100)}",
            f"note {rng.choice(WORDS)} {rng.randint(0, 10**6)}", Decimal(rng.randint(0, 10**7)).scaleb(-2),
            rng.randint(0, 1000), rng.choice(("New", "Paid", "Shipped")), base + dt.timedelta(days=rng.randint(0, 2000)),
            rng.random() < 0.5, str(rng.randint(0, 99999)),
        ])
    return out


def build(path: Path, n: int) -> None:
    """The object through the configuration service, its records through records.insert_many."""
    from supasoft.core.meta import ColumnDef, FieldDef, ListDef
    from supasoft.services.session import open_session

    tmp = path.with_name(path.name + ".tmp")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    session = open_session(tmp, backup_folder=path.parent / "backups-mw")
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients", code_prefix="CL-", code_width=7)
    fields = [cfg.add_field(obj.id, FieldDef(0, name, t, **o)).id for name, t, o in SPECS]
    cfg.update_object(obj.id, display_field=fields[0])
    cfg.save_list(ListDef(0, obj.id, "All clients", [ColumnDef(())] + [ColumnDef((f,)) for f in fields]))
    rng = random.Random(7)
    for start in range(0, n, BATCH):
        chunk = _rows(start, min(BATCH, n - start), rng)
        session.records.insert_many(obj.id, [dict(zip(fields, r, strict=True)) for r in chunk], history=False)
    session.close()
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    tmp.rename(path)


def emit(name: str, ours: float, baseline: float | None, goal: str, ok: bool | None = None, **extra: Any) -> None:
    line: dict[str, Any] = {"name": name, "ours_ms": round(ours, 1)}
    if baseline is not None:
        line["baseline_ms"] = round(baseline, 1)
        line["ratio"] = round(ours / baseline, 2) if baseline else None
    line["goal"] = goal
    if ok is not None:
        line["ok"] = ok
    line.update(extra)
    print(json.dumps(line, ensure_ascii=False), flush=True)


def ms(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(path: Path, n: int) -> None:
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(OUT / "qsettings"))
    app = QApplication.instance() or QApplication([])
    from supasoft.services.session import open_session
    from supasoft.shell.table_tab import TableTab

    emit("rss_before_open", 0.0, None, "(info)", rss_mb=round(rss_mb(), 1))
    session = open_session(path)
    obj = session.configuration.config.objects[0]
    table = f"t_{obj.id}"
    raw = sqlite3.connect(path)

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    def wait_paint(watch: Painted) -> None:
        deadline = time.perf_counter() + 10
        while not watch.seen and time.perf_counter() < deadline:
            app.processEvents()

    # First rows shown: build the tab (count + first page) and paint it.
    watch = Painted()
    start = time.perf_counter()
    tab = TableTab(session, obj.id, open_card=None)
    tab.view.viewport().installEventFilter(watch)
    tab.resize(1200, 700)
    tab.show()
    wait_paint(watch)
    first = (time.perf_counter() - start) * 1000
    base_first = ms(lambda: (raw.execute(f"SELECT count(*) FROM {table}").fetchone(),
                             raw.execute(f"SELECT * FROM {table} ORDER BY rec_code LIMIT 256").fetchall()))
    emit("first_rows_shown", first, base_first, "< 100 ms", first < GOALS["first"], rows=tab.model.rowCount())

    def jump(row: int) -> float:
        watch.seen = False
        t = time.perf_counter()
        tab.view.scrollTo(tab.model.index(row, 0))
        tab.model.row_data(row)
        wait_paint(watch)
        return (time.perf_counter() - t) * 1000

    last = jump(n - 1)
    base_last = ms(lambda: raw.execute(f"SELECT * FROM {table} ORDER BY rec_code LIMIT 256 OFFSET ?", (n - 256,)).fetchall())
    emit("jump_to_last_row", last, base_last, "< 50 ms", last < GOALS["jump"])
    middle = jump(n // 2)
    base_mid = ms(lambda: raw.execute(f"SELECT * FROM {table} ORDER BY rec_code LIMIT 256 OFFSET ?", (n // 2,)).fetchall())
    emit("jump_to_middle_row", middle, base_mid, "< 50 ms", middle < GOALS["jump"])

    # Sort by an unindexed column (City): header click -> first rows painted.
    city_col = tab.model.column_of(str(obj.fields[2].id))
    city = f"f_{obj.fields[2].id}"
    watch.seen = False
    sort_first = ms(lambda: (tab.view.sortByColumn(city_col, Qt.SortOrder.AscendingOrder),
                             wait_paint(watch)))
    base_sort = ms(lambda: raw.execute(f"SELECT * FROM {table} ORDER BY {city}, id LIMIT 256").fetchall())
    emit("sort_unindexed_first_rows", sort_first, base_sort, "(info)")
    sort_mid = jump(n // 2)
    base_sort_mid = ms(lambda: raw.execute(f"SELECT * FROM {table} ORDER BY {city}, id LIMIT 256 OFFSET ?",
                                           (n // 2,)).fetchall())
    emit("sort_unindexed_jump_middle", sort_mid, base_sort_mid, "(info)")
    tab.view.sortByColumn(tab.model.column_of("code"), Qt.SortOrder.AscendingOrder)

    # Quick search: the text typed, debounce skipped, count + first rows painted.
    searched = {}
    def wait_search() -> None:
        deadline = time.perf_counter() + 30
        while tab.searching and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)  # a real event loop sleeps too; spinning would steal the GIL from the worker

    for label, word in (("ascii", "delta"), ("non_ascii", "zażółć")):
        watch.seen = False
        blocked = ms(lambda word=word: tab.search_now(word))  # big tables search in a worker: the GUI stays live
        t = blocked + ms(lambda: (wait_search(), wait_paint(watch)))
        searched[label] = tab.model.rowCount()
        cols = [f"f_{f.id}" for f in obj.fields if f.type in ("string", "email", "choice")]
        where = " OR ".join(f"{c} LIKE ?" for c in cols)
        like = [f"%{word}%"] * len(cols)
        base = ms(lambda where=where, like=like: (raw.execute(f"SELECT count(*) FROM {table} WHERE {where}", like).fetchone(),
                                                  raw.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY rec_code LIMIT 256",
                                                              like).fetchall()))
        emit(f"quick_search_{label}", t, base, "(info)", found=searched[label], gui_blocked_ms=round(blocked, 1))
    tab.search_now("")
    wait_search()
    peak = rss_mb()
    emit("peak_rss", 0.0, None, "< 250 MB", peak < GOALS["memory"], rss_mb=round(peak, 1))
    tab.close()
    session.close()
    raw.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"mainwindow_{args.rows}.db"
    if not path.exists():
        start = time.perf_counter()
        build(path, args.rows)
        emit("build_database", (time.perf_counter() - start) * 1000, None, "(setup, cached)", rows=args.rows)
    if not args.build_only:
        run(path, args.rows)


if __name__ == "__main__":
    main()
