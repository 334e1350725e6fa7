"""Bulk inserts (RecordService.insert_many -> BulkWriter -> Firebird EXECUTE BLOCKs) store what one-by-one saves store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from supasoft.core.meta import FieldDef
from supasoft.services.record_model import Record
from supasoft.services.session import Session
from supasoft.storage.catalog import sys_history

pytestmark = pytest.mark.all_backends

FOUR_BYTE = "𝄞😀"  # 4 bytes each in UTF-8
LONG_TEXT = ("Zażółć gęślą jaźń, Москва " + FOUR_BYTE) * 300  # ~9,000 characters: over the VARCHAR limit, a BLOB


def _make_object(session: Session) -> tuple[int, dict[str, int]]:
    """One object with every stored scalar field type, plus a reference to a second object."""
    cfg = session.configuration
    city = cfg.add_object("City", "Cities")
    city_name = cfg.add_field(city.id, FieldDef(0, "Name", "string", length=40)).id
    obj = cfg.add_object("Client", "Clients")
    specs: list[tuple[str, str, dict[str, Any]]] = [
        ("Marker", "integer", {}),
        ("Name", "string", {"length": 20, "indexed": True}),
        ("Short", "string", {"length": 4}),
        ("Qty", "integer", {}),
        ("Ratio", "decimal", {"precision": 18, "scale": 4}),
        ("Amount", "money", {}),
        ("Weight", "float", {}),
        ("Day", "date", {}),
        ("Moment", "datetime", {}),
        ("Flag", "boolean", {}),
        ("Status", "choice", {"choices": ("New", "Paid", "Zapłacone")}),
        ("Note", "text", {}),
        ("Mail", "email", {}),
        ("City", "reference", {"target": city.id}),
    ]
    ids = {name: cfg.add_field(obj.id, FieldDef(0, name, t, **o)).id for name, t, o in specs}
    ids["city_object"] = city.id
    ids["city_name"] = city_name
    return obj.id, ids


def _patterns(ids: dict[str, int], city_ids: list[int]) -> list[dict[int, Any]]:
    """Value patterns covering None, maximum lengths with 4-byte characters, scales and sub-second times."""
    f = ids
    return [
        {f["Name"]: "Ann", f["Short"]: "ab", f["Qty"]: 1, f["Ratio"]: Decimal("1.2345"), f["Amount"]: Decimal("10.50"),
         f["Weight"]: 1.5, f["Day"]: dt.date(2024, 2, 29), f["Moment"]: dt.datetime(2024, 1, 2, 3, 4, 5, 123456),
         f["Flag"]: True, f["Status"]: "Zapłacone", f["Note"]: "short note Łódź", f["Mail"]: "ann@example.com",
         f["City"]: city_ids[0]},
        {f["Name"]: FOUR_BYTE * 10, f["Short"]: FOUR_BYTE * 2, f["Qty"]: -2**31, f["Ratio"]: Decimal("-99999999999999.9999"),
         f["Amount"]: Decimal("9999999999999999.99"), f["Weight"]: -0.0001, f["Day"]: dt.date(1900, 1, 1),
         f["Moment"]: dt.datetime(1999, 12, 31, 23, 59, 59, 999999), f["Flag"]: False, f["Status"]: "New",
         f["Note"]: FOUR_BYTE * 1000, f["Mail"]: None, f["City"]: city_ids[1]},
        {f["Name"]: "Москва", f["Short"]: None, f["Qty"]: None, f["Ratio"]: None, f["Amount"]: None, f["Weight"]: None,
         f["Day"]: None, f["Moment"]: None, f["Flag"]: False, f["Status"]: None, f["Note"]: None, f["Mail"]: None,
         f["City"]: None},
        {f["Name"]: "x" * 20, f["Short"]: "abcd", f["Qty"]: 2**31 - 1, f["Ratio"]: Decimal("0.0001"), f["Amount"]: Decimal("0.01"),
         f["Weight"]: 1e300, f["Day"]: dt.date(2100, 12, 31), f["Moment"]: dt.datetime(2024, 6, 1, 0, 0, 0, 50),
         f["Flag"]: True, f["Status"]: "Paid", f["Note"]: "", f["Mail"]: "x@y.pl", f["City"]: None},
    ]


def _saved_one_by_one(session: Session, object_id: int, patterns: list[dict[int, Any]], marker: int) -> list[Record]:
    out = []
    for n, values in enumerate(patterns):
        record = session.records.new(object_id)
        record.values.update(values)
        record.values[marker] = -1 - n
        out.append(session.records.save(record))
    return out


def _cities(session: Session, ids: dict[str, int]) -> list[int]:
    return session.records.insert_many(ids["city_object"], [{ids["city_name"]: name} for name in ("Kraków", "Gdańsk")])


def _check_bulk(session: Session, object_id: int, ids: dict[str, int], patterns: list[dict[int, Any]],
                expected: list[Record], new_ids: list[int], count: int) -> None:
    marker = ids["Marker"]
    assert len(new_ids) == count == len(set(new_ids))
    seen = []
    for n, record_id in enumerate(new_ids):
        got = session.records.get(object_id, record_id)
        assert got.values[marker] == n  # ids come back in Code order, which is the order of the rows
        seen.append(got.values[marker])
        want = expected[n % len(patterns)].values
        for field_id, value in want.items():
            if field_id != marker:
                assert got.values[field_id] == value, (n, field_id, got.values[field_id], value)
    assert seen == list(range(count))
    table_count = session.records.count(object_id)
    assert table_count == count + len(patterns)


def test_bulk_rows_equal_one_by_one_saves(session: Session) -> None:
    object_id, ids = _make_object(session)
    cities = _cities(session, ids)
    patterns = _patterns(ids, cities)
    expected = _saved_one_by_one(session, object_id, patterns, ids["Marker"])
    count = 437  # not a multiple of any block size
    rows = [{**patterns[n % len(patterns)], ids["Marker"]: n} for n in range(count)]
    new_ids = session.records.insert_many(object_id, rows)
    _check_bulk(session, object_id, ids, patterns, expected, new_ids, count)


def test_bulk_long_text_takes_blob_parameters(session: Session) -> None:
    object_id, ids = _make_object(session)
    cities = _cities(session, ids)
    patterns = _patterns(ids, cities)
    patterns[0][ids["Note"]] = LONG_TEXT
    expected = _saved_one_by_one(session, object_id, patterns, ids["Marker"])
    assert expected[0].values[ids["Note"]] == LONG_TEXT
    rows = [{**patterns[n % len(patterns)], ids["Marker"]: n} for n in range(23)]
    new_ids = session.records.insert_many(object_id, rows)
    _check_bulk(session, object_id, ids, patterns, expected, new_ids, 23)


def test_bulk_fast_path_without_checks(session: Session) -> None:
    """No reference, no unique field: insert_many converts whole columns and writes them in one go."""
    cfg = session.configuration
    obj = cfg.add_object("Item", "Items")
    name = cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=30)).id
    price = cfg.add_field(obj.id, FieldDef(0, "Price", "money")).id
    day = cfg.add_field(obj.id, FieldDef(0, "Day", "date")).id
    count = 2_003
    rows = [{name: f"Łódź {n}", price: Decimal(n) / 100, day: dt.date(2020, 1, 1) + dt.timedelta(days=n % 900)} for n in range(count)]
    new_ids = session.records.insert_many(obj.id, rows)
    assert len(new_ids) == count == len(set(new_ids))
    got = {r.values[name]: r for r in (session.records.get(obj.id, i) for i in new_ids[::97] + new_ids[-3:])}
    for n in list(range(0, count, 97)) + [count - 3, count - 2, count - 1]:
        record = got[f"Łódź {n}"]
        assert record.values[price] == Decimal(n) / 100
        assert record.values[day] == dt.date(2020, 1, 1) + dt.timedelta(days=n % 900)
        assert record.code == n + 1
    with session.storage.connect() as conn:
        history = conn.execute(sa.select(sys_history.c.record_id).where(sys_history.c.object_id == obj.id,
                                                                        sys_history.c.action == "import")).scalars().all()
    assert sorted(history) == sorted(new_ids)


def test_bulk_sixty_fields(session: Session) -> None:
    """More columns than fit a block comfortably: a few rows per block, every value in place."""
    cfg = session.configuration
    obj = cfg.add_object("Wide", "Wide")
    kinds = [("string", {"length": 50}), ("integer", {}), ("decimal", {"precision": 18, "scale": 3})]
    fields = [(cfg.add_field(obj.id, FieldDef(0, f"F{i}", kinds[i % 3][0], **kinds[i % 3][1])).id, i % 3) for i in range(60)]

    def value(row: int, col: int, kind: int) -> Any:
        if (row + col) % 11 == 0:
            return None
        if kind == 0:
            return f"{row}/{col} {FOUR_BYTE}"[:50]
        return row * 100 + col if kind == 1 else Decimal(row * 100 + col) / 1000

    count = 101
    rows = [{fid: value(r, c, kind) for c, (fid, kind) in enumerate(fields)} for r in range(count)]
    new_ids = session.records.insert_many(obj.id, rows)
    assert len(new_ids) == count
    for r, record_id in enumerate(new_ids):
        got = session.records.get(obj.id, record_id)
        assert [got.values[fid] for fid, _ in fields] == [value(r, c, kind) for c, (fid, kind) in enumerate(fields)], r


def test_bulk_history_rows(session: Session) -> None:
    object_id, ids = _make_object(session)
    new_ids = session.records.insert_many(object_id, [{ids["Name"]: f"N{n}"} for n in range(7)])
    entries = session.records.history_of(object_id, new_ids[3])
    assert [(e.action, e.version) for e in entries] == [("import", 1)]
    with session.storage.connect() as conn:
        rows = conn.execute(sa.select(sys_history).where(sys_history.c.object_id == object_id)).mappings().all()
    assert sorted(r["record_id"] for r in rows) == sorted(new_ids)
    assert {(r["rec_version"], r["action"], r["field_id"], r["old_value"], r["new_value"]) for r in rows} == {(1, "import", None, None, None)}
    # written by INSERT ... SELECT: the stamp stays a timestamp (SQLite's CAST would have made it a number)
    stamps = {r["at"] for r in rows}
    assert len(stamps) == 1 and isinstance(next(iter(stamps)), dt.datetime)
    assert abs((next(iter(stamps)) - dt.datetime.now()).total_seconds()) < 600
    assert {(r["user_id"], r["user_name"]) for r in rows} == {(session.records.actor.user_id, session.records.actor.name)}


@contextmanager
def _spy_blocks(monkeypatch: pytest.MonkeyPatch, engine: Any, table: str) -> Iterator[tuple[list[tuple[str, int]], list[str], list[Any]]]:
    """(statement, executions) per block statement; the INSERTs SQLAlchemy saw; the FastCursors (FastFdbCursors) used."""
    from supasoft.storage.firebird import fast_input, fast_input_fdb
    from supasoft.storage.firebird.bulk import BlockInserter

    blocks: list[tuple[str, int]] = []
    through_sqlalchemy: list[str] = []
    cursors: list[Any] = []
    execute, init, fdb_init = BlockInserter._execute, fast_input.FastCursor.__init__, fast_input_fdb.FastFdbCursor.__init__

    def spy_execute(self: BlockInserter, statements: list[tuple[str, list[Any]]]) -> None:
        blocks.extend((sql, len(params)) for sql, params in statements)
        execute(self, statements)

    def spy_init(self: Any, connection: Any) -> None:
        (init if isinstance(self, fast_input.FastCursor) else fdb_init)(self, connection)
        cursors.append(self)

    def spy(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if f"INSERT INTO {table} " in statement or "INSERT INTO sys_history " in statement:
            through_sqlalchemy.append(statement)

    monkeypatch.setattr(BlockInserter, "_execute", spy_execute)
    monkeypatch.setattr(fast_input.FastCursor, "__init__", spy_init)
    monkeypatch.setattr(fast_input_fdb.FastFdbCursor, "__init__", spy_init)
    sa.event.listen(engine, "before_cursor_execute", spy)
    try:
        yield blocks, through_sqlalchemy, cursors
    finally:
        sa.event.remove(engine, "before_cursor_execute", spy)


def test_firebird_sends_blocks_of_rows(session: Session, backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Few round trips: 1,000 rows go in a handful of EXECUTE BLOCK statements, their history in one INSERT ... SELECT."""
    if backend == "sqlite":
        pytest.skip("Firebird only: SQLite inserts with one executemany")
    cfg = session.configuration
    obj = cfg.add_object("Item", "Items")
    name = cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=30)).id
    note = cfg.add_field(obj.id, FieldDef(0, "Note", "text")).id
    engine = session.storage.database.engine
    with _spy_blocks(monkeypatch, engine, f"t_{obj.id}") as (blocks, through_sqlalchemy, cursors):
        session.records.insert_many(obj.id, [{name: f"N{n}", note: f"note {n}"} for n in range(1000)])
        executions = sum(n for _, n in blocks)
        assert blocks and all(sql.startswith("EXECUTE BLOCK") for sql, _ in blocks)
        assert 2 <= len(blocks) <= 8 and executions <= 20, [(s[:60], n) for s, n in blocks]
        assert all("CHARACTER SET UTF8" in sql for sql, _ in blocks if f"t_{obj.id} " in sql)  # short texts: no BLOB per value
        history = [sql for sql in through_sqlalchemy if sql.startswith("INSERT INTO sys_history")]
        assert len(history) == 1 and " SELECT " in history[0]
        through_sqlalchemy[:] = [sql for sql in through_sqlalchemy if sql not in history]
        if backend == "firebird":  # firebird-driver: every block packed by FastCursor, none by the driver's loop
            assert not through_sqlalchemy
            assert [c.fast_executions for c in cursors if c.fast_executions] and sum(c.fast_executions for c in cursors) == executions
            assert sum(c.driver_executions for c in cursors) == 0
        else:  # fdb: every block packed by FastFdbCursor's buffers, none by fdb's own method
            assert not through_sqlalchemy
            assert sum(c.fast_executions for c in cursors) == executions
            assert sum(c.fdb_executions for c in cursors) == 0
        blocks.clear()
        cursors.clear()
        session.records.insert_many(obj.id, [{name: f"L{n}", note: LONG_TEXT} for n in range(5)])
        assert blocks and all("CHARACTER SET UTF8" not in sql for sql, _ in blocks)
        if backend == "firebird":  # BLOB parameters: the driver's own packing
            assert sum(c.driver_executions for c in cursors) >= 1
        else:
            assert sum(c.fdb_executions for c in cursors) >= 1
    assert session.records.count(obj.id) == 1005


def test_fast_packing_stores_what_the_driver_packing_stores(session: Session, backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same bulk rows with FastCursor and with firebird-driver's own _pack_input read back the same."""
    if backend != "firebird":
        pytest.skip("FastCursor is firebird-driver's")
    from firebird.driver import core as fb_core

    from supasoft.storage.firebird.fast_input import FastCursor

    object_id, ids = _make_object(session)
    cities = _cities(session, ids)
    patterns = _patterns(ids, cities)
    patterns.append({ids["Name"]: "ends with spaces  ", ids["Short"]: " ", ids["Amount"]: Decimal("-0.01"),
                     ids["Moment"]: dt.datetime(1858, 11, 17, 0, 0, 0, 100), ids["Day"]: dt.date(1, 1, 1)})
    count = 229
    rows = [{**patterns[n % len(patterns)], ids["Marker"]: n} for n in range(count)]
    fast_ids = session.records.insert_many(object_id, rows)
    monkeypatch.setattr(FastCursor, "_pack_input", fb_core.Cursor._pack_input)
    driver_ids = session.records.insert_many(object_id, rows)
    monkeypatch.undo()
    fields = [fid for key, fid in ids.items() if key not in ("city_object", "city_name")]
    for fast_id, driver_id in zip(fast_ids, driver_ids, strict=True):
        fast, driver = session.records.get(object_id, fast_id), session.records.get(object_id, driver_id)
        assert [fast.values.get(f) for f in fields] == [driver.values.get(f) for f in fields], fast_id
    table = f"t_{object_id}"
    with session.storage.connect() as conn:  # byte lengths too: CHAR padding would show (services trim spaces)
        columns = [r[0].strip() for r in conn.exec_driver_sql(
            f"SELECT rdb$field_name FROM rdb$relation_fields WHERE rdb$relation_name = '{table.upper()}' AND rdb$field_name STARTING WITH 'F_'")]
        lengths = ", ".join(f"OCTET_LENGTH({c})" for c in sorted(columns))
        read = f"SELECT {lengths} FROM {table} WHERE id = ?"
        for fast_id, driver_id in zip(fast_ids, driver_ids, strict=True):
            assert conn.exec_driver_sql(read, (fast_id,)).one() == conn.exec_driver_sql(read, (driver_id,)).one()
    assert len(fast_ids) == count
