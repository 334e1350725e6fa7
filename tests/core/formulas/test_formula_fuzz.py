"""Fuzzing: any text or token soup either compiles or raises FormulaError, quickly; evaluation likewise."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from typing import Any

from formula_helpers import LINES_LINK, Calc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supasoft.core.formulas import FUNCTIONS, CompiledFormula, FormulaError

FUZZ = settings(max_examples=300, deadline=1000, database=None, suppress_health_check=[HealthCheck.too_slow])
CALC = Calc()
LIMIT = 1.0  # seconds per call

TOKENS = [
    "1", "0", "2.5", ".5", "10", "999999999999999999999999999999", "1" + "0" * 999, "'a'", '"b"', "''", "'day'",
    "'month'", "'year'", "'hour'", "'x''y'", "{Price}", "{Quantity}", "{Date}", "{Moment}", "{Paid}", "{Note}",
    "{Client}", "{Client.Discount}", "{Client.Country.Rate}", "{Lines}", "{Lines.Cost}", "{Lines.Due}", "{Total}",
    "{Attachment}", "{Nope}", "{Скидка}", "{ cena jednostkowa }", "{", "}", "(", ")", ",", "+", "-", "*", "/", "%",
    "^", "&", "=", "<>", "!=", "<", "<=", ">", ">=", "AND", "OR", "NOT", "TRUE", "FALSE", "NULL", "not", "Ω", "ż",
    "\x00", "\n", ".", '"', "'", "9^9^9", "(((((", ")))))", *FUNCTIONS, *(f.lower() for f in FUNCTIONS),
]  # fmt: skip

values = st.one_of(
    st.none(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=Decimal("-1e999"), max_value=Decimal("1e999"), places=None),
    st.text(max_size=20),
    st.dates(),
    st.datetimes(),
    st.booleans(),
)


class FuzzRecord:
    """Any path answers with the value drawn for its last field id; children are FuzzRecords too."""

    def __init__(self, data: dict[int, Any], kids: list[FuzzRecord]) -> None:
        self.data, self.kids = data, kids

    def value(self, path: tuple[int, ...]) -> Any:
        return self.data.get(path[-1])

    def children(self, link_id: int) -> list[FuzzRecord]:
        return self.kids if link_id == LINES_LINK else []


FIELD_IDS = [2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 17, 18, 19, 22, 23, 24, 25, 26, 27, 31, 32]
records = st.builds(
    FuzzRecord,
    st.dictionaries(st.sampled_from(FIELD_IDS), values, max_size=10),
    st.lists(
        st.builds(FuzzRecord, st.dictionaries(st.sampled_from(FIELD_IDS), values, max_size=5), st.just([])),
        max_size=4,
    ),
)
# Records whose values have the right Python types, so evaluation reaches deep into the tree.
typed_records = st.builds(
    lambda price, qty, day, moment, note, costs: FuzzRecord(
        {
            2: price,
            3: qty,
            5: day,
            6: moment,
            8: note,
            14: None if price is None else float(price),
            19: day,
            12: price,
        },
        [FuzzRecord({22: c, 25: qty, 23: day}, []) for c in costs],
    ),
    st.none() | st.decimals(min_value=-(10**20), max_value=10**20, places=4),
    st.none() | st.integers(-1000, 1000),
    st.none() | st.dates(),
    st.none() | st.datetimes(),
    st.none() | st.text(max_size=10),
    st.lists(st.none() | st.decimals(min_value=-(10**6), max_value=10**6, places=2), max_size=4),
)


def timed(call: Any, *args: Any) -> Any:
    """Run one compile/evaluate; only FormulaError may escape, never an internal error, within LIMIT."""
    start = time.perf_counter()
    try:
        return call(*args)
    except FormulaError as exc:
        assert not exc.message.startswith("Internal error"), exc.message
        assert exc.position is None or 0 <= exc.position <= len(
            args[0] if isinstance(args[0], str) else "x" * 4000
        )
        assert exc.length >= 0
        return None
    finally:
        assert time.perf_counter() - start < LIMIT


def compile_text(text: str) -> CompiledFormula | None:
    return timed(lambda t: CALC.compile(t), text)


def check(compiled: CompiledFormula | None, record: FuzzRecord) -> None:
    if compiled is None:
        return
    result = timed(compiled.evaluate, record)
    expected = {"number": Decimal, "string": str, "date": dt.date, "datetime": dt.datetime, "boolean": bool}
    assert result is None or isinstance(result, expected[compiled.result_type])


@FUZZ
@given(st.text(max_size=300), records)
def test_random_text(text, record):
    check(compile_text(text), record)


@FUZZ
@given(st.lists(st.sampled_from(TOKENS), max_size=60), st.sampled_from(["", " "]), records)
def test_token_soup(tokens, sep, record):
    check(compile_text(sep.join(tokens)), record)


NUMBER_LEAVES = [
    "0", "1", "2", "-3", "0.5", "100", "1000", "{Price}", "{Quantity}", "{Скидка}", "{Client.Discount}",
    "SUM({Lines.Cost})", "COUNT({Lines})", "AVG({Lines.Cost})", "MAX({Lines.Qty})", "LEN({Note})",
    "YEAR({Date})", "DATEDIFF({Date}, {Moment}, 'hour')", "({Due} - {Date})", "NULL",
]  # fmt: skip


def _number_tree(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    pair = st.tuples(children, children)
    return st.one_of(
        st.tuples(children, st.sampled_from(["+", "-", "*", "/", "%", "^"]), children).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        children.map(lambda c: f"-{c}"),
        st.tuples(st.sampled_from(["ROUND", "MIN", "MAX"]), pair).map(
            lambda t: f"{t[0]}({t[1][0]}, {t[1][1]})"
        ),
        st.tuples(st.sampled_from(["ABS", "ROUND"]), children).map(lambda t: f"{t[0]}({t[1]})"),
        st.tuples(children, st.sampled_from(["<", "=", "<>", ">="]), pair).map(
            lambda t: f"IF({t[0]} {t[1]} {t[2][0]}, {t[2][1]}, {t[0]})"
        ),
        pair.map(lambda p: f"LEN(LEFT({{Note}} & {p[0]}, {p[1]}))"),
        pair.map(lambda p: f"YEAR(DATEADD({{Date}}, {p[0]}, 'month')) + DAY({{Moment}} + {p[1]})"),
    )


number_exprs = st.recursive(st.sampled_from(NUMBER_LEAVES), _number_tree, max_leaves=25)


@FUZZ
@given(number_exprs, typed_records)
def test_well_typed_number_formulas_evaluate(text, record):
    compiled = compile_text(text)
    if len(text) <= 4000 and compiled is None:
        # Only the nesting or size limits may refuse a well-typed formula.
        try:
            CALC.compile(text)
        except FormulaError as exc:
            assert "too" in exc.message, (text, exc.message)
    check(compiled, record)


@FUZZ
@given(number_exprs, records)
def test_well_typed_formulas_survive_wrongly_typed_values(text, record):
    check(compile_text(text), record)
