"""The designer's Rows, Columns and Values lists: fields in order, each with its date grouping or calculation."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.fieldtypes.roles import is_numeric
from supasoft.core.meta import Configuration, FieldDef, FieldPath
from supasoft.core.reports.spec import DATE_PARTS, FUNCS, SHOWS
from supasoft.reports.field_tree import dropped_path, is_date
from supasoft.shell.fields import describe_path

#: Calculations whose numbers add up, so a share of the total or a running total means something.
ADDITIVE = ("count", "sum", "count_distinct")


def date_part_labels() -> dict[str, str]:
    return {"day": QCoreApplication.translate("ReportZones", "Day"), "week": QCoreApplication.translate("ReportZones", "Week"), "month": QCoreApplication.translate("ReportZones", "Month"),
            "quarter": QCoreApplication.translate("ReportZones", "Quarter"), "year": QCoreApplication.translate("ReportZones", "Year"),
            "weekday": QCoreApplication.translate("ReportZones", "Day of week"), "month_of_year": QCoreApplication.translate("ReportZones", "Month of year")}


def func_labels() -> dict[str, str]:
    return {"count": QCoreApplication.translate("ReportZones", "Count"), "sum": QCoreApplication.translate("ReportZones", "Sum"), "avg": QCoreApplication.translate("ReportZones", "Average"),
            "min": QCoreApplication.translate("ReportZones", "Minimum"), "max": QCoreApplication.translate("ReportZones", "Maximum"),
            "count_distinct": QCoreApplication.translate("ReportZones", "Distinct count")}


def show_labels() -> dict[str, str]:
    return {"value": QCoreApplication.translate("ReportZones", "Value"), "share": QCoreApplication.translate("ReportZones", "Share of total"),
            "running": QCoreApplication.translate("ReportZones", "Running total")}


def funcs_for(f: FieldDef | None, path: FieldPath | None) -> tuple[str, ...]:
    """Calculations that make sense on a field: all on numbers, count/min/max on dates, counts on the rest."""
    if path is None or f is None:
        return ("count", "count_distinct") if path is not None else ("count",)
    if is_numeric(f):
        return FUNCS
    if is_date(f):
        return ("count", "count_distinct", "min", "max")
    return ("count", "count_distinct")


@dataclass(frozen=True)
class ZoneEntry:
    """A field placed in a zone: its path (None = the records, for a count), date part or calculation."""

    path: FieldPath | None
    date_part: str | None = None
    func: str = "count"
    show: str = "value"


class DropList(QListWidget):
    """A zone's list: fields dragged from the field tree land here (`dropped` with their path)."""

    dropped = Signal(object)
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def event(self, event: QEvent) -> bool:
        """Delete removes the chosen field here, before the window's Delete (records) would take the key."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        path = dropped_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(path)


class ZoneList(QWidget):
    """One zone: a list of entries, buttons to remove and reorder, and the chosen entry's settings."""

    changed = Signal()

    def __init__(self, kind: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind  # "rows", "columns" or "values"
        self.setObjectName(f"zone_{kind}")
        self.config: Configuration | None = None
        self.object_id = 0
        self.entries: list[ZoneEntry] = []
        self.list = DropList(self)
        self.list.setObjectName(f"zone_{kind}_list")
        self.list.setToolTip(self.tr("Drag fields here, or choose one and press the button above"))
        self.list.dropped.connect(self.add)
        self.list.delete_pressed.connect(self.remove_current)
        self.list.setMaximumHeight(3 * self.fontMetrics().height() + 14)
        self.list.currentRowChanged.connect(lambda _r: self._show_settings())
        self.up_button = self._tool(QStyle.StandardPixmap.SP_ArrowUp, self.tr("Move up"), lambda: self._move(-1))
        self.down_button = self._tool(QStyle.StandardPixmap.SP_ArrowDown, self.tr("Move down"), lambda: self._move(1))
        self.remove_button = self._tool(QStyle.StandardPixmap.SP_DialogDiscardButton, self.tr("Remove"), self.remove_current)
        self.first = QComboBox(self)  # date grouping (rows, columns) or calculation (values)
        self.first.setObjectName(f"zone_{kind}_part" if kind != "values" else "zone_values_func")
        self.second = QComboBox(self)  # values: how the number is shown
        self.second.setObjectName("zone_values_show")
        for key in SHOWS:
            self.second.addItem(show_labels()[key], key)
        self.first.activated.connect(lambda _i: self._setting_changed())
        self.second.activated.connect(lambda _i: self._setting_changed())
        self.second.setVisible(kind == "values")
        if kind != "values":
            self.first.setPlaceholderText(self.tr("Dates grouped by…"))
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(QLabel(f"<b>{title}</b>", self))
        head.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            head.addWidget(button)
        settings = QHBoxLayout()
        settings.setContentsMargins(0, 0, 0, 0)
        settings.addWidget(self.first, 1)
        settings.addWidget(self.second, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.list)
        layout.addLayout(settings)
        self._show_settings()

    def _tool(self, icon: QStyle.StandardPixmap, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _c=False: slot())  # type: ignore[operator]
        return button

    def set_object(self, config: Configuration, object_id: int) -> None:
        self.config, self.object_id = config, object_id
        self.set_entries([])

    def field_of(self, path: FieldPath | None) -> FieldDef | None:
        if path is None or self.config is None:
            return None
        info = describe_path(self.config, self.object_id, path)
        return info.field if info is not None else None

    def field_known(self, path: FieldPath) -> bool:
        """Whether every field on the path still exists."""
        return self.config is not None and describe_path(self.config, self.object_id, path) is not None

    def title_of(self, entry: ZoneEntry) -> str:
        if entry.path is None:
            name = self.tr("Records")
        else:
            info = describe_path(self.config, self.object_id, entry.path) if self.config is not None else None
            name = info.title if info is not None else "?"
        if self.kind == "values":
            text = f"{func_labels()[entry.func]}: {name}"
            return text if entry.show == "value" else f"{text} ({show_labels()[entry.show]})"
        return f"{name} ({date_part_labels()[entry.date_part].lower()})" if entry.date_part else name

    # --- entries ---------------------------------------------------------------------------------------
    def add(self, path: FieldPath | None) -> ZoneEntry:
        """Add a field: dates group by month, numbers are summed, anything else counted."""
        f = self.field_of(path)
        if self.kind == "values":
            funcs = funcs_for(f, path)
            entry = ZoneEntry(None if path == () else path, func="sum" if "sum" in funcs else "count")
        else:
            entry = ZoneEntry(path or (), date_part="month" if is_date(f) else None)
        self.entries.append(entry)
        self._refill(len(self.entries) - 1)
        self.changed.emit()
        return entry

    def set_entries(self, entries: list[ZoneEntry]) -> None:
        self.entries = list(entries)
        self._refill(0 if entries else -1)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._refill(min(row, len(self.entries) - 1))
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if 0 <= row < len(self.entries) and 0 <= other < len(self.entries):
            self.entries[row], self.entries[other] = self.entries[other], self.entries[row]
            self._refill(other)
            self.changed.emit()

    def set_current_setting(self, first: str, show: str | None = None) -> None:
        """Choose the selected entry's date part or calculation (and show) as a user would (tests)."""
        self.first.setCurrentIndex(self.first.findData(first))
        if show is not None:
            self.second.setCurrentIndex(self.second.findData(show))
        self._setting_changed()

    def _refill(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            self.list.addItem(QListWidgetItem(self.title_of(entry)))
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._show_settings()

    def _show_settings(self) -> None:
        row = self.list.currentRow()
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self.first.blockSignals(True)
        self.first.clear()
        if entry is not None and self.kind == "values":
            labels = func_labels()
            for key in funcs_for(self.field_of(entry.path), entry.path):
                self.first.addItem(labels[key], key)
            self.first.setCurrentIndex(self.first.findData(entry.func))
            self.second.setCurrentIndex(self.second.findData(entry.show))
            self.second.setToolTip("" if entry.func in ADDITIVE else self.tr("A share or running total needs a count or a sum"))
        elif entry is not None and is_date(self.field_of(entry.path)):
            labels = date_part_labels()
            self.first.addItem(self.tr("Exact value"), None)
            for key in DATE_PARTS:
                self.first.addItem(labels[key], key)
            self.first.setCurrentIndex(max(0, self.first.findData(entry.date_part)))
        self.first.blockSignals(False)
        self.first.setEnabled(self.first.count() > 0)
        self.second.setEnabled(entry is not None and entry.func in ADDITIVE)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(entry is not None)

    def _setting_changed(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        if self.kind == "values":
            func = self.first.currentData() or "count"
            entry = replace(entry, func=func, show=(self.second.currentData() or "value") if func in ADDITIVE else "value")
        else:
            entry = replace(entry, date_part=self.first.currentData())
        self.entries[row] = entry
        self.list.item(row).setText(self.title_of(entry))
        self._show_settings()
        self.changed.emit()
