"""A move to a server copies every system table the migrations make, so a new one cannot be forgotten."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from supasoft.services.session import open_session
from supasoft.storage.database_copy import SYSTEM_TABLES

# the structure is applied on the target, not copied; the migration version (sys_schema_version) belongs to the target
NOT_COPIED = {"sys_config", "sys_schema_version"}


def test_every_system_table_is_copied(tmp_path: Path) -> None:
    session = open_session(tmp_path / "free.db")
    try:
        with session.storage.connect() as conn:
            names = set(sa.inspect(conn).get_table_names())
    finally:
        session.close()
    system = {name for name in names if name.startswith("sys_")}
    assert {"sys_users", "sys_webhooks", "sys_api_tokens"} <= system
    assert system - NOT_COPIED == {table.name for table in SYSTEM_TABLES}
