"""Say in words what a step does, and, for an invalid step, what went wrong.

Everything here is computed from the two sides of the step (their normal forms and their raw
structure); nothing is keyed by row number. Each detector looks for one well-known slip:
a sum over the data standing where a sum over the state space belongs (or back), the log of a sum
turned into a sum of logs, the derivative of an expectation swapped with the expectation of the
derivative, a sign or a factor (such as 1/N) lost on a term. When none applies, it says so.
"""
from __future__ import annotations

import sympy
from sympy import Add, Derivative, Mul, Sum, Symbol, exp, log

from derivation.meaning.normal_form import atomize, fresh_index
from derivation.meaning.notation import DataPoint, Energy, K, N, Theta, expand_definitions, latex_of, x

RULE_WORDS = {
    "definition of Z": "writes out Z_Θ = Σ_x e^{-E_Θ(x)}, a sum over the whole state space",
    "definition of P": "writes out P_Θ(x) = e^{-E_Θ(x)} / Z_Θ",
    "definition of L": "writes out L(Θ, D) = -(1/N) Σ_i log P_Θ(x^(i))",
    "definition of the model expectation": "writes E_{x~P_Θ}[f] as Σ_x P_Θ(x) f(x), a sum over the state space",
    "definition of the data average": "writes the data average as (1/N) Σ_i f(x^(i))",
    "log of a quotient": "log(a/b) = log a - log b (both positive)",
    "log of a product": "log(ab) = log a + log b (both positive)",
    "log of a power": "log(a^n) = n log a (a positive)",
    "log of exp": "log e^{a} = a",
    "exp of a sum": "e^{a+b} = e^{a} e^{b}",
    "linearity of the derivative": "the derivative is linear (constants come out, sums split)",
    "product rule": "the product rule",
    "derivative of 1/u": "(1/u)' = -u'/u²",
    "power rule": "(u^n)' = n u^{n-1} u'",
    "chain rule for exp": "(e^{u})' = e^{u} u'",
    "derivative of log": "(log u)' = u'/u",
    "derivative of a sum": "the derivative of a finite sum is the sum of the derivatives",
    "linearity of the sum": "the sum of a sum of terms splits into one sum per term",
    "pull a factor free of the index out of the sum": "a factor free of the summation index comes out of the sum",
    "sum of a term free of the index": "a sum of N copies of a term free of the index is N times the term",
    "derivative (by SymPy)": "a derivative SymPy evaluated",
}


def describe_rules(rules) -> str:
    """What a proved step does, in words."""
    words = [RULE_WORDS.get(r, r) for r in rules]
    return "; ".join(words) + "." if words else ""


def readable(expr) -> str:
    """LaTeX of a normal form with canonical indices renamed: i (j, ...) over data, x (y, ...) over states."""
    from derivation.meaning.vocabulary import COMPONENTS, M
    names = {N: iter("ijklmn"), K: iter("xyzuvw"), M: iter(["h", "g", "h'", "g'"]), COMPONENTS: iter("abcd")}
    rename = {}
    for s in sorted(expr.atoms(Sum), key=sympy.default_sort_key):
        for idx, _, hi in s.limits:
            if idx not in rename and idx.name.startswith("_s") and hi in names:
                rename[idx] = Symbol(next(names[hi], idx.name), integer=True, positive=True)
    return latex_of(expr.xreplace(rename))


def canonical_sums(expr):
    """Definitions expanded, every sum's index renamed by nesting height; nothing else changes."""
    def walk(e):
        if isinstance(e, Sum):  # limits run innermost first; SymPy merges the nested sums again
            body = walk(e.function)
            for idx, lo, hi in e.limits:
                k = fresh_index(body, idx)
                body = Sum(body.xreplace({idx: k}), (k, walk(lo), walk(hi)))
            return body
        if not e.args or isinstance(e, DataPoint):
            return e
        return e.func(*[walk(a) for a in e.args])
    return walk(expand_definitions(expr))


def _sums(expr, bound):
    return {s for s in expr.atoms(Sum) if len(s.limits) == 1 and s.limits[0][1] == 1 and s.limits[0][2] == bound}


def _data_version(state_sum):
    """Σ_{x=1}^K f(x)  ->  Σ_{x=1}^N f(x^(x)): the same term, summed over the data instead."""
    k, _, _ = state_sum.limits[0]
    return Sum(state_sum.function.xreplace({k: DataPoint(k)}), (k, 1, N))


def _kind_of_term(state_sum) -> str | None:
    """"Z" for Σ_x e^{-E(x)}, "expectation" for Σ_x e^{-E(x)} ∂E(x)/∂Θ ... (the post's objects or the
    vocabulary's: every document is read into the vocabulary's, the hand-built chains of eq7.py are the post's)."""
    from derivation.meaning.vocabulary.model import ModelEnergy
    k = state_sum.limits[0][0]
    f = state_sum.function
    energies = [Energy(k, Theta)] + sorted((e for e in f.atoms(ModelEnergy) if e.args[0] == k), key=str)
    for energy in energies:
        weight = exp(-energy)
        if f == weight:
            return "Z"
        if weight in Mul.make_args(f) and any(D.expr == energy for D in f.atoms(Derivative)):
            return "expectation"
    return None


def state_vs_data(lhs_nf, rhs_nf) -> list[str]:
    """A sum over the state space on one side, the same term summed over the data on the other.

    Works on any two expressions whose sums carry canonical indices (normal forms, canonical_sums).
    """
    out = []
    for one, other, where, there in ((lhs_nf, rhs_nf, "left", "right"), (rhs_nf, lhs_nf, "right", "left")):
        for s in sorted(_sums(one, K) - _sums(other, K), key=sympy.default_sort_key):
            data = _data_version(s)
            if data not in _sums(other, N) - _sums(one, N):
                continue
            kind = _kind_of_term(s)
            if kind == "Z":
                text = (f"Z_Θ sums e^{{-E_Θ(x)}} over every state x = 1..K of the space (the {where} side "
                        f"has that sum), but the {there} side sums e^{{-E_Θ}} over the N data points only, "
                        f"${readable(data)}$.")
            elif kind == "expectation":
                text = (f"The model expectation E_{{x~P_Θ}}[∂E_Θ(x)/∂Θ] = Σ_x P_Θ(x) ∂E_Θ(x)/∂Θ runs over "
                        f"every state x = 1..K (the {where} side has it), but the {there} side sums "
                        f"P_Θ(x^(i)) ∂E_Θ(x^(i))/∂Θ over the N data points instead.")
            else:
                body = s.function.xreplace({s.limits[0][0]: x})
                text = (f"The {where} side sums ${readable(body)}$ over the whole state space "
                        f"(${readable(s)}$), but the {there} side sums the same term over the N data "
                        f"points only (${readable(data)}$).")
            out.append(text + " The two agree only when the data visit every state exactly once.")
    return out


def _slip_explains(one, other, old, new) -> bool:
    """Does making the slip old -> new on side `one` give exactly side `other`?"""
    from derivation.meaning.normal_form import normal_form, same_value
    try:
        return same_value(normal_form(one.xreplace({old: new})), normal_form(other))
    except (RecursionError, ValueError, TypeError, AttributeError, NotImplementedError):
        return False


def log_of_sum(lhs, rhs) -> list[str]:
    """log Σ f on one side; the other side is the same with Σ log f in its place."""
    a, b = expand_definitions(lhs), expand_definitions(rhs)
    for one, other in ((a, b), (b, a)):
        for lg in one.atoms(log):
            s = lg.args[0]
            if isinstance(s, Sum) and _slip_explains(one, other, lg, Sum(log(s.function), *s.limits)):
                return ["The log of a sum was turned into a sum of logs: log Σ f ≠ Σ log f "
                        "(log is not linear)."]
    return []


def derivative_vs_expectation(lhs, rhs) -> list[str]:
    """d/dΘ E_P[f] on one side; the other side is the same with E_P[df/dΘ] in its place."""
    from derivation.meaning.vocabulary.expectation import Expect, ModelDist
    for one, other in ((lhs, rhs), (rhs, lhs)):
        for D in one.atoms(Derivative):
            if isinstance(D.expr, Expect) and isinstance(D.expr.args[2], ModelDist):   # E_p of the model
                f, var, dist = D.expr.args
                swapped = Expect(Derivative(f, *D.variable_count), var, dist)
            else:
                continue
            if _slip_explains(one, other, D, swapped):
                return ["The derivative of an expectation was swapped with the expectation of the "
                        "derivative: ∂/∂Θ E_{x~P_Θ}[f] ≠ E_{x~P_Θ}[∂f/∂Θ], because P_Θ itself depends "
                        "on Θ: ∂/∂Θ E_{x~P_Θ}[f] = E_{x~P_Θ}[∂f/∂Θ] - Cov_{P_Θ}(f, ∂E/∂Θ)."]
    return []


def _coefficients(expr_atomized):
    """term (atoms only) -> its coefficient (numbers, N and K)."""
    out: dict = {}
    for term in Add.make_args(sympy.expand(expr_atomized)):
        coeff = [f for f in Mul.make_args(term) if f.free_symbols <= {N, K}]
        rest = [f for f in Mul.make_args(term) if not f.free_symbols <= {N, K}]
        key = Mul(*rest)
        out[key] = out.get(key, 0) + Mul(*coeff)
    return out


def coefficient_changes(lhs_nf, rhs_nf) -> list[str]:
    """A term kept on both sides whose sign or factor (1/N, ...) changed."""
    table: dict = {}
    a, _ = atomize(lhs_nf, table)
    b, _ = atomize(rhs_nf, table)
    back = {v: k for k, v in table.items()}
    ca, cb = _coefficients(a), _coefficients(b)
    out = []
    for key in sorted(set(ca) & set(cb), key=sympy.default_sort_key):
        x, y = sympy.cancel(ca[key]), sympy.cancel(cb[key])
        if sympy.cancel(x - y) == 0 or key == 1:
            continue
        term = readable(key.xreplace(back))
        if sympy.cancel(x + y) == 0:
            out.append(f"The term ${term}$ changed sign between the two sides (a sign was flipped).")
        else:
            ratio = sympy.cancel(x / y)
            out.append(f"The term ${term}$ has factor ${sympy.latex(x)}$ on the left but ${sympy.latex(y)}$ "
                       f"on the right: a factor ${sympy.latex(ratio)}$ was lost or gained"
                       + (" (a 1/N dropped or added)." if ratio in (N, 1 / N) else "."))
    return out


NO_DIAGNOSIS = ("No specific diagnosis applies: the two sides are different expressions, and the "
                "counterexample shows they take different values.")


def distinct_points(lhs, rhs) -> list[str]:
    """A free data point on one side that the other side does not have: x_j and x_k are two points."""
    def points(e):
        return {a.args[0] for a in e.atoms(DataPoint) if a.args[0] in e.free_symbols}
    a, b = points(lhs), points(rhs)
    if not a or not b or a == b:
        return []
    one, other = (", ".join(f"x_{s}" for s in sorted(p, key=str)) for p in (a, b))
    return [f"The left side is about the data point(s) {one}, the right side about {other}. Outside a sum, "
            "each data index names a point of its own, and the row must hold for every choice of them: "
            "different indices may be different data points."]


def diagnose(lhs, rhs, lhs_nf, rhs_nf) -> str:
    """Why lhs = rhs fails, in words (for a step with a counterexample)."""
    found = distinct_points(lhs, rhs) + derivative_vs_expectation(lhs, rhs) + log_of_sum(lhs, rhs)
    # Look for a data sum standing in for a state sum first as the rows are written (definitions
    # expanded only): that names the slip itself rather than its consequences after differentiation.
    found += state_vs_data(canonical_sums(lhs), canonical_sums(rhs))
    if lhs_nf is not None and rhs_nf is not None:
        if not found:
            found += state_vs_data(lhs_nf, rhs_nf)
        from .diagnose_vocabulary import vocabulary_slips
        named = [] if found else vocabulary_slips(lhs, rhs, lhs_nf, rhs_nf)  # a term the chapter names
        found += named or coefficient_changes(lhs_nf, rhs_nf)
    return " ".join(found) if found else NO_DIAGNOSIS
