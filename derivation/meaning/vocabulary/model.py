"""The energy-based model and what it defines: energy, unnormalized density, Z, p, free energies, latents.

A Model (one per document, from the roles of its letters) says which parameters the energy depends on,
the inverse temperature (1 when the document has none), whether the energy is a joint E(x, h) over a
latent space, whether the document integrates (a measure on the states), and, when the document
specifies the energy's form (H = H_0 - sum_i lambda_i A_i), that form.

    E(s)          ModelEnergy(s, m)   s a visible state, or Tuple(x, h) for the joint energy; for a single
                                      visible state of a latent model, the marginal energy F(x)
    p~(x)         Unnorm(s, m)        e^{-beta E(s)}   (latent: sum_h e^{-beta E(x, h)})
    Z             ModelPartition(m)        integral of p~ over the visible space
    p(x), p(x,h)  ModelProb(s, m)     p~(s) / Z
    p(h | x)      Posterior(h, x, m)  e^{-beta E(x,h)} / sum_h' e^{-beta E(x,h')}
    p(x | h)      Conditional(x, h, m) e^{-beta E(x,h)} / integral over x' of e^{-beta E(x',h)}
    F(x)          FreeEnergy(s, m)    -(1/beta) log p~(x)
    F             Helmholtz(m)        -(1/beta) log Z
    L             NLL(m)              -(1/N) sum_i log p(x^(i))
"""
from __future__ import annotations

import sympy
from sympy import Basic, Integer, Lambda, S, Sum, Tuple, exp, log

from .base import DataPoint, N, Obj, VectorParam, depends, params_latex
from .space import dummy_state, hidden_sum, visible_sum


class Model(Basic):
    """Model(params, beta, hidden, measure, energy, at): see the module docstring. energy is 0 or a Lambda.

    `at` evaluates the family elsewhere: one value per parameter (Z(theta + epsilon), p_{theta'}, E(x; theta_0)),
    empty for the document's own point. The tables stay those of `params` (the same family), each entry
    evaluated at the value: Z(theta') and Z(theta) differ wherever theta' and theta get different numbers."""

    def __new__(cls, params, beta=S.One, hidden=0, measure=0, energy=S.Zero, at=()):
        params = Tuple(*params)
        at = Tuple(*at)
        if at and (len(at) != len(params) or tuple(at) == tuple(params)):
            at = Tuple() if tuple(at) == tuple(params) else at
            if at and len(at) != len(params):
                raise ValueError("Model: one value per parameter")
        return Basic.__new__(cls, params, sympy.sympify(beta), Integer(hidden), Integer(measure),
                             energy if isinstance(energy, Lambda) else S.Zero, at)

    params = property(lambda self: self.args[0])
    beta = property(lambda self: self.args[1])
    hidden = property(lambda self: bool(self.args[2]))
    measure = property(lambda self: self.args[3])
    form = property(lambda self: self.args[4])
    values = property(lambda self: self.args[5] if self.args[5] else self.args[0])

    @property
    def shift(self) -> dict:
        """{parameter: the value it is evaluated at} for the parameters written at another value."""
        return {p: v for p, v in zip(self.args[0], self.args[5]) if p != v}

    def sum_states(self, body, var):
        return visible_sum(body, var, self.measure)

    def sub(self, printer) -> str:
        """`_{\\theta}` (or `_{\\theta,\\beta}`), empty without parameters."""
        inner = params_latex(printer, self.values)
        return "_{%s}" % inner if inner else ""

    def params_text(self, printer) -> str:
        return params_latex(printer, self.values)


def _state_latex(printer, s):
    return ",".join(map(printer._print, s)) if isinstance(s, Tuple) else printer._print(s)


class ModelEnergy(Obj):
    """E(s): a primitive table on an instance, unless the document fixed its form (or s is a marginal)."""
    real = True

    def __new__(cls, s, m):
        s = sympy.sympify(s)
        if isinstance(m, Model) and m.beta != 1 and not (m.hidden and not isinstance(s, Tuple)):
            # the energy does not depend on the temperature: E under Z(2 beta) is E under Z(beta), one atom
            # (a visible state's marginal energy in a latent model is its free energy: it keeps beta)
            m = Model(tuple(m.params), S.One, int(m.hidden), int(m.measure), m.form, tuple(m.args[5]))
        return Obj.__new__(cls, s, m)

    def definition(self):
        s, m = self.args
        if m.form != 0:
            body = m.form(*s) if isinstance(s, Tuple) else m.form(s)
            return body.xreplace(m.shift) if m.shift else body
        if m.hidden and not isinstance(s, Tuple):
            return FreeEnergy(s, m)
        return None

    def instance_value(self, inst):
        from .space import located
        s, extra = located(self.args[0])
        m = self.args[1]
        table = inst.table(("E", s), tuple(m.params) + extra, kind="energy")
        return table.xreplace(m.shift) if m.shift else table   # the same table, at the value written

    def depends_on(self, v):
        return depends(self.args[1].values, v) or self.args[0].has(v)

    def latex_text(self, printer):
        s, m = self.args
        return r"E%s(%s)" % (m.sub(printer), _state_latex(printer, s))


class Unnorm(Obj):
    """p~(s) = e^{-beta E(s)}; for a visible state of a latent model, sum_h e^{-beta E(s, h)}."""
    positive = True

    def definition(self):
        s, m = self.args
        if m.hidden and not isinstance(s, Tuple):
            h = dummy_state("h")
            return hidden_sum(exp(-m.beta * ModelEnergy(Tuple(s, h), m)), h)
        return exp(-m.beta * ModelEnergy(s, m))

    def latex_text(self, printer):
        s, m = self.args
        return r"\tilde{p}%s(%s)" % (m.sub(printer), _state_latex(printer, s))


class ModelPartition(Obj):
    """Z = the integral of p~ over the whole visible space (never over the data)."""
    positive = True

    def definition(self):
        m = self.args[0]
        y = dummy_state("y")
        return m.sum_states(Unnorm(y, m), y)

    def latex_text(self, printer):
        return r"Z%s" % self.args[0].sub(printer)


class ModelProb(Obj):
    """p(s) = p~(s) / Z (s a visible state, or Tuple(x, h) for the joint)."""
    positive = True

    def definition(self):
        s, m = self.args
        return Unnorm(s, m) / ModelPartition(m)

    def latex_text(self, printer):
        s, m = self.args
        return r"p%s(%s)" % (m.sub(printer), _state_latex(printer, s))


class Posterior(Obj):
    """p(h | x) = e^{-beta E(x,h)} / sum_h' e^{-beta E(x,h')}."""
    positive = True

    def definition(self):
        h, x, m = self.args
        g = dummy_state("g")
        return exp(-m.beta * ModelEnergy(Tuple(x, h), m)) / hidden_sum(exp(-m.beta * ModelEnergy(Tuple(x, g), m)), g)

    def latex_text(self, printer):
        h, x, m = self.args
        return r"p%s(%s \mid %s)" % (m.sub(printer), printer._print(h), printer._print(x))


class Conditional(Obj):
    """p(x | h) = e^{-beta E(x,h)} / integral over x' of e^{-beta E(x',h)}."""
    positive = True

    def definition(self):
        x, h, m = self.args
        y = dummy_state("y")
        return exp(-m.beta * ModelEnergy(Tuple(x, h), m)) / m.sum_states(exp(-m.beta * ModelEnergy(Tuple(y, h), m)), y)

    def latex_text(self, printer):
        x, h, m = self.args
        return r"p%s(%s \mid %s)" % (m.sub(printer), printer._print(x), printer._print(h))


class FreeEnergy(Obj):
    """F(x) = -(1/beta) log p~(x): -(1/beta) log sum_h e^{-beta E(x,h)} (= E(x) without latents)."""
    real = True

    def definition(self):
        s, m = self.args
        if not m.hidden:
            return ModelEnergy(s, m)
        return -log(Unnorm(s, m)) / m.beta

    def latex_text(self, printer):
        s, m = self.args
        return r"\mathcal{F}%s(%s)" % (m.sub(printer), printer._print(s))


class Helmholtz(Obj):
    """F = -(1/beta) log Z, the free energy of the whole system."""
    real = True

    def definition(self):
        m = self.args[0]
        return -log(ModelPartition(m)) / m.beta

    def latex_text(self, printer):
        return r"F%s" % self.args[0].sub(printer)


class NLL(Obj):
    """L = -(1/N) sum_i log p(x^(i)): the negative log-likelihood per data point."""
    real = True

    def definition(self):
        m = self.args[0]
        i = sympy.Dummy("i", integer=True, positive=True)
        return -Sum(log(ModelProb(DataPoint(i), m)), (i, 1, N)) / N

    def latex_text(self, printer):
        return r"\mathcal{L}(%s)" % self.args[0].params_text(printer)


MODEL_OBJECTS = (ModelEnergy, Unnorm, ModelPartition, ModelProb, Posterior, Conditional, FreeEnergy, Helmholtz, NLL)
__all__ = ["Model", "VectorParam", *[c.__name__ for c in MODEL_OBJECTS]]


def hidden_marginal(h, m, measure):
    """p(h) of a latent model: the joint summed over the visible states, sum_x p(x, h) (the vocabulary has no
    object of its own for it; written out, the checker proves what follows from the joint's definition)."""
    from .space import dummy_state, visible_sum
    x = dummy_state("x")
    return visible_sum(ModelProb(Tuple(x, h), m), x, int(measure))
