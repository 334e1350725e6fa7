"""Saved views of a table: which ListDefs a user sees, and saving the current state as one (personal or shared)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from supasoft.core.meta import ColumnDef, Configuration, FieldPath, FilterGroup, ListDef, SortKey
from supasoft.services.record_model import Actor


def visible_views(config: Configuration, object_id: int, actor: Actor) -> list[ListDef]:
    """Shared views plus the user's own personal ones, in creation order."""
    return [v for v in config.lists_of(object_id) if v.shared or v.owner == actor.user_id]


def build_view(object_id: int, name: str, columns: list[tuple[FieldPath, int | None]], sort: list[SortKey],
               filter_group: FilterGroup | None, shared: bool, actor: Actor, existing: ListDef | None) -> ListDef:
    """A ListDef for the current state; replaces `existing` (same id) when given."""
    return ListDef(
        existing.id if existing is not None else 0, object_id, name,
        [ColumnDef(tuple(p), w) for p, w in columns], list(sort), filter_group,
        shared=shared, owner=None if shared else actor.user_id,
    )


def find_view(config: Configuration, object_id: int, actor: Actor, name: str) -> ListDef | None:
    wanted = name.strip().casefold()
    for view in visible_views(config, object_id, actor):
        if view.name.casefold() == wanted:
            return view
    return None


class SaveViewDialog(QDialog):
    """Name the view and choose whether everyone sees it."""

    def __init__(self, name: str, shared: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save view"))
        self.resize(380, 120)
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.selectAll()
        form.addRow(self.tr("Name:"), self.name_edit)
        self.shared_box = QCheckBox(self.tr("Everyone can use this view"), self)
        self.shared_box.setChecked(shared)
        self.shared_box.setToolTip(self.tr("Unticked: only you see it in the list of views"))
        form.addRow("", self.shared_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.name_edit.text().strip():
            self.accept()
