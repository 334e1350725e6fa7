"""Every startup and session message has a Polish and a Russian text that keeps the English placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from supasoft.core import message_catalog_session as session_catalog
from supasoft.core.message_catalog import CATALOGS

ROOT = Path(__file__).resolve().parents[2]
#: The modules whose messages this catalog covers (raised as Message(template, ...)).
SOURCES = ("supasoft/settings.py", "supasoft/storage/engine.py", "supasoft/storage/store.py", "supasoft/storage/backup.py",
           "supasoft/services/backups.py", "supasoft/services/users.py", "supasoft/services/user_grants.py",
           "supasoft/services/record_history.py", "supasoft/services/networked/server_health.py",
           "supasoft/services/maintenance.py", "supasoft/services/networked/server_admin.py")
#: Fixed texts passed into a message as a value (why a file is not ours, what to do about it, a line's problem).
FRAGMENTS = ("the file is empty", "it is not an SQLite database file", "or it is damaged", "an SQLite file without tables",
             "another program's SQLite database", "Choose another file, or create a new database.",
             "Choose another file or restore a backup.", "is not a [Section] header (missing ']'?)",
             "comes before any [Section] header", "is not a 'Key=value' line")


def _templates() -> set[str]:
    found: set[str] = set()
    for source in SOURCES:
        for node in ast.walk(ast.parse((ROOT / source).read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found | set(FRAGMENTS)


def _fields(template: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((name, conversion, spec) for _, name, spec, conversion in string.Formatter().parse(template)
                  if name is not None)


TEMPLATES = sorted(_templates())


def test_the_sources_raise_messages() -> None:
    assert len(TEMPLATES) > 60  # the scan above really reads the messages of those modules


@pytest.mark.parametrize("language", ["pl", "ru"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_message_is_translated_with_its_placeholders(template: str, language: str) -> None:
    catalog = CATALOGS[language]
    assert template in catalog, f"no {language} text for {template!r}"
    translated = catalog[template]
    assert _fields(translated) == _fields(template)
    words = "".join(literal for literal, *_ in string.Formatter().parse(template))
    if any(c.isalpha() for c in words):
        assert translated != template  # real words were translated, not copied


def test_session_catalog_is_merged_and_complete() -> None:
    assert set(session_catalog.POLISH) == set(session_catalog.RUSSIAN)
    for key, text in session_catalog.POLISH.items():
        assert CATALOGS["pl"][key] == text
        assert CATALOGS["ru"][key] == session_catalog.RUSSIAN[key]
