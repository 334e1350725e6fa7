"""Every UI text has a Polish and a Russian translation that keeps the source's placeholders, and the compiled .qm
files give those translations back (refresh with scripts/update_translations.sh; translations live in i18n_fill.py)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from supasoft.i18n import FOLDER

LANGS = ("pl", "ru")
# %1 / %n (Qt), %s / %d (Python %), {0} / {name} / {0!r} (str.format)
PLACEHOLDER = re.compile(r"%(?:n|\d+|[sd])|\{[A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
# Sources whose braces are not format fields but example text that is translated too (formula syntax).
BRACES_ARE_TEXT = {("FormulaEditor", "e.g. {Price} * {Quantity}  or  SUM({Lines.Cost})")}


def messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(FOLDER / f"supasoft_{lang}.ts").getroot()
    return [(context.findtext("name") or "", message) for context in root.findall("context")
            for message in context.findall("message")]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 500  # every UI package, not just the shell
    missing = []
    for context, message in found:
        translation = message.find("translation")
        texts = forms(message)
        if (translation is None or translation.get("type") is not None or not texts
                or any(not text.strip() for text in texts)):
            missing.append((context, message.findtext("source")))
        elif message.get("numerus") == "yes" and len(texts) != 3:  # Polish and Russian: one, few, many
            missing.append((context, message.findtext("source"), f"{len(texts)} plural forms"))
    assert not missing, f"{len(missing)} texts untranslated in supasoft_{lang}.ts: {missing[:20]}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_and_accelerators_are_kept(lang: str) -> None:
    wrong = []
    for context, message in messages(lang):
        source = message.findtext("source") or ""
        for text in forms(message):
            if (context, source) not in BRACES_ARE_TEXT and placeholders(text) != placeholders(source):
                wrong.append((context, source, text))
            if accelerators(text) != accelerators(source):
                wrong.append((context, source, text, "accelerator"))
            if source.endswith("…") != text.endswith("…"):
                wrong.append((context, source, text, "ellipsis"))
    assert not wrong, wrong


@pytest.fixture
def polish(qapp: QApplication) -> QTranslator:
    translator = QTranslator(qapp)
    assert translator.load(str(FOLDER / "supasoft_pl.qm"))
    return translator


@pytest.mark.parametrize(("context", "source", "expected"), [
    ("MainWindow", "&Records", "&Rekordy"),
    ("MainWindow", "&Access rights…", "&Uprawnienia dostępu…"),
    ("CardWindow", "Save", "Zapisz"),
    ("CardWindow", "History", "Historia"),
    ("ConfiguratorWindow", "Fields", "Pola"),
    ("Configurator", "Child records", "Rekordy podrzędne"),  # through configurator.common.tr
    ("Conditions", "is not", "nie jest równe"),  # the shared condition editor (rights, Configurator)
    ("AccessRightsWindow", "Audit log", "Dziennik zdarzeń"),
    ("FieldTypes", "Money", "Kwota"),  # core field type names
    ("FormulaEditor", "number", "liczba"),  # core formula result type
])
def test_polish_qm_translates(polish: QTranslator, context: str, source: str, expected: str) -> None:
    assert polish.translate(context, source) == expected


def test_polish_qm_has_plural_forms(polish: QTranslator) -> None:
    assert [polish.translate("TableTab", "%n record(s)", "", n) for n in (1, 3, 5)] == ["%n rekord", "%n rekordy", "%n rekordów"]


@pytest.mark.parametrize("lang", LANGS)
def test_qm_matches_ts(qapp: QApplication, lang: str) -> None:
    """The .qm was compiled from the current .ts (lrelease ran after the last translation)."""
    translator = QTranslator(qapp)
    assert translator.load(str(FOLDER / f"supasoft_{lang}.qm"))
    stale = [(context, message.findtext("source")) for context, message in messages(lang)
             if message.get("numerus") != "yes"
             and translator.translate(context, message.findtext("source") or "") != forms(message)[0]]
    assert not stale, stale


def test_every_package_with_qt_texts_is_read_by_lupdate() -> None:
    """A UI package missing from scripts/update_translations.sh would keep its texts English in every language."""
    root = FOLDER.parent
    script = (root.parent / "scripts" / "update_translations.sh").read_text(encoding="utf-8")
    listed = set(re.search(r"^for pkg in ([^;]+);", script, re.M).group(1).split())
    with_texts = {p.name for p in root.iterdir() if p.is_dir() and any(
        re.search(r"\.tr\(|QCoreApplication\.translate\(", f.read_text(encoding="utf-8")) for f in p.rglob("*.py"))}
    assert with_texts - listed == set()
