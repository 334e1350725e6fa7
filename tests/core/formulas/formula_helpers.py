"""A small configuration (orders, their lines, clients and countries) and helpers to run formulas on it.

A uniquely named module (not conftest) so test files can import it without clashing with
other directories' conftest modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from supasoft.core.formulas import CompiledFormula, FormulaError, compile_formula
from supasoft.core.meta import Configuration, FieldDef, LinkDef, ObjectDef

ORDER, COMPANY, COUNTRY, LINE = 1, 10, 30, 20
LINES_LINK = 40


def build_config() -> Configuration:
    """Order -> Client (Company) -> Country; Order has a child collection Lines."""
    country = ObjectDef(
        COUNTRY,
        "Country",
        "Countries",
        fields=[FieldDef(31, "Name", "string"), FieldDef(32, "Rate", "decimal", scale=2)],
    )
    company = ObjectDef(
        COMPANY,
        "Company",
        "Companies",
        fields=[
            FieldDef(11, "Name", "string"),
            FieldDef(12, "Discount", "decimal", scale=2),
            FieldDef(13, "Country", "reference", target=COUNTRY),
        ],
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
            FieldDef(9, "Cena jednostkowa", "money"),
            FieldDef(14, "Скидка", "float"),
            FieldDef(15, "Total", "formula", formula="{Price} * {Quantity}", result_type="number"),
            FieldDef(16, "Attachment", "file"),
            FieldDef(17, "Manager", "user"),
            FieldDef(18, "Stage", "choice", choices=("New", "Won")),
            FieldDef(19, "Due", "date"),
            FieldDef(26, "Other client", "reference", target=COMPANY),
            FieldDef(27, "Label", "formula", formula='"x"', result_type="string"),
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
            FieldDef(24, "Name", "string"),
            FieldDef(25, "Qty", "integer"),
            FieldDef(28, "Attachment", "file"),
        ],
    )
    links = [LinkDef(LINES_LINK, child=LINE, parent=ORDER, field=21, name="Lines")]
    return Configuration(objects=[order, company, country, line], links=links, next_id=100)


@dataclass
class MapRecord:
    """A FormulaRecord over plain dicts."""

    values: dict[tuple[int, ...], Any] = field(default_factory=dict)
    kids: dict[int, list[MapRecord]] = field(default_factory=dict)

    def value(self, path: tuple[int, ...]) -> Any:
        return self.values.get(path)

    def children(self, link_id: int) -> list[MapRecord]:
        return self.kids.get(link_id, [])


class Calc:
    """Compile and evaluate formulas on the Order object, naming local fields by keyword."""

    def __init__(self) -> None:
        self.config = build_config()
        self.order = self.config.object_by_id(ORDER)

    def compile(self, text: str, obj_id: int = ORDER, self_field_id: int | None = None) -> CompiledFormula:
        return compile_formula(
            text, self.config, self.config.object_by_id(obj_id), self_field_id=self_field_id
        )

    def record(
        self,
        lines: list[dict[str, Any]] | None = None,
        paths: dict[tuple[int, ...], Any] | None = None,
        **values: Any,
    ) -> MapRecord:
        data = {(self._field(name, self.order).id,): v for name, v in values.items()}
        data.update(paths or {})
        line_obj = self.config.object_by_id(LINE)
        kids = [
            MapRecord({(self._field(k, line_obj).id,): v for k, v in line.items()}) for line in lines or []
        ]
        return MapRecord(data, {LINES_LINK: kids})

    @staticmethod
    def _field(name: str, obj: ObjectDef) -> FieldDef:
        found = obj.field_by_name(name.replace("_", " "))
        assert found is not None, name
        return found

    def ev(self, text: str, lines: list[dict[str, Any]] | None = None, **values: Any) -> Any:
        return self.compile(text).evaluate(self.record(lines, **values))

    def err(self, text: str, **values: Any) -> FormulaError:
        """The FormulaError raised compiling (or, with values, evaluating) the text."""
        with pytest.raises(FormulaError) as info:
            compiled = self.compile(text)
            compiled.evaluate(self.record(**values))
        return info.value
