"""sys_grants.level holds global rights too: 'manage_access' is 13 characters (Firebird refused it in VARCHAR(10))."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("sys_grants") as batch:
            batch.alter_column("level", type_=sa.String(20), existing_type=sa.String(10), existing_nullable=False)
    else:
        op.alter_column("sys_grants", "level", type_=sa.String(20), existing_type=sa.String(10), existing_nullable=False)

