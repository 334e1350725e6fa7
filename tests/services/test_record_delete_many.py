"""RecordService.delete_many moves records to the trash exactly as deleting them one by one does: the same trash
entries (cascaded children inside), the same history rows and the same parents' totals; ids already gone are passed
over, and an account that may not delete is refused with nothing deleted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.storage.catalog import sys_history, sys_trash
from tests.conftest import lite_copy
from tests.services.test_import_apply import LINE, LINE_ORDER, ORDER, TOTAL

pytestmark = pytest.mark.all_backends


@pytest.fixture
def twin(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Session]:
    """A second fresh copy of the Lite demo database, beside `lite`."""
    yield from lite_copy(backend, tmp_path, request, "twin.db")


def lines_by_order(s: Session) -> dict[int, list[int]]:
    rows = s.records.list(LINE, ListQuery(columns=[(LINE_ORDER,)], limit=100000))
    out: dict[int, list[int]] = {}
    for r in rows:
        if r.cells[0].id is not None:
            out.setdefault(r.cells[0].id, []).append(r.id)
    return {k: sorted(v) for k, v in out.items()}


def written(s: Session, mark: int) -> tuple[list, list]:
    """The trash entries and the history rows written after history row `mark` (without ids and times)."""
    with s.records.storage.connect() as conn:
        trash = [tuple(r) for r in conn.execute(sa.select(sys_trash.c.object_id, sys_trash.c.record_id,
                                                          sys_trash.c.title, sys_trash.c.deleted_by,
                                                          sys_trash.c.payload).order_by(sys_trash.c.id))]
        h = sys_history.c
        history = sorted(tuple(str(x) for x in r) for r in conn.execute(
            sa.select(h.object_id, h.record_id, h.rec_version, h.user_name, h.action, h.field_id, h.old_value,
                      h.new_value).where(h.id > mark)))
    return trash, history


def last_history(s: Session) -> int:
    with s.records.storage.connect() as conn:
        return int(conn.execute(sa.select(sa.func.max(sys_history.c.id))).scalar() or 0)


def test_deleting_in_a_batch_equals_deleting_one_by_one(lite: Session, twin: Session) -> None:
    orders = lines_by_order(lite)
    assert orders == lines_by_order(twin)
    many = sorted(orders, key=lambda o: -len(orders[o]))
    partly, whole = many[0], many[1]
    lines = orders[partly][:2] + [99999999]  # two of its lines, and an id that does not exist
    totals = {o: lite.records.get(ORDER, o).values[TOTAL] for o in many[:2]}
    marks = last_history(lite), last_history(twin)
    assert marks[0] == marks[1]
    for line in lines[:2]:
        lite.records.delete(LINE, line)
    lite.records.delete(ORDER, whole)
    assert len(twin.records.delete_many(LINE, lines)) == 2
    assert len(twin.records.delete_many(ORDER, [whole])) == 1
    one_by_one, batch = written(lite, marks[0]), written(twin, marks[1])
    assert batch[0] and batch[1] and batch == one_by_one
    total = lite.records.get(ORDER, partly).values[TOTAL]
    assert total != totals[partly] and twin.records.get(ORDER, partly).values[TOTAL] == total
    assert lines_by_order(lite) == lines_by_order(twin) and whole not in lines_by_order(twin)
    restored = [i for i in twin.records.trash_items(ORDER) if i.record_id == whole]
    twin.records.restore(restored[0].id)  # the order comes back with its lines
    assert lines_by_order(twin)[whole] == orders[whole]
