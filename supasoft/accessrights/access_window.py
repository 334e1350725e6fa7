"""Settings \u2192 Access rights: users, groups, object and field rights, audit log."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from supasoft.accessrights.audit_tab import AuditTab
from supasoft.accessrights.common import tr
from supasoft.accessrights.field_rights_tab import FieldRightsTab
from supasoft.accessrights.grants_reader import GrantsReader
from supasoft.accessrights.groups_tab import GroupsTab
from supasoft.accessrights.object_rights_tab import ObjectRightsTab
from supasoft.accessrights.users_tab import UsersTab
from supasoft.core.errors import PermissionDenied
from supasoft.services.session import Session
from supasoft.widgets.screen_fit import available_area, fit_size


class AccessRightsWindow(QWidget):
    """Only for holders of 'manage_access'; the audit log only for administrators."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        if not session.access.allowed("manage_access"):
            raise PermissionDenied(tr("You do not have the right to manage access rights."))
        super().__init__(parent)
        self.session = session
        self.setObjectName("access_rights_window")
        self.setWindowTitle(self.tr("Access rights"))
        self.reader = GrantsReader(session)
        self.tabs = QTabWidget()
        self.users_tab = UsersTab(session)
        self.groups_tab = GroupsTab(session)
        self.object_tab = ObjectRightsTab(session, self.reader)
        self.field_tab = FieldRightsTab(session, self.reader)
        self.tabs.addTab(self.users_tab, self.tr("Users"))
        self.tabs.addTab(self.groups_tab, self.tr("Groups"))
        self.tabs.addTab(self.object_tab, self.tr("Object rights"))
        self.tabs.addTab(self.field_tab, self.tr("Field rights"))
        self.audit_tab: AuditTab | None = None
        if session.access.full_rights:
            self.audit_tab = AuditTab(session)
            self.tabs.addTab(self.audit_tab, self.tr("Audit log"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for tab in (self.users_tab, self.groups_tab):
            tab.changed.connect(self._people_changed)
        for tab in (self.users_tab, self.groups_tab, self.object_tab, self.field_tab):
            tab.changed.connect(self._refresh_audit)
        self.tabs.currentChanged.connect(lambda *_: self._tab_shown())
        # wide enough for saved filters in the Object rights grid, never past the screen
        self.resize(fit_size(QSize(1080, 600), available_area(self), self.minimumSizeHint()))

    def _people_changed(self) -> None:
        """New users, groups or memberships: every picker and grid follows."""
        self.users_tab.load()
        self.groups_tab.load()
        self.object_tab.principal.reload()
        self.field_tab.principal.reload()
        self.field_tab.reload_objects()

    def _tab_shown(self) -> None:
        """Re-read a grid when it comes up: objects and fields may have changed in the Configurator meanwhile."""
        current = self.tabs.currentWidget()
        if current is self.object_tab:
            self.object_tab.load()
        elif current is self.field_tab:
            self.field_tab.reload_objects()
            self.field_tab.load()
        self._refresh_audit()

    def _refresh_audit(self) -> None:
        if self.audit_tab is not None and self.tabs.currentWidget() is self.audit_tab:
            self.audit_tab.load()
