"""The Object rights tab grants 'reports over all records' per object: a check box beside Reports, usable only
while Reports is checked; what it saves changes what the user's reports count."""

from __future__ import annotations

from access_driving import PASSWORD
from PySide6.QtCore import Qt

from supasoft.accessrights.access_window import AccessRightsWindow
from supasoft.core.reports.spec import Measure, ReportSpec
from supasoft.services.reports import ReportService
from supasoft.services.session import Session, open_session
from supasoft.services.setup import lite_ids


def test_the_flag_is_granted_beside_reports(lite: Session, qtbot, tmp_path) -> None:  # noqa: ANN001
    ids = lite_ids(lite)
    for name in ("Acme", "Globex"):
        client = lite.records.new(ids["client"])
        client.values[ids["client.name"]] = name
        lite.records.save(client)
    lite.users.sleep = lambda seconds: None
    lite.users.create_user("admin", PASSWORD, "Ada")
    lite.login("admin", PASSWORD)
    rita = lite.users.create_user("rita", PASSWORD, "Rita")
    window = AccessRightsWindow(lite)
    qtbot.addWidget(window)
    tab = window.object_tab
    assert tab.principal.select(("user", rita))
    row = tab.row(ids["client"])
    row.level.setCurrentIndex(row.level.findData("read"))
    row.scope.setCurrentIndex(row.scope.findData("own"))
    report, every = row.flags["report"], row.flags["report_all"]
    assert report.isEnabled() and not every.isEnabled()  # it widens the Reports right, so it needs it
    qtbot.mouseClick(report, Qt.MouseButton.LeftButton)
    assert every.isEnabled()
    qtbot.mouseClick(every, Qt.MouseButton.LeftButton)
    grant = next(g for g in lite.users.grants_of(("user", rita)) if g.object_id == ids["client"])
    assert grant.flags == frozenset({"report", "report_all"}) and grant.scope == "own"
    again = AccessRightsWindow(lite)
    qtbot.addWidget(again)
    again.object_tab.principal.select(("user", rita))
    assert again.object_tab.row(ids["client"]).flags["report_all"].isChecked()
    session = open_session(tmp_path / "crm.db", login="rita", password=PASSWORD)
    try:
        result = ReportService(session.records).run(ReportSpec(ids["client"], measures=[Measure()]))
        assert result.counts_all and result.value((), ())[0] == 2  # every client, though she owns none
    finally:
        session.close()
