"""Precedence-climbing parser: tokens to an unresolved syntax tree, with a hard nesting limit.

Precedence, loosest first: OR, AND, NOT, comparisons (not chainable), &, + -, * / %,
unary minus, ^ (right-associative, so -2^2 = -4 and 2^3^2 = 2^9).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext

from supasoft.core.formulas.ast import Binary, Call, Chain, Literal, Logic, Node, Ref, Unary
from supasoft.core.formulas.errors import MAX_DEPTH, MAX_MAGNITUDE_DIGITS, PRECISION, FormulaError
from supasoft.core.formulas.lexer import Token, tokenize
from supasoft.core.numbers import MAX_NUMBER_TEXT

_LEVEL: dict[str, int] = {
    "OR": 1,
    "AND": 2,
    "=": 4,
    "<>": 4,
    "!=": 4,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "&": 5,
    "+": 6,
    "-": 6,
    "*": 7,
    "/": 7,
    "%": 7,
    "^": 9,
}
_COMPARE, _POWER, _NOT_OPERAND, _UNARY_OPERAND = 4, 9, 4, 9
_KEYWORDS = {"TRUE": True, "FALSE": False}


def parse(text: str) -> Node:
    """Parse formula text into an unresolved tree; FormulaError on any syntax problem."""
    return _Parser(tokenize(text)).parse()


def _span(first: Node, last: Node) -> tuple[int, int]:
    """pos and length covering two nodes."""
    return first.pos, last.pos + last.length - first.pos


class _Parser:
    """Holds the token stream and the current nesting depth."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.i = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def advance(self) -> Token:
        tok = self.tokens[self.i]
        if tok.kind != "end":
            self.i += 1
        return tok

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise FormulaError("The formula is empty", 0, 0)
        node = self.expr(1)
        tok = self.peek()
        if tok.kind != "end":
            raise self.unexpected(tok)
        return node

    @staticmethod
    def op_of(tok: Token) -> str | None:
        """The binary operator a token stands for, if any (AND/OR are keywords)."""
        if tok.kind == "op":
            return tok.text
        if tok.kind == "name" and tok.text.upper() in ("AND", "OR"):
            return tok.text.upper()
        return None

    def unexpected(self, tok: Token) -> FormulaError:
        if tok.kind == "end":
            return FormulaError("The formula ends too early", tok.pos, 0)
        shown = {"string": "text", "ref": "field", "number": "number"}.get(tok.kind)
        return FormulaError(f"Unexpected {shown or tok.text}", tok.pos, tok.length)

    def expr(self, min_prec: int) -> Node:
        """Parse operators binding at least as tightly as min_prec."""
        self.depth += 1
        if self.depth > MAX_DEPTH + 1:  # the whole formula is level 0
            tok = self.tokens[self.i - 1]  # what opened this level: "(", an operator or a comma
            raise FormulaError(
                f"The formula is nested too deeply (more than {MAX_DEPTH} levels)", tok.pos, tok.length
            )
        try:
            left = self.prefix()
            while True:
                op = self.op_of(self.peek())
                prec = _LEVEL.get(op) if op else None
                if prec is None or prec < min_prec:
                    return left
                if prec in (_COMPARE, _POWER):
                    left = self.binary(left, prec)
                else:
                    left = self.chain(left, prec)
        finally:
            self.depth -= 1

    def binary(self, left: Node, prec: int) -> Node:
        """A comparison (one at a time) or a right-associative power."""
        tok = self.advance()
        op = "<>" if tok.text == "!=" else tok.text
        right = self.expr(prec if prec == _POWER else prec + 1)
        pos, length = _span(left, right)
        node = Binary(pos=pos, length=length, op=op, op_pos=tok.pos, left=left, right=right)
        nxt = self.peek()
        if prec == _COMPARE and _LEVEL.get(self.op_of(nxt) or "") == _COMPARE:
            raise FormulaError("Compare two values at a time; join comparisons with AND", nxt.pos, nxt.length)
        return node

    def chain(self, left: Node, prec: int) -> Node:
        """All consecutive operators of one left-associative level, as one n-ary node."""
        operands, ops, spans = [left], [], []
        while True:
            op = self.op_of(self.peek())
            if op is None or _LEVEL.get(op) != prec:
                break
            tok = self.advance()
            ops.append(op)
            spans.append((tok.pos, tok.length))
            operands.append(self.expr(prec + 1))
        pos, length = _span(operands[0], operands[-1])
        if ops[0] in ("AND", "OR"):
            return Logic(pos=pos, length=length, op=ops[0], operands=tuple(operands))
        return Chain(pos=pos, length=length, ops=tuple(ops), op_spans=tuple(spans), operands=tuple(operands))

    def prefix(self) -> Node:
        """Unary minus/plus and NOT, else a primary."""
        tok = self.peek()
        if tok.kind == "op" and tok.text in ("-", "+"):
            self.advance()
            operand = self.expr(_UNARY_OPERAND)
        elif tok.kind == "name" and tok.text.upper() == "NOT":
            self.advance()
            operand = self.expr(_NOT_OPERAND)
        else:
            return self.primary()
        op = "NOT" if tok.kind == "name" else tok.text
        return Unary(pos=tok.pos, length=operand.pos + operand.length - tok.pos, op=op, operand=operand)

    def primary(self) -> Node:
        tok = self.advance()
        if tok.kind == "number":
            return Literal(pos=tok.pos, length=tok.length, value=_number(tok))
        if tok.kind == "string":
            return Literal(pos=tok.pos, length=tok.length, value=tok.text)
        if tok.kind == "ref":
            return _ref(tok)
        if tok.kind == "(":
            node = self.expr(1)
            self.expect_close(tok)
            return node
        if tok.kind == "name":
            word = tok.text.upper()
            if self.peek().kind == "(":
                return self.call(tok)
            if word in _KEYWORDS:
                return Literal(pos=tok.pos, length=tok.length, value=_KEYWORDS[word])
            if word == "NULL":
                return Literal(pos=tok.pos, length=tok.length, value=None)
            if word in ("AND", "OR", "NOT"):
                raise self.unexpected(tok)
            raise FormulaError(
                f"Unknown name {tok.text}; write field names in braces, like {{{tok.text}}}",
                tok.pos,
                tok.length,
            )
        raise self.unexpected(tok)

    def expect_close(self, opening: Token) -> Token:
        tok = self.peek()
        if tok.kind != ")":
            if tok.kind == "end":
                raise FormulaError("Missing closing parenthesis", opening.pos, 1)
            raise self.unexpected(tok)
        return self.advance()

    def call(self, name: Token) -> Node:
        """NAME(arg, ...); arity and types are checked by the typer."""
        opening = self.advance()
        args: list[Node] = []
        if self.peek().kind != ")":
            while True:
                args.append(self.expr(1))
                if self.peek().kind != ",":
                    break
                self.advance()
        close = self.expect_close(opening)
        return Call(
            pos=name.pos,
            length=close.pos + 1 - name.pos,
            name=name.text.upper(),
            name_length=name.length,
            args=tuple(args),
        )


def _number(tok: Token) -> Decimal:
    """A number literal, rounded to the working precision; huge literals are refused."""
    whole, _, fraction = tok.text.partition(".")
    if len(whole.lstrip("0")) > MAX_MAGNITUDE_DIGITS:
        raise FormulaError("The number is too large", tok.pos, tok.length)
    if len(whole) + len(fraction) > MAX_MAGNITUDE_DIGITS + MAX_NUMBER_TEXT:  # bounded before Decimal() (core.numbers)
        raise FormulaError("The number has too many digits", tok.pos, tok.length)
    try:
        with localcontext(prec=PRECISION):
            value = +Decimal(tok.text)
    except InvalidOperation:  # pragma: no cover - the lexer only lets digits through
        raise FormulaError("Not a number", tok.pos, tok.length) from None
    if value and value.adjusted() >= MAX_MAGNITUDE_DIGITS:  # 999...9 rounded up to 10^1000
        raise FormulaError("The number is too large", tok.pos, tok.length)
    return value


def _ref(tok: Token) -> Ref:
    """Split `{A.B}` into trimmed names with their own positions."""
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    offset = tok.pos + 1
    for part in tok.text.split("."):
        name = part.strip()
        if not name:
            raise FormulaError("A field name is missing inside the braces", offset, len(part))
        start = offset + (len(part) - len(part.lstrip()))
        names.append(name)
        spans.append((start, len(name)))
        offset += len(part) + 1
    return Ref(pos=tok.pos, length=tok.length, names=tuple(names), spans=tuple(spans))
