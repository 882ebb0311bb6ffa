"""A parameter letter the document introduces by defining it: `\\eta = \\log\\lambda` before any row uses eta.

roles.py counts every letter that a row differentiates by, or writes as a subscript or argument of the model,
as a model parameter, across the whole document. A parameter's row `\\theta = 0.5` states a value, and is
judged. But an exponential-family read-off (`\\eta = \\log\\lambda`, then `A(\\eta) = \\lambda = e^{\\eta}`)
introduces eta there: no row before it writes eta, and its right side is written in other letters. Judged
as a claim with eta and lambda drawn apart, the row and every later row that relies on it are refuted
(a false reject on real documents, realworld_blind6 02). The row is the definition of eta in terms of the
letters on its right (../shared/DESIGN.md, "The document's definitions bind"): eta is no longer a free
parameter of its own, and the rows after it read eta as its definition, so a counterexample respects it.

Only when nothing else could be meant: the letter's first appearance in the whole document is the left side
of that row (alone, no index, prime, hat or power), the right side does not write it and is written in other
letters, and no other row defines it again the same way. beta keeps its meaning (the model's inverse
temperature): `\\beta = 1/(k_B T)` stays a claim judged against the model's beta.
"""
from __future__ import annotations

import re

import sympy

from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, PARTITION
from .roles_functions import _plain as plain_name
from .roles_letters import walk

MODEL_HEADS = set(DIST_LETTERS) | {n for n, _ in ENERGY_LETTERS | FREE_ENERGY | PARTITION}
ENERGY_HEADS = {n for n, _ in ENERGY_LETTERS | FREE_ENERGY}

KEEP = {"beta", "e", "pi", "infty"}
THERMO = {"U"}   # an energy letter physics writes without a state: the internal (mean) energy


def _bare(n) -> bool:
    return n[0] == "sym" and plain_name(n) is not None   # no decoration, index, prime or power


def _letters(node) -> set:
    return {n[1] for n in walk(node) if n[0] == "sym"}


def defined_first(rows, params) -> dict:
    """{letter: (left side's node, definition's node)} for the letters the document introduces by a definition
    row: parameters (`params`) such as eta = log lambda, and the temperature of `\\beta = 1/(k_B T)` (that row
    defines T = 1/(k_B beta): beta keeps its meaning). `rows`: [(sides, relation, texts)] in document order: the
    parsed sides of each row (a Problem or None where a side was not read) and their source texts."""
    first, defining = {}, {}
    for k, (sides, relation, texts) in enumerate(rows):
        written = set()
        for s, text in zip(sides, texts):
            if isinstance(s, tuple):
                written |= _letters(s)
            elif text:   # a side not read: the letters its source writes (\eta, or a Latin letter alone)
                written |= {p for p in params if _writes(text, p)}
        for letter in written:
            first.setdefault(letter, k)
        if len(sides) >= 2 and relation in ("equality", "definition") and all(isinstance(s, tuple) for s in sides[:2]) \
                and _bare(sides[0]):
            defining.setdefault(sides[0][1], []).append(k)
    out = {}
    carried = _carried(rows)
    for letter in set(params) - KEEP - carried:
        rows_defining = defining.get(letter, [])
        if len(rows_defining) != 1 or first.get(letter) != rows_defining[0]:
            continue
        lhs, rhs = rows[rows_defining[0]][0][:2]
        others = _letters(rhs) - {letter, "e", "pi", "exp", "log", "ln"}
        if letter not in _letters(rhs) and others and rhs[0] != "sym":
            out[letter] = (lhs, rhs, [])
    for letter in THERMO - carried - set(out):   # U = <E> = -d log Z / d beta: the internal energy, never U(x)
        rows_defining = defining.get(letter, [])
        if len(rows_defining) == 1 and first.get(letter) == rows_defining[0] and not _applied(rows, letter):
            lhs, rhs = rows[rows_defining[0]][0][:2]
            if letter not in _letters(rhs):
                out[letter] = (lhs, rhs, [])
    for k in defining.get("beta", [])[:1]:
        found = _temperature(rows[k][0], first, k)
        if found is not None and found[0] not in carried | KEEP and found[0] not in out:
            out[found[0]] = (*found[1:], [])
    out.update(_events(rows))
    from .reparametrized import reparametrized   # eta = log(mu/(1-mu)), eta known: defines mu
    for letter, entry in reparametrized(rows, params, first, set(out)).items():
        out.setdefault(letter, entry)
    return out


def event_key(node):
    """The key under which an event probability P_psi(y = 1 | x) is defined (head, event; the text last), or None
    when the node is not an application to an event."""
    if node[0] != "app" or node[1][0] != "sym" or len(node[2]) != 1 or node[2][0][0] != "eqsub":
        return None
    from .meaning_values import node_text
    return ("event", repr(node[1]), repr(node[2][0]), f"{node_text(node[1])}({node_text(node[2][0][1])} = "
                                                       f"{node_text(node[2][0][2])} | ...)")


def _events(rows) -> dict:
    """{event key: (left side, definition, conditioning nodes)} for a row `P_psi(y = 1 | x) = ...` that is the first
    to write that event of P (any conditioning): P_psi(y = 1 | x) means its definition at every conditioning value
    after it (the discriminator of Kim & Bengio's eq. (8))."""
    first, out, energies = {}, {}, set()
    for k, (sides, relation, _) in enumerate(rows):
        for n in (n for s in sides if isinstance(s, tuple) for n in walk(s)):
            key = event_key(n)
            if key is not None:
                first.setdefault(key, (k, n))
            if n[0] == "app" and n[1][0] == "sym" and n[1][1] in ENERGY_HEADS:
                energies |= _letters(n)
    # never a unit's event (p(h_j = 1 | v): the model's conditional, a claim) or a variable the energy takes
    first = {key: v for key, v in first.items() if v[1][2][0][1][0] == "sym" and v[1][2][0][1][3] is None
             and v[1][2][0][1][1] not in energies}
    for key, (k, n) in first.items():
        sides, relation = rows[k][0], rows[k][1]
        if sides and sides[0] is n and relation in ("equality", "definition") and len(sides) >= 2 \
                and isinstance(sides[1], tuple) and all(a[0] == "sym" for a in n[3]) \
                and not any(event_key(m) == key for m in walk(sides[1])):
            out[key] = (n, sides[1], list(n[3]))
    return out


def _temperature(sides, first, k):
    """(T, beta's node, T's definition 1/(c beta)) when the row is beta = 1/(c T) (or (c T)^{-1}, 1/T) and T, a
    letter alone, is first written there; else None."""
    beta, rhs = sides[0], sides[1]
    if rhs[0] == "div" and rhs[1] == ("num", "1"):
        d = rhs[2]
    elif rhs[0] == "pow" and rhs[2] == ("neg", ("num", "1")):
        d = rhs[1]
    else:
        return None
    factors = list(d[1:]) if d[0] == "mul" else [d]
    letters = [f for f in factors if _bare(f) and len(f[1]) == 1 and first.get(f[1]) == k]
    if len(letters) != 1 or any("beta" in _letters(f) or letters[0][1] in _letters(f) for f in factors
                                if f is not letters[0]):
        return None
    rest = [f for f in factors if f is not letters[0]]
    return letters[0][1], letters[0], ("div", ("num", "1"), ("mul", *rest, beta) if rest else beta)


def _applied(rows, letter) -> bool:
    """Whether the document writes the letter as a function (U(x)) or with an index or a power (U_i, U^2)."""
    for sides, _, _ in rows:
        for n in (n for s in sides if isinstance(s, tuple) for n in walk(s)):
            if n[0] == "app" and n[1][0] == "sym" and n[1][1] == letter:
                return True
            if n[0] == "sym" and n[1] == letter and (n[3] is not None or n[5] is not None or n[4]):
                return True
    return False


def _carried(rows) -> set:
    """Letters written as the model's parameter anywhere (p_theta, E(x; theta), Z(theta)): the family's own
    parameter, never redefined by a row (theta = f(x) states something about it)."""
    out = set()
    for sides, _, _ in rows:
        for n in (n for s in sides if isinstance(s, tuple) for n in walk(s)):
            head = n[1] if n[0] == "app" and n[1][0] == "sym" else n if n[0] == "sym" else None
            if head is None or head[1] not in MODEL_HEADS:
                continue
            if head[3] is not None:
                out |= _letters(head[3])
            if n[0] == "app":
                out |= {a[1] for a in n[2] + n[3] if a[0] == "sym"}
    return out


def _writes(text: str, letter: str) -> bool:
    pattern = r"\\" + letter + r"(?![A-Za-z])" if len(letter) > 1 else r"(?<![\\A-Za-z])" + letter + r"(?![A-Za-z])"
    return re.search(pattern, text) is not None


def by_defined_letter(m, body, var, order, env):
    """d^order body / d eta^order where the document defined eta = g(u) in one other letter u: by the chain
    rule, d/d eta = (1/g'(u)) d/du (where g'(u) is not 0; eta = log lambda: d/d eta = lambda d/d lambda).
    Defined in one parameter of the model and other letters (T = 1/(k_B beta)), through the parameter, the others
    (constants) held fixed; otherwise which are held fixed is not written: not read."""
    name = var[1]
    g = m.tr(m.defs[("def", name)][1], env)
    free = sorted(g.free_symbols, key=str)
    from .vocabulary.base import Param
    from .vocabulary.functions import Arbitrary
    params = [u for u in free if isinstance(u, Param) and not isinstance(u, Arbitrary)]   # k_B: an Arbitrary
    if len(free) > 1 and len(params) == 1:   # T = 1/(k_B beta): through beta, the constant k_B held fixed
        free = params
    if len(free) != 1:
        m.fail(f"a derivative with respect to {name}, which the document defines in terms of "
               f"{len(free) or 'no'} other letters (which are held fixed is not written)",
               f"a derivative by one of the letters {name} is defined in")
    u = free[0]
    with sympy.evaluate(True):   # the caller may read a side unevaluated (as written): the chain rule is arithmetic
        dg = sympy.diff(g, u)
    if dg == 0:
        m.fail(f"a derivative with respect to {name}, which the document defines as a constant", "")
    for _ in range(order):
        body = sympy.Derivative(body, u) / dg
    return body


def boltzmann_constant(sides):
    """Boltzmann's constant as the document writes it (k_B, k_{\\mathrm{B}}), or None: where it is written, the
    entropy S of statistical mechanics is k_B times -sum p log p."""
    for n in (n for s in sides for n in walk(s)):
        if n[0] == "sym" and n[1] == "k" and n[2] == "" and n[3] is not None and n[3][0] == "sym" \
                and n[3][1] == "B" and n[3][3] is None and not n[4] and n[5] is None:
            return n
    return None


def unprimed(sides) -> set:
    """The letters the document writes without a prime (E in E(x), E_theta): a primed E' beside them may be their
    derivative; a primed letter whose plain letter is never written is a function of its own."""
    return {n[1] for s in sides for n in walk(s) if n[0] == "sym" and not n[4]}
