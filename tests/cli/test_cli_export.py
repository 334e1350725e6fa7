"""supasoft-admin export on every backend: an object's records to .xlsx (typed cells, frozen header, widths, money
format, formula-like text kept as text) or .csv; exporting and importing again loses nothing for any field type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from supasoft.core.meta import FieldDef
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session
from tests.cli.cli_run import admin, assert_refused

pytestmark = pytest.mark.all_backends
CLIENT = 1


@pytest.fixture
def target(lite: Session) -> Iterator[str]:
    yield lite.storage.database.url if lite.storage.kind == "firebird" else str(lite.storage.database.path)


def every_type(lite: Session) -> tuple[int, list[FieldDef], dict[int, object]]:
    """An object with a field of every type a user types in, one record filled, a formula reading two of them."""
    cfg = lite.configuration
    deal = cfg.add_object("Deal", "Deals")
    add = lambda f: cfg.add_field(deal.id, f)  # noqa: E731 - a short local helper
    fields = [add(FieldDef(0, "Title", "string", length=60)), add(FieldDef(0, "Story", "text")),
              add(FieldDef(0, "Weight", "decimal", precision=12, scale=3)), add(FieldDef(0, "Price", "money", scale=2)),
              add(FieldDef(0, "Units", "integer")), add(FieldDef(0, "Ratio", "float")),
              add(FieldDef(0, "Signed", "date")), add(FieldDef(0, "Called", "datetime")), add(FieldDef(0, "Won", "boolean")),
              add(FieldDef(0, "Stage", "choice", choices=("New", "Won", "Lost"))), add(FieldDef(0, "Mail", "email", length=80)),
              add(FieldDef(0, "Phone", "phone", length=30)), add(FieldDef(0, "Site", "url", length=200)),
              add(FieldDef(0, "Stars", "rating")), add(FieldDef(0, "Client", "reference", target=CLIENT)),
              add(FieldDef(0, "Value", "formula", formula="{Price} * {Units}", scale=2))]
    client = lite.records.list(CLIENT, ListQuery(limit=1))[0].id
    values = {fields[0].id: "=HYPERLINK(\"x\")", fields[1].id: "Line one\nLine two; \"quoted\", -minus", fields[2].id: Decimal("1234.567"),
              fields[3].id: Decimal("-1999.99"), fields[4].id: 3, fields[5].id: 0.125, fields[6].id: dt.date(2026, 3, 14),
              fields[7].id: dt.datetime(2026, 3, 14, 9, 30), fields[8].id: True, fields[9].id: "Won",
              fields[10].id: "ala@example.com", fields[11].id: "+48 601 234 567", fields[12].id: "https://example.com/a?b=1",
              fields[13].id: 4, fields[14].id: client}
    record = lite.records.new(deal.id)
    record.values.update(values)
    lite.records.save(record)
    return deal.id, fields, values


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_loses_nothing_for_any_field_type(lite: Session, target: str, tmp_path: Path, suffix: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    deal, fields, values = every_type(lite)
    path = tmp_path / f"deals{suffix}"
    code, out, err = admin(capsys, "--database", target, "export", "deals", str(path))
    assert code == 0, err
    assert "exported 1 record(s) of Deals" in out
    code, out, err = admin(capsys, "--database", target, "import", "Deals", str(path))
    assert code == 0, err
    assert "created 1, updated 0, skipped 0" in out
    rows = lite.records.list(deal, ListQuery(limit=10))
    assert len(rows) == 2
    first, second = (lite.records.get(deal, r.id) for r in sorted(rows, key=lambda r: r.id))
    for f in fields:
        assert second.values.get(f.id) == first.values.get(f.id), f.name
    assert first.values[fields[0].id] == values[fields[0].id]
    assert second.values[fields[15].id] == Decimal("-5999.97")


def test_an_xlsx_export_has_typed_cells_a_frozen_header_widths_and_money_formats(lite: Session, target: str, tmp_path: Path,
                                                                                capsys: pytest.CaptureFixture[str]) -> None:
    deal, fields, values = every_type(lite)
    path = tmp_path / "deals.xlsx"
    code, out, err = admin(capsys, "--database", target, "export", "Deal", str(path))
    assert code == 0, err
    ws = load_workbook(path).active
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Code", "Title", "Story"]
    row = {h: c for h, c in zip(header, ws[2], strict=True)}
    assert row["Title"].data_type == "s" and row["Title"].value == values[fields[0].id]  # text, never a formula
    assert row["Price"].number_format == "#,##0.00" and Decimal(str(row["Price"].value)) == Decimal("-1999.99")
    assert row["Signed"].value == dt.datetime(2026, 3, 14) and row["Won"].value is True
    assert ws.column_dimensions["B"].width >= 10


def test_a_view_chooses_the_columns_and_an_unknown_view_is_refused(lite: Session, target: str, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    views = lite.views_of(CLIENT)
    path = tmp_path / "clients.csv"
    code, out, err = admin(capsys, "--database", target, "export", "clients", str(path), "--view", views[0].name.upper())
    assert code == 0, err
    header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert len(header) == len(views[0].columns)
    assert f"exported {lite.records.count(CLIENT)} record(s)" in out
    code, out, err = admin(capsys, "--database", target, "export", "clients", str(path), "--view", "No such view")
    assert_refused(code, err, "There is no list view 'No such view'")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_user_field_and_a_file_field_survive_export_and_import_with_the_files_folder(
        lite: Session, target: str, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]) -> None:
    from supasoft.core.fieldtypes import FileValue

    lite.users.sleep = lambda seconds: None
    lite.users.create_user("admin", "correct horse", "Admin")
    anna = lite.users.create_user("anna", "correct horse", "Anna Kowalska")
    cfg = lite.configuration
    note = cfg.add_object("Memo", "Memos")
    title = cfg.add_field(note.id, FieldDef(0, "Title", "string", length=40))
    owner = cfg.add_field(note.id, FieldDef(0, "Written by", "user"))
    scan = cfg.add_field(note.id, FieldDef(0, "Scan", "file"))
    record = lite.records.new(note.id)
    record.values.update({title.id: "First", owner.id: anna, scan.id: FileValue("skan 1.pdf", data=b"%PDF first")})
    first = lite.records.save(record)
    login = ["--database", target, "--user", "admin", "--password", "correct horse"]
    path = tmp_path / f"memos{suffix}"
    code, out, err = admin(capsys, *login, "export", "memos", str(path))
    assert code == 0, err
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "skan 1.pdf").write_bytes(b"%PDF first")  # the files beside the exported list
    code, out, err = admin(capsys, *login, "import", "memos", str(path), "--files", str(folder))
    assert code == 0, out + err
    assert "created 1, updated 0, skipped 0" in out
    again = next(lite.records.get(note.id, r.id) for r in lite.records.list(note.id, ListQuery(limit=10)) if r.id != first.id)
    assert again.values[title.id] == "First" and again.values[owner.id] == anna
    stored = again.values[scan.id]
    assert lite.records.read_file(stored.file_id, object_id=note.id, record_id=again.id) == ("skan 1.pdf", b"%PDF first")
