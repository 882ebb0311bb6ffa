"""What the random instances cannot refute, so that `holds` is never claimed for it.

The instances (instances.py) give every symbol a few small values: K and N up to 64, dE/dΘ in
-3..3, d²E/dΘ² in -2..2, and energies quadratic in Θ. A false row can agree on
all of them: a polynomial of degree d vanishes at d points, so (N-1)...(N-65) = 0, a polynomial of
degree 7 in dE, or ∂³E/∂Θ³ = 0 would `hold`. Such a step is `undecided`.

    polynomial_gaps(proof) -> Gaps     from the failed proof's normal forms: the sizes (K, N) the
                                       search must reach, the degree in Θ, atoms of too high degree
    bounded_gaps(lhs, rhs) -> Gaps     the same from an upper bound on the degrees read off the rows,
                                       when the proof ran out of time (no normal forms to read)
    out_of_reach(lhs, rhs, gaps, search) -> str | None    why no number of instances would do
"""
from __future__ import annotations

from dataclasses import dataclass, field

import sympy

from .evaluation import derivative_order
from derivation.meaning.normal_form import atomize
from derivation.meaning.notation import Energy, K, N, Theta, latex_of

ENERGY_ORDER = 2   # the instances' energies are quadratic in Θ: derivatives of order 3+ of E vanish
SMALL_GRID = 6     # K and N take 1..6 first; from degree 6 on the search must go further


@dataclass(frozen=True)
class Gaps:
    reach: tuple[int, int] | None = None     # (K, N) the instances must reach, beyond the small grid
    theta_degree: int = 0                    # degree of the difference in an explicit Θ
    short: list = field(default_factory=list)   # (atom, degree) with degree >= the atom's values


def instance_values(atom) -> int | None:
    """How many values an atom takes on the instances (None: many, or not known)."""
    if isinstance(atom, sympy.Derivative) and isinstance(atom.expr, Energy):
        return {1: 7, 2: 5}.get(len(atom.variables))   # d_k in -3..3, s_k in -2..2
    return None


def polynomial_gaps(proof) -> Gaps:
    """Degrees of the difference of the two normal forms (atoms as symbols) in K, N, Θ and atoms."""
    if proof.lhs_normal is None or proof.rhs_normal is None:
        return Gaps()
    table: dict = {}
    a, _ = atomize(proof.lhs_normal, table)
    b, _ = atomize(proof.rhs_normal, table)
    num = sympy.numer(sympy.together(a - b))
    try:
        dk, dn, dt = (int(sympy.degree(num, s)) if num.has(s) else 0 for s in (K, N, Theta))
        short = [(orig, int(sympy.degree(num, sym))) for orig, sym in table.items()
                 if instance_values(orig) and num.has(sym)]
    except (sympy.PolynomialError, ValueError, TypeError):
        return Gaps()
    reach = (dk + 1, dn + 1) if max(dk, dn) >= SMALL_GRID else None
    return Gaps(reach, dt, [(o, d) for o, d in short if d >= instance_values(o)])


def degree_bound(e, target) -> int:
    """An upper bound on the degree in `target` (a symbol, or an atom such as dE/dΘ) of the numerator
    of e written as one fraction; a sum over 1..N counts as one more power of N than its body."""
    if e == target:
        return 1
    if not e.args or not e.has(target):
        return 0
    if isinstance(e, sympy.Pow) and e.exp.is_Integer:
        return abs(int(e.exp)) * degree_bound(e.base, target)
    if isinstance(e, sympy.Derivative):   # d/dΘ lowers a degree in Θ; its (Θ, n) is not an occurrence
        return degree_bound(e.expr, target)
    if isinstance(e, sympy.Sum):
        body = degree_bound(e.function, target)
        ends = sum(degree_bound(b, target) for lim in e.limits for b in lim[1:])
        return body + ends + (len(e.limits) if ends else 0)
    if isinstance(e, (sympy.Add, sympy.Mul)):
        return sum(degree_bound(a, target) for a in e.args)   # a sum of fractions: numerators multiply
    if isinstance(e, Energy) and target == Theta:
        return 0     # E_Θ: its own dependence on Θ is not an explicit Θ (no polynomial to refute)
    return sum(degree_bound(a, target) for a in e.args)


def bounded_gaps(lhs, rhs) -> Gaps:
    """Gaps from degree bounds on the rows themselves (cheap; may overstate, never understate)."""
    from derivation.meaning.notation import expand_definitions
    a, b = expand_definitions(lhs), expand_definitions(rhs)
    dk, dn, dt = (degree_bound(a, s) + degree_bound(b, s) for s in (K, N, Theta))
    atoms = {t for e in (a, b) for t in e.atoms(sympy.Derivative) if instance_values(t)}
    short = [(t, degree_bound(a, t) + degree_bound(b, t)) for t in atoms]
    reach = (dk + 1, dn + 1) if max(dk, dn) >= SMALL_GRID else None
    return Gaps(reach, dt, [(t, d) for t, d in short if d >= instance_values(t)])


def out_of_reach(lhs, rhs, gaps: Gaps, search) -> str | None:
    """Why the instances could not refute this step even if it were false (None: they could)."""
    if gaps.short:
        atom, degree = gaps.short[0]
        return (f"the sides differ by a polynomial of degree {degree} in ${latex_of(atom)}$, which takes only "
                f"{instance_values(atom)} values on the instances")
    # a polynomial in Θ (or any free quantity) against the distinct values visited: variation.not_varied
    order = max(derivative_order(lhs), derivative_order(rhs))
    if order > ENERGY_ORDER:
        return (f"the step takes derivatives of order {order}, and the instances' energies are quadratic in "
                f"Θ: derivatives of order {ENERGY_ORDER + 1} or more of E vanish on every one of them")
    return search.unreached
