"""Dashboards in sys_dashboards (migration 0008): rows in and out, the tiles kept as their JSON text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from supasoft.storage.connection import Connection

_metadata = sa.MetaData()

sys_dashboards = sa.Table(
    "sys_dashboards",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("owner_id", sa.Integer),
    sa.Column("shared", sa.Boolean, nullable=False),
    sa.Column("spec", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)


@dataclass
class StoredDashboard:
    """One dashboard as stored: the spec is still JSON text (services decode it)."""

    id: int
    name: str
    owner_id: int | None
    shared: bool
    spec: str
    updated_at: dt.datetime


def _of(row: sa.Row) -> StoredDashboard:
    return StoredDashboard(row.id, row.name, row.owner_id, bool(row.shared), row.spec, row.updated_at)


def visible_dashboards(conn: Connection, user_id: int | None) -> list[StoredDashboard]:
    """Shared dashboards and the user's own, by name."""
    table = sys_dashboards
    who = table.c.owner_id.is_(None) if user_id is None else table.c.owner_id == user_id
    query = sa.select(table).where(sa.or_(table.c.shared == sa.true(), who)).order_by(table.c.name, table.c.id)
    return [_of(row) for row in conn.execute(query)]


def dashboard_by_id(conn: Connection, dashboard_id: int) -> StoredDashboard | None:
    row = conn.execute(sa.select(sys_dashboards).where(sys_dashboards.c.id == dashboard_id)).first()
    return _of(row) if row is not None else None


def insert_dashboard(conn: Connection, name: str, owner_id: int | None, shared: bool, spec: str) -> int:
    result = conn.execute(sys_dashboards.insert().values(
        name=name, owner_id=owner_id, shared=shared, spec=spec, updated_at=dt.datetime.now()))
    return int(result.inserted_primary_key[0])


def update_dashboard(conn: Connection, dashboard_id: int, name: str, shared: bool, spec: str) -> None:
    conn.execute(sys_dashboards.update().where(sys_dashboards.c.id == dashboard_id).values(
        name=name, shared=shared, spec=spec, updated_at=dt.datetime.now()))


def delete_dashboard(conn: Connection, dashboard_id: int) -> None:
    conn.execute(sys_dashboards.delete().where(sys_dashboards.c.id == dashboard_id))
