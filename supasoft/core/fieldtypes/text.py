"""String-like field types: string, text, e-mail, phone, url."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import types as sqltypes

from supasoft.core.fieldtypes import columns
from supasoft.core.fieldtypes.base import EQUALITY_OPS, TEXT_OPS, FieldType
from supasoft.core.fieldtypes.options import FieldOptions
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef
from supasoft.core.text_input import storable

DEFAULT_LENGTH = 255
MAX_LENGTH = 8000  # Firebird VARCHAR in UTF8 holds ~8191 characters
TEXT_LIMIT = 1_000_000


@dataclass(frozen=True)
class StringOptions(FieldOptions):
    """A one-line text's maximum number of characters."""

    length: int = DEFAULT_LENGTH

    def problems(self) -> list[str]:
        if isinstance(self.length, bool) or not isinstance(self.length, int) or not 1 <= self.length <= MAX_LENGTH:
            return [Message("length must be between 1 and {limit}", limit=MAX_LENGTH)]
        return []


@dataclass(frozen=True)
class PhoneOptions(StringOptions):
    """A phone number is short."""

    length: int = 40


@dataclass(frozen=True)
class TextOptions(FieldOptions):
    """Long text: a cap the admin does not normally set."""

    length: int = TEXT_LIMIT


class StringFieldType(FieldType):
    """A single line of text with a maximum length."""

    type = "string"
    free_text = True
    text_like = True
    has_length = True
    label = "String"
    searchable = True
    formula_type = "string"
    operators = EQUALITY_OPS + TEXT_OPS
    options_class: type[StringOptions] | type[TextOptions] = StringOptions

    def max_length(self, f: FieldDef) -> int:
        """The length in effect (read straight from f: this runs once per value)."""
        return f.length or self.options_class.length

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.String(self.max_length(f))

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        text = raw if isinstance(raw, str) else self.text_of(raw)
        text = text.strip()
        return text or None

    def from_api(self, raw: Any, f: FieldDef) -> Any:
        if raw is not None and not isinstance(raw, str):
            raise ValueError("is not a text")
        return self.parse(raw, f)

    @staticmethod
    def text_of(raw: Any) -> str:
        if isinstance(raw, float) and raw.is_integer():
            return str(int(raw))
        return str(raw)

    def validate(self, value: Any, f: FieldDef) -> str | None:
        limit = self.max_length(f)
        if len(value) > limit:
            return Message("is {length} characters long; at most {limit} allowed", length=len(value), limit=limit)
        return None

    def convert_from(self, value: Any, old: FieldType, old_def: FieldDef, f: FieldDef) -> Any:
        if value is None:
            return None
        return self.parse(old.format(value, old_def), f)

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        limit = self.max_length(f)
        pattern = self.pattern

        def check(v: Any) -> bool:
            return (type(v) is str and 0 < len(v) <= limit and not v[0].isspace() and not v[-1].isspace()
                    and (pattern is None or pattern.match(v) is not None) and storable(v))

        return check

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        limit, pattern = self.max_length(f), self.pattern

        def strings(values: list[Any]) -> bool:
            return (columns.only(values, str) and min(map(len, values)) > 0 and max(map(len, values)) <= limit
                    and values == list(map(str.strip, values))
                    and (pattern is None or all(map(pattern.match, values))) and storable("\n".join(values)))

        return strings

    pattern: re.Pattern[str] | None = None


class TextFieldType(StringFieldType):
    """Multi-line text (notes, descriptions); kept as a long VARCHAR-free text column."""

    type = "text"
    text_like = True
    long_text = True
    has_length = False
    can_be_unique = False
    default_width = 220
    label = "Text"
    options_class = TextOptions

    def fast_check(self, f: FieldDef) -> Callable[[Any], bool] | None:
        limit = self.max_length(f)

        def check(v: Any) -> bool:  # canonical: what parse_value returns unchanged (leading spaces are kept)
            return type(v) is str and 0 < len(v) <= limit and not v[-1].isspace() and "\r\n" not in v and storable(v)

        return check

    def column_check(self, f: FieldDef) -> Callable[[list[Any]], bool] | None:
        limit = self.max_length(f)

        def texts(values: list[Any]) -> bool:  # no value ends with a space, so "\r\n" cannot span two of them
            return (columns.only(values, str) and min(map(len, values)) > 0 and max(map(len, values)) <= limit
                    and values == list(map(str.rstrip, values)) and "\r\n" not in (joined := "".join(values))
                    and storable(joined))

        return texts

    def column_type(self, f: FieldDef) -> sqltypes.TypeEngine:
        return sqltypes.Text()

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        text = raw if isinstance(raw, str) else self.text_of(raw)
        text = text.replace("\r\n", "\n").rstrip()
        return text or None


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./\-]{3,30}(\s*(ext\.?|x|wew\.?|доб\.?)\s*[0-9]{1,6})?$", re.IGNORECASE)
_URL = re.compile(r"^(https?|ftp)://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_BARE_HOST = re.compile(r"^[a-z0-9][a-z0-9\-]*(\.[a-z0-9\-]+)+(/\S*)?$", re.IGNORECASE)


class EmailFieldType(StringFieldType):
    """An e-mail address."""

    type = "email"
    free_text = False
    default_width = 190
    label = "E-mail"
    pattern = _EMAIL

    def validate(self, value: Any, f: FieldDef) -> str | None:
        return super().validate(value, f) or (None if _EMAIL.match(value) else "is not a valid e-mail address")


class PhoneFieldType(StringFieldType):
    """A phone or fax number."""

    type = "phone"
    free_text = False
    default_width = 130
    label = "Phone"
    pattern = _PHONE
    options_class = PhoneOptions

    def validate(self, value: Any, f: FieldDef) -> str | None:
        return super().validate(value, f) or (None if _PHONE.match(value) else "is not a valid phone number")


class UrlFieldType(StringFieldType):
    """A web address; a bare host such as example.com gets http:// added."""

    type = "url"
    free_text = False
    label = "Web address"
    pattern = _URL

    def parse_value(self, raw: Any, f: FieldDef) -> Any:
        text = super().parse_value(raw, f)
        if text and _BARE_HOST.match(text):
            text = "http://" + text
        return text

    def validate(self, value: Any, f: FieldDef) -> str | None:
        return super().validate(value, f) or (None if _URL.match(value) else "is not a valid web address")
