"""Pictures from file fields in a document: `{{ client.logo|image(40) }}` puts the picture 40 mm wide.

The picture is read through the RecordService with the record and field it belongs to, so the reader's rights
apply; only files of records the context was built from can be shown, and only real pictures (PNG, JPEG, GIF,
BMP, TIFF), which python-docx recognises.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from supasoft.core.fieldtypes import FileValue
from supasoft.core.messages import Message
from supasoft.services.document_errors import DocumentError

MAX_MM = 500  # wider than any page


class ImageFilter:
    """The `image` filter of one rendering: a file value to a docxtpl InlineImage, sized in millimetres."""

    def __init__(self, template: Any, files: dict[int, tuple[int, int, int]], read_file: Callable[..., tuple[str, bytes]]):
        self.template = template
        self.files = files
        self.read_file = read_file

    def __call__(self, value: Any, width: Any = None, height: Any = None) -> Any:
        from docx.image.exceptions import UnrecognizedImageError
        from docx.image.image import Image
        from docx.shared import Mm
        from docxtpl import InlineImage

        file_value = getattr(value, "value", None)
        if not isinstance(file_value, FileValue) or file_value.file_id not in self.files:
            return ""  # an empty field, a hidden one or something that is not a file prints nothing
        size = {"width": _mm(width, Mm), "height": _mm(height, Mm)}
        object_id, record_id, field_id = self.files[file_value.file_id]
        _, data = self.read_file(file_value.file_id, object_id=object_id, record_id=record_id, field_id=field_id)
        try:
            Image.from_blob(data)
        except (UnrecognizedImageError, ValueError, IndexError):  # python-docx's ways of not knowing a picture
            raise DocumentError(Message("{name} is not a picture the document can show", name=file_value.name)) from None
        return InlineImage(self.template, io.BytesIO(data), **size)


def _mm(value: Any, unit: Callable[[float], Any]) -> Any:
    if value is None:
        return None
    try:
        size = float(value)
    except (TypeError, ValueError):
        raise DocumentError(Message("A picture's size is a number of millimetres, not {value!r}", value=str(value))) from None
    if not 1 <= size <= MAX_MM:
        raise DocumentError(Message("A picture's size must be between 1 and {limit} mm", limit=MAX_MM))
    return unit(size)
