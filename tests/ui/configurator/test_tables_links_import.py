"""Tables with filters, link policies, catalogs in references, and export/import through the plan dialog."""

from __future__ import annotations

from pathlib import Path

from cfg_driving import add_field, add_link, add_object, choose
from PySide6.QtWidgets import QDialogButtonBox

from supasoft.configurator.configurator_window import ConfiguratorWindow
from supasoft.core.meta import Condition
from supasoft.services.record_model import ListQuery
from supasoft.services.session import open_session


def test_table_with_filter_and_edit(window, modal, session):  # type: ignore[no-untyped-def]
    task = add_object(window, modal, "Task", "Tasks")
    title = add_field(window, modal, "Title", "String")
    status = add_field(window, modal, "Status", "Choice list", choices=["Open", "Done"])
    for t, s in (("Call back", "Open"), ("Send offer", "Done")):
        r = session.records.new(task)
        r.values.update({title: t, status: s})
        session.records.save(r)
    tables = window.tables
    tables.buttons["new"].click()
    tables.name.setText("Open tasks")
    tables.tree.select_names("Title")
    tables.buttons["add_column"].click()
    row = tables.filter.add_row()
    choose(row.field, "Status")
    choose(row.op, "is")
    row.value.setText("Open")
    tables.buttons["save"].click()
    saved = session.configuration.config.lists_of(task)[0]
    assert saved.filter is not None and saved.filter.items == [Condition((status,), "eq", "Open")]
    rows = session.records.list(task, ListQuery(columns=[c.path for c in saved.columns], filter=saved.filter))
    assert [r.cells[1] for r in rows] == ["Call back"]
    tables.columns.setCurrentCell(1, 0)
    tables.buttons["up"].click()
    tables.buttons["save"].click()
    assert [c.path for c in session.configuration.config.lists_of(task)[0].columns] == [(title,), ()]
    window.undo_action.trigger()
    assert [c.path for c in session.configuration.config.lists_of(task)[0].columns] == [(), (title,)]


def test_link_policy_and_catalog_reference(window, modal, session):  # type: ignore[no-untyped-def]
    status = add_object(window, modal, "Status", "Statuses", catalog=True)
    deal = add_object(window, modal, "Deal", "Deals")
    add_field(window, modal, "Stage", "Reference", target="Status")
    assert session.configuration.object(deal).field_by_name("Stage").target == status  # type: ignore[union-attr]
    client = add_object(window, modal, "Client", "Clients")
    link = add_link(window, modal, "Deal", "Deals", "Refuse while children exist", parents=False)
    tab = window.child_links
    assert tab.table.rowCount() == 1
    combo = tab.table.cellWidget(0, 2)
    choose(combo, "Keep the children, clear the link")
    assert session.configuration.config.link_by_id(link).on_delete == "clear"
    assert session.configuration.config.link_by_id(link).parent == client


def test_export_then_import_into_an_empty_database(window, modal, session, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    add_object(window, modal, "Client", "Clients", prefix="CL-", width=3)
    add_field(window, modal, "Name", "String", required=True)
    exported = tmp_path / "structure.json"
    window.transfer.export_to(exported)
    other = open_session(tmp_path / "second.db")
    try:
        second = ConfiguratorWindow(other)
        qtbot.addWidget(second)
        dialog = second.transfer.plan_dialog(Path(exported))
        assert dialog is not None
        assert "create object Client (1 fields)" in dialog.text.toPlainText()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert not dialog.isVisible() or dialog.result() == 1
        client = other.configuration.config.object_by_name("Client")
        assert client is not None and client.code_prefix == "CL-" and [f.name for f in client.fields] == ["Name"]
        assert second.objects.list.count() == 1
        again = second.transfer.plan_dialog(Path(exported))
        assert again is not None and "already the same" in again.text.toPlainText()
        assert not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    finally:
        other.close()
