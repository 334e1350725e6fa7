"""Formula -> SQLAlchemy Core expression, so lists can sort and filter on formulas inside the database.

Only generic constructs are used (SQLite and Firebird 3). Anything whose SQL would not mean
exactly what evaluate() computes gives None, and callers use the stored value instead:
TODAY/NOW, date arithmetic, DATEADD/DATEDIFF, ^ and % (SQLite has no portable POWER and its %
is integer-only), UPPER/LOWER (SQLite changes ASCII letters only), & on non-text values
(number formatting differs), comparisons mixing dates with date-times (SQLite stores both as
text), ROUND/LEFT/RIGHT whose digits/count is not a plain non-negative whole number, and SQL
that would be huge or deeply nested (SQLite's parser stack is small; see _too_big).

Empty-value semantics follow evaluate(): + and - coalesce numbers to 0, & coalesces to '',
comparisons with NULL are FALSE (guarded with IS NOT NULL so NOT stays two-valued), division
by zero gives NULL (NULLIF), SUM and COUNT of no children give 0. Division is done in double
precision because Firebird truncates fixed-point quotients to the sum of the scales.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Numeric,
    String,
    and_,
    case,
    cast,
    extract,
    false,
    func,
    literal,
    not_,
    null,
    or_,
    true,
    type_coerce,
)
from sqlalchemy.sql.elements import (
    BinaryExpression,
    BooleanClauseList,
    Case,
    Cast,
    ClauseElement,
    Grouping,
    UnaryExpression,
)
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import FromClause, ScalarSelect, SelectBase
from sqlalchemy.types import DOUBLE_PRECISION

from supasoft.core.formulas import CollectionRef, CompiledFormula
from supasoft.core.formulas.ast import (
    BOOLEAN,
    NULL,
    NUMBER,
    STRING,
    TEMPORAL,
    Aggregate,
    Binary,
    Call,
    Chain,
    Literal,
    Logic,
    Node,
    Ref,
    Unary,
)

ColumnFor = Callable[[tuple[int, ...]], ColumnElement[Any] | None]
AggregateFor = Callable[[CollectionRef, str], ColumnElement[Any]]
MAX_CHAIN = 64  # operands of one + - * / & chain that are still compiled
MAX_SQL_NODES = 5000  # rendered expression nodes
MAX_SQL_NESTING = 60  # weighted nesting (see _nesting_weight); leaves room for the caller's query
_OPAQUE = (SelectBase, ScalarSelect, FromClause)
_MAX_PICK_ARGS = 3  # MIN/MAX(a, b, c) repeats each argument; keep the SQL small

_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "=": operator.eq,
    "<>": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
_PARTS = {"YEAR": "year", "MONTH": "month", "DAY": "day"}


class _Unsupported(Exception):
    """Raised inside the compiler when a construct has no portable SQL of the same meaning."""


def formula_to_sql(
    compiled: CompiledFormula,
    column_for: ColumnFor,
    aggregate_for: AggregateFor | None = None,
) -> ColumnElement[Any] | None:
    """An expression equal in meaning to compiled.evaluate(), or None when not portable.

    `column_for(path)` gives the column (or correlated expression) of a field path, or None if
    it has none; `aggregate_for(collection, "sum"|"count"|"avg"|"min"|"max")` gives a
    correlated scalar subquery over the child rows (COUNT with field_id None counts rows).
    """
    try:
        expr = _Compiler(column_for, aggregate_for).value(compiled.ast)
    except _Unsupported:
        return None
    if _too_big(expr):
        return None
    if compiled.result_type == NUMBER:
        # The SQL type of a + b is a's type; a DECIMAL(18, 2) column would round the result on read.
        return type_coerce(expr, Numeric(asdecimal=True))
    return expr


def _too_big(expr: ColumnElement[Any]) -> bool:
    """Whether the SQL would be huge (CASE repeats its operands) or nested too deeply.

    SQLite's parser stack overflows at about 18 nested CASEs or 31 nested function calls, and
    SQLAlchemy's compiler recurses per level, so nesting is weighed per construct and kept well
    below that. Counts rendered nodes (a shared subexpression once per use) without recursion;
    correlated subqueries given by the caller count as one node.
    """
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    stack: list[tuple[ClauseElement, bool]] = [(expr, False)]
    while stack:
        node, ready = stack.pop()
        key = id(node)
        if key in size:
            continue
        opaque = isinstance(node, _OPAQUE) and not isinstance(
            node, FunctionElement
        )  # functions are FROMs too
        kids = [] if opaque else list(node.get_children())
        if not ready:
            stack.append((node, True))
            stack.extend((kid, False) for kid in kids if id(kid) not in size)
            continue
        size[key] = 1 + sum(size[id(kid)] for kid in kids)
        depth[key] = _nesting_weight(node) + max((depth[id(kid)] for kid in kids), default=0)
        if size[key] > MAX_SQL_NODES or depth[key] > MAX_SQL_NESTING:
            return True
    return False


def _nesting_weight(node: ClauseElement) -> int:
    """Roughly how much of a SQL parser's stack one level of this construct takes."""
    if isinstance(node, Case):
        return 5
    if isinstance(node, FunctionElement):
        return 3
    if isinstance(node, (Grouping, Cast)):
        return 2
    return 1 if isinstance(node, (BinaryExpression, UnaryExpression, BooleanClauseList)) else 0


def _bool_value(condition: ColumnElement[Any]) -> ColumnElement[Any]:
    """A two-valued condition as a boolean value column."""
    return case((condition, true()), else_=false())


def _is_true(value: ColumnElement[Any]) -> ColumnElement[Any]:
    """A nullable boolean value as a condition that is FALSE for NULL."""
    return and_(value.is_not(None), value == true())


def _text(value: str) -> ColumnElement[Any]:
    """A text literal typed VARCHAR(n), so Firebird does not see it as a BLOB."""
    return literal(value, String(max(1, len(value))))


def _number(value: Decimal) -> ColumnElement[Any]:
    """A number literal with an explicit type, exact where the engines allow it."""
    digits = value.as_tuple()
    exponent = int(digits.exponent)
    if exponent >= 0 and abs(value) < 2**63:
        return literal(int(value), BigInteger())
    if len(digits.digits) <= 18 and exponent >= -18:
        return literal(value, Numeric(18, -exponent))
    return literal(float(value), DOUBLE_PRECISION())


class _Compiler:
    """Walks the typed tree; value() gives nullable values, condition() never-NULL conditions."""

    def __init__(self, column_for: ColumnFor, aggregate_for: AggregateFor | None) -> None:
        self.column_for = column_for
        self.aggregate_for = aggregate_for

    def value(self, node: Node) -> ColumnElement[Any]:
        if isinstance(node, Literal):
            if node.value is None:
                return null()
            if isinstance(node.value, bool):
                return true() if node.value else false()
            if isinstance(node.value, Decimal):
                return _number(node.value)
            return _text(node.value)
        if isinstance(node, Ref):
            assert node.field is not None
            column = self.column_for(node.field.path)
            if column is None:
                raise _Unsupported
            return _bool_value(_is_true(column)) if node.type == BOOLEAN else column
        if node.type == BOOLEAN and not (isinstance(node, Call) and node.name == "IF"):
            return _bool_value(self.condition(node))
        if isinstance(node, Unary):
            operand = self.value(node.operand)
            return -operand if node.op == "-" else operand
        if isinstance(node, Chain):
            return self.chain(node)
        if isinstance(node, Call):
            return self.call(node)
        if isinstance(node, Aggregate):
            return self.aggregate(node)
        raise _Unsupported  # ^ and anything new

    def condition(self, node: Node) -> ColumnElement[Any]:
        if isinstance(node, Literal):
            return true() if node.value is True else false()
        if isinstance(node, Unary) and node.op == "NOT":
            return not_(self.condition(node.operand))
        if isinstance(node, Logic):
            parts = [self.condition(o) for o in node.operands]
            return and_(*parts) if node.op == "AND" else or_(*parts)
        if isinstance(node, Binary) and node.op in _COMPARE:
            return self.compare(node)
        if isinstance(node, Call) and node.name == "ISEMPTY":
            return self.is_empty(node.args[0])
        if isinstance(node, Ref):
            assert node.field is not None
            column = self.column_for(node.field.path)
            if column is None:
                raise _Unsupported
            return _is_true(column)
        return _is_true(self.value(node))

    def compare(self, node: Binary) -> ColumnElement[Any]:
        left, right = node.left, node.right
        if NULL in (left.type, right.type):
            return false()
        if left.type != right.type:
            raise _Unsupported  # date vs date-time: SQLite compares their texts
        a, b = self.value(left), self.value(right)
        guards = [v.is_not(None) for n, v in ((left, a), (right, b)) if not isinstance(n, Literal)]
        return and_(*guards, _COMPARE[node.op](a, b))

    def is_empty(self, arg: Node) -> ColumnElement[Any]:
        if arg.type == NULL:
            return true()
        value = self.value(arg)
        if arg.type == STRING:
            return or_(value.is_(None), value == "")
        return value.is_(None)

    def chain(self, node: Chain) -> ColumnElement[Any]:
        if len(node.operands) > MAX_CHAIN or "%" in node.ops:
            raise _Unsupported
        if node.ops[0] == "&":
            return self.concat(node.operands)
        if node.ops[0] in ("+", "-"):
            if any(o.type not in (NUMBER, NULL) for o in node.operands):
                raise _Unsupported  # date arithmetic
            acc = func.coalesce(self.value(node.operands[0]), 0)
            for op, operand in zip(node.ops, node.operands[1:], strict=True):
                term = func.coalesce(self.value(operand), 0)
                acc = acc + term if op == "+" else acc - term
            return acc
        acc = self.value(node.operands[0])
        for op, operand in zip(node.ops, node.operands[1:], strict=True):
            term = self.value(operand)
            if op == "*":
                acc = acc * term
            else:
                acc = cast(acc, DOUBLE_PRECISION()) / cast(func.nullif(term, 0), DOUBLE_PRECISION())
        return acc

    def concat(self, operands: tuple[Node, ...]) -> ColumnElement[Any]:
        if any(o.type not in (STRING, NULL) for o in operands):
            raise _Unsupported  # numbers, dates and yes/no read differently in SQL
        parts = [func.coalesce(self.value(o), _text("")) for o in operands if o.type != NULL]
        if not parts:
            return _text("")
        acc = parts[0]
        for part in parts[1:]:
            acc = acc.concat(part)
        return acc

    def call(self, node: Call) -> ColumnElement[Any]:
        name, args = node.name, node.args
        if name == "IF":
            branches = args[1:]
            if node.type in TEMPORAL and any(b.type not in (node.type, NULL) for b in branches):
                raise _Unsupported
            otherwise = self.value(args[2]) if len(args) == 3 else null()
            return case((self.condition(args[0]), self.value(args[1])), else_=otherwise)
        if name == "CONCAT":
            return self.concat(args)
        if name in ("MIN", "MAX"):
            return self.pick(args, name == "MAX")
        if name in _PARTS:
            return extract(_PARTS[name], self.value(args[0]))
        if name == "ABS":
            return func.abs(self.value(args[0]))
        if name == "LEN":
            return func.coalesce(func.char_length(self.value(args[0])), 0)
        if name == "TRIM":
            return func.trim(self.value(args[0]))
        if name == "ROUND":
            return func.round(self.value(args[0]), _whole(args[1]) if len(args) == 2 else 0)
        if name == "LEFT":
            return func.substring(self.value(args[0]), 1, _whole(args[1]))
        if name == "RIGHT":
            text, count = self.value(args[0]), _whole(args[1])
            length = func.char_length(text)
            return case((length <= count, text), else_=func.substring(text, length - (count - 1), count))
        raise _Unsupported  # TODAY, NOW, DATEADD, DATEDIFF, UPPER, LOWER

    def pick(self, args: tuple[Node, ...], largest: bool) -> ColumnElement[Any]:
        """MIN/MAX ignoring NULLs, as nested CASEs (no portable LEAST/GREATEST)."""
        kinds = {a.type for a in args} - {NULL}
        if len(kinds) > 1 or len(args) > _MAX_PICK_ARGS:
            raise _Unsupported
        values = [self.value(a) for a in args if a.type != NULL]
        if not values:
            return null()
        acc = values[0]
        for value in values[1:]:
            better = acc >= value if largest else acc <= value
            acc = case((acc.is_(None), value), (value.is_(None), acc), (better, acc), else_=value)
        return acc

    def aggregate(self, node: Aggregate) -> ColumnElement[Any]:
        if self.aggregate_for is None:
            raise _Unsupported
        result = self.aggregate_for(node.collection, node.func.lower())
        return func.coalesce(result, 0) if node.func in ("SUM", "COUNT") else result


def _whole(node: Node) -> int:
    """A digits/count argument usable in SQL: a literal non-negative whole number."""
    if isinstance(node, Literal) and isinstance(node.value, Decimal):
        value = node.value
        if value >= 0 and value == value.to_integral_value() and value < 10_000:
            return int(value)
    raise _Unsupported
