"""Records → Import… in the main window opens the import wizard for the current table's object."""

from __future__ import annotations

from typing import Any

from supasoft.importer.wizard import ImportWizard


def can_import(window: Any) -> bool:
    """Whether this user may create or change records of any object."""
    access = window.session.access
    return any(access.allowed("create", o.id) or access.allowed("update", o.id)
               for o in window.session.configuration.config.objects)


def install_import(window: Any) -> None:
    """Connect the Records → Import… action (the shell adds it greyed out) to the wizard."""
    action = window.actions["import"]
    action.setEnabled(can_import(window))
    action.triggered.connect(lambda _checked=False: open_import_wizard(window))


def open_import_wizard(window: Any) -> ImportWizard:
    """The wizard as a window of its own, into the current table's object (or the first one offered)."""
    earlier = getattr(window, "import_wizard", None)
    if earlier is not None and not earlier.isVisible() and not earlier.run_page.running():
        earlier.deleteLater()  # a closed wizard holds its file and preview (100,000 rows, say) until the next one
    table = window.current_table()
    wizard = ImportWizard(window.session, table.object_id if table is not None else None, window)
    window.import_wizard = wizard  # kept, so tests and the window can reach the open wizard
    wizard.show()
    return wizard
