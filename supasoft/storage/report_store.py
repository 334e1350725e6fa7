"""Saved reports in sys_reports (migration 0006): rows in and out, the spec kept as its JSON text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from supasoft.storage.connection import Connection

_metadata = sa.MetaData()

sys_reports = sa.Table(
    "sys_reports",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("object_id", sa.Integer, nullable=False),
    sa.Column("owner_id", sa.Integer),
    sa.Column("shared", sa.Boolean, nullable=False),
    sa.Column("spec", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)


@dataclass
class StoredReport:
    """One saved report as stored: the spec is still JSON text (services decode it)."""

    id: int
    name: str
    object_id: int
    owner_id: int | None
    shared: bool
    spec: str
    updated_at: dt.datetime


def _of(row: sa.Row) -> StoredReport:
    return StoredReport(row.id, row.name, row.object_id, row.owner_id, bool(row.shared), row.spec, row.updated_at)


def visible_reports(conn: Connection, user_id: int | None) -> list[StoredReport]:
    """Shared reports and the user's own, by name."""
    table = sys_reports
    who = table.c.owner_id.is_(None) if user_id is None else table.c.owner_id == user_id
    query = sa.select(table).where(sa.or_(table.c.shared == sa.true(), who)).order_by(table.c.name, table.c.id)
    return [_of(row) for row in conn.execute(query)]


def report_by_id(conn: Connection, report_id: int) -> StoredReport | None:
    row = conn.execute(sa.select(sys_reports).where(sys_reports.c.id == report_id)).first()
    return _of(row) if row is not None else None


def insert_report(conn: Connection, name: str, object_id: int, owner_id: int | None, shared: bool, spec: str) -> int:
    result = conn.execute(sys_reports.insert().values(
        name=name, object_id=object_id, owner_id=owner_id, shared=shared, spec=spec, updated_at=dt.datetime.now()))
    return int(result.inserted_primary_key[0])


def update_report(conn: Connection, report_id: int, name: str, object_id: int, shared: bool, spec: str) -> None:
    conn.execute(sys_reports.update().where(sys_reports.c.id == report_id).values(
        name=name, object_id=object_id, shared=shared, spec=spec, updated_at=dt.datetime.now()))


def delete_report(conn: Connection, report_id: int) -> None:
    conn.execute(sys_reports.delete().where(sys_reports.c.id == report_id))
