"""Users, passwords, groups and memberships as plain values: the statements the users service needs.

Every function works inside the caller's connection or transaction (the service decides where a change
begins and ends) and returns decoded Python values, never rows of the driver.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from supasoft.storage.catalog import (
    sys_field_grants,
    sys_grants,
    sys_groups,
    sys_members,
    sys_passwords,
    sys_record_grants,
    sys_users,
)
from supasoft.storage.store import now


@dataclass(frozen=True)
class AccountRow:
    """One row of sys_users."""

    id: int
    login: str
    full_name: str
    active: bool


@dataclass(frozen=True)
class LoginRow:
    """What a login check reads: the account and its password hash (None when it has none)."""

    id: int
    active: bool
    password_hash: str | None
    failed_logins: int


# --- users -------------------------------------------------------------------------------------------
def has_users(conn: sa.Connection) -> bool:
    return conn.execute(sa.select(sys_users.c.id).limit(1)).first() is not None


def user_exists(conn: sa.Connection, user_id: int) -> bool:
    return conn.execute(sa.select(sys_users.c.id).where(sys_users.c.id == user_id)).first() is not None


def login_of(conn: sa.Connection, user_id: int) -> tuple[str, bool] | None:
    """(login, active) of one user, None when there is no such user."""
    row = conn.execute(sa.select(sys_users.c.login, sys_users.c.active).where(sys_users.c.id == user_id)).first()
    return None if row is None else (str(row[0]), bool(row[1]))


def accounts(conn: sa.Connection) -> list[AccountRow]:
    """Every account, by login."""
    rows = conn.execute(sa.select(sys_users.c.id, sys_users.c.login, sys_users.c.full_name, sys_users.c.active)
                        .order_by(sys_users.c.login)).all()
    return [AccountRow(int(r[0]), str(r[1]), r[2] or "", bool(r[3])) for r in rows]


def user_id_by_login(conn: sa.Connection, login: str) -> int | None:
    found = conn.execute(sa.select(sys_users.c.id).where(sys_users.c.login == login)).scalar()
    return None if found is None else int(found)


def insert_user(conn: sa.Connection, login: str, full_name: str, password_hash: str) -> int:
    """A new active account with its password; returns its id."""
    user_id = int(conn.execute(sys_users.insert().values(
        login=login, full_name=full_name, active=True, created_at=now())).inserted_primary_key[0])
    conn.execute(sys_passwords.insert().values(user_id=user_id, password_hash=password_hash, failed_logins=0))
    return user_id


def set_active(conn: sa.Connection, user_id: int, active: bool) -> None:
    conn.execute(sys_users.update().where(sys_users.c.id == user_id).values(active=active))


def set_full_name(conn: sa.Connection, user_id: int, full_name: str) -> None:
    conn.execute(sys_users.update().where(sys_users.c.id == user_id).values(full_name=full_name))


# --- passwords and failed logins ---------------------------------------------------------------------
def set_password_hash(conn: sa.Connection, user_id: int, password_hash: str, *, clear_failures: bool) -> None:
    values: dict[str, object] = {"password_hash": password_hash}
    if clear_failures:
        values["failed_logins"] = 0
    conn.execute(sys_passwords.update().where(sys_passwords.c.user_id == user_id).values(**values))


def login_row(conn: sa.Connection, login: str) -> LoginRow | None:
    """The account of a login with its password hash and failed-login count (None when no such login)."""
    row = conn.execute(sa.select(sys_users.c.id, sys_users.c.active, sys_passwords.c.password_hash,
                                 sys_passwords.c.failed_logins)
                       .select_from(sys_users.outerjoin(sys_passwords, sys_passwords.c.user_id == sys_users.c.id))
                       .where(sys_users.c.login == login)).first()
    if row is None:
        return None
    return LoginRow(int(row[0]), bool(row[1]), row[2] or None, int(row[3] or 0))


def count_failed_login(conn: sa.Connection, user_id: int) -> None:
    conn.execute(sys_passwords.update().where(sys_passwords.c.user_id == user_id)
                 .values(failed_logins=sys_passwords.c.failed_logins + 1, last_failed_at=now()))


def clear_failed_logins(conn: sa.Connection, user_id: int) -> None:
    conn.execute(sys_passwords.update().where(sys_passwords.c.user_id == user_id).values(failed_logins=0))


# --- groups and memberships --------------------------------------------------------------------------
def group_exists(conn: sa.Connection, group_id: int) -> bool:
    return conn.execute(sa.select(sys_groups.c.id).where(sys_groups.c.id == group_id)).first() is not None


def groups_by_name(conn: sa.Connection) -> dict[str, int]:
    return {str(name): int(gid) for gid, name in conn.execute(sa.select(sys_groups.c.id, sys_groups.c.name))}


def group_id_by_name(conn: sa.Connection, name: str) -> int | None:
    found = conn.execute(sa.select(sys_groups.c.id).where(sys_groups.c.name == name)).scalar()
    return None if found is None else int(found)


def group_is_builtin(conn: sa.Connection, group_id: int) -> bool:
    return bool(conn.execute(sa.select(sys_groups.c.builtin).where(sys_groups.c.id == group_id)).scalar())


def insert_group(conn: sa.Connection, name: str, *, builtin: bool = False) -> int:
    return int(conn.execute(sys_groups.insert().values(name=name, builtin=builtin)).inserted_primary_key[0])


def rename_group(conn: sa.Connection, group_id: int, name: str) -> None:
    conn.execute(sys_groups.update().where(sys_groups.c.id == group_id).values(name=name))


def delete_group(conn: sa.Connection, group_id: int) -> None:
    """A group with its memberships and every grant given to it."""
    conn.execute(sys_members.delete().where(sys_members.c.group_id == group_id))
    for table in (sys_grants, sys_field_grants, sys_record_grants):
        conn.execute(table.delete().where(table.c.principal_kind == "group", table.c.principal_id == group_id))
    conn.execute(sys_groups.delete().where(sys_groups.c.id == group_id))


def memberships(conn: sa.Connection) -> list[tuple[int, int]]:
    """Every (user id, group id) pair."""
    return [(int(u), int(g)) for u, g in conn.execute(sa.select(sys_members.c.user_id, sys_members.c.group_id))]


def groups_of(conn: sa.Connection, user_id: int) -> frozenset[int]:
    return frozenset(int(g) for g in conn.execute(
        sa.select(sys_members.c.group_id).where(sys_members.c.user_id == user_id)).scalars())


def add_member(conn: sa.Connection, user_id: int, group_id: int) -> None:
    """Make the user a member (nothing happens when they already are)."""
    exists = conn.execute(sa.select(sys_members).where(sys_members.c.user_id == user_id,
                                                       sys_members.c.group_id == group_id)).first()
    if not exists:
        conn.execute(sys_members.insert().values(user_id=user_id, group_id=group_id))


def remove_member(conn: sa.Connection, user_id: int, group_id: int) -> None:
    conn.execute(sys_members.delete().where(sys_members.c.user_id == user_id, sys_members.c.group_id == group_id))
