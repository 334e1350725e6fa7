"""Unique keys of ConfigurationService: add and remove a key over one or more fields, with its unique index.

Adding a key over records that already share its values is refused with an example of them; nothing changes.
A field in a key cannot be deleted or given a type that cannot be unique until the key is removed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from supasoft.core.errors import NotFound, SchemaError
from supasoft.core.messages import Message, listing
from supasoft.core.meta import Configuration, FieldDef, ObjectDef, UniqueKeyDef
from supasoft.core.unique_keys import (
    can_be_in_key,
    default_key_name,
    key_field_names,
    key_problems,
    keys_with_field,
)
from supasoft.services.configuration_base import ChangePath, object_in
from supasoft.storage.schema_sync import SchemaWriter


class KeyChanges:
    """Adds and removes an object's unique keys (configure right, through the one change path)."""

    def __init__(self, path: ChangePath):
        self.path = path

    def add_key(self, object_id: int, field_ids: list[int] | tuple[int, ...], name: str = "") -> UniqueKeyDef:
        """Add a unique key over the fields (in this order) and build its index; refused over existing duplicates."""
        fields = tuple(field_ids)
        with self.path.change("add unique key") as (config, writer):
            obj = object_in(config, object_id)
            if problems := key_problems(obj, fields):
                raise SchemaError(Message("The unique key cannot be added: {problems}", problems=listing(problems)))
            key = UniqueKeyDef(config.new_id(), name.strip() or default_key_name(obj, fields), fields)
            obj.unique_keys.append(key)
            writer.create_key_index(obj, key, config)
        return key

    def remove_key(self, object_id: int, key_id: int) -> None:
        """Remove a unique key and its index (the records stay as they are)."""
        with self.path.change("remove unique key") as (config, writer):
            obj = object_in(config, object_id)
            key = key_in(obj, key_id)
            writer.drop_key_index(obj, key)
            obj.unique_keys.remove(key)


def key_in(obj: ObjectDef, key_id: int) -> UniqueKeyDef:
    for key in obj.unique_keys:
        if key.id == key_id:
            return key
    raise NotFound(Message("{object} has no unique key #{id}", object=obj.name, id=key_id))


def refuse_unkeyable(obj: ObjectDef, new: FieldDef) -> None:
    """A field in a key keeps a type that can be unique: SchemaError naming the keys to remove first."""
    keys = keys_with_field(obj, new.id)
    if keys and not can_be_in_key(new):
        names = ", ".join(f"{k.name!r} ({key_field_names(obj, k)})" for k in keys)
        raise SchemaError(Message("{name} is part of the unique key {keys}; remove the key before changing the field this way",
                                  name=new.name, keys=names))


@contextmanager
def keys_rebuilt(writer: SchemaWriter, config: Configuration, obj: ObjectDef, field_id: int) -> Iterator[None]:
    """Drop the indexes of the keys holding a field while its column moves, and build them again over the new column."""
    keys = keys_with_field(obj, field_id)
    for key in keys:
        writer.drop_key_index(obj, key)
    yield
    for key in keys:
        writer.create_key_index(obj, key, config)
