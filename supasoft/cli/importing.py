"""`supasoft-admin import OBJECT FILE [--sheet S] [--table T] [--mode create|update|upsert] [--key FIELD ...]
[--map "Header=Field" ...] [--codes-from COLUMN] [--files DIR] [--errors FILE] [--dry-run] [--skip-bad]`: records from .xlsx, .csv
or another SQLite database's table; `supasoft-admin import --undo N` takes import number N back.

Runs as the logged-in user (--user): their create/change rights and field rights apply. Prints each problem
(row, column, field, reason) and the counts; exit 1 when rows had problems and nothing was imported.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from supasoft.settings import Settings


def add_import_command(sub: Any) -> None:
    """The `import` command of the parser."""
    imp = sub.add_parser("import", help="import records of OBJECT from FILE (.xlsx, .csv, or a table of an SQLite database)")
    imp.add_argument("object", nargs="?", help="object name, singular or plural")
    imp.add_argument("file", type=Path, nargs="?")
    imp.add_argument("--sheet", help="the sheet of an .xlsx (default: the first)")
    imp.add_argument("--table", help="the table of an SQLite database (default: its only table)")
    imp.add_argument("--mode", choices=("create", "update", "upsert"), default="create")
    imp.add_argument("--key", action="append", default=[], metavar="FIELD",
                     help="a key field finding the records to update (Code, or any field); repeat for several")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                     help='a column to a field ("Header=Field", "Header=Reference@Key field", "Header=" to leave out)')
    imp.add_argument("--dry-run", action="store_true", help="only show the problems and what would be created and updated")
    imp.add_argument("--skip-bad", action="store_true", help="import the good rows and list the bad ones (else all or nothing)")
    imp.add_argument("--codes-from", metavar="COLUMN",
                     help="new records take this column's old numbers as their Codes; the counter continues after the highest")
    imp.add_argument("--errors", type=Path, metavar="FILE",
                     help="write the rows with problems to FILE (.xlsx or .csv) with their row and reason, to fix and import again")
    imp.add_argument("--files", type=Path, metavar="DIR", help="the folder of the files a file field's column names")
    imp.add_argument("--details", metavar="OBJECT", help="also import detail rows of OBJECT (Order lines) with their parents")
    imp.add_argument("--details-file", type=Path, metavar="FILE", help="the detail rows' file (default: FILE)")
    imp.add_argument("--details-sheet", metavar="S", help="the detail rows' sheet of an .xlsx")
    imp.add_argument("--details-table", metavar="T", help="the detail rows' table of an SQLite database")
    imp.add_argument("--link", metavar="COLUMN", help="the detail rows' column holding their parent's key (an old order number)")
    imp.add_argument("--parent-key", metavar="COLUMN", help="the parent rows' key column (default: the --link column's name)")
    imp.add_argument("--undo", type=int, metavar="N", help="take back import number N (printed by the import)")


def run_import_command(args: argparse.Namespace, settings: Settings) -> int:
    """Read, map, preview; then apply unless --dry-run."""
    from supasoft.cli.connect import open_for
    from supasoft.core.errors import SupasoftError
    from supasoft.services.importing import ImportService, problem_lines

    if args.undo is None and (args.object is None or args.file is None):
        raise SupasoftError("Name the OBJECT and the FILE to import (or --undo N)")
    language = settings.language or "en"
    session = open_for(args, settings, create=False)
    try:
        service = ImportService(session.records)
        if args.undo is not None:
            return _undo(service, args.undo)
        table = service.read(args.file, sheet=args.sheet, table=args.table)
        mapping = service.mapping(args.object, table.headers, mode=args.mode, keys=args.key, overrides=args.map,
                                  codes_from=args.codes_from, files=args.files)
        for column in mapping.columns:
            name = "-" if column.field is None else "Code" if column.field == 0 else \
                session.records.obj(mapping.object_id).field_by_id(column.field).name
            print(f"column {column.column!r} -> {name}")
        preview = service.preview(table, mapping)
        if args.details:
            return _with_details(service, args, table, preview, language)
        lines = problem_lines(preview.problems, language)
        for line in lines:
            print(line)
        counts = preview.counts
        if args.errors is not None and (preview.problems or args.dry_run):
            written = service.write_errors(table, preview.problems, args.errors, language=language)
            print(f"{written} row(s) with problems written to {args.errors}")
        if args.dry_run:
            print(f"would create {counts['create']}, update {counts['update']}, skip {counts['skip']}")
            return 0
        if lines and not args.skip_bad:
            print(f"nothing imported: {counts['skip']} row(s) with problems (fix them, or use --skip-bad)")
            return 1
        result = service.apply(preview, skip_bad=args.skip_bad)
        late = result.skipped[len(preview.problems):]
        for line in problem_lines(late, language):
            print(line)
        if args.errors is not None and late:
            written = service.write_errors(table, result.skipped, args.errors, language=language)
            print(f"{written} row(s) with problems written to {args.errors}")
        done = result.counts
        print(f"created {done['created']}, updated {done['updated']}, skipped {done['skipped']}")
        if result.import_id is not None:
            print(f"import number {result.import_id} (undo: supasoft-admin import --undo {result.import_id})")
        return 0
    finally:
        session.close()


def _undo(service: Any, number: int) -> int:
    """Undo import `number`, printing progress to stderr about once a second; Ctrl+C rolls the whole undo back."""
    import sys
    import time

    from supasoft.services.import_undo import UndoCancelled

    shown = [time.monotonic()]

    def progress(done: int, total: int) -> None:
        if time.monotonic() - shown[0] >= 1 or done == total:
            shown[0] = time.monotonic()
            print(f"undoing import {number}: {done} of {total} record(s)", file=sys.stderr, flush=True)

    try:
        deleted, restored = service.undo(number, progress=progress)
    except KeyboardInterrupt:  # the undo's one transaction was rolled back
        print(UndoCancelled(number), file=sys.stderr)
        return 1
    print(f"import {number} undone: {deleted} record(s) moved to the trash, {restored} given their earlier values")
    return 0


def _with_details(service: Any, args: argparse.Namespace, table: Any, parent: Any, language: str) -> int:
    """Parents and their detail rows in one transaction, all or nothing."""
    from supasoft.core.errors import SupasoftError
    from supasoft.services.import_errors import details_path
    from supasoft.services.importing import problem_lines

    if not args.link:
        raise SupasoftError("Name the detail rows' column holding their parent's key (--link)")
    detail_table = service.read(args.details_file or args.file, sheet=args.details_sheet, table=args.details_table)
    detail_mapping = service.mapping(args.details, detail_table.headers)
    plan = service.preview_details(table, parent, args.parent_key or args.link, detail_table, detail_mapping, args.link)
    if args.skip_bad:
        print("--skip-bad does not apply with --details: parents and their detail rows go in together or not at all")
    lines = problem_lines(plan.problems, language)
    records = service.records
    for part in (plan.parent, plan.details):  # both number their rows from 1: each problem under its own object
        if part.problems:
            print(f"{records.obj(part.mapping.object_id).plural}:")
            for line in problem_lines(part.problems, language):
                print(f"  {line}")
    if args.errors is not None and lines:
        parents, details = service.write_detail_errors(table, detail_table, plan, args.errors, language=language)
        where = f"{args.errors} and {details_path(args.errors)}" if args.errors.suffix.lower() == ".csv" else str(args.errors)
        print(f"{parents} row(s) and {details} detail row(s) with problems written to {where}")
    if args.dry_run:
        print(f"would create {plan.parent.counts['create']} and {plan.details.counts['create']} detail row(s)")
        return 0
    if lines:
        print(f"nothing imported: {len(lines)} problem(s) (fix them; parents and details go in together or not at all)")
        return 1
    parents, details = service.apply_details(plan)
    print(f"created {len(parents.created)}, updated {len(parents.updated)}, detail rows created {len(details.created)}")
    for result in (parents, details):
        if result.import_id is not None:
            print(f"import number {result.import_id} (undo: supasoft-admin import --undo {result.import_id})")
    return 0
