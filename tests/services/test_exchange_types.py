"""An Excel export takes each column's cell values and number formats from the field's type (to_cell, cell_format)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from supasoft.core.meta import FieldDef
from supasoft.services.exchange import export_list
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session


def test_each_type_gives_its_cells_their_value_and_format(session: Session, tmp_path: Path) -> None:
    cfg = session.configuration
    deal = cfg.add_object("Deal", "Deals")
    fields = [
        cfg.add_field(deal.id, FieldDef(0, "Weight", "decimal", scale=3)),
        cfg.add_field(deal.id, FieldDef(0, "Price", "money", scale=2)),
        cfg.add_field(deal.id, FieldDef(0, "Units", "integer")),
        cfg.add_field(deal.id, FieldDef(0, "Signed", "date")),
        cfg.add_field(deal.id, FieldDef(0, "Called", "datetime")),
        cfg.add_field(deal.id, FieldDef(0, "Won", "boolean")),
        cfg.add_field(deal.id, FieldDef(0, "Value", "formula", formula="{Price} * {Units}", scale=1)),
        cfg.add_field(deal.id, FieldDef(0, "Due", "formula", formula="{Signed} + 30", result_type="date")),
        cfg.add_field(deal.id, FieldDef(0, "Note", "string", length=40)),
    ]
    record = session.records.new(deal.id)
    record.values.update({fields[0].id: "1234.5", fields[1].id: "1999.99", fields[2].id: 3, fields[3].id: dt.date(2026, 3, 14),
                          fields[4].id: dt.datetime(2026, 3, 14, 9, 30), fields[5].id: True, fields[8].id: "=SUM(A1)"})
    session.records.save(record)
    path = tmp_path / "deals.xlsx"
    export_list(session.records, deal.id, ListQuery(columns=[(f.id,) for f in fields]), path)
    row = list(load_workbook(path).active.iter_rows(min_row=2, max_row=2))[0]
    values = [c.value for c in row]
    formats = [c.number_format for c in row]
    assert Decimal(str(values[0])) == Decimal("1234.5") and formats[0] == "0.000"
    assert Decimal(str(values[1])) == Decimal("1999.99") and formats[1] == "#,##0.00"
    assert values[2] == 3 and formats[2] == "General"
    assert values[3] == dt.datetime(2026, 3, 14) and formats[3] == "yyyy-mm-dd"
    assert values[4] == dt.datetime(2026, 3, 14, 9, 30) and formats[4] == "yyyy-mm-dd hh:mm"
    assert values[5] is True and formats[5] == "General"
    assert Decimal(str(values[6])) == Decimal("5999.97").quantize(Decimal("0.1")) and formats[6] == "#,##0.0"
    assert values[7] == dt.datetime(2026, 4, 13) and formats[7] == "yyyy-mm-dd"
    assert values[8] == "=SUM(A1)" and row[8].data_type == "s"  # text stays text, never a formula
