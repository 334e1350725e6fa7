"""Benchmark: exporting ROWS records x 10 fields to .xlsx (supasoft-admin export's export_records: pages of the list
query as the user may read them, typed cells, formats, formula-like text kept as text) beside openpyxl's bare
write-only save of the same values already in memory.

Run: .venv/bin/python bench/bench_export.py [--rows 100000]
Prints one JSON line: {"name", "rows", "ours_s", "bare_s", "ratio", "csv_s"}.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_import import HEADERS, build_structure  # noqa: E402
from supasoft.services.exchange_records import export_records  # noqa: E402
from supasoft.services.session import open_session  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        session = open_session(work / "export.db")
        object_id = build_structure(session)
        ids = [f.id for f in session.records.obj(object_id).fields]
        rows = [[f"Client {i}", "Kraków", f"ul. Długa {i % 300}", f"c{i}@example.com", f"note {i % 97}",
                 i % 1000, i, 1990 + i % 30, f"{i * 1.25:.2f}", f"{i % 500 * 0.125:.3f}"] for i in range(args.rows)]
        session.records.insert_many(object_id, [dict(zip(ids, r, strict=True)) for r in rows], history=False)
        start = time.perf_counter()
        count = export_records(session.records, object_id, work / "ours.xlsx")
        ours = time.perf_counter() - start
        start = time.perf_counter()
        export_records(session.records, object_id, work / "ours.csv")
        csv_s = time.perf_counter() - start
        session.close()

        from openpyxl import Workbook

        start = time.perf_counter()
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Clients")
        ws.append(["Code", *HEADERS])
        for n, row in enumerate(rows, start=1):
            ws.append([f"{n}", *row])
        wb.save(work / "bare.xlsx")
        bare = time.perf_counter() - start
        print(json.dumps({"name": "export_xlsx", "rows": count, "ours_s": round(ours, 2), "bare_s": round(bare, 2),
                          "ratio": round(ours / bare, 2), "csv_s": round(csv_s, 2)}))


if __name__ == "__main__":
    main()
