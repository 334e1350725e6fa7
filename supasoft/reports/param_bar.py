"""The values a report asks when it runs: a date range (from, to) per parameter, above the numbers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from supasoft.core.meta import Configuration, FieldDef
from supasoft.core.reports.spec import Param
from supasoft.shell.fields import describe_path
from supasoft.widgets.date_editors import DateEditor


class ParamBar(QWidget):
    """One 'from … to …' pair per parameter; `changed` when a date is picked or typed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report_params")
        self.params: list[Param] = []
        self.editors: dict[str, tuple[DateEditor, DateEditor]] = {}
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def set_params(self, config: Configuration, object_id: int, params: list[Param]) -> None:
        """Show the parameters' editors, keeping the dates already given to a parameter of the same field."""
        if [(p.name, p.path) for p in params] == [(p.name, p.path) for p in self.params]:
            return
        old = {name: (a.value(), b.value()) for name, (a, b) in self.editors.items()}
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.params, self.editors = list(params), {}
        for param in params:
            info = describe_path(config, object_id, param.path)
            f = info.field if info is not None and info.field is not None else FieldDef(0, "", "date")
            title = param.label or (info.title if info is not None else param.name)
            low, high = DateEditor(f, self), DateEditor(f, self)
            for editor, value in zip((low, high), old.get(param.name, _bounds(param.default)), strict=True):
                editor.set_value(value)
                editor.changed.connect(self.changed)
            low.setObjectName(f"param_{param.name}_from")
            high.setObjectName(f"param_{param.name}_to")
            self.row.addWidget(QLabel(self.tr("%s from") % title, self))
            self.row.addWidget(low)
            self.row.addWidget(QLabel(self.tr("to"), self))
            self.row.addWidget(high)
            self.editors[param.name] = (low, high)
        self.row.addStretch(1)
        self.setVisible(bool(params))

    def values(self) -> dict[str, Any]:
        """{name: [from, to]} as ISO dates (None where empty); a range half-typed counts as empty."""
        out: dict[str, Any] = {}
        for name, editors in self.editors.items():
            out[name] = [v.isoformat() if isinstance(v, dt.date) else None for v in (e.value() for e in editors)]
        return out


def _bounds(default: Any) -> tuple[Any, Any]:
    if isinstance(default, (list, tuple)) and len(default) == 2:
        return tuple(dt.date.fromisoformat(v) if isinstance(v, str) and v else None for v in default)  # type: ignore[return-value]
    return None, None
