"""Undo of an import: the records it created go to the trash, the records it updated get their earlier values back.

What an import wrote is kept in sys_info (`import_<number>`: object, user, time, created ids, updated records'
earlier values in their JSON form), so an import can be undone later by its number, from the CLI as well.
The undo runs as the logged-in user (delete and change rights apply) in one transaction, and only once.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from supasoft.core.errors import NotFound, SupasoftError
from supasoft.core.fieldtypes.roles import is_derived, type_of
from supasoft.core.messages import Message
from supasoft.services.import_apply import ImportResult
from supasoft.services.import_compact import Ids
from supasoft.services.records import RecordService

LOG_INFO = "import_{number}"  # sys_info: what import <number> wrote
LAST_INFO = "import_last"  # sys_info: the number of the newest import kept
log = logging.getLogger(__name__)


@dataclass
class ImportLog:
    """What one import wrote, enough to take it back."""

    number: int
    object_id: int
    user: str = ""
    at: str = ""
    created: Sequence[int] = field(default_factory=Ids)  # kept as [first, last] runs: an import's ids are mostly one
    before: dict[int, dict[int, Any]] = field(default_factory=dict)  # record id -> field id -> earlier JSON value
    undone: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "object": self.object_id, "user": self.user, "at": self.at,
                "created_runs": Ids(self.created).ranges(),
                "before": {str(r): {str(f): v for f, v in values.items()} for r, values in self.before.items()},
                "undone": self.undone}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportLog:
        before = {int(r): {int(f): v for f, v in values.items()} for r, values in data.get("before", {}).items()}
        return cls(int(data["number"]), int(data["object"]), str(data.get("user", "")), str(data.get("at", "")),
                   Ids.from_ranges(data["created_runs"]) if "created_runs" in data else Ids(int(i) for i in data.get("created", [])),
                   before, bool(data.get("undone", False)))


def keep_log(records: RecordService, result: ImportResult) -> int | None:
    """Keep what the import wrote under a new number (None when nothing was written or the account may not write it)."""
    if not (result.created or result.updated):
        return None
    obj = records.obj(result.object_id)
    before = {}
    for record_id, values in result.before.items():
        before[record_id] = {fid: type_of(f).to_json(values.get(fid), f) for fid in values
                             if (f := _field(obj, fid)) is not None}
    storage = records.storage
    try:
        with storage.begin() as conn:
            number = int(storage.get_info(LAST_INFO) or 0) + 1
            entry = ImportLog(number, obj.id, records.actor.name or "", dt.datetime.now().isoformat(timespec="seconds"),
                              Ids(result.created), before)
            storage.set_info(conn, LOG_INFO.format(number=number), json.dumps(entry.to_dict(), default=str))
            storage.set_info(conn, LAST_INFO, str(number))
    except Exception:  # noqa: BLE001 - e.g. a staff server account without rights on SYS_INFO; the import itself stands
        log.warning("the import could not be kept for undo", exc_info=True)
        return None
    return number


def read_log(records: RecordService, number: int) -> ImportLog:
    """The kept import `number`, or NotFound."""
    stored = records.storage.get_info(LOG_INFO.format(number=number))
    if not stored:
        raise NotFound(Message("There is no import number {number}", number=number))
    return ImportLog.from_dict(json.loads(stored))


def undo_import(records: RecordService, entry: ImportLog | ImportResult) -> tuple[int, int]:
    """Take an import back in one transaction: (records deleted to the trash, records given their earlier values)."""
    if isinstance(entry, ImportResult):
        if entry.import_id is not None:
            entry = read_log(records, entry.import_id)
        else:
            obj = records.obj(entry.object_id)
            entry = ImportLog(0, obj.id, created=Ids(entry.created), before={
                rid: {fid: type_of(f).to_json(v, f) for fid, v in values.items() if (f := _field(obj, fid)) is not None}
                for rid, values in entry.before.items()})
    if entry.undone:
        raise SupasoftError(Message("Import number {number} was already undone", number=entry.number))
    obj = records.obj(entry.object_id)
    deleted = restored = 0
    with records.one_transaction() as joined:
        for record_id, values in entry.before.items():
            try:
                record = joined.get(obj.id, record_id)
            except NotFound:
                continue  # deleted since the import: nothing to give back
            for fid, value in values.items():
                f = _field(obj, fid)
                if f is not None:
                    record.values[fid] = type_of(f).from_json(value, f)
            joined.save(record)
            restored += 1
        for record_id in reversed(entry.created):
            try:
                joined.delete(obj.id, record_id)
            except NotFound:
                continue  # already deleted (or with its parent)
            deleted += 1
    if entry.number:
        entry.undone = True
        _store(records, entry)
    return deleted, restored


def _store(records: RecordService, entry: ImportLog) -> None:
    try:
        with records.storage.begin() as conn:
            records.storage.set_info(conn, LOG_INFO.format(number=entry.number), json.dumps(entry.to_dict(), default=str))
    except Exception:  # noqa: BLE001 - an account that may not write SYS_INFO: the undo itself stands
        log.warning("the undone import could not be marked", exc_info=True)


def _field(obj: Any, field_id: int) -> Any:
    """The field (None when it was removed since the import, or is computed)."""
    try:
        f = obj.field_by_id(field_id)
    except KeyError:
        return None
    return None if is_derived(f) else f
