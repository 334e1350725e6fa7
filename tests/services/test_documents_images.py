"""Pictures from file fields fill a document on every backend: sized in millimetres, read with the reader's rights,
kept in merged documents; a file that is not a picture is a clear error."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from docx import Document

from supasoft.core.fieldtypes import FileValue
from supasoft.core.meta import FieldDef
from supasoft.services.document_errors import DocumentError
from supasoft.services.documents import DocumentService
from supasoft.services.session import Session
from tests.services.document_files import docx
from tests.services.document_orders import make_order

pytestmark = pytest.mark.all_backends


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A real PNG of one colour (made by hand: no imaging library needed)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def pictures(data: bytes) -> list[tuple[bytes, int]]:
    """Each inline picture's bytes and width (EMU), in document order."""
    document = Document(io.BytesIO(data))
    out = []
    for shape in document.inline_shapes:
        rel_id = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        out.append((document.part.related_parts[rel_id].blob, shape.width))
    return out


@pytest.fixture
def logo(lite: Session) -> dict:
    ids = make_order(lite, lines=1)
    field = lite.configuration.add_field(ids["client"], FieldDef(0, "Logo", "file"))
    client = lite.records.get(ids["client"], ids["the_client"])
    client.values[field.id] = FileValue("logo.png", data=png(4, 2, (200, 30, 30)))
    lite.records.save(client)
    ids["logo"] = field.id
    return ids


def test_a_picture_from_a_referenced_record(lite: Session, logo: dict) -> None:
    documents = DocumentService(lite.records)
    tags = {p.tag: p.kind for p in documents.placeholders(logo["order"])}
    assert tags["{{ client.logo|image(40) }}"] == "image" and tags["{{ client.logo }}"] == "value"
    template = documents.add_template(logo["order"], "Offer", docx("Logo: {{ client.logo|image(40) }} ({{ client.logo }})"))
    out = documents.render(logo["order"], logo["the_order"], template)
    assert pictures(out) == [(png(4, 2, (200, 30, 30)), 40 * 36000)]
    assert Document(io.BytesIO(out)).paragraphs[0].text == "Logo:  (logo.png)"


def test_pictures_survive_a_merge(lite: Session, logo: dict) -> None:
    other = make_order(lite, lines=1, tag=" 2")
    client = lite.records.get(other["client"], other["the_client"])
    client.values[logo["logo"]] = FileValue("blue.png", data=png(3, 3, (0, 0, 255)))
    lite.records.save(client)
    documents = DocumentService(lite.records)
    template = documents.add_template(logo["order"], "Offer", docx("{{ client.logo|image(20) }}"))
    merged = documents.render_many(logo["order"], [logo["the_order"], other["the_order"]], template)
    assert [blob for blob, _ in pictures(merged)] == [png(4, 2, (200, 30, 30)), png(3, 3, (0, 0, 255))]


def test_a_file_that_is_not_a_picture_is_a_clear_error(lite: Session, logo: dict) -> None:
    client = lite.records.get(logo["client"], logo["the_client"])
    client.values[logo["logo"]] = FileValue("notes.txt", data=b"just text")
    lite.records.save(client)
    documents = DocumentService(lite.records)
    template = documents.add_template(logo["order"], "Offer", docx("{{ client.logo|image(40) }}"))
    with pytest.raises(DocumentError, match="notes.txt is not a picture the document can show"):
        documents.render(logo["order"], logo["the_order"], template)
    with pytest.raises(DocumentError, match="between 1 and 500 mm"):
        documents.render(logo["order"], logo["the_order"],
                         documents.add_template(logo["order"], "Huge", docx("{{ client.logo|image(100000) }}")))
