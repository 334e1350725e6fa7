"""The table's filter builder: the shared condition editor with typed values and one level of AND/OR groups."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import Condition, Configuration, FilterGroup
from supasoft.shell.fields import describe_path, reachable
from supasoft.widgets.condition_editor import ConditionOptions, GroupEditor
from supasoft.widgets.condition_values import NO_VALUE_OPS, has_value, op_labels
from supasoft.widgets.error_text import shown_error
from supasoft.widgets.formatting import json_value_text
from supasoft.widgets.reference_picker import ReferenceLookup
from supasoft.widgets.screen_fit import available_area, fit_size, keep_on_screen

#: The builder is never narrower than this: a field, an operator and a value side by side.
MIN_WIDTH = 700


class FilterBuilderDialog(QDialog):
    """Edit a table's filter; `check` runs the filter once so a bad value is reported before closing."""

    def __init__(self, config: Configuration, object_id: int, current: FilterGroup | None,
                 lookup: ReferenceLookup | None = None, check: Callable[[FilterGroup], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Filter %s") % config.object_by_id(object_id).plural)
        self._check = check
        paths = [p for p in reachable(config, object_id, depth=1) if p.field is None or p.field.type in field_types]
        if current is not None:  # keep paths a saved view uses even when deeper than the list offers
            known = {p.path for p in paths}
            for cond in _conditions(current):
                info = describe_path(config, object_id, tuple(cond.path))
                if info is not None and info.path not in known:
                    paths.append(info)
                    known.add(info.path)
        self.root = GroupEditor(paths, ConditionOptions(nested=True), lookup)
        if current is not None and current.items:
            self.root.set_group(current)
        else:
            self.root.add_condition()
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.root)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.clear_button = buttons.addButton(self.tr("Clear filter"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self._clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.case_note = QLabel(self.tr("Text is compared ignoring upper and lower case: equals, contains, starts "
                                        "with and the quick search alike."), self)
        self.case_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.case_note)
        layout.addWidget(buttons)
        self.cleared = False
        self._grow = QTimer(self)
        self._grow.setSingleShot(True)
        self._grow.timeout.connect(self._grow_to_content)
        self.root.installEventFilter(self)
        self.resize(fit_size(self.wanted_size(), available_area(parent or self)))

    def wanted_size(self) -> QSize:
        """Room for every condition, the note and the buttons without scrolling (at least MIN_WIDTH wide)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        content = self.root.sizeHint()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        width = max(MIN_WIDTH, content.width() + bar + margins.left() + margins.right())
        inner = width - margins.left() - margins.right()
        height = (content.height() + self.case_note.heightForWidth(inner) + self.buttons.sizeHint().height()
                  + 2 * layout.spacing() + margins.top() + margins.bottom())
        return QSize(width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.root and event.type() == QEvent.Type.LayoutRequest:
            self._grow.start()  # a condition or group was added: grow once the layout has settled
        return super().eventFilter(watched, event)

    def _grow_to_content(self) -> None:
        """Grow (never shrink what the user chose) to the conditions, up to the screen; beyond that they scroll."""
        if not self.isVisible():
            return
        area = available_area(self)
        wanted = fit_size(self.wanted_size(), area)
        size = QSize(max(self.width(), wanted.width()), max(self.height(), wanted.height()))
        if size != self.size():
            self.resize(size)
            keep_on_screen(self, area)

    def result_group(self) -> FilterGroup | None:
        """The edited filter, or None when it has no conditions."""
        if self.cleared:
            return None
        group = self.root.group()
        return group if group.items else None

    def _clear(self) -> None:
        self.cleared = True
        super().accept()

    def accept(self) -> None:
        group = self.result_group()
        missing = self._without_value(self.root)
        if missing:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                'Enter the value to compare {0} with, or choose "is empty".').format(missing))
            return
        if group is not None and self._check is not None:
            try:
                self._check(group)
            except (SupasoftError, ValueError) as exc:
                QMessageBox.warning(self, self.windowTitle(), shown_error(exc))
                return
        super().accept()


    def _without_value(self, editor: GroupEditor) -> str:
        """The title of the first condition that lacks the value its operator needs ('' when none)."""
        for item in editor.items:
            if isinstance(item, GroupEditor):
                title = self._without_value(item)
            else:
                cond, info = item.condition(), item.info()
                title = info.title if cond is not None and info is not None and not has_value(cond.op, cond.value) else ""
            if title:
                return title
        return ""


def _conditions(group: FilterGroup) -> list[Condition]:
    out: list[Condition] = []
    for item in group.items:
        out.extend(_conditions(item) if isinstance(item, FilterGroup) else [item])
    return out


def describe_filter(config: Configuration, object_id: int, group: FilterGroup | None,
                    label_of: Callable[[int, int], str] | None = None) -> str:
    """A one-line summary of a filter for the status line ('City contains Kraków AND …'); with `label_of(object,
    id)` a reference's value is said by the record's name ('Client equals Acme', not 'equals 9')."""
    if group is None or not group.items:
        return ""
    labels = op_labels()
    joiner = QCoreApplication.translate("Filter", " AND ") if group.mode == "and" else QCoreApplication.translate("Filter", " OR ")
    parts = []
    for item in group.items:
        if isinstance(item, FilterGroup):
            inner = describe_filter(config, object_id, item, label_of)
            if inner:
                parts.append(f"({inner})")
            continue
        info = describe_path(config, object_id, tuple(item.path))
        title = info.title if info else "?"
        op = item.op
        if op in ("eq", "ne") and not has_value(op, item.value):
            op = "empty" if op == "eq" else "not_empty"  # what the storage does with no value: say it plainly
        field = info.field if info else None
        target = link_target(field) if field is not None and label_of is not None else None
        if target is not None and op in ("eq", "ne", "in"):
            item = Condition(item.path, item.op, _record_labels(label_of, target, item.value))
            field = None  # the names as they are
        if op in NO_VALUE_OPS:
            value = ""
        elif isinstance(item.value, (list, tuple)):
            joined = ", " if op == "in" else QCoreApplication.translate("Filter", " and ")
            value = " " + joined.join("\u2026" if v is None else json_value_text(field, v) for v in item.value)
        else:
            value = " \u2026" if item.value is None else f" {json_value_text(field, item.value)}"
        label = QCoreApplication.translate("Filter", "is one of") if op == "in" else labels.get(op, op)
        parts.append(f"{title} {label}{value}")
    return joiner.join(parts)


MAX_NAMED = 10  # a reference condition's ids said by name up to this many


def _record_labels(label_of: Callable[[int, int], str], target: int, value: object) -> object:
    """A reference condition's ids as the records' names ('#9' for one that cannot be read)."""
    def one(record_id: object) -> object:
        if not isinstance(record_id, int) or isinstance(record_id, bool):
            return record_id
        try:
            return label_of(target, record_id) or f"#{record_id}"
        except SupasoftError:
            return f"#{record_id}"
    if isinstance(value, (list, tuple)):  # a long list stays as ids: one read per name on every status update
        return [one(v) for v in value] if len(value) <= MAX_NAMED else value
    return one(value)


__all__ = ["FilterBuilderDialog", "describe_filter"]
