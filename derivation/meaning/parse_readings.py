"""Second parses of a side: the same text read another plausible way (derivation/meaning/readings.py judges both).

    the scope of \\log     after a coefficient, `\\log \\frac{1}{N} \\sum_i e^{-E(x_i)}` is log of the next
                          factor (the main parse) or of the whole product (general.py, log_product)
    application/product   `c(x)` where the document also writes the same letter `c` alone, as a quantity:
                          c applied to x (the main reading) or c times x; so is Z_theta(theta^2 + 1), a
                          partition function whose subscript names its parameter, before an expression. A letter only ever written with
                          its arguments (A(theta), T(x), z(theta)) is a function, with one reading; the
                          vocabulary's objects (Z, p, E, F, ...) keep theirs (Z and Z(theta) are one object).
    a unit's value        `p(h_i | v)` (RBM notes): the conditional at the value h_i takes (the main reading) or
                          P(h_i = 1 | v), the probability that the unit is on, as tutorials write it
"""
from __future__ import annotations

from .readings import LOG_SCOPE
from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, PARTITION, TYPICAL_STATES, walk

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


def _at_parameter(node) -> bool:
    """Z_theta(theta^2 + 1): a partition function whose subscript already names the parameter, before
    parentheses holding more than a letter: Z_theta at theta^2 + 1, or Z_theta times theta^2 + 1."""
    head, (arg,) = node[1], node[2] if len(node[2]) == 1 else (None,)
    return (head[1], head[2]) in PARTITION and head[3] is not None and isinstance(arg, tuple) \
        and arg[0] not in ("sym",)


def as_product(ast, letters):
    """The side with every `c(a)` (c in `letters`, one argument) read as c times a; None if unchanged."""
    changed = []

    def go(node):
        if isinstance(node, list):
            return [go(x) for x in node]
        if not isinstance(node, tuple) or not node:
            return node
        if node[0] == "app" and node[1][0] == "sym" and (_name(node[1]) in letters or _at_parameter(node)) \
                and len(node[2]) == 1 and not node[3]:
            changed.append(node[1][1])
            return ("mul", node[1], go(node[2][0]))
        return tuple(go(x) if isinstance(x, (tuple, list)) else x for x in node)

    out = go(ast)
    if not changed:
        return None
    names = ", ".join(sorted(set(changed)))
    return (PRODUCT[0].format(letters=names, example=f"{changed[0]}(a) = {changed[0]} a"), PRODUCT[1], out)


UNIT_ON = ("with p(h_i | v) meaning P(h_i = 1 | v), the probability that the unit is on (as RBM notes write it)",
           "write p(h_i = 1 \\mid v) for the unit's probability of being on")
UNIT_LETTERS = ("h", "v")


def unit_value(ast, row=()):
    """(assumes, hint, ast) of the side read with every `p(h_i | v)` / `p(v_j | h)` (a unit letter with an index,
    given the other layer's bare letter) as P(h_i = 1 | v), or None. Only where the unit's letter appears nowhere
    else in the row (`row`: every side's AST): a sum over h_i or an h on the other side makes h_i a value taken."""
    changed = []
    seen = {}

    def count(node, inside):
        if isinstance(node, list):
            for x in node:
                count(x, inside)
            return
        if not isinstance(node, tuple) or not node:
            return
        if node[0] == "sym" and node[1] in UNIT_LETTERS:
            seen[node[1]] = seen.get(node[1], 0) + (0 if inside else 1)
        if _unit_term(node):
            count(node[2][0][3], True)   # the unit's index
            seen.setdefault(node[2][0][1], 0)
            count(node[3], inside)
            return
        for x in node[1:]:
            count(x, inside)

    for side in row:
        count(side, False)

    def go(node):
        if isinstance(node, list):
            return [go(x) for x in node]
        if not isinstance(node, tuple) or not node:
            return node
        if _unit_term(node) and not seen.get(node[2][0][1]):
            changed.append(node[2][0][1])
            return ("app", node[1], [("eqsub", node[2][0], ("num", "1"))], node[3])
        return tuple(go(x) if isinstance(x, (tuple, list)) else x for x in node)

    out = go(ast)
    return (UNIT_ON[0], UNIT_ON[1], out) if changed else None


def _unit_term(node) -> bool:
    """p(h_i | v), P(v_j | h): a unit letter with an index, given the other layer's bare letter."""
    if not (node[0] == "app" and node[1][0] == "sym" and node[1][1] in ("p", "P") and node[1][3] is None
            and len(node[2]) == 1 and len(node[3]) == 1):
        return False
    a, c = node[2][0], node[3][0]
    return (a[0] == "sym" and a[1] in UNIT_LETTERS and a[3] is not None and a[2] == "" and not a[4] and a[5] is None
            and c[0] == "sym" and c[1] in UNIT_LETTERS and c[1] != a[1] and c[3] is None)


SAME_POINT = ("with {marked} the same point as {plain} (the row writes both; a mark the author dropped in places)",
              "write the mark everywhere the same point is meant")
MARKS = (100, 200, 300)   # x^+, x^-, x^*: the reader's marks on a letter (not primes)


def same_point(ast, row=()):
    """(assumes, hint, ast) of the side read with a marked state letter x^+ as the plain x, where the same display
    (`row`: the ASTs of all its sides) writes both x and x^+ (`-1/(1 + e^{E(x)}) de^{E(x^+)}/d psi`: the author's
    x is x^+), or None. A display that writes x^+ and x^- but never x is left alone (two points)."""
    plain, marked = set(), set()
    for side in row:
        for n in walk(side):
            if n[0] == "sym" and n[3] is None and n[5] is None and len(n[1]) == 1 and n[2] in ("", "rm", "bf"):
                (marked if n[4] in MARKS else plain if n[4] == 0 else set()).add(n[1])
    both = {x for x in plain & marked if x in TYPICAL_STATES}
    if not both or ast is None:
        return None

    def go(node):
        if isinstance(node, list):
            return [go(x) for x in node]
        if not isinstance(node, tuple) or not node:
            return node
        if node[0] == "sym" and node[1] in both and node[4] in MARKS and node[3] is None:
            return (*node[:4], 0, node[5])
        return tuple(go(x) if isinstance(x, (tuple, list)) else x for x in node)

    out = go(ast)
    if out == ast:
        return None
    names = ", ".join(sorted(both))
    return (SAME_POINT[0].format(marked=f"the marked {names}", plain=names), SAME_POINT[1], out)
