"""Every Message raised anywhere in the program has a Polish and a Russian text in the merged catalog, so no area
can forget its catalog (the per-area tests also check their placeholders and sample sentences)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from supasoft.core.message_catalog import CATALOGS

ROOT = Path(__file__).resolve().parents[2] / "supasoft"
# The REST API answers programs: its own request errors stay English, like HTTP (docs/api.md).
ENGLISH_ONLY = ("api/",)


def raised_templates() -> dict[str, str]:
    """Each literal template passed to Message(...) in the program, with the first file using it."""
    found: dict[str, str] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if str(path.relative_to(ROOT)).startswith(ENGLISH_ONLY):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            name = getattr(func, "id", None) or getattr(func, "attr", None)
            if name == "Message" and node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str) and node.args[0].value:
                found.setdefault(node.args[0].value, str(path.relative_to(ROOT)))
    return found


def test_the_whole_program_is_scanned() -> None:
    assert len(raised_templates()) > 300


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_every_raised_message_has_a_translation(language: str) -> None:
    catalog = CATALOGS[language]
    missing = sorted(f"{where}: {template}" for template, where in raised_templates().items() if template not in catalog)
    assert missing == []
