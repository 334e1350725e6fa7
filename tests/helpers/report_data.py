"""Shared data for the report tests: sales across year ends with empty groups, and hand-written SQL helpers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from supasoft.core.meta import FieldDef
from supasoft.services.session import Session
from supasoft.storage.physical import column_name, table_name

DAYS = [dt.date(2020, 12, 27), dt.date(2020, 12, 31), dt.date(2021, 1, 1), dt.date(2021, 1, 3), dt.date(2021, 1, 4),
        dt.date(2024, 12, 30), dt.date(2024, 12, 31), dt.date(2025, 1, 1), dt.date(2025, 6, 15),
        dt.date(2026, 12, 31), dt.date(2027, 1, 1), None]
REGIONS = ["North", "north", "South", "", None, "Łódź", "West"]
COUNT = 60


def build_sales(session: Session) -> dict[str, int]:
    """Reps and sales: dates over year ends (ISO week 53 of 2020), regions with '' and NULL and case variants,
    sales without a rep, amounts with cents."""
    cfg = session.configuration
    ids: dict[str, int] = {}
    rep = cfg.add_object("Rep", "Reps")
    ids["rep"] = rep.id
    ids["rep.name"] = cfg.add_field(rep.id, FieldDef(0, "Name", "string", length=40)).id
    cfg.update_object(rep.id, display_field=ids["rep.name"])
    sale = cfg.add_object("Sale", "Sales")
    ids["sale"] = sale.id
    ids["day"] = cfg.add_field(sale.id, FieldDef(0, "Day", "date")).id
    ids["at"] = cfg.add_field(sale.id, FieldDef(0, "At", "datetime")).id
    ids["amount"] = cfg.add_field(sale.id, FieldDef(0, "Amount", "money")).id
    ids["qty"] = cfg.add_field(sale.id, FieldDef(0, "Quantity", "integer")).id
    ids["region"] = cfg.add_field(sale.id, FieldDef(0, "Region", "string", length=20)).id
    ids["sale.rep"] = cfg.add_field(sale.id, FieldDef(0, "Rep", "reference", target=rep.id)).id
    ids["paid"] = cfg.add_field(sale.id, FieldDef(0, "Paid", "boolean")).id
    reps = []
    for name in ("Zoe", "adam", "Marek"):
        record = session.records.new(rep.id)
        record.values[ids["rep.name"]] = name
        reps.append(session.records.save(record).id)
    for i in range(COUNT):
        day = DAYS[i % len(DAYS)]
        record = session.records.new(sale.id)
        record.values.update({
            ids["day"]: day,
            ids["at"]: None if day is None else dt.datetime.combine(day, dt.time(23, 30)),
            ids["amount"]: None if i % 13 == 5 else Decimal((i * 137) % 1000) + Decimal(i) / 100,
            ids["qty"]: i % 5,
            ids["region"]: REGIONS[i % len(REGIONS)],
            ids["sale.rep"]: [*reps, None][i % 4],
            ids["paid"]: [True, False, None][i % 3],
        })
        session.records.save(record)
    return ids


class Hand:
    """Hand-written SQL on the same database: physical names filled in, values normalised to the app's."""

    def __init__(self, session: Session, ids: dict[str, int]):
        self.session = session
        self.sqlite = session.storage.ops.kind == "sqlite"
        config = session.configuration.config
        sale = config.object_by_id(ids["sale"])
        rep = config.object_by_id(ids["rep"])
        self.names = {"S": table_name(sale.id), "R": table_name(rep.id), "rep_name": column_name(rep.field_by_id(ids["rep.name"]))}
        for key in ("day", "at", "amount", "qty", "region", "sale.rep", "paid"):
            self.names[key.replace("sale.", "")] = column_name(sale.field_by_id(ids[key]))

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        with self.session.storage.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql.format(**self.names)))]

    def money(self, value: Any) -> Decimal | None:
        """SQLite keeps money as cents (scaled integers); Firebird as NUMERIC."""
        if value is None:
            return None
        return Decimal(value).scaleb(-2) if self.sqlite else Decimal(value)

    def month(self, column: str) -> str:
        """'YYYY-MM' of a date column."""
        if self.sqlite:
            return f"strftime('%Y-%m', {column})"
        return f"(EXTRACT(YEAR FROM {column}) || '-' || LPAD(EXTRACT(MONTH FROM {column}), 2, '0'))"

    def year(self, column: str) -> str:
        return f"CAST(strftime('%Y', {column}) AS INTEGER)" if self.sqlite else f"EXTRACT(YEAR FROM {column})"

    def monday(self, column: str) -> str:
        """The Monday of a date's ISO week, as 'YYYY-MM-DD' text."""
        if self.sqlite:
            return f"date({column}, '-' || ((CAST(strftime('%w', {column}) AS INTEGER) + 6) % 7) || ' days')"
        return f"CAST(DATEADD(-MOD(EXTRACT(WEEKDAY FROM {column}) + 6, 7) DAY TO CAST({column} AS DATE)) AS VARCHAR(10))"
