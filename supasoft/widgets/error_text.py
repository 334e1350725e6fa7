"""A service error as the user reads it: its message in the UI's language (str(exc) would be English)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from supasoft.core.messages import error_text


def shown_error(exc: BaseException) -> str:
    """The error's text in the user's language; texts the catalog lacks stay as they are."""
    return error_text(exc, QLocale().name())


__all__ = ["shown_error"]
