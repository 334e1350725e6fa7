"""Saving a long report or list as PDF runs in a worker: the window stays live, a progress dialog counts the pages
and Cancel stops it without leaving a file behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from supasoft.reports.printing import pdf_in_background
from supasoft.widgets.busy import BusyTask
from tests.ui.reports.pdf_read import pdf_page_texts


def _long_table(rows: int) -> str:
    lines = "".join(f"<tr><td>Client {i}</td><td align='right'>{i * 1.5:.2f}</td></tr>" for i in range(rows))
    return f"<table border='1'><thead><tr><th>Client</th><th>Sum</th></tr></thead><tbody>{lines}</tbody></table>"


def test_a_long_pdf_is_written_while_the_window_stays_live(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    handled: list[bool] = []
    QTimer.singleShot(0, lambda: handled.append(True))  # an event the window handles while the PDF is written
    target = tmp_path / "long.pdf"
    pages = pdf_in_background(parent, target, "Long list", "All records", _long_table(2500))
    assert pages > 20 and target.exists() and not list(tmp_path.glob(".*partial*"))
    assert handled == [True]  # handled before the call returned: the GUI thread ran its events during the work
    texts = pdf_page_texts(target)
    assert len(texts) == pages and "Client2499" in texts[-1]


def test_cancel_stops_the_pdf_and_leaves_no_file(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, BusyTask.cancel_all)  # the user presses Cancel while it writes (the first event it handles)
    target = tmp_path / "long.pdf"
    assert pdf_in_background(parent, target, "Long list", "", _long_table(4000)) == 0
    assert not target.exists() and not list(tmp_path.iterdir())
