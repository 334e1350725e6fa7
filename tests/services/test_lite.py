"""The Lite template applied in one structure change gives exactly what the step-by-step service path gave."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

import supasoft.storage.schema_sync as schema_sync
from supasoft.core.errors import SchemaError
from supasoft.core.formulas.errors import FormulaError
from supasoft.core.meta import Configuration, FieldDef
from supasoft.core.serialization import configuration_to_json
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.services.templates.demo import add_demo_data
from supasoft.services.templates.lite import LiteBuilder, LiteDraft, lite_document
from supasoft.storage.physical import column_name, is_stored, table_indexes, table_name

pytestmark = pytest.mark.all_backends


def _document(config: Configuration) -> dict:
    """The stored structure document without its version (the number of changes that built it)."""
    plain = json.loads(configuration_to_json(config))
    plain.pop("version")
    return plain


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, int], dict[str, list]]:
    """Lite built the old way: every step its own ConfigurationService change, then the demo data (SQLite)."""
    s = open_session(tmp_path_factory.mktemp("reference") / "steps.db")
    try:
        ids = LiteBuilder(s.configuration).build()
        add_demo_data(s.records, ids)
        return _document(s.configuration.config), ids, _figures(s, ids)
    finally:
        s.close()


def _figures(s: Session, ids: dict[str, int]) -> dict[str, list]:
    """Order lines (price, quantity, cost) and order totals, in record order."""
    lines = s.records.list(ids["line"], ListQuery(columns=[(ids["line.price"],), (ids["line.quantity"],), (ids["line.cost"],)],
                                                  limit=1000))
    orders = s.records.list(ids["order"], ListQuery(columns=[(ids["order.total"],)], limit=1000))
    return {"lines": sorted((r.id, *r.cells) for r in lines), "totals": sorted((r.id, r.cells[0]) for r in orders)}


def test_one_change_builds_the_same_structure(session: Session, db_path: Path | str, reference: tuple) -> None:
    document, ids, _ = reference
    before = session.storage.configuration_version()
    assert initialize(session, "lite") is True
    assert session.storage.configuration_version() == before + 1
    session.configuration.refresh()
    assert _document(session.configuration.config) == document
    assert lite_ids(session) == ids
    reopened = open_session(db_path)
    try:
        assert _document(reopened.configuration.config) == document
    finally:
        reopened.close()


def test_tables_columns_and_indexes_are_created(session: Session) -> None:
    initialize(session, "lite")
    config = session.configuration.config
    with session.storage.connect() as conn:
        inspector = sa.inspect(conn)
        for obj in config.objects:
            table = table_name(obj.id)
            columns = {c["name"].lower() for c in inspector.get_columns(table)}
            assert {column_name(f) for f in obj.fields if is_stored(f)} <= columns
            indexes = {(ix.get("name") or "").lower() for ix in inspector.get_indexes(table)}
            assert {spec.name.lower() for spec in table_indexes(obj, session.storage.kind)} <= indexes, obj.name


def test_demo_data_and_formulas_as_before(session: Session, reference: tuple) -> None:
    _, ids, figures = reference
    assert initialize(session, "lite", demo=True) is True
    assert _figures(session, ids) == figures
    lines = _figures(session, ids)["lines"]
    assert lines and all(cost == (price * quantity).quantize(Decimal("0.01")) for _id, price, quantity, cost in lines)
    assert any(total for _id, total in figures["totals"])


def test_far_fewer_ddl_commits_on_the_server(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    if session.storage.kind != "firebird":
        pytest.skip("SQLite runs a structure change in one transaction")
    commits: list[int] = []
    real = schema_sync.commit_step
    monkeypatch.setattr(schema_sync, "commit_step", lambda conn: (commits.append(1), real(conn))[1])
    initialize(session, "lite")
    # step by step: 75 committed DDL steps (one per column, one per index); one change: a table with its
    # plain columns and indexes per object, then each reference column and its index
    assert 9 <= len(commits) <= 40


def test_ids_continue_after_earlier_structure_work() -> None:
    document, ids = lite_document(Configuration(next_id=50))
    allocated = {*ids.values(), *(d.id for d in document.detail_sets), *(x.id for x in document.lists), *(k.id for k in document.links)}
    assert min(allocated) == 50
    assert sorted(allocated) == list(range(50, document.next_id))


def test_draft_checks_like_the_service() -> None:
    draft = LiteDraft(Configuration())
    client = draft.add_object("Client", "Clients")
    draft.add_field(client.id, FieldDef(0, "Name", "string", length=50))
    with pytest.raises(SchemaError, match="already has a field"):
        draft.add_field(client.id, FieldDef(0, " name ", "string", length=50))
    with pytest.raises(SchemaError, match="already exists"):
        draft.add_object("Clients")
    with pytest.raises(SchemaError, match="display field"):
        draft.update_object(client.id, display_field=999)
    with pytest.raises(FormulaError, match="Unknown field"):
        draft.add_field(client.id, FieldDef(0, "Total", "formula", formula="{Nope} * 2"))


def test_default_views_sort_by_an_index(tmp_path) -> None:  # noqa: ANN001
    """Each Lite table opens sorted by a column with a sort index (or a reference, sorted by the target's text)."""
    from supasoft.services.session import open_session
    from supasoft.services.setup import initialize
    from supasoft.storage.physical import sorts_by_index

    session = open_session(tmp_path / "lite.db")
    try:
        initialize(session, "lite")
        config = session.configuration.config
        for view in config.lists:
            if not view.name.startswith("All "):
                continue
            key = view.sort[0]
            field = config.object_by_id(view.object).field_by_id(key.path[0])
            assert sorts_by_index(field) or field.type == "reference" or field.unique, (view.name, field.name)
    finally:
        session.close()
