"""The supasoft-admin command line: global options and one sub-parser per command."""

from __future__ import annotations

import argparse
from pathlib import Path

from supasoft import __version__
from supasoft.cli.api import add_api_commands
from supasoft.cli.document import add_document_command
from supasoft.cli.export import add_export_command
from supasoft.cli.importing import add_import_command
from supasoft.cli.report import add_report_command
from supasoft.cli.webhooks import add_webhooks_command
from supasoft.cli_server import add_server_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="supasoft-admin", description="Supasoft administration commands.")
    parser.add_argument("--version", action="version", version=f"supasoft {__version__}")
    parser.add_argument("--config", type=Path, help="client.ini to use (default: ./client.ini, then the program's folder)")
    parser.add_argument("--database", help="database file path or URL (overrides client.ini)")
    parser.add_argument("--user", help="login name: the Supasoft user once the database has users "
                                       "(with client.ini and Engine=firebird also the server account)")
    parser.add_argument("--password", help="password for --user (else SUPASOFT_PASSWORD, else asked in a terminal)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_server_commands(sub)

    init = sub.add_parser("init", help="create or upgrade the database (idempotent)")
    init.add_argument("--template", choices=("lite", "empty"), default="lite")
    init.add_argument("--demo", action="store_true", help="add realistic demo data (Lite template)")
    init.add_argument("--language", choices=("en", "pl", "ru"),
                      help="language of the ready CRM's names and demo data (default: client.ini's Language, else en)")

    info = sub.add_parser("info", help="edition, database, schema version, objects with record counts")
    info.add_argument("--json", action="store_true")

    config = sub.add_parser("config", help="export or import the whole structure as one JSON file")
    config_sub = config.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    export = config_sub.add_parser("export", help="write the structure to FILE.json")
    export.add_argument("file", type=Path)
    imp = config_sub.add_parser("import", help="apply FILE.json as live changes")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="only list what would change")
    imp.add_argument("--allow-deletes", action="store_true", help="also delete objects and fields missing from FILE")

    backup = sub.add_parser("backup", help="back up the database to FILE")
    backup.add_argument("file", type=Path)
    restore = sub.add_parser("restore", help="replace the database with the backup FILE")
    restore.add_argument("file", type=Path)

    sub.add_parser("check", help="integrity of the file, of structure vs real tables and of stored formula values; "
                                 "exit 0 only when clean")
    recompute = sub.add_parser("recompute", help="recompute stored formulas (of OBJECT, or all) and what reads them")
    recompute.add_argument("object", nargs="?", default=None, help="object name, singular or plural (default: all)")
    add_report_command(sub)
    add_document_command(sub)
    add_import_command(sub)
    add_export_command(sub)
    add_webhooks_command(sub)
    add_api_commands(sub)
    return parser
