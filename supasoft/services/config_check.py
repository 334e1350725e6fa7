"""A whole structure document checked at once, before anything changes: ids, references, formulas, cycles.

Every problem is listed with its JSON path in the document (`objects[2].fields[5].formula: ...`), so a
configuration import can refuse a file in one message and `check` can report a stored structure that a
tool left inconsistent. Elements kept from the database (not in the imported file) are named instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from supasoft.core.errors import SchemaError
from supasoft.core.fieldtypes.roles import is_formula, link_target, links_object
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.core.serialization import DocumentError
from supasoft.services.config_check_views import ViewChecks, field_of
from supasoft.services.structure_rules import check_field

MAX_ID = 2**31 - 1  # ids land in INTEGER columns (sys_* tables) and in physical names t_<id>, f_<id>
MAX_GENERATION = 9999  # keeps ix_<object>_<field>_<generation>_d within Firebird's 31-character names
MAX_CODE_WIDTH = 18
MAX_CODE_PREFIX = 100
MAX_OBJECTS = 2000
MAX_FIELDS = 1000  # per object: SQLite tables hold at most 2000 columns (type changes add one for a while)

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


class _Checker(ViewChecks):
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
                value = self.named(f"{where}.{key}", getattr(obj, key), "object")
                if value is None:
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
        if is_formula(f) and f.scale is not None and not 0 <= f.scale <= 10:
            self.add(f"{where}.scale", "must be between 0 and 10")
        if f.max_bytes is not None and f.max_bytes < 1:
            self.add(f"{where}.max_bytes", "must be positive")
        if links_object(f) and f.target is None:
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
            f = field_of(current, field_id)
            if f is None:
                return False
            if depth < len(path) - 1:
                target = link_target(f)
                if target is None or target not in self.objects:
                    return False
                current = self.objects[target]
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
                f = field_of(child, link.field)
                if f is None:
                    self.add(f"{where}.field", f"field {link.field} is not a field of {child.name}")
                elif link_target(f) != link.parent or f.source is not None:
                    self.add(f"{where}.field", f"{child.name}.{f.name} is not a reference to the parent object")
                elif link.field in by_field:
                    self.add(f"{where}.field", f"the reference is already used by {by_field[link.field]}")
                by_field.setdefault(link.field, where)
            cleaned = self.named(f"{where}.name", link.name, "link")
            if cleaned is None:
                continue
            name = cleaned.casefold()
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
            self.named(f"{where}.name", ds.name, "detail set")
            child = self.objects.get(link.child)
            for key in ("columns", "totals"):
                for k, field_id in enumerate(getattr(ds, key)):
                    if child is None or field_of(child, field_id) is None:
                        self.add(f"{where}.{key}[{k}]", f"field {field_id} is not a field of the link's child object")
