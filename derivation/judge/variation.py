"""The rule that lets a step `hold`: every free quantity of the step took more distinct values on the
instances compared than the degree the two sides can differ by in it (issue 18, part 3).

A nonzero polynomial of degree d in one quantity vanishes at d values at most, so a false row that
differs from a true one by a polynomial factor (θ-a)(θ-b)..., (f(x)-1)(f(x)-2)..., (Σ_h 1 - 1)... agrees
with it wherever that factor vanishes. Instances that give the quantity no more than d values cannot
refute it; then the step is `undecided`, naming the quantity, never `holds`. The quantities:

    parameters   Θ, θ, φ, β, each component λ[j], every arbitrary constant: their points (points.py)
    sizes        K, N, M, m (states, data points, latent states, components), as sums of a body free of
                 their index count them (Σ_h 1 = M)
    tables       the values of the primitives the instances draw, per name: an arbitrary function f (its
                 value at the point), the energy (e^{-E}), a second family's logit (e^{g}), the masses

`observe` adds what one compared instance used to `varied`; `not_varied` reads the degrees off the
rows (upper bounds: inside log, an object such as Z_θ or a derivative's variable a quantity counts
for nothing, those are no polynomials in it) and says which quantity, if any, was not varied enough.
"""
from __future__ import annotations

import sympy

from derivation.meaning.notation import Energy, K, N, Theta, expand_definitions
from .points import _seen, degree as parameter_degree, parameters_of
from derivation.meaning.vocabulary import COMPONENTS, M

UNBOUNDED = 10 ** 6   # a degree no instance can exceed: such a step is never `holds`
SIZES = {K: "the number of states K", N: "the number of data points N", M: "the number of latent states M",
         COMPONENTS: "the number of components m"}


def observe(varied: dict, inst, explicit_theta: bool) -> None:
    """Add the values this compared instance gave each free quantity to `varied`."""
    for p, v in inst.tables.get("_points", {}).items():   # parameters and arbitrary constants
        varied.setdefault(p, set()).add(v)
    if explicit_theta:
        varied.setdefault(Theta, set()).add(sympy.sympify(inst.theta))
    for size, value in ((K, inst.states), (N, len(inst.data)), (M, inst.hidden), (COMPONENTS, inst.components)):
        varied.setdefault(size, set()).add(int(getattr(inst, "sizes", {}).get(size, value)))
    for (kind, key, _), coeffs in list(inst.tables.get("_cache", {}).items()):
        varied.setdefault(_table_name(kind, key), set()).add(coeffs[0])
        for order, drawn in ((1, coeffs[1]), (2, coeffs[2])):   # an entry's slopes are drawn values too
            for p, v in drawn.items():
                varied.setdefault(("slope", _table_name(kind, key)[1], str(p), order), set()).add(v)
    for name, value in inst.tables.items():
        if name.startswith("mass("):
            varied.setdefault(("table", "mass"), set()).add(value)
    if getattr(inst, "weights", None) and not hasattr(inst, "exact_value"):   # the post's energies: e^{-E} = w / scale
        varied.setdefault(("table", "post energy"), set()).update(
            sympy.Rational(w, inst.scale) for w in inst.weights)


def _table_name(kind, key) -> tuple:
    """The quantity a table entry is a value of: ('table', 'f') for a function f, ('table', 'energy'), ..."""
    if key and key[0] == "f":
        return ("table", str(key[1]))
    return ("table", kind)


def _atom_quantity(a):
    """The quantity of `varied` an atom of an expanded row takes its values from (None: not a table)."""
    from derivation.meaning.vocabulary.divergences import SecondLogit
    from derivation.meaning.vocabulary.functions import ArbitraryFn, StateFn
    from derivation.meaning.vocabulary.model import ModelEnergy
    from derivation.meaning.vocabulary.space import Mass
    if isinstance(a, sympy.Derivative) and len(set(a.variables)) == 1 and len(a.variables) <= 2:
        # dE/dtheta of a table entry: its slope at the point is drawn from a few values, so a polynomial in
        # it (dE (dE - 1)(dE + 1)...) can vanish on every instance (never `holds` on them alone)
        q = _atom_quantity(a.expr)
        return ("slope", q[1], str(a.variables[0]), len(a.variables)) if q and q[0] == "table" else None
    if isinstance(a, (StateFn, ArbitraryFn)):
        return ("table", a.args[0].name)
    if isinstance(a, ModelEnergy):
        return ("table", "energy")
    if isinstance(a, SecondLogit):
        q = a.args[1]
        return ("table", "g_" + q.name) if q.name else ("table", "logit")
    if isinstance(a, Mass):
        return ("table", "mass")
    if isinstance(a, Energy):
        return ("table", "post energy")
    return None    # units and the like: values fixed by their meaning (v_i in {0, 1}), not drawn


def atom_degree(e, atom) -> int:
    """An upper bound on the degree of e in the value of a table entry `atom`: as a polynomial in the
    atom, and in e^{±atom} (e^{-E} is what a polynomial in p~(x) is one in)."""
    if e == atom:
        return 1
    if not e.args or not e.has(atom):
        return 0
    if isinstance(e, sympy.exp):
        c = sympy.expand(e.args[0]).coeff(atom)
        return int(abs(c.p)) if c.is_Rational and c != 0 and not (e.args[0] - c * atom).has(atom) else 0
    if isinstance(e, sympy.Pow):
        return abs(int(e.exp)) * atom_degree(e.base, atom) if e.exp.is_Integer else 0
    if isinstance(e, (sympy.Add, sympy.Mul)):
        return sum(atom_degree(a, atom) for a in e.args)
    if isinstance(e, sympy.Product) and not any(atom.has(idx) for idx, *_ in e.limits):
        # the same entry in every factor: degree d times the number of factors, which no instance bounds
        return UNBOUNDED if atom_degree(e.args[0], atom) else 0
    if isinstance(e, (sympy.Sum, sympy.Product)):
        return atom_degree(e.args[0], atom)
    return 0   # log, an object, a derivative, an arbitrary function of it: no polynomial in it


def size_degree(e, size) -> int:
    """An upper bound on the degree of e in a size: a sum of a body free of its index up to the size is
    the size times the body (Σ_h 1 = M); a sum whose body varies with its index adds nothing (its terms
    are drawn at random, no polynomial in the size)."""
    if e == size:
        return 1
    if not e.args or not e.has(size):
        return 0
    if isinstance(e, sympy.Pow):
        return abs(int(e.exp)) * size_degree(e.base, size) if e.exp.is_Integer else 0
    if isinstance(e, (sympy.Add, sympy.Mul)):
        return sum(size_degree(a, size) for a in e.args)
    if isinstance(e, (sympy.Sum, sympy.Product)):
        body, counted = e.args[0], 0
        for idx, lo, hi in e.limits:
            ends = size_degree(lo, size) + size_degree(hi, size)
            if ends and not body.has(idx):
                counted += ends if isinstance(e, sympy.Sum) else 0
        return size_degree(body, size) + counted
    return 0


def _describe(q) -> str:
    if q in SIZES:
        return SIZES[q]
    if isinstance(q, tuple) and q[0] == "slope":
        return f"the {'slope' if q[3] == 1 else 'second derivative'} of {_describe(('table', q[1]))} in {q[2]}"
    if isinstance(q, tuple):
        return {"energy": "the energy's table e^{-E}", "post energy": "the energy's table e^{-E}",
                "logit": "the logit's table e^{g}", "mass": "the masses of the atoms"}.get(
            q[1], f"the values of the function {q[1]}")
    return str(q)


def not_varied(lhs, rhs, varied: dict) -> str | None:
    """Why `holds` is not earned: the first quantity whose distinct values on the instances compared do
    not exceed the degree the sides may differ by in it (None when every quantity was varied enough)."""
    a, b = expand_definitions(lhs), expand_definitions(rhs)
    needs = [(p, parameter_degree(a, p) + parameter_degree(b, p), _seen(p, varied))
             for p in sorted(parameters_of(a, b), key=str)]
    needs += [(s, size_degree(a, s) + size_degree(b, s), len(varied.get(s, ())))
              for s in SIZES if a.has(s) or b.has(s)]
    tables: dict = {}
    for atom in {t for e in (a, b) for t in sympy.preorder_traversal(e) if _atom_quantity(t)}:
        q = _atom_quantity(atom)
        tables[q] = max(tables.get(q, 0), atom_degree(a, atom) + atom_degree(b, atom))
    needs += [(q, d, len(varied.get(q, ()))) for q, d in sorted(tables.items(), key=str)]
    for q, d, seen in needs:
        if d and seen <= d:
            return (f"{_describe(q)} took only {seen} distinct value(s) on the instances compared, and the "
                    f"sides may differ by a polynomial of degree up to {d} in it, which could vanish at all of them")
    return None
