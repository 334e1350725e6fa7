"""Objects: numbering preview, rename with undo, reorder, duplicate, delete with uses, changes by another admin."""

from __future__ import annotations

from cfg_driving import add_field, add_link, add_object, answer, click_ok
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox

from supasoft.configurator.object_dialog import ObjectDialog
from supasoft.services.session import open_session


def names(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.objects.list.item(r).text() for r in range(window.objects.list.count())]


def test_numbering_preview_rename_and_undo(window, modal, session):  # type: ignore[no-untyped-def]
    obj = add_object(window, modal, "Order", "Orders")
    previews: list[str] = []

    def edit(dialog: ObjectDialog) -> None:
        dialog.name.setText("Sale")
        dialog.plural.setText("Sales")
        dialog.prefix.setText("ORD-")
        dialog.width.setValue(5)
        previews.append(dialog.preview.text())
        click_ok(dialog)

    modal(ObjectDialog, edit)
    window.objects.buttons["edit"].click()
    modal.check()
    assert previews == ["ORD-00042"]
    saved = session.configuration.object(obj)
    assert (saved.name, saved.plural, saved.code_prefix, saved.code_width) == ("Sale", "Sales", "ORD-", 5)
    assert names(window) == ["Sales"]
    window.undo_action.trigger()
    assert session.configuration.object(obj).name == "Order" and names(window) == ["Orders"]
    window.redo_action.trigger()
    assert session.configuration.object(obj).code_prefix == "ORD-"


def test_reorder_duplicate_and_delete_with_uses(window, modal, session, qtbot):  # type: ignore[no-untyped-def]
    client = add_object(window, modal, "Client", "Clients")
    add_field(window, modal, "Name", "String")
    order = add_object(window, modal, "Order", "Orders")
    add_link(window, modal, "Client", "Orders", "Refuse while children exist", parents=True)
    window.objects.buttons["up"].click()
    assert names(window) == ["Orders", "Clients"]
    assert [o.id for o in sorted(session.configuration.config.objects, key=lambda o: o.order)] == [order, client]
    window.undo_action.trigger()
    assert names(window) == ["Clients", "Orders"]
    assert window.objects.list.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)  # what a drag does
    qtbot.waitUntil(lambda: names(window) == ["Orders", "Clients"] and
                    min(session.configuration.config.objects, key=lambda o: o.order).id == order, timeout=2000)
    window.undo_action.trigger()

    window.objects.select(client)

    def copy(dialog: ObjectDialog) -> None:
        dialog.name.setText("Supplier")
        dialog.plural.setText("Suppliers")
        click_ok(dialog)

    modal(ObjectDialog, copy)
    window.objects.buttons["duplicate"].click()
    modal.check()
    supplier = session.configuration.config.object_by_name("Supplier")
    assert supplier is not None and [f.name for f in supplier.fields] == ["Name"]

    window.objects.select(client)
    seen: list[str] = []
    modal(QMessageBox, lambda box: answer(box, False, seen))
    window.objects.buttons["delete"].click()
    modal.check()
    assert "reference: Order.Client" in seen[0] and "backup" in seen[0]
    assert session.configuration.config.object_by_name("Client") is not None
    modal(QMessageBox, lambda box: answer(box, True, seen))
    window.objects.buttons["delete"].click()
    modal.check()
    assert session.configuration.config.object_by_name("Client") is None
    assert session.configuration.object(order).fields == []  # the reference went with it
    assert "Clients" not in names(window)
    assert list((session.backups.folder or window).glob("*.db"))  # type: ignore[union-attr]


def test_change_by_another_admin_is_picked_up(window, modal, session, tmp_path):  # type: ignore[no-untyped-def]
    add_object(window, modal, "Client", "Clients")
    other = open_session(tmp_path / "crm.db")
    try:
        other.configuration.add_object("Invoice", "Invoices")
    finally:
        other.close()
    assert window.poll() is True
    assert "Invoices" in names(window)
    assert window.poll() is False


def test_open_windows_hear_every_change(window, modal, session):  # type: ignore[no-untyped-def]
    heard: list[int] = []
    session.configuration.subscribe(lambda config: heard.append(config.version))  # what the main window does
    add_object(window, modal, "Client", "Clients")
    add_field(window, modal, "Name", "String")
    assert len(heard) >= 2 and heard == sorted(heard)


def test_a_refused_new_object_is_told_in_the_admins_language(window, modal, session, translations):  # type: ignore[no-untyped-def]
    add_object(window, modal, "Client", "Clients")
    translations("pl")
    seen: list[str] = []

    def duplicate_then_cancel(dialog: ObjectDialog) -> None:
        dialog.name.setText("Client")
        dialog.plural.setText("Customers")
        modal(ObjectDialog, lambda again: (seen.append(again.message.text()), again.reject()))
        click_ok(dialog)

    modal(ObjectDialog, duplicate_then_cancel)
    window.objects.buttons["add"].click()
    modal.check()
    assert seen == ["Obiekt o nazwie 'Client' już istnieje"]
