"""Every Message raised anywhere in the program has a Polish and a Russian text in the merged catalog, so no area
can forget its catalog (test_messages checks that each text keeps its placeholders, conversion and format included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from supasoft.core.message_catalog import CATALOGS
from supasoft.core.messages import Message, translate
from supasoft.services.record_keys import REPEATED, TAKEN

ROOT = Path(__file__).resolve().parents[2] / "supasoft"
# The REST API answers programs: its own request errors stay English, like HTTP (docs/api.md).
ENGLISH_ONLY = ("api/",)
# Templates that reach Message(...) through a helper's parameter, which the scan cannot follow.
THROUGH_HELPERS = {TAKEN: "services/record_keys.py", REPEATED: "services/record_keys.py",
                   "unique key": "services/structure_rules.py"}


def module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level `NAME = "text"` assignments, so Message(NAME, ...) is checked like a literal."""
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            constants.update({target.id: node.value.value for target in node.targets if isinstance(target, ast.Name)})
    return constants


def template_of(argument: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return argument.value or None
    if isinstance(argument, ast.Name):
        return constants.get(argument.id)
    return None


def raised_templates() -> dict[str, str]:
    """Each template passed to Message(...) in the program (a literal or a module constant), with its first file."""
    found: dict[str, str] = dict(THROUGH_HELPERS)
    for path in sorted(ROOT.rglob("*.py")):
        where = str(path.relative_to(ROOT))
        if where.startswith(ENGLISH_ONLY):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = module_constants(tree)
        for node in ast.walk(tree):
            func = node.func if isinstance(node, ast.Call) else None
            name = getattr(func, "id", None) or getattr(func, "attr", None)
            if name == "Message" and node.args and (template := template_of(node.args[0], constants)):
                found.setdefault(template, where)
    return found


def test_the_whole_program_is_scanned() -> None:
    raised = raised_templates()
    assert len(raised) > 300
    assert raised["{name} #{id} does not exist"].startswith("services/")


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_every_raised_message_has_a_translation(language: str) -> None:
    catalog = CATALOGS[language]
    missing = sorted(f"{where}: {template}" for template, where in raised_templates().items() if template not in catalog)
    assert missing == []


def test_a_refused_save_reads_in_polish() -> None:
    message = Message("The values {values} of {fields} are already used by {code}", values="ORD-1 / Chai",
                      fields="Order, Product", code="L-001")
    assert translate(message, "pl") == "Wartości ORD-1 / Chai pól Order, Product są już użyte w rekordzie L-001"
