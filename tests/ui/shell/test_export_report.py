"""Exporting a view with a text longer than an Excel cell tells the user which texts were cut."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from supasoft.services.exchange import NOTES_SHEET
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow


def test_a_cut_text_is_reported_not_silent(qtbot, lite: Session, window: MainWindow, ids: dict[str, int],
                                           tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    client = lite.records.new(ids["client"])
    client.values.update({ids["client.name"]: "Długie Notatki", ids["client.notes"]: "ż" * 40000})
    saved = lite.records.save(client)
    warnings: list[str] = []
    monkeypatch.setattr("supasoft.shell.table_ops.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    clients = window.open_object(ids["client"])
    clients.load_view(None)  # every field, Notes included
    clients.search_now("Długie")
    path = tmp_path / "long.xlsx"
    assert clients.export_to(path) == 1
    assert len(warnings) == 1 and NOTES_SHEET in warnings[0] and f"{saved.code_text} \u2013 Notes (40,000)" in warnings[0]
    wb = load_workbook(path)
    assert [r[:3] for r in wb[NOTES_SHEET].iter_rows(min_row=2, values_only=True)] == [(saved.code_text, "Notes", 40000)]
