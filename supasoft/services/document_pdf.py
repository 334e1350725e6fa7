"""A .docx as PDF through LibreOffice: headless, its own throw-away profile per job (no restore dialog, no clash
with a LibreOffice the user has open), a timeout that ends the whole process group."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from supasoft.core.messages import Message
from supasoft.services.document_errors import DocumentError

SOFFICE_ENV = "SUPASOFT_SOFFICE"  # the LibreOffice program to use, when it is not on the PATH


def find_soffice(soffice: str | None = None) -> str:
    """The LibreOffice program: the one given, else $SUPASOFT_SOFFICE, else soffice/libreoffice on the PATH."""
    wanted = soffice or os.environ.get(SOFFICE_ENV)
    found = shutil.which(wanted) if wanted else (shutil.which("soffice") or shutil.which("libreoffice"))
    if not found:
        raise DocumentError(Message("PDF needs LibreOffice, which is not installed (or not found as {program}); "
                                    "save the document as .docx instead", program=wanted or "soffice"))
    return found


def to_pdf(document: bytes, *, soffice: str | None = None, timeout: float = 120) -> bytes:
    """The PDF of a .docx (DocumentError when LibreOffice is missing, fails or takes longer than `timeout` s)."""
    program = find_soffice(soffice)
    with tempfile.TemporaryDirectory(prefix="supasoft-pdf-") as folder:
        work = Path(folder)
        source = work / "document.docx"
        source.write_bytes(document)
        command = [program, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                   "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf", "--outdir", str(work), str(source)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                   start_new_session=True)
        try:
            _, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            if hasattr(os, "killpg"):
                os.killpg(process.pid, signal.SIGKILL)  # soffice and the soffice.bin it starts
            else:
                process.kill()
            process.communicate()
            raise DocumentError(Message("LibreOffice did not make the PDF within {seconds} seconds", seconds=int(timeout))) from None
        result = work / "document.pdf"
        if process.returncode != 0 or not result.exists():
            reason = (err.decode("utf-8", "replace").strip().splitlines() or [f"exit code {process.returncode}"])[0]
            raise DocumentError(Message("LibreOffice could not make the PDF: {reason}", reason=reason))
        return result.read_bytes()
