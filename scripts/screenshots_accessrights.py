"""Screenshots of access rights on the Lite demo data: the Object rights tab and the login dialog."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

PASSWORD = "correct horse"


def settle(app: QApplication, ms: int = 300) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    parser.add_argument("--all", action="store_true", help="also every other tab and dialog")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="supasoft-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Supasoft")
    app.setApplicationName("Supasoft")

    from supasoft.accessrights.access_window import AccessRightsWindow
    from supasoft.accessrights.login_dialog import LoginDialog
    from supasoft.i18n import install_translations
    from supasoft.services.access import own_filter
    from supasoft.services.session import open_session
    from supasoft.services.setup import initialize, lite_ids

    install_translations("en")
    path = tmp / "demo.db"
    session = open_session(path)
    initialize(session, "lite", demo=True)
    ids = lite_ids(session)
    users = session.users
    users.sleep = lambda seconds: None
    users.create_user("admin", PASSWORD, "Ada Admin")
    session.login("admin", PASSWORD)
    anna = users.create_user("anna", PASSWORD, "Anna Berg")
    users.create_user("tom", PASSWORD, "Tom Novak")
    sales = users.create_group("Sales")
    users.add_member(anna, sales)
    group = ("group", sales)
    users.grant(group, ids["client"], "change", flags=("export", "report"))
    users.grant(group, ids["contact"], "change", flags=("export",))
    users.grant(group, ids["product"], "read")
    users.grant(group, ids["order"], "full", scope="own", flags=("report", "document"))
    users.grant(group, ids["line"], "full", scope="own")
    users.grant(group, ids["payment"], "read", scope="own_group")
    users.grant(group, ids["call"], "full", flags=("report",))
    users.grant(group, ids["task"], "change", scope="filter", filter=own_filter((ids["task.assignee"],)))
    users.grant_field(group, ids["client"], ids["client.discount"], "read_only")

    window = AccessRightsWindow(session)
    window.resize(1000, 560)
    window.tabs.setCurrentWidget(window.object_tab)
    window.object_tab.principal.select(group)
    window.show()
    settle(app)
    window.grab().save(str(args.out / "access-rights.png"))
    if args.all:  # the other tabs, for checking layouts (not used in the docs)
        window.field_tab.select_object(ids["client"])
        window.field_tab.principal.select(group)
        for name, tab in (("users", window.users_tab), ("groups", window.groups_tab),
                          ("fields", window.field_tab), ("audit", window.audit_tab)):
            window.tabs.setCurrentWidget(tab)
            settle(app)
            window.grab().save(str(args.out / f"access-rights-{name}.png"))
        from supasoft.accessrights.filter_dialog import FilterDialog, as_group
        from supasoft.accessrights.share_dialog import ShareDialog

        task = session.configuration.config.object_by_id(ids["task"])
        row = window.object_tab.row(ids["task"])
        for name, dialog in (("filter", FilterDialog(task, as_group(row.filter), window)),
                             ("share", ShareDialog(session, ids["client"], 1, window))):
            dialog.show()
            settle(app)
            dialog.grab().save(str(args.out / f"access-rights-{name}.png"))
            dialog.close()
    window.close()
    session.close()

    locked = open_session(path)
    locked.users.sleep = lambda seconds: None
    dialog = LoginDialog(locked, login="anna")
    dialog.show()
    dialog.password_edit.setText("not the password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    for _ in range(50):
        settle(app, 100)
        if not dialog.busy:
            break
    dialog.adjustSize()
    settle(app)
    dialog.grab().save(str(args.out / "login.png"))
    dialog.reject()
    locked.close()
    print("wrote", args.out / "access-rights.png", args.out / "login.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
