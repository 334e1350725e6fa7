"""The dashboard messages have Polish and Russian texts that keep every placeholder, and every template the dashboard
service raises has one (so a refusal reads in the user's language)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from supasoft.core import message_catalog_dashboards as dashboards
from supasoft.core.errors import PermissionDenied
from supasoft.core.message_catalog import CATALOGS
from supasoft.core.messages import Message, error_text
from supasoft.services.report_presets import OVERVIEW

SERVICE = Path(__file__).resolve().parents[2] / "supasoft" / "services" / "dashboards.py"


def placeholders(template: str) -> set[str]:
    return {f"{name}!{conv or ''}:{spec or ''}" for _t, name, spec, conv in string.Formatter().parse(template) if name is not None}


def raised_templates() -> set[str]:
    """Every literal first argument of Message(...) in the dashboard service."""
    return {node.args[0].value for node in ast.walk(ast.parse(SERVICE.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message" and node.args
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)}


def test_the_service_is_scanned() -> None:
    assert len(raised_templates()) >= 6


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_every_template_is_translated_with_its_placeholders(language: str) -> None:
    catalog = CATALOGS[language]
    own = dashboards.POLISH if language == "pl" else dashboards.RUSSIAN
    assert set(own) == set(dashboards.POLISH) == set(dashboards.RUSSIAN)
    for template in raised_templates() | {OVERVIEW.template}:
        assert template in catalog, template
        assert placeholders(catalog[template]) == placeholders(template), template


def test_a_refusal_reads_in_polish() -> None:
    refusal = PermissionDenied(Message("Only someone who may change the structure can share a dashboard."))
    assert error_text(refusal, "pl") == "Tylko osoba uprawniona do zmiany struktury może udostępnić pulpit."
