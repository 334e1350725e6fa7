"""formula_to_sql on a real SQLite file: every compiled expression selects what evaluate() computes."""

from __future__ import annotations

import datetime as dt
import math
import re
import time
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supasoft.core.formulas import CollectionRef, FormulaError, compile_formula
from supasoft.core.meta import Configuration, FieldDef, LinkDef, ObjectDef
from supasoft.storage.formula_sql import MAX_CHAIN, formula_to_sql

D = Decimal
ORDER, COMPANY, LINE, LINK = 1, 10, 20, 40
COLUMNS = {
    2: "price",
    3: "qty",
    4: "client",
    5: "day",
    6: "moment",
    7: "paid",
    8: "note",
    14: "ratio",
    19: "due",
    26: "other",
}
LINE_COLUMNS = {22: "cost", 23: "due", 25: "qty"}


def build_config() -> Configuration:
    company = ObjectDef(
        COMPANY,
        "Company",
        "Companies",
        fields=[FieldDef(11, "Name", "string"), FieldDef(12, "Discount", "decimal", scale=2)],
    )
    order = ObjectDef(
        ORDER,
        "Order",
        "Orders",
        fields=[
            FieldDef(2, "Price", "decimal", scale=2),
            FieldDef(3, "Quantity", "integer"),
            FieldDef(4, "Client", "reference", target=COMPANY),
            FieldDef(5, "Date", "date"),
            FieldDef(6, "Moment", "datetime"),
            FieldDef(7, "Paid", "boolean"),
            FieldDef(8, "Note", "string"),
            FieldDef(14, "Скидка", "float"),
            FieldDef(19, "Due", "date"),
            FieldDef(26, "Other client", "reference", target=COMPANY),
        ],
    )
    line = ObjectDef(
        LINE,
        "Line",
        "Lines",
        fields=[
            FieldDef(21, "Order", "reference", target=ORDER),
            FieldDef(22, "Cost", "decimal", scale=2),
            FieldDef(23, "Due", "date"),
            FieldDef(25, "Qty", "integer"),
        ],
    )
    return Configuration(
        objects=[order, company, line],
        links=[LinkDef(LINK, child=LINE, parent=ORDER, field=21, name="Lines")],
    )


META = sa.MetaData()
ORDERS = sa.Table(
    "orders", META,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("price", sa.Numeric(18, 2)), sa.Column("qty", sa.Integer),
    sa.Column("client", sa.Integer), sa.Column("day", sa.Date), sa.Column("moment", sa.DateTime),
    sa.Column("paid", sa.Boolean(create_constraint=False)), sa.Column("note", sa.String(255)), sa.Column("ratio", sa.Float(53)),
    sa.Column("due", sa.Date), sa.Column("other", sa.Integer),
)  # fmt: skip
COMPANIES = sa.Table(
    "companies", META, sa.Column("id", sa.Integer, primary_key=True), sa.Column("discount", sa.Numeric(18, 2))
)
LINES = sa.Table(
    "lines", META,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("order_id", sa.Integer), sa.Column("cost", sa.Numeric(18, 2)),
    sa.Column("due", sa.Date), sa.Column("qty", sa.Integer),
)  # fmt: skip

COMPANY_ROWS = [{"id": 1, "discount": D("10.00")}, {"id": 2, "discount": None}]
ORDER_ROWS: list[dict[str, Any]] = [
    {"id": 1, "price": D("12.50"), "qty": 3, "client": 1, "day": dt.date(2024, 1, 31), "moment": dt.datetime(2024, 2, 1, 9, 30),
     "paid": True, "note": "abc", "ratio": 0.25, "due": dt.date(2024, 3, 1), "other": 1},
    {"id": 2, "price": None, "qty": None, "client": None, "day": None, "moment": None, "paid": None, "note": None,
     "ratio": None, "due": None, "other": None},
    {"id": 3, "price": D("99.99"), "qty": 0, "client": 2, "day": dt.date(2023, 12, 1), "moment": dt.datetime(2023, 1, 1),
     "paid": False, "note": "  Zażółć  ", "ratio": -1.5, "due": dt.date(2023, 11, 30), "other": 1},
    {"id": 4, "price": D("-3.25"), "qty": 7, "client": 1, "day": dt.date(2024, 6, 15), "moment": None, "paid": True,
     "note": "", "ratio": 2.0, "due": dt.date(2024, 6, 15), "other": None},
    {"id": 5, "price": D("7.00"), "qty": 7, "client": None, "day": None, "moment": dt.datetime(2024, 12, 31, 23, 59, 59),
     "paid": False, "note": "Привет мир", "ratio": 0.0, "due": dt.date(2025, 1, 1), "other": None},
]  # fmt: skip
LINE_ROWS = [
    {"id": 1, "order_id": 1, "cost": D("10.50"), "due": dt.date(2024, 3, 1), "qty": 2},
    {"id": 2, "order_id": 1, "cost": D("4.00"), "due": dt.date(2024, 1, 1), "qty": None},
    {"id": 3, "order_id": 1, "cost": None, "due": None, "qty": 1},
    {"id": 4, "order_id": 3, "cost": D("-2.25"), "due": dt.date(2022, 5, 5), "qty": 4},
    {"id": 5, "order_id": 4, "cost": None, "due": None, "qty": None},
]


class RowRecord:
    """The FormulaRecord of an order, built from the same Python values that were inserted."""

    def __init__(self, row: dict[str, Any], columns: dict[int, str] = COLUMNS) -> None:
        self.row, self.columns = row, columns

    def value(self, path: tuple[int, ...]) -> Any:
        if path == (4, 12):
            company = next((c for c in COMPANY_ROWS if c["id"] == self.row["client"]), None)
            return None if company is None else company["discount"]
        value = self.row[self.columns[path[0]]]
        return bool(value) if path == (7,) else value  # a boolean field reads empty as No

    def children(self, link_id: int) -> list[RowRecord]:
        return [RowRecord(r, LINE_COLUMNS) for r in LINE_ROWS if r["order_id"] == self.row["id"]]


def column_for(path: tuple[int, ...]) -> sa.ColumnElement[Any]:
    if path == (4, 12):
        return sa.select(COMPANIES.c.discount).where(COMPANIES.c.id == ORDERS.c.client).scalar_subquery()
    return ORDERS.c[COLUMNS[path[0]]]


def aggregate_for(coll: CollectionRef, kind: str) -> sa.ColumnElement[Any]:
    assert coll.link_id == LINK
    arg = () if coll.field_id is None else (LINES.c[LINE_COLUMNS[coll.field_id]],)
    return sa.select(getattr(sa.func, kind)(*arg)).where(LINES.c.order_id == ORDERS.c.id).scalar_subquery()


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = sa.create_engine(f"sqlite:///{tmp_path_factory.mktemp('formula_sql') / 'crm.sqlite'}")
    META.create_all(engine)
    with engine.begin() as conn:
        conn.execute(COMPANIES.insert(), COMPANY_ROWS)
        conn.execute(ORDERS.insert(), ORDER_ROWS)
        conn.execute(LINES.insert(), LINE_ROWS)
    yield engine
    engine.dispose()


CONFIG = build_config()
OBJ = CONFIG.object_by_id(ORDER)


def same(sql_value: Any, py_value: Any) -> bool:
    if sql_value is None or py_value is None:
        return sql_value is None and py_value is None
    if isinstance(py_value, bool):
        return bool(sql_value) is py_value
    if isinstance(py_value, Decimal):
        return math.isclose(float(sql_value), float(py_value), rel_tol=1e-9, abs_tol=1e-9)
    return sql_value == py_value


PORTABLE = [
    "{Price} + {Quantity}", "{Price} - {Quantity} - 1", "{Price} * {Quantity}", "{Price} / {Quantity}",
    "{Quantity} / 2", "7 / {Quantity}", "-{Price}", "+{Price}", "{Price} * (1 - {Client.Discount} / 100)",
    "{Скидка} * 2 + {Price}", "1 + 2 * 3", "NULL + {Price}", "{Price} * NULL",
    "{Price} > 10", "{Price} = {Quantity}", "{Price} <> 7", "{Quantity} != 7", "{Price} <= {Quantity}",
    "{Price} >= NULL", "{Note} = 'abc'", "{Note} < 'm'", "{Date} <= {Due}", "{Date} = {Due}", "{Moment} < {Moment}",
    "{Client} = {Other client}", "{Client} <> {Other client}", "{Paid} = TRUE", "{Paid} <> ({Price} > 10)",
    "{Paid}", "NOT {Paid}", "{Paid} AND {Price} > 1", "{Paid} OR ISEMPTY({Note})", "NOT ({Price} > 10)",
    "NOT ({Price} > 10 OR {Quantity} < 5) AND TRUE", "TRUE", "FALSE", "NULL", "'text'", "1.5", "0.1 + 0.2",
    "IF({Price} > 10, 'big', 'small')", "IF({Paid}, {Price}, 0)", "IF(ISEMPTY({Price}), NULL, {Price} * 2)",
    "IF({Paid}, TRUE, NULL)", "IF({Paid}, TRUE, NULL) = FALSE", "IF({Price} > 10, {Date})", "IF({Paid}, {Price} > 5, {Paid})",
    "ISEMPTY({Price})", "ISEMPTY({Note})", "ISEMPTY({Date})", "ISEMPTY({Client})", "ISEMPTY(NULL)", "ISEMPTY({Paid})",
    "ROUND({Price} * 1.15, 2)", "ROUND({Price})", "ROUND({Price} / 3, 4)", "ABS({Price} - 100)",
    "{Note} & '!'", "CONCAT({Note}, '-', {Note})", "{Note} & NULL", "NULL & NULL", "CONCAT('a', 'b')",
    "LEN({Note})", "LEN('Zażółć')", "TRIM({Note})", "LEFT({Note}, 2)", "RIGHT({Note}, 2)", "RIGHT({Note}, 0)",
    "LEFT({Note}, 0)", "RIGHT({Note}, 100)", "LEFT('Привет', 3)",
    "YEAR({Date})", "MONTH({Moment})", "DAY({Due})", "YEAR({Date}) * 100 + MONTH({Date})",
    "MIN({Price}, {Quantity})", "MAX({Price}, {Quantity}, 5)", "MIN({Date}, {Due})", "MAX(NULL, {Price})", "MIN(NULL)",
    "SUM({Lines.Cost})", "COUNT({Lines})", "COUNT({Lines.Cost})", "AVG({Lines.Cost})", "MIN({Lines.Due})",
    "MAX({Lines.Cost})", "SUM({Lines.Cost}) - {Price}", "SUM({Lines.Qty}) * 2", "COUNT({Lines.Qty}) > 0",
    " + ".join(["{Quantity}"] * MAX_CHAIN),
]  # fmt: skip


@pytest.mark.parametrize("text", PORTABLE)
def test_sql_matches_evaluate(engine, text):
    compiled = compile_formula(text, CONFIG, OBJ)
    expr = formula_to_sql(compiled, column_for, aggregate_for)
    assert expr is not None, text
    with engine.connect() as conn:
        rows = conn.execute(sa.select(ORDERS.c.id, expr.label("v")).order_by(ORDERS.c.id)).all()
    assert len(rows) == len(ORDER_ROWS)
    for (row_id, sql_value), row in zip(rows, ORDER_ROWS, strict=True):
        expected = compiled.evaluate(RowRecord(row))
        assert same(sql_value, expected), (text, row_id, sql_value, expected)


@pytest.mark.parametrize(
    "text",
    ["{Price} > 10", "ISEMPTY({Note}) OR {Paid}", "NOT ({Price} > 10)", "IF({Paid}, TRUE, NULL)", "{Paid}"],
)
def test_boolean_formulas_filter_like_evaluate(engine, text):
    compiled = compile_formula(text, CONFIG, OBJ)
    expr = formula_to_sql(compiled, column_for, aggregate_for)
    with engine.connect() as conn:
        ids = (
            conn.execute(sa.select(ORDERS.c.id).where(expr == sa.true()).order_by(ORDERS.c.id))
            .scalars()
            .all()
        )
    assert ids == [r["id"] for r in ORDER_ROWS if compiled.evaluate(RowRecord(r)) is True]


def test_number_formula_filters_and_sorts(engine):
    compiled = compile_formula("{Price} * {Quantity} + SUM({Lines.Cost})", CONFIG, OBJ)
    expr = formula_to_sql(compiled, column_for, aggregate_for)
    with engine.connect() as conn:
        ids = (
            conn.execute(sa.select(ORDERS.c.id).where(expr > 0).order_by(expr.desc(), ORDERS.c.id))
            .scalars()
            .all()
        )
    values = {r["id"]: compiled.evaluate(RowRecord(r)) for r in ORDER_ROWS}
    assert ids == sorted(
        (i for i, v in values.items() if v is not None and v > 0), key=lambda i: (-values[i], i)
    )


@pytest.mark.parametrize(
    "text",
    [
        "TODAY()", "NOW()", "DATEADD({Date}, 1, 'day')", "DATEDIFF({Date}, {Due})", "{Date} + 1", "{Due} - {Date}",
        "2 ^ 2", "7 % 2", "UPPER({Note})", "LOWER({Note})", "{Price} & ''", "'n' & {Date}", "CONCAT({Paid})",
        "ROUND({Price}, -1)", "ROUND({Price}, {Quantity})", "ROUND({Price}, 1.5)", "LEFT({Note}, {Quantity})",
        "RIGHT({Note}, -1)", "{Date} < {Moment}", "IF({Paid}, {Date}, {Moment})", "MIN({Date}, {Moment})",
        "MAX(1, 2, 3, 4)", " + ".join(["{Quantity}"] * (MAX_CHAIN + 1)), "YEAR(TODAY())",
    ],
)  # fmt: skip
def test_not_portable_gives_none(text):
    compiled = compile_formula(text, CONFIG, OBJ)
    assert formula_to_sql(compiled, column_for, aggregate_for) is None


def test_aggregates_need_aggregate_for():
    compiled = compile_formula("SUM({Lines.Cost}) + 1", CONFIG, OBJ)
    assert formula_to_sql(compiled, column_for) is None
    assert formula_to_sql(compiled, column_for, aggregate_for) is not None


def test_a_path_without_a_column_gives_none():
    compiled = compile_formula("{Client.Discount} + {Price}", CONFIG, OBJ)
    assert formula_to_sql(compiled, lambda path: None if len(path) > 1 else column_for(path)) is None


def test_aggregate_for_is_called_with_kind_and_collection():
    calls: list[tuple[CollectionRef, str]] = []

    def record(coll: CollectionRef, kind: str) -> sa.ColumnElement[Any]:
        calls.append((coll, kind))
        return aggregate_for(coll, kind)

    compiled = compile_formula(
        "SUM({Lines.Cost}) + COUNT({Lines}) + AVG({Lines.Cost}) + MAX({Lines.Qty})", CONFIG, OBJ
    )
    assert formula_to_sql(compiled, column_for, record) is not None
    assert calls == [
        (CollectionRef(LINK, 22), "sum"),
        (CollectionRef(LINK, None), "count"),
        (CollectionRef(LINK, 22), "avg"),
        (CollectionRef(LINK, 25), "max"),
    ]


@pytest.mark.parametrize("text", PORTABLE)
def test_portable_sql_compiles_for_firebird(text):
    fb = pytest.importorskip("sqlalchemy_firebird.base")
    expr = formula_to_sql(compile_formula(text, CONFIG, OBJ), column_for, aggregate_for)
    sql = str(sa.select(expr.label("v")).compile(dialect=fb.FBDialect())).lower()
    assert "substr(" not in sql and "strftime" not in sql and "double)" not in sql and "blob" not in sql
    assert re.search(r"(?<!char_)length\(", sql) is None


@pytest.mark.parametrize(
    "text",
    [
        "IF(ISEMPTY(" * 30 + "{Note}" + "), 'a', 'b')" * 30,
        "RIGHT(" * 30 + "{Note}" + ", 2)" * 30,
        "MIN({Price}, " * 30 + "1" + ")" * 30,
        "IF(" * 30 + "{Price} > 1" + ", 1, 2) > 1" * 30,
        "ABS(" * 64 + "{Price}" + ")" * 64,
        "ABS(" * 25 + "{Price}" + ")" * 25,
        "IF({Paid}, " * 18 + "1" + ", 2)" * 18,
    ],
)
def test_huge_or_deep_sql_gives_none_quickly(text):
    start = time.perf_counter()
    assert formula_to_sql(compile_formula(text, CONFIG, OBJ), column_for, aggregate_for) is None
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "ABS(" * 10 + "{Price}" + ")" * 10,
        "IF({Paid}, " * 8 + "1" + ", 2)" * 8,
        "SUM({Lines.Cost}) + " * 60 + "1",
        "-(" * 12 + "{Price}" + ")" * 12,
    ],
)
def test_deep_but_allowed_sql_runs(engine, text):
    compiled = compile_formula(text, CONFIG, OBJ)
    expr = formula_to_sql(compiled, column_for, aggregate_for)
    assert expr is not None
    with engine.connect() as conn:
        values = conn.execute(sa.select(expr).select_from(ORDERS).order_by(ORDERS.c.id)).scalars().all()
    assert all(same(v, compiled.evaluate(RowRecord(r))) for v, r in zip(values, ORDER_ROWS, strict=True))


LEAVES = [
    "0", "1", "2.5", "-3", "NULL", "{Price}", "{Quantity}", "{Скидка}", "{Client.Discount}", "SUM({Lines.Cost})",
    "COUNT({Lines})", "AVG({Lines.Cost})", "MAX({Lines.Qty})", "LEN({Note})", "YEAR({Date})", "MONTH({Moment})",
]  # fmt: skip


def _tree(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    pair = st.tuples(children, children)
    return st.one_of(
        st.tuples(children, st.sampled_from(["+", "-", "*", "/"]), children).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        children.map(lambda c: f"-{c}"),
        st.tuples(st.sampled_from(["MIN", "MAX"]), pair).map(lambda t: f"{t[0]}({t[1][0]}, {t[1][1]})"),
        children.map(lambda c: f"ABS({c})"),
        st.tuples(children, st.sampled_from(["<", "=", "<>", ">="]), pair).map(
            lambda t: f"IF({t[0]} {t[1]} {t[2][0]} OR ISEMPTY({t[2][1]}), {t[2][1]}, {t[0]})"
        ),
        pair.map(lambda p: f"LEN(LEFT({{Note}} & TRIM({{Note}}), 3)) + {p[0]} * {p[1]}"),
    )


@settings(
    max_examples=150,
    deadline=1000,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.recursive(st.sampled_from(LEAVES), _tree, max_leaves=30))
def test_fuzzed_formulas_give_sql_that_runs(engine, text):
    try:
        compiled = compile_formula(text, CONFIG, OBJ)
    except FormulaError:
        return
    start = time.perf_counter()
    expr = formula_to_sql(compiled, column_for, aggregate_for)
    if expr is not None:
        fb = pytest.importorskip("sqlalchemy_firebird.base")
        str(sa.select(expr).compile(dialect=fb.FBDialect()))
        with engine.connect() as conn:
            values = conn.execute(sa.select(expr).select_from(ORDERS).order_by(ORDERS.c.id)).scalars().all()
        assert len(values) == len(ORDER_ROWS)
        assert all(v is None or isinstance(v, Decimal) for v in values)
    assert time.perf_counter() - start < 1.0
