"""A document error as lines the user reads: each problem of a template (with its place) in the user's language."""

from __future__ import annotations

from supasoft.services.document_errors import DocumentError
from supasoft.widgets.error_text import shown_error, shown_text


def problem_lines(exc: BaseException) -> list[str]:
    """One line per problem of a DocumentError; any other error as its one message."""
    if isinstance(exc, DocumentError) and exc.problems:
        return [shown_text(p) for p in exc.problems]
    return [shown_error(exc)]
