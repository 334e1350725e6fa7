"""Sorted pages read an index instead of sorting the table: index layout, the engine's plan, and the
one-time upgrade of databases made with the older one-column indexes."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from supasoft.core.meta import FieldDef, SortKey
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session
from supasoft.storage.index_sync import INDEX_LAYOUT
from supasoft.storage.physical import code_indexes, field_indexes, table_name
from supasoft.storage.store import INDEX_LAYOUT_INFO

pytestmark = pytest.mark.all_backends


def _client(session: Session) -> tuple[int, dict[str, int]]:
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    ids = {
        "name": cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=100, indexed=True)).id,
        "tax": cfg.add_field(obj.id, FieldDef(0, "Tax id", "string", length=20, unique=True)).id,
        "city": cfg.add_field(obj.id, FieldDef(0, "City", "string", length=50)).id,
    }
    return obj.id, ids


def _indexes(session: Session, object_id: int) -> dict[str, tuple[tuple[str, ...], bool, bool]]:
    with session.storage.connect() as conn:
        found = sa.inspect(conn).get_indexes(table_name(object_id))
    return {ix["name"].lower(): (tuple(c.lower() for c in ix["column_names"]), bool(ix["unique"]),
                                 bool((ix.get("dialect_options") or {}).get("firebird_descending")))
            for ix in found}


def test_layout_per_engine() -> None:
    f = FieldDef(7, "Name", "string", length=10, indexed=True)
    assert [(s.columns, s.descending) for s in field_indexes(3, f, "sqlite")] == [(("f_7", "id"), False)]
    assert [(s.name, s.columns, s.descending) for s in field_indexes(3, f, "firebird")] == [
        ("ix_3_7", ("f_7", "id"), False), ("ix_3_7_d", ("f_7", "id"), True)]
    unique = FieldDef(8, "Tax", "string", length=10, unique=True)
    assert [(s.columns, s.unique) for s in field_indexes(3, unique, "firebird")] == [(("f_8",), True)]
    assert field_indexes(3, FieldDef(9, "City", "string", length=10), "firebird") == []
    ref = FieldDef(10, "Client", "reference", target=1)
    assert [s.descending for s in field_indexes(3, ref, "firebird")] == [False]  # sorted by the target's text
    assert [s.name for s in code_indexes(3, "firebird")] == ["ix_3_code", "ix_3_code_d"]
    assert all(len(s.name) <= 31 for s in field_indexes(123456, FieldDef(654321, "X", "integer", indexed=True,
                                                                         generation=12), "firebird"))


def test_tables_get_the_layout(session: Session, backend: str) -> None:
    object_id, ids = _client(session)
    ix = _indexes(session, object_id)
    firebird = backend != "sqlite"
    name, tax = f"ix_{object_id}_{ids['name']}", f"ix_{object_id}_{ids['tax']}"
    assert ix[name][:2] == ((f"f_{ids['name']}", "id"), False)
    assert ix[tax][:2] == ((f"f_{ids['tax']}",), True)
    assert (f"{name}_d" in ix) == firebird and (f"ix_{object_id}_code_d" in ix) == firebird
    if firebird:
        assert ix[f"{name}_d"] == ((f"f_{ids['name']}", "id"), False, True)
    # switching the option off removes both, on again brings both back
    session.configuration.update_field(object_id, ids["name"], indexed=False)
    assert not {name, f"{name}_d"} & set(_indexes(session, object_id))
    session.configuration.update_field(object_id, ids["name"], indexed=True)
    assert name in _indexes(session, object_id)
    session.configuration.delete_field(object_id, ids["name"])
    assert not {name, f"{name}_d"} & set(_indexes(session, object_id))


def _plan(session: Session, sql: str) -> str:
    """The engine's access plan for a statement (SQLite: EXPLAIN QUERY PLAN; Firebird: the prepared plan)."""
    engine = session.storage.database.engine
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if engine.dialect.name == "sqlite":
            cur.execute(f"EXPLAIN QUERY PLAN {sql}")
            return " | ".join(str(row[-1]) for row in cur.fetchall())
        prepared = cur.prep(sql) if hasattr(cur, "prep") else cur.prepare(sql)  # fdb / firebird-driver
        plan = str(prepared.plan)
        if hasattr(prepared, "free"):  # firebird-driver warns at exit about a statement left unfreed
            prepared.free()
        return plan
    finally:
        raw.close()


@pytest.mark.parametrize("sort_on", ["code", "name"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorted_page_reads_the_index(session: Session, backend: str, sort_on: str, descending: bool) -> None:
    object_id, ids = _client(session)
    for i in range(30):
        record = session.records.new(object_id)
        record.values[ids["name"]] = f"n{i % 7}"
        session.records.save(record)
    path = () if sort_on == "code" else (ids["name"],)
    query = ListQuery(columns=[(ids["name"],)], sort=[SortKey(path, descending)], limit=10)
    obj = session.configuration.object(object_id)
    select, _ = session.records.repo().select_list(obj, query.columns, sort=query.sort)
    engine = session.storage.database.engine
    sql = str(select.limit(10).compile(engine, compile_kwargs={"literal_binds": True}))
    plan = _plan(session, sql)
    if backend == "sqlite":
        assert "TEMP B-TREE" not in plan, plan
    else:
        index = f"IX_{object_id}_CODE" if sort_on == "code" else f"IX_{object_id}_{ids['name']}"
        assert f"ORDER {index}{'_D' if descending else ''}" in plan.upper(), plan
    rows = session.records.list(object_id, query)
    keys = [(r.cells[0], r.code) if sort_on == "name" else r.code for r in rows]
    assert len(rows) == 10
    if sort_on == "code":
        codes = [int(r.code) for r in rows]
        assert codes == sorted(codes, reverse=descending)
    else:
        assert keys == sorted(keys, key=lambda k: (k[0], int(k[1])), reverse=descending)


def test_older_database_gets_the_layout_once(db_path: Path | str, backend: str) -> None:
    session = open_session(db_path)
    object_id, ids = _client(session)
    table, name = table_name(object_id), f"ix_{object_id}_{ids['name']}"
    with session.storage.begin() as conn:  # as an earlier Supasoft left it: one-column indexes, no marker
        conn.exec_driver_sql(f"DROP INDEX {name}")
        if backend != "sqlite":
            conn.exec_driver_sql(f"DROP INDEX {name}_d")
            conn.exec_driver_sql(f"DROP INDEX ix_{object_id}_code_d")
        conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} (f_{ids['name']})")
        session.storage.set_info(conn, INDEX_LAYOUT_INFO, "1")
    session.close()
    assert _indexes_of(db_path, object_id)[name][0] == (f"f_{ids['name']}",)
    session = open_session(db_path)
    try:
        assert session.storage.get_info(INDEX_LAYOUT_INFO) == INDEX_LAYOUT
        ix = _indexes(session, object_id)
        assert ix[name][0] == (f"f_{ids['name']}", "id")
        assert (f"{name}_d" in ix) == (backend != "sqlite")
        assert (f"ix_{object_id}_code_d" in ix) == (backend != "sqlite")
    finally:
        session.close()


def _indexes_of(db_path: Path | str, object_id: int) -> dict[str, tuple[tuple[str, ...], bool, bool]]:
    """Indexes as they are on disk, read without opening a session (which would upgrade them)."""
    from supasoft.storage.engine import open_engine

    database = open_engine(str(db_path), create=False)
    try:
        with database.engine.connect() as conn:
            found = sa.inspect(conn).get_indexes(table_name(object_id))
        return {ix["name"].lower(): (tuple(c.lower() for c in ix["column_names"]), bool(ix["unique"]), False)
                for ix in found}
    finally:
        database.dispose()
