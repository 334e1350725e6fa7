"""The document messages have Polish and Russian texts that keep every placeholder, and every template the document
services raise has one."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from supasoft.core import message_catalog_documents as documents
from supasoft.core.message_catalog import CATALOGS
from supasoft.core.messages import Message, error_text
from supasoft.services.document_errors import DocumentError

ROOT = Path(__file__).resolve().parents[2] / "supasoft" / "services"
RAISING = sorted(p.name for p in ROOT.glob("document*.py"))


def placeholders(template: str) -> set[str]:
    return {f"{name}!{conv or ''}:{spec or ''}" for _t, name, spec, conv in string.Formatter().parse(template) if name is not None}


def raised_templates() -> set[str]:
    """Every literal first argument of Message(...) in the document services."""
    found = set()
    for name in RAISING:
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_the_services_are_scanned() -> None:
    assert {"documents.py", "document_check.py", "document_pdf.py", "document_sandbox.py"} <= set(RAISING)
    assert len(raised_templates()) >= 10


@pytest.mark.parametrize("template", sorted(raised_templates()))
def test_every_raised_template_has_both_translations(template: str) -> None:
    assert template in documents.POLISH and template in documents.RUSSIAN


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_translations_keep_the_placeholders_and_are_merged(language: str) -> None:
    own = documents.POLISH if language == "pl" else documents.RUSSIAN
    assert set(own) == set(documents.POLISH) | set(documents.RUSSIAN)
    for english, translated in own.items():
        assert placeholders(translated) == placeholders(english), english
        assert CATALOGS[language][english] == translated


def test_a_document_error_shows_in_polish() -> None:
    error = DocumentError(Message("Unknown name {name} near “{snippet}”", name="client.nme", snippet="{{ client.nme }}"))
    assert error_text(error, "pl") == "Nieznana nazwa client.nme w pobliżu „{{ client.nme }}”"
