"""The Object rights tab: per object level, record scope and flags for one user or group, plus global rights."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supasoft.accessrights.common import (
    ElidedButton,
    PrincipalCombo,
    flag_label,
    level_label,
    padded,
    scope_label,
    show_error,
    tr,
)
from supasoft.accessrights.filter_dialog import FilterDialog, as_group, describe
from supasoft.accessrights.grants_reader import GrantsReader, GrantView
from supasoft.core.errors import SupasoftError
from supasoft.core.rights import FLAGS, LEVELS, SCOPES, Principal
from supasoft.services.session import Session

COL_OBJECT, COL_LEVEL, COL_SCOPE, COL_FILTER = 0, 1, 2, 3
FLAG_COL = {flag: 4 + i for i, flag in enumerate(FLAGS)}


class ObjectRow:
    """The editors of one object's grant."""

    def __init__(self, object_id: int):
        self.object_id = object_id
        self.level = QComboBox()
        self.level.setObjectName(f"level_{object_id}")
        self.scope = QComboBox()
        self.scope.setObjectName(f"scope_{object_id}")
        for scope in SCOPES:
            self.scope.addItem(scope_label(scope), scope)
        self.filter_button = ElidedButton()
        self.filter_button.setObjectName(f"filter_{object_id}")
        self.filter_button.setFlat(True)
        self.filter_button.setStyleSheet("text-align: left; padding: 0 4px;")
        self.flags = {flag: QCheckBox() for flag in FLAGS}
        for flag, box in self.flags.items():
            box.setObjectName(f"{flag}_{object_id}")
            box.setToolTip(flag_label(flag))
        all_records = tr("With the Reports right, a report counts every record of the object, not only the readable ones")
        self.flags["report_all"].setToolTip(all_records)
        self.filter = None  # FilterGroup of the 'filter' scope
        self.scope_before = "all"

    def grant(self) -> GrantView | None:
        level = self.level.currentData()
        if level is None:
            return None
        flags = frozenset(f for f, box in self.flags.items() if box.isChecked())
        scope = str(self.scope.currentData())
        return GrantView(str(level), scope, self.filter if scope == "filter" else None, flags)


class ObjectRightsTab(QWidget):
    """Grid of objects for the chosen principal; every change is saved at once."""

    changed = Signal()

    def __init__(self, session: Session, reader: GrantsReader, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.rows: dict[int, ObjectRow] = {}
        self.loading = False
        self.principal = PrincipalCombo(session, skip_admins=True)
        self.principal.setObjectName("object_principal")
        self.note = QLabel()
        self.note.setObjectName("object_note")
        self.note.setWordWrap(True)
        self.globals = {
            "configure": QCheckBox(tr("Change the structure (Configurator)")),
            "manage_access": QCheckBox(tr("Manage users and access rights")),
        }
        box = QGroupBox(tr("Global rights"))
        box_layout = QHBoxLayout(box)
        for right, check in self.globals.items():
            check.setObjectName(f"global_{right}")
            check.toggled.connect(lambda on, r=right: self._global_toggled(r, on))
            box_layout.addWidget(check)
        box_layout.addStretch(1)
        self.table = QTableWidget(0, 4 + len(FLAGS))
        self.table.setObjectName("object_rights")
        self.table.setHorizontalHeaderLabels([tr("Object"), tr("Access"), tr("Records"), tr("Filter")]
                                             + [flag_label(f) for f in FLAGS])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 8)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILTER, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Rights of:")))
        top.addWidget(self.principal)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(box)
        layout.addWidget(self.table, 1)
        self.principal.currentIndexChanged.connect(lambda *_: self.load())
        self.load()

    def current(self) -> Principal | None:
        return self.principal.principal()

    def row(self, object_id: int) -> ObjectRow:
        return self.rows[object_id]

    # --- loading ----------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the chosen principal's grants."""
        principal = self.current()
        self.loading = True
        try:
            self.table.setRowCount(0)
            self.rows.clear()
            if principal is None:
                self.note.setText(tr("Add a user or a group first."))
                return
            granted = self.reader.read(principal)
            is_user = principal[0] == "user"
            if granted.administrator:
                self.note.setText(tr("Administrators have every right; the grants below do not limit them."))
            elif is_user:
                self.note.setText(tr("A user's own grant on an object replaces the grants of the user's groups."))
            else:
                self.note.setText(tr("Members get the most open access any of their groups gives."))
            for right, check in self.globals.items():
                on = right in granted.global_rights or granted.administrator
                check.setChecked(on)
                check.setEnabled(not on)
                check.setToolTip(tr("Granted (removing a global right is not available yet).") if on else "")
            objects = sorted(self.session.configuration.config.objects, key=lambda o: (o.order, o.id))
            self.table.setRowCount(len(objects))
            for i, obj in enumerate(objects):
                self._fill_row(i, obj.id, obj.plural, granted.objects.get(obj.id), is_user)
            self.table.resizeColumnsToContents()
        finally:
            self.loading = False

    def _fill_row(self, i: int, object_id: int, plural: str, grant: GrantView | None, is_user: bool) -> None:
        row = ObjectRow(object_id)
        self.rows[object_id] = row
        item = QTableWidgetItem(plural)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(i, COL_OBJECT, item)
        if is_user and grant is None:
            row.level.addItem(tr("As the groups give"), None)
        for level in LEVELS:
            row.level.addItem(level_label(level), level)
        if grant is not None:
            row.level.setCurrentIndex(row.level.findData(grant.level))
            row.scope.setCurrentIndex(max(0, row.scope.findData(grant.scope)))
            row.filter = as_group(grant.filter)
            for flag, box in row.flags.items():
                box.setChecked(flag in grant.flags)
        row.scope_before = str(row.scope.currentData())
        self.table.setCellWidget(i, COL_LEVEL, padded(row.level))
        self.table.setCellWidget(i, COL_SCOPE, padded(row.scope))
        self.table.setCellWidget(i, COL_FILTER, row.filter_button)
        for flag, box in row.flags.items():
            holder = QWidget()
            lay = QHBoxLayout(holder)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(box)
            self.table.setCellWidget(i, FLAG_COL[flag], holder)
            box.toggled.connect(lambda *_, r=row: self._apply(r))
        row.level.currentIndexChanged.connect(lambda *_, r=row: self._apply(r))
        row.scope.currentIndexChanged.connect(lambda *_, r=row: self._scope_changed(r))
        row.filter_button.clicked.connect(lambda *_, r=row: self.edit_filter(r))
        self._update_row(row)

    def _update_row(self, row: ObjectRow) -> None:
        grant = row.grant()
        active = grant is not None and grant.level != "none"
        row.scope.setEnabled(active)
        for flag, box in row.flags.items():  # reports over all records widen the Reports right: it needs it
            box.setEnabled(active and (flag != "report_all" or row.flags["report"].isChecked()))
        is_filter = active and grant is not None and grant.scope == "filter"
        row.filter_button.setEnabled(is_filter)
        obj = self.session.configuration.config.object_by_id(row.object_id)
        text = describe(obj, row.filter) if is_filter else ""
        row.filter_button.setText(text or (tr("Edit filter\u2026") if is_filter else ""))

    # --- changes ----------------------------------------------------------------------------------
    def _scope_changed(self, row: ObjectRow) -> None:
        if self.loading:
            return
        if row.scope.currentData() == "filter" and row.filter is None and not self.edit_filter(row, apply=False):
            self.loading = True
            row.scope.setCurrentIndex(row.scope.findData(row.scope_before))
            self.loading = False
            return
        self._apply(row)

    def edit_filter(self, row: ObjectRow, apply: bool = True) -> bool:
        """Open the condition editor; True when the user saved a non-empty filter."""
        obj = self.session.configuration.config.object_by_id(row.object_id)
        dialog = FilterDialog(obj, row.filter, self)
        dialog.setObjectName("filter_dialog")
        if dialog.exec() != FilterDialog.DialogCode.Accepted or dialog.filter() is None:
            return False
        row.filter = dialog.filter()
        if apply:
            self._apply(row)
        return True

    def _apply(self, row: ObjectRow) -> None:
        if self.loading:
            return
        principal, grant = self.current(), row.grant()
        if principal is None or grant is None:
            self._update_row(row)
            return
        try:
            self.session.users.grant(principal, row.object_id, grant.level, scope=grant.scope, filter=grant.filter,
                                     flags=tuple(sorted(grant.flags)))
        except SupasoftError as exc:
            show_error(self, exc)
            self.load()
            return
        row.scope_before = grant.scope
        none_item = row.level.findData(None)
        if none_item >= 0:
            self.loading = True
            row.level.removeItem(none_item)
            self.loading = False
        self._update_row(row)
        self.session.reload_rights()
        self.changed.emit()

    def _global_toggled(self, right: str, on: bool) -> None:
        principal = self.current()
        if self.loading or not on or principal is None:
            return
        try:
            self.session.users.grant(principal, None, right)
        except SupasoftError as exc:
            show_error(self, exc)
            return
        self.globals[right].setEnabled(False)
        self.session.reload_rights()
        self.changed.emit()
