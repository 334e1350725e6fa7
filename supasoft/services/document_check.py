"""Checking a .docx template against an object's placeholders before it is stored.

The source checked is what docxtpl renders: the body, headers and footers after its patch_xml (which joins the
tags Word split into several runs), one line per paragraph, so an error is placed at the paragraph's text.
Names are resolved through the placeholder tree: `client.nme` is reported by its whole path; a loop variable
over a detail set knows the line's fields; `{% set %}` names, `loop` and `range` are known.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from jinja2 import nodes

from supasoft.core.messages import Message
from supasoft.services.document_context import ObjectSlots
from supasoft.services.document_errors import DocumentError
from supasoft.services.document_filters import FILTER_NAMES
from supasoft.services.document_sandbox import DocumentEnvironment, parsed, snippet

_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
_TAG = re.compile(r"<[^>]+>")
LEAF, ANY = "leaf", "any"
FILLING_FILTERS = ("image", *FILTER_NAMES)  # filters the filling adds to the environment (documents.py)


@dataclass
class ListShape:
    """A detail set in the name tree: a list whose items have `item`'s names."""

    item: dict[str, Any]


def open_template(data: bytes) -> Any:
    """A DocxTemplate of the bytes; anything that is not a Word .docx is a DocumentError."""
    from docxtpl import DocxTemplate

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocumentError(Message("This file is not a Word document (.docx)"))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/document.xml" not in archive.namelist():
            raise DocumentError(Message("This file is not a Word document (.docx)"))
    template = DocxTemplate(io.BytesIO(data))
    try:
        template.init_docx()
    except Exception:  # python-docx's many ways of refusing a damaged package
        raise DocumentError(Message("This Word document is damaged and cannot be read")) from None
    return template


def template_source(template: Any) -> str:
    """Body, headers and footers as docxtpl renders them, a line per paragraph."""
    from docx.opc.oxml import parse_xml

    parts = [template.patch_xml(template.get_xml())]
    for uri in (_HEADER, _FOOTER):
        for _key, part in template.get_headers_footers(uri):
            parts.append(template.patch_xml(template.xml_to_string(parse_xml(part.blob))))
    return "\n".join(re.sub(r"<w:p([ >])", r"\n<w:p\1", xml) for xml in parts)


def text_lines(source: str) -> list[str]:
    """The source's lines with the XML tags removed: what a person sees in that paragraph."""
    return [html.unescape(_TAG.sub("", line)) for line in source.split("\n")]


def name_tree(slots: ObjectSlots, root: bool = True) -> dict[str, Any]:
    """The names a template may use, as nested dicts (LEAF: a value, ListShape: a detail set)."""
    tree: dict[str, Any] = {"code": LEAF}
    for slot in slots.fields:
        tree[slot.name] = name_tree(slot.target, False) if slot.target is not None else LEAF
    if root:
        tree["today"] = tree["user"] = LEAF
        for s in slots.sets:
            tree[s.name] = ListShape(name_tree(s.lines, False))
            tree[s.totals_name] = {t.name: LEAF for t in s.totals}
    return tree


class NameChecker:
    """Walks a template's syntax tree and collects the names it uses that the object lacks, with their place."""

    def __init__(self, tree: dict[str, Any], lines: list[str], filters: set[str] | None = None,
                 tests: set[str] | None = None):
        self.tree = tree
        self.lines = lines
        self.filters, self.tests = filters, tests  # None: not checked
        self.unknown: list[tuple[str, str]] = []
        self.unknown_filters: list[tuple[str, str]] = []  # filters and tests the filling would not find

    def check(self, template: nodes.Template) -> list[tuple[str, str]]:
        self._walk(template, {})
        return self.unknown

    def _walk(self, node: nodes.Node, scope: dict[str, Any]) -> None:
        if isinstance(node, nodes.For):
            self._resolve(node.iter, scope)
            inner = dict(scope, loop=ANY)
            shape = self._resolve(node.iter, scope, report=False)
            for target in _names(node.target):
                inner[target] = shape.item if isinstance(shape, ListShape) else ANY
            for child in (*node.body, *( [node.test] if node.test is not None else [])):
                self._walk(child, inner)
            for child in node.else_:
                self._walk(child, scope)
            return
        if isinstance(node, (nodes.Assign, nodes.AssignBlock)):
            for name in _names(node.target):
                scope[name] = ANY
            for child in node.iter_child_nodes(exclude=("target",)):
                self._walk(child, scope)
            return
        if isinstance(node, nodes.Macro):
            inner = dict(scope, **{a.name: ANY for a in node.args}, caller=ANY, varargs=ANY, kwargs=ANY)
            scope[node.name] = ANY
            for child in node.body:
                self._walk(child, inner)
            return
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
            self._resolve(node, scope)
            return
        known = self.filters if isinstance(node, nodes.Filter) else self.tests if isinstance(node, nodes.Test) else None
        if known is not None and node.name not in known and all(node.name != n for n, _ in self.unknown_filters):  # type: ignore[attr-defined]
            self.unknown_filters.append((node.name, snippet(self.lines, node.lineno)))  # type: ignore[attr-defined]
        for child in node.iter_child_nodes():
            self._walk(child, scope)

    def _resolve(self, node: nodes.Node, scope: dict[str, Any], report: bool = True) -> Any:
        """The shape an expression has (ANY when unknown or not a plain path); unknown paths are reported."""
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            if node.name in self.tree:
                return self.tree[node.name]
            if node.name not in ("range", "loop"):
                self._report(node.name, node, report)
            return ANY
        key = None
        if isinstance(node, nodes.Getattr):
            key = node.attr
        elif isinstance(node, nodes.Getitem):
            if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                key = node.arg.value
            elif report:
                self._walk(node.arg, scope)
        if key is None and not isinstance(node, (nodes.Getattr, nodes.Getitem)):
            if report:
                self._walk(node, scope)
            return ANY
        base = self._resolve(node.node, scope, report)  # type: ignore[attr-defined]
        if isinstance(base, dict) and key is not None:
            if key in base:
                return base[key]
            self._report(_path(node), node, report)
        return ANY

    def _report(self, name: str, node: nodes.Node, report: bool) -> None:
        if report and all(name != known for known, _ in self.unknown):
            self.unknown.append((name, snippet(self.lines, node.lineno)))


def _names(target: nodes.Node) -> list[str]:
    if isinstance(target, nodes.Name):
        return [target.name]
    if isinstance(target, nodes.Tuple):
        return [n for item in target.items for n in _names(item)]
    return []


def _path(node: nodes.Node) -> str:
    """`client.nme` as written (a computed key shows as [...])."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_path(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        key = node.arg.value if isinstance(node.arg, nodes.Const) else "[...]"
        return f"{_path(node.node)}.{key}"
    return "…"


def check_source(slots: ObjectSlots, source: str) -> list[str]:
    """Problems of a template source as messages (empty: it can be stored); a syntax error raises at once."""
    lines = text_lines(source)
    env = DocumentEnvironment()
    tree = parsed(env, source, lines)
    checker = NameChecker(name_tree(slots), lines, filters={*env.filters, *FILLING_FILTERS}, tests=set(env.tests))
    unknown = checker.check(tree)
    return ([Message("Unknown name {name} near “{snippet}”", name=name, snippet=where) for name, where in unknown]
            + [Message("Unknown filter {name} near “{snippet}”", name=name, snippet=where)
               for name, where in checker.unknown_filters])
