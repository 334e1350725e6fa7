"""Unique keys over one or more fields: which fields may form one, and how a key is named to users.

An empty value counts as a value: (empty, Chai) twice is a duplicate, as Firebird's compound unique index has it
(SQLite's index would let it pass; the service check refuses it on both). Only records with every field of a key
empty are not held to it (both engines' indexes allow those), so a key never forces a value.
"""

from __future__ import annotations

from supasoft.core.fieldtypes.roles import is_derived, type_of
from supasoft.core.messages import Message
from supasoft.core.meta import FieldDef, ObjectDef, UniqueKeyDef

MAX_KEY_FIELDS = 8


def can_be_in_key(f: FieldDef) -> bool:
    """A stored, typed-in field whose type can be unique (no formulas, sources, files, long texts, ticks)."""
    kind = type_of(f)
    return kind.stored and kind.can_be_unique and not is_derived(f) and not f.is_virtual


def key_problems(obj: ObjectDef, fields: tuple[int, ...], *, ignore: int | None = None) -> list[Message]:
    """What is wrong with a key over these fields of the object (empty when it can be added)."""
    if not fields:
        return [Message("A unique key needs at least one field")]
    if len(fields) > MAX_KEY_FIELDS:
        return [Message("A unique key can have at most {count} fields", count=MAX_KEY_FIELDS)]
    problems: list[Message] = []
    by_id = {f.id: f for f in obj.fields}
    for fid in dict.fromkeys(fields):
        f = by_id.get(fid)
        if f is None:
            problems.append(Message("#{id} is not a field of {object}", id=fid, object=obj.name))
        elif not can_be_in_key(f):
            problems.append(Message("{name} cannot be part of a unique key", name=f.name))
        if fields.count(fid) > 1:
            problems.append(Message("{name} is listed {count} times", name=by_id[fid].name if fid in by_id else fid,
                                    count=fields.count(fid)))
    for key in obj.unique_keys:
        if key.id != ignore and set(key.fields) == set(fields):
            problems.append(Message("The unique key {name!r} already covers these fields", name=key.name))
    return problems


def keys_with_field(obj: ObjectDef, field_id: int) -> list[UniqueKeyDef]:
    """The object's unique keys that include the field."""
    return [key for key in obj.unique_keys if field_id in key.fields]


def key_field_names(obj: ObjectDef, key: UniqueKeyDef) -> str:
    """'Order, Product': the key's fields as users name them."""
    return ", ".join(f.name for fid in key.fields for f in obj.fields if f.id == fid)


def default_key_name(obj: ObjectDef, fields: tuple[int, ...]) -> str:
    """A name for a key the admin did not name: its fields joined with ' + '."""
    return " + ".join(f.name for fid in fields for f in obj.fields if f.id == fid)
