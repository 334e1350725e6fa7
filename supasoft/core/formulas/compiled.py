"""compile_formula and CompiledFormula: the entry points the services and the Configurator use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any, Protocol

from supasoft.core.formulas.ast import (
    DATETIME,
    NULL,
    NUMBER,
    REFERENCE,
    RESULT_TYPES,
    STRING,
    CollectionRef,
    Node,
)
from supasoft.core.formulas.errors import MAX_TEXT, FormulaError
from supasoft.core.formulas.evaluator import Evaluator
from supasoft.core.formulas.parser import parse
from supasoft.core.formulas.typer import Typer
from supasoft.core.formulas.values import as_datetime, check_number, check_text, number_context
from supasoft.core.meta import Configuration, ObjectDef


class FormulaRecord(Protocol):
    """What evaluation needs from a record: values by field path and child records by link."""

    def value(self, path: tuple[int, ...]) -> object:
        """The canonical value (Decimal/int/float, str, date, datetime, bool, int id, None)."""
        ...

    def children(self, link_id: int) -> list[FormulaRecord]:
        """The child records of this record through the link."""
        ...


@dataclass(frozen=True, eq=False)
class CompiledFormula:
    """A checked formula: its result type, what it reads, and its typed tree to evaluate or to SQL."""

    text: str
    result_type: str
    dependencies: frozenset[tuple[int, ...]]
    collections: frozenset[CollectionRef]
    ast: Node

    def evaluate(self, record: FormulaRecord) -> object:
        """The value for one record; raises only FormulaError (never for bad data like x/0)."""
        try:
            with localcontext(number_context()):
                return _finish(Evaluator(record).run(self.ast), self.result_type, self.ast)
        except FormulaError:
            raise
        except Exception as exc:  # a bug must still reach the user as a formula problem
            raise FormulaError(f"Internal error computing the formula: {exc!r}", 0, len(self.text)) from exc


def compile_formula(
    text: str, config: Configuration, obj: ObjectDef, *, self_field_id: int | None = None
) -> CompiledFormula:
    """Parse and type-check `text` for object `obj`; FormulaError points at the problem.

    `self_field_id` is the formula field being defined (it may not refer to itself); its
    declared result type is used when the formula is only NULL. Formulas without field
    references are evaluated once here, so e.g. 9^9^9 fails at compile time.
    """
    if not isinstance(text, str):
        raise FormulaError("The formula must be text", 0, 0)
    if len(text) > MAX_TEXT:
        raise FormulaError(
            f"The formula is longer than {MAX_TEXT} characters", MAX_TEXT, len(text) - MAX_TEXT
        )
    try:
        with localcontext(number_context()):
            typer = Typer(config, obj, self_field_id)
            tree = typer.check(parse(text))
    except FormulaError:
        raise
    except RecursionError:
        raise FormulaError("The formula is nested too deeply", 0, len(text)) from None
    except Exception as exc:
        raise FormulaError(f"Internal error compiling the formula: {exc!r}", 0, len(text)) from exc
    if tree.type == REFERENCE:
        raise FormulaError(
            "A formula cannot give a reference; pick one of its fields, like {Client.Name}",
            tree.pos,
            tree.length,
        )
    compiled = CompiledFormula(
        text=text,
        result_type=_result_type(tree.type, obj, self_field_id),
        dependencies=frozenset(typer.dependencies),
        collections=frozenset(typer.collections),
        ast=tree,
    )
    if not compiled.dependencies and not compiled.collections:
        compiled.evaluate(_NoRecord())
    return compiled


def _result_type(kind: str, obj: ObjectDef, self_field_id: int | None) -> str:
    if kind != NULL:
        return kind
    declared = next((f.result_type for f in obj.fields if f.id == self_field_id), None)
    return declared if declared in RESULT_TYPES else NUMBER


def _finish(value: Any, result_type: str, node: Node) -> Any:
    """Bring the value to the result type and apply the result limits."""
    if value is None:
        return None
    if result_type == DATETIME and isinstance(value, dt.date):
        return as_datetime(value)
    if isinstance(value, Decimal):
        return check_number(value, node)
    if result_type == STRING and isinstance(value, str):
        return check_text(value, node)
    return value


class _NoRecord:
    """The record of a formula that reads no fields."""

    def value(self, path: tuple[int, ...]) -> object:
        return None

    def children(self, link_id: int) -> list[FormulaRecord]:
        return []
