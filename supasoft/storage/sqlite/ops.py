"""SQLite's side of EngineOps: an embedded file, one user, functions registered on the connection."""

from __future__ import annotations

from supasoft.storage.engine_ops import EngineOps


class SqliteOps(EngineOps):
    """The embedded SQLite file of the free and portable editions."""

    kind = "sqlite"
    networked = False
