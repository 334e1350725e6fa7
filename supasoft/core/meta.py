"""The metadata model: what an admin builds in the Configurator, as plain dataclasses.

Everything refers to other things by integer id, so renaming never breaks a reference and
physical names (T_<id>, F_<id>) never carry user text. The whole configuration is one
versioned document (see core.serialization).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

OnDelete = Literal["refuse", "cascade", "clear"]
ON_DELETE_POLICIES: tuple[str, ...] = ("refuse", "cascade", "clear")

#: Path of a value reachable from an object: field ids, each but the last a reference field.
FieldPath = tuple[int, ...]


#: A numeric field's minimum or maximum: exact (Decimal) or whole (int); stored in documents as a number text.
Bound = Decimal | int

#: FieldDef attributes that hold per-type options (the stored shape); a type's options object reads them,
#: and options no attribute names live in FieldDef.extra (see core/fieldtypes/options.py).
OPTION_ATTRIBUTES: tuple[str, ...] = (
    "length", "precision", "scale", "minimum", "maximum", "target", "formula", "result_type", "choices", "max_bytes",
)


@dataclass
class FieldDef:
    """One field of an object: its type and options; stored as column F_<id> unless virtual.

    The option attributes (length ... max_bytes) are the stored shape of each type's options and stay flat,
    so every document and every `f.length` read keeps working; `field_types.get(f.type).options(f)` is the typed,
    validated view of the ones this field's type uses. Options of newer types go into `extra` (JSON values).
    """

    id: int
    name: str
    type: str
    length: int | None = None  # string-like types: max characters
    precision: int | None = None  # decimal/money: total digits
    scale: int | None = None  # decimal/money: digits after the point
    required: bool = False
    default: Any = None  # as the field type's storable value (JSON-friendly)
    unique: bool = False
    indexed: bool = False
    target: int | None = None  # reference: id of the external object
    formula: str | None = None  # formula: the expression text
    result_type: str | None = None  # formula: number, string, date, datetime or boolean
    source: FieldPath | None = None  # shown from a linked record: (reference field id, ..., field id)
    receiver: FieldPath | None = None  # copied here when the reference (first id) is picked
    choices: tuple[str, ...] = ()  # choice list labels, in order
    max_bytes: int | None = None  # file: size cap
    description: str = ""
    generation: int = 0  # bumped when a type change moves the values to a new column
    minimum: Bound | None = None  # numeric types: the smallest value allowed
    maximum: Bound | None = None  # numeric types: the largest value allowed
    extra: dict[str, Any] = field(default_factory=dict)  # options of types with no attribute above (rating: stars)

    @property
    def is_virtual(self) -> bool:
        """True when the value is not stored in this object's table (a source field)."""
        return self.source is not None


@dataclass
class UniqueKeyDef:
    """A unique key: no two records of the object hold the same values in all these fields (index ix_<object>_k<id>)."""

    id: int
    name: str
    fields: tuple[int, ...] = ()


@dataclass
class ObjectDef:
    """An object (Client, Deal...): a real table T_<id> with a numbered Code and user fields."""

    id: int
    name: str  # singular, e.g. "Client"
    plural: str  # e.g. "Clients"
    fields: list[FieldDef] = field(default_factory=list)
    code_prefix: str = ""
    code_width: int = 0
    display_field: int | None = None  # field id shown for references; None = the Code
    catalog: bool = False  # a simple lookup list (Order status, City...)
    order: int = 0  # position in the navigator
    unique_keys: list[UniqueKeyDef] = field(default_factory=list)  # written in documents only when there are some

    def field_by_id(self, field_id: int) -> FieldDef:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def field_by_name(self, name: str) -> FieldDef | None:
        """Find a field by its name, ignoring case and surrounding blanks."""
        wanted = name.strip().casefold()
        for f in self.fields:
            if f.name.casefold() == wanted:
                return f
        return None

    def format_code(self, number: int | None) -> str:
        """The Code as users see it, e.g. ORD-00042."""
        if number is None:
            return ""
        return f"{self.code_prefix}{number:0{self.code_width}d}" if self.code_width else f"{self.code_prefix}{number}"


@dataclass
class LinkDef:
    """A parent/child link: the child's reference field points at the parent record."""

    id: int
    child: int  # child object id
    parent: int  # parent object id
    field: int  # reference field id in the child object (its target is the parent)
    name: str  # the collection name seen from the parent, e.g. "Lines", "Contacts"
    on_delete: OnDelete = "refuse"


@dataclass
class DetailSetDef:
    """Child records edited inside the parent card as a grid (e.g. order lines)."""

    id: int
    link: int  # LinkDef id
    name: str
    columns: list[int] = field(default_factory=list)  # child field ids
    totals: list[int] = field(default_factory=list)  # child field ids summed below the grid


@dataclass
class Condition:
    """One filter condition: a field path, an operator and a value (may be {"$user": "me"})."""

    path: FieldPath
    op: str
    value: Any = None


@dataclass
class FilterGroup:
    """Conditions and nested groups joined by AND or OR."""

    mode: Literal["and", "or"] = "and"
    items: list[Condition | FilterGroup] = field(default_factory=list)


@dataclass
class SortKey:
    """Sort by a field path (() = Code), ascending unless descending."""

    path: FieldPath
    descending: bool = False


@dataclass
class ColumnDef:
    """A column of a list view: a field path (possibly through references) and a width."""

    path: FieldPath
    width: int | None = None
    title: str | None = None


@dataclass
class ListDef:
    """A table (list view) of an object: columns, default sort, saved filter."""

    id: int
    object: int
    name: str
    columns: list[ColumnDef] = field(default_factory=list)
    sort: list[SortKey] = field(default_factory=list)
    filter: FilterGroup | None = None
    shared: bool = True
    owner: int | None = None  # user id for personal views


LayoutKind = Literal["tabs", "tab", "group", "row", "column", "field", "detail_set", "children"]


@dataclass
class LayoutNode:
    """A node of a card layout tree: containers hold children, leaves reference a field/set/link."""

    kind: LayoutKind
    title: str = ""
    ref: int | None = None  # field id, detail set id or link id for leaves
    children: list[LayoutNode] = field(default_factory=list)
    label: Literal["beside", "above", "none"] = "beside"
    width: int | None = None
    read_only: bool = False
    hidden: bool = False


@dataclass
class CardDef:
    """The designed entry form of an object."""

    object: int
    root: LayoutNode = field(default_factory=lambda: LayoutNode("column"))


CONFIG_FORMAT = 1


@dataclass
class Configuration:
    """The whole structure: objects, links, detail sets, list views and cards; one document."""

    version: int = 0  # bumped on every structure change
    objects: list[ObjectDef] = field(default_factory=list)
    links: list[LinkDef] = field(default_factory=list)
    detail_sets: list[DetailSetDef] = field(default_factory=list)
    lists: list[ListDef] = field(default_factory=list)
    cards: list[CardDef] = field(default_factory=list)
    next_id: int = 1  # ids are unique across all kinds of definition
    format: int = CONFIG_FORMAT

    def new_id(self) -> int:
        """Allocate a fresh id (never reused, so physical names never collide)."""
        value = self.next_id
        self.next_id += 1
        return value

    def object_by_id(self, object_id: int) -> ObjectDef:
        for o in self.objects:
            if o.id == object_id:
                return o
        raise KeyError(object_id)

    def object_by_name(self, name: str) -> ObjectDef | None:
        """Find an object by singular or plural name, ignoring case."""
        wanted = name.strip().casefold()
        for o in self.objects:
            if wanted in (o.name.casefold(), o.plural.casefold()):
                return o
        return None

    def field_owner(self, field_id: int) -> ObjectDef:
        for o in self.objects:
            for f in o.fields:
                if f.id == field_id:
                    return o
        raise KeyError(field_id)

    def link_by_id(self, link_id: int) -> LinkDef:
        for link in self.links:
            if link.id == link_id:
                return link
        raise KeyError(link_id)

    def child_links(self, parent_id: int) -> list[LinkDef]:
        return [link for link in self.links if link.parent == parent_id]

    def parent_links(self, child_id: int) -> list[LinkDef]:
        return [link for link in self.links if link.child == child_id]

    def link_for_field(self, field_id: int) -> LinkDef | None:
        for link in self.links:
            if link.field == field_id:
                return link
        return None

    def detail_sets_of(self, parent_id: int) -> list[DetailSetDef]:
        ids = {link.id for link in self.child_links(parent_id)}
        return [d for d in self.detail_sets if d.link in ids]

    def lists_of(self, object_id: int) -> list[ListDef]:
        return [x for x in self.lists if x.object == object_id]

    def card_of(self, object_id: int) -> CardDef | None:
        for c in self.cards:
            if c.object == object_id:
                return c
        return None
