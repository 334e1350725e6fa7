"""Firebird 3 limits the schema layer must respect before it runs DDL (name length, table formats, who is in)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

FIREBIRD_MAX_IDENTIFIER = 31  # FB3 (63 on FB4+); column names longer than this fail on the server
FIREBIRD_MAX_TABLE_FORMATS = 255  # each committed ALTER TABLE adds a format; at 255 the table can't be altered


def table_format_count(conn: Connection, table_name: str) -> int:
    """rdb$format of a table: how many ALTER formats it used (backup/restore resets it to 1)."""
    stored_name = conn.dialect.denormalize_name(table_name)  # lower-case names are stored upper-case
    value = conn.execute(
        text("select rdb$format from rdb$relations where rdb$relation_name = :name"), {"name": stored_name}
    ).scalar()
    if value is None:
        raise LookupError(f"no such table: {table_name}")
    return int(value)


def table_formats(conn: Connection) -> dict[str, int]:
    """rdb$format of every user table (not views), by stored (upper-case) name: one query for all."""
    rows = conn.execute(text(
        "select trim(rdb$relation_name), rdb$format from rdb$relations"
        " where rdb$system_flag = 0 and rdb$view_blr is null"
    )).all()
    return {str(name).strip(): int(used or 0) for name, used in rows}


def connected_users(conn: Connection) -> list[dict[str, Any]]:
    """User attachments from MON$ATTACHMENTS (a non-admin user sees only their own)."""
    rows = conn.execute(
        text(
            "select mon$attachment_id, mon$user, mon$remote_address, mon$remote_process, mon$remote_pid,"
            " mon$timestamp, iif(mon$attachment_id = current_connection, 1, 0)"
            " from mon$attachments where mon$system_flag = 0 order by mon$timestamp"
        )
    ).all()
    users = []
    for row in rows:
        address = (row[2] or "").strip()  # FB3 reports "host/port" for TCP attachments
        users.append({
            "attachment_id": int(row[0]),
            "user": (row[1] or "").strip(),
            "remote_address": address,
            "remote_host": address.rsplit("/", 1)[0],
            "process": (row[3] or "").strip(),
            "pid": row[4],
            "attached_since": row[5],
            "is_current": bool(row[6]),
        })
    return users
