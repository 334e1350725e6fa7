"""The Field rights tab: for one object and one user or group, each field hidden, read-only or editable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.accessrights.common import PrincipalCombo, mode_label, padded, show_error, tr
from supasoft.accessrights.grants_reader import GrantsReader
from supasoft.core.errors import SupasoftError
from supasoft.core.rights import FIELD_MODES, Principal
from supasoft.services.session import Session


class FieldRightsTab(QWidget):
    """Per-field modes; every change is saved at once."""

    changed = Signal()

    def __init__(self, session: Session, reader: GrantsReader, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.loading = False
        self.modes: dict[int, QComboBox] = {}
        self.object = QComboBox()
        self.object.setObjectName("field_object")
        self.principal = PrincipalCombo(session, skip_admins=True)
        self.principal.setObjectName("field_principal")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("field_rights")
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Access")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 8)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Object:")))
        top.addWidget(self.object)
        top.addSpacing(16)
        top.addWidget(QLabel(tr("Rights of:")))
        top.addWidget(self.principal)
        top.addStretch(1)
        hint = QLabel(tr("Hidden fields never leave the database for this user or group: not in tables, "
                         "cards, searches, exports or reports."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.reload_objects()
        self.object.currentIndexChanged.connect(lambda *_: self.load())
        self.principal.currentIndexChanged.connect(lambda *_: self.load())
        self.load()

    def reload_objects(self) -> None:
        current = self.object.currentData()
        self.object.blockSignals(True)
        self.object.clear()
        for obj in sorted(self.session.configuration.config.objects, key=lambda o: (o.order, o.id)):
            self.object.addItem(obj.plural, obj.id)
        self.object.setCurrentIndex(max(0, self.object.findData(current)))
        self.object.blockSignals(False)

    def select_object(self, object_id: int) -> None:
        self.object.setCurrentIndex(self.object.findData(object_id))

    def current(self) -> Principal | None:
        return self.principal.principal()

    def load(self) -> None:
        principal, object_id = self.current(), self.object.currentData()
        self.loading = True
        try:
            self.table.setRowCount(0)
            self.modes.clear()
            if principal is None or object_id is None:
                return
            granted = self.reader.read(principal)
            obj = self.session.configuration.config.object_by_id(int(object_id))
            self.table.setRowCount(len(obj.fields))
            for i, f in enumerate(obj.fields):
                item = QTableWidgetItem(f.name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(i, 0, item)
                combo = QComboBox()
                combo.setObjectName(f"mode_{f.id}")
                mode = granted.fields.get((obj.id, f.id))
                if mode is None and principal[0] == "user":
                    combo.addItem(tr("As the groups give"), None)
                for m in FIELD_MODES:
                    combo.addItem(mode_label(m), m)
                combo.setCurrentIndex(combo.findData(mode) if mode is not None else
                                      (0 if principal[0] == "user" else combo.findData("editable")))
                combo.currentIndexChanged.connect(lambda *_, fid=f.id, c=combo: self._apply(fid, c))
                self.table.setCellWidget(i, 1, padded(combo))
                self.modes[f.id] = combo
        finally:
            self.loading = False

    def set_mode(self, field_id: int, mode: str) -> None:
        combo = self.modes[field_id]
        combo.setCurrentIndex(combo.findData(mode))

    def _apply(self, field_id: int, combo: QComboBox) -> None:
        principal, object_id, mode = self.current(), self.object.currentData(), combo.currentData()
        if self.loading or principal is None or object_id is None or mode is None:
            return
        try:
            self.session.users.grant_field(principal, int(object_id), field_id, str(mode))
        except SupasoftError as exc:
            show_error(self, exc)
            return
        inherit = combo.findData(None)
        if inherit >= 0:
            self.loading = True
            combo.removeItem(inherit)
            self.loading = False
        self.session.reload_rights()
        self.changed.emit()
