"""The trash of one object (or of all): restore selected records or empty it for good."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import error_text
from supasoft.services.session import Session
from supasoft.shell.relay import ChangeRelay
from supasoft.widgets.formatting import datetime_format, to_qdatetime

ID_ROLE = int(Qt.ItemDataRole.UserRole)


class TrashTab(QWidget):
    """A list of deleted records with who deleted them and when."""

    def __init__(self, session: Session, object_id: int | None, relay: ChangeRelay | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.object_id = object_id
        style = self.style()
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Object"), self.tr("Deleted"),
                                              self.tr("Deleted by"), self.tr("With children")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((260, 140, 150, 140)):
            self.table.setColumnWidth(column, width)
        self.restore_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Restore selected"), self)
        self.empty_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Empty trash…"), self)
        self.refresh_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Refresh"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.ask_empty)
        self.refresh_button.clicked.connect(self.refresh)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        for w in (self.restore_button, self.empty_button, self.refresh_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        if relay is not None:
            relay.records_changed.connect(lambda *_: self.refresh())
        self.refresh()

    def title(self) -> str:
        if self.object_id is None:
            return self.tr("Trash")
        return self.tr("Trash: %s") % self.session.configuration.config.object_by_id(self.object_id).plural

    def refresh(self) -> None:
        config = self.session.configuration.config
        items = self.session.records.trash_items(self.object_id)
        locale = QLocale()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            try:
                obj_name = config.object_by_id(item.object_id).name
            except KeyError:
                obj_name = "?"
            cells = [item.title, obj_name, locale.toString(to_qdatetime(item.deleted_at), datetime_format(locale)),
                     item.deleted_by, str(item.children) if item.children else ""]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                self.table.setItem(row, column, cell)
        self.count_label.setText(self.tr("%n deleted record(s)", "", len(items)))
        self.empty_button.setEnabled(bool(items))

    def selected_trash_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(ID_ROLE) for r in rows]

    def restore_selected(self) -> int:
        restored = 0
        for trash_id in self.selected_trash_ids():
            try:
                self.session.records.restore(trash_id)
                restored += 1
            except SupasoftError as exc:
                QMessageBox.warning(self, self.title(), error_text(exc, QLocale().name()))
        self.refresh()
        return restored

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.title(), text) == QMessageBox.StandardButton.Yes

    def ask_empty(self) -> None:
        if self.confirm(self.tr("Delete every record in this trash for good? This cannot be undone.")):
            self.empty()

    def empty(self) -> int:
        try:
            count = self.session.records.empty_trash(self.object_id)
        except SupasoftError as exc:
            QMessageBox.warning(self, self.title(), error_text(exc, QLocale().name()))
            return 0
        self.refresh()
        return count
