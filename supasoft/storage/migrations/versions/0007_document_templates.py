"""Document templates (issue 15): .docx files per object, one of them the object's default, kept in the database."""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    """Re-runnable: a Firebird upgrade commits step by step, so one that failed half-way resumes."""
    bind = op.get_bind()
    if sa.inspect(bind).has_table("sys_document_templates"):
        return
    op.create_table(
        "sys_document_templates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("object_id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("is_default", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("language", sa.String(16)),  # dates and money written in it; NULL = the database's language
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("uploaded_at", sa.DateTime, nullable=False),
        sa.Column("uploaded_by", sa.Integer),  # the user id; NULL before the database has users
    )
    op.create_index("ix_sys_doc_templates_object", "sys_document_templates", ["object_id"])
