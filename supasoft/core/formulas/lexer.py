"""Tokenizer: turns formula text into tokens that remember where they came from, for error positions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from supasoft.core.formulas.errors import FormulaError

TokenKind = Literal["number", "string", "ref", "name", "op", "(", ")", ",", "end"]

#: Operators, longest first so "<=" wins over "<".
OPERATORS: tuple[str, ...] = ("<>", "!=", "<=", ">=", "=", "<", ">", "+", "-", "*", "/", "%", "^", "&")
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class Token:
    """One token; `text` is the raw text except for strings (unquoted) and refs (brace content)."""

    kind: TokenKind
    text: str
    pos: int
    length: int


def tokenize(text: str) -> list[Token]:
    """Split the text into tokens, ending with an "end" token; FormulaError on a bad character."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in _DIGITS or (ch == "." and i + 1 < n and text[i + 1] in _DIGITS):
            i = _number(text, i, tokens)
        elif ch in "\"'":
            i = _string(text, i, tokens)
        elif ch == "{":
            end = text.find("}", i + 1)
            if end < 0:
                raise FormulaError("Missing closing brace }", i, n - i)
            tokens.append(Token("ref", text[i + 1 : end], i, end + 1 - i))
            i = end + 1
        elif ch == "}":
            raise FormulaError("Closing brace } without an opening one", i, 1)
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("name", text[start:i], start, i - start))
        elif ch in "(),":
            tokens.append(Token(ch, ch, i, 1))  # type: ignore[arg-type]
            i += 1
        else:
            op = next((o for o in OPERATORS if text.startswith(o, i)), None)
            if op is None:
                raise FormulaError(f"Unexpected character {ch!r}", i, 1)
            tokens.append(Token("op", op, i, len(op)))
            i += len(op)
    tokens.append(Token("end", "", n, 0))
    return tokens


def _number(text: str, i: int, tokens: list[Token]) -> int:
    """Read digits with an optional dot decimal part; returns the index after it."""
    start, n = i, len(text)
    while i < n and text[i] in _DIGITS:
        i += 1
    if i < n and text[i] == ".":
        i += 1
        if i >= n or text[i] not in _DIGITS:
            raise FormulaError("A number needs digits after the decimal point", start, i - start)
        while i < n and text[i] in _DIGITS:
            i += 1
    tokens.append(Token("number", text[start:i], start, i - start))
    return i


def _string(text: str, i: int, tokens: list[Token]) -> int:
    """Read a quoted string; a doubled quote inside stands for one quote character."""
    quote, start, n = text[i], i, len(text)
    parts: list[str] = []
    i += 1
    while True:
        end = text.find(quote, i)
        if end < 0:
            raise FormulaError("Text is missing its closing quote", start, n - start)
        parts.append(text[i:end])
        if end + 1 < n and text[end + 1] == quote:
            parts.append(quote)
            i = end + 2
            continue
        tokens.append(Token("string", "".join(parts), start, end + 1 - start))
        return end + 1
