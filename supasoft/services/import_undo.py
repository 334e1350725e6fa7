"""Undo of an import: the records it created go to the trash, the records it updated get their earlier values back.

What an import wrote is kept in sys_info (`import_<number>`: object, user, time, created and updated ids as runs, and
the ids of the history rows its updates wrote), so an import can be undone later by its number, from the CLI as well.
The earlier values are read back from history (the earliest old value of each field in that range), a few hundred
records at a time, so neither the import nor its undo holds them all (older logs kept them in a `before` map: still
undone from it). The undo runs as the logged-in user (delete and change rights apply) in one transaction, batch by
batch with progress; a cancel rolls all of it back. An import is undone only once.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from supasoft.core.errors import NotFound, SupasoftError
from supasoft.core.fieldtypes import FileValue
from supasoft.core.fieldtypes.roles import is_derived, is_file, type_of
from supasoft.core.messages import Message
from supasoft.services.import_apply import ImportResult
from supasoft.services.import_compact import Ids
from supasoft.services.records import RecordService
from supasoft.storage.history_reads import earliest_old_values

LOG_INFO = "import_{number}"  # sys_info: what import <number> wrote
LAST_INFO = "import_last"  # sys_info: the number of the newest import kept
BATCH = 500  # records restored or deleted per step (and ids per history read: within Firebird's IN limit)
Progress = Callable[[int, int], None]  # (records done, records in all)
Cancelled = Callable[[], bool]
log = logging.getLogger(__name__)


class UndoCancelled(SupasoftError):
    """The user cancelled an undo: it was rolled back whole, the import can still be undone."""

    def __init__(self, number: int):
        super().__init__(Message("The undo was cancelled: nothing was changed, import number {number} can still be undone",
                                 number=number))


@dataclass
class ImportLog:
    """What one import wrote, enough to take it back."""

    number: int
    object_id: int
    user: str = ""
    at: str = ""
    created: Sequence[int] = field(default_factory=Ids)  # kept as [first, last] runs: an import's ids are mostly one
    before: dict[int, dict[int, Any]] = field(default_factory=dict)  # older logs: record id -> field id -> JSON value
    undone: bool = False
    updated: Sequence[int] = field(default_factory=Ids)  # kept as runs
    history: list[int] | None = None  # [first, last] ids of the history rows the updates wrote

    def to_dict(self) -> dict[str, Any]:
        data = {"number": self.number, "object": self.object_id, "user": self.user, "at": self.at,
                "created_runs": Ids(self.created).ranges(), "updated_runs": Ids(self.updated).ranges(),
                "history": self.history, "undone": self.undone}
        if self.before:
            data["before"] = {str(r): {str(f): v for f, v in values.items()} for r, values in self.before.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportLog:
        before = {int(r): {int(f): v for f, v in values.items()} for r, values in data.get("before", {}).items()}
        history = data.get("history")
        return cls(int(data["number"]), int(data["object"]), str(data.get("user", "")), str(data.get("at", "")),
                   Ids.from_ranges(data["created_runs"]) if "created_runs" in data else Ids(int(i) for i in data.get("created", [])),
                   before, bool(data.get("undone", False)), Ids.from_ranges(data.get("updated_runs", [])),
                   [int(history[0]), int(history[1])] if history else None)


def keep_log(records: RecordService, result: ImportResult) -> int | None:
    """Keep what the import wrote under a new number (None when nothing was written or the account may not write it)."""
    if not (result.created or result.updated):
        return None
    obj = records.obj(result.object_id)
    storage = records.storage
    try:
        with storage.begin() as conn:
            number = int(storage.get_info(LAST_INFO) or 0) + 1
            entry = ImportLog(number, obj.id, records.actor.name or "", dt.datetime.now().isoformat(timespec="seconds"),
                              Ids(result.created), updated=Ids(result.updated), history=result.history)
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


def undo_import(records: RecordService, entry: ImportLog | ImportResult, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None, batch: int = BATCH) -> tuple[int, int]:
    """Take an import back in one transaction: (records deleted to the trash, records given their earlier values).
    `progress(done, total)` after each batch; a cancel between batches rolls everything back (UndoCancelled)."""
    if isinstance(entry, ImportResult):
        entry = read_log(records, entry.import_id) if entry.import_id is not None else ImportLog(
            0, entry.object_id, created=Ids(entry.created), updated=Ids(entry.updated), history=entry.history)
    if entry.undone:
        raise SupasoftError(Message("Import number {number} was already undone", number=entry.number))
    obj = records.obj(entry.object_id)
    if entry.created:
        records.access.require("delete", obj.id)  # refused before anything is written, not after the restores
    updated = entry.updated if entry.updated else Ids(entry.before)
    total, done = len(updated) + len(entry.created), 0
    deleted = restored = 0
    with records.one_transaction() as joined:
        for chunk in _chunks(updated, batch):
            _stop(entry, cancelled)
            restored += _restore(joined, obj, entry, chunk)
            done += len(chunk)
            _report(progress, done, total)
        created = entry.created
        for end in range(len(created), 0, -batch):  # newest first: details made after their parents
            _stop(entry, cancelled)
            chunk = [created[i] for i in range(end - 1, max(end - batch, 0) - 1, -1)]
            deleted += len(joined.delete_many(obj.id, chunk))
            done += len(chunk)
            _report(progress, done, total)
    if entry.number:
        entry.undone = True
        _store(records, entry)
    return deleted, restored


def _restore(joined: RecordService, obj: Any, entry: ImportLog, record_ids: list[int]) -> int:
    """Give one batch of updated records their earlier values (from history, or an older log's map); how many."""
    if entry.before:
        earlier: dict[int, dict[int, Any]] = {r: entry.before.get(r, {}) for r in record_ids}
    elif entry.history is not None:
        with joined.storage.connect() as conn:
            earlier = {r: {f: None if v is None else json.loads(v) for f, v in values.items()}
                       for r, values in earliest_old_values(conn, obj.id, record_ids, *entry.history).items()}
    else:
        return 0
    restored = 0
    for record_id in record_ids:
        values = earlier.get(record_id)
        if not values:
            continue  # nothing of it changed
        try:
            record = joined.get(obj.id, record_id)
        except NotFound:
            continue  # deleted since the import: nothing to give back
        for fid, value in values.items():
            f = _field(obj, fid)
            if f is None:
                continue
            given = _from_json(f, value)
            if isinstance(given, FileValue):
                given = _file_again(joined, given, record.values.get(fid))
                if given is _KEEP:
                    continue
            record.values[fid] = given
        joined.save(record)
        restored += 1
    return restored


_KEEP = object()  # a file that cannot be given back: the record keeps the imported one


def _file_again(joined: RecordService, earlier: FileValue, now: Any) -> Any:
    """The earlier file attached again: a save refuses a stored file's id the record no longer holds (another
    record's file, as far as it knows), so its bytes are read (an account with full rights may) and stored anew;
    when they cannot be read (no such right, or the file is gone) the imported file stays."""
    if isinstance(now, FileValue) and now.file_id == earlier.file_id:
        return now
    try:
        name, data = joined.read_file(earlier.file_id or 0)
    except SupasoftError:
        log.warning("file %s could not be given back by the undo", earlier.file_id)
        return _KEEP
    return FileValue(name, data=data)


def _from_json(f: Any, value: Any) -> Any:
    """A history value back to the field's value (a file's is its stored id, name and size)."""
    if is_file(f) and isinstance(value, dict):
        return FileValue(str(value.get("name", "")), file_id=value.get("file_id"), size=value.get("size"))
    return type_of(f).from_json(value, f)


def _chunks(ids: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def _stop(entry: ImportLog, cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise UndoCancelled(entry.number)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


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
