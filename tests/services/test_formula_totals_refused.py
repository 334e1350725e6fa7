"""A total the engine refuses to add up (a running sum beyond 64 bits) is computed record by record instead: the
refusal reaches the formula runner as storage's EngineRefused (no driver error class in services), on every backend."""

from __future__ import annotations

import logging

import pytest

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session
from supasoft.storage.formula_rows import EngineRefused, child_summaries, set_aggregate
from supasoft.storage.physical import column_name

pytestmark = pytest.mark.all_backends

BIG = 5_000_000_000_000_000_000  # two of them pass 2**63 - 1
UNITS = [BIG, BIG, -9_000_000_000_000_000_000, -500_000_000_000_000_000]  # the total fits 18 digits, the running sum not


def _orders(session: Session) -> tuple[int, int, int, int, int]:
    """Orders whose "Units total" sums their lines' whole-number units: (order, line, link field, units, total)."""
    cfg = session.configuration
    order = cfg.add_object("Order", "Orders")
    line = cfg.add_object("Line", "Lines")
    link = cfg.add_link(line.id, order.id, "Lines", on_delete="cascade").field
    units = cfg.add_field(line.id, FieldDef(0, "Units", "integer")).id
    total = cfg.add_field(order.id, FieldDef(0, "Units total", "formula", formula="SUM({Lines.Units})", scale=0)).id
    return order.id, line.id, link, units, total


def test_a_total_whose_running_sum_overflows_is_still_right(session: Session, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="supasoft.services.formula_runner")
    order_id, line_id, link, units, total = _orders(session)
    records = session.records
    order = records.save(records.new(order_id)).id or 0
    records.insert_many(line_id, [{link: order, units: n} for n in UNITS], history=False)
    assert records.get(order_id, order).values[total] == sum(UNITS) == 500_000_000_000_000_000
    assert "fell back to records one by one" in caplog.text  # the engine did refuse, and the runner took over


def test_storage_reports_the_refusal_as_its_own_error(session: Session) -> None:
    order_id, line_id, link, units, total = _orders(session)
    records = session.records
    order = records.save(records.new(order_id)).id or 0
    records.insert_many(line_id, [{link: order, units: BIG} for _ in range(2)], history=False)
    assert records.get(order_id, order).values[total] is None  # 10^19 does not fit the total's 18 digits
    repo = records.repo()
    lines, orders = records.obj(line_id), records.obj(order_id)
    child = repo.table(lines)
    link_column, units_column = column_name(lines.field_by_id(link)), column_name(lines.field_by_id(units))
    with session.storage.begin() as conn:
        with pytest.raises(EngineRefused):
            child_summaries(conn, child, link_column, units_column, [order], total=True, extremes=False)
        with pytest.raises(EngineRefused):
            set_aggregate(conn, repo.table(orders), column_name(orders.field_by_id(total)), child, link_column,
                          units_column, "SUM", [order])
