"""A report as one number: the latest period's value against the one before (or the grand total)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from supasoft.widgets.formatting import decimal_text


@dataclass
class Kpi:
    """The number shown: its title, value text, and the period compared with (when the rows are periods)."""

    title: str = ""
    value_text: str = ""
    value: float | None = None
    previous_title: str = ""
    previous_text: str = ""
    previous: float | None = None
    row_key: tuple = ()  # the row group drilled into on a click (() = the grand total)


class KpiView(QWidget):
    """Big and clickable: a click opens the records behind the number."""

    clicked = Signal(object)  # the row key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report_kpi")
        self.kpi = Kpi()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click to see the records behind this number"))
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.value.setObjectName("kpi_value")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel(self)
        self.change.setObjectName("kpi_change")
        bigger = QFont(self.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.4)
        self.title.setFont(bigger)
        self.change.setFont(bigger)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.value, self.change):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)

    def set_kpi(self, kpi: Kpi) -> None:
        self.kpi = kpi
        self.title.setText(kpi.title)
        self.value.setText(kpi.value_text or "—")
        self.change.setText(change_text(kpi))
        rising = kpi.value is not None and kpi.previous is not None and kpi.value >= kpi.previous
        colour = "#1a7f37" if rising else "#b42318"
        self.change.setStyleSheet(f"color: {colour};" if kpi.previous is not None else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.kpi.row_key)
        super().mouseReleaseEvent(event)


def change_text(kpi: Kpi) -> str:
    """'▲ 12.5 % against 2026-10 (8,925.00)'; '' with nothing to compare."""
    if kpi.previous is None or not kpi.previous_title:
        return ""
    against = QCoreApplication.translate("KpiView", "against %1 (%2)").replace("%1", kpi.previous_title)
    against = against.replace("%2", kpi.previous_text)
    if kpi.value is None or kpi.previous == 0:
        return against
    change = (Decimal(str(kpi.value)) - Decimal(str(kpi.previous))) / abs(Decimal(str(kpi.previous))) * 100
    arrow = "\u25b2" if change >= 0 else "\u25bc"
    locale = QLocale()
    return f"{arrow} {decimal_text(abs(change), 1, locale, True)}\u00a0{locale.percent()} {against}"
