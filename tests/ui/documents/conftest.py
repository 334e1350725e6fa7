"""Documents UI fixtures: a Lite order with three lines, a stored template, the main window with the Documents menu,
and an opener that records the files it is asked to open instead of starting a program."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from supasoft.documents.opening import set_opener
from supasoft.services.documents import DocumentService
from supasoft.services.session import Session
from supasoft.shell.main_window import MainWindow
from tests.services.document_files import docx
from tests.services.document_orders import LINES_TABLE, ORDER_TEMPLATE, make_order
from tests.ui.shell.conftest import cards, fresh_modal_pollers, qsettings_in_tmp, window  # noqa: F401 - fixtures


class Opened:
    """The files the documents UI asked the system to open, in order."""

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def __call__(self, path: Path) -> None:
        self.paths.append(path)


@pytest.fixture
def opened() -> Iterator[Opened]:
    recorder = Opened()
    previous = set_opener(recorder)
    yield recorder
    set_opener(previous)


@pytest.fixture
def order(lite: Session) -> dict[str, Any]:
    """The Lite ids, an order with three lines, and its Offer template (the default)."""
    ids = make_order(lite, lines=3)
    ids["template"] = DocumentService(lite.records).add_template(
        ids["order"], "Offer", docx(*ORDER_TEMPLATE, table=LINES_TABLE), file_name="offer.docx")
    return ids


@pytest.fixture
def docs_window(window: MainWindow) -> Iterator[MainWindow]:  # noqa: F811 - the imported fixture
    from supasoft.documents.menu import install_documents, uninstall_card_button

    install_documents(window)
    yield window
    uninstall_card_button()
    window.close()
