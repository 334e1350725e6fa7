"""The records service seen through the ReferenceLookup protocol that pickers use."""

from __future__ import annotations

from supasoft.services.records import RecordService
from supasoft.widgets.reference_picker import SEARCH_LIMIT, USERS_OBJECT_ID


class RecordsLookup:
    """Adapter: pickers ask search/display; the service answers lookup/display (users are not records yet)."""

    def __init__(self, records: RecordService):
        self.records = records

    def search(self, object_id: int, text: str, limit: int = SEARCH_LIMIT) -> list[tuple[int, str]]:
        if object_id == USERS_OBJECT_ID:
            return []
        return self.records.lookup(object_id, text, limit)

    def display(self, object_id: int, record_id: int) -> str:
        if object_id == USERS_OBJECT_ID:
            return f"#{record_id}"
        return self.records.display(object_id, record_id)
