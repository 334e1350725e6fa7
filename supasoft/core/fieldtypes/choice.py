"""The choice-list field type: one label out of an ordered list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes import columns
from supasoft.core.fieldtypes.base import EQUALITY_OPS, FieldType
from supasoft.core.fieldtypes.options import FieldOptions
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef

CHOICE_LENGTH = 255


@dataclass(frozen=True)
class ChoiceOptions(FieldOptions):
    """The labels a user picks from, in order."""

    choices: tuple[str, ...] = ()

    def problems(self) -> list[str]:
        problems: list[str] = []
        if not self.choices:
            problems.append(Message("needs at least one choice"))
        if len({c.casefold() for c in self.choices}) != len(self.choices):
            problems.append(Message("has the same choice twice"))
        if any(not c.strip() or len(c) > CHOICE_LENGTH for c in self.choices):
            problems.append(Message("choices must be 1 to {limit} characters", limit=CHOICE_LENGTH))
        return problems


class ChoiceFieldType(FieldType):
    """A value picked from the field's list; stored as its label, matched ignoring case."""

    type = "choice"
    has_choices = True
    text_like = True
    default_width = 120
    label = "Choice list"
    formula_type = "string"
    searchable = True
    operators = EQUALITY_OPS
    options_class = ChoiceOptions

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.String(CHOICE_LENGTH)

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        text = str(raw).strip()
        for choice in f.choices:
            if choice.casefold() == text.casefold():
                return choice
        raise ValueError(Message("must be one of: {choices}", choices=", ".join(f.choices)))

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        labels = frozenset(f.choices)
        return lambda v: type(v) is str and v in labels

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        labels = frozenset(f.choices)
        return lambda values: columns.only(values, str) and set(values) <= labels
