"""Word documents from .docx templates (issue 15): templates per object, checked when added, filled from a record.

Rights: anyone who may read an object sees its templates; adding, replacing, deleting and choosing the default
need `configure` (a template is code that runs on the reader's data, reliability.md §2); filling one needs
`read` and `document` on the object, and the record is read as the user may read it (document_context).
Rendering happens in the sandbox of document_sandbox, never in a plain Jinja environment.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import Any

from jinja2.exceptions import SecurityError, TemplateError

from supasoft.core.errors import NotFound, SchemaError
from supasoft.core.fieldtypes import FileValue
from supasoft.core.fieldtypes.roles import is_file
from supasoft.core.messages import Message, listing
from supasoft.services.document_check import check_source, open_template, template_source, text_lines
from supasoft.services.document_context import ContextBuilder, ObjectSlots, SlotPlanner
from supasoft.services.document_errors import DocumentError
from supasoft.services.document_filters import value_filters
from supasoft.services.document_images import ImageFilter
from supasoft.services.document_merge import merge_documents
from supasoft.services.document_pdf import to_pdf
from supasoft.services.document_placeholders import Placeholder, placeholder_list
from supasoft.services.document_sandbox import DocumentEnvironment, TooMuchWork, parsed, refused, too_much
from supasoft.storage import document_store

MAX_NAME = 200
LANGUAGE_KEY = "template_language"  # the database's language (services.setup writes it)

__all__ = ["DocumentError", "DocumentService", "DocumentTemplate", "Placeholder"]


@dataclass
class DocumentTemplate:
    """A template as listed: its object, name, file name, whether it is the object's default."""

    id: int
    object_id: int
    name: str
    file_name: str
    is_default: bool
    language: str | None


class DocumentService:
    """Templates and documents of the session's user (the RecordService carries storage, structure and rights)."""

    def __init__(self, records: Any):
        self.records = records
        self.storage = records.basis.storage
        self.access = records.access
        self.actor = records.actor

    # --- templates ------------------------------------------------------------------------------------
    def list_templates(self, object_id: int | None = None) -> list[DocumentTemplate]:
        """The templates of one object (or all) on objects the user may read, by object and name."""
        if object_id is not None:
            self.records.obj(object_id)
            self.access.require("read", object_id)
        objects = {o.id for o in self.records.config.objects}
        with self.storage.connect() as conn:
            found = document_store.list_templates(conn, object_id)
        return [_listed(t) for t in found if t.object_id in objects and self.access.allowed("read", t.object_id)]

    def find(self, object_id: int, name: str) -> DocumentTemplate:
        """A template of an object by its name (case ignored), or its id written as a number."""
        wanted = name.strip().casefold()
        for t in self.list_templates(object_id):
            if t.name.casefold() == wanted or (wanted.isdigit() and t.id == int(wanted)):
                return t
        raise NotFound(Message("There is no document template named {name}", name=name))

    def default_template(self, object_id: int) -> DocumentTemplate | None:
        return next((t for t in self.list_templates(object_id) if t.is_default), None)

    def check_template(self, object_id: int, data: bytes) -> list[str]:
        """What is wrong with a template for this object: each unknown name with its place (empty: fine).
        A file that is not a .docx, a syntax error or a reach outside the data raises DocumentError."""
        self.records.obj(object_id)
        template = open_template(data)
        return check_source(self.planner().root(object_id), template_source(template))

    def add_template(self, object_id: int, name: str, data: bytes, *, file_name: str = "", language: str | None = None,
                     default: bool | None = None) -> int:
        """Store a checked template; the object's first one becomes its default. Problems raise DocumentError."""
        self.access.require("configure")
        name = _checked_name(name)
        problems = self.check_template(object_id, data)
        if problems:
            raise DocumentError(listing(problems), problems)
        existing = self.list_templates(object_id)
        same = next((t for t in existing if t.name.casefold() == name.casefold()), None)
        if same is not None:
            raise SchemaError(Message("{object} already has a document template named {name}",
                                      object=self.records.obj(object_id).name, name=same.name))
        with self.storage.begin() as conn:
            template_id = document_store.insert_template(
                conn, object_id, name, (file_name or f"{name}.docx")[:255], data,
                is_default=False, language=language, user_id=self.actor.user_id)
            if default or (default is None and not existing):
                document_store.set_default(conn, object_id, template_id)
        return template_id

    def replace_template(self, template_id: int, data: bytes, file_name: str = "") -> None:
        """A new version of a template's file, checked like a new one."""
        self.access.require("configure")
        stored = self._stored(template_id)
        problems = self.check_template(stored.object_id, data)
        if problems:
            raise DocumentError(listing(problems), problems)
        with self.storage.begin() as conn:
            document_store.replace_data(conn, template_id, file_name or stored.file_name, data, self.actor.user_id)

    def set_default(self, template_id: int) -> None:
        self.access.require("configure")
        stored = self._stored(template_id)
        with self.storage.begin() as conn:
            document_store.set_default(conn, stored.object_id, template_id)

    def delete_template(self, template_id: int) -> None:
        self.access.require("configure")
        self._stored(template_id)
        with self.storage.begin() as conn:
            document_store.delete_template(conn, template_id)

    def template_file(self, template_id: int) -> tuple[str, bytes]:
        """The template's file name and bytes (to edit it in Word)."""
        stored = self._stored(template_id)
        return stored.file_name, stored.data

    def _stored(self, template_id: int) -> document_store.StoredTemplate:
        with self.storage.connect() as conn:
            stored = document_store.template_by_id(conn, template_id)
        objects = {o.id for o in self.records.config.objects}
        if stored is None or stored.object_id not in objects or not self.access.allowed("read", stored.object_id):
            raise NotFound(Message("Document template #{id} does not exist", id=template_id))
        return stored

    # --- placeholders ---------------------------------------------------------------------------------
    def planner(self) -> SlotPlanner:
        return SlotPlanner(self.records)

    def placeholders(self, object_id: int) -> list[Placeholder]:
        """Every name a template of this object may use, with the exact tag to copy (loops over detail sets too)."""
        self.records.obj(object_id)
        self.access.require("read", object_id)
        return placeholder_list(self.planner().root(object_id))

    # --- documents ------------------------------------------------------------------------------------
    def render(self, object_id: int, record_id: int, template_id: int) -> bytes:
        """One record's document as .docx bytes (NotFound when the user may not read the record)."""
        return self.render_many(object_id, [record_id], template_id)

    def render_many(self, object_id: int, record_ids: list[int], template_id: int) -> bytes:
        """Several records' documents merged into one .docx, a page break between them."""
        return merge_documents(self.render_each(object_id, record_ids, template_id))

    def render_zip(self, object_id: int, record_ids: list[int], template_id: int) -> bytes:
        """Several records' documents as a .zip of .docx files named by the records' Codes."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            used: set[str] = set()
            for (code, document) in zip(self._codes(object_id, record_ids), self.render_each(object_id, record_ids, template_id), strict=True):
                name = _unique(f"{_safe_file_name(code)}.docx", used)
                archive.writestr(name, document)
        return out.getvalue()

    def render_each(self, object_id: int, record_ids: list[int], template_id: int) -> list[bytes]:
        """Each record's document on its own, in the order given."""
        self.records.obj(object_id)
        self.access.require("read", object_id)
        self.access.require("document", object_id)
        stored = self._stored(template_id)
        if stored.object_id != object_id:
            raise SchemaError(Message("Document template {name} is for another object", name=stored.name))
        slots = self.planner().root(object_id)
        builder = ContextBuilder(self.records, self.language(stored), self._user_name())
        return [self._fill(stored.data, slots, builder, self.records.get(object_id, rid)) for rid in record_ids]

    def render_pdf(self, object_id: int, record_ids: list[int], template_id: int, *, soffice: str | None = None,
                   timeout: float = 120) -> bytes:
        """The merged document as PDF through LibreOffice (DocumentError when it is not installed)."""
        return to_pdf(self.render_many(object_id, record_ids, template_id), soffice=soffice, timeout=timeout)

    def keep_on_record(self, object_id: int, record_id: int, template_id: int, field_id: int, file_name: str = "") -> Any:
        """Fill the template and store the document in the record's file field (a new version of the record,
        its history naming the document); needs the right to change the record."""
        obj = self.records.obj(object_id)
        f = obj.field_by_id(field_id)
        if not is_file(f):
            raise SchemaError(Message("{field} is not a file field", field=f.name))
        document = self.render(object_id, record_id, template_id)
        record = self.records.get(object_id, record_id)
        stored = self._stored(template_id)
        record.values[field_id] = FileValue(file_name or f"{stored.name} {record.code_text}.docx".strip(), data=document)
        return self.records.save(record)

    def language(self, stored: document_store.StoredTemplate) -> str:
        """The template's own language, else the database's."""
        return stored.language or self.storage.get_info(LANGUAGE_KEY) or "en"

    def _user_name(self) -> str:
        users = self.records.users
        if self.actor.user_id is not None and users is not None:
            for person in users.people():
                if person.id == self.actor.user_id:
                    return person.full_name or person.login
        return self.actor.name

    def _codes(self, object_id: int, record_ids: list[int]) -> list[str]:
        return [self.records.get(object_id, rid).code_text or str(rid) for rid in record_ids]

    def _fill(self, data: bytes, slots: ObjectSlots, builder: ContextBuilder, record: Any) -> bytes:
        template = open_template(data)
        env = DocumentEnvironment()
        source = template_source(template)
        parsed(env, source, text_lines(source))  # syntax and underscore attributes refused before anything runs
        context = builder.context(slots, record)
        env.filters.update(value_filters(builder.locale))
        env.filters["image"] = ImageFilter(template, builder.files, self.records.read_file)
        try:
            template.render(context, jinja_env=env, autoescape=True)
        except TooMuchWork as exc:
            raise DocumentError(too_much(str(exc))) from None
        except OverflowError as exc:  # the sandbox's own range limit
            raise DocumentError(too_much(str(exc).split(".")[0])) from None
        except SecurityError as exc:
            raise DocumentError(refused(str(exc))) from None
        except TemplateError as exc:
            raise DocumentError(Message("The template cannot be filled: {problem}", problem=str(exc))) from None
        out = io.BytesIO()
        template.save(out)
        return out.getvalue()


def _listed(t: document_store.StoredTemplate) -> DocumentTemplate:
    return DocumentTemplate(t.id, t.object_id, t.name, t.file_name, t.is_default, t.language)


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise SchemaError(Message("A document template needs a name of at most {limit} characters", limit=MAX_NAME))
    return name


def _safe_file_name(text: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_ ." else "_" for c in text).strip(" .")
    return cleaned or "document"


def _unique(name: str, used: set[str]) -> str:
    stem, suffix, n = name[:-5], name[-5:], 2
    while name in used:
        name = f"{stem}_{n}{suffix}"
        n += 1
    used.add(name)
    return name
