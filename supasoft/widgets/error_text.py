"""A service error or message as the user reads it: in the UI's language (str() would be English)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from supasoft.core.messages import error_text, translate


def shown_error(exc: BaseException) -> str:
    """The error's text in the user's language; texts the catalog lacks stay as they are."""
    return error_text(exc, QLocale().name())


def shown_text(text: str) -> str:
    """A service's message (a Message or a fixed English text) in the user's language."""
    return translate(text, QLocale().name())


__all__ = ["shown_error", "shown_text"]
