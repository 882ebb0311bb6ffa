"""hostile11 (adapted from hostile10): prose and model rows shared by the case files, and small helpers."""
import itertools as it

import numpy as np

from world import CE, H, KL, d1, d2, lse, sig, softmax, softplus, spins, bits, bm3, TT, A2, p2, gradA2, hessA2  # noqa: F401

T_, F_ = "true", "false"
MODEL = [r"p_\theta(x) = \frac{1}{Z_\theta} \exp\left(-E_\theta(x)\right)"]
MODELZ = r"Here $Z_\theta = \sum_{x} \exp(-E_\theta(x))$ runs over all states $x$ of a finite set."
GIBBS = [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"]
GIBBSZ = r"with $Z(\beta) = \sum_{x} e^{-\beta E(x)}$ over the $K$ states."
QANY = r"Let $q$ be an arbitrary distribution over the same finite set of states as $p_\theta$."
QPHI = r"Let $q_\phi(x) = \frac{e^{\phi f(x) + g(x)}}{\sum_{x'} e^{\phi f(x') + g(x')}}$ be a second model with its own parameter $\phi$."
QPSI = (r"Let $q_\phi(x) \propto e^{\phi f(x) + g(x)}$ and $q_\psi(x) \propto e^{\psi f(x) + g(x)}$ be two members of one "
        r"family, with different parameters $\phi$ and $\psi$.")
TH0 = r"Let $\theta_0$ be a fixed reference value of the parameter, distinct from $\theta$."
THP = r"Write $\theta'$ for a second value of the parameter."
DATA = r"We observe data $x^{(1)}, \ldots, x^{(N)}$."
LAT = (r"Consider a latent-variable model $p(v, h) = p(h)\, p(v \mid h)$ over finitely many values of $v$ and $h$, "
       r"and a variational distribution $q(h \mid v) > 0$ chosen freely.")
LIN = r"The energy is linear in the parameter: $E_\theta(x) = \theta\, g(x)$."
SUBA = r"Let $A$ be a nonempty proper subset of the states."


def dlogZ(W, t=None):
    return d1(lambda u: W.logZ(u), W.th if t is None else t)


def Ep(W, vals, t=None):
    return float(W.p(t) @ np.asarray(vals, float))


const = lambda v: (lambda W: v)
zero = const(0.0)
one = const(1.0)


# ---- an RBM with any unit sets for v and h (vu, hu), parameters from the world
class R:
    def __init__(self, W, vu=(0, 1), hu=(0, 1)):
        self.W, self.b, self.c = W.W, W.bv, W.ch
        self.nv, self.nh = W.nv, W.nh
        self.vs = np.array(list(it.product(vu, repeat=self.nv)), float)
        self.hs = np.array(list(it.product(hu, repeat=self.nh)), float)
        self.vu, self.hu = vu, hu

    def E(self, W=None, b=None, c=None):
        W = self.W if W is None else W
        b = self.b if b is None else b
        c = self.c if c is None else c
        return -(self.vs @ b)[:, None] - (self.hs @ c)[None, :] - self.vs @ W @ self.hs.T  # [v, h]

    def joint(self, **kw):
        e = np.exp(-self.E(**kw))
        return e / e.sum()

    def Z(self, **kw):
        return float(np.exp(-self.E(**kw)).sum())

    def pv(self, **kw):
        return self.joint(**kw).sum(1)

    def ph(self, **kw):
        return self.joint(**kw).sum(0)

    def F(self, **kw):
        return -np.log(np.exp(-self.E(**kw)).sum(1))

    def cond_h(self, j, val):  # p(h_j = val | v), per v
        jt = self.joint()
        return jt[:, self.hs[:, j] == val].sum(1) / jt.sum(1)

    def cond_v(self, i, val):  # p(v_i = val | h), per h
        jt = self.joint()
        return jt[self.vs[:, i] == val, :].sum(0) / jt.sum(0)

    def hin(self):  # [j, v]: c_j + sum_i v_i W_ij
        return (self.c[:, None] + (self.vs @ self.W).T)

    def vin(self):  # [i, h]: b_i + sum_j W_ij h_j
        return (self.b[:, None] + (self.hs @ self.W.T).T)

    def ch_all(self, val):
        return np.stack([self.cond_h(j, val) for j in range(self.nh)])

    def cv_all(self, val):
        return np.stack([self.cond_v(i, val) for i in range(self.nv)])

    def Eh(self):  # E[h_j | v], [j, v]
        return np.stack([sum(u * self.cond_h(j, u) for u in self.hu) for j in range(self.nh)])

    def Ev(self):
        return np.stack([sum(u * self.cond_v(i, u) for u in self.vu) for i in range(self.nv)])


# ---- small Ising models with given couplings (spins +-1 unless told)
def ising_Z(energy, n, units=(-1, 1), beta=1.0):
    S = np.array(list(it.product(units, repeat=n)), float)
    return float(np.exp(-beta * np.array([energy(s) for s in S])).sum())


def ising_mean(energy, n, fn, units=(-1, 1), beta=1.0):
    S = np.array(list(it.product(units, repeat=n)), float)
    w = np.exp(-beta * np.array([energy(s) for s in S]))
    return float((w * np.array([fn(s) for s in S])).sum() / w.sum())


# ---- hostile9 prose (new wording)
M9 = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]
M9Z = r"where $Z_\theta = \sum_{x} e^{-E_\theta(x)}$ sums over the $K$ states $x$ of a finite set."
Q9 = r"Let $q$ be a second distribution on the same states, with $q(x) > 0$ for every $x$."
R9 = r"Let $r$ be a third distribution on these states, also positive everywhere."
PT9 = r"Write $\tilde p_\theta(x) = e^{-E_\theta(x)}$ for the unnormalised model."
QPHI9 = (r"A second model $q_\phi(x) = e^{\phi f(x) + g(x)} / Z(\phi)$ has its own parameter $\phi$, "
         r"with $Z(\phi) = \sum_{x} e^{\phi f(x) + g(x)}$.")
QPSI9 = (r"Take two members $q_\phi$ and $q_\psi$ of the family $q_\phi(x) = e^{\phi f(x) + g(x)}/Z(\phi)$, "
         r"$Z(\phi) = \sum_{x} e^{\phi f(x) + g(x)}$, at parameters $\phi \neq \psi$.")
G9 = [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"]
G9Z = r"with $Z(\beta) = \sum_{x} e^{-\beta E(x)}$ over the $K$ states and $\beta > 0$."
LAT9 = (r"A latent-variable model $p(v, h) = p(h)\, p(v \mid h)$ on finitely many $v$ and $h$; an encoder "
        r"$q(h \mid v) > 0$ is any other conditional distribution of $h$ given $v$.")
LIN9 = r"Take the energy linear in $\theta$: $E_\theta(x) = \theta\, g(x)$."
DATA9 = r"The data are $x^{(1)}, \ldots, x^{(N)}$, states of the model."
TH2 = r"Let $\theta'$ be another value of the parameter."
EPS9 = r"Let $\epsilon$ be a nonzero real number."
X09 = r"Let $x_0$ be one fixed state."
A9 = r"Let $A$ be a nonempty subset of the states that is not all of them."


def pl(W, t=None):  # the linear model E = t g
    return softmax(-(W.th if t is None else t) * W.g)


def lZl(W, t=None):
    return lse(-(W.th if t is None else t) * W.g)


def Zphi(W, ph=None):
    return float(np.exp((W.ph if ph is None else ph) * W.f + W.g).sum())


# ---- hostile10: thermodynamics on the energy levels b(x) of the world, at inverse temperature beta, Boltzmann constant kB
from world import fun  # noqa: E402,F401


def tZ(W, be=None):
    return W.Zb(be)


def tlZ(W, be=None):
    return W.logZb(be)


def tU(W, be=None):
    return float(W.pb(be) @ W.b)


def tE2(W, be=None):
    return float(W.pb(be) @ W.b ** 2)


def tVar(W, be=None):
    return tE2(W, be) - tU(W, be) ** 2


def tF(W, be=None):
    be = W.be if be is None else be
    return -W.logZb(be) / be


def tS(W, be=None):  # S = -k sum p ln p
    p = W.pb(be)
    return float(-W.kB * (p @ np.log(p)))


def tT(W, be=None):  # T = 1 / (k beta)
    return 1.0 / (W.kB * (W.be if be is None else be))


def UofT(W, T):  # U as a function of the temperature T
    return tU(W, 1.0 / (W.kB * T))


def FofT(W, T):
    return tF(W, 1.0 / (W.kB * T))


TH10 = (r"A system has finitely many states $x$ with energies $E(x)$. At inverse temperature $\beta > 0$ its distribution is "
        r"$p_\beta(x) = e^{-\beta E(x)} / Z(\beta)$ with $Z(\beta) = \sum_{x} e^{-\beta E(x)}$.")
THU = r"Write $U = \langle E \rangle = \sum_{x} p_\beta(x) E(x)$ for the mean energy and $\langle E^2 \rangle = \sum_{x} p_\beta(x) E(x)^2$."
THk = r"The temperature is $T = 1/(k\beta)$, with Boltzmann's constant $k > 0$."
THF = r"The free energy is $F = -\frac{1}{\beta} \ln Z(\beta)$ and the entropy $S = -k \sum_{x} p_\beta(x) \ln p_\beta(x)$."
