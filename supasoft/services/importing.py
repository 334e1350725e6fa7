"""Importing records from a spreadsheet, a CSV file or a table of another SQLite database: read, map, preview, apply.

    service = ImportService(session.records)
    table = service.read("clients.csv")
    mapping = service.mapping("Clients", table.headers, mode="upsert", keys=["Tax ID"])
    preview = service.preview(table, mapping)      # per-cell problems and counts, nothing written
    result = service.apply(preview, skip_bad=True)  # through RecordService: rights, history, formulas
    service.write_errors(table, result.skipped, "bad.xlsx", language="pl")  # the bad rows + Row + Reason
    service.undo(result)                            # or service.undo(result.import_id), later

The mapping of an object's last import is remembered (sys_info) and used again for the same headers.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.services.import_apply import (
    Cancelled,
    ImportRefused,
    ImportResult,
    Progress,
    apply_import,
    problem_lines,
)
from supasoft.services.import_details import DetailImport, apply_details, preview_details
from supasoft.services.import_errors import is_error_file_column, write_detail_error_file, write_error_file
from supasoft.services.import_mapping import CODE, ColumnMap, ImportMapping, find_object, fold, guess_mapping
from supasoft.services.import_preview import CellProblem, ImportPreview, PreviewCancelled, build_preview
from supasoft.services.import_read import ImportReadError, SourceTable, read_table
from supasoft.services.import_undo import ImportLog, keep_log, read_log, undo_import
from supasoft.services.records import RecordService
from supasoft.services.source_lists import sheet_names, source_kind, table_names

MAPPING_INFO = "import_mapping_{object_id}"  # sys_info: the last import's mapping of an object
log = logging.getLogger(__name__)

__all__ = ["CODE", "CellProblem", "ColumnMap", "DetailImport", "ImportMapping", "ImportPreview", "ImportReadError", "ImportRefused",
           "ImportLog", "ImportResult", "ImportService", "PreviewCancelled", "SourceTable", "fold", "problem_lines"]


class ImportService:
    """The import steps, as the logged-in user (the record services check every right)."""

    def __init__(self, records: RecordService):
        self.records = records

    def read(self, path: Path | str, *, sheet: str | None = None, table: str | None = None, encoding: str | None = None,
             delimiter: str | None = None) -> SourceTable:
        """The file's headers and rows (.xlsx, .csv, or `table` of another SQLite database); a CSV's encoding and
        delimiter are detected unless given."""
        return read_table(path, sheet=sheet, table=table, encoding=encoding, delimiter=delimiter)

    def kind(self, path: Path | str) -> str:
        """How the file is read: 'xlsx', 'sqlite' or 'csv'."""
        return source_kind(path)

    def sheets(self, path: Path | str) -> list[str]:
        """The sheets of an .xlsx workbook, in order."""
        return sheet_names(path)

    def tables(self, path: Path | str) -> list[str]:
        """The tables and views of another SQLite database."""
        return table_names(path)

    def mapping(self, object_name: str, headers: list[str], *, mode: str = "create", keys: list[str] | None = None,
                overrides: list[str] | None = None, codes_from: str | None = None,
                files: Path | str | None = None) -> ImportMapping:
        """Columns matched to the object's fields by header, as the object's last import did for the same headers;
        `overrides` as "Header=Field" or "Header=Field@Key"; `codes_from`: the column whose old numbers
        ('ORD-00042', 42) new records take as their Codes (the Code counter then continues after the highest);
        `files`: the folder holding the files that a file field's column names."""
        config = self.records.config
        obj = find_object(config, object_name)
        if codes_from is not None:
            overrides = [*(overrides or []), f"{codes_from}=Code"]
        mapping = guess_mapping(config, obj, headers, mode=mode, keys=keys, overrides=overrides,
                                remembered=self.remembered(obj.id))
        mapping.codes = codes_from is not None
        mapping.files = str(files) if files is not None else None
        named = {fold(spec.partition("=")[0]) for spec in overrides or []}
        for i, column in enumerate(mapping.columns):  # an error file's Row and Reason columns, fixed and imported again
            if is_error_file_column(headers, i) and fold(column.column) not in named:
                column.field, column.match = None, None
        return mapping

    def remembered(self, object_id: int) -> ImportMapping | None:
        """The mapping the object's last import used (kept in sys_info), or None."""
        stored = self.records.storage.get_info(MAPPING_INFO.format(object_id=object_id))
        if not stored:
            return None
        try:
            return ImportMapping.from_dict(json.loads(stored))
        except (ValueError, SupasoftError):
            return None

    def remember(self, mapping: ImportMapping) -> bool:
        """Keep the mapping for the object's next import; False when this account may not write it (a convenience)."""
        storage = self.records.storage
        try:
            with storage.begin() as conn:
                storage.set_info(conn, MAPPING_INFO.format(object_id=mapping.object_id), json.dumps(mapping.to_dict()))
        except Exception:  # noqa: BLE001 - e.g. a staff server account without rights on SYS_INFO; the import itself stands
            log.warning("the import mapping could not be remembered", exc_info=True)
            return False
        return True

    def saved_mapping(self, data: dict[str, Any]) -> ImportMapping:
        """A mapping given back from its to_dict()."""
        return ImportMapping.from_dict(data)

    def preview(self, table: SourceTable, mapping: ImportMapping, *, progress: Callable[[int, int], Any] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportPreview:
        """Every row parsed, with its problems, and what would be created, updated and skipped; nothing written.
        `progress(rows, all rows)` now and then; `cancelled()` true stops with PreviewCancelled."""
        return build_preview(self.records, table, mapping, progress=progress, cancelled=cancelled)

    def apply(self, preview: ImportPreview, *, skip_bad: bool = False, progress: Progress | None = None,
              cancelled: Cancelled | None = None, batch: int = 5000) -> ImportResult:
        """Write the previewed rows (all-or-nothing unless skip_bad); the mapping is remembered for the next import."""
        result = apply_import(self.records, preview, skip_bad=skip_bad, progress=progress, cancelled=cancelled, batch=batch)
        if result.created or result.updated:
            self.remember(preview.mapping)
            result.import_id = keep_log(self.records, result)
        return result

    def preview_details(self, parent_table: SourceTable, parent: ImportPreview, parent_key: str, detail_table: SourceTable,
                        detail_mapping: ImportMapping, link_column: str) -> DetailImport:
        """Parent and detail rows together (Orders and Order lines from two sheets or tables): each detail row is
        linked to the parent row whose `parent_key` column holds what its `link_column` holds (an old order
        number); nothing written. `detail_mapping` is a create-mode mapping of the detail object."""
        return preview_details(self.records, parent_table, parent, parent_key, detail_table, detail_mapping, link_column)

    def apply_details(self, plan: DetailImport, *, progress: Progress | None = None, cancelled: Cancelled | None = None,
                      batch: int = 5000) -> tuple[ImportResult, ImportResult]:
        """Write parents and details in ONE transaction (all or nothing; totals current at commit); both are kept
        for undo (undo the parents' import first: their lines go to the trash with them). `progress(done, total)`
        counts parents and lines; a cancel rolls everything back (both results say cancelled)."""
        parents, details = apply_details(self.records, plan, progress=progress, cancelled=cancelled, batch=batch)
        for preview, result in ((plan.parent, parents), (plan.details, details)):
            if result.created or result.updated:
                self.remember(preview.mapping)
                result.import_id = keep_log(self.records, result)
        return parents, details

    def write_errors(self, table: SourceTable, problems: list[CellProblem], path: Path | str, *,
                     language: str = "en") -> int:
        """Write the rows with `problems` (preview.problems, or result.skipped) to an .xlsx or .csv: the file's own
        columns plus "Row" and "Reason" in `language`; fixed, it imports again (the two columns are left out).
        Returns how many rows were written."""
        return write_error_file(table, problems, path, language)

    def write_detail_errors(self, parent_table: SourceTable, detail_table: SourceTable, plan: DetailImport,
                            path: Path | str, *, language: str = "en") -> tuple[int, int]:
        """A parent and detail import's rows with problems: an .xlsx with the sheets Errors (parent rows) and
        Details (detail rows), or a .csv plus <name>-details.csv; each with Row and Reason. Returns both counts."""
        return write_detail_error_file(parent_table, plan.parent.problems, detail_table, plan.details.problems, path,
                                       language)

    def undo(self, what: ImportResult | int, *, progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> tuple[int, int]:
        """Take back an import (its result, or its number `result.import_id`) in one transaction: what it created goes
        to the trash, what it updated gets its earlier values back (from history). Returns (deleted, restored); an
        import is undone once. `progress(done, total)` per batch; a cancel rolls it all back (UndoCancelled)."""
        return undo_import(self.records, what if isinstance(what, ImportResult) else read_log(self.records, what),
                           progress=progress, cancelled=cancelled)

    def kept(self, number: int) -> ImportLog:
        """What import `number` wrote (object, user, time, created and updated ids, its history range), as kept for undo."""
        return read_log(self.records, number)
