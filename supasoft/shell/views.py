"""Saved views of a table: which ListDefs a user sees; Save and Save as (replacing a view asks, sharing needs a right)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from supasoft.core.meta import ColumnDef, Configuration, FieldPath, FilterGroup, ListDef, SortKey
from supasoft.services.record_model import Actor
from supasoft.services.session import Session


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


class ViewTable(Protocol):
    """What saving needs from a table tab."""

    session: Session
    object_id: int
    list_def: ListDef | None

    def save_view(self, name: str, *, shared: bool, existing: ListDef | None = None) -> ListDef: ...
    def title(self) -> str: ...


class SaveViewDialog(QDialog):
    """Save as: a new name (empty to start with), shared only when ticked and only for those who may share."""

    def __init__(self, name: str = "", shared: bool = False, parent: QWidget | None = None, *, may_share: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save view as"))
        self.resize(380, 120)
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setPlaceholderText(self.tr("Name of the new view"))
        self.name_edit.selectAll()
        form.addRow(self.tr("Name:"), self.name_edit)
        self.shared_box = QCheckBox(self.tr("Everyone can use this view"), self)
        self.shared_box.setChecked(shared and may_share)
        self.shared_box.setEnabled(may_share)
        self.shared_box.setToolTip(self.tr("Unticked: only you see it in the list of views") if may_share
                                   else self.tr("Sharing views needs the right to configure"))
        form.addRow("", self.shared_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _accept(self) -> None:
        if self.name():
            self.accept()


class ViewSaver(QObject):
    """Save (the current view, when the user may change it) and Save as (a new name; replacing one asks first)."""

    def __init__(self, table: ViewTable, parent: QWidget):
        super().__init__(parent)
        self.table = table
        self.parent_widget = parent
        self.dialog: SaveViewDialog | None = None
        self.question: QMessageBox | None = None

    def may_change(self, view: ListDef | None) -> bool:
        return view is not None and self.table.session.configuration.may_change_list(view.id)

    def save(self) -> ListDef | None:
        """Update the current view in place; a shared one asks first; one the user may not change goes to Save as."""
        current = self.table.list_def
        if current is None or not self.may_change(current):
            return self.save_as()
        if current.shared and not self._confirm(self.tr(
                'Save the changes to the shared view "{0}" for everyone?').format(current.name)):
            return None
        return self.table.save_view(current.name, shared=current.shared, existing=current)

    def save_as(self) -> ListDef | None:
        """Ask for a name; an existing name is replaced only after a confirmation (and only with the right)."""
        current = self.table.list_def
        suggested = current.name if current is not None and not current.shared and self.may_change(current) else ""
        may_share = self.table.session.configuration.may_change_list(None)
        self.dialog = SaveViewDialog(suggested, False, self.parent_widget, may_share=may_share)
        try:
            if not self.dialog.exec():
                return None
            name, shared = self.dialog.name(), self.dialog.shared_box.isChecked()
        finally:
            self.dialog.deleteLater()
            self.dialog = None
        session = self.table.session
        existing = find_view(session.configuration.config, self.table.object_id, session.actor, name)
        if existing is not None:
            if not self.may_change(existing):
                QMessageBox.warning(self.parent_widget, self.table.title(), self.tr(
                    'A view named "{0}" exists and you may not change it: choose another name.').format(
                        existing.name))
                return None
            question = self.tr('A view named "{0}" exists. Replace it?').format(existing.name)
            if existing.shared:
                question = self.tr('The shared view "{0}" exists. Replace it for everyone?').format(
                    existing.name)
            if not self._confirm(question):
                return None
        return self.table.save_view(name, shared=shared, existing=existing)

    def _confirm(self, text: str) -> bool:
        """A yes/no question whose default (Enter) is No."""
        self.question = QMessageBox(QMessageBox.Icon.Question, self.table.title(), text,
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    self.parent_widget)
        self.question.setDefaultButton(QMessageBox.StandardButton.No)
        try:
            return self.question.exec() == QMessageBox.StandardButton.Yes
        finally:
            self.question.deleteLater()
            self.question = None
