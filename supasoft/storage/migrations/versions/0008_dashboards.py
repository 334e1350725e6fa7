"""Dashboards (issue 14): a user's home screen of report tiles, personal (owner) or shared with everyone."""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    """Re-runnable: a Firebird upgrade commits step by step, so one that failed half-way resumes."""
    bind = op.get_bind()
    if sa.inspect(bind).has_table("sys_dashboards"):
        return
    op.create_table(
        "sys_dashboards",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("owner_id", sa.Integer),  # the user of a personal dashboard; NULL with shared = everyone's
        sa.Column("shared", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("spec", sa.Text, nullable=False),  # the tiles and their places as a JSON document
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_sys_dashboards_name", "sys_dashboards", ["name"])
