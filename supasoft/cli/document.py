"""`supasoft-admin document add OBJECT NAME FILE.docx`, `document list [OBJECT]` and
`document render OBJECT CODE [CODE...] TEMPLATE --out FILE.docx|.pdf|.zip`.

Every action runs as the logged-in user (--user) through the DocumentService: adding a template needs the
right to change the structure, rendering needs read and document rights and reads what the user may read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supasoft.core.errors import NotFound, SupasoftError

if TYPE_CHECKING:
    from supasoft.settings import Settings

OUTPUTS = (".docx", ".pdf", ".zip")


def add_document_command(sub: Any) -> None:
    """The `document` command group of the parser."""
    document = sub.add_parser("document", help="Word document templates: add one, list them, fill one from records")
    actions = document.add_subparsers(dest="document_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="check FILE.docx against OBJECT and store it as the template NAME")
    add.add_argument("object", help="object name, singular or plural")
    add.add_argument("name", help="the template's name")
    add.add_argument("file", type=Path)
    add.add_argument("--language", choices=("en", "pl", "ru"), help="language of dates and money (default: the database's)")
    add.add_argument("--default", action="store_true", help="make it the object's default template")
    add.add_argument("--replace", action="store_true", help="replace the file of the template NAME that exists")
    listing = actions.add_parser("list", help="the templates (of OBJECT), or with --placeholders the tags OBJECT offers")
    listing.add_argument("object", nargs="?", default=None)
    listing.add_argument("--placeholders", action="store_true", help="list the tags a template of OBJECT may use")
    listing.add_argument("--json", action="store_true")
    render = actions.add_parser("render", help="fill TEMPLATE from the records CODE... and write FILE")
    render.add_argument("object")
    render.add_argument("codes", nargs="+", metavar="CODE", help="record Codes (ORD-00012 or 12); the last word is TEMPLATE")
    render.add_argument("--out", type=Path, required=True, help="FILE.docx (several records: one document), FILE.pdf "
                                                               "(through LibreOffice) or FILE.zip (a .docx per record)")
    render.add_argument("--timeout", type=float, default=120, help="seconds LibreOffice may take for a PDF")


def run_document_command(args: argparse.Namespace, settings: Settings) -> int:
    """Open the database as the user, then add, list or render."""
    from supasoft.cli.commands import check_folder
    from supasoft.cli.connect import open_for

    if args.document_command == "render":
        if len(args.codes) < 2:
            raise SupasoftError("document render needs OBJECT, at least one CODE and TEMPLATE")
        if args.out.suffix.lower() not in OUTPUTS:
            raise SupasoftError(f"--out must end with {', '.join(OUTPUTS)}")
        check_folder(args.out, args.out)
    data = _read(args.file) if args.document_command == "add" else b""
    session = open_for(args, settings, create=False)
    try:
        from supasoft.services.documents import DocumentService

        documents = DocumentService(session.records)
        if args.document_command == "add":
            return _add(session, documents, args, data)
        if args.document_command == "list":
            return _list(session, documents, args)
        return _render(session, documents, args)
    finally:
        session.close()


def _object(session: Any, name: str) -> Any:
    obj = session.records.config.object_by_name(name)
    if obj is None:
        raise NotFound(f"There is no object named {name!r}")
    return obj


def _read(file: Path) -> bytes:
    from supasoft.cli.commands import file_problem

    try:
        return file.read_bytes()
    except OSError as exc:
        raise SupasoftError(f"Cannot read {file}: {file_problem(exc)}") from None


def _add(session: Any, documents: Any, args: argparse.Namespace, data: bytes) -> int:
    from supasoft.services.document_errors import DocumentError

    obj = _object(session, args.object)
    try:
        if args.replace:
            existing = documents.find(obj.id, args.name)
            documents.replace_template(existing.id, data, args.file.name)
            template_id = existing.id
            if args.default:
                documents.set_default(template_id)
        else:
            template_id = documents.add_template(obj.id, args.name, data, file_name=args.file.name, language=args.language,
                                                 default=True if args.default else None)
    except DocumentError as exc:
        if len(exc.problems) > 1:  # one line per problem, the whole list on stderr
            raise SupasoftError(f"{args.file} cannot be used:\n  " + "\n  ".join(str(p) for p in exc.problems)) from None
        raise
    print(f"{'Replaced' if args.replace else 'Added'} template {args.name} for {obj.plural} (#{template_id})")
    return 0


def _list(session: Any, documents: Any, args: argparse.Namespace) -> int:
    if args.placeholders:
        if args.object is None:
            raise SupasoftError("--placeholders needs OBJECT")
        found = documents.placeholders(_object(session, args.object).id)
        if args.json:
            print(json.dumps([{"name": p.name, "tag": p.tag, "label": p.label, "kind": p.kind} for p in found],
                             ensure_ascii=False, indent=2))
        else:
            for p in found:
                print(f"{p.tag}\t{p.label}")
        return 0
    object_id = _object(session, args.object).id if args.object is not None else None
    templates = documents.list_templates(object_id)
    plural = {o.id: o.plural for o in session.records.config.objects}
    if args.json:
        print(json.dumps([{"id": t.id, "object": plural[t.object_id], "name": t.name, "file": t.file_name,
                           "default": t.is_default, "language": t.language} for t in templates], ensure_ascii=False, indent=2))
    else:
        for t in templates:
            print(f"{plural[t.object_id]}\t{t.name}\t{t.file_name}{chr(9) + 'default' if t.is_default else ''}")
    return 0


def _render(session: Any, documents: Any, args: argparse.Namespace) -> int:
    from supasoft.cli.commands import file_problem

    obj = _object(session, args.object)
    *codes, template_name = args.codes
    template = documents.find(obj.id, template_name)
    record_ids = [_record_id(session, obj, code) for code in codes]
    suffix = args.out.suffix.lower()
    if suffix == ".pdf":
        data = documents.render_pdf(obj.id, record_ids, template.id, timeout=args.timeout)
    elif suffix == ".zip":
        data = documents.render_zip(obj.id, record_ids, template.id)
    else:
        data = documents.render_many(obj.id, record_ids, template.id)
    try:
        args.out.write_bytes(data)
    except OSError as exc:
        raise SupasoftError(f"Cannot write {args.out}: {file_problem(exc)}") from None
    print(f"Wrote {args.out} ({len(record_ids)} record{'s' if len(record_ids) != 1 else ''}, template {template.name})")
    return 0


def _record_id(session: Any, obj: Any, code: str) -> int:
    """A record's id by its Code as shown (ORD-00012) or its number, among the records the user may read."""
    from supasoft.core.errors import SchemaError
    from supasoft.core.meta import Condition, FilterGroup
    from supasoft.services.record_model import ListQuery

    try:
        rows = session.records.list(obj.id, ListQuery(filter=FilterGroup("and", [Condition((), "eq", code)]), limit=1))
    except SchemaError:
        rows = []
    if not rows:
        raise NotFound(f"{obj.name} {code} does not exist (or you may not read it)")
    return int(rows[0].id)
