"""The import dialog shows every problem of a broken configuration file before Apply, and Apply stays disabled."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from supasoft.configurator.configurator_window import ConfiguratorWindow
from supasoft.core.serialization import configuration_to_json
from supasoft.services.session import open_session
from supasoft.services.setup import initialize


def test_broken_file_lists_its_problems_and_cannot_be_applied(tmp_path, qtbot):  # type: ignore[no-untyped-def]
    source = open_session(tmp_path / "lite.db")
    try:
        initialize(source, "lite")
        doc = json.loads(configuration_to_json(source.configuration.config))
    finally:
        source.close()
    doc["objects"][3]["fields"][4]["formula"] = "{Foo} + 1"
    doc["links"][0]["field"] = 999_999
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    target = open_session(tmp_path / "empty.db")
    try:
        window = ConfiguratorWindow(target)
        qtbot.addWidget(window)
        dialog = window.transfer.plan_dialog(Path(broken))
        assert dialog is not None
        qtbot.addWidget(dialog)
        shown = dialog.message.text()
        assert "objects[3].fields[4].formula: Unknown field {Foo}" in shown
        assert "links[0].field: field 999999 is not a field of Contact" in shown
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert target.configuration.config.objects == []
    finally:
        target.close()
