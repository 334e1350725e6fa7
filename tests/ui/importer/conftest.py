"""Import wizard fixtures: the shell's main window over a Lite copy with Records → Import… installed, and files
to import written by the tests themselves (a cp1251 CSV, an .xlsx made with openpyxl, a two-table SQLite database)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QTimer

from supasoft.importer.wizard import ImportWizard
from supasoft.shell.main_window import MainWindow
from tests.ui.shell.conftest import cards, fresh_modal_pollers, ids, qsettings_in_tmp, window  # noqa: F401 - fixtures


@pytest.fixture
def import_window(window: MainWindow) -> Iterator[MainWindow]:  # noqa: F811 - the imported fixture
    from supasoft.importer.menu import install_import

    install_import(window)
    yield window
    wizard = getattr(window, "import_wizard", None)
    if wizard is not None:
        wizard.reject()
    window.close()
    for timer in window.findChildren(QTimer):  # the navigator's recount after the import must not outlive the database
        timer.stop()


def open_wizard(main: MainWindow) -> ImportWizard:
    """Records → Import…, as a user clicks it."""
    main.actions["import"].trigger()
    wizard = main.import_wizard
    assert isinstance(wizard, ImportWizard)
    return wizard


def cp1251_csv(folder: Path, lines: list[str], name: str = "products.csv") -> Path:
    path = folder / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    return path


def workbook(folder: Path, sheets: dict[str, list[list[object]]], name: str = "products.xlsx") -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = folder / name
    book.save(path)
    return path


def two_table_database(folder: Path) -> Path:
    """Another program's database: Customers and Products with its own keys."""
    path = folder / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE Customers (CustomerID TEXT PRIMARY KEY, CompanyName TEXT, City TEXT)")
        conn.executemany("INSERT INTO Customers VALUES (?, ?, ?)", [("VINET", "Vins et alcools", "Reims"),
                                                                   ("TOMSP", "Toms Spezialitäten", "Münster")])
        conn.execute("CREATE TABLE Products (ProductID INTEGER PRIMARY KEY, ProductName TEXT, UnitPrice REAL)")
        conn.executemany("INSERT INTO Products VALUES (?, ?, ?)", [(1, "Chai", 18.0), (2, "Chang", 19.0), (3, "Aniseed Syrup", 10.0)])
    conn.close()
    return path
