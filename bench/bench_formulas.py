"""Benchmark: keeping stored formulas current when the records they read change (SQLite file).

Run: .venv/bin/python bench/bench_formulas.py [--projects 10000] [--orders 50000] [--lines 600000]
Prints one JSON line per measurement: {"name", "ours_ms", "baseline_ms", "ratio", "goal", ...}.

- client_change: one client referenced by N projects whose formula reads {Client.Discount %}; ours = the card
  save of the client (the save, its history and the projects' formulas); baseline = a raw
  `UPDATE projects SET discount = (SELECT ...) WHERE client = ?` in sqlite3 on the same file. Goal: < 1 s.
- order_totals_after_bulk_insert: 600,000 lines of 50,000 orders inserted by the bulk path; ours = the formula
  refresh the insert runs (order totals = SUM({Lines.Amount})), measured alone after resetting the totals (the
  same call insert_many makes, with the parents it already read from the rows for its reference checks);
  baseline = the hand-written `UPDATE orders SET total = (SELECT SUM(amount) FROM lines WHERE ...)`.
  Goal: ours <= 3x baseline. Also prints the whole bulk insert's time.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_storage import emit, timed  # noqa: E402  (same JSON lines as the storage bench)

from supasoft.core.meta import FieldDef  # noqa: E402
from supasoft.services.formula_refresh import Change  # noqa: E402
from supasoft.services.records import held_ids, reference_values  # noqa: E402
from supasoft.services.session import open_session  # noqa: E402
from supasoft.storage.physical import column_name, table_name  # noqa: E402

BATCH = 50_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--orders", type=int, default=50_000)
    parser.add_argument("--lines", type=int, default=600_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="supasoft-bench-formulas-"))
    path = folder / "crm.db"
    session = open_session(path, backup_folder=folder / "backups")
    cfg, records = session.configuration, session.records
    rng = random.Random(7)

    # --- one client read by many projects ------------------------------------------------------------
    client = cfg.add_object("Client", "Clients")
    discount = cfg.add_field(client.id, FieldDef(0, "Discount %", "decimal", scale=2))
    project = cfg.add_object("Project", "Projects")
    project_client = cfg.add_field(project.id, FieldDef(0, "Client", "reference", target=client.id))
    project_discount = cfg.add_field(project.id, FieldDef(0, "Discount", "formula", formula="{Client.Discount %} * 2", scale=2))
    client_ids = records.insert_many(client.id, [{discount.id: Decimal(i % 30)} for i in range(100)], history=False)
    busy = client_ids[0]
    records.insert_many(project.id, [{project_client.id: busy if i < args.projects else rng.choice(client_ids)}
                                     for i in range(args.projects + 10_000)], history=False)
    record = records.get(client.id, busy)
    record.values[discount.id] = Decimal("12.5")
    ours, _ = timed(lambda: records.save(record))
    raw = sqlite3.connect(path)
    p_table, c_table = table_name(project.id), table_name(client.id)
    p_col, p_ref, c_col = column_name(project_discount), column_name(project_client), column_name(discount)
    stale = raw.execute(f"SELECT COUNT(*) FROM {p_table} WHERE {p_ref} = ? AND {p_col} <> 2500", (busy,)).fetchone()[0]
    readers = raw.execute(f"SELECT COUNT(*) FROM {p_table} WHERE {p_ref} = ?", (busy,)).fetchone()[0]
    assert stale == 0 and readers >= args.projects, f"{stale} of {readers} projects are not current"
    sql = (f"UPDATE {p_table} SET {p_col} = (SELECT {c_col} * 2 FROM {c_table} WHERE {c_table}.id = {p_table}.{p_ref}) "
           f"WHERE {p_ref} = ?")
    baseline, _ = timed(lambda: (raw.execute(sql, (busy,)), raw.commit()))
    emit("client_change", ours, baseline, "< 1000 ms", projects=args.projects)

    # --- order totals after a bulk insert of lines ---------------------------------------------------
    order = cfg.add_object("Order", "Orders")
    line = cfg.add_object("Line", "Lines")
    link = cfg.add_link(line.id, order.id, "Lines", on_delete="cascade")
    amount = cfg.add_field(line.id, FieldDef(0, "Amount", "money"))
    total = cfg.add_field(order.id, FieldDef(0, "Total", "formula", formula="SUM({Lines.Amount})", scale=2))
    order_ids: list[int] = []
    for start in range(0, args.orders, BATCH):
        order_ids += records.insert_many(order.id, [{} for _ in range(min(BATCH, args.orders - start))], history=False)
    per_order = args.lines // len(order_ids)
    rows = [{link.field: oid, amount.id: Decimal(rng.randint(1, 99_999)) / 100} for oid in order_ids for _ in range(per_order)]
    inserted: list[int] = []

    def insert() -> None:
        for start in range(0, len(rows), BATCH):
            inserted.extend(records.insert_many(line.id, rows[start : start + BATCH], history=False))

    whole, _ = timed(insert)
    o_table, l_table = table_name(order.id), table_name(line.id)
    o_total, l_amount = column_name(total), column_name(amount)
    l_order = column_name(records.config.object_by_id(line.id).field_by_id(link.field))
    expected = dict(raw.execute(f"SELECT {l_order}, SUM({l_amount}) FROM {l_table} GROUP BY {l_order}").fetchall())
    stored = dict(raw.execute(f"SELECT id, {o_total} FROM {o_table}").fetchall())
    assert all(stored[o] == expected.get(o, 0) for o in order_ids), "order totals are not current after the bulk insert"

    def reset() -> None:
        raw.execute(f"UPDATE {o_table} SET {o_total} = 0")
        raw.commit()

    # insert_many reads the rows' reference values once for its existence checks; the refresh reuses them
    pointed = reference_values(records.config.object_by_id(line.id), rows, {})

    def refresh() -> None:
        repo = records.repo()
        with session.storage.begin() as conn:
            records.formulas.after_write(conn, repo, [Change(line.id, set(inserted), holds=held_ids(pointed))])

    reset()
    ours, _ = timed(refresh)
    reset()
    baseline, _ = timed(lambda: (raw.execute(f"UPDATE {o_table} SET {o_total} = (SELECT COALESCE(SUM({l_amount}), 0) FROM {l_table} "
                                             f"WHERE {l_table}.{l_order} = {o_table}.id)"), raw.commit()))
    emit("order_totals_after_bulk_insert", ours, baseline, "<= 3x raw UPDATE", orders=len(order_ids), lines=len(rows),
         bulk_insert_ms=round(whole * 1000))
    raw.close()
    session.close()


if __name__ == "__main__":
    main()
