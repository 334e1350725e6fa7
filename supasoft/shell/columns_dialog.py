"""The column chooser: tick fields to show, including fields reached through references (Order → Client → City)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import Configuration, FieldPath, ObjectDef
from supasoft.shell.fields import MAX_DEPTH, code_title
from supasoft.widgets.path_items import PATH_ROLE, item_for_path


class ColumnsDialog(QDialog):
    """A tree of the object's fields; reference fields open onto their target's fields."""

    def __init__(self, config: Configuration, object_id: int, current: list[FieldPath], parent: QWidget | None = None):
        super().__init__(parent)
        self.config = config
        self.setWindowTitle(self.tr("Columns"))
        self.resize(420, 520)
        self._current = [tuple(p) for p in current]
        chosen = set(self._current)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        code = QTreeWidgetItem([code_title()])
        code.setData(0, PATH_ROLE, ())
        code.setFlags(code.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        code.setCheckState(0, Qt.CheckState.Checked if () in chosen else Qt.CheckState.Unchecked)
        self.tree.addTopLevelItem(code)
        self._fill(None, config.object_by_id(object_id), (), chosen, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Tick the columns to show. Open a reference to show fields of the linked record. "
                              "Drag column headers in the table to change their order."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _fill(self, parent: QTreeWidgetItem | None, obj: ObjectDef, prefix: FieldPath, chosen: set[FieldPath],
              level: int) -> None:
        for f in obj.fields:
            path = (*prefix, f.id)
            item = QTreeWidgetItem([f.name])
            item.setData(0, PATH_ROLE, path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if path in chosen else Qt.CheckState.Unchecked)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            if link_target(f) is not None and level < MAX_DEPTH:
                try:
                    target = self.config.object_by_id(f.target)  # type: ignore[arg-type]
                except KeyError:
                    continue
                item.setToolTip(0, self.tr("Open to show fields of %s") % target.name)
                self._fill(item, target, path, chosen, level + 1)
                if any(p[: len(path)] == path and len(p) > len(path) for p in chosen):
                    item.setExpanded(True)

    def item_for(self, path: FieldPath) -> QTreeWidgetItem | None:
        """The tree item of a path (for tests and keyboard users)."""
        return item_for_path(self.tree, path)

    def chosen(self) -> list[FieldPath]:
        """Ticked paths: columns already shown keep their order, new ones follow in tree order."""
        ticked: list[FieldPath] = []
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        stack = list(reversed(items))
        while stack:
            item = stack.pop()
            if item.checkState(0) == Qt.CheckState.Checked:
                ticked.append(tuple(item.data(0, PATH_ROLE)))
            stack.extend(reversed([item.child(i) for i in range(item.childCount())]))
        keep = [p for p in self._current if p in ticked]
        return keep + [p for p in ticked if p not in keep]
