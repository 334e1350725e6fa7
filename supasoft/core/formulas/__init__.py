"""The formula language: our own parser, type checker and evaluator (no eval/exec anywhere).

Usage: `compile_formula(text, config, obj)` checks a formula against the metadata and gives a
CompiledFormula to `evaluate(record)` or to turn into SQL (storage.formula_sql);
`dependency_order` sorts an object's formula fields; FUNCTIONS feeds the formula editor.
See evaluator.py for how empty values behave and errors.py for the size limits.
"""

from __future__ import annotations

from supasoft.core.formulas.ast import CollectionRef, FieldRef, Node
from supasoft.core.formulas.compiled import CompiledFormula, FormulaRecord, compile_formula
from supasoft.core.formulas.deps import dependency_order
from supasoft.core.formulas.errors import FormulaError
from supasoft.core.formulas.functions import FUNCTIONS, FunctionInfo

__all__ = [
    "FUNCTIONS",
    "CollectionRef",
    "CompiledFormula",
    "FieldRef",
    "FormulaError",
    "FormulaRecord",
    "FunctionInfo",
    "Node",
    "compile_formula",
    "dependency_order",
]
