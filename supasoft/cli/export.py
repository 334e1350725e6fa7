"""`supasoft-admin export OBJECT FILE [--view NAME]`: an object's records to .xlsx or .csv, as the user may read them.

Runs as the logged-in user (--user): their export right, record scopes and hidden fields apply. The columns are
the list view's (--view) or the Code and every field the user sees; the file imports back without loss.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from supasoft.settings import Settings


def add_export_command(sub: Any) -> None:
    """The `export` command of the parser."""
    exp = sub.add_parser("export", help="export the records of OBJECT to FILE (.xlsx, or .csv)")
    exp.add_argument("object", help="object name, singular or plural")
    exp.add_argument("file", type=Path, help="the file to write: .xlsx (typed cells) or .csv (UTF-8, ';')")
    exp.add_argument("--view", metavar="NAME", help="a list view of the object: its columns, filter and sort")


def run_export_command(args: argparse.Namespace, settings: Settings) -> int:
    """Write the file and say how many records it holds."""
    from supasoft.cli.connect import open_for
    from supasoft.services.exchange import ExportReport
    from supasoft.services.exchange_records import export_records, find_view
    from supasoft.services.import_mapping import find_object

    session = open_for(args, settings, create=False)
    try:
        obj = find_object(session.records.config, args.object)
        view = find_view(session.views_of(obj.id), args.view) if args.view else None
        report = ExportReport()
        count = export_records(session.records, obj.id, args.file, view=view, report=report)
        print(f"exported {count} record(s) of {obj.plural} to {args.file}")
        for cut in report.cut:
            print(f"not in full: {cut.code} {cut.column} ({cut.length} characters)")
        return 0
    finally:
        session.close()
