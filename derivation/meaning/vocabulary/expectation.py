"""Distributions and what they average: expectations in every spelling, Var, Cov, the data distribution.

A distribution object knows its density on a state and how to average a body over a bound variable:

    ModelDist(m)          the model p = p~/Z:   E[f] = integral of p(x) f(x)
    DataDist(measure)     the N data points:    E[f] = (1/N) sum_i f(x^(i)); density (1/N) #{i: x^(i) = x}
                          (divided by the atom's mass when the document integrates)
    PosteriorDist(x, m)   p(h | x) over the latent space
    SecondDist(q)         a second normalized distribution q_phi (divergences.py)

    Expect(f, var, dist)  E_{var ~ dist}[f]; var is bound
    Var(f, var, dist)     E[f^2] - E[f]^2
    Cov(f, g, var, dist)  E[f g] - E[f] E[g]
"""
from __future__ import annotations

import sympy
from sympy import Basic, Integer, KroneckerDelta, Sum

from .base import DataPoint, N, Obj
from .model import ModelProb, Posterior
from .space import Mass, hidden_sum, visible_sum


class ModelDist(Basic):
    model = property(lambda self: self.args[0])

    def average(self, body, var):
        return self.model.sum_states(ModelProb(var, self.model) * body, var)

    def density(self, s):
        return ModelProb(s, self.model)

    def latex_text(self, printer):
        return r"p%s" % self.model.sub(printer)


class DataDist(Basic):
    def __new__(cls, measure=0):
        return Basic.__new__(cls, Integer(measure))

    def average(self, body, var):
        i = sympy.Dummy("i", integer=True, positive=True)
        return Sum(body.xreplace({var: DataPoint(i)}), (i, 1, N)) / N

    def density(self, s):
        i = sympy.Dummy("i", integer=True, positive=True)
        count = Sum(KroneckerDelta(DataPoint(i), s), (i, 1, N)) / N
        return count / Mass(s) if int(self.args[0]) else count

    def latex_text(self, printer):
        return r"p_{\mathrm{data}}"


class PosteriorDist(Basic):
    """p(h | x): args (x, model)."""

    def average(self, body, var):
        x, m = self.args
        return hidden_sum(Posterior(var, x, m) * body, var)

    def density(self, h):
        x, m = self.args
        return Posterior(h, x, m)

    def latex_text(self, printer):
        return r"p(h \mid %s)" % printer._print(self.args[0])


class Expect(Obj):
    """E_{var ~ dist}[f]."""
    bound = (1,)

    def definition(self):
        f, var, dist = self.args
        return dist.average(f, var)

    @property
    def real(self):
        from .signs import is_real
        return is_real(self.args[0])

    def latex_text(self, printer):
        f, var, dist = self.args
        return r"\mathbb{E}_{%s\sim %s}\left[%s\right]" % (printer._print(var), dist.latex_text(printer),
                                                          printer._print(f))


class Var(Obj):
    bound = (1,)

    def definition(self):
        f, var, dist = self.args
        return Expect(f ** 2, var, dist) - Expect(f, var, dist) ** 2

    def latex_text(self, printer):
        f, var, dist = self.args
        return r"\mathrm{Var}_{%s}\left[%s\right]" % (dist.latex_text(printer), printer._print(f))


class Cov(Obj):
    bound = (2,)

    def definition(self):
        f, g, var, dist = self.args
        return Expect(f * g, var, dist) - Expect(f, var, dist) * Expect(g, var, dist)

    def latex_text(self, printer):
        f, g, var, dist = self.args
        return r"\mathrm{Cov}_{%s}\left(%s, %s\right)" % (dist.latex_text(printer), printer._print(f),
                                                         printer._print(g))


__all__ = ["ModelDist", "DataDist", "PosteriorDist", "Expect", "Var", "Cov", "visible_sum"]


class LatentMarginalDist(Basic):
    """p(h) of a latent model, as a distribution on the latent space: args (model, measure). Its density is
    the joint summed over the visible states (model.hidden_marginal); KL(q(h | x) || p(h)), E_{p(h)}[f]."""

    def average(self, body, var):
        return hidden_sum(self.density(var) * body, var)

    def density(self, h):
        from .model import hidden_marginal
        m, measure = self.args
        return hidden_marginal(h, m, int(measure))

    def latex_text(self, printer):
        return r"p(h)"
