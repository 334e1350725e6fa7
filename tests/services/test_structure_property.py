"""Property test: random live structure changes and record edits on a real SQLite file never lose data.

A hypothesis state machine adds/renames/deletes objects and fields (hostile names included), changes
field types (refuse and keep), inserts/updates/deletes/restores records, and after every step compares
the database with an in-memory model through `records.get`, `records.list`, `check_database` and a
fresh `open_session` of the same file.

Bigger run (explores new sequences, shrinks failures):
    SUPASOFT_PROPERTY_EXAMPLES=500 SUPASOFT_PROPERTY_SHRINK=1 .venv/bin/python -m pytest tests/services/test_structure_property.py

Bugs this test found (now fixed) are guarded by the small regression tests at the end of this file; the
random run still steers around those cases (money with scale 0, boolean -> string, rounding scale changes,
text -> string blanks, long keep-field names), which the regression tests cover exactly.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from supasoft.core.errors import ConversionError, InUseError, SchemaError, SupasoftError
from supasoft.core.meta import FieldDef
from supasoft.core.text_input import BAD_CHARACTERS
from supasoft.services.configuration import ConfigurationService
from supasoft.services.integrity import check_database
from supasoft.services.record_model import ListQuery, RefValue
from supasoft.services.session import Session, open_session

# --- run size ---------------------------------------------------------------------------------------------
_ENV_EXAMPLES = os.environ.get("SUPASOFT_PROPERTY_EXAMPLES")
EXAMPLES = int(_ENV_EXAMPLES) if _ENV_EXAMPLES else 25
STEPS = 40 if _ENV_EXAMPLES else 30
SETTINGS = settings(
    max_examples=EXAMPLES,
    # CI: no shrinking (it can take minutes on this machine); set SUPASOFT_PROPERTY_SHRINK=1 to shrink.
    phases=list(Phase) if os.environ.get("SUPASOFT_PROPERTY_SHRINK") else [Phase.explicit, Phase.reuse, Phase.generate],
    stateful_step_count=STEPS,
    deadline=None,
    derandomize=_ENV_EXAMPLES is None,  # CI: the same sequences every run; big runs explore
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
MAX_RECORDS = 60  # over all objects, keeps each step's full comparison cheap

# --- hostile input ------------------------------------------------------------------------------------------
HOSTILE_NAMES = [
    '"; DROP TABLE x; --',
    "Клиент",
    "zażółć",
    "zaz\u0307o\u0301ł\u0107",  # decomposed: stored NFC
    "ZAŻÓŁĆ",
    "select",
    "table",
    "order",
    "group",
    "from",
    "where",
    "Select",
    "O'Brien",
    'say "hi"',
    "back\\slash",
    "\\",
    "'",
    '"',
    "n" * 200,
    "N" * 199 + "ż",
    "m" * 201,
    "Code",
    "code ",
    "id",
    "rec_code",
    "t_1",
    "f_2",
    "sqlite_master",
    "%_",
    "  padded  ",
    "",
    "   ",
    "a.b",
    "{Total}",
    "[x]",
    "tab\there",
    "nul\x00byte",
    "zero\u200bwidth",
    "😀 emoji",
]
NAME_ALPHABET = "abcXYZ Клиентzażółćß'\"\\;-_()%\u0301😀"
BAD_NAME_ALPHABET = NAME_ALPHABET + "{}[].\t\x00\u200b"
NAMES = st.one_of(
    st.sampled_from(HOSTILE_NAMES),
    st.text(alphabet=NAME_ALPHABET, min_size=1, max_size=12),
    st.text(alphabet=BAD_NAME_ALPHABET, min_size=0, max_size=12),
    st.tuples(st.sampled_from(HOSTILE_NAMES), st.integers(1, 9)).map(lambda t: f"{t[0]} {t[1]}"),
)

STRING_POOL = [
    '"; DROP TABLE x; --',
    "Robert'); DROP TABLE t_1;--",
    "Клиент",
    "zażółć gęślą jaźń",
    "select * from sys_config",
    "O'Brien",
    'say "hi"',
    "back\\slash\\",
    "NULL",
    "None",
    "  padded  ",
    "\t",
    "",
    "😀 emoji",
    "a\u00a0b",  # control characters are refused on entry (tests/core/test_text_input.py), not stored
    "Alpha",
    "BETA",
    "gamma",
    "Infinity",
    "nan",
    "0x1F",
    "x@y.io",
    "o'hara@example.com",
    "not an email",
    "2024-02-29",
    "2023-02-29",
    "1999-12-31",
    "2024-01-02 10:30",
    "2024-01-02 10:30:15",
    "42",
    "-7",
    "+5",
    "0",
    "3.25",
    "-1234.5",
    "1,234.50",
    "12.00",
    "١٢٣",
    "s" * 255,
]
TEXT_EXTRA = ["line1\nline2", "line1\r\nline2  ", "  leading", "L" * 300]
EMAIL_POOL = ["x@y.io", " o'hara@example.com ", "клиент@пример.рф", "a+b@sub.example.co.uk"]
URL_POOL = ["https://example.com/a?b=c&d='x'", "example.com", "http://пример.рф/путь", "ftp://files.example.org/x.zip"]
PHONE_POOL = ["+48 123 456 789", "(555) 123-4567", "123-456-789 ext 12", "+7 (495) 123-45-67 доб. 5"]
CHOICE_POOL = ["Alpha", "beta", "Gamma", "Клиент", "zażółć", "O'Brien", "select", '"; DROP TABLE x; --', "back\\slash", "c" * 255]
LETTERS = "abcdefghijklmnopqrstuvwxyz ABCXYZ Клиентzażółć'\"\\;-"

STRINGISH = ("string", "text", "email", "url", "phone")
FIELD_TYPES = ["string", "text", "integer", "decimal", "money", "float", "date", "datetime", "boolean", "choice",
               "email", "url", "phone", "reference"]
DECIMAL_OPTIONS = [(None, None), (None, 0), (None, 4), (8, 2), (6, 3)]
#: old type -> types it may change to in this test (conversions the model predicts exactly).
CONVERSIONS: dict[str, list[str]] = {
    "string": ["integer", "decimal", "money", "float", "date", "datetime", "choice", "email", "text", "string"],
    "text": ["string"],
    "integer": ["decimal", "money", "float", "string", "text"],
    "decimal": ["integer", "string", "money", "float", "decimal"],
    "money": ["decimal", "string", "integer"],
    "float": ["integer", "decimal", "string"],
    "date": ["string", "datetime"],
    "datetime": ["string"],
    "choice": ["string"],
    "email": ["string", "text"],
    "url": ["string", "text"],
    "phone": ["string", "text"],
    "reference": ["string"],
    # boolean -> string: see test_boolean_to_string_treats_unset_and_no_alike (BUG)
}

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
BARE_HOST_RE = re.compile(r"^[a-z0-9][a-z0-9\-]*(\.[a-z0-9\-]+)+(/\S*)?$", re.IGNORECASE)
NUMBER_RE = re.compile(r"[+-]?\d+(?:\.\d+)?")
GROUP_SPACES_RE = re.compile(r"[\s\u00a0\u202f']")
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


# --- the model ----------------------------------------------------------------------------------------------
@dataclass
class MField:
    """What the model knows of a field: name, type, options and the JSON default given."""

    id: int
    name: str
    type: str
    length: int | None = None
    precision: int | None = None
    scale: int | None = None
    choices: tuple[str, ...] = ()
    target: int | None = None
    default: Any = None


@dataclass
class MObject:
    """An object of the model: fields in order and records (id -> field id -> canonical value)."""

    id: int
    name: str
    plural: str
    fields: dict[int, MField] = field(default_factory=dict)
    records: dict[int, dict[int, Any]] = field(default_factory=dict)


@dataclass
class MTrash:
    """A deleted record as the model remembers it, with the references its deletion cleared."""

    trash_id: int
    object_id: int
    record_id: int
    values: dict[int, Any]
    cleared: list[tuple[int, int, int]]
    version: int  # structure version when deleted: restores are tried only while it is unchanged


class Fail(Exception):
    """The model's verdict that a value does not convert."""


def expected_name(raw: str) -> str | None:
    """The stored name, or None when the service must refuse it (the documented naming rule)."""
    name = unicodedata.normalize("NFC", raw).strip()
    if not name or len(name) > 200:
        return None
    if any(ch in "{}[]." or unicodedata.category(ch).startswith("C") for ch in name):
        return None
    return name


def max_length(f: MField) -> int:
    if f.type == "text":
        return f.length or 1_000_000
    if f.type == "phone":
        return f.length or 40
    return f.length or 255


def dec_scale(f: MField) -> int:
    return 2 if f.scale is None else f.scale


def dec_precision(f: MField) -> int:
    return f.precision or 18


def int_digits(value: Decimal) -> int:
    whole = abs(int(value))
    return len(str(whole)) if whole else 0


def text_value(raw: str, kind: str) -> str | None:
    """Canonical text of string-like input: blank is empty; text keeps leading blanks."""
    if raw.strip() == "":
        return None
    if kind == "text":
        return raw.replace("\r\n", "\n").rstrip() or None
    return raw.strip() or None


def fmt(value: Any, f: MField) -> str:
    """How a value of the old type reads as text (what a type change converts and keeps)."""
    if f.type in STRINGISH or f.type == "choice":
        return value
    if f.type == "integer":
        return str(value)
    if f.type == "decimal":
        return f"{value:.{dec_scale(f)}f}"
    if f.type == "money":
        return f"{value:,.{dec_scale(f)}f}"
    if f.type == "float":
        return repr(float(value)).removesuffix(".0")
    if f.type == "date":
        return value.isoformat()
    if f.type == "datetime":
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second or value.microsecond else "%Y-%m-%d %H:%M")
    if f.type == "boolean":
        return "Yes" if value else "No"
    if f.type == "reference":
        return f"#{value}"
    raise AssertionError(f.type)


def number_of(text: str) -> Decimal:
    """The documented number input: blanks and apostrophes group digits; the last of ',' '.' is the point."""
    t = GROUP_SPACES_RE.sub("", text)
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") else t.replace(",", "")
    elif t.count(",") == 1:
        t = t.replace(",", ".")
    else:
        t = t.replace(",", "")
    if not NUMBER_RE.fullmatch(t):
        raise Fail
    return Decimal(t)


def parse_into(text: str, f: MField) -> tuple[Any, bool]:
    """Text to a canonical value of field f, and whether rounding changed it; raises Fail."""
    if BAD_CHARACTERS.search(text):  # control characters and lone surrogates are refused in any field
        raise Fail
    if f.type in STRINGISH:
        value = text_value(text, "text" if f.type == "text" else "string")
        if value is None:
            return None, False
        if f.type == "url" and BARE_HOST_RE.match(value):
            value = "http://" + value
        if len(value) > max_length(f) or (f.type == "email" and not EMAIL_RE.match(value)):
            raise Fail
        return value, False
    s = text.strip()
    if s == "":
        return None, False
    if f.type in ("integer", "decimal", "money", "float"):
        number = number_of(s)
        if f.type == "integer":
            if number != number.to_integral_value() or not INT_MIN <= int(number) <= INT_MAX:
                raise Fail
            return int(number), False
        if f.type == "float":
            return float(number), False
        rounded = number.quantize(Decimal(1).scaleb(-dec_scale(f)), rounding=ROUND_HALF_UP)
        if int_digits(rounded) > dec_precision(f) - dec_scale(f):
            raise Fail
        return rounded, rounded != number
    if f.type in ("date", "datetime") and s.casefold() == "today":  # read when used: today (at midnight)
        today = dt.date.today()
        return (today if f.type == "date" else dt.datetime.combine(today, dt.time())), False
    if f.type == "date":
        if not ISO_DATE_RE.fullmatch(s):
            raise Fail
        try:
            return dt.date.fromisoformat(s), False
        except ValueError:
            raise Fail from None
    if f.type == "datetime":
        try:
            return dt.datetime.fromisoformat(s.replace("T", " ")).replace(tzinfo=None), False
        except ValueError:
            raise Fail from None
    if f.type == "choice":
        for label in f.choices:
            if label.casefold() == s.casefold():
                return label, False
        raise Fail
    raise AssertionError(f.type)


def same(actual: Any, expected: Any) -> bool:
    """Equal and of the same type (True is not 1; 1.50 is not 1.5)."""
    if type(actual) is not type(expected):
        return False
    if isinstance(expected, Decimal):
        return str(actual) == str(expected)
    return bool(actual == expected)


# --- value strategies ----------------------------------------------------------------------------------------
def string_inputs(f: MField) -> st.SearchStrategy[str]:
    pool = STRING_POOL + (TEXT_EXTRA if f.type == "text" else [])
    limit = max_length(f)
    fitting = [s for s in pool if len(text_value(s, f.type) or "") <= limit]
    letters = st.text(alphabet=LETTERS, min_size=1, max_size=30).filter(lambda s: len(s.strip()) <= limit)
    return st.one_of(st.sampled_from(fitting), letters)


def decimal_values(f: MField) -> st.SearchStrategy[Decimal]:
    scale, precision = dec_scale(f), dec_precision(f)
    bound = min(10 ** (precision - scale) - 1, 10**12)
    unit = Decimal(1).scaleb(-scale)
    return st.integers(-bound * 10**scale, bound * 10**scale).map(lambda n: (Decimal(n) * unit).quantize(unit))


def input_and_value(data: st.DataObject, f: MField, model: dict[int, MObject]) -> tuple[Any, Any]:
    """A valid user input for field f and the canonical value the service must store."""
    if data.draw(st.integers(0, 9)) == 0:
        return None, (False if f.type == "boolean" else None)
    kind = f.type
    if kind in ("string", "text"):
        raw = data.draw(string_inputs(f))
        return raw, text_value(raw, kind)
    if kind in ("email", "url", "phone"):
        pool = {"email": EMAIL_POOL, "url": URL_POOL, "phone": PHONE_POOL}[kind]
        fitting = [(raw, parse_into(raw, f)[0]) for raw in pool if len(raw.strip()) <= max_length(f)]
        return data.draw(st.sampled_from(fitting)) if fitting else (None, None)
    if kind == "integer":
        n = data.draw(st.integers(-(10**12), 10**12))
        return data.draw(st.sampled_from([n, str(n)])), n
    if kind in ("decimal", "money"):
        value = data.draw(decimal_values(f))
        return data.draw(st.sampled_from([value, str(value)])), value
    if kind == "float":
        value = data.draw(st.integers(-(10**11), 10**11)) / 100
        return data.draw(st.sampled_from([value, repr(value)])), value
    if kind == "date":
        day = data.draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
        return data.draw(st.sampled_from([day, day.isoformat(), day.strftime("%d.%m.%Y")])), day
    if kind == "datetime":
        moment = data.draw(st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 12, 31))).replace(microsecond=0)
        return data.draw(st.sampled_from([moment, moment.isoformat(sep=" ")])), moment
    if kind == "boolean":
        raw = data.draw(st.sampled_from([True, False, "tak", "нет", "yes", "0", 1]))
        return raw, raw is True or raw in ("tak", "yes", 1)
    if kind == "choice":
        label = data.draw(st.sampled_from(f.choices))
        return data.draw(st.sampled_from([label, label.upper(), f"  {label} "])), label
    if kind == "reference":
        assert f.target is not None
        ids = sorted(model[f.target].records)
        if not ids:
            return None, None
        rid = data.draw(st.sampled_from(ids))
        return data.draw(st.sampled_from([rid, str(rid)])), rid
    raise AssertionError(kind)


def default_for(data: st.DataObject, f: MField) -> tuple[Any, Any]:
    """Maybe a default (JSON value given to add_field, canonical value) for a new field."""
    if data.draw(st.integers(0, 3)) != 0:
        return None, None
    if f.type == "string":
        raw = data.draw(st.sampled_from(["Клиент", "'; DROP t;--", "default"]))  # fits length 12 (see xfail below)
        return raw, raw
    if f.type == "integer":
        n = data.draw(st.integers(-1000, 1000))
        return n, n
    if f.type == "boolean":
        return True, True
    if f.type == "choice":
        label = data.draw(st.sampled_from(f.choices))
        return label, label
    if f.type == "date":
        return "2024-02-29", dt.date(2024, 2, 29)
    return None, None


def default_value(f: MField) -> Any:
    """The canonical value a field's default gives a new record."""
    if f.type == "boolean":
        return bool(f.default)
    return None if f.default is None else parse_into(str(f.default), f)[0]


def choices_strategy(extra: list[str]) -> st.SearchStrategy[tuple[str, ...]]:
    pool = list(dict.fromkeys(extra + CHOICE_POOL))
    return st.lists(st.sampled_from(pool), min_size=1, max_size=6, unique_by=str.casefold).map(tuple)


# --- the state machine -------------------------------------------------------------------------------------
class StructureMachine(RuleBasedStateMachine):
    """Drives ConfigurationService and RecordService and mirrors every change in the model."""

    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder
        folder.mkdir(parents=True)
        self.path = folder / "crm.db"
        self.session: Session = open_session(self.path, backup_folder=folder / "backups", backup_keep=2)
        self.model: dict[int, MObject] = {}
        self.trash: list[MTrash] = []
        self.version = self.session.configuration.config.version

    def teardown(self) -> None:
        self.session.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- helpers -----------------------------------------------------------------------------------------
    @property
    def cfg(self) -> ConfigurationService:
        return self.session.configuration

    def record_count(self) -> int:
        return sum(len(o.records) for o in self.model.values())

    def expect_refused(self, exc_type: type[Exception], call: Any) -> Exception:
        """Run a change that must fail with exc_type and leave the structure version alone."""
        with pytest.raises(exc_type) as info:
            call()
        assert self.cfg.config.version == self.version
        return info.value

    def changed(self) -> None:
        self.version += 1
        assert self.cfg.config.version == self.version

    def field_names_taken(self, obj: MObject, own: int | None) -> set[str]:
        return {f.name.casefold() for f in obj.fields.values() if f.id != own}

    def field_name_ok(self, obj: MObject, raw: str, own: int | None) -> str | None:
        name = expected_name(raw)
        if name is None or name.casefold() == "code" or name.casefold() in self.field_names_taken(obj, own):
            return None
        return name

    def object_names_ok(self, name: str | None, plural: str | None, own: int | None) -> bool:
        if name is None or plural is None:
            return False
        for other in self.model.values():
            if other.id != own and {name.casefold(), plural.casefold()} & {other.name.casefold(), other.plural.casefold()}:
                return False
        return True

    # --- a starting object with fields and records, so most steps change something that holds data ---------
    @initialize(data=st.data(), raw=st.sampled_from([n for n in HOSTILE_NAMES if expected_name(n)]))
    def start(self, data: st.DataObject, raw: str) -> None:
        self.add_object(raw)
        for _ in range(data.draw(st.integers(2, 6))):
            self.add_field(data, data.draw(NAMES), data.draw(st.sampled_from(FIELD_TYPES)))
        self.insert_many(data, data.draw(st.integers(1, 8)))

    # --- objects -------------------------------------------------------------------------------------------
    @precondition(lambda self: len(self.model) < 4)
    @rule(raw=NAMES)
    def add_object(self, raw: str) -> None:
        name = expected_name(raw)
        if not self.object_names_ok(name, name, None):
            self.expect_refused(SchemaError, lambda: self.cfg.add_object(raw))
            return
        obj = self.cfg.add_object(raw)
        self.changed()
        assert (obj.name, obj.plural) == (name, name)
        assert obj.id not in self.model
        self.model[obj.id] = MObject(obj.id, obj.name, obj.plural)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), raw=NAMES, plural=st.one_of(st.none(), NAMES))
    def rename_object(self, data: st.DataObject, raw: str, plural: str | None) -> None:
        obj = self.model[data.draw(st.sampled_from(sorted(self.model)))]
        name = expected_name(raw)
        new_plural = obj.plural if plural is None else expected_name(plural)
        changes = {"name": raw} if plural is None else {"name": raw, "plural": plural}
        if not self.object_names_ok(name, new_plural, obj.id):
            self.expect_refused(SchemaError, lambda: self.cfg.update_object(obj.id, **changes))
            return
        self.cfg.update_object(obj.id, **changes)
        self.changed()
        assert name is not None and new_plural is not None
        obj.name, obj.plural = name, new_plural

    @precondition(lambda self: len(self.model) >= 2)
    @rule(data=st.data(), cascade=st.booleans())
    def delete_object(self, data: st.DataObject, cascade: bool) -> None:
        oid = data.draw(st.sampled_from(sorted(self.model)))
        users = [(o, f) for o in self.model.values() if o.id != oid for f in o.fields.values()
                 if f.type == "reference" and f.target == oid]
        if users and not cascade:
            error = self.expect_refused(InUseError, lambda: self.cfg.delete_object(oid))
            assert len(error.uses) == len(users)  # type: ignore[attr-defined]
            return
        self.cfg.delete_object(oid, cascade=cascade)
        self.changed()
        for other, f in users:
            del other.fields[f.id]
            for values in other.records.values():
                del values[f.id]
        del self.model[oid]
        self.trash = [t for t in self.trash if t.object_id != oid]

    # --- fields --------------------------------------------------------------------------------------------
    @precondition(lambda self: self.model)
    @rule(data=st.data(), raw=NAMES, kind=st.sampled_from(FIELD_TYPES))
    def add_field(self, data: st.DataObject, raw: str, kind: str) -> None:
        obj = self.model[data.draw(st.sampled_from(sorted(self.model)))]
        f = MField(0, raw, kind)
        if kind == "string":
            f.length = data.draw(st.sampled_from([None, 12, 40, 255, 300]))
        elif kind in ("email", "url"):
            f.length = data.draw(st.sampled_from([None, 40, 300]))
        elif kind == "decimal":
            f.precision, f.scale = data.draw(st.sampled_from(DECIMAL_OPTIONS))
        elif kind == "choice":
            f.choices = data.draw(choices_strategy([]))
        elif kind == "reference":
            f.target = data.draw(st.sampled_from(sorted(self.model)))
        json_default, canonical_default = default_for(data, f)
        draft = FieldDef(0, raw, kind, length=f.length, precision=f.precision, scale=f.scale, choices=f.choices,
                         target=f.target, default=json_default)
        name = self.field_name_ok(obj, raw, None)
        if name is None:
            self.expect_refused(SchemaError, lambda: self.cfg.add_field(obj.id, draft))
            return
        made = self.cfg.add_field(obj.id, draft)
        self.changed()
        assert made.name == name and made.type == kind
        f.id, f.name, f.default = made.id, name, json_default
        obj.fields[f.id] = f
        fill = canonical_default if canonical_default is not None else (False if kind == "boolean" else None)
        for values in obj.records.values():
            values[f.id] = fill

    @precondition(lambda self: any(o.fields for o in self.model.values()))
    @rule(data=st.data(), raw=NAMES)
    def rename_field(self, data: st.DataObject, raw: str) -> None:
        obj = self.model[data.draw(st.sampled_from(sorted(o.id for o in self.model.values() if o.fields)))]
        f = obj.fields[data.draw(st.sampled_from(sorted(obj.fields)))]
        name = self.field_name_ok(obj, raw, f.id)
        if name is None:
            self.expect_refused(SchemaError, lambda: self.cfg.update_field(obj.id, f.id, name=raw))
            return
        self.cfg.update_field(obj.id, f.id, name=raw)
        self.changed()
        f.name = name

    @precondition(lambda self: any(o.fields for o in self.model.values()))
    @rule(data=st.data())
    def delete_field(self, data: st.DataObject) -> None:
        obj = self.model[data.draw(st.sampled_from(sorted(o.id for o in self.model.values() if o.fields)))]
        fid = data.draw(st.sampled_from(sorted(obj.fields)))
        self.cfg.delete_field(obj.id, fid)
        self.changed()
        del obj.fields[fid]
        for values in obj.records.values():
            del values[fid]

    @precondition(lambda self: self.convertible())
    @rule(data=st.data())
    def change_type_or_refuse(self, data: st.DataObject) -> None:
        self.change_type(data, "refuse")

    @precondition(lambda self: self.convertible())
    @rule(data=st.data())
    def change_type_keeping_failures(self, data: st.DataObject) -> None:
        self.change_type(data, "keep")

    def convertible(self) -> bool:
        return any(f.type in CONVERSIONS for o in self.model.values() for f in o.fields.values())

    def change_type(self, data: st.DataObject, on_failure: str) -> None:
        """Change a field's type; refused conversions change nothing, kept ones land in '<name> (old value)'."""
        candidates = sorted((o.id, f.id) for o in self.model.values() for f in o.fields.values() if f.type in CONVERSIONS)
        oid, fid = data.draw(st.sampled_from(candidates))
        obj, old = self.model[oid], self.model[oid].fields[fid]
        kind = data.draw(st.sampled_from(CONVERSIONS[old.type]))
        new = MField(fid, old.name, kind)
        changes: dict[str, Any] = {"type": kind}
        if kind in ("string", "email"):
            new.length = changes["length"] = data.draw(st.sampled_from([None, 5, 30, 255]))
        elif kind == "decimal":
            new.precision, new.scale = data.draw(st.sampled_from(DECIMAL_OPTIONS))
            changes.update(precision=new.precision, scale=new.scale)
        elif kind == "money":
            new.scale = 2
            changes.update(precision=None, scale=2)  # scale 0 money: see test_money_scale_0_keeps_its_value (BUG)
        elif kind == "choice":
            existing = [v for v in obj.records.values() if v[fid] is not None and len(v[fid]) <= 255]
            labels = [v[fid] for v in existing]
            new.choices = changes["choices"] = data.draw(choices_strategy(data.draw(st.lists(st.sampled_from(labels), max_size=4)) if labels else []))
        # The model's verdict for every record.
        converted: dict[int, Any] = {}
        failures: list[tuple[int, str]] = []
        total = 0
        for rid in sorted(obj.records):
            value = obj.records[rid][fid]
            if value is None:
                converted[rid] = None
                continue
            total += 1
            if kind in ("date", "datetime") and fmt(value, old).strip().casefold() == "now":
                return  # 'now' reads the clock to the minute: not predicted here
            try:
                converted[rid], rounded = parse_into(fmt(value, old), new)
            except Fail:
                failures.append((rid, fmt(value, old)))
                converted[rid] = None
                continue
            if rounded:
                return  # silent rounding: see test_type_change_refuses_to_round (BUG); not exercised here
            if old.type == "text" and kind == "string" and value != value.lstrip():
                return  # SQLite copies text raw: see test_text_to_string_gives_canonical_strings (BUG)
        if failures and on_failure == "keep" and len(f"{old.name} (old value) 99") > 200:
            return  # an over-long keep field name: see test_keep_field_name_obeys_the_name_rule (BUG)
        preview = self.cfg.preview_type_change(oid, fid, **changes)
        assert (preview.total, preview.converted, preview.failures) == (total, total - len(failures), failures)
        if failures and on_failure == "refuse":
            error = self.expect_refused(ConversionError, lambda: self.cfg.change_field_type(oid, fid, on_failure="refuse", **changes))
            assert error.report.failures == failures  # type: ignore[attr-defined]
            return
        report = self.cfg.change_field_type(oid, fid, on_failure=on_failure, **changes)
        self.changed()
        assert (report.total, report.converted, report.failures) == (total, total - len(failures), failures)
        obj.fields[fid] = new
        for rid, value in converted.items():
            obj.records[rid][fid] = value
        if failures:
            base = f"{old.name} (old value)"
            name, n = base, 2
            while name.casefold() in self.field_names_taken(obj, None):
                name, n = f"{base} {n}", n + 1
            keep_field = self.cfg.object(oid).fields[-1]
            assert (keep_field.name, keep_field.type) == (name, "text")
            obj.fields[keep_field.id] = MField(keep_field.id, name, "text")
            kept = dict(failures)
            for rid, values in obj.records.items():
                values[keep_field.id] = kept.get(rid)

    # --- records -------------------------------------------------------------------------------------------
    @precondition(lambda self: self.model and self.record_count() < MAX_RECORDS)
    @rule(data=st.data())
    def insert_record(self, data: st.DataObject) -> None:
        obj = self.model[data.draw(st.sampled_from(sorted(self.model)))]
        record = self.session.records.new(obj.id)
        expected: dict[int, Any] = {}
        for f in obj.fields.values():
            if data.draw(st.integers(0, 4)) == 0:  # left as new() made it: the default
                expected[f.id] = default_value(f)
                continue
            record.values[f.id], expected[f.id] = input_and_value(data, f, self.model)
        saved = self.session.records.save(record)
        assert saved.id is not None and saved.id not in obj.records
        obj.records[saved.id] = expected

    @precondition(lambda self: self.model and self.record_count() < MAX_RECORDS)
    @rule(data=st.data(), count=st.integers(1, 5))
    def insert_many(self, data: st.DataObject, count: int) -> None:
        obj = self.model[data.draw(st.sampled_from(sorted(self.model)))]
        rows, expected = [], []
        for _ in range(count):
            pairs = {f.id: input_and_value(data, f, self.model) for f in obj.fields.values()}
            rows.append({fid: p[0] for fid, p in pairs.items()})
            expected.append({fid: p[1] for fid, p in pairs.items()})
        ids = self.session.records.insert_many(obj.id, rows)
        assert len(ids) == count and not set(ids) & set(obj.records)
        obj.records.update(zip(ids, expected, strict=True))

    @precondition(lambda self: self.record_count() > 0)
    @rule(data=st.data())
    def update_record(self, data: st.DataObject) -> None:
        obj = self.model[data.draw(st.sampled_from(sorted(o.id for o in self.model.values() if o.records)))]
        rid = data.draw(st.sampled_from(sorted(obj.records)))
        record = self.session.records.get(obj.id, rid)
        for f in obj.fields.values():
            if data.draw(st.booleans()):
                record.values[f.id], obj.records[rid][f.id] = input_and_value(data, f, self.model)
        saved = self.session.records.save(record)
        assert saved.version == record.version + 1

    @precondition(lambda self: self.record_count() > 0)
    @rule(data=st.data())
    def delete_record(self, data: st.DataObject) -> None:
        obj = self.model[data.draw(st.sampled_from(sorted(o.id for o in self.model.values() if o.records)))]
        rid = data.draw(st.sampled_from(sorted(obj.records)))
        trash_id = self.session.records.delete(obj.id, rid)
        values = dict(obj.records[rid])  # as read before the delete (a reference to itself included)
        cleared = []
        for other in self.model.values():
            for f in other.fields.values():
                if f.type == "reference" and f.target == obj.id:
                    for cid, other_values in other.records.items():
                        if other_values[f.id] == rid:
                            other_values[f.id] = None
                            cleared.append((other.id, f.id, cid))
        del obj.records[rid]
        self.trash.append(MTrash(trash_id, obj.id, rid, values, cleared, self.version))

    @precondition(lambda self: any(t.version == self.version for t in self.trash))
    @rule(data=st.data())
    def restore_record(self, data: st.DataObject) -> None:
        entry = data.draw(st.sampled_from([t for t in self.trash if t.version == self.version]))
        obj = self.model[entry.object_id]
        if entry.record_id in obj.records:  # the id was given to a new record meanwhile
            with pytest.raises(SupasoftError):
                self.session.records.restore(entry.trash_id)
            return
        assert self.session.records.restore(entry.trash_id) == (obj.id, entry.record_id)
        self.trash.remove(entry)
        values = dict(entry.values)
        for f in obj.fields.values():
            if f.type == "reference" and values[f.id] is not None and values[f.id] not in self.model[f.target or 0].records:
                values[f.id] = None
        obj.records[entry.record_id] = values
        for other_id, fid, cid in entry.cleared:
            other = self.model.get(other_id)
            if other is not None and fid in other.fields and cid in other.records:
                other.records[cid][fid] = entry.record_id

    # --- the comparison after every step -------------------------------------------------------------------
    @invariant()
    def database_matches_model(self) -> None:
        assert check_database(self.session) == []
        compare(self.session, self.model, self.version, with_get=True)
        again = open_session(self.path, backup_folder=self.folder / "backups")
        try:
            compare(again, self.model, self.version, with_get=False)
        finally:
            again.close()


def compare(session: Session, model: dict[int, MObject], version: int, *, with_get: bool) -> None:
    """Structure and every value in the database equal the model (through list, and get if asked)."""
    config = session.configuration.config
    assert config.version == version
    objects = {o.id: o for o in config.objects}
    assert sorted(objects) == sorted(model)
    for oid, mobj in model.items():
        obj = objects[oid]
        assert (obj.name, obj.plural) == (mobj.name, mobj.plural)
        actual = [(f.id, f.name, f.type, f.length, f.precision, f.scale, tuple(f.choices), f.target, f.default)
                  for f in obj.fields]
        wanted = [(f.id, f.name, f.type, f.length, f.precision, f.scale, f.choices, f.target, f.default)
                  for f in mobj.fields.values()]
        assert actual == wanted
        assert session.records.count(oid) == len(mobj.records)
        columns = list(mobj.fields)
        rows = session.records.list(oid, ListQuery(columns=[(fid,) for fid in columns], limit=100_000))
        assert [r.id for r in rows] == sorted(mobj.records)
        for row in rows:
            for fid, cell in zip(columns, row.cells, strict=True):
                value = cell.id if isinstance(cell, RefValue) else cell
                expected = mobj.records[row.id][fid]
                assert same(value, expected), f"list {mobj.name}#{row.id} {mobj.fields[fid].name}: {value!r} != {expected!r}"
        if with_get:
            for rid, values in mobj.records.items():
                record = session.records.get(oid, rid)
                assert sorted(record.values) == sorted(values)
                for fid, expected in values.items():
                    got = record.values[fid]
                    assert same(got, expected), f"get {mobj.name}#{rid} {mobj.fields[fid].name}: {got!r} != {expected!r}"


def test_random_structure_changes_keep_every_value(tmp_path: Path) -> None:
    """Any sequence of structure changes and record edits leaves exactly the data the model predicts."""
    runs = itertools.count()
    run_state_machine_as_test(lambda: StructureMachine(tmp_path / f"run{next(runs)}"), settings=SETTINGS)


# --- regression tests: the smallest repros of bugs the property test found (all fixed) -----------------------------------------------
@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s = open_session(tmp_path / "crm.db", backup_folder=tmp_path / "backups")
    yield s
    s.close()


def test_money_scale_0_keeps_its_value(session: Session) -> None:
    """A whole-number money amount must survive a change to float (it is silently divided by 1000)."""
    obj = session.configuration.add_object("Deal")
    amount = session.configuration.add_field(obj.id, FieldDef(0, "Amount", "money", scale=0))
    record = session.records.new(obj.id)
    record.values[amount.id] = 12345
    rid = session.records.save(record).id or 0
    session.configuration.change_field_type(obj.id, amount.id, type="float", on_failure="refuse")
    assert session.records.get(obj.id, rid).values[amount.id] == 12345.0


def test_shorter_string_refuses_value_with_nul(session: Session) -> None:
    """Shrinking a string's length must refuse every value that no longer fits, NUL inside or not."""
    obj = session.configuration.add_object("Client")
    name = session.configuration.add_field(obj.id, FieldDef(0, "Name", "string"))
    record = session.records.new(obj.id)
    record.values[name.id] = "a" + "b" * 10
    saved = session.records.save(record)
    with session.storage.begin() as conn:  # saves refuse control characters now; an older database may hold one
        conn.exec_driver_sql(f"UPDATE t_{obj.id} SET f_{name.id} = ? WHERE id = ?", ("a\x00" + "b" * 10, saved.id))
    assert len(session.configuration.preview_type_change(obj.id, name.id, type="string", length=5).failures) == 1
    with pytest.raises(ConversionError):
        session.configuration.change_field_type(obj.id, name.id, type="string", length=5, on_failure="refuse")


def test_text_to_string_gives_canonical_strings(session: Session) -> None:
    """After text -> string the value is what the string type stores (no leading blanks), as previewed."""
    obj = session.configuration.add_object("Client")
    notes = session.configuration.add_field(obj.id, FieldDef(0, "Notes", "text"))
    record = session.records.new(obj.id)
    record.values[notes.id] = "  indented"
    rid = session.records.save(record).id or 0
    session.configuration.change_field_type(obj.id, notes.id, type="string")
    assert session.records.get(obj.id, rid).values[notes.id] == "indented"


def test_boolean_to_string_treats_unset_and_no_alike(session: Session) -> None:
    """Two records that both read False must convert to the same text."""
    obj = session.configuration.add_object("Client")
    before = session.records.save(session.records.new(obj.id)).id or 0
    flag = session.configuration.add_field(obj.id, FieldDef(0, "VIP", "boolean"))
    record = session.records.new(obj.id)
    record.values[flag.id] = False
    after = session.records.save(record).id or 0
    assert session.records.get(obj.id, before).values[flag.id] is session.records.get(obj.id, after).values[flag.id] is False
    session.configuration.change_field_type(obj.id, flag.id, type="string")
    assert session.records.get(obj.id, before).values[flag.id] == session.records.get(obj.id, after).values[flag.id]


def test_type_change_refuses_to_round(session: Session) -> None:
    """Refuse means no value may change: a rounding conversion must be reported as a failure."""
    obj = session.configuration.add_object("Item")
    price = session.configuration.add_field(obj.id, FieldDef(0, "Price", "decimal", scale=2))
    record = session.records.new(obj.id)
    record.values[price.id] = "1.25"
    rid = session.records.save(record).id or 0
    with pytest.raises(ConversionError):
        session.configuration.change_field_type(obj.id, price.id, type="decimal", scale=1, on_failure="refuse")
    assert session.records.get(obj.id, rid).values[price.id] == Decimal("1.25")


def test_restore_after_type_change_keeps_value(session: Session) -> None:
    """A record deleted before a type change comes back with its value converted, not emptied."""
    obj = session.configuration.add_object("Client")
    age = session.configuration.add_field(obj.id, FieldDef(0, "Age", "string"))
    record = session.records.new(obj.id)
    record.values[age.id] = "42"
    rid = session.records.save(record).id or 0
    trash_id = session.records.delete(obj.id, rid)
    session.configuration.change_field_type(obj.id, age.id, type="integer")
    session.records.restore(trash_id)
    assert session.records.get(obj.id, rid).values[age.id] == 42


def test_deleted_record_id_is_not_reused(session: Session) -> None:
    """Deleting the newest record then adding one must not take its id (restore would be refused)."""
    obj = session.configuration.add_object("Client")
    first = session.records.save(session.records.new(obj.id)).id or 0
    trash_id = session.records.delete(obj.id, first)
    second = session.records.save(session.records.new(obj.id)).id
    assert second != first
    session.records.restore(trash_id)


def test_keep_field_name_obeys_the_name_rule(session: Session) -> None:
    """The field made by on_failure='keep' must itself be a valid, editable field."""
    obj = session.configuration.add_object("Client")
    long_field = session.configuration.add_field(obj.id, FieldDef(0, "n" * 200, "string"))
    record = session.records.new(obj.id)
    record.values[long_field.id] = "not a number"
    session.records.save(record)
    session.configuration.change_field_type(obj.id, long_field.id, type="integer", on_failure="keep")
    keep = session.configuration.object(obj.id).fields[-1]
    session.configuration.update_field(obj.id, keep.id, description="kept values")  # SchemaError: name too long


def test_datetime_to_date_converts(session: Session) -> None:
    """A date-and-time at midnight is a date: the change must not be refused."""
    obj = session.configuration.add_object("Meeting")
    when = session.configuration.add_field(obj.id, FieldDef(0, "When", "datetime"))
    record = session.records.new(obj.id)
    record.values[when.id] = "2024-01-02 00:00"
    rid = session.records.save(record).id or 0
    session.configuration.change_field_type(obj.id, when.id, type="date", on_failure="refuse")
    assert session.records.get(obj.id, rid).values[when.id] == dt.date(2024, 1, 2)


def test_default_must_fit_the_field(session: Session) -> None:
    """A default that breaks the field's own rules must be refused, not stored in existing records."""
    obj = session.configuration.add_object("Client")
    session.records.save(session.records.new(obj.id))
    with pytest.raises(SchemaError):
        session.configuration.add_field(obj.id, FieldDef(0, "Tag", "string", length=5, default="far too long"))
