"""Every message the webhook services raise has a Polish and a Russian text keeping its placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from supasoft.core import message_catalog_webhooks as webhooks
from supasoft.core.message_catalog import CATALOGS

ROOT = Path(__file__).resolve().parents[2] / "supasoft"
RAISING = sorted([*(ROOT / "services").glob("webhook*.py"), ROOT / "cli" / "webhooks.py"])


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


def test_the_services_are_scanned() -> None:
    assert len(raised_templates()) >= 10


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_every_raised_message_is_translated_with_its_placeholders(language: str) -> None:
    catalog = CATALOGS[language]
    missing = [t for t in raised_templates() if t not in catalog]
    assert missing == []
    own = webhooks.POLISH if language == "pl" else webhooks.RUSSIAN
    for template, text in own.items():
        assert placeholders(template) == placeholders(text), template
