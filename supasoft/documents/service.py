"""The session's DocumentService for the UI (the session does not carry one): one per records service, made on first use."""

from __future__ import annotations

import weakref
from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.services.documents import DocumentService, DocumentTemplate

_SERVICES: weakref.WeakKeyDictionary[Any, DocumentService] = weakref.WeakKeyDictionary()


def documents_of(session: Any) -> DocumentService:
    """The session's own service when it has one, else one made over its records (like the command line)."""
    own = getattr(session, "documents", None)
    if isinstance(own, DocumentService):
        return own
    records = session.records
    service = _SERVICES.get(records)
    if service is None:
        service = DocumentService(records)
        _SERVICES[records] = service
    return service


def templates_of(session: Any, object_id: int) -> list[DocumentTemplate]:
    """An object's templates, the default first; none when the user may not read the object."""
    try:
        found = documents_of(session).list_templates(object_id)
    except SupasoftError:
        return []
    return sorted(found, key=lambda t: (not t.is_default, t.name.casefold()))


def may_fill(session: Any, object_id: int) -> bool:
    """Whether the user may make documents of the object's records (the service checks again when filling)."""
    access = session.access
    return access.allowed("read", object_id) and access.allowed("document", object_id)


def may_manage(session: Any) -> bool:
    """Whether the user may add, replace, delete templates and choose the default (the Configurator's right)."""
    return bool(session.access.allowed("configure"))
