"""supasoft-admin: headless admin commands (init, info, config export/import, backup/restore, check)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from supasoft import __version__
from supasoft.cli_server import add_server_commands, run_server_command
from supasoft.core.errors import SupasoftError
from supasoft.services.record_model import Actor
from supasoft.services.session import Session, open_session
from supasoft.settings import Settings, load_settings

PROGRAM_DIR = Path(__file__).resolve().parent.parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="supasoft-admin", description="Supasoft administration commands.")
    parser.add_argument("--version", action="version", version=f"supasoft {__version__}")
    parser.add_argument("--config", type=Path, help="client.ini to use (default: ./client.ini, then the program's folder)")
    parser.add_argument("--database", help="database file path or URL (overrides client.ini)")
    parser.add_argument("--user", help="login name (server databases and databases with users)")
    parser.add_argument("--password", help="password for --user")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_server_commands(sub)

    init = sub.add_parser("init", help="create or upgrade the database (idempotent)")
    init.add_argument("--template", choices=("lite", "empty"), default="lite")
    init.add_argument("--demo", action="store_true", help="add realistic demo data (Lite template)")

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

    sub.add_parser("check", help="integrity check of the file and of structure vs real tables; exit 0 only when clean")
    return parser


def resolve_settings(args: argparse.Namespace) -> Settings:
    if args.config is not None:
        return load_settings(args.config)
    here = Path.cwd() / "client.ini"
    if here.exists():
        return load_settings(here)
    return load_settings(search_dir=PROGRAM_DIR)


def database_target(args: argparse.Namespace, settings: Settings) -> str:
    """What to open: --database wins; else client.ini (with credentials for a server)."""
    if args.database:
        return args.database
    if settings.engine == "firebird":
        if not args.user or args.password is None:
            raise SupasoftError("A server database needs --user and --password")
        return settings.with_credentials(args.user, args.password)
    return str(settings.database_path())


def open_for(args: argparse.Namespace, settings: Settings, *, create: bool) -> Session:
    folder = None
    if not args.database and settings.engine == "sqlite" and settings.backup_folder:
        folder = settings.backup_dir()
    return open_session(
        database_target(args, settings),
        create=create,
        actor=Actor(None, args.user or "admin"),
        backup_folder=folder,
        backup_keep=settings.backup_keep,
        lock_timeout=settings.lock_timeout,
    )


def run(args: argparse.Namespace) -> int:
    if args.command == "server":  # takes the server URL as an argument; client.ini does not apply
        return run_server_command(args)
    settings = resolve_settings(args)
    for warning in settings.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    command = args.command
    if command == "restore":
        return cmd_restore(args, settings)
    session = open_for(args, settings, create=command == "init")
    try:
        if command == "init":
            return cmd_init(session, args)
        if command == "info":
            return cmd_info(session, args)
        if command == "config":
            return cmd_config(session, args)
        if command == "backup":
            target = session.backups.backup_to(args.file.resolve())
            print(f"Backed up to {target}")
            return 0
        if command == "check":
            return cmd_check(session)
    finally:
        session.close()
    raise SupasoftError(f"Unknown command {command}")


def cmd_init(session: Session, args: argparse.Namespace) -> int:
    from supasoft.services.setup import initialize

    created = initialize(session, args.template, args.demo)
    where = session.storage.database.path or "the server database"
    print(f"{'Created' if created else 'Up to date:'} {where} ({args.template} template)")
    return 0


def cmd_info(session: Session, args: argparse.Namespace) -> int:
    from supasoft.services.setup import describe

    data = describe(session)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Supasoft {data['version']} — {data['edition']} edition ({data['engine']})")
    print(f"Database: {data['database']}")
    print(f"Schema version: {data['schema_version']}, structure version: {data['structure_version']}")
    for obj in data["objects"]:
        print(f"  {obj['plural']:<30} {obj['records']:>10,}")
    return 0


def cmd_config(session: Session, args: argparse.Namespace) -> int:
    from supasoft.core.serialization import configuration_from_json, configuration_to_json
    from supasoft.services.config_import import apply_import, plan_import

    if args.config_command == "export":
        args.file.write_text(configuration_to_json(session.configuration.config), encoding="utf-8")
        print(f"Exported the structure to {args.file}")
        return 0
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SupasoftError(f"Cannot read {args.file}: {exc}") from None
    incoming = configuration_from_json(text)
    plan = plan_import(session.configuration.config, incoming, allow_deletes=args.allow_deletes)
    for line in plan.describe():
        print(line)
    if args.dry_run or not plan.steps:
        print("Nothing changed." if not plan.steps else "Dry run: nothing changed.")
        return 0
    apply_import(session, incoming, plan)
    print(f"Applied {len(plan.steps)} change(s).")
    return 0


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from supasoft.services.backups import BackupService
    from supasoft.storage.backup import restore_sqlite

    target = database_target(args, settings)
    if "://" in target and not target.startswith("sqlite"):
        raise SupasoftError("A server database is restored with `supasoft-admin server restore` (gbak).")
    path = Path(target.removeprefix("sqlite:///"))
    if path.exists():
        session = open_for(args, settings, create=False)
        try:
            BackupService(session.storage, session.backups.folder, settings.backup_keep).restore_from(args.file.resolve())
        finally:
            session.close()
    else:
        restore_sqlite(args.file.resolve(), path)
    print(f"Restored {path} from {args.file}")
    return 0


def cmd_check(session: Session) -> int:
    from supasoft.services.integrity import check_database

    problems = check_database(session)
    for problem in problems:
        print(f"problem: {problem}")
    print("OK: the database is clean." if not problems else f"{len(problems)} problem(s) found.")
    return 0 if not problems else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: user errors go to stderr with exit code 1, never a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run(args)
    except SupasoftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
