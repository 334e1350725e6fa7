"""Every message the unique-key code raises has a Polish and a Russian text keeping its placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from supasoft.core import message_catalog_keys as keys
from supasoft.core.message_catalog import CATALOGS
from supasoft.core.messages import Message, translate
from supasoft.services.record_keys import REPEATED, TAKEN

ROOT = Path(__file__).resolve().parents[2] / "supasoft"
RAISING = [ROOT / "core" / "unique_keys.py", ROOT / "storage" / "unique_keys.py", ROOT / "services" / "configuration_keys.py",
           ROOT / "services" / "record_keys.py", ROOT / "storage" / "schema_sync.py"]


def placeholders(template: str) -> set[str]:
    return {f"{name}!{conv or ''}:{spec or ''}" for _t, name, spec, conv in string.Formatter().parse(template) if name is not None}


def raised_templates() -> set[str]:
    found = {TAKEN, REPEATED, "unique key"}
    for path in RAISING:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_the_modules_are_scanned() -> None:
    assert len(raised_templates()) >= 12


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_every_key_message_is_translated_with_its_placeholders(language: str) -> None:
    catalog = CATALOGS[language]
    assert [t for t in raised_templates() if t not in catalog] == []
    own = keys.POLISH if language == "pl" else keys.RUSSIAN
    for template, text in own.items():
        assert placeholders(template) == placeholders(text), template


def test_a_refused_save_reads_in_polish() -> None:
    message = Message(TAKEN, values="ORD-1 / Chai", fields="Order, Product", code="L-001")
    assert translate(message.template, "pl") == "Wartości {values} pól {fields} są już użyte w rekordzie {code}"
