"""Crash-safety harness: a child that writes through the services, and the parent's kill-and-verify cycles.

Child (started with sys.executable, then killed with SIGKILL at a random moment):

    python kill_writer.py records DB OBJECT_ID SEED
        prints "ready", then for ever: "I <sum>" before inserting a record, "U <id> <sum>" before
        updating one, and "C <id> <sum>" once save() has returned; a C line means committed.
    python kill_writer.py structure DB OBJECT_ID add_field|change_type
        prints "ready", runs one structure change on a table of a few thousand rows, prints "done <s>".

Every line is flushed as soon as it is written, so what the parent read before the kill is exactly
what the child had announced. The parent side (prepare_*, records_cycle, structure_cycle) is used by
tests/storage/test_kill.py and bench/bench_kill.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from supasoft.core.meta import FieldDef
from supasoft.services.integrity import check_database
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session

HERE = Path(__file__).resolve()
OBJECT_NAME = "Kill test"
WORDS = ["Клиент", "zażółć", "O'Brien", '"; DROP TABLE x; --', "alpha", "Łódź", "back\\slash", "select"]
RECORD_FIELDS: list[FieldDef] = [
    FieldDef(0, "Name", "string", length=200),
    FieldDef(0, "Amount", "decimal", scale=2),
    FieldDef(0, "Qty", "integer"),
    FieldDef(0, "When", "datetime"),
    FieldDef(0, "Flag", "boolean"),
    FieldDef(0, "Notes", "text"),
]
STRUCTURE_ROWS = 4000
ADDED_NAME, ADDED_DEFAULT = "Added", "filled ✓"


# --- values and checksums (both sides) ---------------------------------------------------------------------
def record_values(rng: random.Random, fields: list[FieldDef]) -> dict[int, Any]:
    """Canonical values for one record (notes up to a few KB, so a record can span pages)."""
    values: dict[int, Any] = {}
    for f in fields:
        if f.type == "string":
            values[f.id] = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5)))[:200].strip()
        elif f.type == "decimal":
            values[f.id] = Decimal(rng.randint(-(10**12), 10**12)).scaleb(-2)
        elif f.type == "integer":
            values[f.id] = rng.randint(-(2**62), 2**62)
        elif f.type == "datetime":
            values[f.id] = dt.datetime(2000, 1, 1) + dt.timedelta(seconds=rng.randint(0, 10**9))
        elif f.type == "boolean":
            values[f.id] = rng.random() < 0.5
        elif f.type == "text":
            values[f.id] = "\n".join(rng.choice(WORDS) for _ in range(rng.randint(1, 600)))
    return values


def checksum(values: dict[int, Any]) -> str:
    """A short digest of canonical values: type and text of each, by field id."""
    text = "|".join(f"{fid}:{type(v).__name__}:{v}" for fid, v in sorted(values.items()))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


# --- the child -------------------------------------------------------------------------------------------
def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def child_records(db: str, object_id: int, seed: int) -> None:
    """Insert (and sometimes update) records for ever, announcing each and confirming each commit."""
    session = open_session(db, create=False, backup_folder=Path(db).parent / "backups")
    fields = session.configuration.object(object_id).fields
    rng = random.Random(seed)
    mine: list[int] = []
    emit("ready")
    while True:
        values = record_values(rng, fields)
        if mine and rng.random() < 0.25:
            record = session.records.get(object_id, rng.choice(mine))
            emit(f"U {record.id} {checksum(values)}")
        else:
            record = session.records.new(object_id)
            emit(f"I {checksum(values)}")
        record.values.update(values)
        saved = session.records.save(record)
        if checksum(saved.values) != checksum(values):
            emit(f"E {saved.id} stored values differ from those saved: {saved.values!r} != {values!r}")
            sys.exit(3)
        if record.id is None:
            mine.append(saved.id or 0)
        emit(f"C {saved.id} {checksum(saved.values)}")


def child_structure(db: str, object_id: int, mode: str) -> None:
    """One structure change on a big table: add a field with a default, or string -> integer."""
    session = open_session(db, create=False, backup_folder=Path(db).parent / "backups")
    obj = session.configuration.object(object_id)
    emit("ready")
    start = time.perf_counter()
    if mode == "add_field":
        session.configuration.add_field(object_id, FieldDef(0, ADDED_NAME, "string", default=ADDED_DEFAULT))
    elif mode == "change_type":
        number = obj.field_by_name("Number")
        assert number is not None
        session.configuration.change_field_type(object_id, number.id, type="integer", on_failure="refuse")
    else:
        raise SystemExit(f"unknown mode {mode}")
    emit(f"done {time.perf_counter() - start:.4f}")
    session.close()


# --- the parent: databases ----------------------------------------------------------------------------------
def prepare_records_db(path: Path) -> int:
    """A database with one object of six fields of different types; returns the object id."""
    session = open_session(path, backup_folder=path.parent / "backups")
    try:
        obj = session.configuration.add_object(OBJECT_NAME)
        for draft in RECORD_FIELDS:
            session.configuration.add_field(obj.id, draft)
        return obj.id
    finally:
        session.close()


def structure_values(i: int) -> tuple[str, str, Decimal]:
    """Row i of the structure-change table: name, a number written as text, an amount."""
    return f"row {i} Клиент", str(i * 7 - 5000), Decimal(i).scaleb(-2)


def prepare_structure_db(path: Path, rows: int = STRUCTURE_ROWS) -> int:
    """A database with an object of `rows` records (Name, Number as text, Amount); returns the object id."""
    session = open_session(path, backup_folder=path.parent / "backups")
    try:
        obj = session.configuration.add_object(OBJECT_NAME)
        ids = [session.configuration.add_field(obj.id, FieldDef(0, name, kind, scale=scale)).id
               for name, kind, scale in (("Name", "string", None), ("Number", "string", None), ("Amount", "decimal", 2))]
        session.records.insert_many(obj.id, [dict(zip(ids, structure_values(i), strict=True)) for i in range(rows)],
                                    history=False)
        return obj.id
    finally:
        session.close()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a closed database file (the backup API, never a copy of a live WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def integrity(path: Path) -> str:
    """PRAGMA integrity_check on a fresh connection ("ok" when the file is sound)."""
    conn = sqlite3.connect(path)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check").fetchall())
    finally:
        conn.close()


# --- the parent: the child process ------------------------------------------------------------------------
class Child:
    """A running kill_writer child: its complete stdout lines are collected by a thread."""

    def __init__(self, args: list[str], log: Path):
        self.log = log
        self._stderr = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE), *args], stdout=subprocess.PIPE, stderr=self._stderr, stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if raw.endswith(b"\n"):  # a line cut by the kill was never announced
                self.lines.append(raw.decode("utf-8").rstrip("\n"))

    def wait_for(self, prefix: str, timeout: float) -> bool:
        """Wait until a line starting with prefix arrived; False if the child ended or time ran out first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(line.startswith(prefix) for line in self.lines):
                return True
            if self.proc.poll() is not None:
                self._reader.join(5)
                return any(line.startswith(prefix) for line in self.lines)
            time.sleep(0.002)
        return False

    def kill(self) -> int:
        """SIGKILL (if still running) and reap; returns the exit code (-9 when the kill did it)."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        code = self.proc.wait(30)
        self._reader.join(10)
        return code

    def close(self) -> None:
        """Never leave a child behind, whatever happened."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(30)
        self._reader.join(10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._stderr.close()

    def stderr(self) -> str:
        return self.log.read_text("utf-8", "replace")[-4000:]


# --- the parent: one kill during saves -----------------------------------------------------------------------
@dataclass
class RecordsCycle:
    """What one kill during saves showed."""

    delay: float
    exit_code: int
    committed: int = 0  # C lines read this cycle
    in_flight: str = ""  # "insert", "update" or "" : what was announced but not confirmed
    integrity: str = ""
    lost: list[str] = field(default_factory=list)  # committed records missing or changed
    unexpected: list[str] = field(default_factory=list)  # records nobody announced
    problems: list[str] = field(default_factory=list)  # check_database, child errors


def records_cycle(db: Path, object_id: int, seed: int, delay: float, known: dict[int, str], *, early: bool = False) -> RecordsCycle:
    """Start a writer, SIGKILL it `delay` s after it is ready (or after start if early), verify the file.

    `known` (record id -> checksum of every committed record so far) is checked and updated in place.
    """
    child = Child(["records", str(db), str(object_id), str(seed)], db.parent / f"child-{seed}.log")
    try:
        if not early and not child.wait_for("ready", 60):
            raise AssertionError(f"the writer never got ready:\n{child.stderr()}")
        time.sleep(delay)
        code = child.kill()
    finally:
        child.close()
    result = RecordsCycle(delay, code)
    if code != -signal.SIGKILL:
        result.problems.append(f"the writer ended by itself (exit {code}) before the kill:\n{child.stderr()}")
    pending_insert: str | None = None
    pending_update: dict[int, str] = {}
    for line in child.lines:
        kind, _, rest = line.partition(" ")
        if kind == "I":
            pending_insert = rest
        elif kind == "U":
            rid, ck = rest.split()
            pending_update[int(rid)] = ck
        elif kind == "C":
            rid, ck = rest.split()
            known[int(rid)] = ck
            pending_update.pop(int(rid), None)
            pending_insert = None
            result.committed += 1
        elif kind == "E":
            result.problems.append(line)
    result.in_flight = "insert" if pending_insert else ("update" if pending_update else "")
    verify_records(db, object_id, known, pending_insert, pending_update, result)
    return result


def verify_records(db: Path, object_id: int, known: dict[int, str], pending_insert: str | None,
                   pending_update: dict[int, str], result: RecordsCycle) -> None:
    """Integrity, then every committed record through list and get; an in-flight save may be there or not."""
    result.integrity = integrity(db)
    session = open_session(db, create=False, backup_folder=db.parent / "backups")
    try:
        result.problems.extend(check_database(session))
        actual = stored_checksums(session, object_id)
        for rid, ck in sorted(known.items()):
            got = actual.get(rid)
            if got == ck:
                continue
            if rid in pending_update and got == pending_update[rid]:
                known[rid] = got  # the update committed just before the kill: now the truth
                continue
            result.lost.append(f"#{rid}: committed {ck}, stored {got}")
        for rid in sorted(set(actual) - set(known)):
            if pending_insert is not None and actual[rid] == pending_insert:
                known[rid] = actual[rid]  # committed, killed before it could say so
                pending_insert = None
            else:
                result.unexpected.append(f"#{rid}: {actual[rid]}")
        for rid in [r for r in sorted(known) if r in actual][-20:]:  # the newest through get too
            values = session.records.get(object_id, rid).values
            if checksum(values) != known[rid]:
                result.lost.append(f"#{rid}: get gives {checksum(values)}, list {known[rid]}")
    finally:
        session.close()


def stored_checksums(session: Session, object_id: int) -> dict[int, str]:
    """Record id -> checksum of the values, read through records.list."""
    fields = session.configuration.object(object_id).fields
    rows = session.records.list(object_id, ListQuery(columns=[(f.id,) for f in fields], limit=10**9))
    return {row.id: checksum({f.id: v for f, v in zip(fields, row.cells, strict=True)}) for row in rows}


# --- the parent: one kill during a structure change --------------------------------------------------------------
@dataclass
class StructureCycle:
    """What one kill during a structure change showed."""

    mode: str
    delay: float | None
    exit_code: int = 0
    seconds: float | None = None  # how long the change took when it was not killed
    outcome: str = ""  # "old" (rolled back) or "new" (committed)
    integrity: str = ""
    problems: list[str] = field(default_factory=list)


def structure_cycle(template: Path, work: Path, object_id: int, mode: str, delay: float | None) -> StructureCycle:
    """Copy the template, run one structure change in a child, SIGKILL it after `delay` (None: let it finish)."""
    if work.exists():
        shutil.rmtree(work)
    db = work / "crm.db"
    copy_database(template, db)
    result = StructureCycle(mode, delay)
    child = Child(["structure", str(db), str(object_id), mode], work / "child.log")
    try:
        if not child.wait_for("ready", 60):
            raise AssertionError(f"the structure child never got ready:\n{child.stderr()}")
        if delay is None:
            if not child.wait_for("done", 120):
                raise AssertionError(f"the structure change did not finish:\n{child.stderr()}")
            result.exit_code = child.proc.wait(60)
            result.seconds = float(next(x for x in child.lines if x.startswith("done")).split()[1])
        else:
            time.sleep(delay)
            result.exit_code = child.kill()
    finally:
        child.close()
    if delay is not None and result.exit_code not in (-signal.SIGKILL, 0):
        result.problems.append(f"the child failed (exit {result.exit_code}):\n{child.stderr()}")
    verify_structure(db, object_id, mode, result)
    return result


def verify_structure(db: Path, object_id: int, mode: str, result: StructureCycle) -> None:
    """The file is sound, structure document and tables agree, and every row is all-old or all-new."""
    result.integrity = integrity(db)
    session = open_session(db, create=False, backup_folder=db.parent / "backups")
    try:
        result.problems.extend(check_database(session))
        obj = session.configuration.object(object_id)
        by_name = {f.name: f for f in obj.fields}
        if mode == "add_field":
            result.outcome = "new" if ADDED_NAME in by_name else "old"
            wanted = ["Name", "Number", "Amount"] + ([ADDED_NAME] if result.outcome == "new" else [])
        else:
            result.outcome = "new" if by_name["Number"].type == "integer" else "old"
            wanted = ["Name", "Number", "Amount"]
        if [f.name for f in obj.fields] != wanted:
            result.problems.append(f"fields {[f.name for f in obj.fields]} != {wanted}")
            return
        rows = session.records.list(object_id, ListQuery(columns=[(by_name[n].id,) for n in wanted], limit=10**9))
        if len(rows) != STRUCTURE_ROWS:
            result.problems.append(f"{len(rows)} rows instead of {STRUCTURE_ROWS}")
        for i, row in enumerate(rows):
            name, number, amount = structure_values(i)
            expected: tuple[Any, ...] = (name, int(number) if mode == "change_type" and result.outcome == "new" else number, amount)
            if mode == "add_field" and result.outcome == "new":
                expected += (ADDED_DEFAULT,)
            if row.cells != expected:
                result.problems.append(f"row {row.id}: {row.cells!r} != {expected!r}")
                break
    finally:
        session.close()


if __name__ == "__main__":
    if sys.argv[1] == "records":
        child_records(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif sys.argv[1] == "structure":
        child_structure(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        raise SystemExit(__doc__)
