"""Screenshots of access rights on the Lite demo data: the Object rights tab (--all: every tab, the login dialog)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QDialogButtonBox
from screenshots_common import settle, start

PASSWORD = "correct horse"
GROUP = {"en": "Sales", "pl": "Sprzedaż", "ru": "Продажи"}


def main() -> int:
    shots = start(__doc__)
    from supasoft.accessrights.access_window import AccessRightsWindow
    from supasoft.accessrights.login_dialog import LoginDialog
    from supasoft.services.access import own_filter
    from supasoft.services.session import open_session
    from supasoft.services.setup import lite_ids

    path = shots.tmp / "demo.db"
    session = shots.demo_session()
    ids = lite_ids(session)
    users = session.users
    users.sleep = lambda seconds: None
    users.create_user("admin", PASSWORD, "Ada Admin")
    session.login("admin", PASSWORD)
    anna = users.create_user("anna", PASSWORD, "Anna Berg")
    users.create_user("tom", PASSWORD, "Tom Novak")
    sales = users.create_group(GROUP[shots.language])
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
    window.tabs.setCurrentWidget(window.object_tab)
    window.object_tab.principal.select(group)
    window.show()
    shots.save(window, "access-rights")
    if shots.all:  # the other tabs, for checking layouts (not used in the docs)
        window.field_tab.select_object(ids["client"])
        window.field_tab.principal.select(group)
        for name, tab in (("users", window.users_tab), ("groups", window.groups_tab),
                          ("fields", window.field_tab), ("audit", window.audit_tab)):
            window.tabs.setCurrentWidget(tab)
            shots.save(window, f"access-rights-{name}")
        from supasoft.accessrights.filter_dialog import FilterDialog, as_group
        from supasoft.accessrights.share_dialog import ShareDialog

        task = session.configuration.config.object_by_id(ids["task"])
        row = window.object_tab.row(ids["task"])
        for name, dialog in (("filter", FilterDialog(task, as_group(row.filter), window)),
                             ("share", ShareDialog(session, ids["client"], 1, window))):
            dialog.show()
            shots.save(dialog, f"access-rights-{name}")
            dialog.close()
    window.close()
    session.close()
    if not shots.all:  # the login dialog is for checking its layout; the docs do not show it
        return shots.done()

    locked = open_session(path)
    locked.users.sleep = lambda seconds: None
    dialog = LoginDialog(locked, login="anna")
    dialog.show()
    dialog.password_edit.setText("not the password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    for _ in range(50):
        settle(100)
        if not dialog.busy:
            break
    dialog.adjustSize()
    shots.save(dialog, "login")
    dialog.reject()
    locked.close()
    return shots.done()


if __name__ == "__main__":
    sys.exit(main())
