"""Functions of the state that the document names but does not define (A_i(x), H_0(x), f(x), h(x)).

StateFn(name, index, s, params): a real function of the state s, depending on `params` only (f(x) in
E_p[f] is free of theta unless written f_theta). On an instance: a random small table, polynomial in
each of its parameters. `index` is 0, or the component index of A_i.
"""
from __future__ import annotations

from sympy import Rational, Symbol, Tuple, exp

from .base import Obj, Param, depends


class StateFn(Obj):
    real = True
    named = True   # its first argument is its name, never a state (judge/unit_values._located_args)

    def __new__(cls, name, index, s, params=()):
        name = Symbol(name) if isinstance(name, str) else name
        return Obj.__new__(cls, name, index, s, Tuple(*params))

    def instance_value(self, inst):
        from .space import located
        name, index, s, params = self.args
        s, extra = located(s)
        return inst.table(("f", name.name, index, s), tuple(params) + extra, kind="function")

    def depends_on(self, v):
        return depends(self.args[3], v) or self.args[2].has(v)

    def latex_text(self, printer):
        name, index, s, params = self.args
        head = printer._print(name) if index == 0 else r"%s_{%s}" % (printer._print(name), printer._print(index))
        return r"%s(%s)" % (head, printer._print(s))


class ParamValue(Param):
    """A parameter written at a value of its own (theta', theta_0, theta_{t+1}, hat theta, phi beside theta):
    a real number like the parameter, which the family may be evaluated at (Model(..., at=...)). It takes
    many values over the instances (positive ones for a temperature), rarely the parameter's own."""

    def instance_point(self, inst):
        import sympy
        values = POSITIVE_VALUES if self.is_positive else ARBITRARY_VALUES
        return sympy.sympify(values[(inst.seed + sum(map(ord, self.name))) % len(values)])


# values an arbitrary constant takes on the instances: many distinct ones (a false polynomial identity of
# degree below their number is refuted, where the parameters' four points would let a(a-1)(a+2)(2a-1) = 0
# pass), small, of both signs, with 0 and 1 among them
ARBITRARY_VALUES = ("2", "-1", "1/3", "3", "0", "-5/2", "1", "7/4", "-3", "1/2", "5", "-2/3")
POSITIVE_VALUES = ("3", "1/3", "2", "5/2", "1", "4", "3/4", "1/2", "5", "7/3")


class Arbitrary(Param):
    """A letter the vocabulary does not know (c, a_1, epsilon, theta'): an arbitrary real constant. A step
    is valid when it holds for every value; each instance gives it a value (printed with the rest)."""

    def instance_point(self, inst):
        import sympy
        k = (inst.seed + sum(map(ord, self.name))) % len(ARBITRARY_VALUES)
        return sympy.sympify(ARBITRARY_VALUES[k])


class ArbitraryFn(Obj):
    """f(a_1, ..., a_n) for a function the vocabulary does not know: an arbitrary function of exactly the
    arguments written (states, and real arguments such as theta + epsilon). On an instance: for each
    value of the state arguments, value + sum_k (d_k u_k + s_k u_k^2 / 2 + r_k (e^{u_k} - 1 - u_k - u_k^2/2))
    + sum_{k<l} c_kl u_k u_l in the real arguments u_k (printed with the rest as `f(states): value = ...,
    d/df.k = d_k, d2/df.k2 = s_k, e^{f.k} coefficient = r_k`): its derivatives at 0 are the printed ones."""
    real = True

    def __new__(cls, name, states=(), reals=()):
        from sympy.core.symbol import Str   # a name, never a symbol an evaluator could give a value
        name = Str(name) if isinstance(name, str) else name
        return Obj.__new__(cls, name, Tuple(*states), Tuple(*reals))

    def instance_value(self, inst):
        from .space import located
        name, states, reals = self.args
        plain, extra = located(Tuple(*states))
        slots = [Param(f"{name.name}.{k + 1}") for k in range(len(reals))]
        base, d, s2, c = inst.table_coeffs(("f", name.name, 0, plain), tuple(slots) + tuple(extra), "function")
        u = dict(zip(slots, reals))
        u.update({xi: xi - inst.point(xi) for xi in extra})
        value = base + sum(d[p] * u[p] + Rational(s2[p], 2) * u[p] ** 2 for p in d)
        value += sum(v * u[p] * u[q] for (p, q), v in c.items())
        # and a transcendental part r_k e^{u_k}: no finite-difference identity of polynomials (the third
        # difference of a quadratic is 0) holds for it, so a row false for some function never holds here
        from derivation.meaning.table_names import entry_name as _entry_name
        entry = inst.tables.get(_entry_name(("f", name.name, 0, plain)), {})
        for p in slots:
            r = inst.draw(("exp", name.name, str(plain), str(p)), (1, -1, 2, 1, -2))
            if isinstance(entry, dict):
                entry[f"e^{{{p}}} coefficient"] = r
            value += r * (exp(u[p]) - 1 - u[p] - u[p] ** 2 / 2)
        return value

    def depends_on(self, v):
        return depends(self.args[2], v) or self.args[1].has(v)   # the real arguments, a Tuple

    def latex_text(self, printer):
        name, states, reals = self.args
        return r"%s(%s)" % (name.name, ", ".join(printer._print(a) for a in (*states, *reals)))


# ---- functions with a meaning of their own (sigma, softplus, tanh, ...): exact, written in exp and log, so
# the normal form, the float evaluators and the exact one need nothing new. sigma'(u) is the derivative.
def _logistic(u):
    return 1 / (1 + exp(-u))


def _softplus(u):
    from sympy import log
    return log(1 + exp(u))


def _tanh(u):
    return (exp(u) - exp(-u)) / (exp(u) + exp(-u))


def _cosh(u):
    return (exp(u) + exp(-u)) / 2


def _sinh(u):
    return (exp(u) - exp(-u)) / 2


def _sin(u):
    from sympy import sin
    return sin(u)


def _cos(u):
    from sympy import cos
    return cos(u)


def _tan(u):
    from sympy import tan
    return tan(u)


FIXED_MEANINGS = {"sigma": _logistic, "sigm": _logistic, "sigmoid": _logistic, "logistic": _logistic,
                  "softplus": _softplus, "tanh": _tanh, "cosh": _cosh, "sinh": _sinh,
                  # \sin, \cos, \tan (read/respell_functions.py): SymPy's own, exact at every rational point
                  "sin": _sin, "cos": _cos, "tan": _tan}
EXTREMA = {"max": "Max", "min": "Min"}   # \max(a, b), \min\{a, b\}: the largest (smallest) value listed


def extremum(name: str, values):
    """max(a, b, ...) or min(...) of the values listed (SymPy's Max, Min), or None for another name."""
    import sympy
    kind = EXTREMA.get(name)
    return getattr(sympy, kind)(*values) if kind and len(values) >= 2 else None
LOG_SUM_EXP = {"LogSumExp", "logsumexp", "LSE", "lse"}


def fixed_function(name: str, u, primes: int = 0):
    """name(u) for a function of FIXED_MEANINGS (its primes-th derivative at u, sigma' = sigma(1 - sigma)),
    or None when the name has no fixed meaning here."""
    f = FIXED_MEANINGS.get(name)
    if f is None:
        return None
    if not primes:
        return f(u)
    from sympy import Dummy, diff
    from sympy.core.parameters import evaluate
    t = Dummy("t", real=True)
    with evaluate(True):   # built unevaluated (built.py), d^n t/dt^n stayed Piecewise((t, Eq(1, 0)), (1, Eq(1, 1)), ..),
        d = diff(f(t), t, primes)   # which SymPy rebuilt as 0 once t was a letter the document defines (sigma'(a) = 0)
    return d.xreplace({t: u})
