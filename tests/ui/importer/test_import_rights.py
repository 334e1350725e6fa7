"""The wizard offers only what the user may import: objects they may create or change records of, fields they may
change; without any such right Records → Import… is greyed out. A file that cannot be read is said in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from supasoft.importer.menu import install_import, open_import_wizard
from supasoft.services.session import Session
from supasoft.settings import Settings
from supasoft.shell.main_window import MainWindow
from tests.ui.importer.conftest import cp1251_csv, open_wizard
from tests.ui.importer.test_import_wizard import next_page, read_file

PASSWORD = "pass-word-1"


def window_for(qtbot, session: Session) -> MainWindow:  # noqa: ANN001
    window = MainWindow(session, Settings(), database_label="office.db")
    qtbot.addWidget(window)
    install_import(window)
    return window


@pytest.fixture
def clerk(lite: Session, ids: dict[str, int]) -> Iterator[Session]:
    """May create and change clients, but not change their notes; may only read products."""
    lite.users.create_user("boss", PASSWORD, "Boss")
    clerk = lite.users.create_user("cleo", PASSWORD, "Cleo Clerk")
    lite.users.grant(("user", clerk), ids["client"], "full")
    lite.users.grant(("user", clerk), ids["product"], "read")
    lite.users.grant_field(("user", clerk), ids["client"], ids["client.notes"], "read_only")
    lite.login("cleo", PASSWORD)
    yield lite


def test_only_objects_and_fields_the_user_may_write_are_offered(qtbot, clerk: Session, ids: dict[str, int],
                                                                tmp_path: Path) -> None:  # noqa: ANN001
    window = window_for(qtbot, clerk)
    assert window.actions["import"].isEnabled()
    window.open_object(ids["product"])
    wizard = open_import_wizard(window)
    combo = wizard.file_page.object_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [ids["client"]]  # products: read only
    read_file(qtbot, wizard, cp1251_csv(tmp_path, ["Name;Notes", "Nowy klient;tekst"]))
    next_page(qtbot, wizard)
    field = wizard.mapping_page.field_combo(1)
    offered = [field.itemText(i) for i in range(field.count())]
    assert "Name" in offered and "Notes" not in offered and field.currentText() == "— leave out —"
    wizard.reject()
    window.relay.detach()


def test_import_is_greyed_out_without_any_right_to_write(qtbot, lite: Session, ids: dict[str, int]) -> None:  # noqa: ANN001
    lite.users.create_user("boss", PASSWORD, "Boss")
    reader = lite.users.create_user("rita", PASSWORD, "Rita Reader")
    lite.users.grant(("user", reader), ids["client"], "read")
    lite.login("rita", PASSWORD)
    window = window_for(qtbot, lite)
    assert not window.actions["import"].isEnabled()
    window.relay.detach()


def test_a_file_that_is_not_a_workbook_is_refused_in_words(qtbot, import_window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a workbook")
    wizard = open_wizard(import_window)
    wizard.file_page.set_path(broken)
    assert wizard.file_page.status.text() == "broken.xlsx is not an .xlsx workbook"
    assert not wizard.file_page.isComplete()
