"""Name resolution and type checking: unresolved tree + metadata -> typed tree, dependencies, collections."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import is_formula
from supasoft.core.formulas.ast import (
    BOOLEAN,
    DATE,
    DATETIME,
    NULL,
    NUMBER,
    REFERENCE,
    RESULT_TYPES,
    STRING,
    TEMPORAL,
    Aggregate,
    Binary,
    Call,
    Chain,
    CollectionRef,
    FieldRef,
    Literal,
    Logic,
    Node,
    Ref,
    Unary,
)
from supasoft.core.formulas.errors import FormulaError
from supasoft.core.formulas.functions import AGGREGATES, FUNCTIONS
from supasoft.core.formulas.typer_calls import check_call
from supasoft.core.meta import Configuration, FieldDef, LinkDef, ObjectDef

TYPE_NAMES = {
    NUMBER: "a number",
    STRING: "text",
    DATE: "a date",
    DATETIME: "a date and time",
    BOOLEAN: "TRUE/FALSE",
    REFERENCE: "a reference",
    NULL: "NULL",
}
_ORDERED = (NUMBER, STRING, DATE, DATETIME)


def formula_type_of(f: FieldDef) -> str:
    """What a field's value is inside a formula; formula fields are typed by their result type."""
    if is_formula(f):
        kind = f.result_type or NUMBER
        return kind if kind in RESULT_TYPES else "none"
    try:
        return field_types.get(f.type).formula_type
    except SupasoftError:
        return "none"


def plus_minus_type(op: str, left: str, right: str) -> str | None:
    """Result type of + or - (dates move by days, date - date gives days), None if not allowed."""
    numeric = (NUMBER, NULL)
    if left in numeric and right in numeric:
        return NUMBER
    if left in TEMPORAL and right in numeric:
        return left
    if op == "+" and left in numeric and right in TEMPORAL:
        return right
    if op == "-" and left in TEMPORAL + (NULL,) and right in TEMPORAL:
        return NUMBER
    return None


class Typer:
    """Walks the tree once; records every field path read and every collection aggregated."""

    def __init__(self, config: Configuration, obj: ObjectDef, self_field_id: int | None) -> None:
        self.config = config
        self.obj = obj
        self.self_field_id = self_field_id
        self.dependencies: set[tuple[int, ...]] = set()
        self.collections: set[CollectionRef] = set()

    def check(self, node: Node) -> Node:
        if isinstance(node, Literal):
            return replace(node, type=_literal_type(node.value))
        if isinstance(node, Ref):
            return self.ref(node)
        if isinstance(node, Unary):
            return self.unary(node)
        if isinstance(node, Chain):
            return self.chain(node)
        if isinstance(node, Binary):
            return self.binary(node)
        if isinstance(node, Logic):
            operands = tuple(
                self.need(self.check(o), (BOOLEAN,), f"Each side of {node.op}") for o in node.operands
            )
            return replace(node, operands=operands, type=BOOLEAN)
        if isinstance(node, Call):
            return self.call(node)
        raise FormulaError("Unsupported expression", node.pos, node.length)  # pragma: no cover

    @staticmethod
    def need(node: Node, allowed: tuple[str, ...], what: str) -> Node:
        """The node if its type is allowed (NULL always is), else a type error at the node."""
        if node.type in allowed or node.type == NULL:
            return node
        wanted = " or ".join(TYPE_NAMES[t] for t in allowed)
        raise FormulaError(f"{what} must be {wanted}, not {TYPE_NAMES[node.type]}", node.pos, node.length)

    # --- references -------------------------------------------------------------------------
    def ref(self, node: Ref) -> Node:
        owner, path, kind = self.obj, [], ""
        for i, (name, (pos, length)) in enumerate(zip(node.names, node.spans, strict=True)):
            f = owner.field_by_name(name)
            if f is None:
                if i == 0 and self.link_named(name) is not None:
                    raise FormulaError(
                        f"{{{name}}} is a collection; use it inside SUM, COUNT, AVG, MIN or MAX", pos, length
                    )
                where = "" if i == 0 else f" in {owner.name}"
                raise FormulaError(f"Unknown field {{{name}}}{where}", pos, length)
            path.append(f.id)
            kind = formula_type_of(f)
            if i < len(node.names) - 1:
                owner = self.target_of(f, pos, length)
        if kind == "none":
            raise FormulaError(f"The field {{{node.names[-1]}}} cannot be used in formulas", *node.spans[-1])
        if self.self_field_id is not None and path == [self.self_field_id]:
            raise FormulaError(f"The formula refers to its own field {{{node.names[0]}}}", *node.spans[0])
        self.dependencies.add(tuple(path))
        return replace(node, type=kind, field=FieldRef(tuple(path)))

    def target_of(self, f: FieldDef, pos: int, length: int) -> ObjectDef:
        """The object a reference field points at, to follow a dot."""
        if formula_type_of(f) != REFERENCE or f.target is None:
            raise FormulaError(
                f"{{{f.name}}} is not a reference to an object, so it cannot be followed by a dot",
                pos,
                length,
            )
        try:
            return self.config.object_by_id(f.target)
        except KeyError:
            raise FormulaError(
                f"{{{f.name}}} refers to an object that no longer exists", pos, length
            ) from None

    def link_named(self, name: str) -> LinkDef | None:
        wanted = name.strip().casefold()
        for link in self.config.child_links(self.obj.id):
            if link.name.strip().casefold() == wanted:
                return link
        return None

    # --- operators --------------------------------------------------------------------------
    def unary(self, node: Unary) -> Node:
        operand = self.check(node.operand)
        if node.op == "NOT":
            return replace(
                node, operand=self.need(operand, (BOOLEAN,), "The value after NOT"), type=BOOLEAN
            )
        return replace(node, operand=self.need(operand, (NUMBER,), f"The value after {node.op}"), type=NUMBER)

    def chain(self, node: Chain) -> Node:
        operands = tuple(self.check(o) for o in node.operands)
        current, steps = operands[0].type, []
        for op, (pos, length), right in zip(node.ops, node.op_spans, operands[1:], strict=True):
            result = _chain_step(op, current, right.type)
            if result is None:
                raise FormulaError(
                    f"Cannot use {op} with {TYPE_NAMES[current]} and {TYPE_NAMES[right.type]}", pos, length
                )
            current = result
            steps.append(result)
        return replace(node, operands=operands, steps=tuple(steps), type=current)

    def binary(self, node: Binary) -> Node:
        left, right = self.check(node.left), self.check(node.right)
        lt, rt = left.type, right.type
        if node.op == "^":
            if lt not in (NUMBER, NULL) or rt not in (NUMBER, NULL):
                raise FormulaError(f"Cannot use ^ with {TYPE_NAMES[lt]} and {TYPE_NAMES[rt]}", node.op_pos, 1)
            return replace(node, left=left, right=right, type=NUMBER)
        if not _comparable(node.op, lt, rt):
            raise FormulaError(
                f"Cannot compare {TYPE_NAMES[lt]} with {TYPE_NAMES[rt]} using {node.op}",
                node.op_pos,
                len(node.op),
            )
        return replace(node, left=left, right=right, type=BOOLEAN)

    # --- functions --------------------------------------------------------------------------
    def call(self, node: Call) -> Node:
        info = FUNCTIONS.get(node.name)
        if info is None:
            raise FormulaError(f"Unknown function {node.name}", node.pos, node.name_length)
        count = len(node.args)
        if count < info.min_args or (info.max_args is not None and count > info.max_args):
            raise FormulaError(
                f"{node.name} {_arity(info.min_args, info.max_args)}, not {count}", node.pos, node.name_length
            )
        if node.name in AGGREGATES and (info.aggregate or self.is_collection(node.args[0], count)):
            return self.aggregate(node)
        args = tuple(self.check(a) for a in node.args)
        return check_call(node, args, self.need)

    def is_collection(self, arg: Node, count: int) -> bool:
        """MIN/MAX aggregate when given exactly one braced name that is a collection."""
        return count == 1 and isinstance(arg, Ref) and self.link_named(arg.names[0]) is not None

    def aggregate(self, node: Call) -> Node:
        arg, func = node.args[0], node.name
        example = "{Lines}" if func == "COUNT" else "{Lines.Amount}"
        if not isinstance(arg, Ref):
            raise FormulaError(
                f"{func} needs a collection of child records, like {example}", arg.pos, arg.length
            )
        link = self.link_named(arg.names[0])
        if link is None:
            what = (
                "a field, not a collection"
                if self.obj.field_by_name(arg.names[0])
                else "an unknown collection"
            )
            raise FormulaError(
                f"{{{arg.names[0]}}} is {what}; {func} needs one like {example}", *arg.spans[0]
            )
        if len(arg.names) == 1:
            if func != "COUNT":
                raise FormulaError(
                    f"{func} needs a field of the collection, like {{{arg.names[0]}.Amount}}",
                    arg.pos,
                    arg.length,
                )
            self.collections.add(CollectionRef(link.id, None))
            return Aggregate(
                pos=node.pos,
                length=node.length,
                func=func,
                collection=CollectionRef(link.id, None),
                value_type=NUMBER,
                type=NUMBER,
            )
        if len(arg.names) > 2:
            raise FormulaError(
                "Only a field of the child records themselves can be aggregated", *arg.spans[2]
            )
        try:
            child = self.config.object_by_id(link.child)
        except KeyError:
            raise FormulaError(f"The collection {{{arg.names[0]}}} has no object", *arg.spans[0]) from None
        f = child.field_by_name(arg.names[1])
        if f is None:
            raise FormulaError(f"Unknown field {{{arg.names[1]}}} in {link.name}", *arg.spans[1])
        kind = formula_type_of(f)
        allowed = {
            "SUM": (NUMBER,),
            "AVG": (NUMBER,),
            "MIN": (NUMBER, DATE, DATETIME),
            "MAX": (NUMBER, DATE, DATETIME),
        }
        if kind == "none" or (func in allowed and kind not in allowed[func]):
            wanted = " or ".join(TYPE_NAMES[t] for t in allowed.get(func, ()))
            raise FormulaError(f"{func} needs a field holding {wanted or 'values'}", *arg.spans[1])
        coll = CollectionRef(link.id, f.id)
        self.collections.add(coll)
        result = kind if func in ("MIN", "MAX") else NUMBER
        return Aggregate(
            pos=node.pos, length=node.length, func=func, collection=coll, value_type=kind, type=result
        )


def _literal_type(value: object) -> str:
    if value is None:
        return NULL
    if isinstance(value, bool):
        return BOOLEAN
    return NUMBER if isinstance(value, Decimal) else STRING


def _chain_step(op: str, left: str, right: str) -> str | None:
    if op == "&":
        return None if REFERENCE in (left, right) else STRING
    if op in ("+", "-"):
        return plus_minus_type(op, left, right)
    return NUMBER if left in (NUMBER, NULL) and right in (NUMBER, NULL) else None


def _comparable(op: str, left: str, right: str) -> bool:
    if NULL in (left, right):
        return True
    if left in TEMPORAL and right in TEMPORAL:
        return True
    if op in ("=", "<>"):
        return left == right
    return left == right and left in _ORDERED


def _arity(lo: int, hi: int | None) -> str:
    if hi is None:
        return f"needs at least {lo} argument{'s' if lo != 1 else ''}"
    if lo == hi:
        return f"needs {lo} argument{'s' if lo != 1 else ''}"
    return f"needs {lo} to {hi} arguments"
