"""The parts of a structure document that read through the others: formulas, list paths and filters, card layouts.

A mixin of the whole-document check (config_check._Checker), run once ids, fields, sources and links are known
to be sound; `self_aggregates` is also the Configurator's rule for formulas.
"""

from __future__ import annotations

from typing import Protocol

from supasoft.core.errors import SchemaError
from supasoft.core.fieldtypes.roles import is_formula
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration, FieldDef, LayoutNode, LinkDef, ObjectDef
from supasoft.services.structure_rules import clean_name

MAX_LAYOUT_DEPTH = 50
LEAF_KINDS = ("field", "detail_set", "children")


class FieldPaths(Protocol):
    """Where a field is in the checked document (config_check.Origin): a JSON path, or a name when kept from the database."""

    def field(self, i: int, obj: ObjectDef, j: int, f: FieldDef) -> str: ...


class ViewChecks:
    """Formulas, lists and cards of the document being checked (the checker holds the attributes below)."""

    c: Configuration
    origin: FieldPaths
    objects: dict[int, ObjectDef]
    links: dict[int, LinkDef]
    source_loop: bool

    def named(self, path: str, name: str, kind: str) -> str | None:
        """The cleaned name, or None after recording why the name is refused at `path`."""
        try:
            return clean_name(name, kind)
        except SchemaError as exc:
            self.add(path, str(exc))
            return None

    def add(self, path: str, message: str) -> None:
        raise NotImplementedError

    # --- formulas ----------------------------------------------------------------------------------
    def formulas(self) -> None:
        from supasoft.core.formulas import FormulaError, compile_formula, dependency_order

        if self.source_loop:
            return  # formulas read through source fields; a loop there is reported already
        for i, obj in enumerate(self.c.objects):
            compiled = {}
            paths = {}
            for j, f in enumerate(obj.fields):
                if not is_formula(f) or not isinstance(f.formula, str) or not f.formula.strip():
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
        from supasoft.storage.tables_on_demand import TablesOnDemand

        if self.source_loop:
            return
        physical = None
        for i, lst in enumerate(self.c.lists):
            where = f"lists[{i}]"
            obj = self.objects.get(lst.object)
            if obj is None:
                self.add(f"{where}.object", f"object {lst.object} does not exist")
                continue
            self.named(f"{where}.name", lst.name, "table")
            physical = physical or TablesOnDemand(self.c)
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
                "field": lambda ref: field_of(obj, ref) is not None,
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
                found[fid] = Message("aggregates its own value over the link {name!r} to the same object", name=link.name)
                break
    return found


def field_of(obj: ObjectDef | None, field_id: int) -> FieldDef | None:
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


