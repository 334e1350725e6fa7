"""Excel export of a list view: every row in the view's order, typed cells, and no formula injection."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from supasoft.core.meta import Condition, FieldDef, FilterGroup, SortKey
from supasoft.services.exchange import ExportCancelled, cell_for, export_list, is_risky
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from supasoft.services.setup import lite_ids


def read(path: Path) -> list[tuple]:
    wb = load_workbook(path)
    return [tuple(c.value for c in row) for row in wb.active.iter_rows()]


def test_export_reads_back_with_values_and_types(lite: Session, tmp_path: Path) -> None:
    ids = lite_ids(lite)
    columns = [(), (ids["order.date"],), (ids["order.client"],), (ids["order.client"], ids["client.city"]),
               (ids["order.status"],), (ids["order.total"],)]
    query = ListQuery(columns=columns, sort=[SortKey((ids["order.total"],), descending=True)])
    path = tmp_path / "orders.xlsx"
    count = export_list(lite.records, ids["order"], query, path)
    rows = read(path)
    assert count == lite.records.count(ids["order"]) == len(rows) - 1
    assert rows[0] == ("Code", "Date", "Client", "Client → City", "Status", "Total")
    expected = lite.records.list(ids["order"], ListQuery(columns=columns, sort=query.sort, limit=1000))
    first = rows[1]
    assert first[0] == expected[0].code.strip() or first[0].startswith("ORD-")
    assert isinstance(first[1], dt.datetime) and first[1].date() == expected[0].cells[1]
    assert first[2] == expected[0].cells[2].text and isinstance(first[3], str)
    assert isinstance(first[5], (int, float)) and Decimal(str(first[5])) == expected[0].cells[5]
    totals = [r[5] for r in rows[1:]]
    assert totals == sorted(totals, reverse=True)
    wb = load_workbook(path)
    assert wb.active.cell(2, 6).number_format == "#,##0.00"
    assert wb.active.cell(1, 1).font.bold


def test_formula_like_text_stays_text(session: Session, tmp_path: Path) -> None:
    cfg = session.configuration
    obj = cfg.add_object("Item", "Items")
    name = cfg.add_field(obj.id, FieldDef(0, "Name", "string", length=100))
    qty = cfg.add_field(obj.id, FieldDef(0, "Qty", "integer"))
    flag = cfg.add_field(obj.id, FieldDef(0, "Flag", "boolean"))
    nasty = ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", "\t=1", "=HYPERLINK(\"http://x\")", "plain", "a=b"]
    for i, text in enumerate(nasty):
        rec = session.records.new(obj.id)
        rec.values.update({name.id: text, qty.id: i, flag.id: i % 2 == 0})
        session.records.save(rec)
    path = tmp_path / "items.xlsx"
    export_list(session.records, obj.id, ListQuery(columns=[(name.id,), (qty.id,), (flag.id,)]), path)
    wb = load_workbook(path)
    ws = wb.active
    got = [ws.cell(r, 1) for r in range(2, 2 + len(nasty))]
    assert [c.value for c in got] == [t.strip() for t in nasty]  # the text as stored (trimmed), nothing prefixed
    for cell in got:
        assert cell.data_type == "s", cell.value  # never "f" (a formula)
    assert ws.cell(2, 1).value == "=1+1" and ws.cell(2, 1).quotePrefix
    assert ws.cell(8, 1).quotePrefix is False  # ordinary text untouched
    assert ws.cell(2, 2).value == 0 and ws.cell(3, 2).data_type == "n"
    assert ws.cell(2, 3).value is True
    with path.open("rb") as fh:
        import zipfile

        sheet = zipfile.ZipFile(fh).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet


def test_is_risky() -> None:
    assert all(is_risky(t) for t in ("=A1", "+1", "-1", "@x", "\tx", "\rx"))
    assert not any(is_risky(t) for t in ("A1", " =1", "1-2", ""))


def test_filter_search_and_cancel(lite: Session, tmp_path: Path) -> None:
    ids = lite_ids(lite)
    query = ListQuery(columns=[(ids["client.name"],)],
                      filter=FilterGroup("and", [Condition((ids["client.kind"],), "eq", "Person")]))
    path = tmp_path / "people.xlsx"
    assert export_list(lite.records, ids["client"], query, path, titles=["Who"]) == 3
    assert read(path)[0] == ("Who",)
    seen: list[tuple[int, int]] = []
    path2 = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelled):
        export_list(lite.records, ids["client"], ListQuery(columns=[()]), path2,
                    progress=lambda done, total: seen.append((done, total)) or False)
    assert not path2.exists() and seen == [(0, 12)]


def test_cell_for_plain_values() -> None:
    from openpyxl import Workbook

    ws = Workbook(write_only=True).create_sheet()
    assert cell_for(ws, dt.date(2026, 1, 2), None).number_format == "yyyy-mm-dd"
    assert cell_for(ws, None, None).value is None


def _stored_raw(session: Session, object_id: int, values: list[dict[int, str]]) -> None:
    """Put texts in the table below the services, as a migration or another program could have left them."""
    import sqlalchemy as sa

    from supasoft.storage.physical import column_name

    storage = session.storage
    config = session.configuration.config
    table = storage.physical(config).table(object_id)
    obj = config.object_by_id(object_id)
    with storage.begin() as conn:
        start = conn.execute(sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0))).scalar_one()
        for n, row in enumerate(values, start=1):
            cells = {column_name(obj.field_by_id(fid)): text for fid, text in row.items()}
            conn.execute(table.insert().values(id=start + n, rec_code=start + n, rec_version=1, **cells))


@pytest.mark.all_backends
def test_control_characters_are_escaped_and_long_texts_reported(session: Session, tmp_path: Path) -> None:
    from openpyxl.utils.escape import unescape

    from supasoft.services.exchange import CELL_MAX, NOTES_SHEET, ExportReport

    cfg = session.configuration
    obj = cfg.add_object("Note", "Notes")
    title = cfg.add_field(obj.id, FieldDef(0, "Title", "string", length=200))
    body = cfg.add_field(obj.id, FieldDef(0, "Body", "text"))
    controls = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
    texts = {
        "bell": f"a\x07b\x00c{controls}",
        "literal": "keep _x0041_ as typed",
        "formula": "=1+2\x01",
        "long": "Łódź " * 8000,  # 40,000 characters
        "emoji": "😀" * 20000,  # 20,000 characters but 40,000 UTF-16 units in Excel
        "fits": "ż" * CELL_MAX,
    }
    _stored_raw(session, obj.id, [{title.id: name, body.id: text} for name, text in texts.items()])
    path = tmp_path / "notes.xlsx"
    report = ExportReport()
    query = ListQuery(columns=[(), (title.id,), (body.id,)], sort=[SortKey((title.id,))])
    assert export_list(session.records, obj.id, query, path, report=report) == len(texts) == report.rows
    wb = load_workbook(path)
    ws = wb[wb.sheetnames[0]]
    got = {ws.cell(r, 2).value: ws.cell(r, 3) for r in range(2, 2 + len(texts))}
    assert unescape(got["bell"].value) == texts["bell"] and "_x0007_" in got["bell"].value
    assert got["literal"].value == "keep _x005F_x0041_ as typed"  # Excel shows the text as typed, not "keep A"
    assert unescape(got["literal"].value) == texts["literal"]
    assert got["formula"].data_type == "s" and got["formula"].quotePrefix and got["formula"].value == "=1+2_x0001_"
    assert got["fits"].value == texts["fits"]
    long_cell, emoji_cell = got["long"].value, got["emoji"].value
    assert len(long_cell) == CELL_MAX and long_cell.endswith("\u2026") and texts["long"].startswith(long_cell[:-1])
    assert len(emoji_cell.encode("utf-16-le")) // 2 <= CELL_MAX and emoji_cell.endswith("\u2026")
    assert report.escaped == 3
    codes = {ws.cell(r, 2).value: ws.cell(r, 1).value for r in range(2, 2 + len(texts))}
    assert sorted((c.code, c.column, c.length) for c in report.cut) == sorted(
        [(codes["long"], "Body", 40000), (codes["emoji"], "Body", 40000)])
    notes = wb[NOTES_SHEET]
    listed = sorted((r[0], r[1], r[2]) for r in notes.iter_rows(min_row=2, values_only=True))
    assert listed == sorted((c.code, c.column, c.length) for c in report.cut)


def test_excel_text_is_plain_for_ordinary_text() -> None:
    from supasoft.services.exchange import excel_text

    assert excel_text("Zażółć gęślą jaźń\tЁжик\n") == ("Zażółć gęślą jaźń\tЁжик\n", False, None)
    assert excel_text("x_y_x00") == ("x_y_x00", False, None)
    assert excel_text("\ud800") == ("\ufffd", False, None)
