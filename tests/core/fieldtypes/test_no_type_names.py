"""No code outside the field types (core/fieldtypes/) and the UI type registry (widgets/type_ui/) names field types.

Comparing a field's type with a literal key (`f.type == "formula"`, `f.type in ("string", "text")`) or keeping
tables of type keys (`STRINGISH = ("string", "text", ...)`) spreads a type's behaviour over the program: a new
type then needs edits in every such place, and the ones forgotten fail silently. Ask the type's roles
(core/fieldtypes/roles.py, the flags and hooks on FieldType) instead. This test reads every module's syntax tree
and lists each offender as "path:line: text".

Building a definition (`FieldDef(..., type="string")`) or looking a type up (`field_types.get("money")`) is data,
not a comparison, and is not flagged.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from supasoft.core.fieldtypes import field_types

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "supasoft"
ALLOWED = ("supasoft/core/fieldtypes/", "supasoft/widgets/type_ui/")
KEYS = frozenset(field_types.keys())
_COMPARISONS = (ast.Eq, ast.NotEq, ast.In, ast.NotIn, ast.Is, ast.IsNot)


def _names_a_type(node: ast.expr, aliases: frozenset[str] = frozenset()) -> bool:
    """`f.type`, `new.type`, `field.type`, `ftype`, `old_type`: a name or attribute ending in 'type',
    or a name the module set from one (`key = f.type`)."""
    if isinstance(node, ast.Attribute):
        return node.attr.lower().endswith("type")
    if isinstance(node, ast.Name):
        return node.id.lower().endswith("type") or node.id in aliases
    return False


def _aliases(tree: ast.AST) -> frozenset[str]:
    """Names assigned a field's type somewhere in the module (`key = field_type.type`)."""
    return frozenset(target.id for node in ast.walk(tree) if isinstance(node, ast.Assign) and _names_a_type(node.value)
                     for target in node.targets if isinstance(target, ast.Name))


def _type_keys(node: ast.expr) -> list[str]:
    """The registered type keys a literal spells: a string, or a tuple/list/set of strings (else [])."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) and node.value in KEYS else []
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and node.elts:
        if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            return [e.value for e in node.elts if e.value in KEYS]  # type: ignore[attr-defined]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple"):
        return _type_keys(node.args[0]) if len(node.args) == 1 else []
    return []


def _is_type_table(node: ast.expr | None) -> bool:
    """A literal tuple/list/set, or a dict's keys, with two or more type keys making up at least half of it
    (a message catalog that happens to translate the word "formula" is not a table of types)."""
    if isinstance(node, ast.Dict):
        texts = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        keys = [text for text in texts if text in KEYS]
        return len(keys) >= 2 and 2 * len(keys) >= len(texts)
    return node is not None and len(_type_keys(node)) >= 2


def _comparisons(tree: ast.AST) -> Iterator[int]:
    """Lines comparing something named '...type' with a type key, including `match f.type: case "formula":`."""
    aliases = _aliases(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for op, left, right in zip(node.ops, sides[:-1], sides[1:], strict=True):
                if isinstance(op, _COMPARISONS) and ((_names_a_type(left, aliases) and _type_keys(right))
                                                     or (_names_a_type(right, aliases) and _type_keys(left))):
                    yield node.lineno
                    break
        elif isinstance(node, ast.Match) and _names_a_type(node.subject, aliases):
            for case in node.cases:
                values = [p for p in ast.walk(case.pattern) if isinstance(p, ast.MatchValue)]
                if any(_type_keys(p.value) for p in values):
                    yield case.pattern.lineno


def _tables(tree: ast.Module) -> Iterator[int]:
    """Module- and class-level tuples, lists, sets and dict keys naming two or more type keys
    (not `A, B = "a", "b"`: that names constants one by one)."""
    bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for statement in body:
            if isinstance(statement, ast.Assign) and any(isinstance(t, ast.Tuple) for t in statement.targets):
                continue
            value = statement.value if isinstance(statement, (ast.Assign, ast.AnnAssign)) else None
            if _is_type_table(value):
                yield statement.lineno


def offenders_in(source: str, path: str) -> list[str]:
    """Every offending line of one module's source, as 'path:line: text'."""
    tree = ast.parse(source, filename=path)
    lines = source.splitlines()
    found = sorted(set(_comparisons(tree)) | set(_tables(tree)))
    return [f"{path}:{line}: {lines[line - 1].strip()}" for line in found]


def offenders() -> list[str]:
    """Every offending line under supasoft/, outside the places that own field types."""
    found: list[str] = []
    for file in sorted(PACKAGE.rglob("*.py")):
        path = file.relative_to(ROOT).as_posix()
        if not path.startswith(ALLOWED):
            found += offenders_in(file.read_text(encoding="utf-8"), path)
    return found


def test_no_module_compares_a_field_type_with_a_type_name() -> None:
    found = offenders()
    assert not found, f"{len(found)} places name field types; ask the type's roles instead:\n" + "\n".join(found)


# --- the scanner itself ----------------------------------------------------------------------------------------------

SNIPPET = '''
STRINGISH = ("string", "text", "email")
WIDTHS = {"integer": 90, "money": 110}
OPERATORS = ("eq", "ne")
RESULT = ("number",)
NUMBER, STRING = "number", "string"
CATALOG = {"formula": "formuła", "reference": "odwołanie", "is required": "jest wymagane", "x": "y", "z": "w"}


class Panel:
    KINDS = frozenset({"date", "datetime"})


def handle(f, new, field, ftype, kind):
    if f.type == "formula":
        pass
    if f.type in ("string", "text"):
        pass
    if "reference" != new.type:
        pass
    if field.type not in {"user", "reference"}:
        pass
    if ftype == "money":
        pass
    match f.type:
        case "file":
            pass
        case _:
            pass
    if f.type == "something else" or kind == "string" or f.name == "formula":
        pass
    values = {"string": 1, "text": 2}
    key = field.type
    if key in ("decimal", "money"):
        pass
    return FieldDef(0, "Name", type="string"), field_types.get("money")
'''


def test_the_scanner_flags_comparisons_and_tables_of_type_names() -> None:
    found = offenders_in(SNIPPET, "x.py")
    flagged = [line.split(": ", 1)[1] for line in found]
    assert flagged == [
        'STRINGISH = ("string", "text", "email")',
        'WIDTHS = {"integer": 90, "money": 110}',
        'KINDS = frozenset({"date", "datetime"})',
        'if f.type == "formula":',
        'if f.type in ("string", "text"):',
        'if "reference" != new.type:',
        'if field.type not in {"user", "reference"}:',
        'if ftype == "money":',
        'case "file":',
        'if key in ("decimal", "money"):',
    ]
    assert found[0] == 'x.py:2: STRINGISH = ("string", "text", "email")'


def test_the_scanner_reads_every_module_and_skips_the_type_owners() -> None:
    scanned = [p for p in PACKAGE.rglob("*.py") if not p.relative_to(ROOT).as_posix().startswith(ALLOWED)]
    assert len(scanned) > 100
    assert all((ROOT / owner).is_dir() for owner in ALLOWED)
    assert not any("/fieldtypes/" in p.as_posix() or "/type_ui/" in p.as_posix() for p in scanned)
