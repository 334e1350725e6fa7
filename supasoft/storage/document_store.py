"""Document templates in sys_document_templates (migration 0007): the .docx bytes in and out, one default per object."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from supasoft.storage.connection import Connection

_metadata = sa.MetaData()

sys_document_templates = sa.Table(
    "sys_document_templates",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("object_id", sa.Integer, nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("is_default", sa.Boolean, nullable=False),
    sa.Column("file_name", sa.String(255), nullable=False),
    sa.Column("language", sa.String(16)),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("uploaded_at", sa.DateTime, nullable=False),
    sa.Column("uploaded_by", sa.Integer),
)


@dataclass
class StoredTemplate:
    """One template as stored; `data` is empty when only the list was read."""

    id: int
    object_id: int
    name: str
    is_default: bool
    file_name: str
    language: str | None
    uploaded_at: dt.datetime
    uploaded_by: int | None
    data: bytes = b""


_LISTED = [c for c in sys_document_templates.c if c.name != "data"]


def _of(row: sa.Row, data: bytes = b"") -> StoredTemplate:
    return StoredTemplate(row.id, row.object_id, row.name, bool(row.is_default), row.file_name, row.language,
                          row.uploaded_at, row.uploaded_by, data)


def list_templates(conn: Connection, object_id: int | None = None) -> list[StoredTemplate]:
    """Templates (without their bytes) of one object or of all, by object and name."""
    table = sys_document_templates
    query = sa.select(*_LISTED).order_by(table.c.object_id, table.c.name, table.c.id)
    if object_id is not None:
        query = query.where(table.c.object_id == object_id)
    return [_of(row) for row in conn.execute(query)]


def template_by_id(conn: Connection, template_id: int) -> StoredTemplate | None:
    """One template with its bytes."""
    row = conn.execute(sa.select(sys_document_templates).where(sys_document_templates.c.id == template_id)).first()
    return _of(row, bytes(row.data)) if row is not None else None


def insert_template(conn: Connection, object_id: int, name: str, file_name: str, data: bytes, *,
                    is_default: bool, language: str | None, user_id: int | None) -> int:
    result = conn.execute(sys_document_templates.insert().values(
        object_id=object_id, name=name, is_default=is_default, file_name=file_name, language=language, data=data,
        uploaded_at=dt.datetime.now().replace(microsecond=0), uploaded_by=user_id))
    return int(result.inserted_primary_key[0])


def replace_data(conn: Connection, template_id: int, file_name: str, data: bytes, user_id: int | None) -> None:
    """A new version of a template's file (its name and default flag stay)."""
    conn.execute(sys_document_templates.update().where(sys_document_templates.c.id == template_id).values(
        file_name=file_name, data=data, uploaded_at=dt.datetime.now().replace(microsecond=0), uploaded_by=user_id))


def set_default(conn: Connection, object_id: int, template_id: int) -> None:
    """Make one template the object's default (and no other)."""
    table = sys_document_templates
    conn.execute(table.update().where(table.c.object_id == object_id).values(is_default=False))
    conn.execute(table.update().where(table.c.id == template_id).values(is_default=True))


def delete_template(conn: Connection, template_id: int) -> None:
    conn.execute(sys_document_templates.delete().where(sys_document_templates.c.id == template_id))
