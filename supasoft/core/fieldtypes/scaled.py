"""Exact decimals on every engine: SQLite keeps them as scaled 64-bit integers, servers as NUMERIC.

SQLite has no decimal type (NUMERIC becomes a float and 18-digit amounts lose cents), so there a
value v with scale s is stored as the integer v * 10**s: exact, and it still sorts and compares.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import types as sqltypes


class ScaledDecimal(sqltypes.TypeDecorator):
    """NUMERIC(precision, scale) that stays exact on SQLite."""

    impl = sqltypes.Numeric
    cache_ok = True

    def __init__(self, precision: int = 18, scale: int = 2):
        super().__init__(precision, scale, asdecimal=True)
        self.precision = precision
        self.scale = scale
        self._quantum = Decimal(1).scaleb(-scale)

    def load_dialect_impl(self, dialect: Any) -> sqltypes.TypeEngine:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sqltypes.BigInteger())
        return dialect.type_descriptor(sqltypes.Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        number = number.quantize(self._quantum, rounding=ROUND_HALF_UP)
        if dialect.name == "sqlite":
            return int(number.scaleb(self.scale))
        return number

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if dialect.name == "sqlite":
            if isinstance(value, float):  # an aggregate such as AVG
                return Decimal(repr(value)).scaleb(-self.scale).quantize(self._quantum, rounding=ROUND_HALF_UP)
            return Decimal(int(value)).scaleb(-self.scale).quantize(self._quantum)
        return Decimal(value).quantize(self._quantum, rounding=ROUND_HALF_UP)

    @property
    def python_type(self) -> type:
        return Decimal
