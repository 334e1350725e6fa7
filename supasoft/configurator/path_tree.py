"""A tree of an object's fields that opens references, so a column can be Order → Client → City."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from supasoft.configurator.common import type_label
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import Configuration, ObjectDef

PATH_ROLE = Qt.ItemDataRole.UserRole
MAX_DEPTH = 3


class PathTree(QTreeWidget):
    """Items carry their field path; references are filled in when opened."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("path_tree")
        self.setHeaderLabels([self.tr("Field"), self.tr("Type")])
        self.config: Configuration | None = None
        self.itemExpanded.connect(self._expand)

    def load(self, config: Configuration, obj: ObjectDef) -> None:
        self.clear()
        self.config = config
        code = QTreeWidgetItem([self.tr("Code"), ""])
        code.setData(0, PATH_ROLE, ())
        self.addTopLevelItem(code)
        self._add_fields(None, obj, ())
        self.resizeColumnToContents(0)

    def _add_fields(self, parent: QTreeWidgetItem | None, obj: ObjectDef, prefix: tuple[int, ...]) -> None:
        for f in obj.fields:
            item = QTreeWidgetItem([f.name, type_label(f.type)])
            item.setData(0, PATH_ROLE, prefix + (f.id,))
            if link_target(f) is not None and len(prefix) + 1 < MAX_DEPTH:
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)

    def _expand(self, item: QTreeWidgetItem) -> None:
        if item.childCount() or self.config is None:
            return
        path = tuple(item.data(0, PATH_ROLE))
        target = self._object_at(path)
        if target is not None:
            self._add_fields(item, target, path)
        self.resizeColumnToContents(0)

    def _object_at(self, path: tuple[int, ...]) -> ObjectDef | None:
        """The object a reference path leads to."""
        assert self.config is not None
        obj = None
        for o in self.config.objects:
            if any(f.id == path[-1] for f in o.fields):
                f = o.field_by_id(path[-1])
                if (target := link_target(f)) is not None:
                    obj = self.config.object_by_id(target)
        return obj

    def path(self) -> tuple[int, ...] | None:
        item = self.currentItem()
        return None if item is None else tuple(item.data(0, PATH_ROLE))

    def select_names(self, *names: str) -> bool:
        """Open and select a path by field names, e.g. ("Client", "City") (keyboard users and tests)."""
        parent: QTreeWidgetItem | None = None
        for name in names:
            count = self.topLevelItemCount() if parent is None else parent.childCount()
            found = None
            for i in range(count):
                item = self.topLevelItem(i) if parent is None else parent.child(i)
                if item.text(0) == name:
                    found = item
                    break
            if found is None:
                return False
            found.setExpanded(True)
            parent = found
        self.setCurrentItem(parent)
        return True
