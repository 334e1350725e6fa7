"""Questions about a field's kind, answered by its type's flags, so no other layer compares type names.

Every function takes a FieldDef. A field of an unknown type (a configuration from a newer version) answers
as plain stored text would not: it has no roles at all, so callers treat it conservatively.
"""

from __future__ import annotations

from supasoft.core.fieldtypes.base import FieldType
from supasoft.core.meta import FieldDef

_NO_ROLES = FieldType()
_BY_KEY: dict[str, FieldType] = {}


def type_of(f: FieldDef) -> FieldType:
    """The field's type object; a role-less stand-in when the type is unknown. Cheap: asked per cell."""
    found = _BY_KEY.get(f.type)
    if found is None:
        from supasoft.core.fieldtypes import field_types

        if f.type not in field_types:
            return _NO_ROLES
        found = _BY_KEY[f.type] = field_types.get(f.type)
    return found


def is_formula(f: FieldDef) -> bool:
    """The value is computed by a formula and stored."""
    return type_of(f).computed


def is_derived(f: FieldDef) -> bool:
    """The value is never typed in: a formula, or shown from a linked record (a source)."""
    return type_of(f).computed or f.source is not None


def is_file(f: FieldDef) -> bool:
    """The value is an attached file."""
    return type_of(f).attachment


def is_link(f: FieldDef) -> bool:
    """The stored value is the id of a record or of a user."""
    return type_of(f).link is not None


def is_user_link(f: FieldDef) -> bool:
    """The stored value is the id of a user account."""
    return type_of(f).link == "user"


def links_object(f: FieldDef) -> bool:
    """The stored value is the id of a record of another object (f.target, when set)."""
    return type_of(f).link == "object"


def link_target(f: FieldDef) -> int | None:
    """The object a reference points at, or None (not a reference, or no target chosen yet)."""
    return f.target if links_object(f) else None


def is_text(f: FieldDef) -> bool:
    """The value is text (string, long text, e-mail, phone, address, choice)."""
    return type_of(f).text_like


def is_long_text(f: FieldDef) -> bool:
    """Long free text: shown as a preview, never indexed or unique."""
    return type_of(f).long_text


def is_yes_no(f: FieldDef) -> bool:
    """A tick box (or a formula whose result is yes/no)."""
    return type_of(f).yes_no or (type_of(f).computed and f.result_type == "boolean")


def is_numeric(f: FieldDef) -> bool:
    """A number (or a formula whose result is a number): right-aligned and totalled."""
    t = type_of(f)
    return t.numeric or (t.computed and (f.result_type or "number") == "number")


def result_kind(f: FieldDef) -> str:
    """What the value is inside a formula: number, string, date, datetime, boolean, reference or none."""
    t = type_of(f)
    return (f.result_type or "number") if t.computed else t.formula_type


__all__ = [
    "type_of", "is_formula", "is_derived", "is_file", "is_link", "is_user_link", "links_object", "link_target",
    "is_text", "is_long_text", "is_yes_no", "is_numeric", "result_kind",
]
