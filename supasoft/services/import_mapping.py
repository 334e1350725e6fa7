"""Which column of the file goes into which field: guessed by header (case- and accent-insensitive), overridden
by the user ("Header=Field", "Header=Field@Key field" for a reference matched by a unique field of its target),
kept as a JSON-able dict so it can be saved and used again.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from supasoft.core.errors import NotFound, SupasoftError
from supasoft.core.fieldtypes.roles import is_derived, link_target
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.services.import_keys import key_field_ids

CODE = 0  # the "field" id of the record's Code
CODE_NAMES = ("code", "kod", "код")
MODES = ("create", "update", "upsert")
_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss"})


def fold(text: str) -> str:
    """Text compared without case, accents or extra blanks ('  Nazwa  Klientá ' ~ 'nazwa klienta')."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_FOLD_EXTRA))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


@dataclass
class ColumnMap:
    """One column of the file and the field it fills (None: not imported); `match`: for a reference, the field of the
    target matched by the cell (None: its display text or Code)."""

    column: str
    field: int | None
    match: int | None = None


@dataclass
class ImportMapping:
    """What an import does: object, columns to fields, mode and key fields (CODE = the Code)."""

    object_id: int
    columns: list[ColumnMap]
    mode: str = "create"
    keys: list[int] = field(default_factory=list)
    codes: bool = False  # new records take the Code column's numbers as their Codes (the counter continues after)
    files: str | None = None  # the folder whose files a file field's column names (not kept with the mapping)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able form (ids, stable across renames) to save and reuse."""
        return {"object": self.object_id, "mode": self.mode, "keys": list(self.keys), "codes": self.codes,
                "columns": [{"column": c.column, "field": c.field, "match": c.match} for c in self.columns]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportMapping:
        try:
            columns = [ColumnMap(str(c["column"]), c.get("field"), c.get("match")) for c in data["columns"]]
            return cls(int(data["object"]), columns, str(data.get("mode", "create")), [int(k) for k in data.get("keys", [])],
                       bool(data.get("codes", False)))
        except (KeyError, TypeError, ValueError):
            raise SupasoftError(Message("This is not a saved import mapping")) from None

    def mapped(self) -> list[tuple[int, ColumnMap]]:
        """(column index, its map) of the columns that are imported."""
        return [(i, c) for i, c in enumerate(self.columns) if c.field is not None]


def find_object(config: Configuration, name: str) -> ObjectDef:
    """An object by its singular or plural name, without case or accents."""
    wanted = fold(name)
    for obj in config.objects:
        if wanted in (fold(obj.name), fold(obj.plural)):
            return obj
    raise NotFound(Message("There is no object named {name!r}", name=name))


def find_field(obj: ObjectDef, name: str) -> int:
    """A field id (CODE for the Code) by its name, without case or accents."""
    wanted = fold(name)
    if wanted in CODE_NAMES:
        return CODE
    for f in obj.fields:
        if fold(f.name) == wanted:
            return f.id
    raise NotFound(Message("{object} has no field {name!r}", object=obj.name, name=name))


def guess_mapping(config: Configuration, obj: ObjectDef, headers: list[str], *, mode: str = "create",
                  keys: list[str] | None = None, overrides: list[str] | None = None,
                  remembered: ImportMapping | None = None) -> ImportMapping:
    """Columns matched to fields by header, then as `remembered` (the last import of the object) mapped the same
    headers; `overrides` ("Header=Field", "Header=Field@Key", "Header=" to skip) win over both."""
    if mode not in MODES:
        raise SupasoftError(Message("The import mode must be one of: {modes}", modes=", ".join(MODES)))
    by_name: dict[str, FieldDef] = {fold(f.name): f for f in obj.fields if not is_derived(f)}
    columns = []
    for header in headers:
        folded = fold(header)
        if folded in CODE_NAMES:
            columns.append(ColumnMap(header, CODE))
        else:
            f = by_name.get(folded)
            columns.append(ColumnMap(header, f.id if f is not None else None))
    if remembered is not None and remembered.object_id == obj.id:
        _recall(obj, columns, remembered)
    for spec in overrides or []:
        _override(config, obj, columns, spec)
    key_ids = key_field_ids(obj, keys or [], find_field)  # a unique key's name stands for its fields
    if mode != "create" and not key_ids:
        raise SupasoftError(Message("Updating needs one or more key fields (--key) to find the records"))
    return ImportMapping(obj.id, columns, mode, key_ids)


def _override(config: Configuration, obj: ObjectDef, columns: list[ColumnMap], spec: str) -> None:
    header, sep, target = spec.partition("=")
    if not sep:
        raise SupasoftError(Message("Write a column mapping as Header=Field: {spec!r}", spec=spec))
    wanted = fold(header)
    found = [c for c in columns if fold(c.column) == wanted]
    if not found:
        raise NotFound(Message("The file has no column {column!r}", column=header.strip()))
    name, _, match = target.partition("@")
    if not name.strip():
        found[0].field, found[0].match = None, None
        return
    found[0].field = find_field(obj, name)
    found[0].match = None
    if match.strip():
        target_id = link_target(obj.field_by_id(found[0].field)) if found[0].field != CODE else None
        if target_id is None:
            raise SupasoftError(Message("{field} is not a reference: only a reference is matched by a key field", field=name.strip()))
        found[0].match = find_field(config.object_by_id(target_id), match)


def _recall(obj: ObjectDef, columns: list[ColumnMap], remembered: ImportMapping) -> None:
    """Headers mapped by the last import of the object get the same field again (if it still exists and is not computed)."""
    known = {f.id for f in obj.fields if not is_derived(f)} | {CODE}
    earlier = {fold(c.column): c for c in remembered.columns}
    for column in columns:
        before = earlier.get(fold(column.column))
        if before is not None and (before.field is None or before.field in known):
            column.field, column.match = before.field, before.match
