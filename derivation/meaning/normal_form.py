"""A sound normal form for rows of the eq. (7) derivation, recording the rules it used.

Every rewrite below is an equivalence for every finite state space, every data set and every
smooth real energy, so two rows with the same normal form are equal (`proved`). The converse
does not hold: rows that are equal but normalize differently are left to the instances.

1. Z, P, L, the expectations and every other object of the vocabulary are replaced by their fixed
   definitions (rule_names.py names each rule in the paper's words).
2. Derivatives with respect to Theta are evaluated rule by rule (linearity, product, power, log,
   exp, sums). Pushing d/dTheta into a sum is valid because every sum is finite and its bounds
   (1..N, 1..K) do not depend on Theta.
3. log(a b) = log a + log b, log(a^n) = n log a and log(e^a) = a are applied only when the factors
   are known positive: e^{real} > 0, Z > 0 (a non-empty sum of positive terms), P > 0, N, K >= 1.
   The energy is real, so e^{-E} > 0. Anything else keeps its log as an opaque atom.
4. A sum is split over the terms of its (expanded) body, factors free of its index are pulled out,
   a sum of an index-free term becomes a count ((hi - lo + 1) c), and each remaining sum gets a
   canonical index named by its nesting height, so equal sums become the same atom.
5. Sums, logs, exponentials, energies and their derivatives become symbols, e^{c u} with integer c
   becomes (e^u)^c, and the two sides are compared as rational functions with `cancel`. (Never
   `simplify`: SymPy 1.14's simplify can crash on Sums with symbolic bounds.) As with any
   algebra of fractions, a/a = 1 is used, so prove.py refuses a proof when a denominator is not
   known positive (`risky_denominators`); in eq. (7) they are Z, N, K or sums of e^{-E}.
"""
from __future__ import annotations

from collections import Counter

import sympy
from sympy import Add, Derivative, Integer, Mul, Pow, Sum, Symbol, cancel, exp, log

from .notation import DataPoint, Energy, Theta
from .rule_names import definition_rule
from .vocabulary import Obj, depends, is_param
from .vocabulary.signs import _primitive, is_positive, is_real  # noqa: F401 - re-exported for callers

def canonical_index(height: int) -> Symbol:
    """The index every sum of nesting height `height` is renamed to."""
    return Symbol(f"_s{height}", integer=True, positive=True)


def fresh_index(body, idx) -> Symbol:
    """The canonical index for the sum of `body` over `idx`: named by nesting height, never another
    symbol free in body (an enclosing sum's index): renaming must not capture it."""
    h = _sum_height(body)
    taken = body.free_symbols - {idx}
    while canonical_index(h) in taken:
        h += 1
    return canonical_index(h)


def _sum_height(e) -> int:
    """How deeply sums nest in e. SymPy merges Sum(Sum(f, a), b) into Sum(f, a, b): each limit counts."""
    hs = [_sum_height(s.function) + len(s.limits) for s in e.atoms(Sum)] if isinstance(e, sympy.Basic) else []
    return max(hs, default=0)


def _depends(e, v) -> bool:
    if isinstance(e, Obj) and hasattr(e, "depends_on") and e.definition() is None:
        return e.depends_on(v)
    return depends(e, v)


# (expression, factorise?, evaluate?) -> (its normal form, the rules its normalization fired, in order).
# A row is normalized again in the next step (its right side is that step's left side), under each of its
# readings and against the claim's first row (check.py's track); Z, p, E of a model recur in every step.
# Normalizing is a pure function of the expression, so each is done once per process; a hit fires the
# same rules in the same order as normalizing again would, so the rules a step reports are unchanged.
_NORMS: dict = {}
_NORMS_MAX = 50_000   # entries kept before the memo starts afresh (a few MB)


class Normalizer:
    """Normalizes expressions and counts the rules it fired (`rules`, in order of first use)."""

    def __init__(self, factorise: bool = False):
        self.rules: Counter = Counter()
        self.fired: list = []   # every rule fired, in order (what a memo hit fires again)
        self.factorise = factorise   # the RBM's factorisation over units (factorise.py): prove.py's second try

    def fire(self, rule: str):
        self.rules[rule] += 1
        self.fired.append(rule)

    # ---- the traversal -------------------------------------------------------------------
    def norm(self, e):
        if not isinstance(e, sympy.Basic) or (e.is_Atom and not isinstance(e, Obj)):
            return self._norm(e)
        from sympy.core.parameters import global_parameters
        key = (e, self.factorise, bool(global_parameters.evaluate))
        got = _NORMS.get(key)
        if got is not None:
            for rule in got[1]:   # the rules its normal form fired, fired again in the same order
                self.fire(rule)
            return got[0]
        start, before = len(self.fired), Counter(self.rules) if isinstance(e, Obj) else None
        out = self._norm(e)
        if before is not None:
            # an object (Z, p, E of a model) fires its rules again in the order of the rules' first use by
            # the normalizer that met it first (the counts it added, as Counter subtraction lists them): what
            # every later step has always reported for it, whether or not its normal form is remembered
            self.fired[start:] = [r for r, n in (self.rules - before).items() for _ in range(n)]
        if len(_NORMS) >= _NORMS_MAX:
            _NORMS.clear()
        _NORMS[key] = (out, tuple(self.fired[start:]))
        return out

    def _norm(self, e):
        if isinstance(e, Obj):
            d = e.definition()
            if d is None:
                return e  # a primitive: an atom
            self.fire(definition_rule(e))  # the paper's words, not the class name (rule_names.py)
            return self.norm(d)
        if not isinstance(e, sympy.Basic) or e.is_Atom:
            return e
        if isinstance(e, Derivative):
            return self._norm_derivative(e)
        if isinstance(e, Add):
            return Add(*[self.norm(a) for a in e.args])
        if isinstance(e, Mul):
            return Mul(*[self.norm(a) for a in e.args])
        if isinstance(e, Pow):
            return Pow(self.norm(e.base), self.norm(e.exp))
        if isinstance(e, exp):
            return self._norm_exp(self.norm(e.args[0]))
        if isinstance(e, log):
            return self._norm_log(self.norm(e.args[0]))
        if isinstance(e, Sum):
            return self._norm_sum(e)
        if isinstance(e, (Energy, DataPoint)):
            return e.func(*[self.norm(a) for a in e.args])
        return e  # anything else stays an opaque atom: sound, maybe incomplete

    def _norm_derivative(self, e):
        if not all(is_param(v) for v in e.variables):
            return e
        if isinstance(e.expr, Energy) and all(v == Theta for v in e.variables):
            return Derivative(self.norm(e.expr), *e.variable_count)  # dE/dTheta of an undefined energy: an atom
        if _primitive(e.expr):  # a derivative of an undefined table: an atom (0 if it does not depend on v)
            if not all(_depends(e.expr, v) for v in e.variables):
                return Integer(0)
            return Derivative(self.norm(e.expr), *e.variable_count)
        inner = self.norm(e.expr)
        for v in e.variables:
            inner = self.norm(self.diff(inner, v))
        return inner

    def _norm_exp(self, a):
        if isinstance(a, Add):
            self.fire("exp of a sum")
            return Mul(*[exp(t) for t in a.args])
        return exp(a)  # SymPy itself turns exp(log(y)) into y

    def _norm_log(self, a):
        if isinstance(a, exp) and is_real(a.args[0]):
            self.fire("log of exp")
            return a.args[0]
        if isinstance(a, Mul) and all(is_positive(f) for f in a.args):
            quotient = any(isinstance(f, Pow) and f.exp.is_negative for f in a.args)
            self.fire("log of a quotient" if quotient else "log of a product")
            return Add(*[self._norm_log(f) for f in a.args])
        if isinstance(a, Pow) and is_positive(a.base) and is_real(a.exp):
            self.fire("log of a power")
            return a.exp * self._norm_log(a.base)
        return log(a)

    def _norm_sum(self, e):
        body = e.function
        for lim in e.limits[:-1]:  # Sum(f, inner, outer): nest from the inside out
            body = Sum(body, lim)
        idx, lo, hi = e.limits[-1]
        lo, hi = self.norm(lo), self.norm(hi)
        body = self.norm(body)
        if lo.has(Theta) or hi.has(Theta):
            return Sum(body, (idx, lo, hi))
        from .factorise import RULE, factorise   # the RBM's sum over configurations of a product
        fact = factorise(body, idx, lo, hi) if self.factorise else None
        if fact is not None:
            self.fire(RULE)
            return self.norm(fact)
        atomized, table = atomize(body)
        back = {v: k for k, v in table.items()}
        terms = Add.make_args(sympy.expand(atomized))
        if self.factorise:   # the second try: each term as one fraction with its common factors apart, so a
            # factor free of the index is pulled out of a denominator too (p(v') p(h_j = 1 | v') over Z)
            terms = [sympy.factor_terms(sympy.cancel(t)) for t in terms]
        if len(terms) > 1:
            self.fire("linearity of the sum")
        out = []
        for term in terms:
            free, dep = [], []
            for f in Mul.make_args(term):
                f = f.xreplace(back)
                (dep if idx in f.free_symbols else free).append(f)
            free_part = Mul(*free)
            if not dep:
                self.fire("sum of a term free of the index")
                out.append(free_part * (hi - lo + 1))
                continue
            if free and free_part != 1:
                self.fire("pull a factor free of the index out of the sum")
            dep_part = Mul(*dep)
            picked = _kronecker_pick(dep, idx, lo, hi)
            if picked is not None:  # sum_c delta(c, j) f(c) = f(j) when j runs over the same range
                self.fire("sum of a Kronecker delta")
                out.append(free_part * self.norm(picked))
                continue
            from .power_sums import RULE as POWERS, power_sum   # sum_{i=1}^N i = N(N+1)/2: the index as a number
            closed = power_sum(dep_part, idx, lo, hi)
            if closed is not None:
                self.fire(POWERS)
                out.append(free_part * closed)
                continue
            k = fresh_index(dep_part, idx)
            out.append(free_part * Sum(dep_part.xreplace({idx: k}), (k, lo, hi)))
        return Add(*out)

    # ---- d/dTheta, rule by rule ----------------------------------------------------------
    def diff(self, e, v=Theta):
        """d e / d v, rule by rule (v a parameter: Theta, a Param, a component lambda[i])."""
        if not _depends(e, v):
            return Integer(0)
        if _primitive(e) and not isinstance(e, Energy):
            return Derivative(e, v)
        if isinstance(e, Derivative) and _primitive(e.expr) and not isinstance(e.expr, Energy):
            return Derivative(e.expr, *e.variables, v)
        if isinstance(v, sympy.Indexed) and isinstance(e, sympy.Indexed):
            if e.base != v.base or len(e.indices) != len(v.indices):
                return Integer(0)
            return Mul(*[sympy.KroneckerDelta(a, b) for a, b in zip(e.indices, v.indices)])  # W_ij: both
        if isinstance(e, Add):
            self.fire("linearity of the derivative")
            return Add(*[self.diff(a, v) for a in e.args])
        if isinstance(e, Mul):
            const = [f for f in e.args if not _depends(f, v)]
            var = [f for f in e.args if _depends(f, v)]
            if const:
                self.fire("linearity of the derivative")
            if len(var) > 1:
                self.fire("product rule")
            terms = [Mul(*var[:j], self.diff(var[j], v), *var[j + 1:]) for j in range(len(var))]
            return Mul(*const) * Add(*terms)
        if isinstance(e, Pow) and not _depends(e.exp, v):
            self.fire("derivative of 1/u" if e.exp == -1 else "power rule")
            return e.exp * e.base ** (e.exp - 1) * self.diff(e.base, v)
        if isinstance(e, exp):
            self.fire("chain rule for exp")
            return e * self.diff(e.args[0], v)
        if isinstance(e, log):
            self.fire("derivative of log")
            return self.diff(e.args[0], v) / e.args[0]
        if isinstance(e, Sum) and not any(_depends(b, v) for lim in e.limits for b in lim[1:]):
            self.fire("derivative of a sum")
            return Sum(self.diff(e.function, v), *e.limits)
        if v != Theta:
            if isinstance(e, Energy):
                return Integer(0)  # the post's energy depends on Theta only
            if e.is_Symbol or isinstance(e, sympy.Indexed):
                return Integer(1) if e == v else Integer(0)
            raise NotImplementedError(f"no rule for d/d{v} of {type(e).__name__}")
        if isinstance(e, Energy) and not e.args[0].has(Theta):
            return Derivative(e, Theta)
        if isinstance(e, Derivative) and isinstance(e.expr, Energy) and set(e.variables) == {Theta}:
            return Derivative(e.expr, (Theta, len(e.variables) + 1))
        self.fire("derivative (by SymPy)")
        return sympy.diff(e, Theta)


def _kronecker_pick(factors, idx, lo, hi):
    """f(j) for sum_{idx=lo..hi} delta(idx, j) f(idx), when j surely lies in lo..hi (a component index
    1..m summed over 1..m); None otherwise."""
    from .vocabulary import COMPONENTS, Index
    if lo != 1:
        return None
    for k, f in enumerate(factors):
        if isinstance(f, sympy.KroneckerDelta) and idx in f.args:
            j = f.args[0] if f.args[1] == idx else f.args[1]
            # j in 1..hi surely: a component index over 1..m, or a unit index over its layer (units.py)
            inside = (isinstance(j, Index) and hi == COMPONENTS) or getattr(j, "upper", None) == hi
            if inside and j != idx:
                rest = Mul(*(factors[:k] + factors[k + 1:]))
                return rest.xreplace({idx: j})
    return None


def atomize(e, table=None):
    """Replace sums, logs, exps, energies and derivatives by symbols: a rational function remains.

    Returns (expression in symbols, table {original: symbol}); equal subexpressions share a symbol.
    """
    table = {} if table is None else table

    def atom(a):
        if a not in table:
            table[a] = Symbol(f"_a{len(table)}")
        return table[a]

    def walk(a):
        if a.is_Number or a.is_Symbol:
            return a
        if isinstance(a, (Add, Mul)):
            return a.func(*[walk(t) for t in a.args])
        if isinstance(a, Pow) and a.exp.is_Integer:
            return walk(a.base) ** a.exp
        if isinstance(a, exp):
            arg = a.args[0]
            if isinstance(arg, Add):
                return Mul(*[walk(exp(t)) for t in arg.args])
            c, u = arg.as_coeff_Mul()
            if c.is_Integer and c != 1:
                return atom(exp(u)) ** c  # e^{-E} = (e^{E})^{-1}, so e^{E} e^{-E} cancels
        return atom(a)

    return walk(e), table


def normal_form(expr, normalizer: Normalizer | None = None):
    """The normal form of expr (a SymPy expression); rules fired go to `normalizer.rules`."""
    return (normalizer or Normalizer()).norm(sympy.sympify(expr))


def risky_denominators(expr) -> list:
    """Bases of negative powers not known positive: cancelling them could divide by zero."""
    out = []
    for p in expr.atoms(Pow):
        if p.exp.is_negative and not is_positive(p.base) and p.base not in out:
            out.append(p.base)
    return out


def same_value(lhs_nf, rhs_nf) -> bool:
    """Whether two normal forms are equal as rational functions of their atoms."""
    table: dict = {}
    a, _ = atomize(lhs_nf, table)
    b, _ = atomize(rhs_nf, table)
    return cancel(a - b) == 0
