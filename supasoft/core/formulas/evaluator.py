"""Tree-walking evaluator over a typed tree and one record; pure Python, no eval/exec.

Null semantics (what CRM users expect from an empty field):
* `+` and `-` treat an empty number as 0, so an empty quantity gives a cost of 0, not empty;
  when the empty operand is a date the result is empty. Unary minus keeps empty as empty.
* `* / % ^` and the functions give empty when an operand is empty (SUM/COUNT/LEN give 0).
* Comparisons with an empty value are FALSE (both `=` and `<>`); only ISEMPTY detects empties.
  AND/OR/NOT treat empty as FALSE, and an empty yes/no field reads as No. `&`/CONCAT treat
  empty as "". Text comparisons are exact (case-sensitive), as in the database.
* Division (and %) by zero gives empty rather than an error, so one bad record never blocks
  saving; so do 0 ^ negative, a negative number ^ a fraction and dates outside years 1..9999.
* Size limits (numbers of 10^1000 or more, |exponent| > 1000, texts over 100,000 characters)
  raise FormulaError: they signal a runaway formula, not bad data.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any

from supasoft.core.formulas.ast import (
    BOOLEAN,
    NUMBER,
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
from supasoft.core.formulas.builtins import PLAIN, concat, days_between, pick, shift_days
from supasoft.core.formulas.errors import MAX_EXPONENT, MAX_MAGNITUDE_DIGITS, PRECISION, FormulaError
from supasoft.core.formulas.summary import ChildSummary
from supasoft.core.formulas.values import as_datetime, check_number, check_text, coerce

if TYPE_CHECKING:
    from supasoft.core.formulas.compiled import FormulaRecord

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq,
    "<>": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


class Evaluator:
    """Evaluates nodes against one record; TODAY()/NOW() are fixed for one evaluation."""

    def __init__(self, record: FormulaRecord) -> None:
        self.record = record
        self.started = dt.datetime.now().replace(microsecond=0)

    def run(self, node: Node) -> Any:
        if isinstance(node, Literal):
            return node.value
        if isinstance(node, Ref):
            assert node.field is not None
            return coerce(self.read(lambda: self.record.value(node.field.path), node), node.type, node)
        if isinstance(node, Chain):
            return self.chain(node)
        if isinstance(node, Binary):
            return self.binary(node)
        if isinstance(node, Logic):
            return self.logic(node)
        if isinstance(node, Unary):
            value = self.run(node.operand)
            if node.op == "NOT":
                return value is not True
            return value if value is None or node.op == "+" else check_number(-value, node)
        if isinstance(node, Call):
            return self.call(node)
        if isinstance(node, Aggregate):
            return self.aggregate(node)
        raise FormulaError("Unsupported expression", node.pos, node.length)  # pragma: no cover

    def read(self, get: Callable[[], Any], node: Node) -> Any:
        """Ask the record, turning its failures into FormulaError at the reference."""
        try:
            return get()
        except FormulaError:
            raise
        except Exception as exc:
            raise FormulaError(f"Cannot read a value for the formula ({exc})", node.pos, node.length) from exc

    # --- operators --------------------------------------------------------------------------
    def chain(self, node: Chain) -> Any:
        acc, acc_type = self.run(node.operands[0]), node.operands[0].type
        for op, (pos, length), operand, step in zip(
            node.ops, node.op_spans, node.operands[1:], node.steps, strict=True
        ):
            value, at = self.run(operand), Node(pos=pos, length=length)
            if op == "&":
                acc = concat([acc, value], at)
            elif op in ("+", "-"):
                acc = _plus_minus(op, acc, acc_type, value, operand.type, at)
            else:
                acc = _multiply(op, acc, value, at)
            acc_type = step
        return acc

    def binary(self, node: Binary) -> Any:
        left, right = self.run(node.left), self.run(node.right)
        if node.op == "^":
            return _power(left, right, Node(pos=node.op_pos, length=1))
        if left is None or right is None:
            return False
        if node.left.type in TEMPORAL and node.left.type != node.right.type:
            left, right = as_datetime(left), as_datetime(right)
        return _COMPARE[node.op](left, right)

    def logic(self, node: Logic) -> bool:
        wanted = node.op == "OR"  # OR stops at the first TRUE, AND at the first non-TRUE
        for operand in node.operands:
            if (self.run(operand) is True) == wanted:
                return wanted
        return not wanted

    # --- functions --------------------------------------------------------------------------
    def call(self, node: Call) -> Any:
        name = node.name
        if name == "IF":
            if self.run(node.args[0]) is True:
                return self.branch(node.args[1], node)
            return self.branch(node.args[2], node) if len(node.args) == 3 else None
        if name == "TODAY":
            return self.started.date()
        if name == "NOW":
            return self.started
        args = [self.run(a) for a in node.args]
        if name == "CONCAT":
            return concat(args, node)
        if name in ("MIN", "MAX"):
            return pick(args, node, name == "MAX")
        result = PLAIN[name](*args)
        if isinstance(result, Decimal):
            return check_number(result, node)
        return check_text(result, node) if isinstance(result, str) else result

    def branch(self, arg: Node, node: Call) -> Any:
        value = self.run(arg)
        if value is not None and node.type in TEMPORAL and arg.type != node.type:
            return as_datetime(value)
        return value

    def aggregate(self, node: Aggregate) -> Any:
        coll = node.collection
        summarize = getattr(self.record, "summary", None)  # many records at once: the database aggregated
        if summarize is not None:
            summary = self.read(lambda: summarize(coll), node)
            if summary is not None:
                return _from_summary(node, summary)
        children = self.read(lambda: list(self.record.children(coll.link_id)), node)
        if coll.field_id is None:
            return Decimal(len(children))
        path = (coll.field_id,)
        values = [coerce(self.read(lambda c=c: c.value(path), node), node.value_type, node) for c in children]
        present = [v for v in values if v is not None]
        if node.func == "COUNT":
            return Decimal(len(present))
        if node.func in ("MIN", "MAX"):
            return pick(present, node, node.func == "MAX")
        total = check_number(sum(present, Decimal(0)), node)
        if node.func == "SUM":
            return total
        return check_number(total / len(present), node) if present else None


def _from_summary(node: Aggregate, s: ChildSummary) -> Any:
    """The aggregate from the database's summary, equal to aggregating the children one by one."""
    if node.collection.field_id is None or (node.func == "COUNT" and node.value_type == BOOLEAN):
        return Decimal(s.rows)  # an empty yes/no reads as No, so every child counts
    if node.func == "COUNT":
        return Decimal(s.present)
    if node.func in ("MIN", "MAX"):
        value = s.high if node.func == "MAX" else s.low
        return pick([] if value is None else [coerce(value, node.value_type, node)], node, node.func == "MAX")
    total = check_number(coerce(s.total, NUMBER, node) or Decimal(0), node)
    if node.func == "SUM":
        return total
    return check_number(total / s.present, node) if s.present else None


def _plus_minus(op: str, a: Any, at: str, b: Any, bt: str, node: Node) -> Any:
    """+ and -: empty numbers count as 0; dates move by days; date - date gives days."""
    if at in TEMPORAL and bt in TEMPORAL:
        return None if a is None or b is None else check_number(days_between(a, b), node)
    if at in TEMPORAL:
        if a is None:
            return None
        return shift_days(a, b if op == "+" or b is None else -b)
    if bt in TEMPORAL:  # number + date, or NULL - date
        return None if b is None or op == "-" else shift_days(b, a)
    a = Decimal(0) if a is None else a
    b = Decimal(0) if b is None else b
    return check_number(a + b if op == "+" else a - b, node)


def _multiply(op: str, a: Decimal | None, b: Decimal | None, node: Node) -> Decimal | None:
    """* / %: empty in, empty out; division by zero gives empty; % takes the divisor's sign."""
    if a is None or b is None:
        return None
    if op == "*":
        return check_number(a * b, node)
    if b.is_zero():
        return None
    if op == "/":
        return check_number(a / b, node)
    try:
        with localcontext() as ctx:
            ctx.prec = max(PRECISION, a.adjusted() - b.adjusted() + PRECISION + 2)
            rest = a % b
            if rest and (rest < 0) != (b < 0):
                rest += b
    except ArithmeticError:
        return None
    return +rest


def _power(a: Decimal | None, b: Decimal | None, node: Node) -> Decimal | None:
    """x ^ n with |n| <= 1000 and a result below 10^1000, checked before computing it."""
    if a is None or b is None:
        return None
    if abs(b) > MAX_EXPONENT:
        raise FormulaError(f"The exponent is too large (at most {MAX_EXPONENT})", node.pos, node.length)
    if a.is_zero():
        return None if b < 0 else Decimal(1 if b.is_zero() else 0)
    if a < 0 and b != b.to_integral_value():
        return None
    if abs(a).log10() * b >= MAX_MAGNITUDE_DIGITS:
        raise FormulaError(
            f"The result is too large (10^{MAX_MAGNITUDE_DIGITS} or more)", node.pos, node.length
        )
    try:
        return check_number(a**b, node)
    except ArithmeticError:
        return None
