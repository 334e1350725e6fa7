"""Type rules of the scalar functions (kept apart from the typer to keep modules small)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from supasoft.core.formulas.ast import (
    BOOLEAN,
    DATE,
    DATETIME,
    NULL,
    NUMBER,
    REFERENCE,
    STRING,
    TEMPORAL,
    Call,
    Literal,
    Node,
)
from supasoft.core.formulas.errors import FormulaError
from supasoft.core.formulas.functions import DATE_UNITS, DATEADD_UNITS

Need = Callable[[Node, tuple[str, ...], str], Node]
_ANY = (NUMBER, STRING, DATE, DATETIME, BOOLEAN)
_SIMPLE: dict[str, tuple[tuple[tuple[str, ...], ...], str]] = {
    "ISEMPTY": (((NUMBER, STRING, DATE, DATETIME, BOOLEAN, REFERENCE),), BOOLEAN),
    "ROUND": (((NUMBER,), (NUMBER,)), NUMBER),
    "ABS": (((NUMBER,),), NUMBER),
    "LEFT": (((STRING,), (NUMBER,)), STRING),
    "RIGHT": (((STRING,), (NUMBER,)), STRING),
    "LEN": (((STRING,),), NUMBER),
    "UPPER": (((STRING,),), STRING),
    "LOWER": (((STRING,),), STRING),
    "TRIM": (((STRING,),), STRING),
    "TODAY": ((), DATE),
    "NOW": ((), DATETIME),
    "YEAR": ((TEMPORAL,), NUMBER),
    "MONTH": ((TEMPORAL,), NUMBER),
    "DAY": ((TEMPORAL,), NUMBER),
}


def unify(a: str, b: str) -> str | None:
    """The common type of two values that may be given in the same place (IF branches, MIN args)."""
    if a == NULL:
        return b
    if b == NULL or a == b:
        return a
    if a in TEMPORAL and b in TEMPORAL:
        return DATETIME
    return None


def check_call(node: Call, args: tuple[Node, ...], need: Need) -> Node:
    """Check argument types of an already arity-checked call; returns the typed Call."""
    name = node.name
    if name in _SIMPLE:
        kinds, result = _SIMPLE[name]
        args = tuple(
            need(a, k, f"{name} argument {i + 1}")
            for i, (a, k) in enumerate(zip(args, kinds, strict=False))
        )
        return replace(node, args=args, type=result)
    if name == "IF":
        cond = need(args[0], (BOOLEAN,), "IF argument 1")
        kind = args[1].type if len(args) == 2 else unify(args[1].type, args[2].type)
        if kind is None:
            raise FormulaError(
                f"IF gives different kinds of value: {args[1].type} and {args[2].type}", node.pos, node.length
            )
        return replace(node, args=(cond, *args[1:]), type=kind)
    if name in ("MIN", "MAX"):
        kind = NULL
        for i, a in enumerate(args):
            need(a, (NUMBER, DATE, DATETIME), f"{name} argument {i + 1}")
            kind = unify(kind, a.type) or ""
            if not kind:
                raise FormulaError(f"{name} needs values of one kind", a.pos, a.length)
        return replace(node, args=args, type=NUMBER if kind == NULL else kind)
    if name == "CONCAT":
        args = tuple(need(a, _ANY, f"CONCAT argument {i + 1}") for i, a in enumerate(args))
        return replace(node, args=args, type=STRING)
    if name == "DATEADD":
        date = need(args[0], TEMPORAL, "DATEADD argument 1")
        amount = need(args[1], (NUMBER,), "DATEADD argument 2")
        allowed = DATEADD_UNITS if date.type != DATETIME else frozenset(DATE_UNITS.values())
        unit = _unit(args[2], allowed, name)
        return replace(node, args=(date, amount, unit), type=DATE if date.type == NULL else date.type)
    if name == "DATEDIFF":
        first = need(args[0], TEMPORAL, "DATEDIFF argument 1")
        second = need(args[1], TEMPORAL, "DATEDIFF argument 2")
        unit = _unit(args[2], frozenset(DATE_UNITS.values()), name) if len(args) == 3 else _day(node)
        return replace(node, args=(first, second, unit), type=NUMBER)
    raise FormulaError(f"Unknown function {name}", node.pos, node.name_length)  # pragma: no cover


def _unit(arg: Node, allowed: frozenset[str], func: str) -> Node:
    """The unit argument: a quoted word, checked now so evaluation never meets a bad one."""
    unit = (
        DATE_UNITS.get(arg.value.strip().lower())
        if isinstance(arg, Literal) and isinstance(arg.value, str)
        else None
    )
    if unit is None or unit not in allowed:
        names = ", ".join(f'"{u}"' for u in sorted(allowed))
        raise FormulaError(f"{func} needs a unit in quotes: {names}", arg.pos, arg.length)
    return replace(arg, value=unit, type=STRING)


def _day(node: Call) -> Node:
    return Literal(pos=node.pos, length=0, value="day", type=STRING)
