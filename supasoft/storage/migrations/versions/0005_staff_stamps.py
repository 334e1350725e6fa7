"""Networked edition: the server stamps who wrote each audit, history and trash row of a staff connection.

A staff account may INSERT audit and history rows (saves and logins write them), so its own SQL tool could write
one in a colleague's name. These BEFORE INSERT triggers replace user_id/user_name (deleted_by in the trash) with
the app user whose login is the connected server account (CURRENT_USER), whatever the statement said. For the
app nothing changes: a staff session always acts as the app user of its server account's name (single sign-on).
Administrators (role RDB$ADMIN, SYSDBA) are not stamped: migrations and copies keep the original names.
"""

from alembic import op

revision = "0005"
down_revision = "0004"

_FIND_USER = """
    IF (CURRENT_ROLE = 'SUPASOFT_STAFF') THEN
    BEGIN
      uid = NULL;
      ulogin = NULL;
      SELECT FIRST 1 id, login FROM sys_users WHERE UPPER(login) = CURRENT_USER INTO :uid, :ulogin;
"""

TRIGGERS = {
    "sys_audit_who": ("sys_audit", "NEW.user_id = uid; NEW.user_name = COALESCE(ulogin, CURRENT_USER);"),
    "sys_history_who": ("sys_history", "NEW.user_id = uid; NEW.user_name = COALESCE(ulogin, CURRENT_USER);"),
    "sys_trash_who": ("sys_trash", "NEW.deleted_by = COALESCE(ulogin, CURRENT_USER);"),
}


def trigger_sql(name: str) -> str:
    table, assignments = TRIGGERS[name]
    return (f"CREATE OR ALTER TRIGGER {name} FOR {table} ACTIVE BEFORE INSERT POSITION 0 AS\n"
            "DECLARE uid INTEGER;\nDECLARE ulogin VARCHAR(100);\nBEGIN"
            f"{_FIND_USER}      {assignments}\n    END\nEND")


def upgrade() -> None:
    bind = op.get_bind()
    if not bind.dialect.name.startswith("firebird"):
        return  # SQLite has one local user and no server accounts
    for name in TRIGGERS:
        bind.exec_driver_sql(trigger_sql(name))  # no bind-parameter parsing of :uid / :ulogin
