"""The Audit log shows when things happened in the user's date and time format, as date-time fields do."""

from __future__ import annotations

import re

from access_driving import PASSWORD
from PySide6.QtCore import QLocale

from supasoft.accessrights.audit_tab import AuditTab
from supasoft.services.session import Session
from supasoft.widgets.formatting import timestamp_text


def test_audit_times_follow_the_locale(lite: Session, qtbot, translations) -> None:  # noqa: ANN001
    lite.users.create_user("admin", PASSWORD, "Ada")
    lite.login("admin", PASSWORD)
    lite.users.create_group("Sales")
    QLocale.setDefault(QLocale("pl_PL"))  # the translations fixture puts the previous locale back
    tab = AuditTab(lite)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() >= 1
    stamps = [tab.table.item(i, 0).text() for i in range(tab.table.rowCount())]
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", s) for s in stamps), stamps
    first = lite.users.audit_log()[0]["at"]
    assert stamps[0] == timestamp_text(first, QLocale("pl_PL"))
