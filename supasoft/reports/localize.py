"""A report's titles and group labels in the user's language: the service words them as English Messages."""

from __future__ import annotations

import dataclasses

from supasoft.core.messages import Message
from supasoft.core.reports.spec import PivotResult
from supasoft.widgets.error_text import shown_text


def _shown(text: str) -> str:
    """A Message (a title, "(empty)", a month's name) translated; the user's own data (names) as it is."""
    return shown_text(text) if isinstance(text, Message) else text


def localized(result: PivotResult) -> PivotResult:
    """The same result with every worded title and label in the UI's language (keys and numbers untouched)."""
    result.measures = [dataclasses.replace(m, title=_shown(m.title)) for m in result.measures]
    result.row_titles = [_shown(title) for title in result.row_titles]
    result.column_titles = [_shown(title) for title in result.column_titles]
    result.rows = [dataclasses.replace(h, labels=tuple(_shown(label) for label in h.labels)) for h in result.rows]
    result.columns = [dataclasses.replace(h, labels=tuple(_shown(label) for label in h.labels)) for h in result.columns]
    return result


__all__ = ["localized"]
