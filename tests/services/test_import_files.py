"""File fields filled from a folder: a column names each record's file (never one outside the folder); a missing
file is the row's problem; the files are stored with their records in the import's transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.core.fieldtypes import FileValue
from supasoft.core.meta import FieldDef
from supasoft.services.importing import ImportService
from supasoft.services.session import Session
from tests.services.test_import_apply import csv_file

pytestmark = pytest.mark.all_backends


def test_files_named_in_a_column_come_from_the_folder(lite: Session, tmp_path: Path) -> None:
    cfg = lite.configuration
    contract = cfg.add_object("Contract", "Contracts")
    title = cfg.add_field(contract.id, FieldDef(0, "Title", "string", length=40))
    scan = cfg.add_field(contract.id, FieldDef(0, "Scan", "file"))
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "umowa 1.pdf").write_bytes(b"%PDF-1 first")
    (folder / "two.png").write_bytes(b"\x89PNG second")
    (tmp_path / "secret.txt").write_text("not for import")
    path = csv_file(tmp_path, "Title;Scan\nFirst;umowa 1.pdf\nSecond;two.png\nNo scan;\nMissing;gone.pdf\nEscape;../secret.txt\n")
    service = ImportService(lite.records)
    table = service.read(path)
    without = service.preview(table, service.mapping("Contracts", table.headers))
    assert {str(p.message) for p in without.problems} == {"'umowa 1.pdf' needs the folder of files (--files)", "'two.png' needs the folder of files (--files)", "'gone.pdf' needs the folder of files (--files)", "'../secret.txt' needs the folder of files (--files)"}
    preview = service.preview(table, service.mapping("Contracts", table.headers, files=folder))
    assert sorted((p.row, str(p.message)) for p in preview.problems) == [
        (5, f"no file 'gone.pdf' in {folder.resolve()}"), (6, "'../secret.txt' is outside the folder of files")]
    result = service.apply(preview, skip_bad=True)
    assert result.counts == {"created": 3, "updated": 0, "skipped": 2}
    stored = {}
    for record_id in result.created:
        record = lite.records.get(contract.id, record_id)
        value = record.values.get(scan.id)
        stored[record.values[title.id]] = lite.records.read_file(value.file_id or 0, object_id=contract.id, record_id=record_id) \
            if isinstance(value, FileValue) else None
    assert stored == {"First": ("umowa 1.pdf", b"%PDF-1 first"), "Second": ("two.png", b"\x89PNG second"), "No scan": None}
