"""A letter the document defines in a row the checker could not read is not an arbitrary quantity.

`$n(x) = \\sum_i \\mathbb{1}[x_i = x]$` (a notation the reader does not have) leaves n, in the rows after it, a
letter the vocabulary does not know: an arbitrary function (DESIGN.md, "unknown means arbitrary"). But the
document says what n is; a counterexample giving it arbitrary values refutes nothing the author wrote. So an
`invalid` whose reading uses such a letter is `undecided`, naming the unread definition; `proved` and `holds`
(for every n) stand. The same for the model's energy written out in a row not read (E(s) = -J sum_{i=1}^{n-1}
s_i s_{i+1}): the reading's energy is then an arbitrary table, which the document did not mean.
"""
from __future__ import annotations

import re
from dataclasses import replace

import sympy

# the defined letter: one letter (or a Greek command), maybe a subscript, maybe arguments, then = or := or \equiv
_DEFINES = re.compile(r"^\s*(\\?[A-Za-z]+?)\s*(?:_\s*(?:\{[^{}]*\}|\w))?\s*(?:\([^()]*\))?\s*(?::=|=|\\equiv|\\coloneqq)")


def defined_letters(rows) -> list[tuple[int, str, str]]:
    """[(line, letter, row)] for the rows (line, LaTeX) that define a letter on their left side."""
    out = []
    for line, latex in rows:
        m = _DEFINES.match(latex or "")
        if m and (len(m.group(1).lstrip("\\")) == 1 or m.group(1).startswith("\\")):
            out.append((line, m.group(1).lstrip("\\"), latex.strip()))
    return out


def _names(e) -> set:
    """The names of the letters a reading takes as unknown (arbitrary constants and functions): only these could be
    what an unread definition defines (a state, a parameter or an object of the vocabulary is not)."""
    from .vocabulary.functions import Arbitrary, ArbitraryFn, StateFn
    out = {s.name for s in e.free_symbols if isinstance(s, Arbitrary)}
    for o in sympy.preorder_traversal(e):
        if isinstance(o, (ArbitraryFn, StateFn)):
            out.add(str(o.args[0]))
    return {n.lstrip("_") for n in out}


ENERGY = {"E", "H", "U", "mathcal{E}"}   # an energy written out in a row not read: the model's energy is arbitrary


def _arbitrary_energy(e) -> bool:
    """Whether a reading uses a model whose energy is an arbitrary table (no form the document wrote) beside the
    values of the states' units (<s_1>): their relation is what the unread energy fixes (a chain's symmetry), and
    an arbitrary table draws them apart. A row about the energy alone (d<E>/d beta = -Var E) is false for almost
    every energy, and its refutation stands."""
    from .vocabulary.model import Model
    from .vocabulary.units import Unit
    nodes = list(sympy.preorder_traversal(e))
    return any(isinstance(o, Model) and o.form == 0 for o in nodes) and any(isinstance(o, Unit) for o in nodes)


def judge(rep, unread, lhs=None, rhs=None):
    """`rep` with an `invalid` that rests on a letter defined by an unread row made `undecided`."""
    if rep.verdict != "invalid" or not unread:
        return rep
    st = rep.step
    a, b = (st.lhs if lhs is None else lhs), (st.rhs if rhs is None else rhs)
    used = _names(a) | _names(b)
    for line, letter, row in unread:
        if letter in used or letter in ENERGY and (_arbitrary_energy(a) or _arbitrary_energy(b)):
            return replace(rep, verdict="undecided", limit="definition", counterexample=None, rules=(),
                           explanation=f"Undecided: {letter} is defined at line {line} (`{row[:80]}`) by a row the "
                                       f"checker could not read; its counterexample gives {letter} arbitrary values, "
                                       "which refutes nothing the document says (write the definition in notation "
                                       "the checker reads to have the row judged).")
    return rep
