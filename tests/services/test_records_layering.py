"""The record services hold no SQL: no sqlalchemy import (not even for type hints) and no engine branches (issue #13)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SERVICES = Path(__file__).resolve().parents[2] / "supasoft" / "services"
RECORD_MODULES = ["records.py", "record_basis.py", "record_reads.py", "record_writes.py", "record_bulk.py",
                  "record_trash.py", "record_checks.py", "delete_check.py", "formula_runner.py", "formula_batch.py",
                  "formula_refresh.py", "formula_check.py", "derived_rights.py", "exchange.py"]


def imported_modules(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("name", RECORD_MODULES)
def test_a_record_service_module_imports_no_sqlalchemy_and_never_asks_the_dialect(name: str) -> None:
    source = (SERVICES / name).read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert not {m for m in imported_modules(tree) if m == "sqlalchemy" or m.startswith("sqlalchemy.")}
    assert not {m for m in imported_modules(tree) if m.startswith("supasoft.storage.firebird")}
    attributes = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert "dialect" not in attributes and "execute" not in attributes


def test_the_facade_stays_small_and_its_parts_get_collaborators_through_constructors() -> None:
    """RecordService only builds and delegates; no part is patched in after it was built."""
    assert len((SERVICES / "records.py").read_text(encoding="utf-8").splitlines()) < 250
    for name in RECORD_MODULES:
        tree = ast.parse((SERVICES / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:  # e.g. `records.users = users` or `self.formulas.service = self`
                    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Attribute):
                        inner = target.value
                        assert not (isinstance(inner.value, ast.Name) and inner.value.id == "self"
                                    and inner.attr in {"formulas", "history", "checks", "reads", "writes", "bulk", "trash"}), name


def _compares_type_with_literal(node: ast.Compare) -> bool:
    sides = [node.left, *node.comparators]
    reads_type = any(isinstance(s, ast.Attribute) and s.attr in ("type", "result_type") for s in sides)

    def literal(s: ast.AST) -> bool:
        if isinstance(s, ast.Constant) and isinstance(s.value, str):
            return True
        return isinstance(s, (ast.Tuple, ast.List, ast.Set)) and any(literal(e) for e in s.elts)

    return reads_type and any(literal(s) for s in sides)


@pytest.mark.parametrize("name", RECORD_MODULES)
def test_a_record_service_module_asks_field_roles_not_type_names(name: str) -> None:
    tree = ast.parse((SERVICES / name).read_text(encoding="utf-8"))
    found = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Compare) and _compares_type_with_literal(n)]
    found += [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
              and n.func.attr == "get" and ast.unparse(n.func.value) == "field_types"
              and any(isinstance(a, ast.Constant) for a in n.args)]
    assert found == [], name
