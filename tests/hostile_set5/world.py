"""hostile6: a small random world; every case's two sides are evaluated on it by exact enumeration.

All state spaces are finite and enumerated (numpy float64). Derivatives in a scalar parameter are
central differences (h = 1e-5: error ~1e-10, far below the tolerances of build.py) or exact formulas.
One World(seed) draws:
  K in 2..5 states; features a, b, c, T, f, g; positive masses m (the measure dx), base measure hb;
  a generic energy E_theta(x) = theta a(x) + b(x) + theta^2 c(x)/2 (nonlinear in theta on purpose),
  parameters theta, theta' (th2), phi, eps; temperatures beta, beta' in (0.2, 3) on the energy b;
  another distribution q (random), a second family q_phi(x) = softmax(phi f + g);
  data: N in 1..7 points (repeats allowed);
  an exponential family Z(t) = sum_x hb(x) e^{t T(x)};
  a latent model p_theta(v, h) (Kv x Kh table, energy theta L1 + L0) and an encoder q(h|v) (random rows);
  an RBM with nv = 2..3 visible, nh = 2 hidden units (values `units`), weights W, visible bias bv, hidden ch;
  an Ising chain of n = 2..4 spins in {-1, 1}, coupling J, field hf.
"""
import itertools as it

import numpy as np


def softmax(v):
    v = np.asarray(v, float)
    e = np.exp(v - np.max(v))
    return e / e.sum()


def lse(v):
    v = np.asarray(v, float)
    mx = np.max(v)
    return float(mx + np.log(np.sum(np.exp(v - mx))))


def sig(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, float)))


def d1(fn, t, h=1e-5):
    return (np.asarray(fn(t + h), float) - np.asarray(fn(t - h), float)) / (2 * h)


def d2(fn, t, h=1e-3):
    f = lambda u: np.asarray(fn(u), float)
    return (-f(t + 2 * h) + 16 * f(t + h) - 30 * f(t) + 16 * f(t - h) - f(t - 2 * h)) / (12 * h ** 2)


def KL(u, v):
    u, v = np.asarray(u, float), np.asarray(v, float)
    return float(np.sum(u * np.log(u / v)))


def H(u):
    u = np.asarray(u, float)
    return float(-np.sum(u * np.log(u)))


def CE(u, v):
    return float(-np.sum(np.asarray(u, float) * np.log(np.asarray(v, float))))


class World:
    def __init__(self, seed, units=(0, 1)):
        r = np.random.default_rng(seed)
        self.seed = seed
        K = self.K = int(r.integers(2, 6))
        self.a, self.b, self.c, self.T, self.f, self.g = (r.normal(size=K) for _ in range(6))
        self.m, self.hb = (r.uniform(0.3, 2.0, size=K) for _ in range(2))
        self.th, self.th2, self.ph, self.eps = r.normal(size=4) * 1.3
        self.be, self.be2 = r.uniform(0.2, 3.0, size=2)
        self.x0, self.x1 = (int(v) for v in r.integers(K, size=2))
        self.N = int(r.integers(1, 8))
        self.data = r.integers(K, size=self.N)
        self.q = softmax(r.normal(size=K) * 1.2)
        self.al, self.A, self.B = r.normal(size=3) * 1.5
        # latent model
        self.Kv, self.Kh = int(r.integers(2, 4)), int(r.integers(2, 4))
        self.L1, self.L0 = (r.normal(size=(self.Kv, self.Kh)) for _ in range(2))
        self.Q = np.array([softmax(r.normal(size=self.Kh)) for _ in range(self.Kv)])
        self.v0 = int(r.integers(self.Kv))
        # RBM
        self.units = tuple(units)
        self.nv, self.nh = int(r.integers(2, 4)), 2
        self.W = r.normal(size=(self.nv, self.nh))
        self.bv, self.ch = r.normal(size=self.nv), r.normal(size=self.nh)
        self.vs = np.array(list(it.product(self.units, repeat=self.nv)), float)
        self.hs = np.array(list(it.product(self.units, repeat=self.nh)), float)
        # Ising chain
        self.n = int(r.integers(2, 5))
        self.J, self.hf = r.normal(size=2)
        self.ss = np.array(list(it.product((-1, 1), repeat=self.n)), float)

    # ---- generic model
    def E(self, t=None):
        t = self.th if t is None else t
        return t * self.a + self.b + t * t * self.c / 2

    def dE(self, t=None):
        t = self.th if t is None else t
        return self.a + t * self.c

    def Z(self, t=None):
        return float(np.exp(-self.E(t)).sum())

    def logZ(self, t=None):
        return lse(-self.E(t))

    def p(self, t=None):
        return softmax(-self.E(t))

    def pt(self, t=None):
        """unnormalised density"""
        return np.exp(-self.E(t))

    def F(self, t=None):
        return -self.logZ(t)

    # integrals: the measure m
    def Zm(self, t=None):
        return float((self.m * np.exp(-self.E(t))).sum())

    def pm(self, t=None):
        return np.exp(-self.E(t)) / self.Zm(t)

    # ---- temperature model on energy b
    def Zb(self, be=None):
        be = self.be if be is None else be
        return float(np.exp(-be * self.b).sum())

    def logZb(self, be=None):
        be = self.be if be is None else be
        return lse(-be * self.b)

    def pb(self, be=None):
        be = self.be if be is None else be
        return softmax(-be * self.b)

    # ---- second family
    def qf(self, ph=None):
        ph = self.ph if ph is None else ph
        return softmax(ph * self.f + self.g)

    # ---- data
    def avg(self, vals):
        return float(np.asarray(vals, float)[self.data].mean())

    def phat(self):
        return np.bincount(self.data, minlength=self.K) / self.N

    # ---- exponential family
    def Zx(self, t=None):
        t = self.th if t is None else t
        return float((self.hb * np.exp(t * self.T)).sum())

    def px(self, t=None):
        t = self.th if t is None else t
        return self.hb * np.exp(t * self.T) / self.Zx(t)

    def Zx1(self, t=None):
        """no base measure"""
        t = self.th if t is None else t
        return float(np.exp(t * self.T).sum())

    def px1(self, t=None):
        t = self.th if t is None else t
        return softmax(t * self.T)

    # ---- latent model p_theta(v, h)
    def Evh(self, t=None):
        t = self.th if t is None else t
        return t * self.L1 + self.L0

    def pvh(self, t=None):
        e = np.exp(-self.Evh(t))
        return e / e.sum()

    def pv(self, t=None):
        return self.pvh(t).sum(1)

    def phv(self, t=None):
        j = self.pvh(t)
        return j / j.sum(1, keepdims=True)

    # ---- RBM
    def rE(self, W=None, bv=None, ch=None):
        W = self.W if W is None else W
        bv = self.bv if bv is None else bv
        ch = self.ch if ch is None else ch
        return -(self.vs @ bv)[:, None] - (self.hs @ ch)[None, :] - self.vs @ W @ self.hs.T

    def rjoint(self, **kw):
        e = np.exp(-self.rE(**kw))
        return e / e.sum()

    def rZ(self, **kw):
        return float(np.exp(-self.rE(**kw)).sum())

    def rpv(self, **kw):
        return self.rjoint(**kw).sum(1)

    def rph(self, **kw):
        return self.rjoint(**kw).sum(0)

    def rF(self, **kw):
        """free energy of each v: -log sum_h e^{-E(v,h)}"""
        return -np.log(np.exp(-self.rE(**kw)).sum(1))

    def rcond_h(self, j, val):
        """p(h_j = val | v) for every v"""
        jt = self.rjoint()
        mask = self.hs[:, j] == val
        return jt[:, mask].sum(1) / jt.sum(1)

    def rcond_v(self, i, val):
        """p(v_i = val | h) for every h"""
        jt = self.rjoint()
        mask = self.vs[:, i] == val
        return jt[mask, :].sum(0) / jt.sum(0)

    def hin(self, j):
        """c_j + sum_i v_i W_ij for every v"""
        return self.ch[j] + self.vs @ self.W[:, j]

    def vin(self, i):
        return self.bv[i] + self.hs @ self.W[i, :]

    # ---- Ising chain
    def iE(self, J=None, hf=None):
        J = self.J if J is None else J
        hf = self.hf if hf is None else hf
        s = self.ss
        return -J * (s[:, :-1] * s[:, 1:]).sum(1) - hf * s.sum(1)

    def iZ(self, be=None, J=None, hf=None):
        be = self.be if be is None else be
        return float(np.exp(-be * self.iE(J, hf)).sum())

    def ip(self, be=None, J=None, hf=None):
        be = self.be if be is None else be
        return softmax(-be * self.iE(J, hf))
