"""Firebird's side of EngineOps: a shared server, DDL committed step by step, row limits by ROWS/FIRST."""

from __future__ import annotations

from supasoft.storage.engine_ops import EngineOps


class FirebirdOps(EngineOps):
    """A Firebird 3 server shared by the office."""

    kind = "firebird"
    networked = True
