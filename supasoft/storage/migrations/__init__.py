"""Alembic migrations of the system tables; user tables are managed live by schema_sync."""
