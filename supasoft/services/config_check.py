"""A whole structure document checked at once, before anything changes: ids, references, formulas, cycles.

Every problem is listed with its JSON path in the document (`objects[2].fields[5].formula: ...`), so a
configuration import can refuse a file in one message and `check` can report a stored structure that a
tool left inconsistent. Elements kept from the database (not in the imported file) are named instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from supasoft.core.errors import SchemaError
from supasoft.core.meta import Configuration, FieldDef, LayoutNode, ObjectDef
from supasoft.core.serialization import DocumentError
from supasoft.services.structure_rules import check_field, clean_name

MAX_ID = 2**31 - 1  # ids land in INTEGER columns (sys_* tables) and in physical names t_<id>, f_<id>
MAX_GENERATION = 9999  # keeps ix_<object>_<field>_<generation>_d within Firebird's 31-character names
MAX_CODE_WIDTH = 18
MAX_CODE_PREFIX = 100
MAX_LAYOUT_DEPTH = 50
MAX_OBJECTS = 2000
MAX_FIELDS = 1000  # per object: SQLite tables hold at most 2000 columns (type changes add one for a while)
LEAF_KINDS = ("field", "detail_set", "children")

Problem = tuple[str, str]


@dataclass
class Origin:
    """How many objects (and fields of each) come from the file; the rest were kept from the database."""

    objects: int
    fields: dict[int, int]

    @classmethod
    def of(cls, incoming: Configuration) -> Origin:
        return cls(len(incoming.objects), {o.id: len(o.fields) for o in incoming.objects})

    def obj(self, i: int, obj: ObjectDef) -> str:
        return f"objects[{i}]" if i < self.objects else f"(kept in the database) object {obj.name!r}"

    def field(self, i: int, obj: ObjectDef, j: int, f: FieldDef) -> str:
        if i < self.objects and j < self.fields.get(obj.id, 0):
            return f"objects[{i}].fields[{j}]"
        return f"(kept in the database) field {obj.name}.{f.name}"


def document_problems(config: Configuration, origin: Origin | None = None) -> list[Problem]:
    """Every problem of a structure document (empty = consistent)."""
    return _Checker(config, origin or Origin.of(config)).run()


def check_document(config: Configuration, origin: Origin | None = None) -> None:
    """DocumentError listing every problem of the document, if it has any."""
    problems = document_problems(config, origin)
    if problems:
        raise DocumentError(problems)


def foreign_id_problems(current: Configuration, incoming: Configuration) -> list[Problem]:
    """Ids of the file that mean something else in this database (another kind, or a field of another object)."""
    here = dict(_kinds(current))
    problems: list[Problem] = []
    for path, kind, id_, owner in _kinds_with_paths(incoming):
        known = here.get(id_)
        if known is None:
            continue
        if known[0] != kind:
            problems.append((f"{path}.id", f"id {id_} is a {known[0]} in this database, not a {kind}"))
        elif kind == "field" and known[1] != owner:
            problems.append((f"{path}.id", f"field {id_} belongs to another object in this database"))
    return problems


def _kinds(config: Configuration) -> Iterator[tuple[int, tuple[str, int | None]]]:
    for _path, kind, id_, owner in _kinds_with_paths(config):
        yield id_, (kind, owner)


def _kinds_with_paths(config: Configuration) -> Iterator[tuple[str, str, int, int | None]]:
    for i, obj in enumerate(config.objects):
        yield f"objects[{i}]", "object", obj.id, None
        for j, f in enumerate(obj.fields):
            yield f"objects[{i}].fields[{j}]", "field", f.id, obj.id
    for i, link in enumerate(config.links):
        yield f"links[{i}]", "link", link.id, None
    for i, ds in enumerate(config.detail_sets):
        yield f"detail_sets[{i}]", "detail set", ds.id, None
    for i, lst in enumerate(config.lists):
        yield f"lists[{i}]", "table", lst.id, None


class _Checker:
    def __init__(self, config: Configuration, origin: Origin):
        self.c = config
        self.origin = origin
        self.problems: list[Problem] = []
        self.objects = {o.id: o for o in config.objects}
        self.links = {link.id: link for link in config.links}
        self.ids_ok = True
        self.source_loop = False  # list paths and formulas follow sources: skip them when sources loop

    def add(self, path: str, message: str) -> None:
        self.problems.append((path, message))

    def run(self) -> list[Problem]:
        if not self.sizes():  # checked first: the other checks would take minutes on a huge hostile file
            return self.problems
        self.ids()
        if not self.ids_ok:  # references cannot be resolved reliably on top of broken ids
            return self.problems
        self.objects_and_fields()
        self.source_cycles()
        self.link_checks()
        self.detail_sets()
        self.formulas()
        self.lists()
        self.cards()
        return self.problems

    def sizes(self) -> bool:
        if len(self.c.objects) > MAX_OBJECTS:
            self.add("objects", f"{len(self.c.objects)} objects; at most {MAX_OBJECTS} allowed")
        for i, obj in enumerate(self.c.objects[:MAX_OBJECTS]):
            if len(obj.fields) > MAX_FIELDS:
                self.add(f"{self.origin.obj(i, obj)}.fields", f"{len(obj.fields)} fields; at most {MAX_FIELDS} per object allowed")
        return not self.problems

    # --- ids -------------------------------------------------------------------------------------
    def ids(self) -> None:
        seen: dict[int, str] = {}
        highest = 0
        for i, obj in enumerate(self.c.objects):
            entries = [(self.origin.obj(i, obj), obj.id)]
            entries += [(self.origin.field(i, obj, j, f), f.id) for j, f in enumerate(obj.fields)]
            for path, id_ in entries:
                highest = max(highest, self._id(path, id_, seen))
        for name, items in (("links", self.c.links), ("detail_sets", self.c.detail_sets), ("lists", self.c.lists)):
            for i, item in enumerate(items):
                highest = max(highest, self._id(f"{name}[{i}]", item.id, seen))
        if not 1 <= self.c.next_id <= MAX_ID:
            self.add("next_id", f"must be between 1 and {MAX_ID}, not {self.c.next_id}")
        elif self.c.next_id <= highest:
            self.add("next_id", f"is {self.c.next_id}, but id {highest} is already in use; it must be above every id")
        if self.c.version < 0:
            self.add("version", "must not be negative")

    def _id(self, path: str, id_: int, seen: dict[int, str]) -> int:
        if not 1 <= id_ < MAX_ID:
            self.add(f"{path}.id", f"must be between 1 and {MAX_ID - 1}, not {id_}")
            self.ids_ok = False
            return 0
        if id_ in seen:
            self.add(f"{path}.id", f"id {id_} is used twice (also at {seen[id_]})")
            self.ids_ok = False
        seen.setdefault(id_, path)
        return id_

    # --- objects and fields ------------------------------------------------------------------------
    def objects_and_fields(self) -> None:
        names: dict[str, str] = {}
        for i, obj in enumerate(self.c.objects):
            where = self.origin.obj(i, obj)
            for key in ("name", "plural"):
                try:
                    value = clean_name(getattr(obj, key), "object")
                except SchemaError as exc:
                    self.add(f"{where}.{key}", str(exc))
                    continue
                folded = value.casefold()
                if folded in names and names[folded] != where:
                    self.add(f"{where}.{key}", f"an object named {value!r} already exists ({names[folded]})")
                names.setdefault(folded, where)
            if len(obj.code_prefix) > MAX_CODE_PREFIX:
                self.add(f"{where}.code_prefix", f"is longer than {MAX_CODE_PREFIX} characters")
            if not 0 <= obj.code_width <= MAX_CODE_WIDTH:
                self.add(f"{where}.code_width", f"must be between 0 and {MAX_CODE_WIDTH}")
            if obj.display_field is not None and all(f.id != obj.display_field for f in obj.fields):
                self.add(f"{where}.display_field", f"field {obj.display_field} is not a field of {obj.name}")
            for j, f in enumerate(obj.fields):
                self.field(self.origin.field(i, obj, j, f), obj, f)

    def field(self, where: str, obj: ObjectDef, f: FieldDef) -> None:
        if not 0 <= f.generation <= MAX_GENERATION:
            self.add(f"{where}.generation", f"must be between 0 and {MAX_GENERATION}")
        if f.type == "formula" and f.scale is not None and not 0 <= f.scale <= 10:
            self.add(f"{where}.scale", "must be between 0 and 10")
        if f.max_bytes is not None and f.max_bytes < 1:
            self.add(f"{where}.max_bytes", "must be positive")
        if f.type == "reference" and f.target is None:
            self.add(f"{where}.target", "a reference needs the object it points at")
        for key in ("source", "receiver"):
            path = getattr(f, key)
            if path is not None and not self._path_exists(obj, path):
                self.add(f"{where}.{key}", "goes through a field that does not exist or is not a reference")
        probe = FieldDef(**f.__dict__)
        try:
            check_field(self.c, obj, probe)
        except SchemaError as exc:
            self.add(where, str(exc))

    def _path_exists(self, obj: ObjectDef, path: tuple[int, ...]) -> bool:
        current: ObjectDef | None = obj
        for depth, field_id in enumerate(path):
            f = _field_of(current, field_id)
            if f is None:
                return False
            if depth < len(path) - 1:
                if f.type != "reference" or f.target not in self.objects:
                    return False
                current = self.objects[f.target]
        return True

    def source_cycles(self) -> None:
        """A source field shows another record's field; following sources (at any step of their paths) must end."""
        sources = {f.id: f for o in self.c.objects for f in o.fields if f.source is not None}
        reads = {fid: [x for x in f.source or () if x in sources] for fid, f in sources.items()}
        for i, obj in enumerate(self.c.objects):
            for j, f in enumerate(obj.fields):
                if f.source is None:
                    continue
                todo, seen = list(reads[f.id]), set()
                while todo:
                    nxt = todo.pop()
                    if nxt == f.id:
                        self.add(f"{self.origin.field(i, obj, j, f)}.source", f"reads itself through source fields ({f.name})")
                        self.source_loop = True
                        break
                    if nxt not in seen:
                        seen.add(nxt)
                        todo.extend(reads[nxt])

    # --- links and detail sets ---------------------------------------------------------------------
    def link_checks(self) -> None:
        by_field: dict[int, str] = {}
        names: dict[tuple[int, str], str] = {}
        for i, link in enumerate(self.c.links):
            where = f"links[{i}]"
            child, parent = self.objects.get(link.child), self.objects.get(link.parent)
            if child is None:
                self.add(f"{where}.child", f"object {link.child} does not exist")
            if parent is None:
                self.add(f"{where}.parent", f"object {link.parent} does not exist")
            if child is not None:
                f = _field_of(child, link.field)
                if f is None:
                    self.add(f"{where}.field", f"field {link.field} is not a field of {child.name}")
                elif f.type != "reference" or f.target != link.parent or f.source is not None:
                    self.add(f"{where}.field", f"{child.name}.{f.name} is not a reference to the parent object")
                elif link.field in by_field:
                    self.add(f"{where}.field", f"the reference is already used by {by_field[link.field]}")
                by_field.setdefault(link.field, where)
            try:
                name = clean_name(link.name, "link").casefold()
            except SchemaError as exc:
                self.add(f"{where}.name", str(exc))
                continue
            if (link.parent, name) in names:
                self.add(f"{where}.name", f"the parent already has a link named {link.name!r} ({names[(link.parent, name)]})")
            names.setdefault((link.parent, name), where)

    def detail_sets(self) -> None:
        for i, ds in enumerate(self.c.detail_sets):
            where = f"detail_sets[{i}]"
            link = self.links.get(ds.link)
            if link is None:
                self.add(f"{where}.link", f"link {ds.link} does not exist")
                continue
            try:
                clean_name(ds.name, "detail set")
            except SchemaError as exc:
                self.add(f"{where}.name", str(exc))
            child = self.objects.get(link.child)
            for key in ("columns", "totals"):
                for k, field_id in enumerate(getattr(ds, key)):
                    if child is None or _field_of(child, field_id) is None:
                        self.add(f"{where}.{key}[{k}]", f"field {field_id} is not a field of the link's child object")

    # --- formulas ----------------------------------------------------------------------------------
    def formulas(self) -> None:
        from supasoft.core.formulas import FormulaError, compile_formula, dependency_order

        if self.source_loop:
            return  # formulas read through source fields; a loop there is reported already
        for i, obj in enumerate(self.c.objects):
            compiled = {}
            paths = {}
            for j, f in enumerate(obj.fields):
                if f.type != "formula" or not isinstance(f.formula, str) or not f.formula.strip():
                    continue
                where = self.origin.field(i, obj, j, f)
                paths[f.id] = where
                try:
                    result = compile_formula(f.formula, self.c, obj, self_field_id=f.id)
                except FormulaError as exc:
                    self.add(f"{where}.formula", str(exc))
                    continue
                except (KeyError, RecursionError):
                    self.add(f"{where}.formula", "reads a field that cannot be resolved")
                    continue
                compiled[f.id] = result
                if f.result_type is not None and result.result_type != f.result_type:
                    self.add(f"{where}.result_type", f"is {f.result_type!r}, but the formula gives {result.result_type!r}")
            if not compiled:
                continue
            try:
                dependency_order(compiled, self.c, obj)
            except FormulaError as exc:
                first = exc.field_ids[0] if getattr(exc, "field_ids", None) else next(iter(compiled))
                self.add(f"{paths[first]}.formula", str(exc))
            self._self_aggregates(obj, compiled, paths)

    def _self_aggregates(self, obj: ObjectDef, compiled: dict, paths: dict[int, str]) -> None:
        for fid, message in self_aggregates(self.c, obj, compiled).items():
            self.add(f"{paths[fid]}.formula", message)

    # --- lists and cards -----------------------------------------------------------------------------
    def lists(self) -> None:
        from supasoft.storage.query import QueryBuilder

        if self.source_loop:
            return
        physical = None
        for i, lst in enumerate(self.c.lists):
            where = f"lists[{i}]"
            obj = self.objects.get(lst.object)
            if obj is None:
                self.add(f"{where}.object", f"object {lst.object} does not exist")
                continue
            try:
                clean_name(lst.name, "table")
            except SchemaError as exc:
                self.add(f"{where}.name", str(exc))
            physical = physical or _TablesOnDemand(self.c)
            probe = QueryBuilder(self.c, physical, obj)  # type: ignore[arg-type]
            for key, items in (("columns", lst.columns), ("sort", lst.sort)):
                for k, item in enumerate(items):
                    problem = _resolves(probe, item.path)
                    if problem:
                        self.add(f"{where}.{key}[{k}].path", problem)
            if lst.filter is not None:
                try:
                    probe.where(lst.filter)
                except (SchemaError, KeyError, ValueError, TypeError, RecursionError) as exc:
                    self.add(f"{where}.filter", _message(exc))

    def cards(self) -> None:
        seen: dict[int, str] = {}
        for i, card in enumerate(self.c.cards):
            where = f"cards[{i}]"
            obj = self.objects.get(card.object)
            if obj is None:
                self.add(f"{where}.object", f"object {card.object} does not exist")
                continue
            if card.object in seen:
                self.add(f"{where}.object", f"{obj.name} already has a card ({seen[card.object]})")
            seen.setdefault(card.object, where)
            self._layout(f"{where}.root", obj, card.root, 0)

    def _layout(self, where: str, obj: ObjectDef, node: LayoutNode, depth: int) -> None:
        if depth > MAX_LAYOUT_DEPTH:
            self.add(where, f"the layout is nested more than {MAX_LAYOUT_DEPTH} levels deep")
            return
        if node.kind in LEAF_KINDS:
            ok = {
                "field": lambda ref: _field_of(obj, ref) is not None,
                "detail_set": lambda ref: any(d.id == ref and self.links.get(d.link) is not None
                                              and self.links[d.link].parent == obj.id for d in self.c.detail_sets),
                "children": lambda ref: ref in self.links and self.links[ref].parent == obj.id,
            }[node.kind]
            if node.ref is None or not ok(node.ref):
                what = {"field": "field of", "detail_set": "detail set of", "children": "link from"}[node.kind]
                self.add(f"{where}.ref", f"{node.ref} is not a {what} {obj.name}")
            if node.children:
                self.add(f"{where}.children", f"a {node.kind} holds no other elements")
            return
        for k, child in enumerate(node.children):
            self._layout(f"{where}.children[{k}]", obj, child, depth + 1)


class _TablesOnDemand:
    """The tables a list's paths reach, built when first asked for (building all of them cost 80% of a check)."""

    def __init__(self, config: Configuration):
        import sqlalchemy as sa

        self.objects = {o.id: o for o in config.objects}
        self.metadata = sa.MetaData()
        self.tables: dict[int, object] = {}

    def table(self, object_id: int) -> object:
        from supasoft.storage.physical import build_table

        if object_id not in self.tables:
            self.tables[object_id] = build_table(self.objects[object_id], self.metadata)
        return self.tables[object_id]


def self_aggregates(config: Configuration, obj: ObjectDef, compiled: dict) -> dict[int, str]:
    """Formulas (field id -> message) summing their own value over a link from the object to itself: each
    record's value would feed on its children's, which feed on theirs (the Configurator refuses them too)."""
    links = {link.id: link for link in config.links}
    reads = {fid: {p[0] for p in c.dependencies if len(p) == 1} for fid, c in compiled.items()}

    def closure(start: int) -> set[int]:
        found, todo = {start}, [start]
        while todo:
            for nxt in reads.get(todo.pop(), ()):
                if nxt not in found:
                    found.add(nxt)
                    todo.append(nxt)
        return found

    found: dict[int, str] = {}
    for fid, c in compiled.items():
        for collection in c.collections:
            link = links.get(collection.link_id)
            if link is None or link.child != obj.id or collection.field_id is None:
                continue
            if fid in closure(collection.field_id):
                found[fid] = f"aggregates its own value over the link {link.name!r} to the same object"
                break
    return found


def _field_of(obj: ObjectDef | None, field_id: int) -> FieldDef | None:
    if obj is None:
        return None
    return next((f for f in obj.fields if f.id == field_id), None)


def _resolves(probe: object, path: tuple[int, ...]) -> str | None:
    try:
        probe.resolve(tuple(path))  # type: ignore[attr-defined]
    except (SchemaError, KeyError, RecursionError) as exc:
        return _message(exc)
    return None


def _message(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"refers to {exc.args[0] if exc.args else 'something'} that does not exist"
    if isinstance(exc, RecursionError):
        return "goes round in a circle"
    return str(exc)


