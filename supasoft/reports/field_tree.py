"""The designer's field list: an object's fields and, through references, the fields of linked records."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from supasoft.core.fieldtypes.roles import is_file, link_target, result_kind
from supasoft.core.meta import Configuration, FieldDef, FieldPath, ObjectDef
from supasoft.shell.fields import MAX_DEPTH, code_title
from supasoft.widgets.path_items import PATH_ROLE, item_for_path

#: The drag-and-drop type of a field path (JSON list of field ids).
PATH_MIME = "application/x-supasoft-field-path"


def dropped_path(data: QMimeData) -> FieldPath | None:
    """The field path a drop carries, or None when it carries none."""
    if not data.hasFormat(PATH_MIME):
        return None
    try:
        path = json.loads(bytes(data.data(PATH_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    return tuple(int(i) for i in path) if isinstance(path, list) else None


#: Whether the user may see the field at a path from an object (the access service's path_visible).
Visible = Callable[[int, FieldPath], bool]


def is_date(f: FieldDef | None) -> bool:
    """Dates, date-times and formulas giving one: these group by day, week, month and so on."""
    return f is not None and result_kind(f) in ("date", "datetime")


class FieldTree(QTreeWidget):
    """A tree of reportable fields; reference fields open onto their target's fields (two levels)."""

    def __init__(self, visible: Visible | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report_fields")
        self.setHeaderHidden(True)
        self.config: Configuration | None = None
        self.visible = visible or (lambda _object_id, _path: True)
        self.root_id = 0
        self.setDragEnabled(True)  # onto Rows, Columns or Values
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def load(self, config: Configuration, object_id: int) -> None:
        self.clear()
        self.config = config
        self.root_id = object_id
        code = QTreeWidgetItem([code_title()])
        code.setData(0, PATH_ROLE, ())
        self.addTopLevelItem(code)
        self._fill(None, config.object_by_id(object_id), (), 0)

    def _fill(self, parent: QTreeWidgetItem | None, obj: ObjectDef, prefix: FieldPath, level: int) -> None:
        assert self.config is not None
        for f in obj.fields:
            if is_file(f):
                continue
            path = (*prefix, f.id)
            if not self.visible(self.root_id, path):  # a field the user may not see is not offered
                continue
            item = QTreeWidgetItem([f.name])
            item.setData(0, PATH_ROLE, path)
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            if (target := link_target(f)) is not None and level < MAX_DEPTH:
                try:
                    linked = self.config.object_by_id(target)
                except KeyError:
                    continue
                item.setToolTip(0, self.tr("Open to use fields of %s") % linked.name)
                self._fill(item, linked, path, level + 1)

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        """A dragged field carries its path."""
        data = QMimeData()
        if items:
            data.setData(PATH_MIME, json.dumps(list(items[0].data(0, PATH_ROLE))).encode())
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [PATH_MIME]

    def current_path(self) -> FieldPath | None:
        item = self.currentItem()
        return None if item is None else tuple(item.data(0, PATH_ROLE))

    def item_for(self, path: FieldPath) -> QTreeWidgetItem | None:
        """The item of a path (tests and keyboard users)."""
        return item_for_path(self, path)

    def select_path(self, path: FieldPath) -> bool:
        item = self.item_for(path)
        if item is None:
            return False
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.setCurrentItem(item)
        return True
