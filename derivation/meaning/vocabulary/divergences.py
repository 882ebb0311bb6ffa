"""A second distribution on the same space, and entropy, cross-entropy and KL.

    Second(params, measure)  q_phi: any normalized distribution depending on its own parameters; on an
                             instance q(x) = e^{g(x)} / integral e^{g}, g a random table polynomial in phi
    SecondProb(s, q)         q(s)
    SecondDist(q)            the distribution, for expectations
    Entropy(d)               H(d) = -E_d[log d]
    CrossEntropy(d, e)       -E_d[log e]
    KL(d, e)                 E_d[log d - log e]
"""
from __future__ import annotations

from sympy import Basic, Integer, Sum, Symbol, Tuple, exp, log

from .base import M, Obj, depends, params_latex
from .expectation import Expect
from .space import dummy_state, visible_sum


class Second(Basic):
    """Second(params, measure, name, form): `name` tells two such distributions apart (q_theta and r_theta beside
    the model p_theta are two distributions, never one table). `form`: the log-table the document defines it
    by (q(x) = e^{g(x)} / sum_x' e^{g(x')}: Lambda(x, g(x)); derivation/meaning/second_definitions.py), else none:
    an arbitrary table."""
    def __new__(cls, params, measure=0, name="", form=None):
        if form is not None:
            return Basic.__new__(cls, Tuple(*params), Integer(measure), Symbol(str(name)), form)
        if name:
            return Basic.__new__(cls, Tuple(*params), Integer(measure), Symbol(str(name)))
        return Basic.__new__(cls, Tuple(*params), Integer(measure))

    params = property(lambda self: self.args[0])
    name = property(lambda self: self.args[2].name if len(self.args) > 2 else "")
    form = property(lambda self: self.args[3] if len(self.args) > 3 else None)

    def with_form(self, form):
        return Second(tuple(self.params), int(self.args[1]), self.name, form)


class SecondLogit(Obj):
    """g(s): the log of q's unnormalized table (a primitive), or the form the document defines q by."""
    real = True

    def definition(self):
        s, q = self.args
        return q.form(s) if q.form is not None and not isinstance(s, Tuple) else None

    def instance_value(self, inst):
        from .space import located
        s, extra = located(self.args[0])
        q = self.args[1]
        key = ("f", "g_" + q.name, 0, s) if q.name else ("q", s)
        return inst.table(key, tuple(q.params) + extra, kind="logit")

    def depends_on(self, v):
        q = self.args[1]
        return depends(q.params, v) or self.args[0].has(v) or q.form is not None and depends(q.form, v)

    def latex_text(self, printer):
        s, q = self.args
        if not q.params and q.name:   # q beside p, no parameter written (derivation/meaning/roles_choice.py): g_q
            return r"g_{%s}(%s)" % (q.name, printer._print(s))
        return r"g_{%s}(%s)" % (params_latex(printer, q.params), printer._print(s))


class SecondProb(Obj):
    positive = True

    def definition(self):
        s, q = self.args
        y = dummy_state("y")
        return exp(SecondLogit(s, q)) / visible_sum(exp(SecondLogit(y, q)), y, q.args[1])

    def latex_text(self, printer):
        s, q = self.args
        if not q.params and q.name:
            return r"%s(%s)" % (q.name, printer._print(s))
        return r"q_{%s}(%s)" % (params_latex(printer, q.params), printer._print(s))


class SecondDist(Basic):
    q = property(lambda self: self.args[0])

    def average(self, body, var):
        return visible_sum(SecondProb(var, self.q) * body, var, self.q.args[1])

    def density(self, s):
        return SecondProb(s, self.q)

    def latex_text(self, printer):
        if not self.q.params and self.q.name:   # q, q' of their own (no parameter): the letter, never q_{}
            return self.q.name
        return r"q_{%s}" % params_latex(printer, self.q.params)


def _log_density(d, y):
    return log(d.density(y))


class Entropy(Obj):
    def definition(self):
        d = self.args[0]
        y = dummy_state("y")
        return -Expect(_log_density(d, y), y, d)

    def latex_text(self, printer):
        return r"H(%s)" % self.args[0].latex_text(printer)


class CrossEntropy(Obj):
    def definition(self):
        d, e = self.args
        y = dummy_state("y")
        return -Expect(_log_density(e, y), y, d)

    def latex_text(self, printer):
        return r"H(%s, %s)" % (self.args[0].latex_text(printer), self.args[1].latex_text(printer))


class KL(Obj):
    def definition(self):
        d, e = self.args
        y = dummy_state("y")
        return Expect(_log_density(d, y) - _log_density(e, y), y, d)

    def latex_text(self, printer):
        return r"\mathrm{KL}\left(%s \,\|\, %s\right)" % (self.args[0].latex_text(printer),
                                                         self.args[1].latex_text(printer))


class SecondCond(Obj):
    """q(a | b): a second distribution conditional on the state b, normalized over a's space for each b
    (the latent space when a is a latent state): e^{g(a, b)} / sum_a' e^{g(a', b)}. Never the model's
    posterior p(h | v): a variational q(h | v) is a distribution of its own."""
    positive = True

    def definition(self):
        a, b, q, latent = self.args
        y = dummy_state("y")
        den = exp(SecondLogit(Tuple(y, b), q))
        total = Sum(den, (y, 1, M)) if int(latent) else visible_sum(den, y, q.args[1])
        return exp(SecondLogit(Tuple(a, b), q)) / total

    def latex_text(self, printer):
        a, b, q, _ = self.args
        return r"q_{%s}(%s \mid %s)" % (params_latex(printer, q.params), printer._print(a), printer._print(b))


class SecondCondDist(Basic):
    """The distribution q(. | b), for expectations and KL."""

    def __new__(cls, q, b, latent=0):
        return Basic.__new__(cls, q, b, Integer(int(latent)))

    def average(self, body, var):
        q, b, latent = self.args
        weighted = SecondCond(var, b, q, latent) * body
        return Sum(weighted, (var, 1, M)) if int(latent) else visible_sum(weighted, var, q.args[1])

    def density(self, s):
        q, b, latent = self.args
        return SecondCond(s, b, q, latent)

    def latex_text(self, printer):
        q, b, _ = self.args
        return r"q_{%s}(\cdot \mid %s)" % (params_latex(printer, q.params), printer._print(b))


class SecondLatent(Obj):
    """q(z) of a latent state z (the document's latent, p(x, z)): a second distribution on the latent space,
    normalized over it: e^{g(z)} / sum_{z'=1}^{M} e^{g(z')} (derivation/meaning/meaning_dists.py)."""
    positive = True

    def definition(self):
        s, q = self.args
        y = dummy_state("y")
        return exp(SecondLogit(s, q)) / Sum(exp(SecondLogit(y, q)), (y, 1, M))

    def latex_text(self, printer):
        s, q = self.args
        name = q.name if not q.params and q.name else r"q_{%s}" % params_latex(printer, q.params)
        return r"%s(%s)" % (name, printer._print(s))


class SecondLatentDist(Basic):
    """The distribution q(z) on the latent space, for expectations and KL."""
    q = property(lambda self: self.args[0])

    def average(self, body, var):
        return Sum(SecondLatent(var, self.q) * body, (var, 1, M))

    def density(self, s):
        return SecondLatent(s, self.q)

    def latex_text(self, printer):
        return r"%s" % (self.q.name or r"q_{%s}" % params_latex(printer, self.q.params))
