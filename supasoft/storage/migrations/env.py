"""Alembic environment: always run on the connection Supasoft hands over (never from alembic.ini)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, version_table="sys_schema_version")
with context.begin_transaction():
    context.run_migrations()
