"""Benchmark RecordTableModel + QTableView over a 1M-row SQLite file against raw-SQL baselines.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_table_model.py [--rows N]
Prints one JSON line per measurement: {"name", "ours_ms", "baseline_ms", "ratio", "goal", "ok"}.
The database is built once and cached under bench/out/ (sqlite3 directly: bench code, not the app).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from array import array
from concurrent.futures import Future, ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from supasoft.core.meta import FieldDef  # noqa: E402
from supasoft.widgets.record_table_model import RecordTableModel  # noqa: E402
from supasoft.widgets.row_source import ColumnInfo, RefValue, RowData  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
ROW_SQL = (
    "SELECT c.id, c.code, c.name, c.email, c.city_id, ci.name, c.note, c.amount, c.qty, c.status,"
    " c.created, c.active"
)
SELECT = "SELECT * FROM clients c"  # the raw baseline: one table, no join, no conversion
GOALS = {"first": 100.0, "jump": 50.0, "memory": 250.0}
SEARCH_COLUMNS = ("name", "email", "note")
STATUSES = ("Nowy", "W trakcie", "Wygrany", "Przegrany")
FIRST = "Jan Anna Piotr Maria Tomasz Zofia Paweł Agnieszka Иван Ольга Сергей Наталья John Emma Jürgen Łucja".split()
SYLLABLES = "ko wa ski la no mi ra be zo ła ść ni ta de ру ка ва но ли ма ber ger son ton".split()
WORDS = (
    "umowa oferta klient spotkanie telefon faktura dostawa zamówienie рынок договор звонок meeting".split()
)
COLUMNS = [
    ColumnInfo("code", "Code", None),
    ColumnInfo("name", "Name", FieldDef(2, "Name", "string", length=120)),
    ColumnInfo("email", "E-mail", FieldDef(3, "E-mail", "email")),
    ColumnInfo("city", "City", FieldDef(4, "City", "reference", target=99)),
    ColumnInfo("note", "Note", FieldDef(5, "Note", "text")),
    ColumnInfo("amount", "Amount", FieldDef(6, "Amount", "money", scale=2)),
    ColumnInfo("qty", "Qty", FieldDef(7, "Qty", "integer")),
    ColumnInfo("status", "Status", FieldDef(8, "Status", "choice", choices=STATUSES)),
    ColumnInfo("created", "Created", FieldDef(9, "Created", "date")),
    ColumnInfo("active", "Active", FieldDef(10, "Active", "boolean")),
]
INDEXED_SORTS = {None, "code"}  # None = the default order: by code (unique index)


def _rows(n: int):  # noqa: ANN202 - a generator of insert tuples
    rng = random.Random(42)
    choice, randint, rand = rng.choice, rng.randint, rng.random
    base = dt.date(2015, 1, 1).toordinal()
    for i in range(1, n + 1):
        last = "".join(choice(SYLLABLES) for _ in range(randint(2, 4))).capitalize()
        first = choice(FIRST)
        note = " ".join(choice(WORDS) for _ in range(randint(2, 6)))
        created = dt.date.fromordinal(base + randint(0, 3650)).isoformat()
        email = f"{last.lower()}.{i}@example.com"
        yield (i, i, f"{first} {last}", email, randint(1, 100), note, round(rand() * 100000, 2), randint(0, 1000), choice(STATUSES), created, rand() < 0.5)  # fmt: skip


def build_database(path: Path, n: int) -> None:
    """Write n random clients (Polish/Russian text) plus 100 cities; indexes on id and code only."""
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript("""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE cities(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE clients(id INTEGER PRIMARY KEY, code INTEGER NOT NULL, name TEXT, email TEXT,
            city_id INTEGER REFERENCES cities(id), note TEXT, amount REAL, qty INTEGER, status TEXT,
            created TEXT, active INTEGER);
    """)
    cities = ["Kraków", "Łódź", "Gdańsk", "Москва", "Санкт-Петербург", "Wrocław", "Poznań", "Berlin"]
    con.executemany(
        "INSERT INTO cities VALUES (?, ?)", [(i, f"{cities[i % len(cities)]} {i}") for i in range(1, 101)]
    )
    with con:
        con.executemany("INSERT INTO clients VALUES (?,?,?,?,?,?,?,?,?,?,?)", _rows(n))
    con.execute("CREATE UNIQUE INDEX ix_clients_code ON clients(code)")
    con.commit()
    con.close()
    tmp.rename(path)


class SqliteRowSource:
    """A RowSource over the bench table; the default order is the Code (unique index), as in a CRM list.

    Indexed orders: the OFFSET walks the narrow covering index for 256 ids, then those rows are
    read and joined to cities (a join inside a deep OFFSET would run for every skipped row).
    Unindexed sort: first pages by top-N queries at once; after the first, a worker thread loads the
    ordered id list (8 bytes a row); deeper pages wait for it and come by `id IN (...)`.
    Search: one scan yields both the ordered id list and the count.
    """

    DEEP = 8 * 256

    def __init__(self, path: Path):
        self._path = path
        self._con = sqlite3.connect(path)
        self._sort: str | None = None
        self._desc = False
        self._search = ""
        self._count: int | None = None
        self._ids: array | None = None
        self._pending: Future | None = None
        self._pool = ThreadPoolExecutor(max_workers=1)
        self.last_wait_ms = 0.0

    def connection(self) -> sqlite3.Connection:
        return self._con

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        self._con.close()

    def columns(self) -> list[ColumnInfo]:
        return list(COLUMNS)

    def count(self) -> int:
        if self._count is None:
            if self._search:
                self._count = len(self._id_list())
            else:
                self._count = self._con.execute("SELECT count(*) FROM clients").fetchone()[0]
        return self._count

    def set_sort(self, column_key: str | None, descending: bool) -> None:
        self._sort, self._desc = column_key, descending
        self._reset()

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self._reset()
        self._count = None

    def fetch(self, offset: int, limit: int) -> list[RowData]:
        if self._indexed():
            inner = f"SELECT c.id FROM clients c ORDER BY {self._order()} LIMIT ? OFFSET ?"
            return self._rows_by(inner, (limit, offset))
        if self._ids is None and not self._search and offset < self.DEEP:
            if self._pending is None or not self._pending.done():
                join = " LEFT JOIN cities ci ON ci.id = c.city_id" if self._sort == "city" else ""
                inner = f"SELECT c.id FROM clients c{join} ORDER BY {self._order()} LIMIT ? OFFSET ?"
                rows = self._rows_by(inner, (limit, offset))  # top-N: fast for a first screen
                if self._pending is None:  # now, not before: it would compete with the first screen
                    self._pending = self._pool.submit(self._load_ids, *self._ids_sql())
                return rows
        ids = self._id_list()[offset : offset + limit]
        if not ids:
            return []
        sql = f"{ROW_SQL} FROM clients c LEFT JOIN cities ci ON ci.id = c.city_id WHERE c.id IN ({','.join('?' * len(ids))})"
        by_id = {r[0]: self._row(r) for r in self._con.execute(sql, tuple(ids))}
        return [by_id[i] for i in ids if i in by_id]

    def row_index(self, record_id: int) -> int | None:
        if self._indexed():
            op = ">" if self._desc else "<"
            sql = f"SELECT count(*) FROM clients WHERE code {op} (SELECT code FROM clients WHERE id = ?)"
            exists = self._con.execute("SELECT 1 FROM clients WHERE id = ?", (record_id,)).fetchone()
            return self._con.execute(sql, (record_id,)).fetchone()[0] if exists else None
        try:
            return self._id_list().index(record_id)
        except ValueError:
            return None

    # --- internals --------------------------------------------------------------------------
    def _indexed(self) -> bool:
        return self._sort in INDEXED_SORTS and not self._search

    def _order(self) -> str:
        direction = "DESC" if self._desc else "ASC"
        column = "ci.name" if self._sort == "city" else f"c.{self._sort or 'code'}"
        return f"{column} {direction}, c.id {direction}"

    def _rows_by(self, inner: str, params: tuple) -> list[RowData]:
        """Rows (joined to cities) for the ids an inner query picks, in its order."""
        sql = (
            f"{ROW_SQL} FROM ({inner}) p JOIN clients c ON c.id = p.id"
            f" LEFT JOIN cities ci ON ci.id = c.city_id ORDER BY {self._order()}"
        )
        return [self._row(r) for r in self._con.execute(sql, params)]

    def _ids_sql(self) -> tuple[str, tuple]:
        join = " LEFT JOIN cities ci ON ci.id = c.city_id" if self._sort == "city" else ""
        where, params = "", ()
        if self._search:
            where = " WHERE " + " OR ".join(f"c.{c} LIKE ?" for c in SEARCH_COLUMNS)
            params = (f"%{self._search}%",) * len(SEARCH_COLUMNS)
        return f"SELECT c.id FROM clients c{join}{where} ORDER BY {self._order()}", params

    def _reset(self) -> None:
        self._ids = None
        self._pending = None  # a stale build finishes unseen

    def _id_list(self) -> array:
        if self._ids is None:
            start = time.perf_counter()
            if self._pending is not None:
                self._ids = self._pending.result()
            else:
                self._ids = self._load_ids(*self._ids_sql(), con=self._con)
            self._pending = None
            self.last_wait_ms = (time.perf_counter() - start) * 1000
        return self._ids

    def _load_ids(self, sql: str, params: tuple, con: sqlite3.Connection | None = None) -> array:
        own = con is None
        con = con or sqlite3.connect(self._path)
        try:
            cur = con.execute(sql, params)
            ids = array("q")
            while batch := cur.fetchmany(65536):
                ids.extend(r[0] for r in batch)
            return ids
        finally:
            if own:
                con.close()

    @staticmethod
    def _row(r: tuple) -> RowData:
        (rid, code, name, email, city_id, city, note, amount, qty, status, created, active) = r
        ref = RefValue(city_id, city) if city_id else None
        money = None if amount is None else Decimal(repr(amount))
        day = dt.date.fromisoformat(created) if created else None
        return RowData(
            rid, 1, (f"C-{code:07d}", name, email, ref, note, money, qty, status, day, bool(active))
        )


class PaintCounter(QObject):
    """Counts paint events of the view's viewport: 'painted' is when rows are on screen."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_paint(app: QApplication, counter: PaintCounter, before: int, timeout_s: float = 60.0) -> None:
    end = time.perf_counter() + timeout_s
    while counter.count <= before:
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the view never repainted")


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def timed_sql(con, sql: str, params: tuple = ()) -> float:  # noqa: ANN001
    start = time.perf_counter()
    con.execute(sql, params).fetchall()
    return ms(start)


def emit(
    name: str, ours: float, baseline: float | None, goal: float | None, note: str = "", unit: str = "ms"
) -> None:
    line: dict[str, object] = {
        "name": name,
        f"ours_{unit}": round(ours, 2),
        f"baseline_{unit}": None if baseline is None else round(baseline, 2),
        "ratio": None if not baseline else round(ours / baseline, 2),
        "goal": None if goal is None else f"< {goal:g} {unit}",
        "ok": None if goal is None else ours < goal,
    }
    if note:
        line["note"] = note
    print(json.dumps(line, ensure_ascii=False), flush=True)


def rss_mb() -> float:
    lines = Path("/proc/self/status").read_text().splitlines()
    return next(int(x.split()[1]) / 1024 for x in lines if x.startswith("VmRSS:"))


def naive_peak_mb(path: Path) -> float:
    """Peak RSS of a child process that loads every row (what a 'load all' grid would hold)."""
    code = (  # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec
        "import sqlite3, sys, pathlib; con = sqlite3.connect(sys.argv[1]);"
        f"rows = con.execute({ROW_SQL + ' FROM clients c LEFT JOIN cities ci ON ci.id = c.city_id'!r}).fetchall();"
        "print([int(x.split()[1]) / 1024 for x in pathlib.Path('/proc/self/status').read_text().splitlines()"
        " if x.startswith('VmHWM:')][0])"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--search", default="kowa", help="quick search text (LIKE over name, email, note)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    parser.add_argument("--skip-naive", action="store_true", help="skip the load-everything memory baseline")
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"clients_{args.rows}.sqlite"
    if args.rebuild or not path.exists():
        start = time.perf_counter()
        build_database(path, args.rows)
        print(
            json.dumps({"name": "build_database", "seconds": round(time.perf_counter() - start, 1)}),
            flush=True,
        )

    app = QApplication.instance() or QApplication([])
    view = QTableView()
    view.resize(1280, 800)
    view.verticalHeader().setDefaultSectionSize(24)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    view.show()
    for _ in range(5):
        app.processEvents()
    empty_app_rss = rss_mb()

    source = SqliteRowSource(path)
    raw = source.connection()
    raw.execute("SELECT count(*) FROM clients").fetchone()  # warm the page cache for both sides
    n = args.rows

    def painted(action) -> float:  # noqa: ANN001 - run an action, return ms until the view repainted
        before, start = counter.count, time.perf_counter()
        action()
        wait_paint(app, counter, before)
        return ms(start)

    def jump(row: int) -> float:
        return painted(lambda: view.scrollTo(model.index(row, 0), QTableView.ScrollHint.PositionAtCenter))

    def offset_sql(order: str, offset: int) -> float:
        return timed_sql(raw, f"{SELECT} ORDER BY {order} LIMIT 256 OFFSET ?", (offset,))

    # 1. First rows: build the model (count), attach it, wait until rows are painted.
    model: RecordTableModel | None = None

    def attach() -> None:
        nonlocal model
        model = RecordTableModel(source)
        view.setModel(model)

    ours = painted(attach)
    assert model is not None
    emit(
        "first_rows_painted", ours, offset_sql("c.code", 0), GOALS["first"], "ours = count(*) + page + paint"
    )

    # 2-4. Jumps in the default order (Code).
    ours = painted(view.scrollToBottom)
    emit("scroll_to_bottom", ours, offset_sql("c.code", max(0, n - 256)), GOALS["jump"])
    emit("jump_to_middle", jump(n // 2), offset_sql("c.code", n // 2), GOALS["jump"])
    rng = random.Random(7)
    rows = [rng.randrange(n) for _ in range(10)]
    ours = statistics.mean(jump(r) for r in rows)
    base = statistics.mean(offset_sql("c.code", r) for r in rows)
    emit("random_jump_avg", ours, base, GOALS["jump"], "10 jumps")

    # 5. Sort by an unindexed column (amount): top-N first page; the id list loads in the background.
    view.scrollToTop()
    ours = painted(lambda: model.sort(model.column_of("amount")))
    emit("sort_unindexed_first_rows", ours, offset_sql("c.amount, c.id", 0), None, "top-N ORDER BY amount")
    source.last_wait_ms = 0.0
    ours = jump(n // 2)
    note = f"includes {source.last_wait_ms:.0f} ms waiting for the id list"
    emit("sorted_jump_to_middle_first", ours, offset_sql("c.amount, c.id", n // 2), None, note)
    rows = [rng.randrange(n) for _ in range(10)]
    ours = statistics.mean(jump(r) for r in rows)
    base = offset_sql("c.amount, c.id", rows[0])
    emit("sorted_random_jump_avg", ours, base, GOALS["jump"], "id list ready; baseline = one deep OFFSET")
    model.sort(-1)

    # 6. Quick search: LIKE '%text%' over the string columns; count + first page.
    ours = painted(lambda: model.set_search(args.search))
    where = " OR ".join(f"c.{c} LIKE ?" for c in SEARCH_COLUMNS)
    params = (f"%{args.search}%",) * len(SEARCH_COLUMNS)
    start = time.perf_counter()
    hits = raw.execute(f"SELECT count(*) FROM clients c WHERE {where}", params).fetchone()[0]
    raw.execute(f"{SELECT} WHERE {where} ORDER BY c.code LIMIT 256", params).fetchall()
    emit("quick_search", ours, ms(start), None, f"{hits} hits of {n}; baseline = count(*) + LIMIT 256")
    model.set_search("")

    # 7. Memory.
    emit(
        "peak_rss",
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        empty_app_rss,
        GOALS["memory"],
        "baseline = app with an empty view",
        "MB",
    )
    if not args.skip_naive:
        emit("naive_fetchall_peak_rss", naive_peak_mb(path), None, None, "child: fetchall of all rows", "MB")
    source.close()


if __name__ == "__main__":
    main()
