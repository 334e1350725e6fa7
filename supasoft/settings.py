"""client.ini: the declared options that pick the edition (SQLite or Firebird) and tune the client.

Every key is declared once in OPTIONS; parsing, defaults, docs/client-ini.md and the tests all
follow that list. Errors name the file, the line and the key so an admin can fix the file alone.
"""

from __future__ import annotations

import configparser
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from platformdirs import user_data_dir

from supasoft.core.errors import ConfigError
from supasoft.core.messages import Message, message_of

log = logging.getLogger(__name__)

FILE_NAME = "client.ini"
APP_NAME = "Supasoft"
DEFAULT_DB_NAME = "supasoft.db"
SEED_NAME = "seed.db"  # an admin's prepared database beside client.ini, copied on each user's first start
PORTABLE_DATA = "data"  # the portable edition's database folder, beside client.ini
_BOOLS = {"1": True, "yes": True, "true": True, "on": True, "0": False, "no": False, "false": False, "off": False}
_BAD_HOST_CHARS = set(" \t/@?#\\")


@dataclass(frozen=True)
class Option:
    """One declared client.ini key, so parsing, defaults and docs cannot drift apart."""

    section: str
    key: str
    attr: str
    kind: str  # "str", "path", "host", "int", "bool" or "choice"
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def allowed(self) -> str:
        """Human wording of the accepted values, shared by error messages and docs."""
        if self.kind == "int":
            if self.maximum is None:
                return Message("a whole number of at least {minimum}", minimum=self.minimum)
            return Message("a whole number between {minimum} and {maximum}", minimum=self.minimum, maximum=self.maximum)
        if self.kind == "bool":
            return Message("0 or 1 (yes/no and true/false also work)")
        if self.kind == "choice":
            return Message("one of: {choices}", choices=", ".join(self.choices))
        if self.kind == "host":
            return Message("a host name or IP address")
        return Message("text")

    def default_text(self) -> str:
        """The default as it would be written in client.ini."""
        if self.kind == "bool":
            return "1" if self.default else "0"
        return str(self.default)

    def parse(self, raw: str) -> Any:
        """Turn a non-empty raw value into its typed value; ValueError says what is wrong."""
        bad = ValueError(Message("{raw!r} is not {allowed}", raw=raw, allowed=self.allowed()))
        if self.kind == "int":
            try:
                value = int(raw.strip())
            except ValueError:
                raise bad from None
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise bad
            return value
        if self.kind == "bool":
            if raw.lower() not in _BOOLS:
                raise bad
            return _BOOLS[raw.lower()]
        if self.kind == "choice":
            for choice in self.choices:
                if raw.lower() == choice.lower():
                    return choice
            raise bad
        if self.kind == "host" and _BAD_HOST_CHARS & set(raw):
            raise bad
        hidden = next((c for c in raw if ord(c) < 32 or ord(c) == 127), None)
        if hidden is not None:
            raise ValueError(Message("{raw!r} contains a control character (U+{code:04X}); retype the value",
                                     raw=raw, code=ord(hidden)))
        if self.kind == "path" and raw.startswith("~"):
            try:
                Path(raw).expanduser()
            except RuntimeError:
                raise ValueError(Message("{raw!r} names the home folder of an unknown user", raw=raw)) from None
        return raw


def _opt(section: str, key: str, attr: str, kind: str, default: Any, description: str, **kw: Any) -> Option:
    return Option(section, key, attr, kind, default, description, **kw)


OPTIONS: list[Option] = [
    _opt("Database", "Engine", "engine", "choice", "sqlite",
         "Which database to use: sqlite = one local file (Free Lite and portable editions), "
         "firebird = a shared Firebird server (networked edition).", choices=("sqlite", "firebird")),
    _opt("Database", "Path", "path", "path", "",
         "SQLite: the database file. A relative path is resolved against the folder holding client.ini "
         "(the portable edition keeps its data beside the program); empty = supasoft.db in the user's "
         "data folder. Firebird (required): the database path or alias on the server."),
    _opt("Database", "Server", "server", "host", "127.0.0.1", "Firebird server host name or IP address."),
    _opt("Database", "Port", "port", "int", 3050, "Firebird server TCP port.", minimum=1, maximum=65535),
    _opt("Database", "Driver", "driver", "choice", "firebird-driver",
         "Python driver for Firebird: firebird-driver (Firebird 3 and newer) or fdb (older servers).",
         choices=("firebird-driver", "fdb")),
    _opt("Database", "Charset", "charset", "str", "UTF8", "Firebird connection character set."),
    _opt("Database", "User", "user", "str", "",
         "Login name pre-filled in the login window. Passwords are never read from client.ini."),
    _opt("Database", "ConnectTimeout", "connect_timeout", "int", 10,
         "Seconds to wait for the Firebird server to answer before giving up.", minimum=1, maximum=600),
    _opt("Database", "LockTimeout", "lock_timeout", "int", 10,
         "Seconds a Firebird transaction waits for a record locked by another user (0 = fail at once).",
         minimum=0, maximum=3600),
    _opt("Program", "Portable", "portable", "bool", False,
         "1 = the portable edition (USB stick): the database (default data/supasoft.db), window settings, logs "
         "and backups stay in the folder holding client.ini; nothing is written to the user's home folder."),
    _opt("Interface", "ShowConfigurator", "show_configurator", "bool", True,
         "Show the Configurator (objects, fields, tables, cards) to users who have the right to use it."),
    _opt("Interface", "ShowAccess", "show_access", "bool", True,
         "Show user and access-rights management to users who have the right to use it."),
    _opt("Interface", "Language", "language", "choice", "",
         "Interface language; empty = the system language.", choices=("en", "pl", "ru")),
    _opt("Backup", "Keep", "backup_keep", "int", 10,
         "How many automatic backups to keep; older ones are deleted.", minimum=1),
    _opt("Backup", "OnExit", "backup_on_exit", "bool", False,
         "Back up the database when the program closes (always done by the portable edition).",),
    _opt("Backup", "Folder", "backup_folder", "path", "",
         "Folder for automatic backups. A relative path is resolved against the folder holding client.ini; "
         "empty = a backups folder beside the database. Firebird: a folder on the server."),
    _opt("Logging", "Level", "log_level", "choice", "WARNING",
         "How much the program writes to its log file.", choices=("DEBUG", "INFO", "WARNING", "ERROR")),
]


@dataclass(frozen=True)
class Settings:
    """Typed, validated client.ini values; defaults give the Free Lite edition (local SQLite)."""

    engine: str = "sqlite"
    path: str = ""
    server: str = "127.0.0.1"
    port: int = 3050
    driver: str = "firebird-driver"
    charset: str = "UTF8"
    user: str = ""
    connect_timeout: int = 10
    lock_timeout: int = 10
    portable: bool = False
    show_configurator: bool = True
    show_access: bool = True
    language: str = ""
    backup_keep: int = 10
    backup_on_exit: bool = False
    backup_folder: str = ""
    log_level: str = "WARNING"
    source: Path | None = None
    warnings: tuple[str, ...] = ()

    def _local(self, raw: str) -> Path:
        """Resolve a local path against the ini folder, which is what makes portable installs work."""
        p = Path(raw).expanduser()
        if not p.is_absolute():
            p = (self.source.parent if self.source else Path.cwd()) / p
        return p.resolve()

    def database_path(self) -> Path:
        """Absolute path of the SQLite file; only meaningful for Engine=sqlite."""
        if self.engine != "sqlite":
            raise ValueError("database_path() is for Engine=sqlite; a Firebird database lives on the server")
        if not self.path:
            if self.portable:
                return self._local(f"{PORTABLE_DATA}/{DEFAULT_DB_NAME}")
            return Path(user_data_dir(APP_NAME, appauthor=False)).resolve() / DEFAULT_DB_NAME
        return self._local(self.path)

    def beside_program(self) -> bool:
        """The database lives relative to client.ini (portable layout): its folder is created on first start."""
        return (self.portable and not self.path) or (bool(self.path) and not Path(self.path).expanduser().is_absolute())

    def program_folder(self) -> Path | None:
        """The folder holding client.ini (the bundle folder of the portable edition)."""
        return self.source.parent.resolve() if self.source is not None else None

    def seed_database(self) -> Path | None:
        """A prepared database shipped beside client.ini (installed package): each user's first start copies it."""
        folder = self.program_folder()
        if self.engine != "sqlite" or self.portable or folder is None:
            return None
        seed = folder / SEED_NAME
        return seed if seed.is_file() else None

    def backs_up_on_exit(self) -> bool:
        """The portable edition always leaves a fresh copy behind when it closes (a stick may be pulled next)."""
        return self.engine == "sqlite" and (self.backup_on_exit or self.portable)

    def backup_dir(self) -> Path:
        """Absolute folder for automatic SQLite backups (default: `backups` beside the database)."""
        if self.engine != "sqlite":
            raise ValueError("backup_dir() is for Engine=sqlite; Firebird backups are made on the server")
        return self._local(self.backup_folder) if self.backup_folder else self.database_path().parent / "backups"

    def database_url(self) -> str:
        """SQLAlchemy URL without credentials, safe to log and show."""
        return self._url("")

    def with_credentials(self, user: str, password: str) -> str:
        """SQLAlchemy URL with URL-quoted login; SQLite has no server login so it is left out."""
        cred = quote(user, safe="") + (":" + quote(password, safe="") if password else "") + "@"
        return self._url(cred if user or password else "")

    def _url(self, cred: str) -> str:
        if self.engine == "sqlite":
            return "sqlite:///" + self.database_path().as_posix()
        host = f"[{self.server}]" if ":" in self.server and not self.server.startswith("[") else self.server
        scheme = "firebird+fdb" if self.driver == "fdb" else "firebird+firebird"
        return f"{scheme}://{cred}{host}:{self.port}/{self.path}?charset={quote(self.charset, safe='')}"


def load_settings(path: Path | str | None = None, *, search_dir: Path | str | None = None) -> Settings:
    """Read the given file, else client.ini in search_dir, else use the Free Lite defaults."""
    if path is None:
        if search_dir is None or not (Path(search_dir) / FILE_NAME).exists():
            return Settings()
        path = Path(search_dir) / FILE_NAME
    path = Path(path)
    return _parse(path, _read_text(path))


def _read_text(path: Path) -> str:
    """Read bytes ourselves so a missing file or bad encoding names the file (and the line)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(Message("{path}: settings file not found", path=path)) from None
    except OSError as e:
        raise ConfigError(Message("{path}: cannot read settings file ({reason})", path=path,
                                  reason=e.strerror or str(e))) from None
    try:
        return data.decode("utf-8-sig")  # accepts the BOM Windows Notepad writes
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ConfigError(Message("{path}, line {line}: the file is not UTF-8 text; save it as UTF-8",
                                  path=path, line=line)) from None


def _scan(lines: list[str]) -> tuple[dict[str, int], dict[tuple[str, str], tuple[int, str]]]:
    """Line numbers of section headers and keys, mirroring configparser's rules (it keeps none)."""
    sections: dict[str, int] = {}
    keys: dict[tuple[str, str], tuple[int, str]] = {}
    section: str | None = None
    has_key = False
    indent = 0
    for n, line in enumerate(lines, 1):
        value = line.strip()
        if not value or value[0] in "#;":
            indent = sys.maxsize  # blank and comment lines end a multi-line value
            continue
        cur = len(line) - len(line.lstrip())
        if section is not None and has_key and cur > indent:
            continue  # continuation of the previous value
        indent = cur
        header = configparser.ConfigParser.SECTCRE.match(value)
        if header:
            section, has_key = header.group("header"), False
            sections.setdefault(section, n)
        elif section is not None and "=" in value:
            written = value.split("=", 1)[0].strip()
            keys.setdefault((section, written.lower()), (n, written))
            has_key = True
    return sections, keys


def _parse(path: Path, text: str) -> Settings:
    where = str(path)
    lines = text.split("\n")
    cp = configparser.ConfigParser(
        delimiters=("=",), interpolation=None, strict=True, empty_lines_in_values=False,
        default_section="\n",  # no magic [DEFAULT]: it is reported as an unknown section instead
    )
    by_key = {(o.section.lower(), o.key.lower()): o for o in OPTIONS}

    def bad_line(lineno: int, problem: str) -> ConfigError:
        raw = lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""
        if raw.startswith("["):
            problem = "is not a [Section] header (missing ']'?)"
        return ConfigError(Message("{where}, line {line}: {raw!r} {problem}", where=where, line=lineno, raw=raw,
                                   problem=Message(problem)))

    try:
        cp.read_string(text, source=where)
    except configparser.MissingSectionHeaderError as e:
        raise bad_line(e.lineno, "comes before any [Section] header") from None
    except configparser.ParsingError as e:
        raise bad_line(e.errors[0][0], "is not a 'Key=value' line") from None
    except configparser.DuplicateSectionError as e:
        raise ConfigError(Message("{where}, line {line}: section [{section}] appears twice",
                                  where=where, line=e.lineno, section=e.section)) from None
    except configparser.DuplicateOptionError as e:
        opt = by_key.get((e.section.lower(), e.option))
        key = opt.key if opt else e.option
        raise ConfigError(Message("{where}, line {line}, key {key}: appears twice in [{section}]",
                                  where=where, line=e.lineno, key=key, section=e.section)) from None
    except configparser.Error as e:
        raise ConfigError(f"{where}: {e.message}") from None  # configparser's own words: nothing to translate

    section_lines, key_lines = _scan(lines)
    known_sections = {o.section.lower() for o in OPTIONS}
    values: dict[str, Any] = {o.attr: o.default for o in OPTIONS}
    found: dict[str, int] = {}
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for sect in cp.sections():
        low, sect_line = sect.lower(), section_lines.get(sect, 0)
        if low in seen:
            raise ConfigError(Message("{where}, line {line}: section [{section}] appears twice (also as [{other}])",
                                      where=where, line=sect_line, section=sect, other=seen[low]))
        seen[low] = sect
        if low not in known_sections:
            warnings.append(f"{where}, line {sect_line}: unknown section [{sect}] is ignored")
            continue
        for key, raw in cp.items(sect, raw=True):
            line, written = key_lines.get((sect, key), (0, key))
            opt = by_key.get((low, key))
            if key == "password":
                warnings.append(f"{where}, line {line}: {written}= is ignored: passwords are never read "
                                "from client.ini; Supasoft asks for the password when you log in")
                continue
            if opt is None:
                warnings.append(f"{where}, line {line}: unknown key {written} in [{sect}] is ignored")
                continue
            if "\n" in raw:
                nxt = raw.split("\n")[1]
                cont = next((i for i in range(line + 1, len(lines) + 1) if lines[i - 1].strip() == nxt), line)
                raise ConfigError(Message("{where}, line {line}, key {key}: this indented line is read as part of "
                                          "the {key} value above; remove the leading spaces",
                                          where=where, line=cont, key=opt.key))
            found[opt.attr] = line
            if raw == "":
                continue  # an empty value means the default
            try:
                values[opt.attr] = opt.parse(raw)
            except ValueError as e:
                raise ConfigError(Message("{where}, line {line}, key {key}: {problem}",
                                          where=where, line=line, key=opt.key, problem=message_of(e))) from None

    if values["engine"] == "firebird" and not values["path"]:
        line = found.get("path") or found["engine"]
        raise ConfigError(Message("{where}, line {line}, key Path: Engine=firebird needs Path= set to the "
                                  "database path or alias on the server", where=where, line=line))
    for w in warnings:
        log.warning(w)
    return Settings(**values, source=path.absolute(), warnings=tuple(warnings))
