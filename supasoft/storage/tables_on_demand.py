"""Table models built only when a query first reaches them, for checking a structure that has no tables yet."""

from __future__ import annotations

import sqlalchemy as sa

from supasoft.core.meta import Configuration
from supasoft.storage.physical import build_table


class TablesOnDemand:
    """The tables a list's paths reach, built when first asked for (building all of them cost 80% of a check)."""

    def __init__(self, config: Configuration):
        self.objects = {o.id: o for o in config.objects}
        self.metadata = sa.MetaData()
        self.tables: dict[int, sa.Table] = {}

    def table(self, object_id: int) -> sa.Table:
        if object_id not in self.tables:
            self.tables[object_id] = build_table(self.objects[object_id], self.metadata)
        return self.tables[object_id]
