"""Field types: one class per type, all registered in one registry (DEFAULT_FIELD_TYPES)."""

from __future__ import annotations

from supasoft.core.errors import SchemaError
from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.fieldtypes.boolean import BooleanFieldType
from supasoft.core.fieldtypes.choice import ChoiceFieldType
from supasoft.core.fieldtypes.file import FileFieldType, FileValue
from supasoft.core.fieldtypes.formula import FormulaFieldType
from supasoft.core.fieldtypes.number import (
    DecimalFieldType,
    FloatFieldType,
    IntegerFieldType,
    MoneyFieldType,
)
from supasoft.core.fieldtypes.reference import ReferenceFieldType, UserFieldType
from supasoft.core.fieldtypes.temporal import DateFieldType, DateTimeFieldType
from supasoft.core.fieldtypes.text import (
    EmailFieldType,
    PhoneFieldType,
    StringFieldType,
    TextFieldType,
    UrlFieldType,
)

DEFAULT_FIELD_TYPES: tuple[type[FieldType], ...] = (
    StringFieldType,
    TextFieldType,
    IntegerFieldType,
    DecimalFieldType,
    MoneyFieldType,
    FloatFieldType,
    DateFieldType,
    DateTimeFieldType,
    BooleanFieldType,
    ChoiceFieldType,
    ReferenceFieldType,
    FormulaFieldType,
    EmailFieldType,
    PhoneFieldType,
    UrlFieldType,
    FileFieldType,
    UserFieldType,
)


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

__all__ = ["FieldType", "FieldTypeRegistry", "FileValue", "field_types", "DEFAULT_FIELD_TYPES"]
