"""Users, groups, rights (object, record, field) and the audit log."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "sys_users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("login", sa.String(100), nullable=False, unique=True),
        sa.Column("full_name", sa.String(200)),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_failed_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sys_groups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("builtin", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "sys_members",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("sys_users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("sys_groups.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "sys_grants",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("principal_kind", sa.String(10), nullable=False),
        sa.Column("principal_id", sa.Integer, nullable=False),
        sa.Column("object_id", sa.Integer),
        sa.Column("level", sa.String(10), nullable=False),
        sa.Column("scope", sa.String(10), nullable=False, server_default="all"),
        sa.Column("filter", sa.Text),
        sa.Column("flags", sa.String(200), nullable=False, server_default=""),
    )
    op.create_index("ix_sys_grants_principal", "sys_grants", ["principal_kind", "principal_id"])
    op.create_table(
        "sys_field_grants",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("principal_kind", sa.String(10), nullable=False),
        sa.Column("principal_id", sa.Integer, nullable=False),
        sa.Column("object_id", sa.Integer, nullable=False),
        sa.Column("field_id", sa.Integer, nullable=False),
        sa.Column("mode", sa.String(10), nullable=False),
    )
    op.create_table(
        "sys_record_grants",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("object_id", sa.Integer, nullable=False),
        sa.Column("record_id", sa.Integer, nullable=False),
        sa.Column("principal_kind", sa.String(10), nullable=False),
        sa.Column("principal_id", sa.Integer, nullable=False),
        sa.Column("level", sa.String(10), nullable=False),
    )
    op.create_index("ix_sys_record_grants_rec", "sys_record_grants", ["object_id", "record_id"])
    op.create_table(
        "sys_audit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer),
        sa.Column("user_name", sa.String(100)),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text),
    )
