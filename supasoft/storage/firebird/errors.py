"""Map Firebird errors from either driver to a few kinds, because they all arrive as a plain DatabaseError."""

from __future__ import annotations

import re

# (kind, gds codes, message fragments, sqlstates); the first matching rule wins, so specific kinds come first.
# firebird-driver exposes every gds code of the status vector, so codes alone decide. fdb keeps only the first code
# (args = (message, sqlcode, gdscode)), so for it a rule also matches on the server's (English) message.
# Codes and texts were checked on a Firebird 3.0.11 server (tests/storage/firebird/test_errors.py).
_RULES: tuple[tuple[str, frozenset[int], tuple[str, ...], frozenset[str]], ...] = (
    ("record_too_big", frozenset({335544681}), ("new record size of",), frozenset()),  # also sqlstate 54000
    ("too_many_versions", frozenset({335544677}), ("too many versions",), frozenset({"54000"})),
    ("object_in_use", frozenset({335544453}), ("is in use",), frozenset()),
    ("update_conflict", frozenset({335544451}), ("update conflicts with concurrent update",), frozenset()),
    ("lock_timeout", frozenset({335544510, 335544345}),
     ("lock time-out on wait transaction", "lock conflict on no wait transaction"), frozenset()),
    ("deadlock", frozenset({335544336}), ("deadlock",), frozenset({"40001"})),
    ("unique_violation", frozenset({335544665, 335544349}),
     ("violation of primary or unique key", "attempt to store duplicate value"), frozenset()),
    ("foreign_key", frozenset({335544466, 335544838, 335544839}), ("violation of foreign key",), frozenset()),
    ("not_null", frozenset({335544347}), ('value "*** null ***"',), frozenset()),
    ("auth_failed", frozenset({335544472}), ("user name and password are not defined",), frozenset()),
    ("no_permission", frozenset({335544352, 335545094}),
     ("no permission for", "there is no privilege for this operation"), frozenset()),
    ("string_truncation", frozenset({335544914}), ("string right truncation",), frozenset({"22001"})),
    ("numeric_overflow", frozenset({335544779, 335544916}),
     ("numeric value is out of range", "integer overflow", "numeric overflow: value"), frozenset({"22003"})),
    # 335545106 "Error occurred during login, please check server firebird.log": seen for a few seconds while a
    # restarted server opens its security database; transient like an outage, so the client retries
    ("server_down", frozenset({335544721, 335544726, 335544727, 335544856, 335544421, 335544648, 335545106}),
     ("unable to complete network request", "error occurred during login", "error reading data from the connection",
      "error writing data to the connection", "connection shutdown", "connection rejected by remote interface",
      "connection lost"), frozenset({"08006", "08003", "08004"})),
)
_IO_ERROR = 335544344  # "I/O error during open": a missing file only when the OS says so (not "Permission denied")
_MISSING_FILE = "no such file or directory"
# user data quoted in a message must not match a fragment: drop "Problematic key value is (...)" lines
_KEY_VALUE_LINE = re.compile(r"^[-\s]*problematic key value.*$", re.MULTILINE | re.IGNORECASE)

KINDS: tuple[str, ...] = tuple(rule[0] for rule in _RULES) + ("database_missing", "other")


def classify(exc: BaseException) -> str:
    """Kind of a Firebird error (a SQLAlchemy DBAPIError or a raw driver error); one of KINDS."""
    orig = getattr(exc, "orig", None) or exc
    args = getattr(orig, "args", ())
    message = _KEY_VALUE_LINE.sub("", str(args[0]) if args else str(orig)).lower()
    gds_codes = getattr(orig, "gds_codes", None)
    if gds_codes:  # firebird-driver: the full status vector
        codes, use_text = {int(c) for c in gds_codes}, False
    else:  # fdb (or an error raised client-side): the first code at most, plus the message
        codes, use_text = ({args[2]} if len(args) >= 3 and isinstance(args[2], int) else set()), True
    for kind, kind_codes, fragments, _ in _RULES:
        if codes & kind_codes or (use_text and any(f in message for f in fragments)):
            return kind
    if (_IO_ERROR in codes or use_text) and _MISSING_FILE in message:
        return "database_missing"
    sqlstate = str(getattr(orig, "sqlstate", "") or "")
    for kind, _, _, states in _RULES:  # nothing specific matched: fall back to the SQLSTATE class
        if sqlstate in states:
            return kind
    return "other"
