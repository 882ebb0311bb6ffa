"""Where the instances evaluate the free continuous quantities (Θ, each parameter θ, φ, β, every
component), and whether they visited enough of them for `holds` to mean something.

A row that is off by a polynomial factor in a parameter, such as θ(θ-1)(θ+2)(2θ-1), agrees with the
true row wherever that factor vanishes: instances that only visit θ in {0, 1/2, 1, -2} call it
`holds`. So every instance draws each parameter's point from a pool of almost two hundred distinct
rationals (small numerators and denominators: values stay exact and printable). The rule that a step
may only `hold` when each parameter (and every other free quantity) took more distinct values than the
degree the rows can have in it is derivation/judge/variation.py's; `degree` and `_seen` here serve it.
"""
from __future__ import annotations

import random
from fractions import Fraction

import sympy

THETAS = (sympy.Integer(0), sympy.Rational(1, 2), sympy.Integer(1), sympy.Integer(-2))
# the points of a real parameter, and of a positive one (an inverse temperature β)
# (sorted as Fractions: sorting SymPy numbers compares through SymPy, ~25 ms of every start of the checker)
_POINTS = sorted({Fraction(n, d) for n in range(-24, 25) for d in (1, 2, 3, 5, 7)})
POINTS = tuple(sympy.Rational(f.numerator, f.denominator) for f in _POINTS)
POSITIVE = tuple(sympy.Rational(f.numerator, f.denominator) for f in _POINTS if f > 0)
# on an RBM every weight stays an integer (e^{-E} a power of e, a counterexample recomputed by hand)
# in -6..6: 13 values, more than the four roots of θ(θ-1)(θ+2)(2θ-1); too_few_points says when not enough
SMALL = tuple(sympy.Integer(n) for n in range(-6, 7))


def theta_at(t: int) -> sympy.Rational:
    """The point Θ of the t-th instance of the post's vocabulary: the four old points first, then
    distinct draws from POINTS (deterministic in t)."""
    if t < len(THETAS):
        return THETAS[t]
    return random.Random(f"theta|{t}").choice(POINTS)


def parameters_of(*exprs) -> set:
    """The parameters written in the rows (Θ, Param symbols, components λ[j])."""
    from derivation.meaning.vocabulary import is_param
    return {a for e in exprs for a in e.atoms(sympy.Symbol, sympy.Indexed) if is_param(a)}


def degree(e, p) -> int:
    """An upper bound on the degree of e in p where p enters polynomially (sums, products, integer
    powers). Inside exp, log, an object such as Z_θ or an arbitrary function, p counts for nothing:
    those are not polynomials that vanish at a few points, and random rational points refute them."""
    if e == p or (isinstance(e, sympy.Indexed) and isinstance(p, sympy.Indexed) and e.base == p.base):
        return 1
    if not e.args or not e.has(p.base if isinstance(p, sympy.Indexed) else p):
        return 0
    if isinstance(e, sympy.Pow):
        return abs(int(e.exp)) * degree(e.base, p) if e.exp.is_Integer else 0
    if isinstance(e, (sympy.Add, sympy.Mul)):
        return sum(degree(a, p) for a in e.args)   # a sum of fractions: the numerators multiply
    if isinstance(e, (sympy.Sum, sympy.Product, sympy.Derivative)):
        return degree(e.args[0], p)   # each component once per term; d/dθ lowers the degree
    return 0


def _seen(p, varied: dict) -> int:
    """Distinct points p took; for W[i, j] with free or bound indices, the fewest any component took."""
    if isinstance(p, sympy.Indexed) and not all(i.is_Integer for i in p.indices):
        counts = [len(v) for q, v in varied.items() if isinstance(q, sympy.Indexed) and q.base == p.base]
        return min(counts, default=0)
    return len(varied.get(p, ()))
