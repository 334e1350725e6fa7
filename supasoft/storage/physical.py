"""Metadata -> SQLAlchemy tables. Physical names come from ids only (t_<id>, f_<id>), never from user text."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import is_link, link_target
from supasoft.core.meta import Configuration, FieldDef, ObjectDef, UniqueKeyDef

SYSTEM_COLUMNS = ("id", "rec_code", "rec_version", "created_at", "created_by", "updated_at", "updated_by", "owner_id")


def table_name(object_id: int) -> str:
    return f"t_{object_id}"


def column_name(f: FieldDef) -> str:
    """The column of a field; a type change moves values to the next generation's column."""
    return f"f_{f.id}" if f.generation == 0 else f"f_{f.id}_{f.generation}"


def index_name(object_id: int, suffix: int | str) -> str:
    return f"ix_{object_id}_{suffix}"


def field_index_name(object_id: int, f: FieldDef) -> str:
    return index_name(object_id, f"{f.id}_{f.generation}" if f.generation else f.id)


def is_stored(f: FieldDef) -> bool:
    """Whether the field has a column of its own (source fields are shown from another record)."""
    return not f.is_virtual and field_types.get(f.type).stored


def needs_index(f: FieldDef) -> bool:
    return f.indexed or f.unique or is_link(f)


@dataclass(frozen=True)
class IndexSpec:
    """One index of an object's table, as the engine should have it."""

    name: str
    columns: tuple[str, ...]
    unique: bool = False
    descending: bool = False  # Firebird walks an index one way only: a descending sort needs its own


def sorts_by_index(f: FieldDef) -> bool:
    """Whether a sort on the field can read its index (a reference sorts by the target's text instead)."""
    return f.indexed and not f.unique and not is_link(f)


def field_indexes(object_id: int, f: FieldDef, kind: str) -> list[IndexSpec]:
    """The indexes of a field's column; non-unique ones end with id, the list's tie-break, so a sorted
    first page is read in index order instead of sorting the whole table."""
    if not (is_stored(f) and needs_index(f)):
        return []
    name, col = field_index_name(object_id, f), column_name(f)
    if f.unique:
        return [IndexSpec(name, (col,), unique=True)]
    specs = [IndexSpec(name, (col, "id"))]
    if kind == "firebird" and sorts_by_index(f):
        specs.append(IndexSpec(f"{name}_d", (col, "id"), descending=True))
    return specs


def code_indexes(object_id: int, kind: str) -> list[IndexSpec]:
    """Codes are unique; the list sorts by Code alone (no tie-break), so one index serves each direction."""
    specs = [IndexSpec(index_name(object_id, "code"), ("rec_code",), unique=True)]
    if kind == "firebird":
        specs.append(IndexSpec(index_name(object_id, "code_d"), ("rec_code",), descending=True))
    return specs


def key_index(obj: ObjectDef, key: UniqueKeyDef) -> IndexSpec:
    """The unique index of a unique key over its fields' columns (ix_<object>_k<key id>: within Firebird's 31 bytes)."""
    return IndexSpec(index_name(obj.id, f"k{key.id}"), tuple(column_name(obj.field_by_id(fid)) for fid in key.fields), unique=True)


def table_indexes(obj: ObjectDef, kind: str) -> list[IndexSpec]:
    """Every index an object's table should have on this engine."""
    fields = [spec for f in obj.fields for spec in field_indexes(obj.id, f, kind)]
    return code_indexes(obj.id, kind) + fields + [key_index(obj, key) for key in obj.unique_keys]


def field_column(f: FieldDef, *, name: str | None = None, with_fk: bool = True) -> sa.Column:
    """The column for a stored field; references carry a foreign key to the target's id."""
    args: list[object] = []
    if with_fk and link_target(f) is not None:
        args.append(sa.ForeignKey(f"{table_name(f.target)}.id"))
    return sa.Column(name or column_name(f), field_types.get(f.type).column_type(f), *args, nullable=True)


def system_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("rec_code", sa.BigInteger, nullable=False),
        sa.Column("rec_version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime),
        sa.Column("created_by", sa.Integer),
        sa.Column("updated_at", sa.DateTime),
        sa.Column("updated_by", sa.Integer),
        sa.Column("owner_id", sa.Integer),
    ]


def build_table(obj: ObjectDef, metadata: sa.MetaData) -> sa.Table:
    """The full table for an object (used to create it and to query it); its indexes are `table_indexes`."""
    columns = system_columns() + [field_column(f) for f in obj.fields if is_stored(f)]
    # AUTOINCREMENT: ids are never reused, so a record in the trash can always come back under its id.
    return sa.Table(table_name(obj.id), metadata, *columns, sqlite_autoincrement=True)


class PhysicalModel:
    """SQLAlchemy tables for one configuration version (rebuilt when the version changes)."""

    def __init__(self, config: Configuration):
        self.version = config.version
        self.metadata = sa.MetaData()  # foreign keys by name resolve lazily within it
        self.tables: dict[int, sa.Table] = {obj.id: build_table(obj, self.metadata) for obj in config.objects}

    def table(self, object_id: int) -> sa.Table:
        return self.tables[object_id]

    def column(self, obj: ObjectDef, f: FieldDef) -> sa.Column:
        return self.tables[obj.id].c[column_name(f)]
