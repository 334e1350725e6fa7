"""Filling a template from records, step by step so long work reports progress and can stop: one document per
record, then merged, zipped or converted to PDF. Plain Python: it runs in a worker thread."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from supasoft.documents.opening import safe_file_name
from supasoft.services.document_merge import merge_documents
from supasoft.services.document_pdf import find_soffice, to_pdf
from supasoft.services.documents import DocumentService
from supasoft.widgets.busy import Cancelled, ProgressCallback

DOCX, PDF, ZIP = "docx", "pdf", "zip"


@dataclass
class FillRequest:
    """Which records, which template, and what to make of them (docx merged, zip of docx, or PDF merged)."""

    object_id: int
    record_ids: list[int]
    template_id: int
    template_name: str
    output: str = DOCX
    codes: list[str] = field(default_factory=list)  # filled while rendering, for names

    def file_name(self) -> str:
        """`Offer ORD-00012.docx` for one record, `Offer.docx`/`Offer.zip`/`Offer.pdf` for several."""
        suffix = {DOCX: ".docx", PDF: ".pdf", ZIP: ".zip"}[self.output]
        title = self.template_name
        if len(self.record_ids) == 1 and self.codes:
            title = f"{title} {self.codes[0]}"
        return safe_file_name(title, suffix)


def check_pdf_possible() -> None:
    """Raise the service's clear DocumentError when LibreOffice is not installed (before any work starts)."""
    find_soffice()


def fill(documents: DocumentService, request: FillRequest, progress: ProgressCallback) -> bytes:
    """The finished file's bytes; progress counts records, then one more step for merging (and converting to PDF)."""
    total = len(request.record_ids) + (0 if request.output == ZIP else 1)
    parts: list[bytes] = []
    request.codes = []
    for done, record_id in enumerate(request.record_ids):
        if not progress(done, total):
            raise Cancelled()
        parts += documents.render_each(request.object_id, [record_id], request.template_id)
        request.codes.append(documents.records.get(request.object_id, record_id).code_text or str(record_id))
    if not progress(len(request.record_ids), total):
        raise Cancelled()
    if request.output == ZIP:
        return zipped(parts, request.codes)
    merged = parts[0] if len(parts) == 1 else merge_documents(parts)
    if request.output == PDF:
        merged = to_pdf(merged)
    progress(total, total)
    return merged


def keep_all(documents: DocumentService, request: FillRequest, field_id: int, progress: ProgressCallback) -> int:
    """Each record's document stored in its file field (a new version of each record); how many were kept."""
    kept = 0
    for done, record_id in enumerate(request.record_ids):
        if not progress(done, len(request.record_ids)):
            raise Cancelled()
        documents.keep_on_record(request.object_id, record_id, request.template_id, field_id)
        kept += 1
    progress(kept, len(request.record_ids))
    return kept


def zipped(parts: list[bytes], codes: list[str]) -> bytes:
    """A .zip with one .docx per record, named by its Code (a number added when two names meet)."""
    out = io.BytesIO()
    used: set[str] = set()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for code, document in zip(codes, parts, strict=True):
            name = safe_file_name(code, ".docx")
            n = 2
            while name.casefold() in used:
                name = safe_file_name(f"{code}_{n}", ".docx")
                n += 1
            used.add(name.casefold())
            archive.writestr(name, document)
    return out.getvalue()
