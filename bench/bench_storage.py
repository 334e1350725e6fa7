"""Storage benchmark: our services on N records of a 10-field object vs raw SQL on the same file, same run.

Prints one JSON line per measurement: name, ours_ms, baseline_ms, ratio, goal. Run:
    .venv/bin/python bench/bench_storage.py --rows 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from supasoft.core.meta import FieldDef, SortKey
from supasoft.services.record_model import ListQuery
from supasoft.services.session import open_session

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima",
         "Kraków", "Gdańsk", "Москва", "Łódź", "zażółć", "Клиент", "north", "south"]
CITIES = [f"City {n}" for n in range(100)]
BATCH = 20_000


def rows(n: int, seed: int = 1) -> list[tuple]:
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    out = []
    for i in range(n):
        out.append((
            f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}",
            f"user{i}@example.com",
            rng.choice(CITIES),
            f"note {rng.choice(WORDS)} {rng.randint(0, 10**6)}",
            Decimal(rng.randint(0, 10**7)) / 100,
            rng.randint(0, 1000),
            rng.choice(["New", "Paid", "Shipped"]),
            start + dt.timedelta(days=rng.randint(0, 2000)),
            rng.random() < 0.5,
            str(rng.randint(0, 99999)),
        ))
    return out


def emit(name: str, ours: float, baseline: float | None, goal: str, **extra: object) -> None:
    line = {"name": name, "ours_ms": round(ours * 1000, 1)}
    if baseline is not None:
        line["baseline_ms"] = round(baseline * 1000, 1)
        line["ratio"] = round(ours / baseline, 2) if baseline else None
    line["goal"] = goal
    line.update(extra)
    print(json.dumps(line, ensure_ascii=False), flush=True)


def timed(fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="supasoft-bench-"))
    n = args.rows
    data = rows(n)

    # Raw baseline: the same 10 columns in a plain table, one executemany.
    raw_path = folder / "raw.db"
    raw_path.unlink(missing_ok=True)
    raw = sqlite3.connect(raw_path)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, email TEXT, city TEXT, note TEXT, amount INTEGER,"
                " qty INTEGER, status TEXT, created TEXT, flag INTEGER, code TEXT, rec_code INTEGER)")
    raw.execute("CREATE INDEX ix_name ON t (name)")  # the same indexes as ours: Name is indexed
    raw.execute("CREATE UNIQUE INDEX ix_code ON t (rec_code)")
    raw_rows = [(r[0], r[1], r[2], r[3], int(r[4] * 100), r[5], r[6], r[7].isoformat(), int(r[8]), r[9], i) for i, r in enumerate(data)]
    base_insert, _ = timed(lambda: (raw.executemany("INSERT INTO t (name, email, city, note, amount, qty, status, created, flag, code, rec_code)"
                                                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)", raw_rows), raw.commit()))

    # Ours: the same object built through the configuration service, filled through the records service.
    path = folder / "ours.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    session = open_session(path, backup_folder=folder / "backups")
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    specs = [("Name", "string", {"length": 200, "indexed": True}), ("E-mail", "email", {}), ("City", "string", {"length": 100}),
             ("Note", "string", {"length": 200}), ("Amount", "money", {}), ("Qty", "integer", {}),
             ("Status", "choice", {"choices": ("New", "Paid", "Shipped")}), ("Created", "date", {}), ("Flag", "boolean", {}),
             ("Ref", "string", {"length": 20})]
    fields = [cfg.add_field(obj.id, FieldDef(0, name, t, **o)).id for name, t, o in specs]
    records = session.records

    def insert_ours() -> None:
        for start in range(0, n, BATCH):
            records.insert_many(obj.id, [dict(zip(fields, r, strict=True)) for r in data[start : start + BATCH]], history=False)

    ours_insert, _ = timed(insert_ours)
    emit("insert_records", ours_insert, base_insert, "< 3x raw executemany", rows=n)

    # First page of a sorted list (indexed field), and by an unindexed one.
    name_id, city_id = fields[0], fields[2]
    columns = [(f,) for f in fields]
    first, _ = timed(lambda: records.list(obj.id, ListQuery(columns=columns, sort=[SortKey((name_id,))], limit=100)))
    first, _ = timed(lambda: records.list(obj.id, ListQuery(columns=columns, sort=[SortKey((name_id,))], limit=100)))
    base_first, _ = timed(lambda: raw.execute("SELECT * FROM t ORDER BY name, id LIMIT 100").fetchall())
    emit("first_page_sorted_indexed", first, base_first, "< 50 ms")
    unindexed, _ = timed(lambda: records.list(obj.id, ListQuery(columns=columns, sort=[SortKey((city_id,))], limit=100)))
    base_unindexed, _ = timed(lambda: raw.execute("SELECT * FROM t ORDER BY city, id LIMIT 100").fetchall())
    emit("first_page_sorted_unindexed", unindexed, base_unindexed, "(info)")

    # Quick search across all string fields: count plus first page, as the table does.
    sql_where = "name LIKE ? OR email LIKE ? OR city LIKE ? OR note LIKE ? OR status LIKE ? OR code LIKE ?"
    for label, word in (("ascii", "delta"), ("non_ascii", "zażółć")):
        def ours_search(word: str = word) -> int:
            q = ListQuery(columns=columns, search=word, limit=100)
            records.list(obj.id, q)
            return records.count(obj.id, q)

        def raw_search(word: str = word) -> int:
            like = [f"%{word}%"] * 6
            raw.execute(f"SELECT * FROM t WHERE {sql_where} ORDER BY id LIMIT 100", like).fetchall()
            return raw.execute(f"SELECT count(*) FROM t WHERE {sql_where}", like).fetchone()[0]

        search_time, found = timed(ours_search)
        base_search, base_found = timed(raw_search)
        emit(f"search_string_fields_{label}", search_time, base_search, "< 2x raw LIKE", found=found, raw_found=base_found,
             note="ours is case-insensitive for non-ASCII letters too" if label == "non_ascii" else "")

    # Add a field to the big object.
    add_time, _ = timed(lambda: cfg.add_field(obj.id, FieldDef(0, "Extra", "string", length=50)))
    base_add, _ = timed(lambda: (raw.execute("ALTER TABLE t ADD COLUMN extra TEXT"), raw.commit()))
    emit("add_field", add_time, base_add, "< 1 s")

    # Change a field's type on all records (integer -> decimal) vs a raw table rebuild with CAST.
    qty_id = fields[5]
    cfg.backups.keep = 1
    backup_time, _ = timed(lambda: cfg.backups.take_automatic("bench"))
    retype, _ = timed(lambda: cfg.change_field_type(obj.id, qty_id, type="decimal", scale=2))

    def raw_rebuild() -> None:
        raw.execute("CREATE TABLE t2 (id INTEGER PRIMARY KEY, name TEXT, email TEXT, city TEXT, note TEXT, amount INTEGER,"
                    " qty NUMERIC, status TEXT, created TEXT, flag INTEGER, code TEXT, rec_code INTEGER, extra TEXT)")
        raw.execute("INSERT INTO t2 SELECT id, name, email, city, note, amount, CAST(qty AS NUMERIC), status, created, flag, code,"
                    " rec_code, extra FROM t")
        raw.execute("DROP TABLE t")
        raw.execute("ALTER TABLE t2 RENAME TO t")
        raw.execute("CREATE INDEX ix_name ON t (name)")
        raw.execute("CREATE UNIQUE INDEX ix_code ON t (rec_code)")
        raw.commit()

    base_retype, _ = timed(raw_rebuild)
    emit("change_field_type", retype, base_retype, "< 3x raw rebuild with CAST", includes_backup=True,
         backup_ms=round(backup_time * 1000, 1))

    # The same on a conversion that needs our parser for every value (string -> integer).
    ref_id = fields[9]
    retype_py, _ = timed(lambda: cfg.change_field_type(obj.id, ref_id, type="integer"))

    def raw_rebuild_text() -> None:
        raw.execute("UPDATE t SET code = CAST(code AS INTEGER)")
        raw.commit()

    base_py, _ = timed(raw_rebuild_text)
    emit("change_field_type_parsed", retype_py, base_py, "(info) string->integer through our parser vs a raw CAST update",
         includes_backup=True)
    session.close()
    raw.close()


if __name__ == "__main__":
    main()
