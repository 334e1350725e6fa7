"""FormulaError and the limits that keep any formula from hanging or exhausting memory."""

from __future__ import annotations

from decimal import Decimal

from supasoft.core.errors import SupasoftError

MAX_TEXT = 4000  # characters of formula text
MAX_DEPTH = 64  # nesting of parentheses, calls and operators
MAX_EXPONENT = 1000  # |n| in x ^ n
MAX_MAGNITUDE_DIGITS = 1000  # numbers must stay below 10^1000
MAX_STRING = 100_000  # characters of a text result
PRECISION = 28  # significant digits of every computed number
MAX_MAGNITUDE = Decimal(10) ** MAX_MAGNITUDE_DIGITS


class FormulaError(SupasoftError):
    """A formula that cannot be compiled or computed; position/length point into its text.

    `position` is None when the error concerns several formulas (a cycle); then
    `field_ids` names the formula fields involved.
    """

    def __init__(
        self,
        message: str,
        position: int | None = 0,
        length: int = 0,
        *,
        field_ids: tuple[int, ...] = (),
    ) -> None:
        self.message = message
        self.position = position
        self.length = length
        self.field_ids = field_ids
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.position is None:
            return self.message
        return f"{self.message} at position {self.position}"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.message, self.position, self.length, self.field_ids))


def _rebuild(message: str, position: int | None, length: int, field_ids: tuple[int, ...]) -> FormulaError:
    """Unpickle helper (errors cross process boundaries in tests and workers)."""
    return FormulaError(message, position, length, field_ids=field_ids)
