"""sigma as a letter: a standard deviation (x / sigma^2) or a spin (<sigma_0 sigma_r>) in a document that never applies
sigma to an argument.

The vocabulary gives sigma(u) the logistic function's meaning, and where a document also writes sigma as a number the
reader refuses every sigma (sigma(u) may be sigma times u). A document that never writes sigma applied to anything
has no logistic function to confuse: there sigma is a letter like any other (unknown means arbitrary), and a row as
plain as a / sigma^2 = a sigma^{-2} was unreadable. Such a document's sigma is respelled as the letter σ (printed
so), which has no meaning of its own, before the roles are read. A document that applies sigma anywhere keeps it.
"""
from __future__ import annotations

NAME = "sigma"
LETTER = "σ"


def _nodes(node):
    if isinstance(node, list):
        for a in node:
            yield from _nodes(a)
    elif isinstance(node, tuple) and node:
        if isinstance(node[0], str):
            yield node
        for a in node[1:] if isinstance(node[0], str) else node:
            if isinstance(a, (tuple, list)):
                yield from _nodes(a)


def sigma_is_a_letter(asts) -> bool:
    """Whether the document (its sides' syntax trees) writes sigma, and never as a function applied to an argument."""
    nodes = [n for a in asts if isinstance(a, tuple) for n in _nodes(a)]
    if any(n[0] == "app" and isinstance(n[1], tuple) and n[1][:2] == ("sym", NAME) for n in nodes):
        return False
    return any(n[0] == "sym" and n[1] == NAME for n in nodes)


def respell_sigma(node):
    """`node` with every sigma written as the letter σ."""
    if isinstance(node, list):
        return [respell_sigma(a) for a in node]
    if not isinstance(node, tuple) or not node:
        return node
    if node[0] == "sym" and node[1] == NAME:
        return ("sym", LETTER, *(respell_sigma(a) if isinstance(a, (tuple, list)) else a for a in node[2:]))
    return tuple(respell_sigma(a) if isinstance(a, (tuple, list)) else a for a in node)
