"""Drives the Configurator's own dialogs the way an admin would (texts, combo items, OK buttons)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QMessageBox, QWidget

from supasoft.configurator.configurator_window import ConfiguratorWindow
from supasoft.configurator.field_dialog import FieldDialog
from supasoft.configurator.links_tab import LinkDialog
from supasoft.configurator.object_dialog import ObjectDialog

TIMEOUT_MS = 8000


class Modal:
    """Schedules a handler for the next modal dialog of a class; the handler runs inside its event loop."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self.pending = 0

    def __call__(self, kind: type, handler: Callable[[Any], None]) -> None:
        self.pending += 1
        waited = {"ms": 0}

        def poll() -> None:
            w = QApplication.activeModalWidget()
            if isinstance(w, kind) and w.isVisible():
                self.pending -= 1
                try:
                    handler(w)
                except BaseException as exc:  # never leave a modal open: the test would hang
                    self.errors.append(exc)
                    _close(w)
                return
            waited["ms"] += 10
            if waited["ms"] > TIMEOUT_MS:
                self.pending -= 1
                self.errors.append(AssertionError(f"no {kind.__name__} appeared"))
                return
            QTimer.singleShot(10, poll)

        QTimer.singleShot(0, poll)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


def _close(w: QWidget) -> None:
    if isinstance(w, QDialog):
        w.reject()
    else:
        w.close()


def click_ok(dialog: QDialog) -> None:
    """Press OK; if the dialog refuses, fail with what it said (and close it)."""
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    if dialog.isVisible():
        message = dialog.findChild(QWidget, "message")
        text = message.text() if message is not None else ""
        dialog.reject()
        raise AssertionError(f"{type(dialog).__name__} refused: {text}")


def answer(box: QMessageBox, yes: bool, seen: list[str] | None = None) -> None:
    """Answer a question box, remembering its texts."""
    if seen is not None:
        seen.append(box.text() + "\n" + box.informativeText())
    box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No).click()


def choose(combo: QComboBox, text: str) -> None:
    """Pick a combo item by its visible text (or the start of it)."""
    for i in range(combo.count()):
        if combo.itemText(i) == text or combo.itemText(i).startswith(text + " ("):
            combo.setCurrentIndex(i)
            return
    raise AssertionError(f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}")


def add_object(window: ConfiguratorWindow, modal: Modal, name: str, plural: str, prefix: str = "", width: int = 0,
               catalog: bool = False) -> int:
    def fill(dialog: ObjectDialog) -> None:
        dialog.name.setText(name)
        dialog.plural.setText(plural)
        dialog.prefix.setText(prefix)
        dialog.width.setValue(width)
        click_ok(dialog)

    modal(ObjectDialog, fill)
    window.objects.buttons["catalog" if catalog else "add"].click()
    modal.check()
    found = window.service.config.object_by_name(name)
    assert found is not None
    assert window.objects.current_id() == found.id
    return found.id


def fill_field(dialog: FieldDialog, name: str, type_label: str, **opts: Any) -> None:
    """Fill the field dialog: opts length/precision/scale (int), required/unique/indexed (bool), target, default,
    choices (list), formula, kind ("source"/"receiver"), via, from_field (visible names)."""
    dialog.name.setText(name)
    choose(dialog.type, type_label)
    for key in ("length", "precision", "scale"):
        if key in opts:
            getattr(dialog, key).setValue(opts[key])
    for key in ("required", "unique", "indexed"):
        if key in opts:
            getattr(dialog, key).setChecked(opts[key])
    if "target" in opts:
        choose(dialog.target, opts["target"])
    if "default" in opts:
        dialog.default.setText(opts["default"])
    if "choices" in opts:
        dialog.choices.setPlainText("\n".join(opts["choices"]))
    if "formula" in opts:
        dialog.formula.text.setPlainText(opts["formula"])
    if "kind" in opts:
        dialog.kind.setCurrentIndex(dialog.kind.findData(opts["kind"]))
        choose(dialog.via, opts["via"])
        choose(dialog.from_field, opts["from_field"])


def add_field(window: ConfiguratorWindow, modal: Modal, name: str, type_label: str, **opts: Any) -> int:
    def fill(dialog: FieldDialog) -> None:
        fill_field(dialog, name, type_label, **opts)
        click_ok(dialog)

    modal(FieldDialog, fill)
    window.fields.buttons["add"].click()
    modal.check()
    obj = window.service.object(window.objects.current_id())  # type: ignore[arg-type]
    f = obj.field_by_name(name)
    assert f is not None, f"field {name} was not added"
    return f.id


def add_link(window: ConfiguratorWindow, modal: Modal, other: str, name: str, policy_text: str, *, parents: bool) -> int:
    tab = window.parent_links if parents else window.child_links

    def fill(dialog: LinkDialog) -> None:
        choose(dialog.other, other)
        dialog.name.setText(name)
        choose(dialog.policy, policy_text)
        click_ok(dialog)

    modal(LinkDialog, fill)
    tab.add_button.click()
    modal.check()
    link = next(x for x in window.service.config.links if x.name == name)
    return link.id
