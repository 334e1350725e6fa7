"""Benchmark: a pivot (rows: client, columns: month, sum of line cost) over N order lines, ours vs hand-written SQL.

Run: .venv/bin/python bench/bench_reports.py [--rows 1000000]
     eval "$(bash scripts/firebird-server.sh env)"; .venv/bin/python bench/bench_reports.py --firebird [--rows 100000]
Prints one JSON line per measurement: {"name", "rows", "groups", "ours_ms", "baseline_ms", "ratio", "goal_ratio", "ok"}.
ours = ReportService.run (rights checks, the grouped SELECT through storage.report_sql, labels, subtotals and
totals added up over the groups); baseline = the same GROUP BY written by hand, run on a connection of the
same engine (same pragmas) in the same run, and also with a plain sqlite3 connection (best of 3 each). The N-line file is cached under bench/out/. SQLite only for now.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from supasoft.core.meta import FieldDef  # noqa: E402
from supasoft.core.reports.spec import Grouping, Measure, ReportSpec  # noqa: E402
from supasoft.services.reports import ReportService  # noqa: E402
from supasoft.services.session import open_session  # noqa: E402
from supasoft.storage.physical import column_name, table_name  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
BATCH = 50_000
GOAL_RATIO = 1.5
CLIENTS = 1000


def build(path: Path, rows: int, url: str | None = None) -> None:
    """Clients (Name), orders (Client, Date over three years), lines (Order, Cost): `rows` lines, 10 per order
    (into the server database at `url` when given, else a SQLite file at `path`)."""
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    session = open_session(url or tmp)
    cfg = session.configuration
    client = cfg.add_object("Client", "Clients")
    name = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=100)).id
    cfg.update_object(client.id, display_field=name)
    order = cfg.add_object("Order", "Orders")
    order_client = cfg.add_field(order.id, FieldDef(0, "Client", "reference", target=client.id)).id
    order_date = cfg.add_field(order.id, FieldDef(0, "Date", "date")).id
    line = cfg.add_object("Line", "Lines")
    line_order = cfg.add_field(line.id, FieldDef(0, "Order", "reference", target=order.id)).id
    cost = cfg.add_field(line.id, FieldDef(0, "Cost", "money")).id
    rng = random.Random(7)
    session.records.insert_many(client.id, [{name: f"Client {i:04d}"} for i in range(CLIENTS)], history=False)
    orders = max(1, rows // 10)
    start = dt.date(2023, 1, 1)
    for first in range(0, orders, BATCH):
        chunk = [{order_client: rng.randint(1, CLIENTS), order_date: start + dt.timedelta(days=rng.randint(0, 3 * 365))}
                 for _ in range(first, min(orders, first + BATCH))]
        session.records.insert_many(order.id, chunk, history=False)
    for first in range(0, rows, BATCH):
        chunk = [{line_order: rng.randint(1, orders), cost: Decimal(rng.randint(0, 10**6)) / 100}
                 for _ in range(first, min(rows, first + BATCH))]
        session.records.insert_many(line.id, chunk, history=False)
    session.close()
    if url is None:
        tmp.rename(path)


def best_of(runs: int, work: object) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        began = time.perf_counter()
        result = work()  # type: ignore[operator]
        best = min(best, (time.perf_counter() - began) * 1000)
    return best, result


def firebird_target() -> tuple[str, Path]:
    """A fresh database on the test server (its folder must be the server's, as tests/conftest.py does)."""
    from sqlalchemy.engine import make_url

    from supasoft.storage.firebird.engine import create_firebird_database

    base = make_url(os.environ["SUPASOFT_FB_URL"])
    folder = Path(base.database or "").parent / f"bench-reports-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    folder.mkdir(mode=0o770)
    shutil.chown(folder, "firebird", "firebird")
    url = base.set(database=str(folder / "reports.fdb")).render_as_string(hide_password=False)
    create_firebird_database(url)
    return url, folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=None, help="order lines (default 1,000,000; 100,000 on Firebird)")
    parser.add_argument("--firebird", action="store_true", help="on the Firebird server of SUPASOFT_FB_URL")
    args = parser.parse_args()
    rows = args.rows or (100_000 if args.firebird else 1_000_000)
    folder: Path | None = None
    if args.firebird:
        url, folder = firebird_target()
        build(Path(folder / "unused"), rows, url)
        target: str | Path = url
    else:
        OUT.mkdir(exist_ok=True)
        target = OUT / f"reports_{rows}.db"
        if not target.exists():
            build(target, rows)
    try:
        measure(target, rows, "firebird" if args.firebird else "sqlite")
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def measure(target: str | Path, rows_count: int, engine: str) -> None:
    session = open_session(target)
    config = session.configuration.config
    order, line = (config.object_by_name(n) for n in ("Order", "Line"))
    o_client, o_date = (order.field_by_name(n) for n in ("Client", "Date"))
    l_order, l_cost = (line.field_by_name(n) for n in ("Order", "Cost"))
    spec = ReportSpec(line.id, rows=[Grouping((l_order.id, o_client.id))], columns=[Grouping((l_order.id, o_date.id), "month")],
                      measures=[Measure((l_cost.id,), "sum")])
    service = ReportService(session.records)
    ours_ms, result = best_of(3, lambda: service.run(spec))
    date = f"o.{column_name(o_date)}"
    month = (f"strftime('%Y-%m', {date})" if engine == "sqlite"
             else f"EXTRACT(YEAR FROM {date}) * 100 + EXTRACT(MONTH FROM {date})")
    sql = (f"SELECT o.{column_name(o_client)}, {month}, SUM(l.{column_name(l_cost)})"
           f" FROM {table_name(line.id)} l LEFT JOIN {table_name(order.id)} o ON o.id = l.{column_name(l_order)}"
           f" GROUP BY o.{column_name(o_client)}, {month}")
    with session.storage.connect() as conn:  # the same connection settings (cache, mmap) as ours
        baseline_ms, found = best_of(3, lambda: conn.exec_driver_sql(sql).fetchall())
    figures: dict[str, object] = {}
    if engine == "sqlite":  # and a plain sqlite3 connection, as a second reference
        raw = sqlite3.connect(target)
        plain_ms, _ = best_of(3, lambda: raw.execute(sql).fetchall())
        raw.close()
        figures["plain_sqlite3_ms"] = round(plain_ms, 1)
    session.close()
    groups = len(found)  # type: ignore[arg-type]
    assert groups == len(result.cells), (groups, len(result.cells))  # type: ignore[union-attr]
    ratio = ours_ms / baseline_ms
    print(json.dumps({"name": "pivot client x month, sum of cost", "engine": engine, "rows": rows_count, "groups": groups,
                      "ours_ms": round(ours_ms, 1), "baseline_ms": round(baseline_ms, 1), **figures, "ratio": round(ratio, 2),
                      "goal_ratio": GOAL_RATIO, "ok": ratio <= GOAL_RATIO}))


if __name__ == "__main__":
    main()
