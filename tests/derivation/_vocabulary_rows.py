"""True rows of the chapter's newer vocabulary, each with an independent numeric reference, and their
one-symbol mutants (issue 18, part 2).

A row is a template: LaTeX with slots, and a Python function giving both sides' values on a finite
world (a few states, energies linear in each parameter, a second family q, a subset S of the states,
a data set), computed by plain enumeration, never by the checker. Every slot has alternatives: a
parameter θ→φ, an argument x→y, an index i→j, a domain (all states -> the subset S, i = 1 -> i = 2),
a distribution's letter p→q, or an added factor. Changing one slot gives a mutant whose falsity the
test confirms on the worlds before it asks the checker anything.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass

PARAMS = (r"\theta", r"\phi", r"\psi", r"\beta", r"\gamma")
STATES = ("x", "y", "z")


class World:
    """K states 0..K-1; E_t(s) = t T[s] + U[s] (model p), G_t(s) = t T2[s] + U2[s] (family q); E(s) = U[s]."""

    def __init__(self, seed: int):
        r = random.Random(seed)
        self.K = r.randint(3, 5)
        self.T, self.U, self.T2, self.U2, self.F = ([r.uniform(-1.5, 1.5) for _ in range(self.K)] for _ in range(5))
        vals = r.sample([0.25 + 0.1 * k for k in range(20)], len(PARAMS))
        self.param = dict(zip(PARAMS, vals))
        self.state = dict(zip(STATES, r.sample(range(self.K), len(STATES))))
        self.subset = list(range(self.K))[: self.K // 2 + 0]     # a proper subset S of the states
        self.data = [r.randrange(self.K) for _ in range(r.randint(2, 5))]

    def E(self, t, s, letter="p"):
        t = self.param[t] if t else 0.0
        return t * self.T[s] + self.U[s] if letter == "p" else t * self.T2[s] + self.U2[s]

    def dE(self, wrt, t, s, letter="p"):          # d E_t(s) / d wrt: zero unless wrt is t
        return (self.T[s] if letter == "p" else self.T2[s]) if wrt == t else 0.0

    def Z(self, t, letter="p", beta=None):
        b = self.param[beta] if beta else 1.0
        return sum(math.exp(-b * self.E(t, s, letter)) for s in range(self.K))

    def prob(self, letter, t, s):
        return math.exp(-self.E(t, s, letter)) / self.Z(t, letter)

    def states(self, domain):
        return self.subset if domain == "S" else range(self.K)

    def at(self, letter, binder, k):
        """An occurrence of a state letter: the bound value when it is the sum's variable, else its own."""
        return k if letter == binder else self.state[letter]

    def factor(self, f):
        t = self.param[r"\theta"]
        return {"": 1.0, "2": 2.0, "poly": 1 + t * (t - 1) * (t + 2) * (2 * t - 1)}[f]


FACTOR_TEX = {"": "", "2": "2", "poly": r"(1+\theta(\theta-1)(\theta+2)(2\theta-1))"}


def _dom(binder, domain):
    return binder if domain == "all" else rf"{binder} \in S"


@dataclass(frozen=True)
class Template:
    name: str
    defaults: dict     # slot -> its value in the true row
    options: dict      # slot -> the alternatives a mutation may give it
    build: object      # slots -> (latex, lhs(world), rhs(world))

    def row(self, **change):
        return self.build({**self.defaults, **change})


def _logz(s):
    tex = (rf"\log Z_{{{s['a']}}} = {FACTOR_TEX[s['f']]}\log \sum_{{{_dom('x', s['dom'])}}} "
           rf"e^{{-E_{{{s['b']}}}({s['c']})}}")
    return tex, (lambda w: math.log(w.Z(s["a"]))), (lambda w: w.factor(s["f"]) * math.log(
        sum(math.exp(-w.E(s["b"], w.at(s["c"], "x", k))) for k in w.states(s["dom"]))))


def _boltzmann(s):
    tex = rf"\log p_{{{s['a']}}}({s['c']}) = -E_{{{s['b']}}}({s['d']}) - \log Z_{{{s['e']}}}"
    return tex, (lambda w: math.log(w.prob("p", s["a"], w.state[s["c"]]))), \
        (lambda w: -w.E(s["b"], w.state[s["d"]]) - math.log(w.Z(s["e"])))


def _gradient(s):
    tex = (rf"\nabla_{{{s['a']}}} \log Z_{{{s['b']}}} = -\mathbb{{E}}_{{x \sim p_{{{s['d']}}}}}"
           rf"[\nabla_{{{s['e']}}} E_{{{s['g']}}}({s['c']})]")

    def lhs(w):
        return -sum(w.prob("p", s["b"], k) * w.dE(s["a"], s["b"], k) for k in range(w.K))
    return tex, lhs, (lambda w: -sum(w.prob("p", s["d"], k) * w.dE(s["e"], s["g"], w.at(s["c"], "x", k))
                                     for k in range(w.K)))


def _entropy(s):
    tex = (rf"H({s['L']}_{{{s['a']}}}) = -\sum_{{{_dom('x', s['dom'])}}} {s['M']}_{{{s['b']}}}({s['c']}) "
           rf"\log {s['N']}_{{{s['d']}}}(x)")
    return tex, (lambda w: -sum(w.prob(s["L"], s["a"], k) * math.log(w.prob(s["L"], s["a"], k))
                                for k in range(w.K))), \
        (lambda w: -sum(w.prob(s["M"], s["b"], w.at(s["c"], "x", k)) * math.log(w.prob(s["N"], s["d"], k))
                        for k in w.states(s["dom"])))


def _kl(s):
    tex = (rf"D_{{\mathrm{{KL}}}}(q_{{{s['a']}}} \| p_{{{s['b']}}}) = \sum_{{{_dom('x', s['dom'])}}} "
           rf"{s['L']}_{{{s['a2']}}}(x) \log \frac{{q_{{{s['a']}}}({s['c']})}}{{p_{{{s['b']}}}(x)}}")

    def lhs(w):
        return sum(w.prob("q", s["a"], k) * math.log(w.prob("q", s["a"], k) / w.prob("p", s["b"], k))
                   for k in range(w.K))
    return tex, lhs, (lambda w: sum(w.prob(s["L"], s["a2"], k) * math.log(
        w.prob("q", s["a"], w.at(s["c"], "x", k)) / w.prob("p", s["b"], k)) for k in w.states(s["dom"])))


def _temperature(s):
    tex = rf"\log Z({s['a']}) = \log \sum_{{{_dom('x', s['dom'])}}} e^{{-{s['b']} E({s['c']})}}"
    return tex, (lambda w: math.log(w.Z(None, beta=s["a"]))), (lambda w: math.log(sum(
        math.exp(-w.param[s["b"]] * w.E(None, w.at(s["c"], "x", k))) for k in w.states(s["dom"]))))


def _expectation(s):
    tex = (rf"\mathbb{{E}}_{{x \sim {s['L']}_{{{s['a']}}}}}[f(x)] = \sum_{{{_dom('x', s['dom'])}}} "
           rf"{s['M']}_{{{s['b']}}}(x) f({s['c']})")
    return tex, (lambda w: sum(w.prob(s["L"], s["a"], k) * w.F[k] for k in range(w.K))), \
        (lambda w: sum(w.prob(s["M"], s["b"], k) * w.F[w.at(s["c"], "x", k)] for k in w.states(s["dom"])))


def _nll(s):
    lo = s["lo"]
    tex = (rf"-\frac{{1}}{{N}}\sum_{{i={lo}}}^{{N}} \log p_{{{s['a']}}}(x_{{{s['i']}}}) = "
           rf"\frac{{1}}{{N}}\sum_{{i=1}}^{{N}} E_{{{s['b']}}}(x_{{i}}) + \log Z_{{{s['e']}}}")

    def point(w, idx, i):   # x_i inside the sum; x_j outside it is the data point j (here: the second)
        return w.data[i] if idx == "i" else w.data[1]
    n = lambda w: len(w.data)
    return tex, (lambda w: -sum(math.log(w.prob("p", s["a"], point(w, s["i"], i)))
                                for i in range(int(lo) - 1, n(w))) / n(w)), \
        (lambda w: sum(w.E(s["b"], w.data[i]) for i in range(n(w))) / n(w) + math.log(w.Z(s["e"])))


P, TH = PARAMS, r"\theta"
TEMPLATES = (
    Template("log Z", dict(a=TH, b=TH, c="x", dom="all", f=""),
             dict(a=(r"\phi",), b=(r"\phi",), c=("y",), dom=("S",), f=("2", "poly")), _logz),
    Template("log p", dict(a=TH, b=TH, c="x", d="x", e=TH),
             dict(a=(r"\phi",), b=(r"\phi",), c=("y",), d=("y",), e=(r"\phi",)), _boltzmann),
    Template("gradient of log Z", dict(a=TH, b=TH, c="x", d=TH, e=TH, g=TH),
             dict(b=(r"\phi",), c=("y",), d=(r"\phi",), g=(r"\phi",)), _gradient),
    Template("entropy", dict(L="q", M="q", N="q", a=r"\phi", b=r"\phi", d=r"\phi", c="x", dom="all"),
             dict(M=("p",), N=("p",), b=(r"\psi",), d=(r"\psi",), c=("y",), dom=("S",)), _entropy),
    Template("KL", dict(a=r"\phi", b=TH, a2=r"\phi", L="q", c="x", dom="all"),
             dict(a2=(r"\psi",), L=("p",), c=("y",), dom=("S",)), _kl),
    Template("temperature", dict(a=r"\beta", b=r"\beta", c="x", dom="all"),
             dict(a=(r"\gamma",), b=(r"\gamma",), c=("y",), dom=("S",)), _temperature),
    Template("expectation", dict(L="p", M="p", a=TH, b=TH, c="x", dom="all"),
             dict(M=("q",), b=(r"\phi",), c=("y",), dom=("S",)), _expectation),
    Template("negative log-likelihood", dict(a=TH, b=TH, e=TH, i="i", lo="1"),
             dict(a=(r"\phi",), e=(r"\phi",), i=("j",), lo=("2",)), _nll),
)
KINDS = {"a": "parameter", "b": "parameter", "d": "parameter", "e": "parameter", "g": "parameter",
         "a2": "parameter", "c": "argument", "dom": "domain", "lo": "domain", "i": "subscript",
         "L": "letter", "M": "letter", "N": "letter", "f": "added factor"}


def mutants():
    """(template, slot, value) for every one-slot change of every template."""
    return [(t, slot, v) for t in TEMPLATES for slot, vs in t.options.items() for v in vs]


WORLDS = tuple(World(seed) for seed in range(4))


def differ(lhs, rhs) -> bool:
    """Whether the two sides differ on some world: exact enumeration over its few states."""
    return any(abs(lhs(w) - rhs(w)) > 1e-6 * (1 + abs(lhs(w))) for w in WORLDS)


def display(tex: str) -> str:
    return f"$$\n{tex}\n$$\n"
