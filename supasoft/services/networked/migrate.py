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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import Configuration, ObjectDef
from supasoft.core.rights import UserRights
from supasoft.services.networked import server_admin
from supasoft.services.session import Session, open_session
from supasoft.storage import database_copy, networked
from supasoft.storage.database_copy import TableCopy

Progress = Callable[[int, int], None]  # (rows done, rows in all)

BATCH = 500
SAMPLE = 20  # records compared field by field per object


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


def migrate(sqlite_file: str | Path, url: str, *, progress: Progress | None = None,
            batch: int = BATCH, sample: int = SAMPLE) -> MigrationReport:
    """Migrate a SQLite database file to a new server database at url; returns the checked report.

    Raises MigrationError / ServerAdminError when it cannot be done; on any failure (KeyboardInterrupt
    included) the new database is dropped before the exception leaves.
    """
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
        server_admin._guard(lambda: networked.create_database(target))
        created = True
        dest = server_admin._open(url, target, "set up the new database")
        _full_rights(dest)
        _apply_structure(source, dest)
        report = MigrationReport()
        copies = _plan(source, dest)
        total = sum(database_copy.row_totals(source.storage, copies))
        done = 0
        if progress:
            progress(0, total)
        for copy in copies:
            for n in database_copy.copy_rows(source.storage, dest.storage, copy, batch):
                done += n
                if progress:
                    progress(done, total)
        database_copy.fill_deferred(source.storage, dest.storage, copies, batch)
        networked.finish_copied_database(dest.storage, [o.id for o in dest.configuration.config.objects])
        report.rows = total
        report.counts = [TableCount(*c) for c in database_copy.counts(source.storage, dest.storage, copies)]
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
                networked.drop_database(target)
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
            target = link_target(f)
            if target in by_id and target != obj.id and not state.get(target):
                visit(by_id[target])
        state[obj.id] = 2
        order.append(obj)

    for obj in sorted(config.objects, key=lambda o: o.id):
        visit(obj)
    return order


def _plan(source: Session, dest: Session) -> list[TableCopy]:
    sconfig, dconfig = source.configuration.config, dest.configuration.config
    return database_copy.plan(source.storage, sconfig, dest.storage, dconfig, _object_order(dconfig))


# ---------------------------------------------------------------- checks


def _sample_ids(ids: list[int], sample: int) -> list[int]:
    if len(ids) <= sample:
        return ids
    step = (len(ids) - 1) / (sample - 1)
    return sorted({ids[round(i * step)] for i in range(sample)})


def _spot_check(source: Session, dest: Session, sample: int) -> tuple[int, list[str]]:
    """Sample records of every object compared field by field (and their history) through the records service."""
    diffs: list[str] = []
    checked = 0
    config = source.configuration.config
    for obj in config.objects:
        ids = database_copy.record_ids(source.storage, config, obj.id)
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
