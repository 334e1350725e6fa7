"""What a document template sees for a field: the text to print, still carrying the value for arithmetic."""

from __future__ import annotations

from typing import Any


class TemplateValue(str):
    """The field's text in the document's language ('1 234,50', '14.03.2025'); `.value` is the value itself.

    A str, so `{{ price }}` prints the text; `{{ price.value * 2 }}` or `{% if paid.value %}` work on the value.
    """

    value: Any

    def __new__(cls, text: str, value: Any) -> TemplateValue:
        item = super().__new__(cls, text)
        item.value = value
        return item

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the value
        return (TemplateValue, (str(self), self.value))
