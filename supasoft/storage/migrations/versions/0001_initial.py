"""System tables of the first release: configuration, counters, history, trash, files, info."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "sys_config",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sys_counters",
        sa.Column("object_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("next_code", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "sys_history",
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
    )
    op.create_index("ix_sys_history_rec", "sys_history", ["object_id", "record_id"])
    op.create_table(
        "sys_trash",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("object_id", sa.Integer, nullable=False),
        sa.Column("record_id", sa.Integer, nullable=False),
        sa.Column("title", sa.String(300)),
        sa.Column("deleted_at", sa.DateTime, nullable=False),
        sa.Column("deleted_by", sa.String(100)),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_sys_trash_obj", "sys_trash", ["object_id"])
    op.create_table(
        "sys_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sys_info",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text),
    )
