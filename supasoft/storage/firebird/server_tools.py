"""Server administration for the networked edition: gbak backup/restore, gfix validation, shutdown, who is in.

The rebuild (backup, test restore, replace) built from these is in rebuild.py.

The command-line tools (gbak, gfix, fbsvcmgr from firebird3.0-utils) run as child processes with the
credentials in their environment (ISC_USER / ISC_PASSWORD), never on their command line, so `ps` does
not show the password. Every child has a timeout. Backup files are written and read on the machine that
runs the tool (gbak over TCP), database files live on the server.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from supasoft.core.errors import SupasoftError

from . import ddl_rules
from .engine import DEFAULT_PORT, create_firebird_database, create_firebird_engine, driver_of
from .errors import classify
from .tool_stream import CancelCheck, Progress, TableCounter, ToolStopped, error_lines, stream

TOOL_TIMEOUT = 3600  # seconds for gbak/gfix on a real database; callers may pass less
CONNECT_TIMEOUT = 10


class ServerToolError(SupasoftError):
    """A server tool or connection failed; kind says why (auth_failed, server_down, database_missing, ...)."""

    def __init__(self, kind: str, message: str, details: str = ""):
        super().__init__(message)
        self.kind = kind
        self.details = details


@dataclass(frozen=True)
class ServerTarget:
    """Where a database is and who connects: parsed from a firebird[+driver]:// URL."""

    url: URL
    host: str
    port: int
    path: str
    user: str
    password: str
    driver: str

    @classmethod
    def parse(cls, url: str | URL) -> ServerTarget:
        try:
            u = make_url(url)
            driver = driver_of(u)
        except Exception as exc:
            raise ServerToolError("bad_url", f"Not a Firebird server URL: {exc}") from None
        if not u.host or not u.database:
            raise ServerToolError(
                "bad_url", "The URL needs a host and a database path: firebird+firebird://USER:PASSWORD@HOST:3050//path/crm.fdb"
            )
        return cls(u, u.host, int(u.port or DEFAULT_PORT), u.database, u.username or "SYSDBA", u.password or "", driver)

    @property
    def dsn(self) -> str:
        """The database as the tools name it: host/port:path (or alias)."""
        return f"{self.host}/{self.port}:{self.path}"

    @property
    def service(self) -> str:
        return f"{self.host}/{self.port}:service_mgr"

    @property
    def where(self) -> str:
        return f"{self.path} on {self.host}:{self.port}"

    def with_path(self, path: str) -> ServerTarget:
        u = self.url.set(database=path)
        return ServerTarget(u, self.host, self.port, path, self.user, self.password, self.driver)

    def url_string(self) -> str:
        return self.url.render_as_string(hide_password=False)


@dataclass
class ToolRun:
    """One finished child process."""

    args: list[str]
    returncode: int
    output: str
    seconds: float


@dataclass
class BackupResult:
    file: Path
    size: int
    seconds: float


@dataclass
class ValidationResult:
    """gfix -v -full (mode 'full') or the server's online validation when others are connected (mode 'online')."""

    mode: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    output: str = ""
    seconds: float = 0.0

    @property
    def clean(self) -> bool:
        return not self.errors



# ---------------------------------------------------------------- messages


def _kind_of_output(output: str) -> str:
    low = output.lower()
    if "already exists" in low or "file exists" in low:
        return "exists"
    if "cannot open backup file" in low:
        return "backup_missing"
    if any(f in low for f in ("secondary server attachments cannot validate", "database might be in use",
                              "database shutdown unsuccessful")):
        return "in_use"
    if "object" in low and "is in use" in low:
        return "in_use"
    return classify(Exception(output))


def message_for(kind: str, target: ServerTarget, what: str, details: str = "") -> str:
    """A message a user can act on for a failure kind."""
    if kind == "server_down":
        return (f"Cannot reach the Firebird server at {target.host}:{target.port}: is it running, "
                "is the address right, does a firewall block the port?")
    if kind == "auth_failed":
        return f"The server refused the login of {target.user}: wrong user name or password."
    if kind == "database_missing":
        return f"There is no database {target.where}."
    if kind == "no_permission":
        return f"User {target.user} has no right to {what} ({_first_line(details)})."
    if kind == "exists":
        return f"The database {target.where} already exists."
    if kind == "in_use":
        return f"Other users are connected to {target.where}; {what} needs them to disconnect first."
    return f"Could not {what}: {_first_line(details) or kind}"


def _first_line(details: str) -> str:
    lines = [ln.strip() for ln in details.splitlines() if ln.strip() and "exiting before completion" not in ln.lower()]
    return "; ".join(ln.removeprefix("gbak: ERROR:").removeprefix("gbak:").strip() for ln in lines[:3])


def _error_from_exception(exc: BaseException, target: ServerTarget, what: str) -> ServerToolError:
    if isinstance(exc, ServerToolError):
        return exc
    kind = classify(exc)
    details = str(getattr(exc, "orig", None) or exc)
    return ServerToolError(kind, message_for(kind, target, what, details), details)


# ---------------------------------------------------------------- child processes


def tool_path(name: str) -> str:
    """Full path of a Firebird tool (gbak, gfix, fbsvcmgr); ServerToolError when it is not installed."""
    found = shutil.which(name) or next(
        (str(p) for p in (Path("/usr/bin") / name, Path("/opt/firebird/bin") / name) if p.exists()), None
    )
    if not found:
        raise ServerToolError("tool_missing", f"{name} is not installed (Debian/Ubuntu: apt-get install firebird3.0-utils).")
    return found


def tool_env(target: ServerTarget) -> dict[str, str]:
    """The child's environment with the credentials (kept off the command line)."""
    env = dict(os.environ)
    env["ISC_USER"] = target.user
    env["ISC_PASSWORD"] = target.password
    return env


def run_tool(name: str, args: Sequence[str], target: ServerTarget, *, timeout: float, what: str,
             check: bool = True, on_line: Callable[[str], None] | None = None,
             cancelled: CancelCheck | None = None) -> ToolRun:
    """Run a tool with a timeout; on failure raise ServerToolError with a clear message (check=True).

    With on_line or cancelled the output is read while the tool runs (each line to on_line), and the tool is
    stopped as soon as cancelled() is true (ServerToolError kind 'cancelled').
    """
    argv = [tool_path(name), *args]
    started = time.monotonic()
    try:
        if on_line is None and cancelled is None:
            done = subprocess.run(argv, env=tool_env(target), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=timeout, check=False)
            returncode, output = done.returncode, done.stdout.decode("utf-8", "replace")
        else:
            returncode, output = stream(argv, tool_env(target), timeout=timeout, on_line=on_line, cancelled=cancelled)
    except (subprocess.TimeoutExpired, ToolStopped) as exc:
        if isinstance(exc, ToolStopped) and exc.reason == "cancelled":
            raise ServerToolError("cancelled", f"Cancelled: {name} was stopped before it could {what}.") from None
        raise ServerToolError("timeout", f"Could not {what}: {name} did not finish within {timeout:g} s.") from None
    except OSError as exc:
        raise ServerToolError("tool_missing", f"Could not {what}: cannot run {name}: {exc}") from None
    run = ToolRun(argv, returncode, output, time.monotonic() - started)
    if check and returncode != 0:
        details = error_lines(output) if on_line is not None else output  # verbose output: only what went wrong
        kind = _kind_of_output(details)
        raise ServerToolError(kind, message_for(kind, target, what, details), details)
    return run


# ---------------------------------------------------------------- connections


def open_engine(target: ServerTarget, *, lock_timeout: int = 5, connect_timeout: int = CONNECT_TIMEOUT) -> Any:
    """A pool-less engine for one admin task (dispose() it)."""
    return create_firebird_engine(target.url, lock_timeout=lock_timeout, connect_timeout=connect_timeout,
                                  poolclass=NullPool, pool_pre_ping=False)


def check_connect(target: ServerTarget, what: str = "connect") -> None:
    """Attach once, so a down server, a wrong password or a missing database give their own message."""
    engine = open_engine(target)
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1 from rdb$database")).scalar()
    except Exception as exc:
        raise _error_from_exception(exc, target, what) from None
    finally:
        engine.dispose()


def connected_users(target: ServerTarget) -> list[dict[str, Any]]:
    """Everyone attached to the database (MON$ATTACHMENTS; our own attachment is marked is_current)."""
    engine = open_engine(target)
    try:
        with engine.connect() as conn:
            return ddl_rules.connected_users(conn)
    except Exception as exc:
        raise _error_from_exception(exc, target, "list the connected users") from None
    finally:
        engine.dispose()


def other_users(target: ServerTarget) -> list[dict[str, Any]]:
    return [u for u in connected_users(target) if not u["is_current"]]


def describe_user(user: dict[str, Any]) -> str:
    since = user.get("attached_since")
    since_text = since.strftime("%Y-%m-%d %H:%M:%S") if hasattr(since, "strftime") else str(since or "")
    process = user.get("process") or "?"
    pid = f" (pid {user['pid']})" if user.get("pid") else ""
    return f"{user['user'] or '?'} from {user['remote_host'] or 'local'}, {process}{pid}, since {since_text}"


# ---------------------------------------------------------------- actions


def create_database(target: ServerTarget) -> None:
    """A new empty UTF8 database (page size 16384) at the URL."""
    try:
        create_firebird_database(target.url)
    except FileExistsError:
        raise ServerToolError("exists", f"The database {target.where} already exists.") from None
    except Exception as exc:
        err = _error_from_exception(exc, target, "create the database")
        if err.kind in ("other", "database_missing") and "permission denied" in err.details.lower():
            err = ServerToolError("no_permission", (
                f"The server cannot write {target.path}: the folder must be writable by the server's "
                "user (firebird), e.g. /var/lib/firebird/3.0/data."), err.details)
        raise err from None


def drop_database(target: ServerTarget) -> None:
    """DROP DATABASE through the driver (the server deletes the file)."""
    engine = open_engine(target)
    try:
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        cparams.pop("connect_timeout", None)
        engine.dialect.loaded_dbapi.connect(*cargs, **cparams).drop_database()
    except Exception as exc:
        raise _error_from_exception(exc, target, "drop the database") from None
    finally:
        engine.dispose()


def backup(target: ServerTarget, file: Path, *, timeout: float = TOOL_TIMEOUT, progress: Progress | None = None,
           cancelled: CancelCheck | None = None, tables: int = 0) -> BackupResult:
    """gbak -b to a file on this machine; an existing file is replaced only once the new one is complete.

    progress gets ("backup", tables done, tables) as gbak -v names each table; cancelled() stops gbak.
    """
    file = Path(file).expanduser().resolve()
    if not file.parent.is_dir():
        raise ServerToolError("bad_file", f"The folder {file.parent} does not exist.")
    partial = file.with_name(f".{file.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        run = _gbak(["-b", target.dsn, str(partial)], target, timeout=timeout, what="back up the database",
                    step="backup", tables=tables, progress=progress, cancelled=cancelled)
        os.replace(partial, file)
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(file, file.stat().st_size, run.seconds)


def restore(file: Path, target: ServerTarget, *, replace: bool = False, timeout: float = TOOL_TIMEOUT,
            progress: Progress | None = None, cancelled: CancelCheck | None = None, tables: int = 0,
            step: str = "restore") -> float:
    """gbak -c from a backup file on this machine to a database on the server; seconds taken.

    progress gets (step, tables done, tables) as gbak -v names each table; cancelled() stops gbak.
    """
    file = Path(file).expanduser().resolve()
    if not file.is_file():
        raise ServerToolError("backup_missing", f"The backup file {file} does not exist.")
    args = ["-c", *(["-rep"] if replace else []), str(file), target.dsn]
    what = "replace the database from the backup" if replace else "restore the backup"
    return _gbak(args, target, timeout=timeout, what=what, step=step, tables=tables, progress=progress,
                 cancelled=cancelled).seconds


def _gbak(args: list[str], target: ServerTarget, *, timeout: float, what: str, step: str, tables: int,
          progress: Progress | None, cancelled: CancelCheck | None) -> ToolRun:
    """gbak, verbose (-v) when someone follows the progress."""
    if progress is None:
        return run_tool("gbak", args, target, timeout=timeout, what=what, cancelled=cancelled)
    counter = TableCounter(step, tables, progress)
    run = run_tool("gbak", [args[0], "-v", *args[1:]], target, timeout=timeout, what=what, on_line=counter,
                   cancelled=cancelled)
    counter.finish()
    return run


_SUMMARY = "summary of validation errors"
_TIME_PREFIX = re.compile(r"^\d\d:\d\d:\d\d(\.\d+)?\s+")
_COUNT = re.compile(r"^number of (.*?)\s*:\s*(\d+)$", re.IGNORECASE)
_PROBLEM_WORDS = ("error", "corrupt", "damaged", "wrong", "broken", "missing", "bad ")


def _parse_validation(output: str) -> tuple[list[str], list[str]]:
    """(errors, warnings) from gfix or online validation output; orphan pages are warnings, not damage."""
    errors: list[str] = []
    warnings: list[str] = []
    for raw in output.splitlines():
        line = _TIME_PREFIX.sub("", raw.strip()).strip()
        low = line.lower()
        if not line or low == _SUMMARY or low.startswith("validation "):
            continue
        count = _COUNT.match(line.replace("\t", " "))
        if count and int(count.group(2)) == 0:
            continue
        if "orphan" in low or "warning" in low:  # gfix's own class: e.g. "Number of record level warnings: 1"
            warnings.append(line)
        elif count or any(word in low for word in _PROBLEM_WORDS):
            if re.search(r"\b0 errors\b", low) and "warning" not in low:
                continue
            errors.append(line)
    return errors, warnings


def validate(target: ServerTarget, *, timeout: float = TOOL_TIMEOUT) -> ValidationResult:
    """gfix -v -full; while others are connected, the server's online validation (tables and indices only)."""
    run = run_tool("gfix", ["-v", "-full", target.dsn], target, timeout=timeout, what="validate the database",
                   check=False)
    if run.returncode != 0 and _kind_of_output(run.output) == "in_use":
        online = run_tool("fbsvcmgr", [target.service, "action_validate", "dbname", target.path], target,
                          timeout=timeout, what="validate the database online")
        errors, warnings = _parse_validation(online.output)
        return ValidationResult("online", errors, warnings, online.output, online.seconds)
    if run.returncode != 0 and _SUMMARY not in run.output.lower():
        kind = _kind_of_output(run.output)
        raise ServerToolError(kind, message_for(kind, target, "validate the database", run.output), run.output)
    errors, warnings = _parse_validation(run.output)
    if run.returncode != 0 and not errors:
        errors.append(_first_line(run.output) or f"gfix exited with code {run.returncode}")
    return ValidationResult("full", errors, warnings, run.output, run.seconds)


def shutdown(target: ServerTarget, *, force_seconds: int = 0, timeout: float = 120) -> None:
    """Take the database offline for maintenance (gfix -shut full -force N): others are disconnected."""
    run_tool("gfix", ["-shut", "full", "-force", str(int(force_seconds)), target.dsn], target, timeout=timeout,
             what="shut the database down")


def bring_online(target: ServerTarget, *, timeout: float = 120) -> None:
    """Put a shut-down database back online (gfix -online)."""
    run_tool("gfix", ["-online", target.dsn], target, timeout=timeout, what="bring the database online")
