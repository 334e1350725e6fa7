"""Saved reports (issue 14): one row per report, its spec as a JSON document, personal (owner) or shared."""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    """Re-runnable: a Firebird upgrade commits step by step, so one that failed half-way resumes."""
    bind = op.get_bind()
    if sa.inspect(bind).has_table("sys_reports"):
        return
    op.create_table(
        "sys_reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("object_id", sa.Integer, nullable=False),
        sa.Column("owner_id", sa.Integer),  # the user of a personal report; NULL with shared = everyone's
        sa.Column("shared", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("spec", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_sys_reports_name", "sys_reports", ["name"])
