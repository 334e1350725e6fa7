"""The yes/no field type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes import columns
from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.fieldtypes.locales import style_of
from supasoft.core.fieldtypes.template_value import TemplateValue
from supasoft.core.meta import FieldDef

TRUE_WORDS = {"1", "true", "yes", "y", "t", "x", "on", "tak", "да", "+", "✓", "✔"}
FALSE_WORDS = {"0", "false", "no", "n", "f", "off", "nie", "нет", "-"}


class BooleanFieldType(FieldType):
    """Yes or no; empty counts as no."""

    type = "boolean"
    yes_no = True
    can_be_unique = False
    alignment = "center"
    default_width = 70
    label = "Yes/No"
    formula_type = "boolean"
    operators = ("eq", "ne")

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.Boolean(create_constraint=False)

    def parse(self, raw: Any, f: FieldDef) -> Any:
        if raw is None:
            return False
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, (int, float)):
            return raw != 0
        word = str(raw).strip().casefold()
        if word == "":
            return False
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValueError("is not yes or no")

    def format(self, value: Any, f: FieldDef) -> str:
        return "Yes" if value else "No"

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        return lambda v: type(v) is bool

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        return lambda values: columns.only(values, bool)

    def to_template(self, value: Any, f: FieldDef, locale: str = "en") -> TemplateValue:
        style = style_of(locale)
        return TemplateValue(style.yes if value else style.no, bool(value))

    def from_api(self, raw: Any, f: FieldDef) -> Any:
        if raw is None or isinstance(raw, bool):
            return bool(raw)
        raise ValueError("is not true or false")

    def from_db(self, value: Any, f: FieldDef) -> Any:
        return bool(value) if value is not None else False

    def convert_from(self, value: Any, old: FieldType, old_def: FieldDef, f: FieldDef) -> Any:
        if value is None:
            return False
        return self.parse(value, f)
