"""System tables (configuration document, counters, history, trash, files), owned by alembic migrations."""

from __future__ import annotations

import sqlalchemy as sa

system_metadata = sa.MetaData()

sys_config = sa.Table(
    "sys_config",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("document", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

sys_counters = sa.Table(
    "sys_counters",
    system_metadata,
    sa.Column("object_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("next_code", sa.BigInteger, nullable=False),
)

sys_history = sa.Table(
    "sys_history",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("object_id", sa.Integer, nullable=False),
    sa.Column("record_id", sa.Integer, nullable=False),
    sa.Column("rec_version", sa.Integer, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("user_id", sa.Integer),
    sa.Column("user_name", sa.String(100)),
    sa.Column("action", sa.String(10), nullable=False),
    sa.Column("field_id", sa.Integer),
    sa.Column("old_value", sa.Text),
    sa.Column("new_value", sa.Text),
    sa.Index("ix_sys_history_rec", "object_id", "record_id"),
)

sys_trash = sa.Table(
    "sys_trash",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("object_id", sa.Integer, nullable=False),
    sa.Column("record_id", sa.Integer, nullable=False),
    sa.Column("title", sa.String(300)),
    sa.Column("deleted_at", sa.DateTime, nullable=False),
    sa.Column("deleted_by", sa.String(100)),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Index("ix_sys_trash_obj", "object_id"),
)

sys_files = sa.Table(
    "sys_files",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(255), nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

sys_info = sa.Table(
    "sys_info",
    system_metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text),
)

sys_users = sa.Table(
    "sys_users",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("login", sa.String(100), nullable=False, unique=True),
    sa.Column("full_name", sa.String(200)),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

# Password hashes and failed-login counters apart from sys_users: on a server, staff may read sys_users
# (names for user fields, rights) but get no privilege at all on this table (migration 0004).
sys_passwords = sa.Table(
    "sys_passwords",
    system_metadata,
    sa.Column("user_id", sa.Integer, sa.ForeignKey("sys_users.id", ondelete="CASCADE"), primary_key=True,
              autoincrement=False),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("failed_logins", sa.Integer, nullable=False),
    sa.Column("last_failed_at", sa.DateTime),
)

sys_groups = sa.Table(
    "sys_groups",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("builtin", sa.Boolean, nullable=False),
)

sys_members = sa.Table(
    "sys_members",
    system_metadata,
    sa.Column("user_id", sa.Integer, primary_key=True),
    sa.Column("group_id", sa.Integer, primary_key=True),
)

sys_grants = sa.Table(
    "sys_grants",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("principal_kind", sa.String(10), nullable=False),
    sa.Column("principal_id", sa.Integer, nullable=False),
    sa.Column("object_id", sa.Integer),
    sa.Column("level", sa.String(20), nullable=False),
    sa.Column("scope", sa.String(10), nullable=False),
    sa.Column("filter", sa.Text),
    sa.Column("flags", sa.String(200), nullable=False),
)

sys_field_grants = sa.Table(
    "sys_field_grants",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("principal_kind", sa.String(10), nullable=False),
    sa.Column("principal_id", sa.Integer, nullable=False),
    sa.Column("object_id", sa.Integer, nullable=False),
    sa.Column("field_id", sa.Integer, nullable=False),
    sa.Column("mode", sa.String(10), nullable=False),
)

sys_record_grants = sa.Table(
    "sys_record_grants",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("object_id", sa.Integer, nullable=False),
    sa.Column("record_id", sa.Integer, nullable=False),
    sa.Column("principal_kind", sa.String(10), nullable=False),
    sa.Column("principal_id", sa.Integer, nullable=False),
    sa.Column("level", sa.String(10), nullable=False),
)

sys_audit = sa.Table(
    "sys_audit",
    system_metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("user_id", sa.Integer),
    sa.Column("user_name", sa.String(100)),
    sa.Column("event", sa.String(40), nullable=False),
    sa.Column("detail", sa.Text),
)
