"""Benchmark: a pivot (rows: client, columns: month, sum of line cost) over N order lines, ours vs hand-written SQL.

Run: .venv/bin/python bench/bench_reports.py [--rows 1000000]
Prints one JSON line per measurement: {"name", "rows", "groups", "ours_ms", "baseline_ms", "ratio", "goal_ratio", "ok"}.
ours = ReportService.run (rights checks, the grouped SELECT through storage.report_sql, labels, subtotals and
totals added up over the groups); baseline = the same GROUP BY written by hand, run on a connection of the
same engine (same pragmas) in the same run, and also with a plain sqlite3 connection (best of 3 each). The N-line file is cached under bench/out/. SQLite only for now.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import time
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


def build(path: Path, rows: int) -> None:
    """Clients (Name), orders (Client, Date over three years), lines (Order, Cost): `rows` lines, 10 per order."""
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    session = open_session(tmp)
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
    tmp.rename(path)


def best_of(runs: int, work: object) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        began = time.perf_counter()
        result = work()  # type: ignore[operator]
        best = min(best, (time.perf_counter() - began) * 1000)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"reports_{args.rows}.db"
    if not path.exists():
        build(path, args.rows)
    session = open_session(path)
    config = session.configuration.config
    client, order, line = (config.object_by_name(n) for n in ("Client", "Order", "Line"))
    o_client, o_date = (order.field_by_name(n) for n in ("Client", "Date"))
    l_order, l_cost = (line.field_by_name(n) for n in ("Order", "Cost"))
    spec = ReportSpec(line.id, rows=[Grouping((l_order.id, o_client.id))], columns=[Grouping((l_order.id, o_date.id), "month")],
                      measures=[Measure((l_cost.id,), "sum")])
    service = ReportService(session.records)
    ours_ms, result = best_of(3, lambda: service.run(spec))
    sql = (f"SELECT o.{column_name(o_client)}, strftime('%Y-%m', o.{column_name(o_date)}), SUM(l.{column_name(l_cost)})"
           f" FROM {table_name(line.id)} l LEFT JOIN {table_name(order.id)} o ON o.id = l.{column_name(l_order)}"
           f" GROUP BY o.{column_name(o_client)}, strftime('%Y-%m', o.{column_name(o_date)})")
    with session.storage.connect() as conn:  # the same connection settings (cache, mmap) as ours
        baseline_ms, rows = best_of(3, lambda: conn.exec_driver_sql(sql).fetchall())
    raw = sqlite3.connect(path)  # and a plain sqlite3 connection, as a second reference
    plain_ms, _ = best_of(3, lambda: raw.execute(sql).fetchall())
    raw.close()
    session.close()
    groups = len(rows)  # type: ignore[arg-type]
    assert groups == len(result.cells), (groups, len(result.cells))  # type: ignore[union-attr]
    ratio = ours_ms / baseline_ms
    print(json.dumps({"name": "pivot client x month, sum of cost", "rows": args.rows, "groups": groups,
                      "ours_ms": round(ours_ms, 1), "baseline_ms": round(baseline_ms, 1), "plain_sqlite3_ms": round(plain_ms, 1), "ratio": round(ratio, 2),
                      "goal_ratio": GOAL_RATIO, "ok": ratio <= GOAL_RATIO}))
    del client


if __name__ == "__main__":
    main()
