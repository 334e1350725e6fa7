"""Reference field types: a link to a record of an external object, or to a user."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.fieldtypes.options import FieldOptions
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef


@dataclass(frozen=True)
class ReferenceOptions(FieldOptions):
    """The object whose records the field points at (its id)."""

    target: int | None = None

    def problems(self) -> list[str]:
        return [] if self.target is not None else [Message("needs an external object")]


class ReferenceFieldType(FieldType):
    """Points at one record of the field's external object (stored as its id)."""

    type = "reference"
    link = "object"
    takes_default = False
    label = "Reference"
    formula_type = "reference"
    operators = ("eq", "ne", "empty", "not_empty", "in")
    options_class = ReferenceOptions

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.Integer()

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        if isinstance(raw, bool):
            raise ValueError("is not a record")
        if isinstance(raw, int):
            return raw
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        text = str(raw).strip()
        if text.isdigit():
            return int(text)
        raise ValueError("is not a record")

    def format(self, value: Any, f: FieldDef) -> str:
        return "" if value is None else f"#{value}"

    def to_cell(self, value: Any, f: FieldDef) -> Any:
        """The record's id; an export shows the record's display text instead (the service knows it)."""
        return value

    def from_api(self, raw: Any, f: FieldDef) -> Any:
        if raw is None:
            return None
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        raise ValueError("is not a record")

    def convert_from(self, value: Any, old: FieldType, old_def: FieldDef, f: FieldDef) -> Any:
        # Matching names against the target object needs the database: the service does it.
        raise ValueError("cannot be matched")


class UserFieldType(ReferenceFieldType):
    """Points at a user of the program (assignee, manager)."""

    type = "user"
    link = "user"
    default_width = 130
    label = "User"
    options_class = FieldOptions  # always a user account: nothing to choose
