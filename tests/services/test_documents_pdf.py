"""PDF through LibreOffice: each job starts the program headless with its own throw-away profile and no restore
dialog, a job that hangs is ended at the timeout, a failure is reported. A stand-in script plays LibreOffice
for the process handling (a real process started the same way); the real LibreOffice (scripts/bootstrap.sh installs
it) makes two PDFs at once without the jobs colliding."""

from __future__ import annotations

import os
import shutil
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from supasoft.services.document_errors import DocumentError
from supasoft.services.document_pdf import to_pdf
from tests.services.document_files import docx

FAKE = """#!/bin/sh
echo "$@" >> "{log}"
{body}
"""
CONVERT = """for last; do true; done
out=""
prev=""
for arg; do [ "$prev" = "--outdir" ] && out="$arg"; prev="$arg"; done
printf '%%PDF-1.4 made from %s' "$(basename "$last")" > "$out/document.pdf"
"""


def fake_soffice(tmp_path: Path, body: str) -> tuple[str, Path]:
    log = tmp_path / "calls.log"
    script = tmp_path / "soffice"
    script.write_text(FAKE.format(log=log, body=body))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script), log


@pytest.mark.skipif(os.name != "posix", reason="the stand-in is a shell script")
def test_each_job_has_its_own_profile_and_no_restore_dialog(tmp_path: Path) -> None:
    program, log = fake_soffice(tmp_path, CONVERT)
    assert to_pdf(docx("one"), soffice=program) == b"%PDF-1.4 made from document.docx"
    assert to_pdf(docx("two"), soffice=program).startswith(b"%PDF")
    calls = log.read_text().splitlines()
    profiles = [next(a for a in call.split() if a.startswith("-env:UserInstallation=file://")) for call in calls]
    assert len(set(profiles)) == 2  # never shared between jobs (nor with the user's own LibreOffice)
    assert all({"--headless", "--norestore", "--convert-to", "pdf"} <= set(call.split()) for call in calls)
    assert not any(Path(p.split("file://", 1)[1]).exists() for p in profiles)  # thrown away after the job


@pytest.mark.skipif(os.name != "posix", reason="the stand-in is a shell script")
def test_a_hanging_job_ends_at_the_timeout(tmp_path: Path) -> None:
    program, _ = fake_soffice(tmp_path, "sleep 30")
    with pytest.raises(DocumentError, match="did not make the PDF within 1 seconds"):
        to_pdf(docx("x"), soffice=program, timeout=1)


@pytest.mark.skipif(os.name != "posix", reason="the stand-in is a shell script")
def test_a_failed_conversion_says_why(tmp_path: Path) -> None:
    program, _ = fake_soffice(tmp_path, 'echo "Error: source file could not be loaded" >&2; exit 1')
    with pytest.raises(DocumentError, match="could not make the PDF: Error: source file could not be loaded"):
        to_pdf(docx("x"), soffice=program)


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_two_real_conversions_at_once_do_not_collide() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        pdfs = list(pool.map(lambda text: to_pdf(docx(text), timeout=180), ["first letter", "second letter"]))
    assert all(pdf.startswith(b"%PDF") for pdf in pdfs)
    assert pdfs[0] != pdfs[1]  # each job converted its own document
