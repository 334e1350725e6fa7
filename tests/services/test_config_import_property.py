"""Property test: a configuration import applies fully or changes nothing, and `check` agrees with the database.

Documents start from the exported empty structure and the exported Lite structure, and get random
mutations: valid ones (renames, new fields and objects, type, length and unique changes that may fail
on the demo data, deletes) and broken ones (duplicate, foreign, huge, string, negative ids, next id
too low, dangling links, detail sets, list paths, sources and card fields, receivers of another type,
source and formula cycles,
aggregates of a field over a link to its own object, bad formulas). Each is imported into an empty or
a Lite demo database; then

- a refused import left the stored document and the real tables/columns/indexes exactly as they were,
  and its one message names the JSON path of a broken part;
- an accepted import gave exactly the file's structure, and `check` finds nothing;
- a database that `check` calls clean opens again and saves a new record in every object.

A second property writes broken documents and physical damage directly (as a tool would), and checks
that `check` never calls clean a database that then fails to open or to save.

SQLite runs SUPASOFT_IMPORT_EXAMPLES (default 40, the same ones every run; setting it explores new ones)
examples per property; each Firebird driver runs SUPASOFT_IMPORT_FB_EXAMPLES (default 10): its DDL is slow.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from supasoft.core.errors import SupasoftError, ValidationError
from supasoft.core.meta import Configuration
from supasoft.core.serialization import configuration_from_json, configuration_to_json
from supasoft.services.config_import import apply_import, check_import, plan_import
from supasoft.services.integrity import check_database
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session

pytestmark = pytest.mark.all_backends

SQLITE_EXAMPLES = int(os.environ.get("SUPASOFT_IMPORT_EXAMPLES", "40"))
FB_EXAMPLES = int(os.environ.get("SUPASOFT_IMPORT_FB_EXAMPLES", "10"))


def _settings(backend: str) -> settings:
    return settings(
        max_examples=SQLITE_EXAMPLES if backend == "sqlite" else FB_EXAMPLES,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],  # no shrinking: minutes on this machine
        deadline=None,
        derandomize="SUPASOFT_IMPORT_EXAMPLES" not in os.environ,  # CI: the same examples every run; big runs explore
        database=None,
        suppress_health_check=list(HealthCheck),
    )


# --- databases ------------------------------------------------------------------------------------------
class Databases:
    """Fresh empty or Lite demo databases, copied from one template per backend and kind."""

    def __init__(self, backend: str, folder: Path, request: pytest.FixtureRequest):
        self.backend, self.folder, self.request = backend, folder, request
        self.templates: dict[str, Path] = {}
        self.made: list[Path] = []

    def fresh(self, kind: str) -> Path | str:
        if self.backend != "sqlite":
            url, file = self.request.getfixturevalue("firebird_databases").fresh(self.backend, kind)
            self.made.append(file)
            return url
        if kind not in self.templates:
            path = self.folder / f"template-{kind}.db"
            s = open_session(path)
            try:
                if kind == "lite":
                    from supasoft.services.setup import initialize

                    initialize(s, "lite", demo=True)
            finally:
                s.close()
            self.templates[kind] = path
        target = self.folder / f"db-{uuid.uuid4().hex[:10]}.db"
        shutil.copyfile(self.templates[kind], target)
        self.made.append(target)
        return target

    def drop(self) -> None:
        for path in self.made:
            path.unlink(missing_ok=True)
        self.made.clear()


@pytest.fixture
def databases(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Databases]:
    dbs = Databases(backend, tmp_path, request)
    yield dbs
    dbs.drop()


def exported(target: Path | str) -> dict[str, Any]:
    s = open_session(target)
    try:
        return json.loads(configuration_to_json(s.configuration.config))
    finally:
        s.close()


def physical(session: Session) -> dict[str, Any]:
    """Every object table with its columns (and types) and index names, as the engine reports them."""
    found: dict[str, Any] = {}
    with session.storage.connect() as conn:
        inspector = sa.inspect(conn)
        for table in sorted(t.lower() for t in inspector.get_table_names()):
            if not table.startswith("t_"):
                continue
            columns = sorted((c["name"].lower(), str(c["type"])) for c in inspector.get_columns(table))
            indexes = sorted((ix.get("name") or "").lower() for ix in inspector.get_indexes(table))
            found[table] = (columns, indexes)
    return found


# --- mutations ------------------------------------------------------------------------------------------
class Doc:
    """A plain configuration document being mutated; `bad` collects JSON paths that must be reported."""

    def __init__(self, doc: dict[str, Any], database_ids: dict[int, str]):
        self.doc = doc
        self.database_ids = database_ids
        self.bad: list[str] = []
        self.valid: list[str] = []
        self.original_targets = {f["id"]: f.get("target") for o in doc.get("objects", []) for f in o["fields"]}

    @property
    def retargeted(self) -> bool:
        """Whether a reference now points elsewhere than its column's foreign key (a tool edited the document)."""
        return any(f["type"] == "reference" and f.get("target") != self.original_targets.get(f["id"], f.get("target"))
                   for o in self.objects for f in o["fields"])

    @property
    def objects(self) -> list[dict[str, Any]]:
        return self.doc["objects"]

    def new_id(self) -> int:
        value = max(self.doc["next_id"], max(self.database_ids, default=0) + 1)
        self.doc["next_id"] = value + 1
        return value

    def elements(self) -> list[tuple[str, dict[str, Any]]]:
        """Every element with an id, where the document still has the shape for it."""
        found = []
        for i, obj in enumerate(self.objects if isinstance(self.objects, list) else []):
            found.append((f"objects[{i}]", obj))
            found += [(f"objects[{i}].fields[{j}]", f) for j, f in enumerate(obj["fields"])]
        for key in ("links", "detail_sets", "lists"):
            if isinstance(self.doc[key], list):
                found += [(f"{key}[{i}]", x) for i, x in enumerate(self.doc[key]) if isinstance(x, dict)]
        return found

    def fields_of(self, kinds: tuple[str, ...] | None = None) -> list[tuple[int, int, dict[str, Any]]]:
        return [(i, j, f) for i, o in enumerate(self.objects) for j, f in enumerate(o["fields"])
                if (kinds is None or f["type"] in kinds) and f.get("source") is None]

    def add_field(self, i: int, **options: Any) -> tuple[str, dict[str, Any]]:
        f = {"id": self.new_id(), "name": f"Extra {uuid.uuid4().hex[:6]}", "type": "string", "length": 50, **options}
        self.objects[i]["fields"].append(f)
        return f"objects[{i}].fields[{len(self.objects[i]['fields']) - 1}]", f


def unused(d: Doc) -> int:
    return max(d.doc["next_id"], max(d.database_ids, default=0)) + 1000


Mutation = Callable[[Doc, st.DataObject], None]


def m_duplicate_id(d: Doc, data: st.DataObject) -> None:
    items = d.elements()
    if len(items) < 2:
        return
    (path_a, a), (path_b, b) = data.draw(st.permutations(items))[:2]
    b["id"] = a["id"]
    d.bad.append(path_b)


def m_wild_id(d: Doc, data: st.DataObject) -> None:
    items = d.elements()
    if not items:
        return
    path, item = data.draw(st.sampled_from(items))
    item["id"] = data.draw(st.sampled_from([2**31 - 1, 2**31, 2**63, 10**30, 0, -1, -(2**40), "5", "x", 5.5, True, None, [1]]))
    d.bad.append(f"{path}.id")


def m_next_id_low(d: Doc, data: st.DataObject) -> None:
    ids = [item["id"] for _p, item in d.elements() if type(item.get("id")) is int]
    if not ids:
        d.doc["next_id"] = data.draw(st.sampled_from([0, -3, "7", 2**40]))
    else:
        d.doc["next_id"] = data.draw(st.sampled_from([max(ids), 1, 0, min(ids)]))
    d.bad.append("next_id")


def m_foreign_id(d: Doc, data: st.DataObject) -> None:
    """A new object whose id is a field (or link...) of the database."""
    foreign = [i for i, kind in d.database_ids.items() if kind != "object"]
    if not foreign:
        return
    id_ = data.draw(st.sampled_from(foreign))
    d.objects.append({"id": id_, "name": f"Foreign {uuid.uuid4().hex[:6]}", "plural": f"Foreigns {uuid.uuid4().hex[:6]}", "fields": []})
    d.bad.append(f"objects[{len(d.objects) - 1}]")


def m_dangling_link(d: Doc, data: st.DataObject) -> None:
    if not d.doc["links"]:
        return
    i = data.draw(st.integers(0, len(d.doc["links"]) - 1))
    key = data.draw(st.sampled_from(["field", "child", "parent"]))
    d.doc["links"][i][key] = unused(d)
    d.bad.append(f"links[{i}]")


def m_link_to_wrong_field(d: Doc, data: st.DataObject) -> None:
    """A link whose field is a plain (non-reference) field of the child."""
    if not d.doc["links"]:
        return
    i = data.draw(st.integers(0, len(d.doc["links"]) - 1))
    link = d.doc["links"][i]
    child = next(o for o in d.objects if o["id"] == link["child"])
    plain = [f for f in child["fields"] if f["type"] != "reference"]
    if not plain:
        return
    link["field"] = data.draw(st.sampled_from(plain))["id"]
    d.bad.append(f"links[{i}].field")


def m_dangling_detail_column(d: Doc, data: st.DataObject) -> None:
    if not d.doc["detail_sets"]:
        return
    i = data.draw(st.integers(0, len(d.doc["detail_sets"]) - 1))
    key = data.draw(st.sampled_from(["columns", "totals"]))
    d.doc["detail_sets"][i][key].append(unused(d))
    d.bad.append(f"detail_sets[{i}].{key}")


def m_dangling_list_path(d: Doc, data: st.DataObject) -> None:
    if not d.doc["lists"]:
        return
    i = data.draw(st.integers(0, len(d.doc["lists"]) - 1))
    lst = d.doc["lists"][i]
    key = data.draw(st.sampled_from(["columns", "sort"]))
    path = data.draw(st.sampled_from([[unused(d)], [next(iter(d.fields_of()))[2]["id"], unused(d)]]))
    if path[0] != unused(d):
        ref = next(f for f in d.fields_of() if f[2]["id"] == path[0])[2]
        if ref["type"] == "reference":  # a reference continues into its target: point past it instead
            path = [path[0], unused(d)]
    lst[key].append({"path": path} if key == "sort" else {"path": path, "width": None, "title": None})
    d.bad.append(f"lists[{i}].{key}")


def m_dangling_source(d: Doc, data: st.DataObject) -> None:
    fields = d.fields_of(("string", "integer", "date"))
    if not fields:
        return
    i, j, f = data.draw(st.sampled_from(fields))
    plain = [x["id"] for x in d.objects[i]["fields"] if x["type"] != "reference"]
    f["source"] = data.draw(st.sampled_from([[unused(d), unused(d) + 1], [plain[0], unused(d)], [unused(d)]]))
    d.bad.append(f"objects[{i}].fields[{j}]")


def m_bad_receiver(d: Doc, data: st.DataObject) -> None:
    """A receiver copying a value of another type (a date into an integer...)."""
    by_id = {o["id"]: o for o in d.objects}
    options = []
    for i, obj in enumerate(d.objects):
        refs = [f for f in obj["fields"] if f["type"] == "reference" and f.get("target") in by_id]
        for j, f in enumerate(obj["fields"]):
            if f["type"] in ("formula", "file", "user", "reference", "text") or f.get("source") is not None:
                continue
            for ref in refs:
                options += [(i, j, f, ref, g) for g in by_id[ref["target"]]["fields"]
                            if g["type"] not in (f["type"], "formula", "reference") and g.get("source") is None]
    if not options:
        return
    i, j, f, ref, g = data.draw(st.sampled_from(options))
    f["receiver"] = [ref["id"], g["id"]]
    d.bad.append(f"objects[{i}].fields[{j}]")


def m_source_cycle(d: Doc, data: st.DataObject) -> None:
    """A self reference and source fields that read themselves (directly or through each other)."""
    if not d.objects:
        return
    i = data.draw(st.integers(0, len(d.objects) - 1))
    _path, ref = d.add_field(i, type="reference", target=d.objects[i]["id"], length=None)
    path_a, a = d.add_field(i)
    if data.draw(st.booleans()):
        a["source"] = [ref["id"], a["id"]]
    else:
        _path_b, b = d.add_field(i)
        a["source"], b["source"] = [ref["id"], b["id"]], [ref["id"], a["id"]]
    d.bad.append(path_a)


def m_formula_cycle(d: Doc, data: st.DataObject) -> None:
    if not d.objects:
        return
    i = data.draw(st.integers(0, len(d.objects) - 1))
    path_a, a = d.add_field(i, type="formula", length=None, result_type="number")
    _path_b, b = d.add_field(i, type="formula", length=None, result_type="number")
    a["formula"], b["formula"] = f"{{{b['name']}}} + 1", f"{{{a['name']}}} * 2"
    d.bad.append(f"objects[{i}].fields")


def m_self_aggregate(d: Doc, data: st.DataObject) -> None:
    """A link from an object to itself and a formula summing its own value over it."""
    if not d.objects:
        return
    i = data.draw(st.integers(0, len(d.objects) - 1))
    obj = d.objects[i]
    _ref_path, ref = d.add_field(i, type="reference", target=obj["id"], length=None)
    name = f"Sub {uuid.uuid4().hex[:6]}"
    d.doc["links"].append({"id": d.new_id(), "child": obj["id"], "parent": obj["id"], "field": ref["id"], "name": name})
    path, total = d.add_field(i, type="formula", length=None, result_type="number")
    total["formula"] = f"1 + SUM({{{name}.{total['name']}}})"
    d.bad.append(f"{path}.formula")


def m_bad_formula(d: Doc, data: st.DataObject) -> None:
    if not d.objects:
        return
    i = data.draw(st.integers(0, len(d.objects) - 1))
    texts = ["{No such field} + 1", "1 +", "(((", "SUM(1)", "9^9^9^9", "NOSUCH(1)", "'a' - 2", "1 / ", "{" * 300]
    strings = [f["name"] for f in d.objects[i]["fields"] if f["type"] == "string" and f.get("source") is None]
    if strings:
        texts.append(f"{{{strings[0]}}} * 2")
    path, f = d.add_field(i, type="formula", length=None, result_type="number")
    f["formula"] = data.draw(st.sampled_from(texts))
    d.bad.append(f"{path}.formula")


def m_dangling_card(d: Doc, data: st.DataObject) -> None:
    if not d.doc["cards"]:
        return
    i = data.draw(st.integers(0, len(d.doc["cards"]) - 1))
    kind = data.draw(st.sampled_from(["field", "detail_set", "children"]))
    d.doc["cards"][i]["root"]["children"].append({"kind": kind, "ref": unused(d)})
    d.bad.append(f"cards[{i}].root")


def m_dangling_target(d: Doc, data: st.DataObject) -> None:
    refs = d.fields_of(("reference",))
    if not refs:
        return
    i, j, f = data.draw(st.sampled_from(refs))
    f["target"] = unused(d)
    d.bad.append(f"objects[{i}].fields[{j}]")


def m_retarget(d: Doc, data: st.DataObject) -> None:
    """A reference pointed at another existing object: a valid document, but not the table's foreign key."""
    refs = d.fields_of(("reference",))
    if not refs or len(d.objects) < 2:
        return
    i, j, f = data.draw(st.sampled_from(refs))
    others = [o["id"] for o in d.objects if o["id"] != f["target"]]
    f["target"] = data.draw(st.sampled_from(others))


def m_bad_shape(d: Doc, data: st.DataObject) -> None:
    key, value = data.draw(st.sampled_from([("objects", "x"), ("links", {}), ("lists", 5), ("next_id", "10"), ("cards", [3])]))
    d.doc[key] = value
    d.bad.append(key)


def m_bad_names(d: Doc, data: st.DataObject) -> None:
    fields = d.fields_of()
    if not fields:
        return
    i, j, f = data.draw(st.sampled_from(fields))
    others = [x["name"] for x in d.objects[i]["fields"] if x is not f]
    f["name"] = data.draw(st.sampled_from(["", "a.b", "{x}", "n" * 201, "Code", *others[:1]]))
    d.bad.append(f"objects[{i}].fields[{j}]")


# valid-looking changes: they apply fully, or fail as a whole on the data (a type or length change)
def v_rename_object(d: Doc, data: st.DataObject) -> None:
    if d.objects:
        obj = data.draw(st.sampled_from(d.objects))
        tag = uuid.uuid4().hex[:6]
        obj["name"], obj["plural"] = f"{obj['name']} {tag}", f"{obj['plural']} {tag}"
        d.valid.append("rename object")


def v_new_field(d: Doc, data: st.DataObject) -> None:
    if d.objects:
        i = data.draw(st.integers(0, len(d.objects) - 1))
        kind = data.draw(st.sampled_from(["string", "integer", "money", "date", "boolean", "text"]))
        options: dict[str, Any] = {"type": kind, "length": 40 if kind == "string" else None}
        options["indexed"] = kind != "text" and data.draw(st.booleans())
        d.add_field(i, **options)
        d.valid.append(f"new {kind} field")


def v_new_object(d: Doc, data: st.DataObject) -> None:
    tag = uuid.uuid4().hex[:6]
    obj = {"id": d.new_id(), "name": f"Thing {tag}", "plural": f"Things {tag}", "fields": []}
    d.objects.append(obj)
    d.add_field(len(d.objects) - 1, required=data.draw(st.booleans()))
    if len(d.objects) > 1:
        target = data.draw(st.sampled_from(d.objects[:-1]))
        d.add_field(len(d.objects) - 1, type="reference", target=target["id"], length=None)
    d.valid.append("new object")


def v_reshape(d: Doc, data: st.DataObject) -> None:
    fields = d.fields_of(("string", "integer"))
    if fields:
        _i, _j, f = data.draw(st.sampled_from(fields))
        if f["type"] == "string" and data.draw(st.booleans()):
            f["length"] = data.draw(st.sampled_from([3, 12, 250]))
        else:
            f["type"] = "integer" if f["type"] == "string" else "string"
            f["length"] = 60 if f["type"] == "string" else None
            f["unique"] = False
        d.valid.append("type or length change")


def v_unique(d: Doc, data: st.DataObject) -> None:
    """Unique over the demo data: refused as a whole where records share a value (Order status...)."""
    fields = d.fields_of(("string", "choice", "integer", "date", "phone"))
    if fields:
        _i, _j, f = data.draw(st.sampled_from(fields))
        f["unique"] = not f.get("unique")
        d.valid.append("unique flag")


def v_formula(d: Doc, data: st.DataObject) -> None:
    if d.objects:
        i = data.draw(st.integers(0, len(d.objects) - 1))
        numbers = [f["name"] for f in d.objects[i]["fields"] if f["type"] in ("integer", "money") and f.get("source") is None]
        text = f"{{{numbers[0]}}} * 2 + 1" if numbers else "2 + 3"
        d.add_field(i, type="formula", length=None, formula=text, result_type="number")
        d.valid.append("new formula")


def v_delete(d: Doc, data: st.DataObject) -> None:
    if d.doc["lists"] and data.draw(st.booleans()):
        d.doc["lists"].pop(data.draw(st.integers(0, len(d.doc["lists"]) - 1)))
        d.valid.append("delete a table")
    elif d.objects:
        i = data.draw(st.integers(0, len(d.objects) - 1))
        used = json.dumps({k: v for k, v in d.doc.items() if k != "objects"})
        free = [j for j, f in enumerate(d.objects[i]["fields"]) if str(f["id"]) not in used and f["type"] != "reference"]
        if free:
            d.objects[i]["fields"].pop(data.draw(st.sampled_from(free)))
            d.valid.append("delete a field")


BROKEN: list[Mutation] = [
    m_duplicate_id, m_wild_id, m_next_id_low, m_foreign_id, m_dangling_link, m_link_to_wrong_field,
    m_dangling_detail_column, m_dangling_list_path, m_dangling_source, m_bad_receiver, m_source_cycle, m_formula_cycle,
    m_self_aggregate, m_bad_formula, m_dangling_card, m_dangling_target, m_bad_shape, m_bad_names,
]
SHAPE_BREAKERS = (m_wild_id, m_bad_shape, m_next_id_low)
VALID: list[Mutation] = [v_rename_object, v_new_field, v_new_object, v_reshape, v_unique, v_formula, v_delete]


def database_ids(config: Configuration) -> dict[int, str]:
    ids = {o.id: "object" for o in config.objects}
    ids.update({f.id: "field" for o in config.objects for f in o.fields})
    ids.update({x.id: "link" for x in config.links})
    ids.update({x.id: "detail set" for x in config.detail_sets})
    ids.update({x.id: "table" for x in config.lists})
    return ids


# --- saving a record everywhere ------------------------------------------------------------------------------
_numbers = itertools.count(1)


def sample_value(session: Session, f: Any) -> Any:
    n = next(_numbers)
    tag = uuid.uuid4().hex[:8]
    by_type = {
        "string": tag[: max(1, min(f.length or 8, 8))], "text": tag, "email": f"{tag}@example.com",
        "url": f"https://example.com/{tag}", "phone": f"+48 {n % 1000:03d} {n // 1000 % 1000:03d} 1",
        "integer": n, "decimal": str(n % 1000), "money": str(n % 1000), "float": str(n % 1000),
        "date": f"2024-01-{n % 28 + 1:02d}", "datetime": f"2024-01-{n % 28 + 1:02d} 10:{n % 60:02d}",
        "boolean": True, "choice": f.choices[0] if f.choices else None,
    }
    if f.type == "reference" and f.target is not None:
        rows = session.records.list(f.target, ListQuery(limit=1))
        return rows[0].id if rows else None
    return by_type.get(f.type)


def save_everywhere(session: Session) -> None:
    """A new record in every object (targets of required references first), read back by its id."""
    config = session.configuration.config
    waiting = list(config.objects)
    for _round in range(len(waiting) + 1):
        later = []
        for obj in waiting:
            record = session.records.new(obj.id)
            for f in obj.fields:
                if (f.required or f.unique) and f.type not in ("formula", "file", "user") and f.source is None:
                    record.values[f.id] = sample_value(session, f)
            try:
                saved = session.records.save(record)
            except ValidationError:
                if not any(f.required and f.type == "reference" for f in obj.fields):
                    raise
                later.append(obj)  # its required reference's target has no record yet
                continue
            assert session.records.get(obj.id, saved.id).id == saved.id
        if not later or len(later) == len(waiting):
            assert not later, f"cannot save in {[o.name for o in later]}"
            return
        waiting = later


# --- the import property ---------------------------------------------------------------------------------------
def test_import_applies_fully_or_changes_nothing(backend: str, databases: Databases) -> None:
    bases = {kind: exported(databases.fresh(kind)) for kind in ("empty", "lite")}
    outcomes: dict[str, int] = {"applied": 0, "refused": 0, "refused as bad": 0}

    @_settings(backend)
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        target_kind = data.draw(st.sampled_from(["empty", "lite"]), label="database")
        doc_kind = data.draw(st.sampled_from(["empty", "lite"]), label="document")
        target = databases.fresh(target_kind)
        session = open_session(target)
        try:
            before_doc = json.loads(configuration_to_json(session.configuration.config))
            before_tables = physical(session)
            d = Doc(copy.deepcopy(bases[doc_kind]), database_ids(session.configuration.config))
            d.doc.pop("version", None)
            mutations = data.draw(st.lists(st.sampled_from(VALID + BROKEN), max_size=3), label="mutations")
            # valid changes first (a delete must not take away a broken part), shape breakers last (no ids left after them)
            for mutation in sorted(mutations, key=lambda m: (m is m_bad_shape, m in SHAPE_BREAKERS, m in BROKEN)):
                mutation(d, data)
            allow_deletes = data.draw(st.booleans(), label="allow deletes")
            outcome = import_text(session, json.dumps(d.doc), allow_deletes)
        finally:
            session.close()
        after_doc, session = exported(target), open_session(target)
        try:
            problems = check_database(session)
            if isinstance(outcome, SupasoftError):
                outcomes["refused"] += 1
                assert after_doc == before_doc, f"refused ({outcome}) but the structure changed"
                assert physical(session) == before_tables, f"refused ({outcome}) but the tables changed"
                if d.bad:
                    outcomes["refused as bad"] += 1
                    assert any(path in str(outcome) for path in d.bad), f"{outcome} names none of {d.bad}"
            else:
                assert not d.bad, f"accepted a document broken at {d.bad}"
                outcomes["applied"] += 1
                assert_applied(outcome, after_doc, allow_deletes)
            assert problems == [], problems  # every outcome leaves a consistent database...
            save_everywhere(session)  # ...which opens again and saves
        finally:
            session.close()
            databases.drop()

    run()
    print(f"\n{backend}: {outcomes}")
    assert outcomes["applied"] and outcomes["refused as bad"], outcomes


def import_text(session: Session, text: str, allow_deletes: bool) -> SupasoftError | Configuration:
    """The import as the CLI runs it: parse, plan, apply; the error, or the structure the file asked for."""
    try:
        incoming = configuration_from_json(text)
        plan = plan_import(session.configuration.config, incoming, allow_deletes=allow_deletes)
        expected = check_import(session.configuration.config, incoming, plan)
        if plan.steps:
            apply_import(session, incoming, plan)
        return expected
    except SupasoftError as exc:
        return exc


def assert_applied(expected: Configuration, after: dict[str, Any], allow_deletes: bool) -> None:
    """The stored structure is the one the import planned: objects, fields (name, type, options) and views."""
    plain = json.loads(configuration_to_json(expected))
    for key in ("links", "detail_sets", "lists", "cards"):
        assert after[key] == plain[key], key
    assert after["next_id"] == plain["next_id"]
    want = {o["id"]: o for o in plain["objects"]}
    have = {o["id"]: o for o in after["objects"]}
    assert set(want) == set(have)
    for oid, obj in want.items():
        for key in ("name", "plural", "display_field", "code_prefix", "code_width"):
            assert have[oid][key] == obj[key], (oid, key)
        fields = {f["id"]: f for f in have[oid]["fields"]}
        assert set(fields) == {f["id"] for f in obj["fields"]}
        for f in obj["fields"]:
            for key in ("name", "type", "length", "target", "formula", "source", "receiver", "unique", "indexed", "required"):
                assert fields[f["id"]][key] == f[key], (oid, f["id"], key)


# --- `check` against damage done by a tool --------------------------------------------------------------------
def damage_document(session: Session, d: Doc) -> None:
    """Store a document as a tool would, without the import's checks (it must still parse)."""
    config = configuration_from_json(json.dumps(d.doc))
    config.version = session.configuration.config.version
    with session.storage.begin() as conn:
        session.storage.save_configuration(conn, config, config.version)


def damage_tables(session: Session, data: st.DataObject) -> tuple[str, bool]:
    """Change the real tables behind the structure's back; returns what was done and whether it matters."""
    config = session.configuration.config
    objects = list(config.objects)
    kind = session.storage.kind
    obj = data.draw(st.sampled_from(objects))
    table = f"t_{obj.id}"
    # plain stored columns: a reference column holds a foreign key, which neither engine lets go by DROP
    stored = [f for f in obj.fields if f.source is None and f.type not in ("formula", "reference", "user")]
    choice = data.draw(st.sampled_from(["drop column", "extra column", "drop index", "counter", "drop table", "extra table"]))
    drop_kw = "DROP COLUMN" if kind == "sqlite" else "DROP"
    add_kw = "ADD COLUMN" if kind == "sqlite" else "ADD"
    with session.storage.connect() as conn:
        indexes = sorted(ix["name"] for ix in sa.inspect(conn).get_indexes(table) if (ix.get("name") or "").lower().startswith("ix_"))
    has_records = session.records.count(obj.id) > 0
    referenced = any(f.target == obj.id for o in objects for f in o.fields if o.id != obj.id)
    statements: list[str] = []
    matters = True
    if choice == "drop column" and stored:
        f = data.draw(st.sampled_from(stored))
        column = f"f_{f.id}" + (f"_{f.generation}" if f.generation else "")
        statements = [f"DROP INDEX {ix}" for ix in indexes if ix.lower().split("_")[2:3] == [str(f.id)]]
        statements.append(f"ALTER TABLE {table} {drop_kw} {column}")
    elif choice == "extra column":
        statements = [f"ALTER TABLE {table} {add_kw} f_{10**6} INTEGER"]
    elif choice == "drop index" and indexes:
        statements = [f"DROP INDEX {data.draw(st.sampled_from(indexes))}"]
    elif choice == "counter":
        statements = [f"DELETE FROM sys_counters WHERE object_id = {obj.id}"]
        matters = has_records  # with no record yet, a missing counter simply starts at 1
    elif choice == "drop table" and not referenced:
        statements = [f"DROP TABLE {table}"]
    else:
        statements = [f"CREATE TABLE t_{10**6} (id INTEGER)"]
    for statement in statements:
        with session.storage.begin() as conn:
            conn.exec_driver_sql(statement)
    return "; ".join(statements), matters


def opens_and_saves(target: Path | str) -> str | None:
    """None when the database opens and saves a record in every object, else what failed."""
    try:
        session = open_session(target)
    except Exception as exc:  # noqa: BLE001 - any failure counts
        return f"open: {exc!r}"
    try:
        save_everywhere(session)
        return None
    except Exception as exc:  # noqa: BLE001
        return f"save: {exc!r}"
    finally:
        session.close()


def test_check_clean_means_the_database_opens_and_saves(backend: str, databases: Databases) -> None:
    lite_doc = exported(databases.fresh("lite"))
    seen = {"clean": 0, "reported": 0}

    @_settings(backend)
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        target = databases.fresh("lite")
        session = open_session(target)
        try:
            what = data.draw(st.sampled_from(["tables", "document", "harmless document"]), label="damage")
            if what == "tables":
                done, must_report = damage_tables(session, data)
            else:
                d = Doc(copy.deepcopy(lite_doc), {})
                semantic = [m for m in BROKEN if m not in (m_wild_id, m_bad_shape, m_duplicate_id, m_foreign_id)]
                mutations = [*semantic, m_retarget] if what == "document" else [v_rename_object, v_delete]
                for mutation in data.draw(st.lists(st.sampled_from(mutations), min_size=1, max_size=2)):
                    mutation(d, data)
                damage_document(session, d)
                done = f"document changed: broken at {d.bad}, retargeted {d.retargeted}, valid {d.valid}"
                must_report = bool(d.bad) or d.retargeted
        finally:
            session.close()
        try:
            checker = open_session(target)
        except SupasoftError as exc:
            problems = [f"does not open: {exc}"]
        else:
            try:
                problems = check_database(checker)
            finally:
                checker.close()
        failure = opens_and_saves(target)
        seen["reported" if problems else "clean"] += 1
        if must_report:
            assert problems, f"check found nothing after: {done}"
        if not problems:
            assert failure is None, f"check called the database clean, but {failure} (after: {done})"
        databases.drop()

    run()
    print(f"\n{backend}: {seen}")
    assert seen["clean"] and seen["reported"], seen
