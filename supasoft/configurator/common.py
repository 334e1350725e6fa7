"""Small helpers every Configurator panel shares: messages, confirmations, type labels, path texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from supasoft.core.errors import SupasoftError
from supasoft.core.fieldtypes import field_types
from supasoft.core.fieldtypes.roles import link_target
from supasoft.core.meta import Configuration, FieldDef, ObjectDef

CONTEXT = "Configurator"


def tr(text: str) -> str:
    """Translate a Configurator text."""
    return QCoreApplication.translate(CONTEXT, text)


def type_label(type_key: str) -> str:
    """The admin-facing name of a field type, translated."""
    try:
        label = field_types.get(type_key).label or type_key
    except SupasoftError:
        label = type_key
    return QCoreApplication.translate("FieldTypes", label)


def type_keys() -> list[str]:
    """The field types an admin can pick, in registry order."""
    return field_types.keys()


def offer_maintenance(widget: QWidget | None, error: BaseException) -> bool:
    """Let the window offer maintenance mode when a structure change found a table open by others; True if it did."""
    while widget is not None:
        handler = getattr(widget, "offer_maintenance", None)
        if callable(handler):
            return bool(handler(error))
        widget = widget.parentWidget()
    return False


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show a user-facing error (never a traceback) in the user's language; a busy table names who has it open and
    offers maintenance mode."""
    from PySide6.QtCore import QLocale

    from supasoft.core.messages import error_text

    if offer_maintenance(parent, error):
        return
    text = error_text(error, QLocale().name())  # a service's Message in the user's language; other texts as they are
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Configurator"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_box")
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, details: str = "") -> bool:
    """Ask Yes/No; the default answer is No so Enter never destroys anything."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setObjectName("confirm_box")
    if details:
        box.setInformativeText(details)
    return box.exec() == QMessageBox.StandardButton.Yes


def path_text(config: Configuration, obj: ObjectDef, path: tuple[int, ...]) -> str:
    """A field path as the admin reads it: Client → City; () is the Code."""
    if not path:
        return tr("Code")
    names: list[str] = []
    current: ObjectDef | None = obj
    for field_id in path:
        if current is None:
            names.append(f"#{field_id}")
            continue
        try:
            f = current.field_by_id(field_id)
        except KeyError:
            names.append(f"#{field_id}")
            current = None
            continue
        names.append(f.name)
        current = _target(config, f)
    return " → ".join(names)


def field_at(config: Configuration, obj: ObjectDef, path: tuple[int, ...]) -> FieldDef | None:
    """The last field of a path (None for the Code or a broken path)."""
    current: ObjectDef | None = obj
    found: FieldDef | None = None
    for field_id in path:
        if current is None:
            return None
        try:
            found = current.field_by_id(field_id)
        except KeyError:
            return None
        current = _target(config, found)
    return found


def _target(config: Configuration, f: FieldDef) -> ObjectDef | None:
    target = link_target(f)
    if target is None:
        return None
    try:
        return config.object_by_id(target)
    except KeyError:
        return None


def uses_text(uses: list) -> str:
    """One use per line, for confirmations."""
    return "\n".join(f"• {u.kind}: {u.where}" for u in uses)
