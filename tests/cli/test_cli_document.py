"""supasoft-admin document add / list / render on every backend: a checked template is stored, listed with its
default, filled from an order by its Code into .docx (read back with python-docx) or a zip; problems end in stderr
lines without a traceback, and a PDF without LibreOffice says so."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from supasoft.services.session import Session
from tests.cli.cli_run import admin, assert_refused
from tests.services.document_files import docx, table_rows, texts
from tests.services.document_orders import LINES_TABLE, ORDER_TEMPLATE, make_order

pytestmark = pytest.mark.all_backends


@pytest.fixture
def target(lite: Session) -> Iterator[str]:
    yield lite.storage.database.url if lite.storage.kind == "firebird" else str(lite.storage.database.path)


@pytest.fixture
def offer(tmp_path: Path) -> Path:
    file = tmp_path / "offer.docx"
    file.write_bytes(docx(*ORDER_TEMPLATE, table=LINES_TABLE))
    return file


def test_add_list_and_render(lite: Session, target: str, offer: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    ids = make_order(lite, lines=2)
    code, out, err = admin(capsys, "--database", target, "document", "add", "orders", "Offer", str(offer))
    assert code == 0, err
    assert out.startswith("Added template Offer for Orders")
    code, out, err = admin(capsys, "--database", target, "document", "list")
    assert (code, out) == (0, "Orders\tOffer\toffer.docx\tdefault\n"), err
    result = tmp_path / "out.docx"
    code, out, err = admin(capsys, "--database", target, "document", "render", "Order", ids["order_code"], "offer",
                           "--out", str(result))
    assert code == 0, err
    assert texts(result.read_bytes())[0] == f"Order {ids['order_code']} of 2025-03-14"
    assert [row[0] for row in table_rows(result.read_bytes())] == ["Product", "Widget", "Gadget", "Total"]
    archive = tmp_path / "all.zip"
    number = ids["order_code"].removeprefix("ORD-")
    code, out, err = admin(capsys, "--database", target, "document", "render", "Order", "ORD-00001", number, "Offer",
                           "--out", str(archive))
    assert code == 0, err
    assert sorted(zipfile.ZipFile(io.BytesIO(archive.read_bytes())).namelist()) == sorted(["ORD-00001.docx", f"{ids['order_code']}.docx"])


def test_placeholders_are_listed(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = admin(capsys, "--database", target, "document", "list", "Order", "--placeholders")
    assert code == 0, err
    assert "{{ client.name }}\tClient → Name\n" in out and "{%tr for line in lines %}\tLines: a table row per line\n" in out


def test_problems_end_in_clear_lines(lite: Session, target: str, offer: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    ids = make_order(lite, lines=1)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(docx("{{ nothing }}", "{{ client.nme }}"))
    code, out, err = admin(capsys, "--database", target, "document", "add", "Order", "Bad", str(bad))
    assert code == 1 and "Traceback" not in err
    assert "Unknown name nothing near “{{ nothing }}”" in err and "Unknown name client.nme near “{{ client.nme }}”" in err
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"not a document")
    assert_refused(*admin(capsys, "--database", target, "document", "add", "Order", "Junk", str(junk))[::2],
                   "This file is not a Word document")
    assert_refused(*admin(capsys, "--database", target, "document", "add", "Nope", "X", str(offer))[::2],
                   "There is no object named 'Nope'")
    assert admin(capsys, "--database", target, "document", "add", "Order", "Offer", str(offer))[0] == 0
    assert_refused(*admin(capsys, "--database", target, "document", "render", "Order", "ORD-99999", "Offer",
                          "--out", str(tmp_path / "x.docx"))[::2], "Order ORD-99999 does not exist")
    assert_refused(*admin(capsys, "--database", target, "document", "render", "Order", ids["order_code"], "Invoice",
                          "--out", str(tmp_path / "x.docx"))[::2], "There is no document template named Invoice")
    assert_refused(*admin(capsys, "--database", target, "document", "render", "Order", ids["order_code"], "Offer",
                          "--out", str(tmp_path / "x.odt"))[::2], "--out must end with .docx, .pdf, .zip")


def test_pdf_without_libreoffice(lite: Session, target: str, offer: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    ids = make_order(lite, lines=1)
    monkeypatch.setenv("SUPASOFT_SOFFICE", str(tmp_path / "missing-soffice"))
    assert admin(capsys, "--database", target, "document", "add", "Order", "Offer", str(offer))[0] == 0
    code, _, err = admin(capsys, "--database", target, "document", "render", "Order", ids["order_code"], "Offer",
                         "--out", str(tmp_path / "x.pdf"))
    assert_refused(code, err, "PDF needs LibreOffice, which is not installed")
    assert not (tmp_path / "x.pdf").exists()
