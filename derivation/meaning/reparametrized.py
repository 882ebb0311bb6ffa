"""A row that writes a known parameter as a function of a new letter defines the new letter by the inverse.

Exponential-family read-offs put the model's parameter first and the distribution's own parameter second:
`\\eta = \\log\\frac{\\mu}{1-\\mu}` (Bernoulli), `\\eta = \\log\\lambda` (Poisson) where eta is already the model's
(`p(x; \\eta) = h(x) e^{\\eta T(x) - A(\\eta)}`). Judged as a claim with mu drawn apart from eta, the row and every
later row that uses mu (`A(\\eta) = -\\log(1-\\mu) = \\log(1+e^{\\eta})`) were refuted: a false reject. The row
relates the two; read as the definition of the new letter, mu = e^eta/(1 + e^eta), every later row respects it
(../shared/DESIGN.md, "The document's definitions bind").

Only where nothing else can be meant: the left side is a parameter written before this row (or beta), alone; the
right side writes exactly one letter no row before it writes (alone: no index, prime or hat; not a state, a
constant e or pi, or an object of the vocabulary) and otherwise numbers; the inverse is one of the forms people write (invert).
Otherwise the row stays a claim, as before.
"""
from __future__ import annotations

import sympy

from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, PARTITION, TYPICAL_STATES
from .roles_functions import _plain as plain_name
from .roles_letters import walk

NOT_NEW = {"e", "pi", "infty", "exp", "log", "ln", "beta"} | set(DIST_LETTERS) | TYPICAL_STATES \
    | {n for n, _ in ENERGY_LETTERS | FREE_ENERGY | PARTITION | LOSS}


def _bare(n) -> bool:
    return n[0] == "sym" and plain_name(n) is not None   # no decoration, index, prime or power


def reparametrized(rows, params, first, taken) -> dict:
    """{new letter: (its node, ("solve", parameter's node, right side), [])} for the rows `parameter = g(new)`.
    `first`: {letter: index of the first row writing it}; `taken`: letters already defined otherwise."""
    out = {}
    known = set(params) | {"beta"}
    for k, (sides, relation, _) in enumerate(rows):
        if len(sides) != 2 or relation not in ("equality", "definition") or not all(isinstance(s, tuple) for s in sides):
            continue
        lhs, rhs = sides
        if not _bare(lhs) or lhs[1] not in known or first.get(lhs[1], k) >= k and lhs[1] != "beta":
            continue
        syms = [n for n in walk(rhs) if n[0] == "sym"]
        letters = {n[1] for n in syms} - {"e", "pi", "exp", "log", "ln"}
        if len(letters) != 1:
            continue
        (new,) = letters
        nodes = [n for n in syms if n[1] == new]
        if new in NOT_NEW | known | taken or first.get(new) != k or not all(_bare(n) for n in nodes):
            continue
        out[new] = (nodes[0], ("solve", lhs, rhs), [])
    return out


def solved(m, body):
    """The new letter's value in the parameter for one meaning `m`: ("value", expression), or None when the inverse
    is not one of the forms people write (then the letter is not defined and the row stays a claim)."""
    _, lhs, rhs = body
    try:
        p, g = m.tr(lhs, {}), m.tr(rhs, {})
        unknowns = [s for s in g.free_symbols if s not in p.free_symbols]
        if len(unknowns) != 1 or sympy.count_ops(g) > 40:
            return None
        value = invert(g, unknowns[0], p)
    except Exception:  # noqa: BLE001 - a form SymPy cannot take apart: the row stays a claim
        return None
    return ("value", value) if value is not None else None


def invert(g, u, y, steps: int = 12):
    """u such that g(u) = y, peeling what people write around one letter: log, exp, a constant added or a
    constant factor, and a ratio of two polynomials of degree one in u, (a u + b)/(c u + d) (mu/(1 - mu), 1/T,
    1/(k T)); None for anything else (a power u^2 has two roots: never guessed). No general solver: SymPy's
    solve takes seconds on a first call."""
    for _ in range(steps):
        if g == u:
            return y
        if isinstance(g, sympy.log):
            g, y = g.args[0], sympy.exp(y)
            continue
        if isinstance(g, sympy.exp):
            g, y = g.args[0], sympy.log(y)
            continue
        if g.is_Add or g.is_Mul:
            with_u = [a for a in g.args if a.has(u)]
            rest = [a for a in g.args if not a.has(u)]
            if len(with_u) == 1 and rest:
                g, y = with_u[0], (y - sympy.Add(*rest) if g.is_Add else y / sympy.Mul(*rest))
                continue
        num, den = sympy.fraction(sympy.together(g))
        try:
            pn, pd = sympy.Poly(num, u), sympy.Poly(den, u)
        except sympy.PolynomialError:
            return None
        if pn.degree() > 1 or pd.degree() > 1 or pn.degree() + pd.degree() < 1:
            return None
        a, b = (pn.all_coeffs() if pn.degree() == 1 else [0, pn.all_coeffs()[0]])
        c, d = (pd.all_coeffs() if pd.degree() == 1 else [0, pd.all_coeffs()[0]])
        if sympy.simplify(a * d - b * c) == 0:
            return None   # constant in u
        return (d * y - b) / (a - c * y)
    return None
