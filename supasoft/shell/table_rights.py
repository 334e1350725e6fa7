"""What the user may not do with a table is disabled before they try, with a tooltip saying why.

The answer comes from the services (AccessService.allowed, the same checkpoint every write passes);
the UI only shows it. Deleting records that others depend on is explained before the confirmation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from supasoft.services.delete_check import DeleteBlocker

if TYPE_CHECKING:
    from supasoft.shell.table_tab import TableTab


def refusals(tab: TableTab) -> dict[str, str]:
    """Action name -> why the user may not do it here (absent when allowed)."""
    access = tab.records.access
    plural = tab.records.config.object_by_id(tab.object_id).plural
    why: dict[str, str] = {}
    if tab.open_card is not None and not access.allowed("create", tab.object_id):
        why["new"] = QCoreApplication.translate("TableRights", "You may not add %s: your rights do not include creating records here.") % plural
    if not access.allowed("delete", tab.object_id):
        why["delete"] = QCoreApplication.translate("TableRights", "You may not delete %s: your rights do not include deleting records here.") % plural
    if not access.allowed("update", tab.object_id):
        why["bulk"] = QCoreApplication.translate("TableRights", "You may not change %s: your rights allow reading only.") % plural
    if not access.allowed("export", tab.object_id):
        why["export"] = QCoreApplication.translate("TableRights", "You may not export %s: ask an administrator for the export right.") % plural
    return why


def apply_rights(tab: TableTab) -> None:
    """Enable the toolbar actions the user may use; the others are greyed out with the reason as their tooltip."""
    why = refusals(tab)
    actions: dict[str, QAction] = {"new": tab.new_action, "delete": tab.delete_action, "bulk": tab.bulk_action,
                                   "export": tab.export_action}
    for name, action in actions.items():
        if not action.property("usual_tip"):
            action.setProperty("usual_tip", action.toolTip())
        allowed = name not in why and (name != "new" or tab.open_card is not None)
        action.setEnabled(allowed)
        action.setToolTip(why.get(name) or action.property("usual_tip"))
    tab.refused = why


def describe_blockers(blockers: list[DeleteBlocker]) -> str:
    """One line per record that has dependents: 'Client CL-00001 has 2 Orders; delete them first.'"""
    lines = [QCoreApplication.translate("TableRights", "%1 %2 has %3 %4; delete them first.").replace("%1", b.object_name).replace("%2", b.code)
             .replace("%3", str(b.count)).replace("%4", b.link_name) for b in blockers[:10]]
    if len(blockers) > 10:
        lines.append(QCoreApplication.translate("TableRights", "… and %d more") % (len(blockers) - 10))
    return "\n".join(lines)
