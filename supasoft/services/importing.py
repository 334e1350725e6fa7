"""Importing records from a spreadsheet, a CSV file or a table of another SQLite database: read, map, preview, apply.

    service = ImportService(session.records)
    table = service.read("clients.csv")
    mapping = service.mapping("Clients", table.headers, mode="upsert", keys=["Tax ID"])
    preview = service.preview(table, mapping)      # per-cell problems and counts, nothing written
    result = service.apply(preview, skip_bad=True)  # through RecordService: rights, history, formulas

A mapping's to_dict() can be saved (a sys_info key per object is the plan for the wizard) and given back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from supasoft.services.import_apply import (
    Cancelled,
    ImportRefused,
    ImportResult,
    Progress,
    apply_import,
    problem_lines,
)
from supasoft.services.import_mapping import CODE, ColumnMap, ImportMapping, find_object, fold, guess_mapping
from supasoft.services.import_preview import CellProblem, ImportPreview, build_preview
from supasoft.services.import_read import ImportReadError, SourceTable, read_table
from supasoft.services.records import RecordService

__all__ = ["CODE", "CellProblem", "ColumnMap", "ImportMapping", "ImportPreview", "ImportReadError", "ImportRefused",
           "ImportResult", "ImportService", "SourceTable", "fold", "problem_lines"]


class ImportService:
    """The import steps, as the logged-in user (the record services check every right)."""

    def __init__(self, records: RecordService):
        self.records = records

    def read(self, path: Path | str, *, sheet: str | None = None, table: str | None = None) -> SourceTable:
        """The file's headers and rows (.xlsx, .csv, or `table` of another SQLite database)."""
        return read_table(path, sheet=sheet, table=table)

    def mapping(self, object_name: str, headers: list[str], *, mode: str = "create", keys: list[str] | None = None,
                overrides: list[str] | None = None) -> ImportMapping:
        """Columns matched to the object's fields by header; `overrides` as "Header=Field" or "Header=Field@Key"."""
        config = self.records.config
        return guess_mapping(config, find_object(config, object_name), headers, mode=mode, keys=keys, overrides=overrides)

    def saved_mapping(self, data: dict[str, Any]) -> ImportMapping:
        """A mapping given back from its to_dict()."""
        return ImportMapping.from_dict(data)

    def preview(self, table: SourceTable, mapping: ImportMapping) -> ImportPreview:
        """Every row parsed, with its problems, and what would be created, updated and skipped; nothing written."""
        return build_preview(self.records, table, mapping)

    def apply(self, preview: ImportPreview, *, skip_bad: bool = False, progress: Progress | None = None,
              cancelled: Cancelled | None = None, batch: int = 5000) -> ImportResult:
        """Write the previewed rows (all-or-nothing unless skip_bad)."""
        return apply_import(self.records, preview, skip_bad=skip_bad, progress=progress, cancelled=cancelled, batch=batch)
