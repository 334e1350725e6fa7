"""SQL compile fixes for Firebird that the services rely on (registered once by engine.register)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import functions

from .alembic_impl import DIALECT_NAMES

# sqlalchemy-firebird renders every argument-less function without parentheses (for CURRENT_TIMESTAMP
# and friends), so row_number() became "row_number OVER (...)": a syntax error. Window functions need "()".
_WINDOW_FUNCTIONS = (functions.rank, functions.dense_rank, functions.percent_rank, functions.cume_dist)
_WINDOW_NAMES = frozenset({"row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile"})

_registered = False


def _with_parens(element: Any, compiler: Any, **kw: Any) -> str:
    if element.name.lower() in _WINDOW_NAMES and not element.clauses.clauses:
        return f"{element.name.upper()}()"
    return compiler.visit_function(element, **kw)


def register() -> None:
    global _registered
    if _registered:
        return
    for name in DIALECT_NAMES:
        for fn in (functions.Function, *_WINDOW_FUNCTIONS):  # func.row_number() is a generic Function
            compiles(fn, name)(_with_parens)
    _registered = True
