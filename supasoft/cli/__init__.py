"""supasoft-admin: headless admin commands (init, info, config export/import, backup/restore, check, server ...).

parser.py declares the command line, connect.py opens the database and logs in, commands.py runs the
commands. Every failure ends as one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from supasoft.cli.parser import build_parser
from supasoft.core.errors import SupasoftError

DEBUG_ENV = "SUPASOFT_DEBUG"  # set to 1 to see the traceback of an unexpected error


def run(args: argparse.Namespace) -> int:
    from supasoft.cli.commands import run_on_database
    from supasoft.cli.connect import resolve_settings
    from supasoft.cli_server import run_server_command

    if args.command == "server":  # takes the server URL as an argument; client.ini does not apply
        return run_server_command(args)
    check_text_options(args)
    settings = resolve_settings(args)
    for warning in settings.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.command == "report":
        from supasoft.cli.report import run_report_command

        return run_report_command(args, settings)
    if args.command == "document":
        from supasoft.cli.document import run_document_command

        return run_document_command(args, settings)
    if args.command == "import":
        from supasoft.cli.importing import run_import_command

        return run_import_command(args, settings)
    if args.command == "export":
        from supasoft.cli.export import run_export_command

        return run_export_command(args, settings)
    if args.command == "webhooks":
        from supasoft.cli.webhooks import run_webhooks_command

        return run_webhooks_command(args, settings)
    if args.command in ("serve", "token", "api"):
        from supasoft.cli.api import run_api_command

        return run_api_command(args, settings)
    return run_on_database(args, settings)


def check_text_options(args: argparse.Namespace) -> None:
    """Bytes that are not UTF-8 on the command line arrive as lone surrogates: refuse them by name."""
    from supasoft.core.text_input import text_problem

    texts = {"--user": args.user, "--password": args.password}
    if args.database and "://" in args.database:
        texts["--database"] = args.database
    for option, value in texts.items():
        if value is not None and (problem := text_problem(value)):
            raise SupasoftError(f"The {option} value {problem}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: user errors go to stderr with exit code 1, never a traceback."""
    args = build_parser().parse_args(argv)
    try:
        code = run(args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the handler below
        return code
    except BrokenPipeError:
        return _output_closed()
    except SupasoftError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except Exception as exc:  # the promise is "no traceback": say what broke in one line
        return _fail(_unexpected(exc))


def _fail(message: str) -> int:
    try:
        print(f"error: {message}", file=sys.stderr)
    except (BrokenPipeError, ValueError):
        pass
    return 1


def _output_closed() -> int:
    """`supasoft-admin info | head -1`: the reader left; stop quietly (no traceback at exit either)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 1


def _unexpected(exc: BaseException) -> str:
    if os.environ.get(DEBUG_ENV):
        import traceback

        traceback.print_exc()
    from supasoft.storage.errors import describe_driver_error

    known = describe_driver_error(exc)
    if known:
        return known
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"unexpected {type(exc).__name__}: {first}"
