"""A table model over a PivotResult: row-level label columns, then one column per column group and measure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from supasoft.core.meta import Configuration, FieldDef
from supasoft.core.reports.spec import Header, KeyPath, MeasureInfo, PivotResult
from supasoft.shell.fields import describe_path
from supasoft.widgets.formatting import decimal_text, format_value

Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class DataColumn:
    """One number column: a column group (() = no columns, or their total) and a measure."""

    key: KeyPath
    labels: tuple[str, ...]
    measure: int
    is_total: bool  # a subtotal or the total column: bold


@dataclass(frozen=True)
class RowLine:
    """One line: a group's key (shorter = subtotal, () = grand total) and its labels."""

    key: KeyPath
    labels: tuple[str, ...]
    is_total: bool


def measure_text(info: MeasureInfo, f: FieldDef | None, value: Any, locale: QLocale) -> str:
    """A number as the screen shows it: counts whole, shares in per cent, sums in the field's own format."""
    if value is None:
        return ""
    if info.show == "share":
        return decimal_text(Decimal(str(value)) * 100, 1, locale, True) + "\u00a0" + locale.percent()
    if info.func in ("count", "count_distinct"):
        return locale.toString(int(value))
    if isinstance(value, (dt.date, dt.datetime)) or (f is not None and info.func in ("sum", "min", "max")):
        return format_value(f, value, locale)
    return decimal_text(value, info.scale if info.scale is not None else 2, locale, True)


class PivotModel(QAbstractTableModel):
    """Read-only; each number cell knows its (row key, column key) for drill-down."""

    def __init__(self, config: Configuration, result: PivotResult, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config
        self.result = result
        spec = result.spec
        self.levels = max(len(spec.rows), 1)
        self.measure_fields = [None if m.path is None else field_at(config, spec.object_id, m.path) for m in spec.measures]
        self.rows = [RowLine(h.key, h.labels, len(h.key) < len(spec.rows)) for h in result.row_lines()]
        if not spec.rows:
            self.rows = []  # the grand total line below is the only line
        if spec.grand_totals or not spec.rows:
            self.rows.append(RowLine((), (), True))
        self.columns = self._data_columns()
        self.locale = QLocale()
        self.bold = QFont(QApplication.font())
        self.bold.setBold(True)
        self.total_brush = QBrush(QApplication.palette().color(QPalette.ColorRole.AlternateBase).darker(104))
        self.tip = self.tr("Double-click to see the records behind this number")
        self.texts: dict[tuple[int, int], str] = {}  # painted cells' texts, formatted once

    def _data_columns(self) -> list[DataColumn]:
        spec = self.result.spec
        measures = range(len(self.result.measures) or len(spec.measures))
        groups: list[Header] = self.result.column_lines() if spec.columns else []
        out = [DataColumn(h.key, h.labels, m, len(h.key) < len(spec.columns)) for h in groups for m in measures]
        if not spec.columns or spec.grand_totals:
            out += [DataColumn((), (), m, bool(spec.columns)) for m in measures]
        return out

    # --- shape ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self.levels + len(self.columns)

    def keys_at(self, index: Index) -> tuple[KeyPath, KeyPath, int] | None:
        """(row key, column key, measure) of a number cell; None for a label cell."""
        if not index.isValid() or index.column() < self.levels:
            return None
        column = self.columns[index.column() - self.levels]
        return self.rows[index.row()].key, column.key, column.measure

    def value_at(self, index: Index) -> Any:
        keys = self.keys_at(index)
        if keys is None:
            return None
        values = self.result.value(keys[0], keys[1])
        return None if values is None or keys[2] >= len(values) else values[keys[2]]

    def cell_of(self, row_key: KeyPath, col_key: KeyPath, measure: int = 0) -> QModelIndex:
        """The index showing a number (tests and the chart)."""
        row = next(i for i, r in enumerate(self.rows) if r.key == tuple(row_key))
        col = next(i for i, c in enumerate(self.columns) if c.key == tuple(col_key) and c.measure == measure)
        return self.index(row, self.levels + col)

    # --- texts ---------------------------------------------------------------------------------------
    def label_text(self, line: RowLine, level: int) -> str:
        if not line.key:
            return self.tr("Total") if level == 0 else ""
        if level < len(line.labels):
            return line.labels[level] or self.tr("(empty)")
        if level == len(line.labels):
            return self.tr("Total")
        return ""

    def column_title(self, column: DataColumn) -> str:
        spec = self.result.spec
        parts = [label or self.tr("(empty)") for label in column.labels]
        if column.is_total:
            parts.append(self.tr("Total"))
        if len(self.result.measures) > 1 or not parts:
            parts.append(self.result.measures[column.measure].title if self.result.measures else "")
        return "\n".join(parts) if spec.columns or len(self.result.measures) > 1 else parts[-1]

    def header_lines(self) -> int:
        """Lines of the column header: one per column level, plus the measures' names when there are several."""
        return max(1, len(self.result.spec.columns) + (1 if len(self.result.measures) > 1 else 0))

    def header_grid(self, section: int) -> list[str | None]:
        """A column's header, one text per line from the top; None continues the text above (a total spans down)."""
        lines = self.header_lines()
        if section < self.levels:
            titles = self.result.row_titles
            return [titles[section] if section < len(titles) else ""] + [None] * (lines - 1)
        column = self.columns[section - self.levels]
        groups = len(self.result.spec.columns)
        grid: list[str | None] = [label or self.tr("(empty)") for label in column.labels]
        if column.is_total or (not groups and len(self.result.measures) <= 1):
            grid.append(self.tr("Total") if column.is_total else self.column_title(column))
        grid += [None] * (groups - len(grid))
        if len(self.result.measures) > 1:
            grid.append(self.result.measures[column.measure].title)
        return grid[:lines] + [None] * (lines - len(grid))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.rows[index.row()]
        is_label = index.column() < self.levels
        column = None if is_label else self.columns[index.column() - self.levels]
        if role == Qt.ItemDataRole.DisplayRole:
            if is_label:
                return self.label_text(line, index.column())
            assert column is not None
            cell = (index.row(), index.column())
            text = self.texts.get(cell)
            if text is None:
                info = self.result.measures[column.measure]
                text = measure_text(info, self.measure_fields[column.measure], self.value_at(index), self.locale)
                self.texts[cell] = text
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if is_label else _RIGHT
        if role == Qt.ItemDataRole.FontRole and (line.is_total or (column is not None and column.is_total)):
            return self.bold
        if role == Qt.ItemDataRole.BackgroundRole and line.is_total:
            return self.total_brush
        if role == Qt.ItemDataRole.ToolTipRole and not is_label:
            return self.tip
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < self.levels:
                titles = self.result.row_titles
                return titles[section] if section < len(titles) else ""
            return self.column_title(self.columns[section - self.levels])
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= self.levels:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, rows) of label cells repeated down the lines below: shown once, spanning them."""
        out: list[tuple[int, int, int]] = []
        for level in range(self.levels - 1):
            start = 0
            while start < len(self.rows):
                key = self.rows[start].key[: level + 1]
                end = start + 1
                while (end < len(self.rows) and len(self.rows[start].key) > level + 1 and len(self.rows[end].key) > level
                       and self.rows[end].key[: level + 1] == key):
                    end += 1
                if end - start > 1:
                    out.append((start, level, end - start))
                start = end
        return out


def field_at(config: Configuration, object_id: int, path: Any) -> FieldDef | None:
    try:
        info = describe_path(config, object_id, tuple(path))
    except KeyError:  # the object went away meanwhile: plain numbers
        return None
    return info.field if info is not None else None
