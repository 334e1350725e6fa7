"""A configuration import is checked whole and changes nothing on a problem; `check` names what a tool broke.

The examples beside the property test (test_config_import_property.py): exact messages with JSON paths,
a failure after Firebird already committed DDL steps, and each kind of damage `check` must report.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from supasoft.core.errors import ConversionError, SchemaError
from supasoft.core.serialization import DocumentError, configuration_from_json, configuration_to_json
from supasoft.services.config_import import apply_import, plan_import
from supasoft.services.integrity import check_database
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends


def lite_doc(session: Session) -> dict[str, Any]:
    return json.loads(configuration_to_json(session.configuration.config))


def import_doc(session: Session, doc: dict[str, Any], *, allow_deletes: bool = False) -> None:
    incoming = configuration_from_json(json.dumps(doc))
    apply_import(session, incoming, plan_import(session.configuration.config, incoming, allow_deletes=allow_deletes))


def tables(session: Session) -> dict[str, list[str]]:
    with session.storage.connect() as conn:
        inspector = sa.inspect(conn)
        return {t: sorted(c["name"].lower() for c in inspector.get_columns(t)) + sorted(
                    (ix.get("name") or "").lower() for ix in inspector.get_indexes(t))
                for t in sorted(inspector.get_table_names()) if t.lower().startswith("t_")}


def field(doc: dict[str, Any], object_name: str, field_name: str) -> dict[str, Any]:
    obj = next(o for o in doc["objects"] if o["name"] == object_name)
    return next(f for f in obj["fields"] if f["name"] == field_name)


def test_every_problem_is_listed_with_its_json_path_and_nothing_changes(lite: Session) -> None:
    doc = lite_doc(lite)
    before, before_tables = configuration_to_json(lite.configuration.config), tables(lite)
    field(doc, "Order", "Total")["formula"] = "SUM({Lines.Cost}) + {Foo}"
    doc["links"][0]["field"] = 999_999
    doc["detail_sets"][0]["columns"].append(888_888)
    doc["lists"][0]["columns"].append({"path": [777_777]})
    doc["objects"][0]["fields"].append({"id": doc["next_id"], "name": "Extra", "type": "string", "length": 20})
    doc["next_id"] += 1  # a valid addition: refused with the rest all the same
    with pytest.raises(DocumentError) as err:
        import_doc(lite, doc)
    message = str(err.value)
    assert "objects[3].fields[4].formula: Unknown field {Foo}" in message
    assert "links[0].field: field 999999 is not a field of Contact" in message
    assert "detail_sets[0].columns[4]: field 888888 is not a field of the link's child object" in message
    assert "lists[0].columns[" in message and "Field #777777 does not exist in Client" in message
    assert len(err.value.problems) == 4, message
    assert configuration_to_json(lite.configuration.config) == before
    assert tables(lite) == before_tables
    assert check_database(lite) == []


@pytest.mark.parametrize("value, expected", [
    ("7", "objects[0].id: must be a whole number, not a text \"7\""),
    (2**31, "objects[0].id: must be between 1 and 2147483646, not 2147483648"),
    (-4, "objects[0].id: must be between 1 and 2147483646, not -4"),
    (13, "objects[1].id: id 13 is used twice (also at objects[0])"),
])
def test_ids_must_be_unique_integers_in_range(session: Session, lite: Session, value: Any, expected: str) -> None:
    doc = lite_doc(lite)
    doc["objects"][0]["id"] = value
    with pytest.raises(SchemaError) as err:
        import_doc(session, doc)
    assert expected in str(err.value)
    assert session.configuration.config.objects == []


def test_next_id_must_be_above_every_id(session: Session, lite: Session) -> None:
    doc = lite_doc(lite)
    doc["next_id"] = 40
    with pytest.raises(DocumentError, match=r"next_id: is 40, but id 76 is already in use"):
        import_doc(session, doc)
    assert session.configuration.config.objects == []


def test_an_id_that_means_another_kind_here_is_refused(lite: Session) -> None:
    doc = lite_doc(lite)
    doc["objects"].append({"id": 14, "name": "Stranger", "plural": "Strangers", "fields": []})
    with pytest.raises(DocumentError, match=r"objects\[9\]\.id: id 14 is a field in this database, not a object"):
        import_doc(lite, doc)


def test_cycles_are_refused(lite: Session) -> None:
    doc = lite_doc(lite)
    client = doc["objects"][0]
    n = doc["next_id"]
    client["fields"] += [
        {"id": n, "name": "A", "type": "formula", "formula": "{B} + 1", "result_type": "number"},
        {"id": n + 1, "name": "B", "type": "formula", "formula": "{A} + 1", "result_type": "number"},
        {"id": n + 2, "name": "Parent", "type": "reference", "target": 1},
        {"id": n + 3, "name": "Echo", "type": "string", "length": 20, "source": [n + 2, n + 3]},
        {"id": n + 5, "name": "Tree total", "type": "formula", "formula": "1 + SUM({Branches.Tree total})", "result_type": "number"},
    ]
    doc["links"].append({"id": n + 4, "child": 1, "parent": 1, "field": n + 2, "name": "Branches"})
    doc["next_id"] = n + 6
    with pytest.raises(DocumentError) as err:
        import_doc(lite, doc)
    message = str(err.value)
    assert "objects[0].fields[14].source: reads itself" in message
    doc["objects"][0]["fields"][14].pop("source")
    with pytest.raises(DocumentError) as err:
        import_doc(lite, doc)
    message = str(err.value)
    assert "objects[0].fields[11].formula: Formulas refer to each other in a circle" in message
    assert "objects[0].fields[15].formula: aggregates its own value over the link 'Branches'" in message


def test_a_failure_after_committed_steps_leaves_nothing_behind(lite: Session) -> None:
    """Firebird commits each added table/column at once: a later failing step must take them back."""
    doc = lite_doc(lite)
    before, before_tables = configuration_to_json(lite.configuration.config), tables(lite)
    n = doc["next_id"]
    doc["objects"][0]["fields"].append({"id": n, "name": "Rank", "type": "integer", "indexed": True})
    doc["objects"].append({"id": n + 1, "name": "Branch", "plural": "Branches", "fields": [
        {"id": n + 2, "name": "Title", "type": "string", "length": 40}]})
    doc["next_id"] = n + 3
    field(doc, "Contact", "Full name").update(type="integer", length=None, indexed=False)  # the demo names are not numbers
    with pytest.raises(ConversionError):
        import_doc(lite, doc)
    assert configuration_to_json(lite.configuration.config) == before
    assert tables(lite) == before_tables
    assert check_database(lite) == []


def test_unique_over_shared_values_is_refused_and_changes_nothing(lite: Session) -> None:
    doc = lite_doc(lite)
    before, before_tables = configuration_to_json(lite.configuration.config), tables(lite)
    doc["objects"][0]["fields"].append({"id": doc["next_id"], "name": "Rank", "type": "integer"})  # a step before it
    doc["next_id"] += 1
    field(doc, "Order", "Status")["unique"] = True
    with pytest.raises(SchemaError, match="Order.Status cannot be unique: some records share the same value"):
        import_doc(lite, doc)
    assert configuration_to_json(lite.configuration.config) == before
    assert tables(lite) == before_tables


def test_deleting_objects_that_reference_each_other(lite: Session) -> None:
    doc = lite_doc(lite)
    kept = {20}  # Product alone: Client goes first although Order, Payment... still point at it
    doc["objects"] = [o for o in doc["objects"] if o["id"] in kept]
    doc["links"], doc["detail_sets"] = [], []
    doc["lists"] = [x for x in doc["lists"] if x["object"] in kept]
    doc["cards"] = [x for x in doc["cards"] if x["object"] in kept]
    import_doc(lite, doc, allow_deletes=True)
    assert [o.name for o in lite.configuration.config.objects] == ["Product"]
    assert list(tables(lite)) == ["t_20"]
    assert check_database(lite) == []


# --- check ------------------------------------------------------------------------------------------------
def store_as_a_tool(session: Session, doc: dict[str, Any]) -> None:
    config = configuration_from_json(json.dumps(doc))
    version = session.configuration.config.version
    with session.storage.begin() as conn:
        session.storage.save_configuration(conn, config, version)
    session.configuration.refresh()


def run_sql(session: Session, *statements: str) -> None:
    for statement in statements:
        with session.storage.begin() as conn:
            conn.exec_driver_sql(statement)


def test_check_reports_a_document_a_tool_broke(lite: Session) -> None:
    doc = lite_doc(lite)
    doc["lists"][0]["columns"].append({"path": [777_777]})
    field(doc, "Client", "Name")["length"] = 100  # the column stays VARCHAR(200)
    field(doc, "Order line", "Product")["target"] = 13  # the column's key still points at Product (t_20)
    store_as_a_tool(lite, doc)
    problems = check_database(lite)
    assert any("reference column f_33 (field Product, reference) points at t_20, the structure says t_13" in p for p in problems), problems
    assert any(p.startswith("structure lists[0].columns[") and "777777" in p for p in problems), problems
    assert any("column f_3 (field Name, string) is VARCHAR(200), the structure needs VARCHAR(100)" in p for p in problems), problems


def test_check_reports_tables_a_tool_changed(lite: Session) -> None:
    sqlite = lite.storage.kind == "sqlite"
    with lite.storage.connect() as conn:
        unit_indexes = [ix["name"] for ix in sa.inspect(conn).get_indexes("t_20") if ix["name"].lower().startswith("ix_20_22")]
    run_sql(lite, *[f"DROP INDEX {name}" for name in unit_indexes])
    run_sql(lite,
            "DROP INDEX ix_1_3",  # Client.Name
            f"ALTER TABLE t_20 {'ADD COLUMN' if sqlite else 'ADD'} f_999 INTEGER",
            f"ALTER TABLE t_20 {'DROP COLUMN' if sqlite else 'DROP'} f_22",
            "DELETE FROM sys_counters WHERE object_id = 13",
            "CREATE TABLE t_4242 (id INTEGER)")
    problems = check_database(lite)
    for expected in ("object Client: index ix_1_3 is missing",
                     "object Product: column f_999 is not in the structure",
                     "object Product: column f_22 is missing",
                     "object Contact: the Code counter is missing, but Code",
                     "table t_4242 belongs to no object"):
        assert any(expected in p for p in problems), (expected, problems)


@pytest.mark.sqlite_only("the CLI path; the import itself is tested on every backend above")
def test_cli_dry_run_lists_every_problem(backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from supasoft.cli import main

    db, doc_file = tmp_path / "crm.db", tmp_path / "broken.json"
    assert main(["--database", str(db), "init", "--template", "lite"]) == 0
    assert main(["--database", str(db), "config", "export", str(doc_file)]) == 0
    doc = json.loads(doc_file.read_text(encoding="utf-8"))
    field(doc, "Order", "Total")["formula"] = "{Foo} + 1"
    doc["next_id"] = 3
    doc_file.write_text(json.dumps(doc), encoding="utf-8")
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["--database", str(db), "config", "import", "--dry-run", str(doc_file)]) == 1
    err = capsys.readouterr().err
    assert "next_id: is 3, but id 76 is already in use" in err
    assert "objects[3].fields[4].formula: Unknown field {Foo}" in err
    assert "Traceback" not in err
    assert db.read_bytes() == before


def test_hostile_sizes_are_refused_quickly() -> None:
    """A layout nested past the parser's depth, and an object with thousands of fields, end in our own errors."""
    import time

    from supasoft.services.config_check import MAX_FIELDS, document_problems

    node: dict[str, Any] = {"kind": "column", "children": []}
    root = node
    for _ in range(700):
        child: dict[str, Any] = {"kind": "column", "children": []}
        node["children"].append(child)
        node = child
    deep = {"kind": "supasoft-configuration", "objects": [], "cards": [{"object": 1, "root": root}]}
    with pytest.raises(SchemaError, match="nested too deeply"):
        configuration_from_json(json.dumps(deep))
    wide = {"kind": "supasoft-configuration", "next_id": 10**6, "objects": [{"id": 1, "name": "A", "plural": "As", "fields": [
        {"id": 2 + i, "name": f"F{i}", "type": "string", "length": 10} for i in range(20_000)]}]}
    started = time.perf_counter()
    problems = document_problems(configuration_from_json(json.dumps(wide)))
    assert problems == [("objects[0].fields", f"20000 fields; at most {MAX_FIELDS} per object allowed")]
    assert time.perf_counter() - started < 5


def test_a_source_loop_through_the_middle_of_a_path_is_found() -> None:
    """A's source ends at A2 and A2's path goes through A: reading either would never end."""
    from supasoft.services.config_check import document_problems

    doc = {"kind": "supasoft-configuration", "next_id": 10, "objects": [{"id": 1, "name": "Client", "plural": "Clients", "fields": [
        {"id": 2, "name": "Parent", "type": "reference", "target": 1},
        {"id": 3, "name": "A", "type": "reference", "target": 1, "source": [2, 4]},
        {"id": 4, "name": "A2", "type": "reference", "target": 1, "source": [3, 2]},
    ]}]}
    problems = dict(document_problems(configuration_from_json(json.dumps(doc))))
    assert "reads itself" in problems["objects[0].fields[1].source"]
    assert "reads itself" in problems["objects[0].fields[2].source"]


def test_the_configurator_refuses_a_self_aggregate_too(session: Session) -> None:
    """What an import refuses, the Configurator does not build (else `check` would call its own work broken)."""
    from supasoft.core.formulas import FormulaError
    from supasoft.core.meta import FieldDef

    cfg = session.configuration
    task = cfg.add_object("Task", "Tasks")
    cfg.add_field(task.id, FieldDef(0, "Hours", "integer"))
    cfg.add_link(task.id, task.id, "Subtasks", field_name="Parent")
    total = cfg.add_field(task.id, FieldDef(0, "Hours total", "formula", formula="{Hours} + SUM({Subtasks.Hours})"))
    with pytest.raises(FormulaError, match="aggregates its own value over the link 'Subtasks'"):
        cfg.update_field(task.id, total.id, formula="{Hours} + SUM({Subtasks.Hours total})")
    with pytest.raises(FormulaError, match="aggregates its own value"):
        cfg.add_field(task.id, FieldDef(0, "Rollup", "formula", formula="1 + SUM({Subtasks.Rollup})"))
    assert check_database(session) == []


def test_a_receiver_must_hold_the_values_it_copies(session: Session) -> None:
    """Copying a date into an integer field made every save of a picked reference fail with a driver error."""
    from supasoft.core.meta import FieldDef

    doc = {"kind": "supasoft-configuration", "next_id": 100, "objects": [
        {"id": 1, "name": "Client", "plural": "Clients", "fields": [
            {"id": 2, "name": "Since", "type": "date"}, {"id": 3, "name": "Label", "type": "string", "length": 40}]},
        {"id": 10, "name": "Deal", "plural": "Deals", "fields": [
            {"id": 11, "name": "Client", "type": "reference", "target": 1},
            {"id": 12, "name": "Count", "type": "integer", "receiver": [11, 2]},
            {"id": 13, "name": "Short label", "type": "string", "length": 10, "receiver": [11, 3]},
            {"id": 14, "name": "Label copy", "type": "text", "receiver": [11, 3]}]}]}
    with pytest.raises(DocumentError) as err:
        import_doc(session, doc)
    assert [path for path, _ in err.value.problems] == ["objects[1].fields[1]", "objects[1].fields[2]"]
    assert "receives Since (date), which this integer field cannot hold" in str(err.value)
    assert "receives Label (string, up to 40 characters), but holds only 10" in str(err.value)
    assert session.configuration.config.objects == []
    del doc["objects"][1]["fields"][1:3]
    import_doc(session, doc)  # a text field holds any string
    with pytest.raises(SchemaError, match="receives Since"):  # the Configurator keeps the same rule
        session.configuration.add_field(10, FieldDef(0, "Year", "integer", receiver=(11, 2)))


def test_a_source_field_has_the_type_of_what_it_shows(session: Session) -> None:
    doc = {"kind": "supasoft-configuration", "next_id": 100, "objects": [
        {"id": 1, "name": "Client", "plural": "Clients", "fields": [{"id": 2, "name": "Since", "type": "date"}]},
        {"id": 10, "name": "Deal", "plural": "Deals", "fields": [
            {"id": 11, "name": "Client", "type": "reference", "target": 1},
            {"id": 12, "name": "Client since", "type": "integer", "source": [11, 2]}]}]}
    with pytest.raises(DocumentError, match=r"objects\[1\]\.fields\[1\]: .*shows Since \(date\), so it must be a date field too"):
        import_doc(session, doc)
    doc["objects"][1]["fields"][1]["type"] = "date"
    import_doc(session, doc)
    assert check_database(session) == []
