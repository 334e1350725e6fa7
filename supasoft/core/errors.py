"""Error types every layer raises, so the UI and CLI can show clear messages without tracebacks."""

from __future__ import annotations

from dataclasses import dataclass, field


class SupasoftError(Exception):
    """Base of every error meant for a user: its str() is the message to show."""


class ConfigError(SupasoftError):
    """client.ini or another settings file is malformed or holds a bad value."""


class DatabaseOpenError(SupasoftError):
    """The database cannot be opened (missing, locked, corrupt, newer version, server down...)."""


class DatabasePlaceError(DatabaseOpenError):
    """The file is fine but may not be opened where it is now (another copy has it, a share, a read-only drive)."""


class NewerDatabaseError(DatabaseOpenError):
    """The database was written by a newer Supasoft and must not be touched by this one."""


class NotFound(SupasoftError):
    """A record, object or field that was asked for does not exist."""


class PermissionDenied(SupasoftError):
    """The current user lacks the right for this operation."""


class SchemaError(SupasoftError):
    """A structure change is invalid (bad name, unknown type, conflicting definition...)."""


@dataclass
class Use:
    """One place where an object or field is used (formula, link, table, card, report)."""

    kind: str
    where: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}"


class InUseError(SchemaError):
    """Deleting something that is used elsewhere; lists the uses."""

    def __init__(self, what: str, uses: list[Use]):
        from supasoft.core.messages import Message, listing  # messages imports this module

        self.what = what
        self.uses = uses
        listed = listing([Message("{kind}: {where}", kind=Message(u.kind), where=u.where) for u in uses])
        super().__init__(Message("{what} is used elsewhere ({uses}). Remove those uses first or delete with cascade.",
                                 what=what, uses=listed))


@dataclass
class FieldProblem:
    """One validation problem, tied to the field it concerns (field_id None = whole record)."""

    field_id: int | None
    field_name: str
    message: str

    def __str__(self) -> str:
        return f"{self.field_name}: {self.message}" if self.field_name else self.message


class ValidationError(SupasoftError):
    """A record failed validation; `problems` names each field and what is wrong."""

    def __init__(self, problems: list[FieldProblem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass
class ConflictField:
    """A field the other writer changed: what this side had, and what is stored now."""

    field_id: int
    field_name: str
    base: object
    theirs: object
    mine: object


class ConflictError(SupasoftError):
    """The record was saved by someone else since it was read (optimistic locking)."""

    def __init__(self, record_id: int, stored_version: int, fields: list[ConflictField]):
        self.record_id = record_id
        self.stored_version = stored_version
        self.fields = fields
        names = ", ".join(f.field_name for f in fields) or "no field values"
        super().__init__(f"Record {record_id} was changed by someone else meanwhile (changed: {names}).")


@dataclass
class ConversionReport:
    """What a field type change would do: how many values convert and which do not."""

    total: int = 0
    converted: int = 0
    failures: list[tuple[int, object]] = field(default_factory=list)  # (record id, original value)


class ConversionError(SchemaError):
    """A field type change would lose values and the admin chose to refuse in that case."""

    def __init__(self, report: ConversionReport, field_name: str):
        from supasoft.core.messages import Message  # messages imports this module

        self.report = report
        shown = ", ".join(repr(v) for _, v in report.failures[:10])
        count, more = len(report.failures), len(report.failures) - 10
        if more > 0:
            text = Message("{count} value(s) of {name!r} cannot be converted: {values} and {more} more",
                           count=count, name=field_name, values=shown, more=more)
        else:
            text = Message("{count} value(s) of {name!r} cannot be converted: {values}", count=count, name=field_name, values=shown)
        super().__init__(text)
