"""Syntax tree nodes; frozen so a compiled formula can be shared between threads and caches.

The parser builds nodes with `type` empty and references unresolved; the typer returns a copy
with every `type` filled in, references resolved to field ids and aggregates recognised.
Left-associative operators of one precedence level form one n-ary `Chain` (or `Logic`) node,
so long sums like 1+1+...+1 stay shallow and never hit Python's recursion limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

#: Static types of values inside a formula ("null" is the type of the NULL literal).
NUMBER, STRING, DATE, DATETIME, BOOLEAN, REFERENCE, NULL = (
    "number",
    "string",
    "date",
    "datetime",
    "boolean",
    "reference",
    "null",
)
RESULT_TYPES: tuple[str, ...] = (NUMBER, STRING, DATE, DATETIME, BOOLEAN)
TEMPORAL: tuple[str, ...] = (DATE, DATETIME)


@dataclass(frozen=True)
class FieldRef:
    """A field path: reference field ids then the final field id (a local field is a 1-tuple)."""

    path: tuple[int, ...]


@dataclass(frozen=True)
class CollectionRef:
    """A child collection (by link id) and the child field aggregated (None = count records)."""

    link_id: int
    field_id: int | None


@dataclass(frozen=True, kw_only=True)
class Node:
    """Base node: where it is in the text and its static type."""

    pos: int
    length: int
    type: str = ""


@dataclass(frozen=True, kw_only=True)
class Literal(Node):
    """A number (Decimal), text, TRUE/FALSE or NULL."""

    value: Decimal | str | bool | None


@dataclass(frozen=True, kw_only=True)
class Ref(Node):
    """`{A.B}`: the names as written with their (pos, length); `field` once resolved."""

    names: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    field: FieldRef | None = None


@dataclass(frozen=True, kw_only=True)
class Unary(Node):
    """`-x`, `+x` or `NOT x`."""

    op: str
    operand: Node


@dataclass(frozen=True, kw_only=True)
class Chain(Node):
    """`a op1 b op2 c ...` for one precedence level of + - or * / % or &, evaluated left to right.

    `op_spans[i]` locates ops[i]; `steps[i]` is the static type after applying ops[i].
    """

    ops: tuple[str, ...]
    op_spans: tuple[tuple[int, int], ...]
    operands: tuple[Node, ...]
    steps: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Binary(Node):
    """A comparison or `^` (which is right-associative); op_pos locates the operator."""

    op: str
    op_pos: int
    left: Node
    right: Node


@dataclass(frozen=True, kw_only=True)
class Logic(Node):
    """`a AND b AND ...` or `a OR b OR ...`."""

    op: str
    operands: tuple[Node, ...]


@dataclass(frozen=True, kw_only=True)
class Call(Node):
    """A function call; `name` is upper-case, `name_length` spans the name as written."""

    name: str
    name_length: int
    args: tuple[Node, ...]


@dataclass(frozen=True, kw_only=True)
class Aggregate(Node):
    """SUM/COUNT/AVG/MIN/MAX over a child collection; value_type is the child field's type."""

    func: str
    collection: CollectionRef
    value_type: str
