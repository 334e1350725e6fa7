"""Labels of reference groups: read for the groups' ids only, as IN chunks or (many ids close together) one id
range, with the same answer either way; a measure-less grouped query returns no values."""

from __future__ import annotations

import pytest

from supasoft.core.meta import FieldDef
from supasoft.core.reports.spec import Grouping, Measure
from supasoft.services.session import Session
from supasoft.storage import report_sql
from supasoft.storage.report_sql import ReportQuery

pytestmark = pytest.mark.all_backends
CLIENTS = 1200


def _orders(session: Session, every: int) -> tuple[ReportQuery, int]:
    """CLIENTS clients; an order for every `every`-th of them (and one without a client)."""
    cfg = session.configuration
    client = cfg.add_object("Client", "Clients")
    name = cfg.add_field(client.id, FieldDef(0, "Name", "string", length=30)).id
    cfg.update_object(client.id, display_field=name)
    order = cfg.add_object("Order", "Orders")
    ref = cfg.add_field(order.id, FieldDef(0, "Client", "reference", target=client.id)).id
    session.records.insert_many(client.id, [{name: f"Client {i}"} for i in range(1, CLIENTS + 1)], history=False)
    rows = [{ref: i} for i in range(1, CLIENTS + 1, every)] + [{ref: None}]
    session.records.insert_many(order.id, rows, history=False)
    builder = session.records.repo().builder(session.records.obj(order.id))
    return ReportQuery(builder, session.storage.ops, [Grouping((ref,))], [], [Measure(None, "count")], None), len(rows)


@pytest.mark.parametrize("every", [1, 3])  # ids close together: one range read; far apart: IN chunks
def test_reference_labels_name_exactly_the_groups(session: Session, every: int, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    query, orders = _orders(session, every)
    with session.storage.connect() as conn:
        original = conn.execute

        def spy(statement, *args, **kwargs):  # type: ignore[no-untyped-def]
            reads.append(str(statement).upper())
            return original(statement, *args, **kwargs)

        monkeypatch.setattr(conn, "execute", spy)
        groups = query.grouped(conn, [0], [0])
        assert query.grouped(conn, [0], []) and all(row.values == [] for row in query.grouped(conn, [0], []))
    assert len(groups) == orders
    labels = {row.keys[0]: row.labels[0] for row in groups}
    assert labels.pop(None) is None
    assert labels == {i: f"Client {i}" for i in range(1, CLIENTS + 1, every)}
    label_reads = [sql for sql in reads if "GROUP BY" not in sql]
    ranged = every * len(labels) <= report_sql.DENSE * len(labels) and len(labels) > report_sql.LABEL_CHUNK
    assert ("BETWEEN" in label_reads[0]) == ranged, label_reads[0][:200]
