"""The error of the document feature: a template that is not a .docx, does not parse, names what the object lacks,
reaches outside its data, or a PDF that cannot be made; its text says what and where."""

from __future__ import annotations

from supasoft.core.errors import SupasoftError


class DocumentError(SupasoftError):
    """A template or a document cannot be used or made; `problems` lists each one (the message joins them)."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or [message]
