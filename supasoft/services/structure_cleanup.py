"""What a removed field or object takes with it: uses in other fields, lists, cards, detail sets and links.

Plain functions on a draft structure inside ConfigurationService.change(); the caller has checked the
uses (or chosen cascade) and drops the object's own table itself.
"""

from __future__ import annotations

from supasoft.core.fieldtypes.roles import is_formula
from supasoft.core.meta import Configuration, FieldDef, LayoutNode, ObjectDef
from supasoft.services.structure_rules import formula_reads
from supasoft.storage.schema_sync import SchemaWriter
from supasoft.storage.structure_data import forget_field_history


def remove_field(config: Configuration, writer: SchemaWriter, obj: ObjectDef, f: FieldDef) -> None:
    """Drop a field with everything that uses it (the caller checked or chose cascade)."""
    for other in config.objects:
        for g in list(other.fields):
            if g.id == f.id or g not in other.fields:
                continue
            uses_path = any(p is not None and f.id in p for p in (g.source, g.receiver))
            if uses_path or (is_formula(g) and f.id in formula_reads(config, other, g)):
                remove_field(config, writer, other, g)  # cascade: what reads the field goes with it
    for lst in config.lists:
        lst.columns = [c for c in lst.columns if f.id not in c.path]
        lst.sort = [s for s in lst.sort if f.id not in s.path]
    for card in config.cards:
        prune_layout(card.root, f.id)
    for ds in config.detail_sets:
        ds.columns = [x for x in ds.columns if x != f.id]
        ds.totals = [x for x in ds.totals if x != f.id]
    for link in [link for link in config.links if link.field == f.id]:
        config.links.remove(link)
        config.detail_sets = [d for d in config.detail_sets if d.link != link.id]
    if obj.display_field == f.id:
        obj.display_field = None
    for key in [key for key in obj.unique_keys if f.id in key.fields]:  # cascade: a key without the field goes
        writer.drop_key_index(obj, key)
        obj.unique_keys.remove(key)
    writer.drop_field(obj, f)
    obj.fields.remove(f)
    forget_field_history(writer.conn, obj.id, f.id)


def remove_object_parts(config: Configuration, object_id: int) -> None:
    """Drop the links, detail sets, lists and cards of an object that is being deleted."""
    links = [link.id for link in config.links if object_id in (link.parent, link.child)]
    config.links = [link for link in config.links if link.id not in links]
    config.detail_sets = [d for d in config.detail_sets if d.link not in links]
    config.lists = [x for x in config.lists if x.object != object_id]
    config.cards = [c for c in config.cards if c.object != object_id]


def prune_layout(node: LayoutNode, field_id: int) -> None:
    """Remove a field's cells from a card layout tree."""
    node.children = [c for c in node.children if not (c.kind == "field" and c.ref == field_id)]
    for child in node.children:
        prune_layout(child, field_id)
