"""Benchmark: an import of ROWS x 10 columns from an .xlsx beside openpyxl's bare read plus a raw executemany of the
same rows, peak memory of each, and orders with LINES detail rows from an SQLite table with their totals current.

Run: .venv/bin/python bench/bench_import.py [--rows 100000] [--lines 600000] [--orders 20000] [--compare-lines 100000]
(--undo N: an upsert updating N and creating N clients, then its undo, each in its own process;
--rows 0 / --lines 0: skip that part; --compare-lines 0: no smaller detail import to compare the peak with)
Each measurement runs in a fresh process (peak RSS = that process's VmHWM, see peak_mb). ours = ImportService read, mapping,
preview and apply (all or nothing: one transaction, rights, history, formulas) into a new SQLite database; bare =
openpyxl read-only iter_rows + sqlite3 executemany into a plain table. details = Orders + Order lines read from
another SQLite database and imported together (ImportService.preview_details/apply_details), totals computed; the
same with --compare-lines lines shows whether memory stays flat (goal: the big one's peak within 1.3x).
Prints one JSON line per measurement.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GOAL_RATIO = 2.0
GOAL_MB = 300
GOAL_FLAT = 1.3  # the big detail import's peak memory over the smaller one's
HEADERS = ["Name", "City", "Street", "Email", "Note", "Units", "Stock", "Year", "Price", "Weight"]


def peak_mb() -> float:
    """This process's peak resident memory: Linux's VmHWM (ru_maxrss keeps the parent's size at the fork, so a child
    started by a parent that made a big source file would show the parent's memory), else ru_maxrss."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_xlsx(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(HEADERS)
    for i in range(rows):
        ws.append([f"Client {i}", "Kraków", f"ul. Długa {i % 300}", f"c{i}@example.com", f"note {i % 97}",
                   i % 1000, i, 1990 + i % 30, round(i * 1.25, 2), round(i % 500 * 0.125, 3)])
    wb.save(path)


def build_structure(session) -> int:
    from supasoft.core.meta import FieldDef

    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    for name in HEADERS[:5]:
        cfg.add_field(obj.id, FieldDef(0, name, "string", length=100))
    for name in HEADERS[5:8]:
        cfg.add_field(obj.id, FieldDef(0, name, "integer"))
    cfg.add_field(obj.id, FieldDef(0, "Price", "money", precision=15, scale=2))
    cfg.add_field(obj.id, FieldDef(0, "Weight", "decimal", precision=15, scale=3))
    return obj.id


def run_ours(source: Path, work: Path) -> dict:
    from supasoft.services.importing import ImportService
    from supasoft.services.session import open_session

    session = open_session(work / "ours.db")
    build_structure(session)
    service = ImportService(session.records)
    start = time.perf_counter()
    table = service.read(source)
    read = time.perf_counter()
    preview = service.preview(table, service.mapping("Clients", table.headers))
    previewed = time.perf_counter()
    result = service.apply(preview)
    done = time.perf_counter()
    session.close()
    return {"read_s": round(read - start, 2), "preview_s": round(previewed - read, 2), "apply_s": round(done - previewed, 2),
            "seconds": round(done - start, 2), "rows": len(result.created), "peak_mb": round(peak_mb(), 1)}


def run_bare(source: Path, work: Path) -> dict:
    from openpyxl import load_workbook

    start = time.perf_counter()
    wb = load_workbook(source, read_only=True, data_only=True)
    rows = list(wb.worksheets[0].iter_rows(min_row=2, values_only=True))
    wb.close()
    conn = sqlite3.connect(work / "bare.db")
    conn.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {', '.join(f'c{i}' for i in range(10))})")
    with conn:
        conn.executemany(f"INSERT INTO t ({', '.join(f'c{i}' for i in range(10))}) VALUES ({', '.join('?' * 10)})", rows)
    conn.close()
    return {"seconds": round(time.perf_counter() - start, 2), "rows": len(rows), "peak_mb": round(peak_mb(), 1)}


def make_old_orders(path: Path, orders: int, lines: int) -> None:
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE Orders (OrderID INTEGER PRIMARY KEY, Customer TEXT, OrderDate TEXT);"
                       "CREATE TABLE Lines (OrderID INTEGER, Item TEXT, Price REAL, Quantity INTEGER);")
    with conn:
        conn.executemany("INSERT INTO Orders VALUES (?, ?, ?)", [(10000 + i, f"Client {i % 50}", "2024-05-06") for i in range(orders)])
        conn.executemany("INSERT INTO Lines VALUES (?, ?, ?, ?)",
                         [(10000 + i % orders, f"Item {i % 1000}", 1.5 + i % 7, 1 + i % 5) for i in range(lines)])
    conn.close()


def run_details(source: Path, work: Path) -> dict:
    from supasoft.core.meta import FieldDef
    from supasoft.services.importing import ImportService
    from supasoft.services.record_model import ListQuery
    from supasoft.services.session import open_session

    session = open_session(work / f"details-{source.stem}.db")
    cfg = session.configuration
    order = cfg.add_object("Order", "Orders")
    cfg.add_field(order.id, FieldDef(0, "Customer", "string", length=60))
    cfg.add_field(order.id, FieldDef(0, "Order date", "date"))
    line = cfg.add_object("Line", "Lines")
    cfg.add_link(line.id, order.id, "Lines", on_delete="cascade", field_name="Order")
    cfg.add_field(line.id, FieldDef(0, "Item", "string", length=60))
    cfg.add_field(line.id, FieldDef(0, "Price", "money", precision=15, scale=2))
    cfg.add_field(line.id, FieldDef(0, "Quantity", "integer"))
    cfg.add_field(line.id, FieldDef(0, "Amount", "formula", formula="{Price} * {Quantity}", scale=2))
    total = cfg.add_field(order.id, FieldDef(0, "Total", "formula", formula="SUM({Lines.Amount})", scale=2))
    service = ImportService(session.records)
    start = time.perf_counter()
    orders = service.read(source, table="Orders")
    lines = service.read(source, table="Lines")
    parent = service.preview(orders, service.mapping("Orders", orders.headers, codes_from="OrderID",
                                                     overrides=["OrderDate=Order date"]))
    plan = service.preview_details(orders, parent, "OrderID", lines, service.mapping("Lines", lines.headers), "OrderID")
    assert not plan.problems, [str(p) for p in plan.problems[:3]]
    previewed = time.perf_counter()
    parents, details = service.apply_details(plan)
    done = time.perf_counter()
    first = session.records.list(order.id, ListQuery(columns=[(total.id,)], limit=1))[0].cells[0]
    session.close()
    return {"preview_s": round(previewed - start, 2), "apply_s": round(done - previewed, 2), "seconds": round(done - start, 2),
            "orders": len(parents.created), "lines": len(details.created), "first_total": str(first),
            "peak_mb": round(peak_mb(), 1)}


def make_upsert_csv(path: Path, rows: int) -> None:
    """2 x rows clients: the first `rows` exist already (their prices change), the rest are new."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("Name,Price\n")
        for i in range(2 * rows):
            out.write(f"Client {i},{i}.75\n")


def run_upsert(source: Path, work: Path) -> dict:
    """An upsert of 2 x N rows over N existing clients (N updated, N created); its log kept for undo."""
    from supasoft.services.importing import ImportService
    from supasoft.services.session import open_session

    session = open_session(work / "undo.db")
    object_id = build_structure(session)
    price = session.records.obj(object_id).field_by_name("Price").id
    name = session.records.obj(object_id).field_by_name("Name").id
    rows = sum(1 for _ in open(source, encoding="utf-8")) // 2
    for first in range(0, rows, 5000):
        session.records.insert_many(object_id, [{name: f"Client {i}", price: i} for i in range(first, min(first + 5000, rows))])
    service = ImportService(session.records)
    table = service.read(source)
    preview = service.preview(table, service.mapping("Clients", table.headers, mode="upsert", keys=["Name"]))
    start = time.perf_counter()
    result = service.apply(preview)
    done = time.perf_counter()
    log = len(session.records.storage.get_info(f"import_{result.import_id}") or "")
    session.close()
    return {"seconds": round(done - start, 2), "created": len(result.created), "updated": len(result.updated),
            "log_bytes": log, "peak_mb": round(peak_mb(), 1)}


def run_undo(source: Path, work: Path) -> dict:
    """Undo of that upsert (import number 1) in a fresh process."""
    from supasoft.services.importing import ImportService
    from supasoft.services.session import open_session

    session = open_session(work / "undo.db")
    start = time.perf_counter()
    deleted, restored = ImportService(session.records).undo(1)
    done = time.perf_counter()
    session.close()
    return {"seconds": round(done - start, 2), "deleted": deleted, "restored": restored, "peak_mb": round(peak_mb(), 1)}


def child(kind: str, source: str, work: str) -> None:
    runner = {"ours": run_ours, "bare": run_bare, "details": run_details, "upsert": run_upsert, "undo": run_undo}[kind]
    print(json.dumps(runner(Path(source), Path(work))))


def measure(kind: str, source: Path, work: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(source), str(work)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=600_000)
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--compare-lines", type=int, default=100_000)
    parser.add_argument("--undo", type=int, default=0, help="N: undo of an upsert updating N and creating N records")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "SOURCE", "WORK"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "clients.xlsx"
        if args.rows:  # --rows 0: only the orders with their lines
            make_xlsx(source, args.rows)
            bare = measure("bare", source, work)
            ours = measure("ours", source, work)
            ratio = round(ours["seconds"] / bare["seconds"], 2)
            print(json.dumps({"name": "import_xlsx", "rows": args.rows, "columns": 10, "ours": ours, "bare": bare,
                              "ratio": ratio, "goal_ratio": GOAL_RATIO, "ok": ratio <= GOAL_RATIO and ours["peak_mb"] < GOAL_MB}))
        if args.undo:
            upsert_source = work / "upsert.csv"
            make_upsert_csv(upsert_source, args.undo)
            upsert = measure("upsert", upsert_source, work)
            undo = measure("undo", upsert_source, work)
            print(json.dumps({"name": "import_undo", "records": args.undo, "upsert": upsert, "undo": undo}))
        if args.lines:
            peaks = {}
            for lines in dict.fromkeys(n for n in (args.compare_lines, args.lines) if n):
                old = work / f"old{lines}.db"
                make_old_orders(old, args.orders, lines)
                details = measure("details", old, work)
                peaks[lines] = details["peak_mb"]
                print(json.dumps({"name": "import_orders_with_lines", "orders": args.orders, "lines": lines, **details}))
            if len(peaks) == 2:
                flat = round(peaks[args.lines] / peaks[args.compare_lines], 2)
                print(json.dumps({"name": "import_memory_flat", "lines": list(peaks), "peak_mb": list(peaks.values()),
                                  "ratio": flat, "goal_ratio": GOAL_FLAT, "ok": flat <= GOAL_FLAT}))


if __name__ == "__main__":
    main()
