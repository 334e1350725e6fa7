"""Share one record with a user or group (read, change or full), from the record's card."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from supasoft.accessrights.common import PrincipalCombo, level_label, show_error, tr
from supasoft.core.errors import PermissionDenied, SupasoftError
from supasoft.services.session import Session


class ShareDialog(QDialog):
    """Grants a level on one record on top of the object rights ("No access" takes a share back)."""

    def __init__(self, session: Session, object_id: int, record_id: int, parent: QWidget | None = None):
        if not (session.access.allowed("manage_access") or session.access.allowed("delete", object_id)):
            raise PermissionDenied(tr("You do not have the right to share these records."))
        super().__init__(parent)
        self.session, self.object_id, self.record_id = session, object_id, record_id
        obj = session.configuration.config.object_by_id(object_id)
        try:
            shown = session.records.display(object_id, record_id)
        except SupasoftError:
            shown = f"#{record_id}"
        self.setWindowTitle(self.tr("Share %s") % shown)
        self.principal = PrincipalCombo(session, skip_admins=True)
        self.principal.setObjectName("share_principal")
        self.level = QComboBox()
        self.level.setObjectName("share_level")
        for level in ("read", "change", "full", "none"):
            self.level.addItem(level_label(level), level)
        form = QFormLayout()
        form.addRow(self.tr("With:"), self.principal)
        form.addRow(self.tr("Access:"), self.level)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Give a user or group more access to this %s. Sharing adds to their rights on "
                               "%s; it does not open %s to people who have no access to them at all.")
                       % (obj.name.lower(), obj.plural.lower(), obj.plural.lower()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        principal = self.principal.principal()
        if principal is None:
            return
        try:
            self.session.users.share_record(self.object_id, self.record_id, principal, str(self.level.currentData()))
        except SupasoftError as exc:
            show_error(self, exc)
            return
        super().accept()
