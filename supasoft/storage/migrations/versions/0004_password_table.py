"""Password hashes and failed-login counters move from sys_users to sys_passwords (issue 11 item 11).

On a Firebird server staff may SELECT sys_users (names, rights) but hold no privilege on sys_passwords, so a
staff account's own SQL tool cannot read a hash. Firebird has no column-level SELECT privilege, hence the split.
The staff role's privileges are re-applied at the end, so an upgraded server database gets the new matrix.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"

_MOVED = ("password_hash", "failed_logins", "last_failed_at")


def upgrade() -> None:
    """Re-runnable: a Firebird upgrade commits step by step, so one that failed half-way (a table in use) resumes."""
    bind = op.get_bind()
    if not sa.inspect(bind).has_table("sys_passwords"):
        op.create_table(
            "sys_passwords",
            sa.Column("user_id", sa.Integer, sa.ForeignKey("sys_users.id", ondelete="CASCADE"), primary_key=True,
                      autoincrement=False),
            sa.Column("password_hash", sa.String(200), nullable=False),
            sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
            sa.Column("last_failed_at", sa.DateTime),
        )
    columns = {c["name"].lower() for c in sa.inspect(bind).get_columns("sys_users")}
    if set(_MOVED) <= columns:
        op.execute("insert into sys_passwords (user_id, password_hash, failed_logins, last_failed_at)"
                   " select u.id, u.password_hash, u.failed_logins, u.last_failed_at from sys_users u"
                   " where not exists (select 1 from sys_passwords p where p.user_id = u.id)")
    for column in _MOVED:  # SQLite >= 3.35 drops a plain column in place (no table copy, no cascades)
        if column in columns:
            op.drop_column("sys_users", column)
    if bind.dialect.name.startswith("firebird"):
        from supasoft.storage.firebird.accounts import refresh_staff_grants

        refresh_staff_grants(bind)
