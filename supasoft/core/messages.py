"""Service messages the UI can show in the user's language, without Qt below the UI.

A service raises its error with a `Message`: a str (so logs, the CLI and tests see the English text as before)
that keeps its English template and values. `error_text(exc, language)` rebuilds the text from the Polish
or Russian template of the catalog (supasoft/core/message_catalog.py); values that are Messages themselves
are translated too, plain values (names, numbers, the user's input) are shown as they are. A fixed English
text raised as a plain str is looked up whole. Anything the catalog lacks stays English.
"""

from __future__ import annotations

from typing import Any

from supasoft.core.errors import ConflictError, FieldProblem, ValidationError


class Message(str):
    """English text that remembers its template and values (`Message("{name} #{id} does not exist", ...)`)."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Message:
        text = template.format(**values) if values else template
        message = super().__new__(cls, text)
        message.template = template
        message.values = values
        return message

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (and copies) keep the template
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)


def listing(parts: list[str]) -> Message:
    """Texts joined by "; " as one Message whose parts are each translated ("a; b; c")."""
    items = [part if isinstance(part, Message) else Message(str(part)) for part in parts]
    if not items:
        return Message("")
    result = items[-1]
    for item in reversed(items[:-1]):
        result = Message("{first}; {rest}", first=item, rest=result)
    return result


def language_of(locale_name: str) -> str:
    """'pl_PL' -> 'pl'; a language the catalog lacks -> 'en'."""
    from supasoft.core.message_catalog import CATALOGS

    code = (locale_name or "en").replace("-", "_").split("_")[0].lower()
    return code if code in CATALOGS else "en"


def translate(text: str, language: str) -> str:
    """The message in `language` (a code or a locale name); English when the catalog lacks it."""
    from supasoft.core.message_catalog import CATALOGS

    catalog = CATALOGS.get(language_of(language))
    if catalog is None:
        return str(text)
    if isinstance(text, Message):
        template = catalog.get(text.template)
        if template is None:
            return str(text)
        values = {key: translate(value, language) if isinstance(value, Message) else value for key, value in text.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a catalog template that does not fit: the English text is right
            return str(text)
    return catalog.get(str(text), str(text))


def message_of(exc: BaseException) -> Message:
    """The exception's message keeping its template (str(exc) would turn a Message into plain English).

    A plain text becomes a Message of its own, so a fixed text put into another message is translated too.
    """
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else Message(str(exc))


def problem_text(problem: FieldProblem, language: str) -> FieldProblem:
    """A validation problem with its message in `language` (the field name is the user's own)."""
    return FieldProblem(problem.field_id, problem.field_name, translate(problem.message, language))


def error_text(exc: BaseException, language: str) -> str:
    """What the UI shows for a user-facing error, in `language` (a code or a locale name)."""
    if isinstance(exc, ValidationError):
        return "; ".join(str(problem_text(p, language)) for p in exc.problems)
    if isinstance(exc, ConflictError):
        names = ", ".join(f.field_name for f in exc.fields) or Message("no field values")
        return translate(Message("Record {record_id} was changed by someone else meanwhile (changed: {names}).",
                                 record_id=exc.record_id, names=names), language)
    return translate(message_of(exc), language)
