"""Server accounts and privileges (team notes §6.2, §6.3): administrators change the structure, staff only rows.

- Accounts are server-wide (security3.fdb): CREATE / ALTER / DROP USER. Run by SYSDBA, or by an account that is
  an admin in the security database (GRANT ADMIN ROLE) *and* holds RDB$ADMIN in this database *and* connected
  with role RDB$ADMIN (all three are needed).
- Roles and grants are per database. Staff hold the role SUPASOFT_STAFF: SELECT/INSERT/UPDATE/DELETE on the
  object tables, on the system tables exactly what the app's staff paths need (STAFF_SYSTEM_PRIVILEGES: none on
  password hashes, SELECT only on the structure, users, groups and grants, no UPDATE/DELETE of audit or history),
  USAGE on user sequences, nothing else, so the server itself refuses their ALTER/DROP/CREATE.
  Staff must connect with the role (`?role=SUPASOFT_STAFF` in the URL): FB3 has no default roles.
- Administrators hold RDB$ADMIN in the database and connect with `?role=RDB$ADMIN`.
- A table created later is invisible to staff until granted: call refresh_staff_grants(conn) after every
  structure change (it only grants what is missing; a no-op on SQLite and on databases without the role).

All functions take a SQLAlchemy Connection on a Firebird database and leave the commit to the caller,
except where a step must be committed before the next one can see it (noted per function).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

STAFF_ROLE = "SUPASOFT_STAFF"
ADMIN_ROLE = "RDB$ADMIN"
STAFF_PRIVILEGES = ("S", "I", "U", "D")  # rdb$user_privileges letters
#: What staff get on each system table (stored upper-case names): exactly what a staff session of the app needs.
#: Any other SYS_* table is SELECT-only; object tables (T_<id>) get STAFF_PRIVILEGES.
STAFF_SYSTEM_PRIVILEGES: dict[str, tuple[str, ...]] = {
    "SYS_PASSWORDS": (),  # hashes and failed-login counters: app logins are checked by admin sessions only
    "SYS_CONFIG": ("S",),  # the structure document: read to work, written by administrators (DDL) only
    "SYS_SCHEMA_VERSION": ("S",),
    "SYS_INFO": ("S",),  # template, maintenance mode, index layout: set by administrators
    "SYS_USERS": ("S",),  # names for user fields and sign-on; no hashes here any more (migration 0004)
    "SYS_GROUPS": ("S",),
    "SYS_MEMBERS": ("S",),
    "SYS_GRANTS": ("S",),  # read to compute one's rights
    "SYS_FIELD_GRANTS": ("S",),
    "SYS_AUDIT": ("S", "I"),  # logins and shares add lines; nobody but an administrator changes or removes one
    "SYS_HISTORY": ("S", "I"),  # every save adds rows; never changed afterwards
    "SYS_FILES": ("S", "I"),  # attachments are added; removing one is not a staff path
    "SYS_TRASH": ("S", "I", "D"),  # deleting a record puts it here; restoring or emptying takes it out
    "SYS_COUNTERS": ("S", "I", "U"),  # Code numbers: the first save inserts the counter, later ones advance it
    "SYS_RECORD_GRANTS": ("S", "I", "D"),  # sharing a record (see docs/access-rights.md: the risk is documented)
    "SYS_REPORTS": ("S", "I", "U", "D"),  # saved report designs (no data; every run applies the viewer's rights)
    "SYS_DASHBOARDS": ("S", "I", "U", "D"),  # dashboards: report ids and places (sharing is checked by the service)
    "SYS_DOCUMENT_TEMPLATES": ("S",),  # templates run on others' data: added by administrators (Configurator) only
    "SYS_OUTBOX": ("S", "I"),  # a staff save writes its webhook events; sending them is an administrator's (serve, CLI)
    "SYS_API_TOKENS": (),  # API token hashes: made and checked by administrators' sessions only (token, serve)
    "SYS_API_LOG": (),  # the API request log: written by the server, read by administrators (api log)
}
_PRIVILEGE_SQL = {"S": "SELECT", "I": "INSERT", "U": "UPDATE", "D": "DELETE", "R": "REFERENCES"}
_OBJ_RELATION, _OBJ_GENERATOR, _OBJ_ROLE = 0, 14, 13
_USER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_$]{0,30}$")


class AccountError(ValueError):
    """A bad account name or password (checked before any SQL is built)."""


@dataclass
class ServerAccount:
    name: str
    server_admin: bool  # may create/drop accounts (security database admin)
    active: bool
    roles: list[str] = field(default_factory=list)  # roles in this database: SUPASOFT_STAFF, RDB$ADMIN

    @property
    def kind(self) -> str:
        if ADMIN_ROLE in self.roles:
            return "admin"
        if STAFF_ROLE in self.roles:
            return "staff"
        return "none"


def is_firebird(conn: Connection) -> bool:
    return conn.dialect.name.startswith("firebird")


def check_user_name(name: str) -> str:
    """The server's (upper-case) spelling of a valid account name; AccountError otherwise."""
    if not _USER_NAME.match(name or ""):
        raise AccountError(
            f"Invalid account name {name!r}: use 1-31 letters, digits or _, starting with a letter."
        )
    if name.upper() in ("SYSDBA", "PUBLIC", STAFF_ROLE, ADMIN_ROLE):
        raise AccountError(f"The account name {name!r} is reserved.")
    return name.upper()


def _password_literal(password: str) -> str:
    if not password:
        raise AccountError("The password must not be empty.")
    if "\x00" in password or len(password) > 255:
        raise AccountError("The password is too long or contains a NUL character.")
    return "'" + password.replace("'", "''") + "'"


def _quote(identifier: str) -> str:
    """A stored (exact-case) name as a quoted identifier."""
    return '"' + identifier.strip().replace('"', '""') + '"'


def _run(conn: Connection, sql: str) -> None:
    conn.exec_driver_sql(sql)  # DDL with literals: no bind parameters, no ':name' parsing


def _commit(conn: Connection) -> None:
    """Commit in the driver and go on (the SQLAlchemy transaction stays open); DDL is applied at COMMIT."""
    dbapi = conn.connection.dbapi_connection
    if dbapi is not None:
        dbapi.commit()


# ---------------------------------------------------------------- roles and grants


def connected_role(conn: Connection) -> str:
    """The role this connection works with (SUPASOFT_STAFF, RDB$ADMIN or NONE); '' on SQLite."""
    if not is_firebird(conn):
        return ""
    return str(conn.execute(text("select current_role from rdb$database")).scalar() or "").strip()


def role_exists(conn: Connection, role: str = STAFF_ROLE) -> bool:
    return bool(conn.execute(
        text("select count(*) from rdb$roles where rdb$role_name = :r"), {"r": role}
    ).scalar())


def ensure_staff_role(conn: Connection) -> bool:
    """CREATE ROLE SUPASOFT_STAFF if missing (committed at once, so grants can follow); True when created."""
    if role_exists(conn):
        return False
    _run(conn, f"CREATE ROLE {STAFF_ROLE}")
    _commit(conn)
    return True


def _user_tables(conn: Connection) -> list[str]:
    rows = conn.execute(text(
        "select rdb$relation_name from rdb$relations"
        " where coalesce(rdb$system_flag, 0) = 0 order by rdb$relation_name"
    )).scalars()
    return [r.strip() for r in rows]


def _user_sequences(conn: Connection) -> list[str]:
    # identity columns' generators have a system flag (6) and need no grant (notes §6.2)
    rows = conn.execute(text(
        "select rdb$generator_name from rdb$generators where coalesce(rdb$system_flag, 0) = 0"
    )).scalars()
    return [r.strip() for r in rows]


def _identity_generators(conn: Connection) -> dict[str, str]:
    """table -> the generator of its identity column (system generators like RDB$12)."""
    rows = conn.execute(text(
        "select rdb$relation_name, rdb$generator_name from rdb$relation_fields where rdb$generator_name is not null"
    )).all()
    return {table.strip(): generator.strip() for table, generator in rows}


def _granted(conn: Connection, grantee: str) -> set[tuple[str, str]]:
    rows = conn.execute(text(
        "select rdb$relation_name, rdb$privilege from rdb$user_privileges where rdb$user = :u"
    ), {"u": grantee}).all()
    return {((name or "").strip(), (priv or "").strip()) for name, priv in rows}


def staff_privileges_on(table: str, read_only: frozenset[str] | set[str] = frozenset()) -> tuple[str, ...]:
    """The privilege letters the staff role should hold on a table (stored upper-case name)."""
    if table in STAFF_SYSTEM_PRIVILEGES:
        return STAFF_SYSTEM_PRIVILEGES[table]
    if table.startswith("SYS_") or table in read_only:
        return ("S",)
    return STAFF_PRIVILEGES


def refresh_staff_grants(conn: Connection, *, read_only: frozenset[str] | set[str] = frozenset()) -> int:
    """Give the staff role exactly its privileges (staff_privileges_on) on every table, granting what is missing
    and revoking what is too much, and USAGE on every user sequence; returns how many GRANT/REVOKE statements
    ran. Call after every structure change (new tables are not visible to staff until granted). A no-op (0) on
    SQLite and on a database without the SUPASOFT_STAFF role.

    read_only: more stored table names (upper case) that staff may only SELECT.
    The caller commits; GRANTs are applied at COMMIT. Open staff attachments that already touched a table
    keep their cached rights until they reconnect (notes §6.2).
    """
    if not is_firebird(conn) or not role_exists(conn):
        return 0
    have = _granted(conn, STAFF_ROLE)
    statements: list[str] = []
    for table in _user_tables(conn):
        wanted = staff_privileges_on(table, read_only)
        missing = [_PRIVILEGE_SQL[p] for p in wanted if (table, p) not in have]
        if missing:
            statements.append(f"GRANT {', '.join(missing)} ON {_quote(table)} TO ROLE {STAFF_ROLE}")
        extra = [sql for p, sql in _PRIVILEGE_SQL.items() if p not in wanted and (table, p) in have]
        if extra:
            statements.append(f"REVOKE {', '.join(extra)} ON {_quote(table)} FROM ROLE {STAFF_ROLE}")
    # restoring from the trash and bulk imports move an object table's identity with GEN_ID, which needs USAGE
    # on that system generator (plain inserts do not); system tables' identities stay out of staff's reach
    identities = _identity_generators(conn)
    object_identities = [identities[t] for t in _user_tables(conn)
                         if t in identities and staff_privileges_on(t, read_only) == STAFF_PRIVILEGES]
    for sequence in [*_user_sequences(conn), *object_identities]:
        if (sequence, "G") not in have:
            statements.append(f"GRANT USAGE ON SEQUENCE {_quote(sequence)} TO ROLE {STAFF_ROLE}")
    for sql in statements:
        _run(conn, sql)
    return len(statements)


def setup_server_accounts(conn: Connection) -> int:
    """Create the staff role if needed and give it its privileges; returns the GRANT/REVOKEs run. Commits."""
    ensure_staff_role(conn)
    count = refresh_staff_grants(conn)
    _commit(conn)
    return count


def database_roles(conn: Connection) -> dict[str, list[str]]:
    """user name -> roles granted in this database (only SUPASOFT_STAFF and RDB$ADMIN)."""
    rows = conn.execute(text(
        "select rdb$user, rdb$relation_name from rdb$user_privileges"
        " where rdb$privilege = 'M' and rdb$relation_name in (:staff, :admin)"
    ), {"staff": STAFF_ROLE, "admin": ADMIN_ROLE}).all()
    roles: dict[str, list[str]] = {}
    for user, role in rows:
        roles.setdefault(user.strip(), []).append(role.strip())
    return roles


def grant_staff(conn: Connection, name: str) -> None:
    """GRANT SUPASOFT_STAFF TO USER name (creates the role first if missing)."""
    user = check_user_name(name)
    ensure_staff_role(conn)
    _run(conn, f"GRANT {STAFF_ROLE} TO USER {user}")


def grant_admin(conn: Connection, name: str) -> None:
    """GRANT RDB$ADMIN TO USER name: full rights in this database when connected with role RDB$ADMIN."""
    _run(conn, f"GRANT {ADMIN_ROLE} TO USER {check_user_name(name)}")


def revoke_roles(conn: Connection, name: str) -> list[str]:
    """Revoke SUPASOFT_STAFF and RDB$ADMIN from an account in this database; returns the roles revoked."""
    user = check_user_name(name)
    held = database_roles(conn).get(user, [])
    for role in held:
        _run(conn, f"REVOKE {role} FROM USER {user}")
    return held


# ---------------------------------------------------------------- accounts (server-wide)


def list_accounts(conn: Connection) -> list[ServerAccount]:
    """Server accounts (SEC$USERS: an admin sees all, others only themselves) with their roles here."""
    roles = database_roles(conn)
    rows = conn.execute(text(
        "select sec$user_name, sec$admin, sec$active from sec$users order by sec$user_name"
    )).all()
    return [ServerAccount(r[0].strip(), bool(r[1]), r[2] is None or bool(r[2]), roles.get(r[0].strip(), []))
            for r in rows]


def account_exists(conn: Connection, name: str) -> bool:
    user = check_user_name(name)
    return bool(conn.execute(text("select count(*) from sec$users where sec$user_name = :u"), {"u": user}).scalar())


def create_account(conn: Connection, name: str, password: str, *, admin: bool = False) -> str:
    """CREATE USER with a password and its role in this database: staff (SUPASOFT_STAFF) or admin
    (RDB$ADMIN here and admin of the security database, so it can manage accounts). Returns the stored name.
    User DDL is transactional: the caller commits."""
    user = check_user_name(name)
    literal = _password_literal(password)
    if admin:
        _run(conn, f"CREATE USER {user} PASSWORD {literal} GRANT ADMIN ROLE")
        grant_admin(conn, user)
    else:
        ensure_staff_role(conn)
        _run(conn, f"CREATE USER {user} PASSWORD {literal}")
        grant_staff(conn, user)
    return user


def set_password(conn: Connection, name: str, password: str) -> None:
    """ALTER USER name PASSWORD '...'."""
    _run(conn, f"ALTER USER {check_user_name(name)} PASSWORD {_password_literal(password)}")


def drop_account(conn: Connection, name: str) -> None:
    """Revoke its roles in this database, then DROP USER (server-wide). Grants in other databases remain."""
    user = check_user_name(name)
    revoke_roles(conn, user)
    _run(conn, f"DROP USER {user}")
