"""`supasoft-admin server ...`: the networked edition's server administration and server accounts.

Hooked into supasoft/cli/ with add_server_commands(sub) in parser.build_parser() and, first in run(),
`if args.command == "server": return run_server_command(args)`. Runs on its own too:
`python -m supasoft.cli_server server users URL`.

URLs are firebird[+driver]://USER:PASSWORD@HOST:PORT//path/crm.fdb?charset=UTF8. A URL without a password
takes it from SUPASOFT_SERVER_PASSWORD, so it need not appear on a command line. Account passwords are read
from stdin (--password-stdin), SUPASOFT_NEW_PASSWORD, or a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from supasoft.core.errors import SupasoftError

PASSWORD_ENV = "SUPASOFT_SERVER_PASSWORD"
NEW_PASSWORD_ENV = "SUPASOFT_NEW_PASSWORD"


def add_server_commands(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `server` command group to an argparse subparsers object."""
    server = subparsers.add_parser("server", help="Firebird server: create, upgrade, users, backup/restore, validate, "
                                                   "rebuild, accounts")
    server.add_argument("--timeout", type=float, default=3600.0,
                        help="seconds before gbak/gfix are stopped (default 3600)")
    sub = server.add_subparsers(dest="server_command", required=True, metavar="ACTION")

    create = sub.add_parser("create", help="create a new database at URL with the system tables and a template")
    create.add_argument("url")
    create.add_argument("--template", choices=("lite", "empty"), default="lite")

    migrate = sub.add_parser("migrate", help="copy a free-edition SQLite file into a NEW server database at URL "
                                             "(structure, records, history, trash, files, users, grants, audit), then check it")
    migrate.add_argument("sqlite_file", type=Path, metavar="SQLITE_FILE")
    migrate.add_argument("url")

    sub.add_parser("upgrade", help="bring the system tables of the database at URL up to date").add_argument("url")

    users = sub.add_parser("users", help="who is connected (user, address, process, since)")
    users.add_argument("url")
    users.add_argument("--json", action="store_true")

    backup = sub.add_parser("backup", help="gbak backup of the database at URL to FILE.fbk on this machine")
    backup.add_argument("url")
    backup.add_argument("file", type=Path)

    restore = sub.add_parser("restore", help="gbak restore of FILE.fbk into a new database at URL")
    restore.add_argument("file", type=Path)
    restore.add_argument("url")
    restore.add_argument("--replace", action="store_true", help="overwrite an existing database nobody is using")

    sub.add_parser("validate", help="gfix -v -full; exit 0 only when clean (orphan pages are warnings)").add_argument("url")

    rebuild = sub.add_parser("rebuild", help="backup + restore to reset the 255-changes-per-table limit; "
                                             "refuses while others are connected")
    rebuild.add_argument("url")
    rebuild.add_argument("--keep-backup", type=Path, metavar="FILE.fbk", help="also keep the backup taken first")

    sub.add_parser("grants", help="create the staff role SUPASOFT_STAFF and give it exactly its privileges (data tables; system tables read-only or append-only; no passwords)").add_argument("url")

    account = sub.add_parser("account", help="server accounts: list, add, drop, password")
    acc = account.add_subparsers(dest="account_command", required=True, metavar="ACTION")
    acc.add_parser("list", help="accounts and their role in this database").add_argument("url")
    add = acc.add_parser("add", help="new account with the staff role (or --admin: RDB$ADMIN)")
    add.add_argument("url")
    add.add_argument("name")
    add.add_argument("--admin", action="store_true", help="administrator: may change the structure and accounts")
    add.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")
    drop = acc.add_parser("drop", help="delete an account (server-wide)")
    drop.add_argument("url")
    drop.add_argument("name")
    pw = acc.add_parser("password", help="set an account's password")
    pw.add_argument("url")
    pw.add_argument("name")
    pw.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")
    return server


def _url(raw: str) -> str:
    """Fill in the password from SUPASOFT_SERVER_PASSWORD when the URL has none."""
    from sqlalchemy.engine import make_url

    try:
        url = make_url(raw)
    except Exception:
        raise SupasoftError(f"Not a database URL: {raw!r} (firebird+firebird://USER:PASSWORD@HOST:3050//path.fdb)") from None
    if url.password is None and os.environ.get(PASSWORD_ENV):
        url = url.set(password=os.environ[PASSWORD_ENV])
    return url.render_as_string(hide_password=False)


def _new_password(args: argparse.Namespace) -> str:
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
    elif os.environ.get(NEW_PASSWORD_ENV):
        password = os.environ[NEW_PASSWORD_ENV]
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != password:
            raise SupasoftError("The passwords differ.")
    else:
        raise SupasoftError(f"Give the new password on stdin with --password-stdin or in {NEW_PASSWORD_ENV}.")
    if not password:
        raise SupasoftError("The password must not be empty.")
    return password


def run_server_command(args: argparse.Namespace) -> int:
    """Run `server ACTION`; errors go to stderr with exit code 1, never a traceback."""
    try:
        code = _dispatch(args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the handler below
        return code
    except BrokenPipeError:  # `server users URL | head -1`: the reader left; stop quietly
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except SupasoftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # the promise is "no traceback": say what broke in one line
        print(f"error: unexpected {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}", file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    from supasoft.services.networked import server_admin as admin

    action = args.server_command
    timeout = args.timeout
    if action == "create":
        seconds = admin.create_database(_url(args.url), args.template)
        print(f"Created the database ({args.template} template) in {seconds:.1f} s.")
        return 0
    if action == "migrate":
        return _migrate(args.sqlite_file, _url(args.url))
    if action == "upgrade":
        version = admin.upgrade(_url(args.url))
        print(f"Up to date: schema version {version}.")
        return 0
    if action == "users":
        return _users(admin.connected_users(_url(args.url)), args.json)
    if action == "backup":
        result = admin.backup(_url(args.url), args.file, timeout=timeout)
        print(f"Backed up to {result.file} ({result.size:,} bytes, {result.seconds:.1f} s).")
        return 0
    if action == "restore":
        seconds = admin.restore(args.file, _url(args.url), replace=args.replace, timeout=timeout)
        print(f"Restored {args.file} in {seconds:.1f} s.")
        return 0
    if action == "validate":
        return _validate(admin.validate(_url(args.url), timeout=timeout))
    if action == "rebuild":
        r = admin.rebuild(_url(args.url), keep_backup=args.keep_backup, timeout=timeout)
        kept = f" The backup is kept in {r.backup_file}." if r.backup_file else ""
        print(f"Rebuilt in {r.seconds:.1f} s: most table changes used {r.formats_before} of 255, now {r.formats_after}.{kept}")
        return 0
    if action == "grants":
        count = admin.refresh_grants(_url(args.url))
        print(f"Staff role SUPASOFT_STAFF is up to date ({count} grant statement(s) run).")
        return 0
    if action == "account":
        return _account(args, admin)
    raise SupasoftError(f"Unknown server action {action}")


def _migrate(file: Path, url: str) -> int:
    import time

    from supasoft.services.networked.migrate import migrate

    shown = {"at": 0.0}

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - shown["at"] >= 0.5:
            shown["at"] = now
            percent = 100 * done // total if total else 100
            print(f"\rCopying rows: {done:,} of {total:,} ({percent}%)", end="" if done < total else "\n", flush=True)

    try:
        report = migrate(file, url, progress=progress)
    except KeyboardInterrupt:
        print("\nerror: interrupted; the new server database was removed again", file=sys.stderr)
        return 1
    for count in report.counts:
        mark = "ok" if count.ok else "DIFFERS"
        print(f"  {count.table:<20} {count.source:>9,} -> {count.target:>9,}  {mark}")
    if not report.ok:
        for line in report.differences:
            print(f"difference: {line}", file=sys.stderr)
        print(f"error: {len(report.differences)} difference(s) between the file and the server database "
              "(kept for inspection; drop it before migrating again)", file=sys.stderr)
        return 1
    print(f"Migrated {report.rows:,} rows in {report.seconds:.1f} s; counts agree and "
          f"{report.checked_records} sample records match field by field.")
    return 0


def _users(users: list[dict[str, Any]], as_json: bool) -> int:
    from supasoft.services.networked.server_admin import describe_user

    if as_json:
        print(json.dumps([{**u, "attached_since": str(u["attached_since"])} for u in users], ensure_ascii=False, indent=2))
        return 0
    print(f"{len(users)} connection(s):")
    for user in users:
        print(f"  {describe_user(user)}{'  (this command)' if user['is_current'] else ''}")
    return 0


def _validate(result: Any) -> int:
    how = "gfix -v -full" if result.mode == "full" else "online validation (others are connected: tables and indices only)"
    for line in result.errors:
        print(f"error: {line}")
    for line in result.warnings:
        print(f"warning: {line}")
    if result.clean:
        extra = f", {len(result.warnings)} warning(s) (orphan pages waste space only)" if result.warnings else ""
        print(f"OK: the database is clean ({how}, {result.seconds:.1f} s){extra}.")
        return 0
    print(f"{len(result.errors)} problem(s) found ({how}). Back up and restore (`server rebuild`) to repair.")
    return 1


def _account(args: argparse.Namespace, admin: Any) -> int:
    action = args.account_command
    url = _url(args.url)
    if action == "list":
        for account in admin.list_accounts(url):
            flags = " server-admin" if account.server_admin else ""
            flags += "" if account.active else " inactive"
            print(f"  {account.name:<31} {account.kind}{flags}")
        return 0
    if action == "add":
        name = admin.create_account(url, args.name, _new_password(args), admin=args.admin)
        role = "RDB$ADMIN" if args.admin else "SUPASOFT_STAFF"
        print(f"Created the account {name}; it connects with ?role={role} in the URL.")
        return 0
    if action == "drop":
        admin.drop_account(url, args.name)
        print(f"Deleted the account {args.name.upper()}.")
        return 0
    if action == "password":
        admin.set_password(url, args.name, _new_password(args))
        print(f"Changed the password of {args.name.upper()}.")
        return 0
    raise SupasoftError(f"Unknown account action {action}")


def main(argv: Sequence[str] | None = None) -> int:
    """Standalone entry: `python -m supasoft.cli_server server ACTION ...`."""
    parser = argparse.ArgumentParser(prog="supasoft-admin")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_server_commands(sub)
    args = parser.parse_args(argv)
    return run_server_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
