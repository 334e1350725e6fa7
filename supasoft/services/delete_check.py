"""What keeps a record from being deleted (links with on_delete=refuse), found without deleting anything.

The delete itself refuses the same records (record_history.trash); asking first lets the UI say why before
the user confirms. The walk follows cascade links like the delete does, so a client whose cascaded child
is itself referenced is reported too.
"""

from __future__ import annotations

from dataclasses import dataclass

from supasoft.core.errors import NotFound, SupasoftError
from supasoft.core.messages import Message
from supasoft.services.records import RecordService
from supasoft.storage.connection import Connection
from supasoft.storage.repository import RecordRepository

MAX_DEPTH = 20


@dataclass(frozen=True)
class DeleteBlocker:
    """One record that has dependents through a refusing link: `Client CL-00001 has 3 Orders`."""

    record_id: int  # the record asked about (the blocked one may be a cascaded child of it)
    object_name: str
    code: str
    link_name: str
    count: int

    def message(self) -> Message:
        return Message("{name} {code} has {count} {link}; delete them first.", name=self.object_name, code=self.code,
                       count=self.count, link=self.link_name)


def delete_blockers(records: RecordService, object_id: int, record_ids: list[int]) -> list[DeleteBlocker]:
    """Why these records cannot go to the trash (empty: they can); needs the delete right, like the delete."""
    obj = records.obj(object_id)
    records.access.require("delete", object_id)
    repo = records.repo()
    found: list[DeleteBlocker] = []
    with records.storage.connect() as conn:
        for record_id in record_ids:
            if not repo.exists(conn, obj, record_id):
                raise NotFound(Message("{name} #{id} does not exist", name=obj.name, id=record_id))
            records.access.require_record(conn, object_id, record_id, "delete")
            _walk(conn, repo, object_id, record_id, record_id, 0, found)
    return found


def _walk(conn: Connection, repo: RecordRepository, object_id: int, record_id: int, asked: int, depth: int,
          found: list[DeleteBlocker]) -> None:
    if depth > MAX_DEPTH:
        raise SupasoftError(Message("Records are linked too deeply to delete in one step"))
    config = repo.config
    obj = config.object_by_id(object_id)
    for link in config.child_links(object_id):
        if link.on_delete not in ("refuse", "cascade"):
            continue
        child = config.object_by_id(link.child)
        ids = repo.ids_where(conn, child, child.field_by_id(link.field), record_id)
        if not ids:
            continue
        if link.on_delete == "refuse":
            row = repo.fetch(conn, obj, record_id)
            code = obj.format_code(row["rec_code"]) if row is not None else f"#{record_id}"
            found.append(DeleteBlocker(asked, obj.name, code, link.name, len(ids)))
        else:
            for child_id in ids:
                _walk(conn, repo, child.id, child_id, asked, depth + 1, found)
