"""The admin commands on an open database: init, info, config export/import, backup, restore, check, recompute."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from supasoft.cli.connect import open_for
from supasoft.core.errors import SupasoftError
from supasoft.services.session import Session
from supasoft.settings import Settings

#: The rights each command checks once the database has users (the services' AccessService decides).
#: `info` needs no global right: it lists only the objects the user may read, with counts of what they see.
RIGHTS: dict[str, tuple[str, ...]] = {
    "init": ("configure",),
    "info": (),
    "config": ("configure",),  # export shows the whole structure (hidden fields too); import changes it
    "backup": ("configure", "manage_access"),  # a copy of everything: records, users, password hashes
    "restore": ("configure", "manage_access"),
    "check": ("configure",),
    "recompute": ("configure",),
}


def run_on_database(args: argparse.Namespace, settings: Settings) -> int:
    """Open the database for the command (only `init` may create), log in, check rights, run it."""
    command = args.command
    if command == "restore":
        return cmd_restore(args, settings)
    session = open_for(args, settings, create=command == "init", rights=RIGHTS[command])
    try:
        if command == "init":
            return cmd_init(session, args, settings)
        if command == "info":
            return cmd_info(session, args)
        if command == "config":
            return cmd_config(session, args)
        if command == "backup":
            return cmd_backup(session, args)
        if command == "check":
            return cmd_check(session)
        if command == "recompute":
            return cmd_recompute(session, args)
    finally:
        session.close()
    raise SupasoftError(f"Unknown command {command}")


def cmd_init(session: Session, args: argparse.Namespace, settings: Settings) -> int:
    from supasoft.services.setup import initialize

    created = initialize(session, args.template, args.demo, language=args.language or settings.language or "en")
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
    from supasoft.services.config_import import apply_import, check_import, plan_import

    if args.config_command == "export":
        write_text_file(args.file, configuration_to_json(session.configuration.config))
        print(f"Exported the structure to {args.file}")
        return 0
    try:
        incoming = configuration_from_json(read_text_file(args.file))
    except SupasoftError:
        raise
    except ValueError as exc:  # json's own limits, e.g. an integer of more than 4,300 digits
        why = "a number in it has too many digits" if "digits" in str(exc) else str(exc).splitlines()[0]
        raise SupasoftError(f"{args.file} is not a usable structure file: {why}.") from None
    plan = plan_import(session.configuration.config, incoming, allow_deletes=args.allow_deletes)
    check_import(session.configuration.config, incoming, plan)  # every problem of the file, dry run included
    for line in plan.describe():
        print(line)
    if args.dry_run or not plan.steps:
        print("Nothing changed." if not plan.steps else "Dry run: nothing changed.")
        return 0
    apply_import(session, incoming, plan)
    print(f"Applied {len(plan.steps)} change(s).")
    return 0


def cmd_backup(session: Session, args: argparse.Namespace) -> int:
    target = args.file.resolve()
    check_folder(target, args.file)
    try:
        session.backups.backup_to(target)
    except OSError as exc:
        raise SupasoftError(f"Cannot write {args.file}: {file_problem(exc)}.") from None
    print(f"Backed up to {target}")
    return 0


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from supasoft.cli.connect import database_target
    from supasoft.services.backups import BackupService
    from supasoft.storage.backup import restore_sqlite
    from supasoft.storage.engine import probe_sqlite_file

    target = database_target(args, settings)
    if "://" in target and not target.startswith("sqlite"):
        raise SupasoftError("A server database is restored with `supasoft-admin server restore` (gbak).")
    backup = args.file.resolve()
    if not backup.is_file():
        raise SupasoftError(f"The backup file {args.file} does not exist.")
    probe_sqlite_file(backup, create=False)  # another program's file must never replace a database
    path = Path(target.removeprefix("sqlite:///"))
    if path.exists():
        session = open_for(args, settings, create=False, rights=RIGHTS["restore"])
        try:
            BackupService(session.storage, session.backups.folder, settings.backup_keep).restore_from(backup)
        finally:
            session.close()
    else:
        check_folder(path, path)
        restore_sqlite(backup, path)
    print(f"Restored {path} from {args.file}")
    return 0


def cmd_check(session: Session) -> int:
    from supasoft.services.integrity import check_database

    problems = check_database(session)
    for problem in problems:
        print(f"problem: {problem}")
    print("OK: the database is clean." if not problems else f"{len(problems)} problem(s) found.")
    return 0 if not problems else 1


def cmd_recompute(session: Session, args: argparse.Namespace) -> int:
    from supasoft.services.formula_check import recompute_formulas

    done = recompute_formulas(session, args.object)
    for name, count in done.items():
        print(f"{name}: recomputed the formulas of {count} record(s)")
    if not done:
        print("No stored formulas to recompute.")
    return 0


# --- files the commands read and write ----------------------------------------------------------------
def file_problem(exc: OSError) -> str:
    """An OSError in words (disk full, no permission, a folder in the way...)."""
    import errno

    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is a file, not a folder"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    return exc.strerror or str(exc)


def check_folder(target: Path, shown: Path) -> None:
    """The folder a file is to be written to must exist (commands never create folders by accident)."""
    folder = target.resolve().parent
    if folder.is_dir():
        return
    blocking = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if blocking is not None and not blocking.is_dir():
        raise SupasoftError(f"Cannot write {shown}: {blocking} is a file, not a folder.")
    raise SupasoftError(f"Cannot write {shown}: the folder {folder} does not exist.")


def write_text_file(file: Path, text: str) -> None:
    """Write a whole file or nothing: a temporary file beside it replaces it only once complete."""
    check_folder(file, file)
    partial = file.with_name(f".{file.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(file)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise SupasoftError(f"Cannot write {file}: {file_problem(exc)}.") from None


def read_text_file(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SupasoftError(f"Cannot read {file}: it is not UTF-8 text.") from None
    except OSError as exc:
        why = "it does not exist" if isinstance(exc, FileNotFoundError) else file_problem(exc)
        raise SupasoftError(f"Cannot read {file}: {why}.") from None
