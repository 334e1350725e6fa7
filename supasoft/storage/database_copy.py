"""Copying every table of one database into another with the ids kept: the statements of a migration.

The migration service (services/networked/migrate.py) decides the order and checks the result; this module
plans the table pairs, copies rows in committed batches, fills in links that pointed forward and counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import Configuration, ObjectDef
from supasoft.storage.api_token_store import sys_api_log, sys_api_tokens
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
from supasoft.storage.dashboard_store import sys_dashboards
from supasoft.storage.document_store import sys_document_templates
from supasoft.storage.outbox_store import sys_outbox
from supasoft.storage.physical import column_name, is_stored
from supasoft.storage.report_store import sys_reports
from supasoft.storage.repository import advance_identity
from supasoft.storage.store import Storage
from supasoft.storage.webhook_store import sys_webhooks

# copied with their ids; sys_config is the structure (applied, not copied), alembic_version belongs to the target
SYSTEM_TABLES = (sys_users, sys_passwords, sys_groups, sys_members, sys_grants, sys_field_grants, sys_record_grants,
                 sys_audit, sys_files, sys_history, sys_trash, sys_counters, sys_info, sys_reports,
                 sys_document_templates, sys_dashboards, sys_api_tokens, sys_api_log, sys_webhooks, sys_outbox)
SKIP_INFO = frozenset({"pending_ddl"})


@dataclass
class TableCopy:
    """One table to copy: source and target tables, column pairs, links filled in afterwards."""

    name: str
    source: sa.Table
    target: sa.Table
    columns: list[tuple[str, str]]  # (source column, target column)
    deferred: list[tuple[str, str]] = field(default_factory=list)
    replace_by_key: bool = False  # sys_info: merge by name


def plan(source: Storage, sconfig: Configuration, dest: Storage, dconfig: Configuration,
         objects: list[ObjectDef]) -> list[TableCopy]:
    """The object tables in the given order (links to objects not copied yet are deferred), then the system tables."""
    sphys, dphys = source.physical(sconfig), dest.physical(dconfig)
    copies: list[TableCopy] = []
    copied: set[int] = set()
    for dobj in objects:
        sobj = sconfig.object_by_id(dobj.id)
        stable, dtable = sphys.table(sobj.id), dphys.table(dobj.id)
        columns = [(c.name, c.name) for c in stable.columns if not c.name.startswith("f_")]
        deferred: list[tuple[str, str]] = []
        for df in dobj.fields:
            if not is_stored(df):
                continue
            pair = (column_name(sobj.field_by_id(df.id)), column_name(df))
            target = link_target(df)
            if target is not None and target not in copied:
                deferred.append(pair)  # the target's rows are not there yet (a cycle or a link to itself)
            else:
                columns.append(pair)
        copies.append(TableCopy(dtable.name, stable, dtable, columns, deferred))
        copied.add(dobj.id)
    for table in SYSTEM_TABLES:
        copies.append(TableCopy(table.name, table, table, [(c.name, c.name) for c in table.columns],
                                replace_by_key=table is sys_info))
    return copies


def row_totals(source: Storage, copies: list[TableCopy]) -> list[int]:
    with source.connect() as conn:
        return [int(conn.execute(sa.select(sa.func.count()).select_from(c.source)).scalar_one()) for c in copies]


def copy_rows(source: Storage, dest: Storage, copy: TableCopy, batch: int) -> Iterator[int]:
    """Copy rows in batches (one committed transaction each); yields the rows done per batch."""
    key = list(copy.source.primary_key.columns)
    keyset = len(key) == 1 and isinstance(key[0].type, sa.Integer)
    select = sa.select(*[copy.source.c[s] for s, _ in copy.columns]).order_by(*key)
    if copy.target is not sys_info:
        with dest.begin() as conn:  # the new database's seed rows (e.g. built-in groups) make way
            conn.execute(copy.target.delete())
    last: Any = None
    top = 0
    offset = 0
    while True:
        with source.connect() as sconn:
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
        with dest.begin() as conn:
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
        with dest.begin() as conn:
            advance_identity(conn, copy.target.name, top)


def _sqlite_sequence(source: Storage, table_name: str) -> int:
    """The highest id SQLite ever gave out in an AUTOINCREMENT table (records in the trash included)."""
    if source.kind != "sqlite":
        return 0
    with source.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").first() is None:
            return 0
        value = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table_name,)).scalar()
    return int(value or 0)


def fill_deferred(source: Storage, dest: Storage, copies: list[TableCopy], batch: int) -> None:
    """Links that pointed at rows copied later (self links, cycles): set them now that every row is there."""
    for copy in copies:
        for scol, dcol in copy.deferred:
            query = (sa.select(copy.source.c.id, copy.source.c[scol]).where(copy.source.c[scol].is_not(None))
                     .order_by(copy.source.c.id))
            with source.connect() as sconn:
                pairs = [(int(r[0]), r[1]) for r in sconn.execute(query)]
            statement = (copy.target.update().where(copy.target.c.id == sa.bindparam("_id"))
                         .values({dcol: sa.bindparam("_v")}))
            for start in range(0, len(pairs), batch):
                chunk = [{"_id": i, "_v": v} for i, v in pairs[start : start + batch]]
                with dest.begin() as conn:
                    conn.execute(statement, chunk)


def counts(source: Storage, dest: Storage, copies: list[TableCopy]) -> list[tuple[str, int, int]]:
    """(table, rows in the source, rows in the target) per copied table; info: the source's entries only."""
    out: list[tuple[str, int, int]] = []
    with source.connect() as sconn, dest.connect() as dconn:
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
            out.append((copy.name, int(s_count), int(d_count)))
    return out


def record_ids(storage: Storage, config: Configuration, object_id: int) -> list[int]:
    """Every record id of an object, ascending."""
    table = storage.physical(config).table(object_id)
    with storage.connect() as conn:
        return [int(i) for i in conn.execute(sa.select(table.c.id).order_by(table.c.id)).scalars()]
