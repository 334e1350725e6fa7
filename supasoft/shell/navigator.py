"""The navigator sidebar: objects by plural name in configured order, with record counts and saved views."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from supasoft.core.errors import SupasoftError
from supasoft.services.session import Session
from supasoft.shell.views import visible_views

OBJECT_ROLE = int(Qt.ItemDataRole.UserRole)
VIEW_ROLE = OBJECT_ROLE + 1
KIND_ROLE = OBJECT_ROLE + 2  # "object", "view" or "trash"


class Navigator(QTreeWidget):
    """Click an object (or one of its views) to open it as a tab."""

    open_requested = Signal(int, object)  # object id, list id or None
    trash_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setMinimumWidth(180)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._counts_timer = QTimer(self, singleShot=True, interval=400)
        self._counts_timer.timeout.connect(self.update_counts)
        self.rebuild()

    def rebuild(self) -> None:
        """Re-read objects and views from the structure (after a Configurator change)."""
        expanded = {self.topLevelItem(i).data(0, OBJECT_ROLE) for i in range(self.topLevelItemCount())
                    if self.topLevelItem(i).isExpanded()}
        self.clear()
        config = self.session.configuration.config
        folder = self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        view_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        readable = [o for o in config.objects if self.session.access.allowed("read", o.id)]
        for obj in sorted(readable, key=lambda o: (o.order, o.id)):  # objects the user may not read are not listed
            item = QTreeWidgetItem([obj.plural])
            item.setIcon(0, folder)
            item.setData(0, OBJECT_ROLE, obj.id)
            item.setData(0, KIND_ROLE, "object")
            self.addTopLevelItem(item)
            views = visible_views(config, obj.id, self.session.actor)
            for view in views[1:]:  # the first view is what the object itself opens
                child = QTreeWidgetItem([view.name])
                child.setIcon(0, view_icon)
                child.setData(0, OBJECT_ROLE, obj.id)
                child.setData(0, VIEW_ROLE, view.id)
                child.setData(0, KIND_ROLE, "view")
                item.addChild(child)
            item.setExpanded(obj.id in expanded)
        trash = QTreeWidgetItem([self.tr("Trash")])
        trash.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        trash.setData(0, KIND_ROLE, "trash")
        self.addTopLevelItem(trash)
        self.update_counts()

    def schedule_counts(self, *_args: object) -> None:
        self._counts_timer.start()

    def update_counts(self) -> None:
        config = self.session.configuration.config
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item.data(0, KIND_ROLE) != "object":
                continue
            object_id = item.data(0, OBJECT_ROLE)
            try:
                obj = config.object_by_id(object_id)
                count = self.session.records.count(object_id)
            except (KeyError, SupasoftError):
                continue
            item.setText(0, f"{obj.plural} ({QLocale().toString(count)})")
            item.setData(0, Qt.ItemDataRole.ToolTipRole, self.tr("%n record(s)", "", count))

    def item_for(self, object_id: int, list_id: int | None = None) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item.data(0, OBJECT_ROLE) != object_id or item.data(0, KIND_ROLE) != "object":
                continue
            if list_id is None:
                return item
            for j in range(item.childCount()):
                if item.child(j).data(0, VIEW_ROLE) == list_id:
                    return item.child(j)
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind == "trash":
            self.trash_requested.emit()
        elif kind in ("object", "view"):
            self.open_requested.emit(item.data(0, OBJECT_ROLE), item.data(0, VIEW_ROLE))
