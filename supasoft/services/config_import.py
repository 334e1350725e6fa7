"""Import a whole configuration: show what will change, then apply the difference as live changes.

Objects and fields are matched by id (ids survive renames and travel with exported files), so a
structure prepared on one machine rolls out to others that were set up from the same lineage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from supasoft.core.errors import ConversionError
from supasoft.core.fieldtypes.roles import is_formula, is_long_text
from supasoft.core.meta import Configuration, FieldDef, ObjectDef, UniqueKeyDef
from supasoft.core.serialization import DocumentError
from supasoft.core.unique_keys import key_problems
from supasoft.services.config_check import MAX_ID, Origin, document_problems, foreign_id_problems
from supasoft.services.session import Session
from supasoft.services.structure_rules import check_field, check_object_names
from supasoft.storage.physical import is_stored


@dataclass
class Step:
    """One change: kind (create_object, drop_object, add_field, drop_field, retype_field, reshape_field, rename...), text."""

    kind: str
    text: str
    object_id: int
    field_id: int | None = None


@dataclass
class ImportPlan:
    steps: list[Step] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def describe(self) -> list[str]:
        lines = [f"  {s.text}" for s in self.steps]
        lines += [f"  (kept, use --allow-deletes to remove) {text}" for text in self.skipped]
        return (["Changes:"] + lines) if lines else ["The structure is already the same."]

    @property
    def destructive(self) -> bool:
        return any(s.kind in ("drop_object", "drop_field", "retype_field") for s in self.steps)


def _shape(f: FieldDef) -> tuple:
    """What decides the physical column of a field."""
    return (f.type, None if is_long_text(f) else f.length, f.precision, f.scale, f.target, f.result_type, f.source is None)


def plan_import(current: Configuration, incoming: Configuration, *, allow_deletes: bool = False) -> ImportPlan:
    """List the changes that turn current into incoming."""
    plan = ImportPlan()
    now = {o.id: o for o in current.objects}
    new = {o.id: o for o in incoming.objects}
    for oid, obj in new.items():
        if oid not in now:
            plan.steps.append(Step("create_object", f"create object {obj.name} ({len(obj.fields)} fields)", oid))
            continue
        old = now[oid]
        if (old.name, old.plural) != (obj.name, obj.plural):
            plan.steps.append(Step("rename", f"rename object {old.name} -> {obj.name}", oid))
        old_fields = {f.id: f for f in old.fields}
        for f in obj.fields:
            before = old_fields.get(f.id)
            if before is None:
                plan.steps.append(Step("add_field", f"add field {obj.name}.{f.name} ({f.type})", oid, f.id))
            elif _shape(before) != _shape(f):
                kind = "retype_field" if before.type != f.type or before.target != f.target else "reshape_field"
                plan.steps.append(Step(kind, f"change field {obj.name}.{f.name}: {before.type} -> {f.type}", oid, f.id))
            else:
                if before.name != f.name:
                    plan.steps.append(Step("rename", f"rename field {obj.name}.{before.name} -> {f.name}", oid, f.id))
                if (before.unique, before.indexed) != (f.unique, f.indexed):
                    plan.steps.append(Step("index", f"change index of {obj.name}.{f.name}", oid, f.id))
                elif before != f and before.name == f.name:
                    plan.steps.append(Step("options", f"change options of {obj.name}.{f.name}", oid, f.id))
        if old.unique_keys != obj.unique_keys:
            plan.steps.append(Step("unique_keys", f"change unique keys of {obj.name}", oid))
        incoming_fields = {x.id for x in obj.fields}
        for f in old.fields:
            if f.id not in incoming_fields:
                text = f"delete field {old.name}.{f.name}"
                if allow_deletes:
                    plan.steps.append(Step("drop_field", text, oid, f.id))
                else:
                    plan.skipped.append(text)
    for oid, obj in now.items():
        if oid not in new:
            text = f"delete object {obj.name}"
            if allow_deletes:
                plan.steps.append(Step("drop_object", text, oid))
            else:
                plan.skipped.append(text)
    other = [(a, b) for a, b in (("links", "link"), ("detail_sets", "detail set"), ("lists", "table"), ("cards", "card"))
             if getattr(current, a) != getattr(incoming, a)]
    for _attr, label in other:
        plan.steps.append(Step("metadata", f"update {label}s", 0))
    return plan


def merged(current: Configuration, incoming: Configuration, plan: ImportPlan) -> Configuration:
    """The structure after import: incoming, plus what deletes were not allowed to remove."""
    result = Configuration(version=current.version, next_id=max(current.next_id, incoming.next_id))
    keep_objects = {s.object_id for s in plan.steps if s.kind == "drop_object"}
    kept_fields = {s.field_id for s in plan.steps if s.kind == "drop_field"}
    by_id = {o.id: o for o in current.objects}
    for obj in incoming.objects:
        copy = ObjectDef(**{**obj.__dict__, "fields": [FieldDef(**f.__dict__) for f in obj.fields]})
        if obj.id in by_id:
            present = {f.id for f in copy.fields}
            copy.fields += [FieldDef(**f.__dict__) for f in by_id[obj.id].fields if f.id not in present and f.id not in kept_fields]
        result.objects.append(copy)
    incoming_ids = {x.id for x in incoming.objects}
    result.objects += [ObjectDef(**{**o.__dict__, "fields": [FieldDef(**f.__dict__) for f in o.fields]})
                       for o in current.objects if o.id not in incoming_ids and o.id not in keep_objects]
    result.links, result.detail_sets = incoming.links, incoming.detail_sets
    result.lists, result.cards = incoming.lists, incoming.cards
    return result


def check_import(current: Configuration, incoming: Configuration, plan: ImportPlan) -> Configuration:
    """The structure the import would give, checked whole; DocumentError lists every problem with its JSON path."""
    problems = foreign_id_problems(current, incoming)
    in_use = [o.id for o in incoming.objects] + [f.id for o in incoming.objects for f in o.fields]
    in_use += [x.id for x in incoming.links] + [x.id for x in incoming.detail_sets] + [x.id for x in incoming.lists]
    highest = max((i for i in in_use if i < MAX_ID), default=0)
    if incoming.next_id <= highest:
        problems.append(("next_id", f"is {incoming.next_id}, but id {highest} is already in use; it must be above every id"))
    target = merged(current, incoming, plan)
    problems += [p for p in document_problems(target, Origin.of(incoming)) if p not in problems]
    problems += unique_key_problems(target)
    if problems:
        raise DocumentError(problems)
    _fill_result_types(target)
    return target


def unique_key_problems(config: Configuration) -> list[tuple[str, str]]:
    """Keys over fields that are missing or cannot be unique, or repeated, with their JSON paths."""
    problems = []
    for i, obj in enumerate(config.objects):
        for j, key in enumerate(obj.unique_keys):
            problems += [(f"objects[{i}].unique_keys[{j}]", str(p)) for p in key_problems(obj, key.fields, ignore=key.id)]
    return problems


def _keys_to_rebuild(old: ObjectDef | None, new: ObjectDef, plan: ImportPlan) -> tuple[list[UniqueKeyDef], list[UniqueKeyDef]]:
    """(keys to drop before the field steps, keys to build after them): changed keys, and those over moved columns."""
    moved = {s.field_id for s in plan.steps if s.object_id == new.id and s.kind in ("retype_field", "reshape_field", "drop_field")}
    before = old.unique_keys if old is not None else []
    drop = [k for k in before if k not in new.unique_keys or moved & set(k.fields)]
    build = [k for k in new.unique_keys if k not in before or moved & set(k.fields)]
    return drop, build


def _fill_result_types(config: Configuration) -> None:
    """A formula without a declared result type gets the one its expression gives (it decides the column)."""
    from supasoft.core.formulas import compile_formula

    for obj in config.objects:
        for f in obj.fields:
            if is_formula(f) and f.result_type is None:
                f.result_type = compile_formula(f.formula or "", config, obj, self_field_id=f.id).result_type


def apply_import(session: Session, incoming: Configuration, plan: ImportPlan) -> None:
    """Check the whole result first (nothing changes on any problem), then apply the plan in one structure
    change (with a backup first when data could be lost)."""
    from supasoft.services.type_change import Converter, move_values

    configuration = session.configuration
    current = configuration.config
    target = check_import(current, incoming, plan)
    for obj in target.objects:
        check_object_names(target, obj.name, obj.plural, obj.id)
        for f in obj.fields:
            check_field(target, obj, f)
    old_objects = {o.id: o for o in current.objects}
    formulas_changed: set[int] = set()
    rebuilt = {o.id: _keys_to_rebuild(old_objects.get(o.id), o, plan) for o in target.objects}
    with configuration.change("import configuration", destructive=plan.destructive) as (draft, writer):
        for obj in target.objects:
            for key in rebuilt[obj.id][0]:
                writer.drop_key_index(old_objects[obj.id], key)
        for step in plan.steps:
            new_obj = next((o for o in target.objects if o.id == step.object_id), None)
            old_obj = old_objects.get(step.object_id)
            if step.kind == "create_object" and new_obj is not None:
                writer.create_object(new_obj)
                formulas_changed.add(new_obj.id)
            elif step.kind == "drop_object" and old_obj is not None:
                writer.drop_object(old_obj)
            elif step.kind == "add_field" and new_obj is not None:
                f = new_obj.field_by_id(step.field_id or 0)
                f.generation = 0
                writer.add_field(old_obj or new_obj, f)
                formulas_changed.add(new_obj.id)
            elif step.kind == "drop_field" and old_obj is not None:
                writer.drop_field(old_obj, old_obj.field_by_id(step.field_id or 0))
            elif step.kind in ("retype_field", "reshape_field") and new_obj is not None and old_obj is not None:
                before = old_obj.field_by_id(step.field_id or 0)
                after = new_obj.field_by_id(step.field_id or 0)
                report = move_values(writer, configuration.storage.ops, old_obj, before, after, Converter(before, after))
                if report.failures:
                    raise ConversionError(report, after.name)
                formulas_changed.add(new_obj.id)
            elif step.kind == "index" and new_obj is not None and old_obj is not None:
                writer.drop_index(old_obj, old_obj.field_by_id(step.field_id or 0))
                writer.create_index(new_obj, new_obj.field_by_id(step.field_id or 0))
            elif step.kind == "options" and new_obj is not None:
                formulas_changed.add(new_obj.id)
        for obj in target.objects:
            if obj.id in old_objects:
                old_fields = {f.id: f for f in old_objects[obj.id].fields}
                for f in obj.fields:
                    moved = any(s.field_id == f.id and s.kind in ("retype_field", "reshape_field", "add_field") for s in plan.steps)
                    if f.id in old_fields and not moved and is_stored(f):
                        f.generation = old_fields[f.id].generation
        for obj in target.objects:
            for key in rebuilt[obj.id][1]:
                writer.create_key_index(obj, key, target)
        draft.objects, draft.links, draft.detail_sets = target.objects, target.links, target.detail_sets
        draft.lists, draft.cards, draft.next_id = target.lists, target.cards, target.next_id
    for object_id in formulas_changed:
        obj = configuration.config.object_by_id(object_id)
        if any(is_formula(f) for f in obj.fields):
            session.records.formulas.recompute_all(object_id)
