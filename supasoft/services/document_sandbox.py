"""The one Jinja environment documents render in: sandboxed, autoescaped, plain data only.

Templates come from users, so they must not reach Python: SandboxedEnvironment refuses attributes starting
with an underscore (`''.__class__`), `str.format` tricks and huge ranges; on top of it a template is refused
before rendering when it names any underscore attribute (`cycler.__init__.__globals__`), the globals are only
`range`, a record's fields are looked up as keys (never as dict methods), repeating text or raising to powers
is bounded, and an unsafe access that slips through raises instead of printing nothing.
"""

from __future__ import annotations

from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.runtime import ChainableUndefined
from jinja2.sandbox import SandboxedEnvironment, safe_range

from supasoft.core.messages import Message
from supasoft.services.document_errors import DocumentError

MAX_REPEAT = 100_000  # characters or items `*` may build
MAX_POWER = 64
MAX_STEPS = 1_000_000  # range() items one rendering may ask for, loops inside loops added up


class TooMuchWork(SecurityError):
    """A template asked for more work than a document needs (a huge range, repeat or power)."""


class BlankUndefined(ChainableUndefined):
    """A missing value (a hidden field, an empty reference) prints nothing; an unsafe attribute raises."""

    def __str__(self) -> str:
        if self._undefined_exception is SecurityError:
            self._fail_with_undefined_error()
        return ""

    def __html__(self) -> str:
        return str(self)


class DocumentEnvironment(SandboxedEnvironment):
    """SandboxedEnvironment with autoescape, no globals but range, and records read by key."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=BlankUndefined)
        self.steps = 0
        self.globals = {"range": self._range}

    def _range(self, *args: int) -> range:
        """range() with one budget for the whole rendering, so loops inside loops stay bounded."""
        result = safe_range(*args)
        self.steps += len(result)
        if self.steps > MAX_STEPS:
            raise TooMuchWork(f"loops of more than {MAX_STEPS:,} steps")
        return result

    def getattr(self, obj: Any, attribute: str) -> Any:
        """`client.name` is the key "name" of a record's dict, never one of dict's methods."""
        if isinstance(obj, dict):
            if attribute.startswith("_"):
                return self.unsafe_undefined(obj, attribute)
            return obj[attribute] if attribute in obj else self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """`'x' * 10**9` and `9 ** 9 ** 9` are refused instead of eating the memory or the processor."""
        if operator == "**" and _number(right) and abs(right) > MAX_POWER:
            raise TooMuchWork(f"a power above {MAX_POWER}")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and _number(count) and len(seq) * count > MAX_REPEAT:
                    raise TooMuchWork(f"a repeat longer than {MAX_REPEAT:,}")
        return super().call_binop(context, operator, left, right)


def _number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def private_attributes(tree: nodes.Template) -> list[str]:
    """Underscore attributes a template names (`.__class__`, `['__globals__']`, `|attr('__init__')`)."""
    found = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter)):
        if isinstance(node, nodes.Getattr):
            name = node.attr
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            name = node.arg.value
        elif isinstance(node, nodes.Filter) and node.name == "attr" and node.args and isinstance(node.args[0], nodes.Const):
            name = str(node.args[0].value)
        else:
            continue
        if name.startswith("_"):
            found.append(name)
    return found


def parsed(env: DocumentEnvironment, source: str, lines: list[str]) -> nodes.Template:
    """The template's syntax tree; a syntax error or a reach outside the data is a DocumentError with its place."""
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        raise DocumentError(Message("The template has an error near “{snippet}”: {problem}",
                                    snippet=snippet(lines, exc.lineno), problem=exc.message or str(exc))) from None
    private = private_attributes(tree)
    if private:
        raise DocumentError(refused(", ".join(sorted(set(private)))))
    return tree


def too_much(what: str) -> Message:
    return Message("The template asks for too much work ({what}); it is refused", what=what)


def refused(what: str) -> Message:
    return Message("The template tries to reach something outside the record's data ({what}); it is refused", what=what)


def snippet(lines: list[str], lineno: int | None, width: int = 80) -> str:
    """The text of the paragraph at a line of the template source (tags removed), shortened."""
    if not lineno or lineno > len(lines):
        return ""
    text = " ".join(lines[lineno - 1].split())
    return text if len(text) <= width else text[: width - 1] + "…"
