"""Field types: one class per type, all registered in one registry (DEFAULT_FIELD_TYPES)."""

from __future__ import annotations

import importlib

from supasoft.core.errors import SchemaError
from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.fieldtypes.file import FileValue

#: Every field type, "module.Class" under this package, in the order the Configurator offers them:
#: adding a type is its own module plus one line here.
TYPE_CLASSES: tuple[str, ...] = (
    "text.StringFieldType",
    "text.TextFieldType",
    "number.IntegerFieldType",
    "number.DecimalFieldType",
    "number.MoneyFieldType",
    "number.FloatFieldType",
    "temporal.DateFieldType",
    "temporal.DateTimeFieldType",
    "boolean.BooleanFieldType",
    "choice.ChoiceFieldType",
    "reference.ReferenceFieldType",
    "formula.FormulaFieldType",
    "text.EmailFieldType",
    "text.PhoneFieldType",
    "text.UrlFieldType",
    "file.FileFieldType",
    "reference.UserFieldType",
    "rating.RatingFieldType",
)


def _type_class(dotted: str) -> type[FieldType]:
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


DEFAULT_FIELD_TYPES: tuple[type[FieldType], ...] = tuple(map(_type_class, TYPE_CLASSES))


class FieldTypeRegistry:
    """Looks field types up by their stable key."""

    def __init__(self, types: tuple[type[FieldType], ...] = DEFAULT_FIELD_TYPES):
        self._types: dict[str, FieldType] = {}
        for cls in types:
            self.register(cls())

    def register(self, field_type: FieldType) -> None:
        if not field_type.type or field_type.type in self._types:
            raise ValueError(f"field type {field_type.type!r} is empty or registered twice")
        self._types[field_type.type] = field_type

    def get(self, key: str) -> FieldType:
        try:
            return self._types[key]
        except KeyError:
            raise SchemaError(f"Unknown field type {key!r}") from None

    def keys(self) -> list[str]:
        return list(self._types)

    def __contains__(self, key: object) -> bool:
        return key in self._types


field_types = FieldTypeRegistry()

__all__ = ["FieldType", "FieldTypeRegistry", "FileValue", "field_types", "DEFAULT_FIELD_TYPES", "TYPE_CLASSES"]
