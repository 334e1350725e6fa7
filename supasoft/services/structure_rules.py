"""Checks on structure definitions (names, options) and where objects and fields are used."""

from __future__ import annotations

import unicodedata

from supasoft.core.errors import SchemaError, Use
from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.formula import FORMULA_SCALE
from supasoft.core.fieldtypes.number import MAX_PRECISION
from supasoft.core.fieldtypes.roles import (
    is_file,
    is_formula,
    is_long_text,
    is_text,
    is_user_link,
    link_target,
    links_object,
    result_kind,
    type_of,
)
from supasoft.core.messages import Message, listing, message_of
from supasoft.core.meta import Configuration, FieldDef, LayoutNode, ObjectDef
from supasoft.services.field_roles import holds_formula_result

MAX_NAME = 200
FORBIDDEN_IN_NAMES = set("{}[].")


def clean_name(raw: str, what: str) -> str:
    """A user-given name, trimmed; SchemaError when empty, too long, or using formula syntax characters."""
    name = unicodedata.normalize("NFC", str(raw or "")).strip()
    if not name:
        raise SchemaError(Message("The {what} needs a name", what=Message(what)))
    if len(name) > MAX_NAME:
        raise SchemaError(Message("The {what} name is {length} characters long; at most {limit} allowed",
                                  what=Message(what), length=len(name), limit=MAX_NAME))
    invisible = sorted({ch for ch in name if unicodedata.category(ch).startswith("C")})
    if invisible:  # control characters, lone surrogates, unassigned code points: unstorable or unseen
        shown = " ".join(f"U+{ord(ch):04X}" for ch in invisible)
        raise SchemaError(Message("The {what} name {name!r} may not contain invisible or invalid characters ({shown})",
                                  what=Message(what), name=name, shown=shown))
    bad = sorted({ch for ch in name if ch in FORBIDDEN_IN_NAMES})
    if bad:
        shown = " ".join(repr(ch) for ch in bad)
        raise SchemaError(Message("The {what} name {name!r} may not contain {shown} (they are used in formulas)",
                                  what=Message(what), name=name, shown=shown))
    return name


def check_object_names(config: Configuration, name: str, plural: str, own_id: int | None) -> None:
    for other in config.objects:
        if other.id == own_id:
            continue
        taken = {other.name.casefold(), other.plural.casefold()}
        for value in {name, plural}:
            if value.casefold() in taken:
                raise SchemaError(Message("An object named {name!r} already exists", name=value))


def check_field(config: Configuration, obj: ObjectDef, f: FieldDef) -> None:
    """SchemaError listing what is wrong or missing in a field definition."""
    f.name = clean_name(f.name, "field")
    if f.type not in field_types:
        raise SchemaError(Message("Unknown field type {type!r}", type=f.type))
    for other in obj.fields:
        if other.id != f.id and other.name.casefold() == f.name.casefold():
            raise SchemaError(Message("{object} already has a field named {name!r}", object=obj.name, name=f.name))
    if f.name.casefold() == "code":
        raise SchemaError(Message("'Code' is the automatic numbering field; choose another name"))
    problems = field_types.get(f.type).check_options(f)
    if (target := link_target(f)) is not None:
        try:
            config.object_by_id(target)
        except KeyError:
            problems.append(Message("points at an object that does not exist"))
    if f.unique and not type_of(f).can_be_unique:
        problems.append(Message("cannot be unique"))
    for label, path in (("source", f.source), ("receiver", f.receiver)):
        if path is not None:
            problems.extend(_check_path(config, obj, path, label))
    if f.source is not None and f.receiver is not None:
        problems.append(Message("cannot be both a source and a receiver"))
    if f.receiver is not None and not problems:
        problems.extend(_receiver_problems(config, obj, f))
    if f.source is not None and not problems:
        shown = _path_end(config, obj, f.source)
        if (shown.type, shown.target) != (f.type, f.target if links_object(f) else shown.target):
            problems.append(Message("shows {name} ({type}), so it must be a {type} field too, not {own}",
                                    name=shown.name, type=shown.type, own=f.type))
    if f.default is not None and not problems and type_of(f).takes_default:
        ft = field_types.get(f.type)
        try:
            value = ft.from_json(f.default, f)
            problem = None if value is None else ft.validate(value, f)
        except (ValueError, TypeError) as exc:
            problem = message_of(exc)
        if problem:
            problems.append(Message("the default {default!r} {problem}", default=f.default, problem=problem))
    if problems:
        raise SchemaError(Message("Field {name!r}: {problems}", name=f.name, problems=listing(problems)))


def _check_path(config: Configuration, obj: ObjectDef, path: tuple[int, ...], label: str) -> list[str]:
    """A source/receiver path: reference field(s) of this object, then a field of the referenced object."""
    if len(path) < 2:
        return [Message("{label} needs a reference field and a field of the referenced record", label=Message(label))]
    current = obj
    for field_id in path[:-1]:
        try:
            ref = current.field_by_id(field_id)
        except KeyError:
            return [Message("{label} goes through a field that does not exist", label=Message(label))]
        target = link_target(ref)
        if target is None:
            return [Message("{label} must go through a reference field ({name} is not one)", label=Message(label), name=ref.name)]
        try:
            current = config.object_by_id(target)
        except KeyError:
            return [Message("{label} goes through {name}, which points at an object that does not exist",
                            label=Message(label), name=ref.name)]
    try:
        current.field_by_id(path[-1])
    except KeyError:
        return [Message("{label} names a field that does not exist in {object}", label=Message(label), object=current.name)]
    return []


def _path_end(config: Configuration, obj: ObjectDef, path: tuple[int, ...]) -> FieldDef:
    """The field a checked path ends at."""
    current = obj
    for field_id in path[:-1]:
        current = config.object_by_id(current.field_by_id(field_id).target)  # type: ignore[arg-type]
    return current.field_by_id(path[-1])


def _receiver_problems(config: Configuration, obj: ObjectDef, f: FieldDef) -> list[str]:
    """A receiver gets the picked record's value as it is, so it must hold every value of that field."""
    if is_formula(f) or is_file(f) or is_user_link(f):
        return [Message("a {type} field cannot be a receiver", type=f.type)]
    src = _path_end(config, obj, f.receiver or ())
    names = {"name": src.name, "type": src.type}
    if is_formula(src):
        kind = result_kind(src)
        ok = holds_formula_result(type_of(f), kind)
        if ok and type_of(f).has_scale:  # a formula's number has 18 digits, 4 after the point
            number = field_types.get(f.type)
            scale = FORMULA_SCALE if src.scale is None else src.scale
            ok = number.precision_of(f) >= MAX_PRECISION and number.scale_of(f) >= scale  # type: ignore[attr-defined]
        return [] if ok else [Message("receives {name} ({type} giving a {kind}), which this {own} field cannot hold",
                                      **names, kind=kind, own=f.type)]
    if src.type != f.type:
        if is_long_text(f) and is_text(src):
            return []
        return [Message("receives {name} ({type}), which this {own} field cannot hold", **names, own=f.type)]
    ft = field_types.get(f.type)
    if hasattr(ft, "max_length") and ft.max_length(f) < ft.max_length(src):
        return [Message("receives {name} ({type}, up to {length} characters), but holds only {own}",
                        **names, length=ft.max_length(src), own=ft.max_length(f))]
    if hasattr(ft, "precision_of"):
        whole = ft.precision_of(f) - ft.scale_of(f) < ft.precision_of(src) - ft.scale_of(src)
        if whole or ft.scale_of(f) < ft.scale_of(src):
            return [Message("receives {name} ({type} with {precision} digits, {scale} after the point), "
                            "but holds {own_precision} digits, {own_scale} after the point", **names,
                            precision=ft.precision_of(src), scale=ft.scale_of(src),
                            own_precision=ft.precision_of(f), own_scale=ft.scale_of(f))]
    if type_of(f).has_choices and not {c.casefold() for c in src.choices} <= {c.casefold() for c in f.choices}:
        return [Message("receives {name} ({type}), but lacks some of its choices", **names)]
    if links_object(f) and f.target != src.target:
        return [Message("receives {name} ({type}), which points at another object", **names)]
    return []


def _layout_refs(node: LayoutNode) -> list[LayoutNode]:
    found = [node]
    for child in node.children:
        found.extend(_layout_refs(child))
    return found


def uses_of_field(config: Configuration, field_id: int) -> list[Use]:
    """Every place a field is used: formulas, sources/receivers, links, lists, cards, detail sets."""
    owner = config.field_owner(field_id)
    owner.field_by_id(field_id)  # KeyError for an unknown field
    uses: list[Use] = []
    for obj in config.objects:
        for f in obj.fields:
            if f.id == field_id:
                continue
            if is_formula(f) and field_id in formula_reads(config, obj, f):
                uses.append(Use("formula", f"{obj.name}.{f.name}"))
            for label, path in (("source", f.source), ("receiver", f.receiver)):
                if path is not None and field_id in path:
                    uses.append(Use(label, f"{obj.name}.{f.name}"))
    uses += [Use("unique key", key.name) for key in owner.unique_keys if field_id in key.fields]
    for link in config.links:
        if link.field == field_id:
            uses.append(Use("link", link.name))
    for lst in config.lists:
        paths = [c.path for c in lst.columns] + [s.path for s in lst.sort]
        if any(field_id in p for p in paths):
            uses.append(Use("table", lst.name))
    for card in config.cards:
        if any(n.kind == "field" and n.ref == field_id for n in _layout_refs(card.root)):
            uses.append(Use("card", config.object_by_id(card.object).name))
    for ds in config.detail_sets:
        if field_id in ds.columns or field_id in ds.totals:
            uses.append(Use("detail set", ds.name))
    return uses


def formula_reads(config: Configuration, obj: ObjectDef, f: FieldDef) -> set[int]:
    """Every field id a formula reads: along reference paths and through child collections (and their links)."""
    from supasoft.core.formulas import FormulaError, compile_formula

    try:
        compiled = compile_formula(f.formula or "", config, obj, self_field_id=f.id)
    except FormulaError:
        return set()  # a formula that no longer compiles reads nothing we can name
    reads = {field_id for path in compiled.dependencies for field_id in path}
    for collection in compiled.collections:
        reads.add(config.link_by_id(collection.link_id).field)
        if collection.field_id is not None:
            reads.add(collection.field_id)
    return reads


def uses_of_object(config: Configuration, object_id: int) -> list[Use]:
    """Where an object is used by other objects: reference fields pointing at it and links."""
    uses: list[Use] = []
    for obj in config.objects:
        if obj.id == object_id:
            continue
        for f in obj.fields:
            if link_target(f) == object_id:
                uses.append(Use("reference", f"{obj.name}.{f.name}"))
    for link in config.links:
        if object_id in (link.parent, link.child):
            other = link.child if link.parent == object_id else link.parent
            if other != object_id:
                uses.append(Use("link", f"{link.name} ({config.object_by_id(other).name})"))
    return uses
