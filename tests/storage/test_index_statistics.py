"""Firebird measures an index's selectivity only when the index is made (on an empty table: 0): opening a database
refreshes the figures, or the optimizer reads a drill-down's every line instead of using the reference's index."""

from __future__ import annotations

import datetime as dt

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session
from supasoft.storage.firebird.index_stats import refresh_index_statistics
from supasoft.storage.physical import table_name

pytestmark = pytest.mark.all_backends


def _selectivity(session: Session, table: str) -> dict[str, float]:
    with session.storage.connect() as conn:
        rows = conn.exec_driver_sql("SELECT TRIM(RDB$INDEX_NAME), RDB$STATISTICS FROM RDB$INDICES"
                                    f" WHERE RDB$RELATION_NAME = '{table.upper()}'").all()
    return {name: float(value or 0) for name, value in rows}


def test_open_measures_the_indexes_of_filled_tables(session: Session) -> None:
    if session.storage.kind != "firebird":
        pytest.skip("SQLite plans without index figures")
    cfg = session.configuration
    client = cfg.add_object("Client", "Clients")
    order = cfg.add_object("Order", "Orders")
    ref = cfg.add_field(order.id, FieldDef(0, "Client", "reference", target=client.id))
    session.records.insert_many(client.id, [{} for _ in range(20)], history=False)
    session.records.insert_many(order.id, [{ref.id: 1 + i % 20} for i in range(200)], history=False)
    table = table_name(order.id)
    assert not any(_selectivity(session, table).values())  # made on an empty table, never measured since
    now = dt.datetime.now() + dt.timedelta(days=2)  # the open refreshed them all today: a full one is due
    assert refresh_index_statistics(session.storage, now)
    measured = _selectivity(session, table)
    assert measured[f"IX_{order.id}_{ref.id}"] == pytest.approx(1 / 200, rel=0.2)  # (client, id): one per row
    # within the day only indexes still unmeasured are read again (none: empty tables are not read at all)
    assert refresh_index_statistics(session.storage, now + dt.timedelta(hours=2)) == []
    assert set(refresh_index_statistics(session.storage, now + dt.timedelta(days=1))) >= set(measured)
