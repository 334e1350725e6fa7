"""What a compiled formula uses beyond plain reads: its aggregates and whether it reads the clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass

from supasoft.core.formulas.ast import Aggregate, Call, CollectionRef, Node

VOLATILE_FUNCTIONS = frozenset({"TODAY", "NOW"})


def walk(node: Node) -> Iterator[Node]:
    """Every node of a typed tree, without recursion (trees may be deep)."""
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        yield current
        for f in fields(current):  # type: ignore[arg-type]
            value = getattr(current, f.name)
            if isinstance(value, Node):
                stack.append(value)
            elif isinstance(value, tuple):
                stack.extend(v for v in value if isinstance(v, Node) and is_dataclass(v))


def aggregate_uses(node: Node) -> frozenset[tuple[CollectionRef, str]]:
    """The (collection, SUM|COUNT|AVG|MIN|MAX) pairs the formula computes."""
    return frozenset((n.collection, n.func) for n in walk(node) if isinstance(n, Aggregate))


def is_volatile(node: Node) -> bool:
    """Whether the value changes with the clock (TODAY/NOW), so a stored value is only as fresh as its last save."""
    return any(isinstance(n, Call) and n.name in VOLATILE_FUNCTIONS for n in walk(node))
