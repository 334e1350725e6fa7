"""The table of a mapping: one row per column of the file with a few of its values, the field it goes to and, for a
reference, what the target is matched by (its name or Code, or a field such as an old key)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from supasoft.core.fieldtypes.roles import is_derived, link_target
from supasoft.core.meta import ObjectDef
from supasoft.services.importing import CODE, ColumnMap, SourceTable
from supasoft.services.session import Session

SAMPLES = 3
HEADER, SAMPLE, FIELD, MATCH = range(4)


def sample_text(value: Any) -> str:
    """A cell as the wizard shows it (dates without a midnight time, whole floats without .0)."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ColumnTable(QTableWidget):
    """Columns to fields for one object; `changed` fires whenever a choice changes."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.session = session
        self.obj: ObjectDef | None = None
        self.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Values"), self.tr("Field"), self.tr("Matched by")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(SAMPLE, QHeaderView.ResizeMode.Stretch)
        for column in (HEADER, FIELD, MATCH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def fields(self) -> list[Any]:
        """The fields a column can go to: not computed, and editable for this user."""
        assert self.obj is not None
        access = self.session.access
        return [f for f in self.obj.fields if not is_derived(f) and access.field_mode(self.obj.id, f.id) == "editable"]

    def fill(self, obj: ObjectDef, columns: list[ColumnMap], source: SourceTable) -> None:
        """A row per column, as guessed (or remembered)."""
        self.obj = obj
        self.setRowCount(0)
        self.setRowCount(len(columns))
        for row, column in enumerate(columns):
            self._fill_row(row, column, [r[row] for r in source.rows[:200] if row < len(r) and r[row] not in (None, "")])

    def _fill_row(self, row: int, column: ColumnMap, values: list[Any]) -> None:
        header = QTableWidgetItem(column.column)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.setItem(row, HEADER, header)
        samples = QTableWidgetItem(" · ".join(sample_text(v) for v in values[:SAMPLES]))
        samples.setFlags(Qt.ItemFlag.ItemIsEnabled)
        samples.setToolTip("\n".join(sample_text(v) for v in values[:10]))
        self.setItem(row, SAMPLE, samples)
        field_combo = QComboBox(self)
        field_combo.setObjectName(f"import_field_{row}")
        field_combo.addItem(self.tr("— leave out —"), None)
        field_combo.addItem(self.tr("Code"), CODE)
        for f in self.fields():
            field_combo.addItem(f.name, f.id)
        field_combo.setCurrentIndex(max(0, field_combo.findData(column.field)))
        self.setCellWidget(row, FIELD, field_combo)
        self._fill_match(row, column.match)
        field_combo.currentIndexChanged.connect(lambda _i, r=row: (self._fill_match(r, None), self.changed.emit()))

    def _fill_match(self, row: int, match: int | None) -> None:
        """A reference is matched by its target's name or Code, or by a field of the target (an old key); other
        columns have nothing to be matched by (no combo)."""
        assert self.obj is not None
        field_id = self.field_combo(row).currentData()
        target = link_target(self.obj.field_by_id(field_id)) if field_id not in (None, CODE) else None
        if target is None:
            self.removeCellWidget(row, MATCH)
            return
        combo = QComboBox(self)
        combo.setObjectName(f"import_match_{row}")
        combo.addItem(self.tr("Name or Code"), None)
        for f in self.session.records.obj(target).fields:
            if not is_derived(f):
                combo.addItem("@" + f.name, f.id)
        combo.setCurrentIndex(max(0, combo.findData(match)))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.setCellWidget(row, MATCH, combo)

    def field_combo(self, row: int) -> QComboBox:
        combo = self.cellWidget(row, FIELD)
        assert isinstance(combo, QComboBox)
        return combo

    def match_combo(self, row: int) -> QComboBox | None:
        """What a reference column is matched by; None for other columns."""
        combo = self.cellWidget(row, MATCH)
        return combo if isinstance(combo, QComboBox) else None

    def set_field(self, column: str, field_name: str | None) -> None:
        """Map a column by names (None: leave it out), as a user picks in the combo."""
        row = next(r for r in range(self.rowCount()) if self.item(r, HEADER).text() == column)
        combo = self.field_combo(row)
        combo.setCurrentIndex(0 if field_name is None else combo.findText(field_name))

    def columns(self) -> list[ColumnMap]:
        """The mapping's columns as chosen."""
        return [ColumnMap(self.item(r, HEADER).text(), self.field_combo(r).currentData(),
                          match.currentData() if (match := self.match_combo(r)) is not None else None)
                for r in range(self.rowCount())]
