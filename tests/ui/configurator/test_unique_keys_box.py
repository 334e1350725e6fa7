"""The Unique keys list under an object's fields: Add key… ticks fields and adds the key (listed with its fields);
a key over records sharing values is refused inside the dialog with the service's message; Remove takes it away."""

from __future__ import annotations

from cfg_driving import click_ok

from supasoft.configurator.configurator_window import ConfiguratorWindow
from supasoft.configurator.unique_keys_box import UniqueKeyDialog
from supasoft.core.meta import FieldDef
from supasoft.services.session import Session


def lines(window: ConfiguratorWindow, session: Session) -> tuple[int, dict[str, int]]:
    """A Line with Order no, Product, Quantity and a long Note, chosen on the left."""
    cfg = session.configuration
    oid = cfg.add_object("Line", "Lines", code_prefix="L-").id
    ids = {name: cfg.add_field(oid, FieldDef(0, name, kind, length=40 if kind == "string" else None)).id
           for name, kind in (("Order no", "string"), ("Product", "string"), ("Quantity", "integer"), ("Note", "text"))}
    window.objects.select(oid)
    return oid, ids


def listed(window: ConfiguratorWindow) -> list[str]:
    keys = window.fields.keys.keys
    return [keys.item(i).text() for i in range(keys.count())]


def test_a_key_is_added_with_chosen_fields_and_removed(window: ConfiguratorWindow, session: Session, modal) -> None:  # type: ignore[no-untyped-def]
    oid, ids = lines(window, session)
    box = window.fields.keys
    assert listed(window) == [] and box.add_button.isEnabled() and not box.remove_button.isEnabled()
    offered: list[str] = []

    def add(dialog: UniqueKeyDialog) -> None:
        offered.extend(dialog.fields.item(i).text() for i in range(dialog.fields.count()))
        dialog.name.setText("Once per order")
        dialog.check(ids["Order no"])
        dialog.check(ids["Product"])
        click_ok(dialog)

    modal(UniqueKeyDialog, add)
    box.add_button.click()
    modal.check()
    assert offered == ["Order no", "Product", "Quantity"]  # a long text cannot be part of a key
    assert listed(window) == ["Once per order: Order no, Product"]
    assert [k.fields for k in session.configuration.object(oid).unique_keys] == [(ids["Order no"], ids["Product"])]
    box.keys.setCurrentRow(0)
    assert box.remove_button.isEnabled()
    box.remove_button.click()
    assert listed(window) == [] and session.configuration.object(oid).unique_keys == []
    assert window.undo.undoText() == "Remove unique key Once per order"
    window.undo_action.trigger()  # the key comes back
    assert listed(window) == ["Once per order: Order no, Product"]
    window.undo_action.trigger()  # and its addition is taken back too
    assert listed(window) == [] and session.configuration.object(oid).unique_keys == []


def test_a_key_over_shared_values_is_refused_in_the_dialog(window: ConfiguratorWindow, session: Session, modal) -> None:  # type: ignore[no-untyped-def]
    oid, ids = lines(window, session)
    for _ in range(2):
        record = session.records.new(oid)
        record.values.update({ids["Order no"]: "A-1", ids["Product"]: "Chai"})
        session.records.save(record)
    seen: dict[str, object] = {}

    def add(dialog: UniqueKeyDialog) -> None:
        dialog.check(ids["Order no"])
        dialog.check(ids["Product"])
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        dialog.reject()

    modal(UniqueKeyDialog, add)
    window.fields.keys.add_button.click()
    modal.check()
    assert seen == {"open": True, "message": "2 records share the values A-1 / Chai of Order no, Product; "
                                             "make them different before adding the unique key"}
    assert listed(window) == [] and session.configuration.object(oid).unique_keys == []
