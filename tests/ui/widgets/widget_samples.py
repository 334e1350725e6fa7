"""Sample columns and rows shared by the widget tests (Polish and Russian text on purpose)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from supasoft.core.meta import FieldDef
from supasoft.widgets.row_source import ColumnInfo, RefValue, RowData

NAME = FieldDef(id=11, name="Name", type="string", length=100)
AMOUNT = FieldDef(id=12, name="Amount", type="money", precision=15, scale=2)
QTY = FieldDef(id=13, name="Qty", type="integer")
ACTIVE = FieldDef(id=14, name="Active", type="boolean")
CITY = FieldDef(id=15, name="City", type="reference", target=2)
CREATED = FieldDef(id=16, name="Created", type="date")
STATUS = FieldDef(id=17, name="Status", type="choice", choices=("Nowy", "W trakcie", "Закрыт"))

COLUMNS = [
    ColumnInfo("code", "Code", None),
    ColumnInfo("name", "Name", NAME),
    ColumnInfo("amount", "Amount", AMOUNT),
    ColumnInfo("qty", "Qty", QTY),
    ColumnInfo("active", "Active", ACTIVE),
    ColumnInfo("city", "City", CITY),
    ColumnInfo("created", "Created", CREATED),
    ColumnInfo("status", "Status", STATUS),
]
CITIES = [RefValue(1, "Kraków"), RefValue(2, "Łódź"), RefValue(3, "Москва"), RefValue(4, "Gdańsk")]
NAMES = ["Zażółć", "Kowalski", "Иванов", "Nowak", "Müller", "Śliwa", "Петров"]


def make_row(i: int, name: str | None = None) -> RowData:
    """Row i (id i+1): deterministic values so tests can predict sort and search results."""
    return RowData(
        id=i + 1,
        version=1,
        cells=(
            f"C-{i + 1:05d}",
            name if name is not None else f"{NAMES[i % len(NAMES)]} {i}",
            Decimal(i * 37 % 10007) + Decimal("0.25"),
            i % 100,
            i % 3 == 0,
            CITIES[i % len(CITIES)],
            dt.date(2020, 1, 1) + dt.timedelta(days=i % 1500),
            STATUS.choices[i % 3],
        ),
    )


def make_rows(n: int) -> list[RowData]:
    return [make_row(i) for i in range(n)]
