"""`supasoft-admin report list` and `report run NAME [--param k=v] --out FILE.xlsx|.csv|.pdf`, for scheduled exports.

The report runs as the logged-in user (--user): the same rights as on screen. A PDF is drawn with Qt (offscreen
when there is no display): the pivot with its headers on every page, the chart as saved, page numbers.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supasoft.core.errors import SupasoftError

if TYPE_CHECKING:
    from supasoft.settings import Settings

FORMATS = (".xlsx", ".csv", ".pdf")


def add_report_command(sub: Any) -> None:
    """The `report` command group of the parser."""
    report = sub.add_parser("report", help="list saved reports, or run one to an .xlsx, .csv or .pdf file")
    actions = report.add_subparsers(dest="report_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="the saved reports you may run")
    listing.add_argument("--json", action="store_true")
    run = actions.add_parser("run", help="run the saved report NAME and write FILE.xlsx, FILE.csv or FILE.pdf")
    run.add_argument("name")
    run.add_argument("--param", action="append", default=[], metavar="K=V",
                     help="a parameter value (a range as from..to); repeat for several")
    run.add_argument("--out", type=Path, required=True, help="FILE.xlsx (numbers with formats), FILE.csv (plain) or FILE.pdf (table and chart)")


def parse_params(pairs: list[str]) -> dict[str, str]:
    """["period=2025-01-01..2025-03-31"] -> {"period": "2025-01-01..2025-03-31"}."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise SupasoftError(f"--param {pair!r}: write it as name=value")
        out[name.strip()] = value
    return out


def run_report_command(args: argparse.Namespace, settings: Settings) -> int:
    """Open the database as the user, then list or run."""
    from supasoft.cli.commands import check_folder
    from supasoft.cli.connect import open_for

    if args.report_command == "run":
        suffix = args.out.suffix.lower()
        if suffix not in FORMATS:
            raise SupasoftError(f"--out must end with {', '.join(FORMATS[:-1])} or {FORMATS[-1]}")
        check_folder(args.out, args.out)
        params = parse_params(args.param)
    session = open_for(args, settings, create=False)
    try:
        from supasoft.services.report_library import ReportLibrary

        library = ReportLibrary(session.records)
        if args.report_command == "list":
            found = library.list()
            if args.json:
                print(json.dumps([{"id": r.id, "name": r.name, "object": session.records.config.object_by_id(r.object_id).plural,
                                   "shared": r.shared} for r in found], ensure_ascii=False, indent=2))
            else:
                for r in found:
                    print(f"{r.name}\t{session.records.config.object_by_id(r.object_id).plural}\t{'shared' if r.shared else 'personal'}")
            return 0
        return _run(session, library, args, params, settings)
    finally:
        session.close()


def _run(session: Any, library: Any, args: argparse.Namespace, params: dict[str, str], settings: Settings) -> int:
    from supasoft.services.report_export import write_csv, write_xlsx
    from supasoft.services.reports import ReportService

    saved = library.find(args.name)
    result = ReportService(session.records).run(library.load(saved.id), params)
    language = settings.language or "en"
    if args.out.suffix.lower() == ".pdf":
        from supasoft.reports.pdf_export import write_pdf
        from supasoft.shell.lookup import RecordsLookup

        pages = write_pdf(result, session.records.config, args.out, saved.name, language,
                          RecordsLookup(session.records).display)
        if not pages:
            raise SupasoftError(f"Cannot write {args.out}: the PDF could not be drawn")
        print(f"Wrote {args.out} ({len(result.rows)} rows, {pages} pages)")
        return 0
    if args.out.suffix.lower() == ".csv":
        write_csv(result, args.out, language)
    else:
        write_xlsx(result, args.out, language, _chart_png(result, session.records.config, language))
    print(f"Wrote {args.out} ({len(result.rows)} rows)")
    return 0


def _chart_png(result: Any, config: Any, language: str) -> bytes | None:
    """The chart for the workbook, drawn with Qt (offscreen without a display); None where Qt cannot start."""
    try:
        from supasoft.reports.pdf_export import chart_png

        return chart_png(result, config, language)
    except (ImportError, OSError, RuntimeError):  # no Qt libraries on this machine: the numbers alone
        return None
