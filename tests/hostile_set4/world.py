"""hostile4 (adapted from hostile3): a small random world on which each case's two sides are evaluated by enumeration.

Everything is finite and enumerated exactly (numpy floats; derivatives by central differences, whose error
is far below the tolerance used in truth.py). A fresh world per seed draws:
  - K in 2..6 states; feature vectors a, b, c, T, f, g, c2, d2; positive masses dx (the measure dx),
    mu (another measure), hb (a base measure h(x)); a proper nonempty subset S of the states;
  - a generic energy E_theta(x) = theta a(x) + b(x) + theta^2 c(x) / 2 (nonlinear in theta on purpose);
    p_theta = e^{-E_theta}/Z_theta; the same family at theta', theta_0, theta + eps, phi, psi;
  - a beta-model on the fixed energy b: p_beta = e^{-beta b}/Z(beta), beta, beta' in (0.2, 3);
  - q_phi = softmax(phi c2 + d2), another family; two unparameterised distributions pp, qq (equal in the
    'degenerate' worlds, seed % 5 == 0, so that strict inequalities and 'KL > 0' meet their equality case);
  - a data set of N in 1..5 points;
  - a latent model p_theta(v, h) (Kv x Kh, logits theta L1 + L0) and an encoder q_phi(h|v) (logits phi Q1 + Q0);
  - an RBM with n = 2..3 visible and n hidden units (0/1 or +-1 units), W, a (visible), b (hidden);
  - an Ising chain of n = 2..4 spins (+-1 unless told), coupling J, field hf;
  - a 2-dimensional exponential family T2 (K x 2), eta; 3 features F3 (K x 3), multipliers lam;
  - logits z (Kz = 2..5), indices i, j (i == j sometimes), a constant cc;
  - unknown scalars al, A, B, C; dimension dd in 1..3 with a vector av; n01 in 1..5.
"""
import itertools as it

import numpy as np


def softmax(v):
    v = np.asarray(v, float)
    e = np.exp(v - np.max(v))
    return e / e.sum()


def sig(x):
    return 1.0 / (1.0 + np.exp(-x))


def d1(fn, t, h=1e-5):
    return (np.asarray(fn(t + h), float) - np.asarray(fn(t - h), float)) / (2 * h)


def d2(fn, t, h=1e-3):
    """five-point second difference: truncation O(h^4), round-off ~1e-10"""
    f = lambda u: np.asarray(fn(u), float)
    return (-f(t + 2 * h) + 16 * f(t + h) - 30 * f(t) + 16 * f(t - h) - f(t - 2 * h)) / (12 * h ** 2)


def KL(u, v):
    u, v = np.asarray(u, float), np.asarray(v, float)
    return float(np.sum(u * np.log(u / v)))


def H(u):
    u = np.asarray(u, float)
    return float(-np.sum(u * np.log(u)))


def CE(u, v):
    return float(-np.sum(np.asarray(u) * np.log(np.asarray(v))))


class World:
    def __init__(self, seed, units=(0, 1), spins=(-1, 1)):
        r = np.random.default_rng(seed)
        self.seed = seed
        self.deg = seed % 5 == 0
        K = self.K = int(r.integers(2, 7))
        (self.a, self.b, self.c, self.T, self.f, self.g, self.c2, self.d2) = (r.normal(size=K) for _ in range(8))
        self.dx, self.mu, self.hb = (r.uniform(0.3, 2.0, size=K) for _ in range(3))
        self.th, self.th2, self.th0, self.ph, self.ps, self.eps = r.normal(size=6) * 1.3
        self.be, self.be2 = r.uniform(0.2, 3.0, size=2)
        self.al, self.A, self.B, self.C = r.normal(size=4) * 1.5
        self.x0, self.x1, self.x2 = (int(v) for v in r.integers(K, size=3))
        m = int(r.integers(1, K))
        self.S = np.zeros(K, bool)
        self.S[r.choice(K, size=m, replace=False)] = True
        self.N = int(r.integers(1, 9))
        self.data = r.integers(K, size=self.N)
        self.pp = softmax(r.normal(size=K) * 1.2)
        self.qq = self.pp.copy() if self.deg else softmax(r.normal(size=K) * 1.2)
        # latent model
        self.Kv, self.Kh = int(r.integers(2, 4)), int(r.integers(2, 5))
        self.L1, self.L0, self.Q1, self.Q0 = (r.normal(size=(self.Kv, self.Kh)) for _ in range(4))
        self.v0, self.h0 = int(r.integers(self.Kv)), int(r.integers(self.Kh))
        # RBM
        self.units = tuple(units)
        self.n = int(r.integers(2, 4))
        self.W = r.normal(size=(self.n, self.n))
        self.ra, self.rb = r.normal(size=self.n), r.normal(size=self.n)
        self.vstates = [np.array(s, float) for s in it.product(self.units, repeat=self.n)]
        self.v_ = self.vstates[int(r.integers(len(self.vstates)))]
        self.h_ = self.vstates[int(r.integers(len(self.vstates)))]
        self.i, self.j = int(r.integers(self.n)), int(r.integers(self.n))
        # Ising chain
        self.spins = tuple(spins)
        self.ns = int(r.integers(2, 5))
        self.J, self.hf = r.normal(size=2)
        self.sstates = [np.array(s, float) for s in it.product(self.spins, repeat=self.ns)]
        # exponential families, features, logits
        self.T2 = r.normal(size=(K, 2))
        self.eta = r.normal(size=2)
        self.F3 = r.normal(size=(K, 3))
        self.lam = r.normal(size=3)
        self.k = int(r.integers(3))
        self.Kz = int(r.integers(2, 6))
        self.z = r.normal(size=self.Kz) * 1.5
        self.zi = int(r.integers(self.Kz))
        self.zj = self.zi if r.random() < 0.3 else int(r.integers(self.Kz))
        self.cc = float(r.normal() * 1.5)
        self.dd = int(r.integers(1, 4))
        self.av = r.normal(size=self.dd)
        self.n01 = int(r.integers(1, 6))
        self.seq = r.normal(size=7)
        # hostile4 additions
        self.t1, self.t2 = r.normal(size=2) * 1.3          # a two-parameter energy t1 f + t2 g
        self.lr = float(r.uniform(0.05, 1.0))               # a learning rate
        self.mu01 = float(r.uniform(0.05, 0.95))            # a Bernoulli mean
        self.u = r.normal(size=K)                           # another feature
        self.s1 = float(self.units[int(r.integers(2))])     # one unit's value
        self.tau = float(r.uniform(0.3, 3.0))               # a temperature
        self.y = int(r.integers(self.Kz))                   # a class label

    # ---------------------------------------------------------------- generic energy model in theta
    def E(self, th=None):
        th = self.th if th is None else th
        return th * self.a + self.b + 0.5 * th ** 2 * self.c

    def dE(self, th=None):
        th = self.th if th is None else th
        return self.a + th * self.c

    def Z(self, th=None):
        return float(np.sum(np.exp(-self.E(th))))

    def logZ(self, th=None):
        return float(np.log(self.Z(th)))

    def p(self, th=None):
        w = np.exp(-self.E(th))
        return w / w.sum()

    def q(self, ph=None):
        ph = self.ph if ph is None else ph
        return softmax(ph * self.c2 + self.d2)

    # ---------------------------------------------------------------- beta model on energy b
    def Zb(self, be=None):
        be = self.be if be is None else be
        return float(np.sum(np.exp(-be * self.b)))

    def logZb(self, be=None):
        return float(np.log(self.Zb(be)))

    def pb(self, be=None):
        be = self.be if be is None else be
        w = np.exp(-be * self.b)
        return w / w.sum()

    # ---------------------------------------------------------------- latent model
    def joint(self, th=None):
        th = self.th if th is None else th
        return softmax((th * self.L1 + self.L0).ravel()).reshape(self.Kv, self.Kh)

    def pv(self, th=None):
        return self.joint(th).sum(axis=1)

    def ph_(self, th=None):
        return self.joint(th).sum(axis=0)

    def post(self, th=None):
        Jt = self.joint(th)
        return Jt / Jt.sum(axis=1, keepdims=True)

    def qhv(self, ph=None):
        ph = self.ph if ph is None else ph
        return np.array([softmax(ph * self.Q1[v] + self.Q0[v]) for v in range(self.Kv)])

    # ---------------------------------------------------------------- RBM E(v,h) = -a.v - b.h - v.W h
    def rE(self, v, h, W=None, ra=None, rb=None):
        W = self.W if W is None else W
        ra = self.ra if ra is None else ra
        rb = self.rb if rb is None else rb
        return -ra @ v - rb @ h - v @ W @ h

    def rjoint(self, **kw):
        """table over (v, h) of e^{-E}, normalised"""
        t = np.array([[np.exp(-self.rE(v, h, **kw)) for h in self.vstates] for v in self.vstates])
        return t / t.sum()

    def rfree(self, v, **kw):
        return -np.log(sum(np.exp(-self.rE(v, h, **kw)) for h in self.vstates))

    def rpv(self, v, **kw):
        t = self.rjoint(**kw)
        k = [tuple(s) for s in self.vstates].index(tuple(v))
        return t[k].sum()

    def rcond_h(self, v, j, val):
        w = np.array([np.exp(-self.rE(v, h)) for h in self.vstates])
        sel = np.array([h[j] == val for h in self.vstates])
        return w[sel].sum() / w.sum()

    def rcond_v(self, h, i, val):
        w = np.array([np.exp(-self.rE(v, h)) for v in self.vstates])
        sel = np.array([v[i] == val for v in self.vstates])
        return w[sel].sum() / w.sum()

    def rmean_h(self, v, j):
        w = np.array([np.exp(-self.rE(v, h)) for h in self.vstates])
        return float(np.array([h[j] for h in self.vstates]) @ w / w.sum())

    # ---------------------------------------------------------------- Ising chain, spins +-1 unless told
    def iE(self, s, J=None, hf=None):
        J = self.J if J is None else J
        hf = self.hf if hf is None else hf
        return -J * np.sum(s[:-1] * s[1:]) - hf * np.sum(s)

    def iZ(self, be=None, J=None, hf=None):
        be = self.be if be is None else be
        return float(sum(np.exp(-be * self.iE(s, J, hf)) for s in self.sstates))

    def iavg(self, fn, be=None, J=None, hf=None):
        be = self.be if be is None else be
        w = np.array([np.exp(-be * self.iE(s, J, hf)) for s in self.sstates])
        return float(np.array([fn(s) for s in self.sstates]) @ w / w.sum())

    # ---------------------------------------------------------------- empirical
    def phat(self):
        return np.bincount(self.data, minlength=self.K) / self.N


    # ---------------------------------------------------------------- hostile4 helpers
    def E2p(self, t1=None, t2=None):
        t1 = self.t1 if t1 is None else t1
        t2 = self.t2 if t2 is None else t2
        return t1 * self.f + t2 * self.g

    def p2p(self, t1=None, t2=None):
        w = np.exp(-self.E2p(t1, t2))
        return w / w.sum()

    def logZ2p(self, t1=None, t2=None):
        return float(np.log(np.exp(-self.E2p(t1, t2)).sum()))

    def avg(self, p, v):
        return float(np.asarray(p) @ np.asarray(v))

    def var(self, p, v):
        v = np.asarray(v, float)
        return float(p @ v ** 2 - (p @ v) ** 2)

    def ipavg(self, fn, be=None, J=None, hf=None):
        return self.iavg(fn, be, J, hf)
