"""The SQL side of row rights: conditions the rights service combines and the checks it runs with them.

A condition is an opaque value to the services (they pass it back to storage); None means every row. The rights service decides which grants apply; this module only spells them in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from supasoft.core.meta import FieldDef, FilterGroup
from supasoft.storage.catalog import sys_members, sys_record_grants
from supasoft.storage.physical import column_name

Condition = Any
"""A boolean SQL expression over one object table (opaque outside storage)."""


def owned_by(table: sa.Table, user_id: int | None) -> Condition:
    """Rows whose owner is the user."""
    return table.c.owner_id == user_id


def owned_by_groups(table: sa.Table, groups: frozenset[int]) -> Condition:
    """Rows owned by any member of these groups."""
    members = sa.select(sys_members.c.user_id).where(sys_members.c.group_id.in_(groups or {-1}))
    return table.c.owner_id.in_(members)


def shared_with(table: sa.Table, object_id: int, levels: Iterable[str], user_id: int | None,
                groups: frozenset[int]) -> Condition:
    """Rows shared (at one of `levels`) with the user or one of their groups."""
    shared = sa.select(sys_record_grants.c.record_id).where(
        sys_record_grants.c.object_id == object_id,
        sys_record_grants.c.level.in_(list(levels)),
        sa.or_(
            sa.and_(sys_record_grants.c.principal_kind == "user", sys_record_grants.c.principal_id == user_id),
            sa.and_(sys_record_grants.c.principal_kind == "group", sys_record_grants.c.principal_id.in_(groups or {-1})),
        ),
    )
    return table.c.id.in_(shared)


def any_of(parts: list[Condition]) -> Condition:
    return sa.or_(*parts)


def matching_filter(builder: Any, group: FilterGroup, table: sa.Table) -> Condition:
    """Rows of `table` a saved filter keeps; the builder (storage.query) turns paths through links into subqueries."""
    condition = builder.where(group)
    if condition is None:
        return sa.true()
    inner = sa.select(builder.base.c.id).select_from(builder.from_clause()).where(condition)
    return table.c.id.in_(inner)


def record_matches(conn: sa.Connection, table: sa.Table, record_id: int, condition: Condition | None) -> bool:
    """Whether the record exists and meets the condition (None: only that it exists)."""
    query = sa.select(table.c.id).where(table.c.id == record_id)
    if condition is not None:
        query = query.where(condition)
    return conn.execute(query).first() is not None


def all_children_match(conn: sa.Connection, table: sa.Table, link: FieldDef, parent_id: int, condition: Condition) -> bool:
    """Whether every child row linked to the parent by `link` meets the condition."""
    column = table.c[column_name(link)]
    allowed = sa.select(table.c.id).where(column == parent_id, condition)  # NOT IN, not NOT(...): NULLs must not pass
    query = sa.select(table.c.id).where(column == parent_id, table.c.id.not_in(allowed)).limit(1)
    return conn.execute(query).first() is None
