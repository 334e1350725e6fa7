"""The file editor: attach from a path (bytes in the value), save, clear, size cap, stored files."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.core.fieldtypes import FileValue
from supasoft.core.meta import FieldDef
from supasoft.widgets.editors import FileEditor, create_editor

DATA = bytes(range(256)) * 10


@pytest.fixture
def editor(qtbot) -> FileEditor:
    widget = create_editor(FieldDef(id=40, name="Umowa", type="file"))
    assert isinstance(widget, FileEditor)
    qtbot.addWidget(widget)
    return widget


def test_attach_gives_a_value_with_bytes(qtbot, editor: FileEditor, tmp_path: Path) -> None:
    path = tmp_path / "umowa zażółć №1.pdf"
    path.write_bytes(DATA)
    assert editor.value() is None
    assert not editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.changed):
        assert editor.attach_file(path)
    value = editor.value()
    assert isinstance(value, FileValue)
    assert value.name == "umowa zażółć №1.pdf"
    assert value.data == DATA
    assert value.file_id is None
    assert "umowa zażółć №1.pdf" in editor.label.text()
    assert editor.save_button.isEnabled() and editor.clear_button.isEnabled()


def test_save_writes_attached_bytes(editor: FileEditor, tmp_path: Path) -> None:
    src = tmp_path / "a.bin"
    src.write_bytes(DATA)
    editor.attach_file(src)
    out = tmp_path / "out.bin"
    assert editor.save_file(out)
    assert out.read_bytes() == DATA


def test_stored_file_is_saved_through_the_card(qtbot, editor: FileEditor, tmp_path: Path) -> None:
    stored = FileValue(name="oferta.docx", file_id=17, size=2048)
    editor.set_value(stored)
    assert "oferta.docx" in editor.label.text()
    with qtbot.waitSignal(editor.save_requested) as blocker:
        assert editor.save_file(tmp_path / "x.docx")
    assert blocker.args == [stored, str(tmp_path / "x.docx")]


def test_clear(qtbot, editor: FileEditor) -> None:
    editor.set_value(FileValue(name="x.txt", file_id=1, size=3))
    with qtbot.waitSignal(editor.changed):
        editor.clear()
    assert editor.value() is None
    assert not editor.clear_button.isEnabled()


def test_too_big_or_missing_file_is_refused(qtbot, tmp_path: Path) -> None:
    widget = create_editor(FieldDef(id=41, name="Mały", type="file", max_bytes=100))
    qtbot.addWidget(widget)
    assert isinstance(widget, FileEditor)
    big = tmp_path / "big.bin"
    big.write_bytes(DATA)
    assert not widget.attach_file(big)
    assert widget.value() is None
    assert widget.error()
    assert not widget.attach_file(tmp_path / "missing.bin")
    assert widget.error()


def test_read_only_blocks_attach_and_clear(editor: FileEditor) -> None:
    editor.set_value(FileValue(name="x.txt", file_id=1, size=3))
    editor.set_read_only(True)
    assert not editor.attach_button.isEnabled()
    assert not editor.clear_button.isEnabled()
    assert editor.save_button.isEnabled()
