"""Firebird bulk inserts: many rows per network round trip through one prepared EXECUTE BLOCK.

A plain executemany costs one round trip per row (about 160 us on loopback, far more on a LAN), and a
text BLOB value costs extra round trips to create the blob. Here a batch of rows becomes blocks of R rows:

    EXECUTE BLOCK (c0 TYPE OF COLUMN t_1.rec_version = ?, s0 TYPE OF COLUMN t_1.rec_code = ?,
                   p0 TYPE OF COLUMN t_1.f_2 = ?, p1 ..., ...)
    AS BEGIN INSERT INTO t_1 (rec_version, rec_code, f_2) VALUES (:c0, :s0 + 0, :p0); ... END

- every parameter has the column's own type (TYPE OF COLUMN), so the driver binds each value exactly as
  a plain insert would; values only ever travel as parameters, never in the SQL text;
- a column with the same value in every row of the batch (version, stamps, users of an import) is sent
  once per block, and a column counting up by one (Codes) as its first value plus the row's offset;
- text BLOB columns take a VARCHAR UTF8 parameter when the batch's texts are short enough: the server
  stores the same text in the BLOB without a blob round trip per value;
- blocks of the same shape go through one executemany (prepared once); the tail is a smaller block;
- on firebird-driver the blocks go through fast_input.FastCursor, which fills the input message from a
  plan read once per statement (the driver's own packing asks the metadata for every value, ~30 us each);
  on fdb through fast_input_fdb.FastFdbCursor, which fills input buffers allocated once per statement
  (fdb's own packing allocates ctypes buffers for every value).
  Narrower VARCHAR parameters (more rows per message) were tried and did not help: the server's
  per-row insert work, not the round trips, is what is left.
Limits (Firebird 3): 255 INSERTs per block (256 contexts), statement text under 64 KB (fdb's limit),
input message kept under 64 KB.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

MAX_ROWS = 200  # INSERTs per block: Firebird allows 256 contexts per statement
MAX_SQL_CHARS = 48_000  # fdb prepares statements up to 64 KB of text
MAX_MESSAGE_BYTES = 48_000  # the input message of one block
TEXT_VARCHAR_CHARS = 4000  # longer texts in a batch keep BLOB parameters (a VARCHAR UTF8 holds 8191 chars)
MIN_TEXT_CHARS = 64

# RDB$FIELD_TYPE codes of the column types we create
_BLOB = 261


@dataclass(frozen=True)
class ColumnInfo:
    """What a block needs to know about one physical column."""

    name: str
    declared: str  # the parameter type: TYPE OF COLUMN table.column
    size: int  # bytes in the input message (value, length word, null flag, alignment)
    text_blob: bool


def column_infos(conn: sa.Connection, table_name: str, names: Sequence[str]) -> list[ColumnInfo]:
    """The physical types of the columns, read from the system tables (exactly what the table holds)."""
    rows = conn.execute(sa.text(
        "SELECT TRIM(rf.rdb$field_name), f.rdb$field_type, f.rdb$field_sub_type, f.rdb$field_length"
        " FROM rdb$relation_fields rf JOIN rdb$fields f ON f.rdb$field_name = rf.rdb$field_source"
        " WHERE rf.rdb$relation_name = :t"), {"t": table_name.upper()}).all()
    found = {str(r[0]): (int(r[1]), int(r[2] or 0), int(r[3] or 8)) for r in rows}
    quote = conn.dialect.identifier_preparer.quote
    out = []
    for name in names:
        sql_name = quote(name)
        field_type, sub_type, length = found[name if sql_name.startswith('"') else name.upper()]
        out.append(ColumnInfo(sql_name, f"TYPE OF COLUMN {quote(table_name)}.{sql_name}", length + 12,
                              field_type == _BLOB and sub_type == 1))
    return out


class BlockInserter:
    """Inserts batches of rows (values already converted for the driver) into one Firebird table."""

    def __init__(self, conn: sa.Connection, table_name: str, names: Sequence[str]):
        self.conn = conn
        self.table_name = table_name
        self.columns = column_infos(conn, table_name, names)
        self.names = [c.name for c in self.columns]  # quoted where the dialect needs it
        self._sql: dict[tuple[Any, ...], str] = {}

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        """Insert every row, in blocks of one shape; falls back to one row per statement if a row is too wide."""
        if not rows:
            return
        shared, counting, varying, types = self._shape(rows)
        row_bytes = sum(self._size(j, types) for j in varying) or 1
        one, two = (len(self._block_sql(n, shared, counting, varying, types)) for n in (1, 2))
        row_chars = two - one + 3 * len(varying) + 4  # parameter numbers and offsets grow by a few digits
        per_block = min(MAX_ROWS, MAX_MESSAGE_BYTES // row_bytes, (MAX_SQL_CHARS - one) // row_chars, len(rows))
        if per_block < 2 or len(rows) < 2:
            self._plain(rows)
            return
        pick = itemgetter(*varying) if len(varying) > 1 else None
        head = [rows[0][j] for j in shared]
        blocks: list[list[Any]] = []
        tail: list[Any] = []
        for start in range(0, len(rows), per_block):
            chunk = rows[start : start + per_block]
            params = head + [chunk[0][j] for j in counting]
            if pick is not None:
                for row in chunk:
                    params.extend(pick(row))
            elif varying:
                params.extend(row[varying[0]] for row in chunk)
            if len(chunk) == per_block:
                blocks.append(params)
            else:
                tail = params
        full_sql = self._block_sql(per_block, shared, counting, varying, types)
        statements = [(full_sql, [tuple(p) for p in blocks])] if blocks else []
        if tail:
            statements.append((self._block_sql(len(rows) % per_block, shared, counting, varying, types), [tuple(tail)]))
        self._execute(statements)

    def _execute(self, statements: list[tuple[str, list[tuple[Any, ...]]]]) -> None:
        """Each statement once per parameter tuple, on the raw driver cursor with buffers filled from a plan."""
        driver_conn = self.conn.connection.driver_connection
        cursor: Any
        if _is_firebird_driver(driver_conn):
            from supasoft.storage.firebird.fast_input import FastCursor

            cursor = FastCursor(driver_conn)
        else:
            from supasoft.storage.firebird.fast_input_fdb import FastFdbCursor

            cursor = FastFdbCursor(driver_conn)
        try:
            for sql, params in statements:
                try:
                    cursor.executemany(sql, params)
                except self.conn.dialect.loaded_dbapi.Error as exc:  # the same exception classes as exec_driver_sql
                    raise sa.exc.DBAPIError.instance(sql, params, exc, self.conn.dialect.loaded_dbapi.Error,
                                                     dialect=self.conn.dialect) from exc
        finally:
            cursor.close()

    def _shape(self, rows: Sequence[Sequence[Any]]) -> tuple[list[int], list[int], list[int], dict[int, str]]:
        """Columns that are the same in every row, that count up by one, and the rest; text parameter types."""
        shared, counting, varying = [], [], []
        types: dict[int, str] = {}
        many = len(rows) > 1
        for j, info in enumerate(self.columns):
            column = [r[j] for r in rows]
            first = column[0]
            kind = type(first)
            if many and all(type(v) is kind and v == first for v in column):
                shared.append(j)
                continue
            if many and kind is int and all(type(v) is int for v in column) and column == list(range(first, first + len(column))):
                counting.append(j)
                continue
            varying.append(j)
            if info.text_blob:
                longest = max((len(v) for v in column if isinstance(v, str)), default=0)
                if all(v is None or isinstance(v, str) for v in column) and longest <= TEXT_VARCHAR_CHARS:
                    chars = MIN_TEXT_CHARS
                    while chars < longest:
                        chars *= 2
                    types[j] = f"VARCHAR({min(chars, TEXT_VARCHAR_CHARS)}) CHARACTER SET UTF8"
        return shared, counting, varying, types

    def _size(self, j: int, types: dict[int, str]) -> int:
        if j in types:
            return 4 * int(types[j].split("(")[1].split(")")[0]) + 12
        return self.columns[j].size

    def _block_sql(self, rows: int, shared: list[int], counting: list[int], varying: list[int], types: dict[int, str]) -> str:
        key = (rows, tuple(shared), tuple(counting), tuple(varying), tuple(sorted(types.items())))
        sql = self._sql.get(key)
        if sql is not None:
            return sql
        declared = [f"c{j} {self.columns[j].declared} = ?" for j in shared]
        declared += [f"s{j} {self.columns[j].declared} = ?" for j in counting]
        values: list[list[str]] = []
        for r in range(rows):
            exprs = {j: f":c{j}" for j in shared}
            exprs.update({j: f":s{j} + {r}" for j in counting})
            for n, j in enumerate(varying):
                name = f"p{r * len(varying) + n}"
                declared.append(f"{name} {types.get(j, self.columns[j].declared)} = ?")
                exprs[j] = f":{name}"
            values.append([exprs[j] for j in range(len(self.columns))])
        into = f"INSERT INTO {self.conn.dialect.identifier_preparer.quote(self.table_name)} ({', '.join(self.names)}) VALUES "
        body = " ".join(f"{into}({', '.join(v)});" for v in values)
        sql = f"EXECUTE BLOCK ({', '.join(declared)}) AS BEGIN {body} END"
        self._sql[key] = sql
        return sql

    def _plain(self, rows: Sequence[Sequence[Any]]) -> None:
        marks = ", ".join("?" for _ in self.names)
        table = self.conn.dialect.identifier_preparer.quote(self.table_name)
        sql = f"INSERT INTO {table} ({', '.join(self.names)}) VALUES ({marks})"
        self.conn.exec_driver_sql(sql, [tuple(r) for r in rows])


def _is_firebird_driver(driver_conn: Any) -> bool:
    """firebird-driver's connection (fdb's has no main_transaction.cursor of the same kind)."""
    return type(driver_conn).__module__.startswith("firebird.driver")
