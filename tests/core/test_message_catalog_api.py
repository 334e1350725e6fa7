"""The API token and server messages have Polish and Russian texts that keep every placeholder."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from supasoft.core import message_catalog_api as api
from supasoft.core.message_catalog import CATALOGS

ROOT = Path(__file__).resolve().parents[2] / "supasoft"
RAISING = [ROOT / "services" / "api_tokens.py", ROOT / "api" / "server.py"]


def placeholders(template: str) -> set[str]:
    return {f"{name}!{conv or ''}:{spec or ''}" for _t, name, spec, conv in string.Formatter().parse(template) if name is not None}


def raised_templates() -> set[str]:
    found = set()
    for path in RAISING:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_every_raised_template_is_translated_in_both_languages() -> None:
    raised = raised_templates()
    assert len(raised) >= 5
    for language in ("pl", "ru"):
        missing = sorted(t for t in raised if t not in CATALOGS[language])
        assert not missing, (language, missing)


def test_translations_keep_the_placeholders() -> None:
    for catalog in (api.POLISH, api.RUSSIAN):
        assert set(catalog) == set(api.POLISH)
        for template, text in catalog.items():
            assert placeholders(text) == placeholders(template), template
