"""Second parses of a side: the same text read another plausible way (derivation/readings.py judges both).

    the scope of \\log     after a coefficient, `\\log \\frac{1}{N} \\sum_i e^{-E(x_i)}` is log of the next
                          factor (the main parse) or of the whole product (general.py, log_product)
    application/product   `c(x)` where the document also writes the same letter `c` alone, as a quantity:
                          c applied to x (the main reading) or c times x. A letter only ever written with
                          its arguments (A(theta), T(x), z(theta)) is a function, with one reading; the
                          vocabulary's objects (Z, p, E, F, ...) keep theirs (Z and Z(theta) are one object).
"""
from __future__ import annotations

from ..readings import LOG_SCOPE
from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, PARTITION, walk

PRODUCT = ("with {letters} written before parentheses as a product ({example}), not a function applied to them "
           "(the document also writes {letters} alone)",
           "write a product with \\cdot, or give the function its arguments everywhere")
FIXED = ({n for n, _ in ENERGY_LETTERS | FREE_ENERGY | PARTITION | LOSS} | set(DIST_LETTERS)
         | {"e", "exp", "log", "ln", "H", "KL", "D", "S", "Var", "Cov", "sigma", "softplus"})


def log_scope(text, ast, parse_general):
    """(assumes, hint, ast) of the side read with \\log taking the whole product, or None."""
    if not ("\\log" in text or "\\ln" in text) or "\\int" in text:
        return None
    try:
        alt = parse_general(text, log_product=True)
    except Exception:  # noqa: BLE001 - no second reading
        return None
    return (LOG_SCOPE[0], LOG_SCOPE[1], alt) if alt != ast else None


def ambiguous_letters(asts) -> set:
    """Single letters (no decoration, no subscript) written both alone and before parentheses."""
    bare, applied = set(), set()
    for a in asts:
        if not isinstance(a, tuple):
            continue
        heads = set()
        for n in walk(a):
            if n[0] == "app" and n[1][0] == "sym" and not n[3]:
                heads.add(id(n[1]))
                applied.add(_name(n[1]))
        for n in walk(a):   # a^T: the exponent T is a transpose's mark, not T written alone
            if n[0] == "pow" and n[2][0] == "sym" and n[2][1] == "T" and n[2][3] is None and n[2][5] is None:
                heads.add(id(n[2]))
        for n in walk(a):
            if n[0] == "sym" and id(n) not in heads:
                bare.add(_name(n))
    return {k for k in bare & applied if k is not None}


def _name(sym):
    name, deco, sub, primes, sup = sym[1:6]
    if deco or sub is not None or primes or sup is not None or len(name) != 1 or name in FIXED:
        return None
    return name


def as_product(ast, letters):
    """The side with every `c(a)` (c in `letters`, one argument) read as c times a; None if unchanged."""
    changed = []

    def go(node):
        if isinstance(node, list):
            return [go(x) for x in node]
        if not isinstance(node, tuple) or not node:
            return node
        if node[0] == "app" and node[1][0] == "sym" and _name(node[1]) in letters and len(node[2]) == 1 \
                and not node[3]:
            changed.append(node[1][1])
            return ("mul", node[1], go(node[2][0]))
        return tuple(go(x) if isinstance(x, (tuple, list)) else x for x in node)

    out = go(ast)
    if not changed:
        return None
    names = ", ".join(sorted(set(changed)))
    return (PRODUCT[0].format(letters=names, example=f"{changed[0]}(a) = {changed[0]} a"), PRODUCT[1], out)
