"""Every text of the shell is translated into Polish and Russian, with the plural forms each language needs."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from supasoft.i18n import FOLDER

SHELL_CONTEXTS = {"MainWindow", "TableTab", "Navigator", "Filter", "About", "Startup", "TrashTab", "FilterBuilderDialog",
                  "GroupEditor", "ConditionRow", "ValueInput", "ColumnsDialog", "BulkSetDialog", "SaveViewDialog",
                  "Fields", "BusyTask", "ViewSaver", "TableRights", "Launcher", "UserGuideDialog"}


@pytest.mark.parametrize("lang", ["pl", "ru"])
def test_shell_texts_are_translated(lang: str) -> None:
    root = ET.parse(FOLDER / f"supasoft_{lang}.ts").getroot()
    seen = set()
    for context in root.findall("context"):
        name = context.findtext("name")
        if name not in SHELL_CONTEXTS:
            continue
        seen.add(name)
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, (name, message.findtext("source"))
            if message.get("numerus") == "yes":
                assert len(translation.findall("numerusform")) == 3, message.findtext("source")
    assert seen == SHELL_CONTEXTS
    assert (FOLDER / f"supasoft_{lang}.qm").stat().st_size > 1000
