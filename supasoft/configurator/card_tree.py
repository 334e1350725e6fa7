"""The card layout as an editable tree: path-addressed node operations and a drop-aware tree widget."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTreeWidget, QTreeWidgetItem, QWidget

from supasoft.configurator.common import tr
from supasoft.core.meta import Configuration, LayoutNode, ObjectDef

MIME = "application/x-supasoft-layout-node"
PATH_ROLE = Qt.ItemDataRole.UserRole
CONTAINERS = ("tabs", "tab", "group", "row", "column")
Path = tuple[int, ...]


def kind_label(kind: str) -> str:
    return {"tabs": tr("Tabs"), "tab": tr("Tab"), "group": tr("Group box"), "row": tr("Row (side by side)"),
            "column": tr("Column (stacked)"), "field": tr("Field"), "detail_set": tr("Detail set"),
            "children": tr("Child records")}.get(kind, kind)


def node_at(root: LayoutNode, path: Path) -> LayoutNode:
    node = root
    for i in path:
        node = node.children[i]
    return node


def fit(parent: LayoutNode, node: LayoutNode) -> LayoutNode:
    """Tabs hold only tabs and a tab lives only in tabs: wrap the node when needed."""
    if parent.kind == "tabs" and node.kind != "tab":
        return LayoutNode("tab", title=node.title or tr("Tab"), children=[node])
    if parent.kind != "tabs" and node.kind == "tab":
        return LayoutNode("tabs", children=[node])
    return node


def insert(root: LayoutNode, parent_path: Path, index: int, node: LayoutNode) -> Path:
    """Insert a node; returns its path."""
    parent = node_at(root, parent_path)
    index = max(0, min(index, len(parent.children)))
    parent.children.insert(index, fit(parent, node))
    return parent_path + (index,)


def remove(root: LayoutNode, path: Path) -> LayoutNode:
    parent = node_at(root, path[:-1])
    return parent.children.pop(path[-1])


def move(root: LayoutNode, source: Path, parent_path: Path, index: int) -> Path | None:
    """Move a node elsewhere (not into itself); returns the new path."""
    if not source or parent_path[: len(source)] == source:
        return None
    node = node_at(root, source)
    parent = node_at(root, parent_path)
    if parent is node_at(root, source[:-1]) and index > source[-1]:
        index -= 1
    remove(root, source)
    new_parent = find_path(root, parent)
    return None if new_parent is None else insert(root, new_parent, index, node)


def find_path(root: LayoutNode, target: LayoutNode, prefix: Path = ()) -> Path | None:
    """The path of a node object (identity, not equality)."""
    if root is target:
        return prefix
    for i, child in enumerate(root.children):
        found = find_path(child, target, prefix + (i,))
        if found is not None:
            return found
    return None


def placed_refs(root: LayoutNode) -> set[tuple[str, int]]:
    """(kind, ref) of every leaf already on the card."""
    found = {(root.kind, root.ref)} if root.ref is not None else set()
    for child in root.children:
        found |= placed_refs(child)
    return found  # type: ignore[return-value]


def node_text(node: LayoutNode, config: Configuration, obj: ObjectDef) -> str:
    """How a node reads in the tree."""
    if node.kind == "field":
        try:
            name = obj.field_by_id(int(node.ref or 0)).name
        except KeyError:
            name = f"#{node.ref}"
        flags = [t for t, on in ((tr("read-only"), node.read_only), (tr("hidden"), node.hidden),
                                 (tr("label above"), node.label == "above"), (tr("no label"), node.label == "none")) if on]
        width = [tr("width {0}").format(node.width)] if node.width else []
        extra = f"  ({', '.join(flags + width)})" if flags or width else ""
        return f"{name}{extra}"
    if node.kind == "detail_set":
        name = next((d.name for d in config.detail_sets if d.id == node.ref), f"#{node.ref}")
        return f"{kind_label(node.kind)}: {name}"
    if node.kind == "children":
        name = next((link.name for link in config.links if link.id == node.ref), f"#{node.ref}")
        return f"{kind_label(node.kind)}: {name}"
    return f"{kind_label(node.kind)}: {node.title}" if node.title else kind_label(node.kind)


class Palette(QListWidget):
    """What can go on the card; dragging an item carries its node as JSON."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("palette")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def mimeData(self, items) -> QMimeData:  # type: ignore[no-untyped-def, override]
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(PATH_ROLE)).encode())
        return data

    def mimeTypes(self) -> list[str]:
        return [MIME]


def palette_node(spec: str) -> LayoutNode:
    """The new node a palette item stands for (spec is JSON: kind, ref, title)."""
    data = json.loads(spec)
    return LayoutNode(data["kind"], title=data.get("title", ""), ref=data.get("ref"))


class LayoutTree(QTreeWidget):
    """Shows the layout; drops from the palette or from itself become model operations via `dropped`."""

    dropped = Signal(object, object, int)  # source (palette spec str or tree path), parent path, index

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("layout_tree")
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)

    def show_layout(self, root: LayoutNode, config: Configuration, obj: ObjectDef, select: Path | None) -> None:
        self.clear()
        top = self._item(root, (), config, obj)
        top.setText(0, tr("Card of {0}").format(obj.name))
        self.addTopLevelItem(top)
        self.expandAll()
        if select is not None:
            self.select_path(select)

    def _item(self, node: LayoutNode, path: Path, config: Configuration, obj: ObjectDef) -> QTreeWidgetItem:
        item = QTreeWidgetItem([node_text(node, config, obj)])
        item.setData(0, PATH_ROLE, list(path))
        if node.hidden:
            item.setForeground(0, QBrush(QColor("#999999")))
        if node.kind in CONTAINERS:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        for i, child in enumerate(node.children):
            item.addChild(self._item(child, path + (i,), config, obj))
        return item

    def path_of(self, item: QTreeWidgetItem | None) -> Path | None:
        return None if item is None else tuple(item.data(0, PATH_ROLE))

    def current_path(self) -> Path | None:
        return self.path_of(self.currentItem())

    def select_path(self, path: Path) -> None:
        item = self.topLevelItem(0)
        for i in path:
            if item is None or i >= item.childCount():
                return
            item = item.child(i)
        self.setCurrentItem(item)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items) -> QMimeData:  # type: ignore[no-untyped-def, override]
        data = QMimeData()
        if items:
            data.setData(MIME, ("path:" + json.dumps(list(self.path_of(items[0]) or ()))).encode())
        return data

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().dragMoveEvent(event)
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        payload = bytes(event.mimeData().data(MIME)).decode()
        source: object = tuple(json.loads(payload[5:])) if payload.startswith("path:") else payload
        parent_path, index = self.drop_target(self.itemAt(event.position().toPoint()), event.position().toPoint().y())
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the model changes; the tree is rebuilt from it
        event.accept()
        self.dropped.emit(source, parent_path, index)

    def drop_target(self, item: QTreeWidgetItem | None, y: int) -> tuple[Path, int]:
        """Where a drop lands: inside a container (middle of its row) or before/after a node."""
        path = self.path_of(item)
        if item is None or path is None:
            top = self.topLevelItem(0)
            return (), top.childCount() if top else 0
        if not path:
            return (), item.childCount()
        rect = self.visualItemRect(item)
        is_container = bool(item.font(0).bold())
        quarter = rect.height() / 4
        if is_container and rect.top() + quarter < y < rect.bottom() - quarter:
            return path, item.childCount()
        after = y >= rect.center().y()
        return path[:-1], path[-1] + (1 if after else 0)
