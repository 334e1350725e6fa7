"""Live Firebird: Core CRUD with every field type, Unicode text, the transaction settings and the FB3 RETURNING fix."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

pytest.importorskip("sqlalchemy_firebird", reason="sqlalchemy-firebird not installed")

from sqlalchemy import (  # noqa: E402
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    func,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, registry  # noqa: E402

from supasoft.storage.firebird.engine import firebird_server_version  # noqa: E402

pytestmark = pytest.mark.firebird

CYRILLIC = "Привет, мир — Ёжик и Щука"
POLISH = "Zażółć gęślą jaźń ŁÓDŹ"


def _contacts(name: str) -> Table:
    return Table(
        name,
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("name", String(100), nullable=False),
        Column("note", Text),
        Column("amount", Numeric(18, 2)),
        Column("born", Date),
        Column("seen_at", DateTime),
        Column("active", Boolean),
        Column("big", BigInteger),
    )


ROWS: list[dict[str, Any]] = [
    {"name": CYRILLIC, "note": "Длинная заметка\nвторая строка " * 50, "amount": Decimal("1234567890123456.78"),
     "born": date(1990, 1, 31), "seen_at": datetime(2024, 5, 6, 7, 8, 9, 123400), "active": True, "big": 2**62},
    {"name": POLISH, "note": "Pchnąć w tę łódź jeża lub ośm skrzyń fig", "amount": Decimal("-0.05"),
     "born": date(2000, 2, 29), "seen_at": datetime(2000, 1, 1), "active": False, "big": -(2**63)},
    {"name": "plain", "note": None, "amount": None, "born": None, "seen_at": None, "active": None, "big": None},
]


def test_crud_roundtrip_all_types(engine: Any, table_name: str) -> None:
    t = _contacts(table_name)
    t.metadata.create_all(engine)
    with engine.begin() as conn:
        ids = [conn.execute(t.insert().values(**row).returning(t.c.id)).scalar_one() for row in ROWS]
    assert len(set(ids)) == 3 and all(isinstance(i, int) for i in ids)

    with engine.connect() as conn:
        got = conn.execute(select(t).order_by(t.c.id)).mappings().all()
    assert [g["id"] for g in got] == ids
    for row, g in zip(ROWS, got, strict=True):
        for key, value in row.items():
            assert g[key] == value, key
            if value is not None:
                assert type(g[key]) is type(value), key

    with engine.begin() as conn:
        conn.execute(t.update().where(t.c.id == ids[1]).values(name=POLISH.upper(), amount=Decimal("10.10")))
        assert conn.execute(t.delete().where(t.c.id == ids[2])).rowcount == 1
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t)).scalar_one() == 2
        assert conn.execute(select(t.c.name).where(t.c.id == ids[1])).scalar_one() == "ZAŻÓŁĆ GĘŚLĄ JAŹŃ ŁÓDŹ"
        assert conn.execute(select(t.c.amount).where(t.c.id == ids[1])).scalar_one() == Decimal("10.10")
        # ilike is Unicode-aware on Firebird (lower() of Cyrillic and Polish letters)
        assert conn.execute(select(t.c.id).where(t.c.name.ilike("%ёжик%"))).scalars().all() == [ids[0]]
        assert conn.execute(select(t.c.id).where(t.c.name.ilike("%łódź%"))).scalars().all() == [ids[1]]


def test_executemany_and_multirow_update(engine: Any, table_name: str) -> None:
    t = _contacts(table_name)
    t.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(t.insert(), [{"name": f"{CYRILLIC} {i}", "active": False, "big": i} for i in range(25)])
    with engine.begin() as conn:
        assert conn.execute(t.update().where(t.c.big < 10).values(active=True)).rowcount == 10
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).where(t.c.active.is_(True))).scalar_one() == 10


def test_fb3_multirow_returning_is_disabled_and_orm_fetch_sync_works(engine: Any, table_name: str) -> None:
    t = _contacts(table_name)
    t.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(t.insert(), [{"name": f"n{i}", "big": i} for i in range(5)])
    if engine.dialect.server_version_info >= (4,):
        pytest.skip("multi-row RETURNING works on Firebird 4+")
    assert engine.dialect.update_returning is False and engine.dialect.delete_returning is False

    class Contact:
        pass

    registry().map_imperatively(Contact, t)
    with Session(engine) as session:
        loaded = session.scalars(select(Contact).order_by(t.c.id)).all()
        # with update_returning still True this fails on FB3: "multiple rows in singleton select"
        session.execute(
            update(Contact).where(t.c.big >= 2).values(name="bulk").execution_options(synchronize_session="fetch")
        )
        session.commit()
        assert [c.name for c in loaded] == ["n0", "n1", "bulk", "bulk", "bulk"]


def test_every_transaction_is_read_committed_with_lock_timeout(make_engine: Any) -> None:
    engine = make_engine(lock_timeout=3)
    with engine.connect() as conn:
        for _ in range(2):  # first and later transactions on the same attachment
            mode, timeout = conn.execute(
                text("select mon$isolation_mode, mon$lock_timeout from mon$transactions"
                     " where mon$transaction_id = current_transaction")
            ).one()
            assert (mode, timeout) == (2, 3)  # 2 = READ COMMITTED RECORD_VERSION
            conn.rollback()


def test_server_version(engine: Any) -> None:
    version = firebird_server_version(engine)
    assert version >= (3, 0) and len(version) == 3
    assert version[:2] == tuple(engine.dialect.server_version_info[:2])


def test_invalidate_closes_cleanly(engine: Any, caplog: pytest.LogCaptureFixture) -> None:
    with engine.connect() as conn:
        conn.execute(text("select 1 from rdb$database")).all()
        conn.invalidate()  # firebird-driver has no terminate(); the engine maps it to close()
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    with engine.connect() as conn:
        assert conn.execute(text("select 1 from rdb$database")).scalar_one() == 1
