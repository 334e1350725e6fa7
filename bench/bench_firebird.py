"""Networked edition benchmark: the same records and operations on SQLite and the real Firebird server, one run.

For each backend (SQLite file, Firebird through firebird-driver, Firebird through fdb) it builds one object of
10 mixed fields, fills N records through RecordService.insert_many, then measures what a user waits for,
through the table's own row source (widgets/record_source.RecordRowSource: count, then the first page of
256 rows, text previews, a search's count capped at 1,000): the list in its default Code order and sorted
by an indexed field, quick search (ASCII and non-ASCII words that match; a word that matches nothing, which
must read every row), opening and saving a card, and importing 10,000 more records (history on). Each figure
comes with a raw baseline on the same table through the same driver (plain SQL doing the same steps, except
that it reads whole rows, text BLOBs included), and goals:
first page / search / card < 100 ms, import < 10x SQLite's import.

Run (Firebird URLs from the environment; a backend whose variable is unset is skipped):
    eval "$(bash scripts/firebird-server.sh env)"
    .venv/bin/python bench/bench_firebird.py                 # 100,000 records, a few minutes
    .venv/bin/python bench/bench_firebird.py --rows 20000    # a quick run
Prints one JSON line per measurement, then a table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from supasoft.core.meta import FieldDef  # noqa: E402
from supasoft.services.record_model import ListQuery  # noqa: E402
from supasoft.services.session import Session, open_session  # noqa: E402
from supasoft.widgets.record_source import RecordRowSource, path_key  # noqa: E402

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima",
         "Kraków", "Gdańsk", "Москва", "Łódź", "zażółć", "Клиент", "north", "south"]
SPECS: list[tuple[str, str, dict[str, Any]]] = [
    ("Name", "string", {"length": 200, "indexed": True}), ("E-mail", "email", {}), ("City", "string", {"length": 100}),
    ("Note", "text", {}), ("Amount", "money", {}), ("Qty", "integer", {}),
    ("Status", "choice", {"choices": ("New", "Paid", "Shipped")}), ("Created", "date", {}), ("Flag", "boolean", {}),
    ("Ref", "string", {"length": 20}),
]
BACKENDS = {"sqlite": None, "firebird": "SUPASOFT_FB_URL", "fdb": "SUPASOFT_FB_FDB_URL"}
GOAL_MS = 100.0
PAGE = 256  # the table model's page
BATCH = 20_000


def make_rows(n: int, seed: int) -> list[tuple[Any, ...]]:
    """n records of the 10 fields, Polish and Russian words mixed in."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    return [(
        f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}", f"user{i}@example.com", f"City {rng.randint(0, 99)}",
        f"note {rng.choice(WORDS)} {rng.randint(0, 10**6)}", Decimal(rng.randint(0, 10**7)) / 100, rng.randint(0, 1000),
        rng.choice(["New", "Paid", "Shipped"]), start + dt.timedelta(days=rng.randint(0, 2000)), rng.random() < 0.5,
        str(rng.randint(0, 99999)),
    ) for i in range(n)]


def median_ms(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    """Median wall time in ms over `repeats` runs (after one warm-up run) and the last result."""
    result = fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def once_ms(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


class Target:
    """One backend's database: created fresh, dropped at the end."""

    def __init__(self, name: str, folder: Path):
        self.name = name
        self.url: str | Path
        self.file: Path | None = None
        self.fb_folder: Path | None = None
        env = BACKENDS[name]
        if env is None:
            self.url = folder / "bench.db"
            return
        from sqlalchemy.engine import make_url

        from supasoft.storage.firebird.engine import create_firebird_database

        base = make_url(os.environ[env])
        # the server runs as `firebird`: the folder must be reachable and writable by it (as tests/conftest.py does)
        self.fb_folder = Path(base.database or "").parent / f"bench-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.fb_folder.mkdir(mode=0o770)
        shutil.chown(self.fb_folder, "firebird", "firebird")
        self.file = self.fb_folder / "bench.fdb"
        self.url = base.set(database=str(self.file)).render_as_string(hide_password=False)
        create_firebird_database(self.url)

    def drop(self) -> None:
        if self.fb_folder is not None:
            shutil.rmtree(self.fb_folder, ignore_errors=True)


def build(session: Session) -> tuple[int, list[int]]:
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    return obj.id, [cfg.add_field(obj.id, FieldDef(0, name, t, **o)).id for name, t, o in SPECS]


def fill(session: Session, object_id: int, fields: list[int], data: list[tuple[Any, ...]]) -> float:
    def go() -> None:
        for start in range(0, len(data), BATCH):
            session.records.insert_many(object_id, [dict(zip(fields, r, strict=True)) for r in data[start : start + BATCH]],
                                        history=False)
    return once_ms(go)


class Raw:
    """Plain SQL on the same table through the same driver: the baseline."""

    def __init__(self, session: Session, object_id: int, fields: list[int]):
        self.engine = session.storage.database.engine
        self.firebird = self.engine.dialect.name != "sqlite"
        self.table = f"t_{object_id}"
        self.cols = [f"f_{f}" for f in fields]

    def run(self, sql: str, params: Any = (), many: bool = False) -> Any:
        raw = self.engine.raw_connection()
        try:
            cur = raw.cursor()
            if many:
                if not self.firebird:
                    cur.execute("BEGIN")  # the engine's sqlite3 connections autocommit: one transaction, as ours
                cur.executemany(sql, params)
                result = None
            else:
                cur.execute(sql, params)
                result = cur.fetchall() if cur.description else None
            raw.commit()
            return result
        finally:
            raw.close()

    def first_page(self, order: str) -> Any:
        top = f"SELECT FIRST {PAGE} *" if self.firebird else "SELECT *"
        tail = "" if self.firebird else f" LIMIT {PAGE}"
        self.run(f"SELECT count(*) FROM {self.table}")
        return self.run(f"{top} FROM {self.table} ORDER BY {order}{tail}")

    def search(self, word: str) -> int:
        strings = [self.cols[i] for i in (0, 1, 2, 3, 6, 9)]
        op = "CONTAINING ?" if self.firebird else "LIKE ?"
        value = word if self.firebird else f"%{word}%"
        where = " OR ".join(f"{c} {op}" for c in strings)
        top = f"SELECT FIRST {PAGE} *" if self.firebird else "SELECT *"
        tail = "" if self.firebird else f" LIMIT {PAGE}"
        page = self.run(f"{top} FROM {self.table} WHERE {where} ORDER BY id{tail}", [value] * len(strings))
        if len(page) < PAGE:
            return len(page)
        inner = "SELECT FIRST 1001 id" if self.firebird else "SELECT id"
        cap = "" if self.firebird else " LIMIT 1001"
        return int(self.run(f"SELECT count(*) FROM ({inner} FROM {self.table} WHERE {where}{cap})",
                            [value] * len(strings))[0][0])

    def card(self, record_id: int) -> None:
        raw = self.engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute(f"SELECT * FROM {self.table} WHERE id = ?", (record_id,))
            cur.fetchall()
            cur.execute(f"UPDATE {self.table} SET {self.cols[5]} = {self.cols[5]} + 1, rec_version = rec_version + 1 WHERE id = ?",
                        (record_id,))
            raw.commit()
        finally:
            raw.close()

    def import_rows(self, rows: list[tuple[Any, ...]], first_code: int) -> None:
        """A plain executemany of one INSERT per row (what a driver does without our blocks)."""
        names = ["rec_code", "rec_version", *self.cols]
        marks = ", ".join("?" for _ in names)
        params = []
        for n, r in enumerate(rows):
            amount = r[4] if self.firebird else int(r[4] * 100)
            day = r[7] if self.firebird else r[7].isoformat()
            params.append((first_code + n, 1, r[0], r[1], r[2], r[3], amount, r[5], r[6], day, r[8], r[9]))
        self.run(f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({marks})", params, many=True)


def measure(name: str, args: argparse.Namespace, folder: Path) -> list[dict[str, Any]]:
    target = Target(name, folder)
    out: list[dict[str, Any]] = []

    def emit(what: str, ours: float, base: float | None, goal: str, ok: bool | None = None, **extra: Any) -> None:
        line: dict[str, Any] = {"backend": name, "name": what, "ours_ms": round(ours, 1)}
        if base is not None:
            line["baseline_ms"] = round(base, 1)
            line["ratio"] = round(ours / base, 2) if base else None
        line.update(goal=goal, ok=ok, **extra)
        out.append(line)
        print(json.dumps(line, ensure_ascii=False), flush=True)

    session = open_session(target.url)
    try:
        object_id, fields = build(session)
        records = session.records
        fill_ms = fill(session, object_id, fields, make_rows(args.rows, 1))
        emit("fill", fill_ms, None, "(info) insert_many, history off", rows=args.rows)
        raw = Raw(session, object_id, fields)
        columns = [(f,) for f in fields]
        reps = args.repeats

        def table(sort: tuple[int, ...] | None = None, search: str = "") -> int:
            """What a table tab does: a row source, its sort or search, the count and the first page."""
            source = RecordRowSource(records, object_id, columns)
            if sort is not None:
                source.set_sort(path_key(sort), False)
            if search:
                source.set_search(search)
                source.fetch(0, PAGE)  # a search reads its first page first (a short page is the count)
                return source.count()
            count = source.count()
            source.fetch(0, PAGE)
            return count

        for label, sort, order in (("code", (), "rec_code"), ("sorted", (fields[0],), f"{raw.cols[0]}, id")):
            ours, _ = median_ms(lambda sort=sort: table(sort), reps)
            base, _ = median_ms(lambda order=order: raw.first_page(order), reps)
            emit(f"first_page_{label}", ours, base, f"< {GOAL_MS:.0f} ms", ours < GOAL_MS)

        for label, word in (("ascii", "delta"), ("polish", "Łódź"), ("russian", "Москва"), ("no_match", "qqzzx")):
            ours, found = median_ms(lambda word=word: table(search=word), reps)
            base, raw_found = median_ms(lambda word=word: raw.search(word), reps)
            goal = "(info) reads every row" if label == "no_match" else f"< {GOAL_MS:.0f} ms"
            emit(f"search_{label}", ours, base, goal, None if label == "no_match" else ours < GOAL_MS,
                 found=found, raw_found=raw_found)

        # (a page from the first rows: a deep OFFSET page is a separate, much slower case on Firebird)
        ids = [row.id for row in records.list(object_id, ListQuery(columns=[], limit=reps + 1, offset=PAGE))]
        qty = fields[5]
        pending = list(ids)

        def card() -> None:
            record = records.get(object_id, pending.pop())
            record.values[qty] = (record.values[qty] or 0) + 1
            records.save(record)

        ours, _ = median_ms(card, reps)
        base, _ = median_ms(lambda: raw.card(ids[0]), reps)
        emit("card_open_save", ours, base, f"< {GOAL_MS:.0f} ms", ours < GOAL_MS)

        batch = make_rows(args.import_rows, 2)
        ours = once_ms(lambda: records.insert_many(object_id, [dict(zip(fields, r, strict=True)) for r in batch]))
        other = make_rows(args.import_rows, 3)
        base = once_ms(lambda: raw.import_rows(other, 10**9))
        emit("import", ours, base, "< 10x SQLite", None, rows=args.import_rows, history=True)
    finally:
        session.close()
        target.drop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="records in the list (default 100,000)")
    parser.add_argument("--import-rows", type=int, default=10_000, help="records imported at the end (default 10,000)")
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats per figure (median)")
    parser.add_argument("--backends", default=",".join(BACKENDS), help="comma list of sqlite, firebird, fdb")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="supasoft-bench-fb-"))
    results: list[dict[str, Any]] = []
    try:
        for name in args.backends.split(","):
            env = BACKENDS[name]
            if env is not None and not os.environ.get(env):
                print(f"# {name}: skipped, {env} is not set (eval \"$(bash scripts/firebird-server.sh env)\")", flush=True)
                continue
            results.extend(measure(name, args, folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report(results)


def report(results: list[dict[str, Any]]) -> None:
    """A table: one row per figure, one column per backend (ms, ratio to raw); import also against SQLite."""
    backends = list(dict.fromkeys(r["backend"] for r in results))
    names = list(dict.fromkeys(r["name"] for r in results))
    at = {(r["backend"], r["name"]): r for r in results}
    sqlite_import = at.get(("sqlite", "import"))
    print()
    print(f"{'figure':<20}" + "".join(f"{b + ' ms (x raw)':>30}" for b in backends) + "  goal")
    for name in names:
        cells = []
        goal = ""
        for b in backends:
            r = at.get((b, name))
            if r is None:
                cells.append(f"{'-':>30}")
                continue
            goal = r["goal"]
            ratio = f" ({r['ratio']}x)" if r.get("ratio") is not None else ""
            mark = {True: " ok", False: " !!", None: ""}[r.get("ok")]
            if name == "import" and sqlite_import and b != "sqlite":
                mark = f" {r['ours_ms'] / sqlite_import['ours_ms']:.1f}xSQLite"
            cells.append(f" {str(r['ours_ms']) + ratio + mark:>29}")
        print(f"{name:<20}" + "".join(cells) + f"  {goal}")


if __name__ == "__main__":
    main()
