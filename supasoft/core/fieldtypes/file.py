"""The file field type: an attachment kept inside the database, with a size cap."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.fieldtypes.options import FieldOptions
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class FileValue:
    """A file to attach: its name and contents (input), or a stored file's id, name and size."""

    name: str
    data: bytes | None = None
    file_id: int | None = None
    size: int | None = None

    @property
    def byte_size(self) -> int:
        return self.size if self.data is None else len(self.data)


@dataclass(frozen=True)
class FileOptions(FieldOptions):
    """The largest file the field accepts, in bytes."""

    max_bytes: int = DEFAULT_MAX_BYTES

    def problems(self) -> list[str]:
        ok = isinstance(self.max_bytes, int) and not isinstance(self.max_bytes, bool) and self.max_bytes >= 1
        return [] if ok else [Message("the size limit must be a positive number of bytes")]


class FileFieldType(FieldType):
    """An attached file; the column keeps the id of a row in the files table."""

    type = "file"
    attachment = True
    can_be_unique = False
    takes_default = False
    default_width = 150
    label = "File"
    formula_type = "none"
    sortable = False
    operators = ("empty", "not_empty")
    options_class = FileOptions

    def max_bytes(self, f: FieldDef) -> int:
        return f.max_bytes or DEFAULT_MAX_BYTES

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.Integer()

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        if isinstance(raw, FileValue):
            return raw
        if isinstance(raw, int) and not isinstance(raw, bool):
            return FileValue(name="", file_id=raw)
        raise ValueError("is not a file")

    def validate(self, value: Any, f: FieldDef) -> str | None:
        if value.data is not None and len(value.data) > self.max_bytes(f):
            return Message("is {size:,} bytes; at most {limit:,} allowed", size=len(value.data), limit=self.max_bytes(f))
        if value.data is not None and not value.name.strip():
            return "needs a file name"
        return None

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else value.name

    def to_json(self, value: Any, f: FieldDef) -> Any:
        if value is None:
            return None
        return {"file_id": value.file_id, "name": value.name, "size": value.size}

    def from_json(self, value: Any, f: FieldDef) -> Any:
        if value is None:
            return None
        return FileValue(name=value.get("name", ""), file_id=value.get("file_id"), size=value.get("size"))

    def from_api(self, raw: Any, f: FieldDef) -> Any:
        """A stored file as to_api gives it ({"file_id": ...}); new files arrive by upload, not inside JSON."""
        if raw is None:
            return None
        if isinstance(raw, dict) and isinstance(raw.get("file_id"), int) and not isinstance(raw.get("file_id"), bool):
            return self.from_json(raw, f)
        raise ValueError("is not a file")

    def equal(self, a: Any, b: Any) -> bool:
        if a is None or b is None:
            return a is b
        return a.file_id == b.file_id and a.data == b.data

    def convert_from(self, value: Any, old: FieldType, old_def: FieldDef, f: FieldDef) -> Any:
        if value is None:
            return None
        raise ValueError("cannot become a file")
