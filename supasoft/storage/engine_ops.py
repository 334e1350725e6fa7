"""What differs between the engines, behind one interface: services ask `storage.ops`, never the dialect.

One subclass per engine (storage/sqlite/ops.py, storage/firebird/ops.py) overrides what its engine does
differently; the base holds the portable behaviour. Services never branch on the engine's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from supasoft.storage.engine import Database


class EngineOps:
    """The portable behaviour; engines override only what they do differently."""

    kind: str = ""
    networked: bool = False
    """True when several clients share the database over the network (Firebird)."""

    def __init__(self, database: Database):
        self.database = database


def ops_for(database: Database) -> EngineOps:
    """The engine-specific operations for an open database."""
    if database.kind == "firebird":
        from supasoft.storage.firebird.ops import FirebirdOps

        return FirebirdOps(database)
    from supasoft.storage.sqlite.ops import SqliteOps

    return SqliteOps(database)
