"""One side of an equation, read on its own by the one reader (general.py): parsed to its AST within its limits.

A side longer than MAX_SIDE_CHARS or nested deeper than MAX_NESTING is not read (SymPy is not linear); a
parse failure makes only that side unreadable, never the document.
Also the post's slip of a missing row break (`P = e^{-E}/Z Z = ...`): found on the parsed sides.
"""
from __future__ import annotations

import re

from .general import parse_general
from .mapped import Mapped
from .read_error import ReadError

MAX_SIDE_CHARS = 20_000     # a side longer than this is not read (SymPy is not linear)
MAX_NESTING = 100           # braces/parentheses nested deeper than this are not read
# The fixed objects a row can define: Z, L (alone or applied), P and E applied to a state.
_DEFINED_ALONE = {"Z", "L"}
_DEFINED_APPLIED = {"Z", "L", "P", "p", "E"}


def _definable(ast) -> bool:
    """Z_Theta, L, P_Theta(x), E(x): the fixed object a definition row starts with."""
    if not isinstance(ast, tuple):
        return False
    if ast[0] == "sym":
        return ast[1] in _DEFINED_ALONE
    return ast[0] == "app" and ast[1][0] == "sym" and ast[1][1] in _DEFINED_APPLIED


def _split_missing_break(sides: list, relations: list):
    """`a = b Z = c` -> (1, head text end, offset): side 1's product ends in a fixed object starting at
    `offset` (into side 1's text): the row is two equations with a missing `\\\\` before it."""
    if len(sides) < 3 or any(s.tree is None for s in sides) or any(r != "equality" for r in relations[1:]):
        return None
    middle = sides[1].tree
    # only where both equations are definitions of the fixed vocabulary (the post's `P = ... Z = ...`):
    # `\sum_x P(x) = 1 Z = Z` and `e^{-E} = Z P(x) = P(x) Z` are chains, not two definitions
    if middle[0] != "mul" or len(middle) < 3 or not _definable(middle[-1]) or not _definable(sides[0].tree):
        return None
    text = sides[1].text.text
    depth = 0
    starts = []
    for k, ch in enumerate(text):
        if depth == 0 and k > 0 and not ch.isspace() and (text[k - 1].isspace() or text[k - 1] in "})"):
            starts.append(k)
        depth += ch in "{(["
        depth -= ch in "})]"
    for cut in reversed(starts):   # the last factor's own text: it reads alone as that factor
        try:
            if parse_general(text[cut:]) == middle[-1] and text[:cut].strip():
                parse_general(text[:cut])
                return 1, cut
        except ReadError:
            continue
    return None


def _depth_ok(text: str) -> bool:
    depth = top = 0
    for ch in text:
        if ch in "{([":
            depth += 1
            top = max(top, depth)
        elif ch in "})]":
            depth -= 1
    return top <= MAX_NESTING


class _Side:
    """One side of an equation: its text (mapped to the source) and, once parsed, its AST or error."""

    def __init__(self, text: Mapped):
        self.text = text
        self.tree = None
        self.error: ReadError | None = None

    def parse(self) -> None:
        self.text = _compact(self.text)
        t = self.text.text
        if len(t) > MAX_SIDE_CHARS:
            self.error = ReadError(f"a side of {len(t)} characters (longer than {MAX_SIDE_CHARS}: not read)", 0)
            return
        if not _depth_ok(t):
            self.error = ReadError(f"brackets nested deeper than {MAX_NESTING} (not read)", 0)
            return
        try:
            self.tree = parse_general(t)
        except ReadError as e:
            self.error = e
        except RecursionError:
            self.error = ReadError(f"too deeply nested to read (more than {MAX_NESTING} levels)", 0)
        except Exception as e:  # noqa: BLE001 - the reader must never take a document down: the row is unreadable
            self.error = ReadError(f"could not be read ({type(e).__name__}: {e})", 0)


def _compact(text: Mapped) -> Mapped:
    """Runs of blanks (comment lines, `&`, labels blanked) shrunk to one space, positions kept."""
    if "  " not in text.text and "\n" not in text.text:
        return text
    from .mapped import Builder

    out = Builder()
    for m in re.finditer(r"\S+|\s+", text.text):
        piece = m.group(0)
        if piece[0].isspace():
            out.add(" ", text.source_offset(m.start()), True)
        else:
            out.add_mapped(text.slice(m.start(), m.end()))
    built = out.build()
    return built if built.text else text
