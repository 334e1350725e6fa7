"""Plain records and list rows handed to the UI and CLI (no SQL, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from supasoft.core.meta import FieldPath, FilterGroup, SortKey


@dataclass
class Record:
    """One record of an object: canonical values by field id, plus what it was when read."""

    object_id: int
    id: int | None = None
    code: int | None = None
    version: int = 0
    values: dict[int, Any] = field(default_factory=dict)
    original: dict[int, Any] = field(default_factory=dict)  # values as read (for conflicts and history)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    owner_id: int | None = None
    code_text: str = ""

    @property
    def is_new(self) -> bool:
        return self.id is None


@dataclass(frozen=True)
class RefValue:
    """A reference as shown in a list: the target id and its display text."""

    id: int
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass
class ListQuery:
    """What a table asks for: columns, filter, quick search, sort and a page."""

    columns: list[FieldPath] = field(default_factory=list)
    filter: FilterGroup | None = None
    search: str = ""
    sort: list[SortKey] = field(default_factory=list)
    offset: int = 0
    limit: int = 100
    text_preview: int | None = None  # a table's page: long texts cut to this many characters, ending with "…"


@dataclass(frozen=True)
class ListRow:
    """One row of a table: id, version, Code text and one canonical value per column."""

    id: int
    version: int
    code: str
    cells: tuple[Any, ...]


@dataclass(frozen=True)
class HistoryEntry:
    """One change of one field (or a whole-record event such as create/delete/restore)."""

    at: dt.datetime
    user_name: str
    action: str
    field_id: int | None
    field_name: str
    old: str  # plain canonical text (ISO dates, "Yes"/"No"): for the CLI and logs; the UI formats old_value
    new: str
    version: int
    old_value: Any = None  # the canonical value (a reference as RefValue, a file as its name) for the UI's formatter
    new_value: Any = None


@dataclass(frozen=True)
class TrashItem:
    """A deleted record that can still be restored."""

    id: int
    object_id: int
    record_id: int
    title: str
    deleted_at: dt.datetime
    deleted_by: str
    children: int
    owner_id: int | None = None  # the deleted record's owner, for own-records rights


@dataclass
class Actor:
    """Who is working: stored in history and used for relative filters ('me')."""

    user_id: int | None = None
    name: str = "User"
