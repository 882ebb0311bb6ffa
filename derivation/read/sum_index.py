"""A sum written without its index, `\\sum p_i E_i`, `\\sum e^{-\\beta E_j}` (general_operators.py): the index is the
one letter the body writes as a subscript, when there is exactly one and nothing else could be summed over.

`\\sum p_i E_i` is read as `\\sum_i p_i E_i`: the author left out the only index the terms have. Not read (left for
the meaning, which sums over the one state letter written or names the sum): a body with two index letters
(`\\sum w_{ij} v_i`; a label such as \\beta_T or p_\\theta is no index), a state letter written bare beside the
index (`\\sum \\lambda_k f_k(x)`: over k or over x?), a sum or an integral inside (which may bind the letter), or no
subscript at all (`\\sum p = 1`).
"""
from __future__ import annotations

import re

from .ast_walk import walk

_INDEX = set("ijklmnabcdrst")
_STATES = set("xyzvhsu")
_BINDERS = ("sum", "prod", "int")


def _letter(node):
    """The plain one-letter symbol's name, or None."""
    if isinstance(node, tuple) and node[0] == "sym" and len(node[1]) == 1 and node[2] == "" and node[3] is None:
        return node[1]
    return None


def implicit_index(body):
    """The sym node of the one index a sum without its index runs over, or None (not determined)."""
    indices, bare = set(), set()
    subscripts = set()
    for n in walk(body):
        if n[0] in _BINDERS:
            return None
        if n[0] == "sym" and n[3] is not None:
            subscripts.add(id(n[3]))
            sub = n[3]
            if sub[0] == "sym" and sub[3] is None and not (len(sub[1]) == 1 and sub[1].islower()):
                continue      # beta_T, p_\theta, E_{\text{data}}: a label, no index
            name = _letter(sub)
            if name is None:
                return None   # x_{i+1}, w_{ij}: not one plain letter
            indices.add(name)
    for n in walk(body):
        name = _letter(n)
        if name is not None and id(n) not in subscripts:
            bare.add(name)
    if len(indices) != 1 or bare & _STATES:
        return None
    index = indices.pop()
    if index not in _INDEX or index in bare:
        return None
    return ("sym", index, "", None, 0, None)


# \sum_j^{\text{states}}, \sum_{i}^{\text{all states}}: the upper "limit" is a word saying the sum runs over every state
_OVER_STATES = re.compile(r"\^\s*\{?\s*\\(?:text|mathrm|textrm|mbox)\s*\{\s*(?:all\s+)?(?:micro)?states\s*\}\s*\}?")


def states_word(text, after_sub):
    """The span (start, end) of a `^{\\text{states}}` right after a sum's subscript, or None."""
    m = _OVER_STATES.match(text, after_sub)
    return (m.start(), m.end()) if m else None
