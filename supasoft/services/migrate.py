"""Move a free-edition SQLite file to a NEW Firebird server database, with everything in it intact.

Steps: create the server database (system tables through the same migrations), apply the same structure
document (objects and fields keep their ids, so t_<id>/f_<id> match), copy every object table in
dependency order (links to objects not copied yet are filled in afterwards), copy every system table
with its ids (history, trash, files, users, groups, grants, audit, counters, info) and move the Firebird
identities past the copied ids. Rows go in batches with progress reports. Any failure or Ctrl+C drops the
new database, so no half-migrated database is left. At the end every table's row count is compared and
sample records (with their history) are compared field by field through the records service.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from supasoft.core.errors import SupasoftError
from supasoft.core.meta import Configuration, ObjectDef
from supasoft.core.rights import UserRights
from supasoft.services.session import Session, open_session
from supasoft.storage.catalog import (
    sys_audit,
    sys_counters,
    sys_field_grants,
    sys_files,
    sys_grants,
    sys_groups,
    sys_history,
    sys_info,
    sys_members,
    sys_passwords,
    sys_record_grants,
    sys_trash,
    sys_users,
)
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.repository import advance_identity

Progress = Callable[[int, int], None]  # (rows done, rows in all)

BATCH = 500
SAMPLE = 20  # records compared field by field per object
# copied with their ids; sys_config is the structure (applied, not copied), alembic_version belongs to the target
SYSTEM_TABLES = (sys_users, sys_passwords, sys_groups, sys_members, sys_grants, sys_field_grants, sys_record_grants,
                 sys_audit, sys_files, sys_history, sys_trash, sys_counters, sys_info)
SKIP_INFO = frozenset({"pending_ddl"})


class MigrationError(SupasoftError):
    """The migration could not be done (the new database was removed again)."""


@dataclass
class TableCount:
    table: str
    source: int
    target: int

    @property
    def ok(self) -> bool:
        return self.source == self.target


@dataclass
class MigrationReport:
    seconds: float = 0.0
    rows: int = 0
    counts: list[TableCount] = field(default_factory=list)
    checked_records: int = 0
    differences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.differences


@dataclass
class _Copy:
    """One table to copy: source and target tables, column pairs, links filled in afterwards."""

    name: str
    source: sa.Table
    target: sa.Table
    columns: list[tuple[str, str]]  # (source column, target column)
    deferred: list[tuple[str, str]] = field(default_factory=list)
    replace_by_key: bool = False  # sys_info: merge by name


def migrate(sqlite_file: str | Path, url: str, *, progress: Progress | None = None,
            batch: int = BATCH, sample: int = SAMPLE) -> MigrationReport:
    """Migrate a SQLite database file to a new server database at url; returns the checked report.

    Raises MigrationError / ServerAdminError when it cannot be done; on any failure (KeyboardInterrupt
    included) the new database is dropped before the exception leaves.
    """
    from supasoft.services import server_admin
    from supasoft.storage.firebird import server_tools as tools

    started = time.monotonic()
    file = Path(sqlite_file)
    if not file.is_file():
        raise MigrationError(f"The database file {file} does not exist.")
    target = server_admin._target(url)
    if not url.startswith("firebird"):
        raise MigrationError("The target must be a Firebird server URL (firebird+firebird://... or firebird+fdb://...).")
    source = open_session(file, create=False)
    _full_rights(source)
    dest: Session | None = None
    created = False
    try:
        server_admin._guard(lambda: tools.create_database(target))
        created = True
        dest = server_admin._open(url, target, "set up the new database")
        _full_rights(dest)
        _apply_structure(source, dest)
        report = MigrationReport()
        copies = _plan(source, dest)
        with source.storage.connect() as sconn:
            totals = [sconn.execute(sa.select(sa.func.count()).select_from(c.source)).scalar_one() for c in copies]
        total = sum(totals)
        done = 0
        if progress:
            progress(0, total)
        for copy in copies:
            for n in _copy_table(source, dest, copy, batch):
                done += n
                if progress:
                    progress(done, total)
        _fill_deferred(source, dest, copies, batch)
        _finish_target(dest)
        report.rows = total
        report.counts = _counts(source, dest, copies)
        report.differences = [f"{c.table}: {c.source} rows in the file, {c.target} on the server"
                              for c in report.counts if not c.ok]
        checked, diffs = _spot_check(source, dest, sample)
        report.checked_records = checked
        report.differences += diffs
        report.seconds = time.monotonic() - started
        return report
    except BaseException:
        if dest is not None:
            dest.close()
            dest = None
        if created:
            try:
                tools.drop_database(target)
            except Exception:  # noqa: BLE001 - the original error matters more; say nothing louder
                pass
        raise
    finally:
        source.close()
        if dest is not None:
            dest.close()


def _full_rights(session: Session) -> None:
    """The migration reads and compares everything, whatever users the file has."""
    session.access.use(UserRights(None, True))


# ---------------------------------------------------------------- structure


def _apply_structure(source: Session, dest: Session) -> None:
    from supasoft.services.config_import import apply_import, plan_import

    incoming = source.configuration.config
    if incoming.objects:
        plan = plan_import(dest.configuration.config, incoming)
        apply_import(dest, incoming, plan)
    mine, theirs = incoming, dest.configuration.config
    if _ids(mine) != _ids(theirs):
        raise MigrationError("The structure on the server did not come out with the same ids; nothing was migrated.")


def _ids(config: Configuration) -> dict[int, list[int]]:
    return {o.id: sorted(f.id for f in o.fields) for o in config.objects}


# ---------------------------------------------------------------- copy plan


def _object_order(config: Configuration) -> list[ObjectDef]:
    """Parents before children (reference targets first); cycles fall back to the stored order."""
    by_id = {o.id: o for o in config.objects}
    order: list[ObjectDef] = []
    state: dict[int, int] = {}

    def visit(obj: ObjectDef) -> None:
        if state.get(obj.id):
            return
        state[obj.id] = 1
        for f in obj.fields:
            if f.type == "reference" and f.target in by_id and f.target != obj.id and not state.get(f.target):
                visit(by_id[f.target])
        state[obj.id] = 2
        order.append(obj)

    for obj in sorted(config.objects, key=lambda o: o.id):
        visit(obj)
    return order


def _plan(source: Session, dest: Session) -> list[_Copy]:
    sconfig, dconfig = source.configuration.config, dest.configuration.config
    sphys, dphys = source.storage.physical(sconfig), dest.storage.physical(dconfig)
    copies: list[_Copy] = []
    copied: set[int] = set()
    for dobj in _object_order(dconfig):
        sobj = sconfig.object_by_id(dobj.id)
        stable, dtable = sphys.table(sobj.id), dphys.table(dobj.id)
        columns = [(c.name, c.name) for c in stable.columns if not c.name.startswith("f_")]
        deferred: list[tuple[str, str]] = []
        for df in dobj.fields:
            if not is_stored(df):
                continue
            sf = sobj.field_by_id(df.id)
            pair = (column_name(sf), column_name(df))
            if df.type == "reference" and df.target is not None and df.target not in copied:
                deferred.append(pair)  # the target's rows are not there yet (a cycle or a link to itself)
            else:
                columns.append(pair)
        copies.append(_Copy(dtable.name, stable, dtable, columns, deferred))
        copied.add(dobj.id)
    for table in SYSTEM_TABLES:
        copies.append(_Copy(table.name, table, table, [(c.name, c.name) for c in table.columns],
                            replace_by_key=table is sys_info))
    return copies


# ---------------------------------------------------------------- copying


def _key(table: sa.Table) -> list[sa.Column]:
    return list(table.primary_key.columns)


def _copy_table(source: Session, dest: Session, copy: _Copy, batch: int) -> Iterator[int]:
    """Copy rows in batches (one committed transaction each); yields the rows done per batch."""
    key = _key(copy.source)
    keyset = len(key) == 1 and isinstance(key[0].type, sa.Integer)
    select = sa.select(*[copy.source.c[s] for s, _ in copy.columns]).order_by(*key)
    if copy.target is not sys_info:
        with dest.storage.begin() as conn:  # the new database's seed rows (e.g. built-in groups) make way
            conn.execute(copy.target.delete())
    last: Any = None
    top = 0
    offset = 0
    while True:
        with source.storage.connect() as sconn:
            if keyset:
                query = select if last is None else select.where(key[0] > last)
                rows = sconn.execute(query.limit(batch)).all()
            else:
                rows = sconn.execute(select.limit(batch).offset(offset)).all()
        if not rows:
            break
        offset += len(rows)
        values = [{d: row[i] for i, (_, d) in enumerate(copy.columns)} for row in rows]
        if copy.replace_by_key:
            values = [v for v in values if v["name"] not in SKIP_INFO]
        with dest.storage.begin() as conn:
            if copy.replace_by_key and values:
                conn.execute(copy.target.delete().where(copy.target.c.name.in_([v["name"] for v in values])))
            if values:
                conn.execute(copy.target.insert(), values)
        if keyset:
            last = rows[-1][[s for s, _ in copy.columns].index(key[0].name)]
            top = max(top, int(last))
        yield len(rows)
    if keyset and "id" in copy.target.c:
        top = max(top, _sqlite_sequence(source, copy.source.name))  # ids of deleted records are never reused
    if top and "id" in copy.target.c:
        with dest.storage.begin() as conn:
            advance_identity(conn, copy.target.name, top)


def _sqlite_sequence(source: Session, table_name: str) -> int:
    """The highest id SQLite ever gave out in an AUTOINCREMENT table (records in the trash included)."""
    with source.storage.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").first() is None:
            return 0
        value = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table_name,)).scalar()
    return int(value or 0)


def _fill_deferred(source: Session, dest: Session, copies: list[_Copy], batch: int) -> None:
    """Links that pointed at rows copied later (self links, cycles): set them now that every row is there."""
    for copy in copies:
        for scol, dcol in copy.deferred:
            query = (sa.select(copy.source.c.id, copy.source.c[scol]).where(copy.source.c[scol].is_not(None))
                     .order_by(copy.source.c.id))
            with source.storage.connect() as sconn:
                pairs = [(int(r[0]), r[1]) for r in sconn.execute(query)]
            statement = (copy.target.update().where(copy.target.c.id == sa.bindparam("_id"))
                         .values({dcol: sa.bindparam("_v")}))
            for start in range(0, len(pairs), batch):
                chunk = [{"_id": i, "_v": v} for i, v in pairs[start : start + batch]]
                with dest.storage.begin() as conn:
                    conn.execute(statement, chunk)


def _finish_target(dest: Session) -> None:
    """Change events for every object table and the staff role's grants (no-ops where not set up)."""
    from supasoft.storage.firebird import accounts as fb_accounts
    from supasoft.storage.firebird.event_triggers import ensure_change_triggers

    ids = [o.id for o in dest.configuration.config.objects]
    with dest.storage.connect() as conn:
        ensure_change_triggers(conn, ids)
    with dest.storage.begin() as conn:
        fb_accounts.refresh_staff_grants(conn)


# ---------------------------------------------------------------- checks


def _counts(source: Session, dest: Session, copies: list[_Copy]) -> list[TableCount]:
    out: list[TableCount] = []
    with source.storage.connect() as sconn, dest.storage.connect() as dconn:
        for copy in copies:
            s_query = sa.select(sa.func.count()).select_from(copy.source)
            d_query = sa.select(sa.func.count()).select_from(copy.target)
            if copy.replace_by_key:  # info: the file's entries must all be on the server
                names = [n for n in sconn.execute(sa.select(sys_info.c.name)).scalars() if n not in SKIP_INFO]
                s_count = len(names)
                d_count = dconn.execute(d_query.where(sys_info.c.name.in_(names))).scalar_one() if names else 0
            else:
                s_count = sconn.execute(s_query).scalar_one()
                d_count = dconn.execute(d_query).scalar_one()
            out.append(TableCount(copy.name, int(s_count), int(d_count)))
    return out


def _sample_ids(ids: list[int], sample: int) -> list[int]:
    if len(ids) <= sample:
        return ids
    step = (len(ids) - 1) / (sample - 1)
    return sorted({ids[round(i * step)] for i in range(sample)})


def _spot_check(source: Session, dest: Session, sample: int) -> tuple[int, list[str]]:
    """Sample records of every object compared field by field (and their history) through the records service."""
    diffs: list[str] = []
    checked = 0
    sphys = source.storage.physical(source.configuration.config)
    for obj in source.configuration.config.objects:
        table = sphys.table(obj.id)
        with source.storage.connect() as conn:
            ids = [int(i) for i in conn.execute(sa.select(table.c.id).order_by(table.c.id)).scalars()]
        for record_id in _sample_ids(ids, sample):
            checked += 1
            try:
                mine = source.records.get(obj.id, record_id)
                theirs = dest.records.get(obj.id, record_id)
            except SupasoftError as exc:
                diffs.append(f"{obj.name} #{record_id}: {exc}")
                continue
            for f in obj.fields:
                a, b = mine.values.get(f.id), theirs.values.get(f.id)
                if a != b:
                    diffs.append(f"{obj.name} #{record_id} {f.name}: {a!r} in the file, {b!r} on the server")
            if (mine.code, mine.version) != (theirs.code, theirs.version):
                diffs.append(f"{obj.name} #{record_id}: code/version {(mine.code, mine.version)} vs {(theirs.code, theirs.version)}")
            h1 = [_history_key(e) for e in source.records.history_of(obj.id, record_id)]
            h2 = [_history_key(e) for e in dest.records.history_of(obj.id, record_id)]
            if h1 != h2:
                diffs.append(f"{obj.name} #{record_id}: the history differs ({len(h1)} entries in the file, {len(h2)} on the server)")
    return checked, diffs


def _history_key(entry: Any) -> tuple:
    data = entry.__dict__ if hasattr(entry, "__dict__") else {}
    return tuple(sorted((k, str(v)) for k, v in data.items()))
