"""Sums, minimums, maximums and averages of exact decimals come back from the grouped query as Decimals of the
field's own scale on every backend (on Firebird straight from the driver, not re-quantized per group)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from supasoft.core.meta import FieldDef
from supasoft.core.reports.spec import Grouping, Measure
from supasoft.services.session import Session
from supasoft.storage.report_sql import ReportQuery

pytestmark = pytest.mark.all_backends


def test_aggregates_of_decimals_keep_their_scale(session: Session) -> None:
    cfg = session.configuration
    obj = cfg.add_object("Payment", "Payments")
    kind = cfg.add_field(obj.id, FieldDef(0, "Kind", "string", length=10)).id
    fields = {"money": cfg.add_field(obj.id, FieldDef(0, "Amount", "money")).id,
              "rate": cfg.add_field(obj.id, FieldDef(0, "Rate", "decimal", scale=3)).id,
              "whole": cfg.add_field(obj.id, FieldDef(0, "Units", "decimal", scale=0)).id}
    scales = {"money": 2, "rate": 3, "whole": 0}
    rows = [{kind: "a", fields["money"]: Decimal("1.10"), fields["rate"]: Decimal("0.125"), fields["whole"]: Decimal(3)},
            {kind: "a", fields["money"]: Decimal("2.30"), fields["rate"]: Decimal("1.500"), fields["whole"]: Decimal(4)},
            {kind: "b", fields["money"]: Decimal("-0.40"), fields["rate"]: None, fields["whole"]: None}]
    session.records.insert_many(obj.id, rows, history=False)
    measures = [Measure((fields[name],), func) for name in fields for func in ("sum", "min", "max", "avg")]
    builder = session.records.repo().builder(session.records.obj(obj.id))
    query = ReportQuery(builder, session.storage.ops, [Grouping((kind,))], [], measures, None)
    with session.storage.connect() as conn:
        groups = {g.keys[0]: g.values for g in query.grouped(conn, [0], list(range(len(measures))))}
        (everything,) = query.grouped(conn, [], [3, 7])  # no level read beside the keys, averages as (sum, count)
    assert everything.keys == () and everything.labels == ()
    assert everything.values == [(Decimal("3.00"), 3), (Decimal("1.625"), 2)]
    assert groups["a"][:4] == [Decimal("3.40"), Decimal("1.10"), Decimal("2.30"), (Decimal("3.40"), 2)]
    assert groups["a"][4:8] == [Decimal("1.625"), Decimal("0.125"), Decimal("1.500"), (Decimal("1.625"), 2)]
    assert groups["a"][8:] == [Decimal(7), Decimal(3), Decimal(4), (Decimal(7), 2)]
    assert groups["b"][4:] == [None, None, None, (None, 0)] * 2
    for values in groups.values():
        for i, name in enumerate(fields):
            for value in values[i * 4:i * 4 + 4]:
                total = value[0] if isinstance(value, tuple) else value
                assert total is None or (isinstance(total, Decimal) and total.as_tuple().exponent == -scales[name]), (name, total)
