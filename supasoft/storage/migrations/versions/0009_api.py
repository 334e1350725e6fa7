"""REST API and webhooks (issue 17): API tokens, the request log, webhook definitions and the event outbox.

sys_outbox rows are written in the same transaction as the record change they describe; their id is the
event's sequence number.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"


def _tokens() -> None:
    op.create_table(
        "sys_api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),  # shown in lists to tell tokens apart
        sa.Column("token_hash", sa.String(128), nullable=False),
        sa.Column("can_write", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("objects", sa.Text),  # JSON list of object ids; NULL = all objects
        sa.Column("expires_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_used_at", sa.DateTime),
        sa.Column("revoked", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_sys_api_tokens_prefix", "sys_api_tokens", ["prefix"])


def _request_log() -> None:
    op.create_table(
        "sys_api_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("token_id", sa.Integer),
        sa.Column("user_id", sa.Integer),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("path", sa.String(500), nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("duration_ms", sa.Integer, nullable=False),
    )
    op.create_index("ix_sys_api_log_at", "sys_api_log", ["at"])


def _webhooks() -> None:
    op.create_table(
        "sys_webhooks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("object_id", sa.Integer, nullable=False),
        sa.Column("url", sa.String(1000), nullable=False),
        sa.Column("secret", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),  # "notify" (after the change) or "veto" (before saving)
        sa.Column("events", sa.String(100), nullable=False),  # comma-separated: create,update,delete
        sa.Column("settings", sa.Text),  # JSON: chosen fields, filter, timeout, what a timeout means, private addresses
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def _outbox() -> None:
    op.create_table(
        "sys_outbox",
        sa.Column("id", sa.Integer, primary_key=True),  # the event's sequence number
        sa.Column("hook_id", sa.Integer, nullable=False),
        sa.Column("object_id", sa.Integer, nullable=False),
        sa.Column("record_id", sa.Integer, nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),  # JSON: old and new values, the user, the time
        sa.Column("user_id", sa.Integer),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),  # pending, sent, failed
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_at", sa.DateTime),
        sa.Column("sent_at", sa.DateTime),
        sa.Column("last_error", sa.String(1000)),
    )
    op.create_index("ix_sys_outbox_status", "sys_outbox", ["status", "next_at"])


def upgrade() -> None:
    """Re-runnable table by table: a Firebird upgrade commits step by step, so one that failed half-way resumes."""
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    for table, create in (("sys_api_tokens", _tokens), ("sys_api_log", _request_log),
                          ("sys_webhooks", _webhooks), ("sys_outbox", _outbox)):
        if table not in existing:
            create()
