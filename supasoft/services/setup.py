"""Initialise a database with a template (idempotent) and describe it for `info`."""

from __future__ import annotations

import json
from dataclasses import dataclass

from supasoft import __version__
from supasoft.core.errors import SupasoftError
from supasoft.services.session import Session

TEMPLATES = ("lite", "empty")
TEMPLATE_KEY = "template"
LITE_IDS_KEY = "lite_ids"
LANGUAGE_KEY = "template_language"


@dataclass
class ObjectInfo:
    name: str
    plural: str
    records: int


def initialize(session: Session, template: str = "lite", demo: bool = False, language: str = "en") -> bool:
    """Apply a template to an empty database, its names and demo data in `language`; False when already initialised."""
    from supasoft.services.templates.lite_texts import check_language

    if template not in TEMPLATES:
        raise SupasoftError(f"Unknown template {template!r}; choose one of {', '.join(TEMPLATES)}")
    check_language(language)
    if session.configuration.config.objects or session.storage.get_info(TEMPLATE_KEY):
        if demo and session.storage.get_info("demo") is None and session.storage.get_info(TEMPLATE_KEY) == "lite":
            _add_demo(session)
        return False
    if template == "lite":
        from supasoft.services.report_presets import add_lite_reports
        from supasoft.services.templates.lite import build_lite

        ids = build_lite(session, language)
        with session.storage.begin() as conn:
            session.storage.set_info(conn, TEMPLATE_KEY, "lite")
            session.storage.set_info(conn, LITE_IDS_KEY, json.dumps(ids))
            if language != "en":  # an English database stores nothing new: older versions read it the same
                session.storage.set_info(conn, LANGUAGE_KEY, language)
        add_lite_reports(session.records, ids, language)
        if demo:
            _add_demo(session, ids)
    else:
        with session.storage.begin() as conn:
            session.storage.set_info(conn, TEMPLATE_KEY, "empty")
    return True


def lite_ids(session: Session) -> dict[str, int]:
    """Named ids of the Lite objects and fields (ids survive renames)."""
    stored = session.storage.get_info(LITE_IDS_KEY)
    if not stored:
        raise SupasoftError("This database was not created from the Lite template")
    return {key: int(value) for key, value in json.loads(stored).items()}


def _add_demo(session: Session, ids: dict[str, int] | None = None) -> None:
    from supasoft.services.templates.demo import add_demo_data

    language = session.storage.get_info(LANGUAGE_KEY) or "en"  # demo records match the structure's names and choices
    add_demo_data(session.records, ids or lite_ids(session), language=language)
    with session.storage.begin() as conn:
        session.storage.set_info(conn, "demo", "1")


def describe(session: Session) -> dict:
    """What `info` shows: edition, database, schema version, objects with record counts."""
    session.require_login()
    config = session.configuration.config
    objects = [
        {"name": o.name, "plural": o.plural, "records": session.records.count(o.id)}
        for o in sorted(config.objects, key=lambda o: o.order)
        if session.access.allowed("read", o.id)  # others' objects stay unnamed; counts obey row rights
    ]
    return {
        "version": __version__,
        "edition": "networked" if session.storage.ops.networked else "free",
        "engine": session.storage.ops.kind,
        "database": session.storage.database.display_url if session.storage.ops.networked else str(session.storage.database.path),
        "schema_version": session.storage.schema_revision(),
        "structure_version": config.version,
        "template": session.storage.get_info(TEMPLATE_KEY),
        "objects": objects,
    }
