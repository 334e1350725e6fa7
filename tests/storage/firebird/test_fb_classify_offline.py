"""classify() on error shapes copied from a real Firebird 3.0.11 server, incl. kinds FB3 rarely produces alone."""

from __future__ import annotations

import pytest

from supasoft.storage.firebird.errors import KINDS, classify


class FakeDriverError(Exception):
    """firebird-driver shape: message in args[0], full status vector in gds_codes, plus sqlstate."""

    def __init__(self, message: str, gds_codes: tuple[int, ...], sqlstate: str = "") -> None:
        super().__init__(message)
        self.gds_codes, self.sqlstate = gds_codes, sqlstate


class FakeFdbError(Exception):
    """fdb shape: args = (message, sqlcode, first gds code)."""


class Wrapped(Exception):
    """SQLAlchemy DBAPIError shape: the driver error in .orig."""

    def __init__(self, orig: BaseException) -> None:
        super().__init__(str(orig))
        self.orig = orig


def fdb_error(lines: list[str], sqlcode: int, gds: int) -> FakeFdbError:
    message = f"Error while executing SQL statement:\n- SQLCODE: {sqlcode}\n- " + "\n- ".join(lines)
    return FakeFdbError(message, sqlcode, gds)


CASES = [
    ("deadlock", ["deadlock"], (335544336,), "40001", -913),
    ("update_conflict", ["deadlock", "update conflicts with concurrent update", "concurrent transaction number is 18"],
     (335544336, 335544451, 335544878), "40001", -913),
    ("lock_timeout", ["lock time-out on wait transaction"], (335544510,), "40001", -901),
    ("object_in_use", ["lock time-out on wait transaction", "unsuccessful metadata update",
                       'object TABLE "T" is in use'], (335544510, 335544351, 335544453), "40001", -901),
    ("too_many_versions", ["unsuccessful metadata update", "TABLE T", "too many versions"],
     (335544351, 335544626, 335544677), "54000", -607),
    # verified on FB 3.0.11: the 9th VARCHAR(2000) field of a table (same sqlstate 54000 as too_many_versions)
    ("record_too_big", ["unsuccessful metadata update", "new record size of 72074 bytes is too big", "TABLE T_1"],
     (335544351, 335544681, 335544626), "54000", -607),
    ("unique_violation", ['violation of PRIMARY or UNIQUE KEY constraint "INTEG_2" on table "T"',
                          'Problematic key value is ("CODE" = \'object is in use, deadlock\')'],
     (335544665, 335545072), "23000", -803),
    ("unique_violation", ['attempt to store duplicate value (visible to active transactions) in unique index "UQ"'],
     (335544349, 335545072), "23000", -803),
    ("foreign_key", ['violation of FOREIGN KEY constraint "INTEG_9" on table "C"',
                     "Foreign key reference target does not exist"], (335544466, 335544838, 335545072), "23000", -530),
    ("not_null", ['validation error for column "T"."NAME", value "*** null ***"'], (335544347,), "23000", -625),
    ("auth_failed", ["Your user name and password are not defined. Ask your database administrator to set up a"
                     " Firebird login."], (335544472,), "28000", -902),
    ("no_permission", ["no permission for SELECT access to TABLE T"], (335544352,), "28000", -551),
    ("no_permission", ["unsuccessful metadata update", "CREATE TABLE T failed",
                       "There is no privilege for this operation"], (335544351, 336397286, 335545094), "42000", -607),
    ("string_truncation", ["Dynamic SQL Error", "SQL error code = -303",
                           "arithmetic exception, numeric overflow, or string truncation", "string right truncation",
                           "expected length 5, actual 8"], (335544569, 335544436, 335544321, 335544914, 335545033),
     "22001", -303),
    ("numeric_overflow", ["arithmetic exception, numeric overflow, or string truncation",
                          "numeric value is out of range"], (335544321, 335544916), "22003", -802),
    ("numeric_overflow", ["Integer overflow.  The result of an integer operation caused the most significant bit"
                          " of the result to carry."], (335544779,), "22003", -901),
    ("server_down", ['Unable to complete network request to host "127.0.0.1".', "Failed to establish a connection."],
     (335544721, 335544722), "08006", -902),
    ("server_down", ["connection shutdown"], (335544856,), "08003", -902),
    ("server_down", ["connection rejected by remote interface"], (335544421,), "08004", -923),
    ("server_down", ["Error occurred during login, please check server firebird.log for details"], (335545106,),
     "28000", -902),
    ("database_missing", ['I/O error during "open" operation for file "/x/nope.fdb"', "Error while trying to open file",
                          "No such file or directory"], (335544344, 335544734), "08001", -902),
    ("other", ['I/O error during "open" operation for file "/root/x.fdb"', "Error while trying to open file",
               "Permission denied"], (335544344, 335544734), "08001", -902),
    ("other", ["arithmetic exception, numeric overflow, or string truncation", "Integer divide by zero."],
     (335544321, 335544778), "22012", -802),
]


@pytest.mark.parametrize(("kind", "lines", "codes", "sqlstate", "sqlcode"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_both_driver_shapes(kind: str, lines: list[str], codes: tuple[int, ...], sqlstate: str, sqlcode: int) -> None:
    assert kind in KINDS
    assert classify(Wrapped(FakeDriverError("\n-".join(lines), codes, sqlstate))) == kind
    assert classify(FakeDriverError("\n-".join(lines), codes, sqlstate)) == kind  # raw driver error too
    assert classify(Wrapped(fdb_error(lines, sqlcode, codes[0]))) == kind


def test_sqlstate_fallback_and_client_side_overflow() -> None:
    assert classify(Wrapped(FakeDriverError("something new", (1,), "40001"))) == "deadlock"
    assert classify(Wrapped(FakeDriverError("something new", (1,), "08006"))) == "server_down"
    assert classify(Wrapped(FakeDriverError("something new", (1,), "HY000"))) == "other"
    assert classify(ValueError("numeric overflow: value 10000000000000000000\n(NUMERIC scaled ...")) == "numeric_overflow"
    assert classify(RuntimeError("boom")) == "other"


def test_kinds_are_the_documented_set() -> None:
    assert set(KINDS) == {
        "update_conflict", "lock_timeout", "deadlock", "unique_violation", "not_null", "foreign_key", "auth_failed",
        "server_down", "database_missing", "no_permission", "string_truncation", "numeric_overflow",
        "too_many_versions", "record_too_big", "object_in_use", "other",
    }
