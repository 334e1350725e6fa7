"""fdb: fill a prepared statement's input XSQLDA from buffers allocated once, not per value.

Why: fdb's PreparedStatement.__tuple2xsqlda allocates a ctypes string buffer, a pointer and a cast for
every value of every execution (and a null-flag pointer for every nullable one): about half of a
10,000-row import on fdb. FastFdbCursor prepares each statement through fdb's own cursor and replaces,
for that statement only, the name-mangled __tuple2xsqlda with a filler that points every input sqlvar at
one value buffer and one null-flag array allocated once (sized by the described sqllen), and per
execution only writes bytes there (struct.pack_into) plus what must change: a string's sqltype/sqllen and
a NULL's null flag. fdb's _execute still restores the described sqltype/sqllen, executes and raises its
own errors.

Values are encoded exactly as fdb encodes them: strings in the connection's charset sent as SQL_TEXT of
their byte length, integers by the described sqllen, fdb's own decimal scaling (its _tenTo table,
Decimal.to_integral, int() for int and float), fdb's date and time formulas, booleans as one byte.
Parameter types it does not know (BLOB, arrays) make the statement fdb's own; a value it does not
expect (a string for a number, an over-long string, an integer out of range, a float for an integer)
sends that execution through fdb's own method, so odd values and errors behave as before. After such an
execution fdb's buffers hang off the sqlvars; the next fast execution points them back at ours.
Tested against fdb's own path in tests/storage/firebird/test_fast_input_fdb.py.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import struct
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from fdb import fbcore

# plan kinds
_TEXT, _INT, _SCALED, _DATE, _TIME, _TIMESTAMP, _BOOL, _DOUBLE, _FLOAT = range(9)
_INT_FORMATS = {2: "<h", 4: "<l", 8: "<q"}  # fdb's int_to_bytes by sqllen
_SQLVAR_SIZE = ctypes.sizeof(fbcore.XSQLVAR)
_TYPE_AT = fbcore.XSQLVAR.sqltype.offset
_LEN_AT = fbcore.XSQLVAR.sqllen.offset
_ALIGN = 8

_pack_into = struct.pack_into
_original_fill = fbcore.PreparedStatement._PreparedStatement__tuple2xsqlda  # type: ignore[attr-defined]


class _Fallback(Exception):
    """A value the plan does not handle: this execution goes through fdb's own method."""


class FastStatement:
    """One fdb PreparedStatement whose input sqlvars point at buffers this object owns."""

    def __init__(self, statement: Any, charset: str | None):
        self.statement = statement
        self.xsqlda = statement._in_sqlda
        self.plan, size = plan_of(self.xsqlda, statement.n_input_params) if charset else (None, 0)
        self.charset = charset or ""
        self.pointed = False  # whether the sqlvars point at our buffers (fdb's fallback re-points them)
        self.fast_executions = 0
        self.fdb_executions = 0
        if self.plan is not None:
            self.values = ctypes.create_string_buffer(max(1, size))
            self.nulls = (ctypes.c_short * max(1, len(self.plan)))()
            self.view = memoryview(self.values).cast("B")
        statement._PreparedStatement__tuple2xsqlda = self._fill  # fdb's _execute calls this per execution

    def _fill(self, xsqlda: Any, parameters: Sequence[Any]) -> None:
        plan = self.plan
        if plan is not None and xsqlda is self.xsqlda and len(parameters) == len(plan):
            if not self.pointed:
                self._point()
            try:
                fill(plan, self.view, self.nulls, xsqlda, parameters, self.charset)
            except _Fallback:
                self._restore()
            else:
                self.fast_executions += 1
                return
        self.fdb_executions += 1
        self.pointed = False
        _original_fill(self.statement, xsqlda, parameters)

    def _point(self) -> None:
        """Point every input sqlvar's data and null flag at our buffers (once, and again after a fallback)."""
        base, nulls = ctypes.addressof(self.values), ctypes.addressof(self.nulls)
        for i, step in enumerate(self.plan or ()):
            sqlvar = self.xsqlda.sqlvar[i]
            sqlvar.sqldata = ctypes.cast(base + step[1], fbcore.buf_pointer)
            sqlvar.sqlind = ctypes.cast(nulls + 2 * i, ctypes.POINTER(fbcore.ISC_SHORT))
        self.pointed = True

    def _restore(self) -> None:
        """Put back the described sqltype/sqllen a partial fill changed, as fdb's _execute does before filling."""
        for i, (sqltype, sqllen) in enumerate(self.statement._in_sqlda_save):
            sqlvar = self.xsqlda.sqlvar[i]
            sqlvar.sqltype, sqlvar.sqllen = sqltype, sqllen


def plan_of(xsqlda: Any, count: int) -> tuple[list[tuple[Any, ...]] | None, int]:
    """One (kind, value offset, sqlvar offset, described sqltype, ...) entry per parameter (None if fdb must
    pack) and the bytes the values need."""
    plan: list[tuple[Any, ...]] = []
    offset = 0
    start = type(xsqlda).sqlvar.offset
    for i in range(count):
        sqlvar = xsqlda.sqlvar[i]
        sqltype, sqllen, scale = sqlvar.sqltype, sqlvar.sqllen, sqlvar.sqlscale
        vartype = sqltype & ~1
        at = start + i * _SQLVAR_SIZE
        if vartype in (fbcore.SQL_TEXT, fbcore.SQL_VARYING):
            step: tuple[Any, ...] = (_TEXT, offset, at, sqltype, fbcore.SQL_TEXT | (sqltype & 1), sqllen)
        elif vartype in (fbcore.SQL_SHORT, fbcore.SQL_LONG, fbcore.SQL_INT64) and sqllen in _INT_FORMATS:
            if sqlvar.sqlsubtype or scale:
                step = (_SCALED, offset, at, sqltype, _INT_FORMATS[sqllen], fbcore._tenTo[abs(scale)])
            else:
                step = (_INT, offset, at, sqltype, _INT_FORMATS[sqllen])
        elif vartype == fbcore.SQL_TYPE_DATE:
            step = (_DATE, offset, at, sqltype)
        elif vartype == fbcore.SQL_TYPE_TIME:
            step = (_TIME, offset, at, sqltype)
        elif vartype == fbcore.SQL_TIMESTAMP:
            step = (_TIMESTAMP, offset, at, sqltype)
        elif vartype == fbcore.SQL_BOOLEAN and sqllen == 1:
            step = (_BOOL, offset, at, sqltype)
        elif vartype == fbcore.SQL_DOUBLE:
            step = (_DOUBLE, offset, at, sqltype)
        elif vartype == fbcore.SQL_FLOAT:
            step = (_FLOAT, offset, at, sqltype)
        else:  # BLOB, ARRAY, anything else: fdb's own method for the whole statement
            return None, 0
        plan.append(step)
        offset += (max(sqllen, 8) + _ALIGN - 1) // _ALIGN * _ALIGN
    return plan, offset


def _date(v: Any) -> int:
    """fdb's PreparedStatement._convert_date, as an int."""
    i = v.month + 9
    jy = v.year + (i // 12) - 1
    jm = i % 12
    c = jy // 100
    jy -= 100 * c
    return (146097 * c) // 4 + (1461 * jy) // 4 + (153 * jm + 2) // 5 + v.day - 678882


def _time(v: Any) -> int:
    """fdb's PreparedStatement._convert_time, as an int."""
    return (v.hour * 3600 + v.minute * 60 + v.second) * 10000 + v.microsecond // 100


def fill(plan: list[tuple[Any, ...]], view: memoryview, nulls: Any, xsqlda: Any, parameters: Sequence[Any],
         charset: str) -> None:
    """Write every value, null flag and string length of one execution; _Fallback if a value is unexpected."""
    for i, (step, value) in enumerate(zip(plan, parameters, strict=True)):
        kind, offset, at = step[0], step[1], step[2]
        if value is None:
            nulls[i] = -1
            if not step[3] & 1:  # NULLs not allowed by the description: fdb marks the sqlvar nullable
                _pack_into("<h", xsqlda, at + _TYPE_AT, step[3] + 1)
            continue
        nulls[i] = 0
        vtype = type(value)
        try:
            if kind == _TEXT:
                if vtype is not str:  # fdb sends str(value) or bytes as they are
                    raise _Fallback
                data = value.encode(charset)
                size = len(data)
                if size > step[5]:
                    raise _Fallback
                _pack_into("<h", xsqlda, at + _TYPE_AT, step[4])
                _pack_into("<h", xsqlda, at + _LEN_AT, size)
                view[offset : offset + size] = data
            elif vtype is str:  # fdb sends a string for any other type as text for the server to cast
                raise _Fallback
            elif kind == _INT:
                if vtype is not int and vtype is not bool:
                    raise _Fallback
                _pack_into(step[4], view, offset, value)
            elif kind == _SCALED:
                if isinstance(value, Decimal):
                    scaled = int((value * step[5]).to_integral())
                elif isinstance(value, int | float):
                    scaled = int(value * step[5])
                else:
                    raise _Fallback
                _pack_into(step[4], view, offset, scaled)
            elif kind == _DATE:
                if not isinstance(value, dt.date):
                    raise _Fallback
                _pack_into("<l", view, offset, _date(value))
            elif kind == _TIMESTAMP:
                if isinstance(value, dt.datetime):
                    _pack_into("<ll", view, offset, _date(value), _time(value))
                elif isinstance(value, dt.date):
                    _pack_into("<ll", view, offset, _date(value), 0)
                else:
                    raise _Fallback
            elif kind == _TIME:
                if not isinstance(value, dt.time):
                    raise _Fallback
                _pack_into("<l", view, offset, _time(value))
            elif kind == _BOOL:
                view[offset] = 1 if value else 0
            elif kind == _DOUBLE:
                _pack_into("d", view, offset, value)
            else:
                _pack_into("f", view, offset, value)
        except (struct.error, OverflowError, TypeError, ValueError, ArithmeticError, UnicodeError) as exc:
            raise _Fallback from exc


class FastFdbCursor:
    """Executes statements on an fdb connection's main transaction with FastStatement input packing."""

    def __init__(self, connection: Any):
        self.cursor = connection.cursor()
        self.charset = connection._python_charset if connection.charset else None
        self.statements: dict[str, FastStatement] = {}
        self._closed_fast = self._closed_fdb = 0

    @property
    def fast_executions(self) -> int:
        """Executions our buffers packed (tests check the fast path ran)."""
        return self._closed_fast + sum(s.fast_executions for s in self.statements.values())

    @property
    def fdb_executions(self) -> int:
        """Executions fdb's own method packed."""
        return self._closed_fdb + sum(s.fdb_executions for s in self.statements.values())

    def prepare(self, sql: str) -> FastStatement:
        fast = self.statements.get(sql)
        if fast is None:
            fast = self.statements[sql] = FastStatement(self.cursor.prep(sql), self.charset)
        return fast

    def execute(self, sql: str, parameters: Sequence[Any]) -> None:
        self.cursor.execute(self.prepare(sql).statement, parameters)

    def executemany(self, sql: str, seq_of_parameters: Sequence[Sequence[Any]]) -> None:
        statement = self.prepare(sql).statement
        for parameters in seq_of_parameters:
            self.cursor.execute(statement, parameters)

    def close(self) -> None:
        """Drop every prepared statement now (a failed one would keep its table "in use" until gc)."""
        self.cursor.close()
        for fast in self.statements.values():
            self._closed_fast += fast.fast_executions
            self._closed_fdb += fast.fdb_executions
            fast.statement.__dict__.pop("_PreparedStatement__tuple2xsqlda", None)  # no cycle left for gc
            try:
                fast.statement._close()
            except Exception:  # noqa: BLE001, S110 - a lost connection: nothing left to free
                pass
        self.statements.clear()
