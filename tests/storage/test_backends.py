"""What must behave the same on SQLite and Firebird (both drivers): ids after bulk inserts, Unicode search,
exact decimals, timestamps, conflicts as ConflictError, gapless codes under concurrency, step-wise DDL."""

from __future__ import annotations

import datetime as dt
import threading
import time
from decimal import Decimal

import pytest
import sqlalchemy as sa

from supasoft.core.errors import ConflictError, SchemaError
from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session, open_session
from supasoft.storage.physical import column_name, field_index_name, table_name
from supasoft.storage.store import now

pytestmark = pytest.mark.all_backends


def _thing(session: Session) -> tuple[int, dict[str, int]]:
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients", code_prefix="C-", code_width=3)
    ids = {
        "name": cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=100)).id,
        "notes": cfg.add_field(obj.id, FieldDef(0, "Notes", "text")).id,
        "amount": cfg.add_field(obj.id, FieldDef(0, "Amount", "money")).id,
        "count": cfg.add_field(obj.id, FieldDef(0, "Count", "integer")).id,
    }
    return obj.id, ids


def _save(session: Session, object_id: int, values: dict[int, object]) -> int:
    record = session.records.new(object_id)
    record.values.update(values)
    return session.records.save(record).id  # type: ignore[return-value]


def test_single_saves_after_a_bulk_insert_get_new_ids(session: Session) -> None:
    oid, f = _thing(session)
    first = _save(session, oid, {f["name"]: "before"})
    bulk = session.records.insert_many(oid, [{f["name"]: f"bulk {n}"} for n in range(50)])
    after = _save(session, oid, {f["name"]: "after"})  # Firebird: the identity must have moved past the bulk ids
    assert len(set(bulk)) == 50 and first not in bulk and after not in bulk and after > max(bulk)
    assert session.records.count(oid) == 52
    codes = [r.code for r in session.records.list(oid, ListQuery(columns=[], limit=100))]
    assert codes == [f"C-{n:03d}" for n in range(1, 53)]


@pytest.mark.parametrize("word", ["zażółć", "ZAŻÓŁĆ", "Łódź", "ЁЖИК", "ёжик", "щука", "Acme"])
def test_quick_search_ignores_case_in_polish_and_russian(session: Session, word: str) -> None:
    oid, f = _thing(session)
    wanted = _save(session, oid, {f["name"]: "Zażółć gęślą jaźń — ŁÓDŹ", f["notes"]: "Ёжик и Щука\nACME Sp. z o.o."})
    _save(session, oid, {f["name"]: "Other", f["notes"]: "nothing here"})
    found = [r.id for r in session.records.list(oid, ListQuery(columns=[(f["name"],)], search=word))]
    assert found == [wanted]
    assert session.records.count(oid, ListQuery(search=word)) == 1


def test_decimals_round_half_up_and_stay_exact(session: Session) -> None:
    oid, f = _thing(session)
    storage = session.storage
    obj = session.configuration.object(oid)
    table = storage.physical(session.configuration.config).table(oid)
    col = column_name(obj.field_by_id(f["amount"]))
    with storage.begin() as conn:  # below the services: the column type itself rounds half-up (not banker's)
        for n, value in enumerate(["1.005", "-2.675", "0.125", "99999999999999.99", "2.5"], start=1):
            conn.execute(table.insert().values(id=1000 + n, rec_code=n, rec_version=1, **{col: Decimal(value)}))
    with storage.connect() as conn:
        stored = conn.execute(sa.select(table.c[col]).order_by(table.c.id)).scalars().all()
    assert stored == [Decimal("1.01"), Decimal("-2.68"), Decimal("0.13"), Decimal("99999999999999.99"), Decimal("2.50")]
    assert all(v.as_tuple().exponent == -2 for v in stored)  # fdb drops the scale; we put it back


def test_timestamps_keep_100_microseconds(session: Session) -> None:
    oid, f = _thing(session)
    stamp = now()
    assert stamp.microsecond % 100 == 0
    when = session.configuration.add_field(oid, FieldDef(0, "When", "datetime"))
    rid = _save(session, oid, {when.id: dt.datetime(2030, 1, 2, 3, 4, 5, 123400)})
    record = session.records.get(oid, rid)
    assert record.values[when.id] == dt.datetime(2030, 1, 2, 3, 4, 5, 123400)
    assert record.created_at is not None and record.created_at.microsecond % 100 == 0


def test_a_save_that_waited_for_another_users_commit_is_a_conflict(db_path, backend: str) -> None:
    """Firebird: the second writer waits for the row lock, then gets an update conflict -> ConflictError."""
    first = open_session(db_path)
    oid, f = _thing(first)
    rid = _save(first, oid, {f["count"]: 1})
    second = open_session(db_path, lock_timeout=5)
    try:
        mine = second.records.get(oid, rid)
        theirs = first.records.get(oid, rid)
        theirs.values[f["count"]] = 2
        if backend == "sqlite":
            first.records.save(theirs)
        else:
            # hold the other user's update open while this one saves, and commit it a moment later
            table = first.storage.physical(first.configuration.config).table(oid)
            count_col = column_name(first.configuration.object(oid).field_by_id(f["count"]))
            conn = first.storage.database.engine.connect()
            tx = conn.begin()
            conn.execute(table.update().where(table.c.id == rid).values({count_col: 2, "rec_version": 2}))
            timer = threading.Timer(0.5, lambda: (tx.commit(), conn.close()))
            timer.start()
        mine.values[f["count"]] = 3
        started = time.monotonic()
        with pytest.raises(ConflictError) as info:
            second.records.save(mine)
        if backend != "sqlite":
            timer.join()
            assert time.monotonic() - started >= 0.4  # it really waited for the lock
        assert info.value.stored_version == 2
        assert [(c.theirs, c.mine) for c in info.value.fields] == [(2, 3)]
        assert first.records.get(oid, rid).values[f["count"]] == 2
    finally:
        first.close()
        second.close()


def test_codes_stay_unique_and_gapless_with_concurrent_creators(db_path) -> None:
    setup = open_session(db_path)
    oid, f = _thing(setup)
    setup.close()
    errors: list[BaseException] = []

    def create(n: int) -> None:
        try:
            s = open_session(db_path)
            try:
                for i in range(8):
                    _save(s, oid, {f["name"]: f"w{n}-{i}"})
            finally:
                s.close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=create, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    check = open_session(db_path)
    try:
        codes = sorted(r.code for r in check.records.list(oid, ListQuery(columns=[], limit=100)))
        assert codes == [f"C-{n:03d}" for n in range(1, 33)]
    finally:
        check.close()


def _columns(session: Session, object_id: int) -> set[str]:
    with session.storage.connect() as conn:
        return {c["name"].lower() for c in sa.inspect(conn).get_columns(table_name(object_id))}


def test_a_failed_change_leaves_structure_and_tables_consistent(session: Session) -> None:
    oid, f = _thing(session)
    before = session.configuration.config.version
    columns = _columns(session, oid)
    with pytest.raises(SchemaError, match="default"):  # the column is added (and committed on Firebird) first
        session.configuration.add_field(oid, FieldDef(0, "Born", "date", default="not a date"))
    assert session.configuration.config.version == before
    assert session.storage.load_configuration().version == before
    assert _columns(session, oid) == columns  # Firebird: the committed ADD was compensated
    born = session.configuration.add_field(oid, FieldDef(0, "Born", "date", indexed=True))
    assert column_name(born) in _columns(session, oid)


def test_deleting_fields_and_objects_drops_their_columns_and_tables(session: Session) -> None:
    oid, f = _thing(session)
    _save(session, oid, {f["name"]: "x", f["notes"]: "y"})
    session.configuration.delete_field(oid, f["notes"])
    assert f"f_{f['notes']}" not in _columns(session, oid)
    session.configuration.update_field(oid, f["name"], indexed=True, length=120)  # index dropped and re-created
    assert session.records.count(oid, ListQuery(search="x")) == 1
    session.configuration.delete_object(oid)
    with session.storage.connect() as conn:
        assert not sa.inspect(conn).has_table(table_name(oid))
        assert session.storage.get_info("pending_ddl") in (None, "[]")


def test_physical_names_fit_firebird_limits() -> None:
    f = FieldDef(2_000_000_000, "X", "string", generation=999, indexed=True)
    for name in (table_name(2_000_000_000), column_name(f), field_index_name(2_000_000_000, f)):
        assert len(name) <= 31 and name == name.lower()


def test_a_drop_blocked_by_another_user_is_retried_later(db_path, backend: str) -> None:
    """Firebird: DROP TABLE waits for other users' transactions on the table; the change still commits and
    the drop is kept in sys_info and retried by the next structure change."""
    admin = open_session(db_path, lock_timeout=1)
    try:
        oid, f = _thing(admin)
        _save(admin, oid, {f["name"]: "x"})
        other = admin.storage.database.engine.connect() if backend == "sqlite" else open_session(db_path).storage.database.engine.connect()
        tx = other.begin()
        other.execute(sa.text(f"SELECT count(*) FROM {table_name(oid)}")).scalar()
        if backend == "sqlite":
            tx.rollback()  # SQLite has one writer; nothing to hold open here
            other.close()
        admin.configuration.delete_object(oid)
        assert admin.configuration.config.objects == [] and admin.storage.load_configuration().objects == []
        if backend != "sqlite":
            assert table_name(oid) in (admin.storage.get_info("pending_ddl") or "")
            tx.rollback()
            other.close()
            other.engine.dispose()
        admin.configuration.add_object("Next", "Nexts")  # the next change retries the drop
        with admin.storage.connect() as conn:
            assert not sa.inspect(conn).has_table(table_name(oid))
        assert admin.storage.get_info("pending_ddl") in (None, "[]")
    finally:
        admin.close()


def test_a_refused_type_change_leaves_the_columns_as_they_were(session: Session) -> None:
    from supasoft.core.errors import ConversionError

    oid, f = _thing(session)
    ids = [_save(session, oid, {f["name"]: v}) for v in ("12", "x13", "14")]
    columns, version = _columns(session, oid), session.storage.load_configuration().version
    with pytest.raises(ConversionError):  # new-generation column and index were committed, then compensated
        session.configuration.change_field_type(oid, f["name"], type="integer", indexed=True)
    assert _columns(session, oid) == columns and session.storage.load_configuration().version == version
    report = session.configuration.change_field_type(oid, f["name"], type="integer", on_failure="keep")
    assert report.failures == [(ids[1], "x13")]
    kept = session.configuration.object(oid).field_by_name("Name (old value)")
    assert [session.records.get(oid, i).values[f["name"]] for i in ids] == [12, None, 14]
    assert session.records.get(oid, ids[1]).values[kept.id] == "x13"
    new_columns = _columns(session, oid)
    assert f"f_{f['name']}" not in new_columns and f"f_{f['name']}_1" in new_columns and column_name(kept) in new_columns


def test_reserved_id_ranges_never_overlap_normal_inserts(session: Session, backend: str) -> None:
    """Storage.reserve_ids (for RecordService.insert_many) hands out ids nobody else gets."""
    if backend == "sqlite":
        pytest.skip("SQLite has one writer: the largest id + 1 holds within the inserting transaction")
    oid, f = _thing(session)
    first_saved = _save(session, oid, {f["name"]: "a"})
    table = session.storage.physical(session.configuration.config).table(oid)
    with session.storage.begin() as conn:
        first = session.storage.reserve_ids(conn, table, 10)
    second_saved = _save(session, oid, {f["name"]: "b"})
    with session.storage.begin() as conn:
        again = session.storage.reserve_ids(conn, table, 5)
    assert first > first_saved
    reserved = set(range(first, first + 10)) | set(range(again, again + 5))
    assert len(reserved) == 15 and second_saved not in reserved


def test_a_field_that_does_not_fit_the_row_is_refused_cleanly(session: Session, backend: str) -> None:
    """Firebird rows hold 64 KB of declared VARCHAR: the 9th String(2000) field is a SchemaError, nothing half-done."""
    obj = session.configuration.add_object("Wide", "Wides")
    for n in range(8):
        session.configuration.add_field(obj.id, FieldDef(0, f"F{n}", "string", length=2000))
    columns = _columns(session, obj.id)
    if backend == "sqlite":
        session.configuration.add_field(obj.id, FieldDef(0, "F8", "string", length=2000))
        return
    with pytest.raises(SchemaError, match="one Firebird row"):
        session.configuration.add_field(obj.id, FieldDef(0, "F8", "string", length=2000))
    assert _columns(session, obj.id) == columns and len(session.configuration.object(obj.id).fields) == 8
    session.configuration.add_field(obj.id, FieldDef(0, "Long", "text"))  # a Text (BLOB) field still fits


def test_the_url_shown_to_users_hides_the_password(db_path) -> None:
    s = open_session(db_path)
    try:
        shown = s.storage.database.display_url
        assert "masterkey" not in shown and (s.storage.kind == "sqlite" or "***" in shown)
    finally:
        s.close()
