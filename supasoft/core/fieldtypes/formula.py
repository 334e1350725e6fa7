"""The formula field type: a value computed from other fields, stored so it can be sorted and filtered."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes.base import EQUALITY_OPS, ORDER_OPS, TEXT_OPS, FieldType
from supasoft.core.fieldtypes.boolean import BooleanFieldType
from supasoft.core.fieldtypes.number import MoneyFieldType, to_decimal
from supasoft.core.fieldtypes.options import FieldOptions
from supasoft.core.fieldtypes.scaled import ScaledDecimal
from supasoft.core.fieldtypes.template_value import TemplateValue
from supasoft.core.fieldtypes.temporal import DateFieldType, DateTimeFieldType
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef

RESULT_TYPES = ("number", "string", "date", "datetime", "boolean")
FORMULA_SCALE = 4
FORMULA_TEXT_LENGTH = 4000
MAX_FORMULA_SCALE = 10


@dataclass(frozen=True)
class FormulaOptions(FieldOptions):
    """The expression, what it gives (number, string, date, datetime, boolean) and a number's digits after the point
    (None: stored with FORMULA_SCALE digits, shown with 2)."""

    formula: str = ""
    result_type: str = "number"
    scale: int | None = None

    def problems(self) -> list[str]:
        problems: list[str] = [] if self.formula.strip() else [Message("needs a formula")]
        if self.result_type not in RESULT_TYPES:
            problems.append(Message("has an unknown result type"))
        if self.scale is not None and not 0 <= self.scale <= MAX_FORMULA_SCALE:
            problems.append(Message("scale must be between 0 and {limit}", limit=MAX_FORMULA_SCALE))
        return problems


class FormulaFieldType(FieldType):
    """Computed on save from its expression; read-only for users. `scale` sets number rounding."""

    type = "formula"
    computed = True
    can_be_unique = False
    takes_default = False
    default_width = 110
    label = "Formula"
    operators = EQUALITY_OPS + ORDER_OPS + TEXT_OPS
    options_class = FormulaOptions

    @staticmethod
    def result_of(f: FieldDef) -> str:
        return f.result_type or "number"

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        kind = self.result_of(f)
        if kind == "string":
            return sqltypes.String(FORMULA_TEXT_LENGTH)
        if kind == "date":
            return sqltypes.Date()
        if kind == "datetime":
            return sqltypes.DateTime()
        if kind == "boolean":
            return sqltypes.Boolean(create_constraint=False)
        return ScaledDecimal(18, FORMULA_SCALE if f.scale is None else f.scale)

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        kind = self.result_of(f)
        if kind == "number":
            value = to_decimal(raw)
            scale = FORMULA_SCALE if f.scale is None else f.scale
            if abs(value) >= Decimal(10) ** (18 - scale):
                raise ValueError("is too large to store")
            return value.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)
        if kind == "date":
            return DateFieldType().parse_value(raw, f)
        if kind == "datetime":
            return DateTimeFieldType().parse_value(raw, f)
        if kind == "boolean":
            return bool(raw)
        return str(raw)

    def format(self, value: Any, f: FieldDef) -> str:
        if value is None:
            return ""
        kind = self.result_of(f)
        if kind == "number":
            scale = 2 if f.scale is None else f.scale
            return f"{to_decimal(value):,.{scale}f}"
        if kind in ("date", "datetime"):
            return value.isoformat(sep=" ") if kind == "datetime" else value.isoformat()
        if kind == "boolean":
            return "Yes" if value else "No"
        return str(value)

    def shown_as(self, f: FieldDef) -> tuple[FieldType, FieldDef] | None:
        """The stored type whose cells and document text this formula's result uses (numbers as money, grouped)."""
        kind = self.result_of(f)
        if kind == "number":
            return MoneyFieldType(), FieldDef(f.id, f.name, "money", scale=2 if f.scale is None else f.scale)
        shown = {"date": DateFieldType, "datetime": DateTimeFieldType, "boolean": BooleanFieldType}.get(kind)
        return None if shown is None else (shown(), f)

    def cell_format(self, f: FieldDef) -> str | None:
        shown = self.shown_as(f)
        return None if shown is None else shown[0].cell_format(shown[1])

    def to_template(self, value: Any, f: FieldDef, locale: str = "en") -> TemplateValue:
        shown = self.shown_as(f)
        if shown is None:
            return super().to_template(value, f, locale)
        return shown[0].to_template(value, shown[1], locale)

    def to_json(self, value: Any, f: FieldDef) -> Any:
        if value is None:
            return None
        kind = self.result_of(f)
        if kind == "number":
            return str(value)
        if kind in ("date", "datetime"):
            return value.isoformat()
        return value
