"""Field-path trees (column pickers, the report designer): items carry their path, found again by it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from supasoft.core.meta import FieldPath

PATH_ROLE = int(Qt.ItemDataRole.UserRole)


def item_for_path(tree: QTreeWidget, path: FieldPath) -> QTreeWidgetItem | None:
    """The tree item holding this path (for tests and keyboard users), or None."""
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while items:
        item = items.pop()
        if tuple(item.data(0, PATH_ROLE)) == tuple(path):
            return item
        items.extend(item.child(i) for i in range(item.childCount()))
    return None


__all__ = ["PATH_ROLE", "item_for_path"]
