"""One side of an equation, read on its own: parsed to a tree, then to an AST, within its limits.

A side longer than MAX_SIDE_CHARS or nested deeper than MAX_NESTING is not read (the grammar is
linear, SymPy is not); a grammar failure makes only that side unreadable, never the document.
Also the post's slip of a missing row break (`P = e^{-E}/Z Z = ...`): found on the parsed sides.
"""
from __future__ import annotations

import re

from lark import Token, Tree

from .mapped import Mapped
from .parse import ReadError, parse_tree, transform
from .reader_types import Problem

# Products ending in one of these, in the middle of `a = b c = d`, are a missing row break.
_DEFINABLE = ("partition", "prob", "loss", "energy")
MAX_SIDE_CHARS = 20_000     # a side longer than this is not read (the grammar is linear, SymPy is not)
MAX_NESTING = 100           # braces/parentheses nested deeper than this are not read


def _units(tree):
    """The juxtaposed factors of a `mul` chain (right-recursive in the grammar)."""
    out = []
    while isinstance(tree, Tree) and tree.data == "mul" and len(tree.children) == 2:
        out.append(tree.children[0])
        tree = tree.children[1]
    return out + [tree]


def _split_missing_break(trees: list, relations: list):
    """`a = b Z = c` -> (k, offset): side k's product ends in a defined symbol starting at `offset`
    (into side k's text): the row is two equations with a missing `\\\\` before it."""
    if len(trees) < 3 or any(t is None for t in trees) or any(r != "equality" for r in relations[1:]):
        return None
    units = _units(trees[1])
    last = units[-1]
    if len(units) < 2 or not isinstance(last, Tree) or last.data not in _DEFINABLE:
        return None
    # only where both equations are definitions of the fixed vocabulary (the post's `P = ... Z = ...`):
    # `\sum_x P(x) = 1 Z = Z` and `e^{-E} = Z P(x) = P(x) Z` are chains, not two definitions
    first = trees[0]
    if not (isinstance(first, Tree) and first.data in _DEFINABLE):
        return None
    head = units[0] if len(units) == 2 else Tree("mul", units[:-1])
    return 1, head, last, last.meta.start_pos


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
    """One side of an equation: its text (mapped to the source) and, once parsed, its tree or error."""

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
            tree = parse_tree(t)
            if tree.data != "row" or len([c for c in tree.children if not isinstance(c, Token)]) != 1:
                raise ReadError("a relation inside a side", 0, "one expression")
            self.tree = [c for c in tree.children if not isinstance(c, Token)][0]
        except ReadError as e:
            self.error = e
        except RecursionError:
            self.error = ReadError(f"too deeply nested to read (more than {MAX_NESTING} levels)", 0)
        except Exception as e:  # the grammar must never take a document down: the row is unreadable
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


def _ast(tree, at):
    """tree -> (AST, notes) or raises ReadError."""
    try:
        ast, ns = transform(tree)
    except RecursionError:
        raise ReadError(f"too deeply nested to read (more than {MAX_NESTING} levels)", 0) from None
    return ast, [Problem(*at(off), msg) for off, msg in ns]
