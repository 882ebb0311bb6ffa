"""A small random world in which every hostile case's rows are evaluated (truth.py enumerates worlds).

x ranges over K states (K in 2..5); E_theta(x) = theta a(x) + b(x); p_{theta,beta} = e^{-beta E}/Z (beta = 1 unless passed: be=None means the world's beta);
q_phi = softmax(phi c + d); a data set of N points; a latent model p(v, h) (logits theta A + B) with a
variational q(h|v); an RBM with 2 visible and 2 hidden units whose unit values are 0/1 or +-1.
Every parameter (theta, theta', phi, psi, beta, beta', epsilon, unknown letters) is drawn afresh per world.
"""
import itertools as it

import numpy as np


def softmax(v):
    e = np.exp(v - np.max(v)); return e / e.sum()


def sig(a):
    return 1 / (1 + np.exp(-a))


class World:
    def __init__(self, seed, units=(0, 1)):
        r = np.random.default_rng(seed)
        self.r = r
        self.K = int(r.integers(2, 6))
        K = self.K
        self.a, self.b, self.c, self.d, self.T, self.g = (r.normal(size=K) for _ in range(6))
        self.th, self.th2, self.ph, self.ps, self.eps = r.normal(size=5) * 1.3
        self.be, self.be2 = r.uniform(0.2, 3, size=2)
        self.al, self.A_, self.B_, self.C_, self.t_, self.k_ = r.normal(size=6) * 1.5  # unknown letters
        self.x0, self.x1 = int(r.integers(K)), int(r.integers(K))
        self.N = int(r.integers(2, 5))
        self.data = r.integers(K, size=self.N)
        # latent model p(v, h): Kv x Kh, logits theta * L1 + L0
        self.Kv, self.Kh = int(r.integers(2, 4)), int(r.integers(2, 4))
        self.L1, self.L0 = r.normal(size=(self.Kv, self.Kh)), r.normal(size=(self.Kv, self.Kh))
        self.qhv = np.array([softmax(r.normal(size=self.Kh)) for _ in range(self.Kv)])
        self.v0, self.h0 = int(r.integers(self.Kv)), int(r.integers(self.Kh))
        # RBM
        self.units = units
        self.nv, self.nh = 2, 2
        self.W = r.normal(size=(2, 2)); self.bv = r.normal(size=2); self.ch = r.normal(size=2)
        self.vs = [np.array(s) for s in it.product(units, repeat=2)]
        self.v_ = self.vs[int(r.integers(4))]
        self.j = int(r.integers(2))
        self.D = int(r.integers(1, 4))  # a dimension d

    # --- the energy model
    def E(self, th=None):
        th = self.th if th is None else th
        return th * self.a + self.b

    def Z(self, th=None, be=1.0):
        be = self.be if be is None else be
        return np.sum(np.exp(-be * self.E(th)))

    def logZ(self, th=None, be=1.0):
        return np.log(self.Z(th, be))

    def p(self, th=None, be=1.0):
        be = self.be if be is None else be
        w = np.exp(-be * self.E(th)); return w / w.sum()

    def ptil(self, th=None, be=1.0):
        be = self.be if be is None else be
        return np.exp(-be * self.E(th))

    def q(self, ph=None):
        ph = self.ph if ph is None else ph
        return softmax(ph * self.c + self.d)

    def Ep(self, f, th=None, be=1.0):
        return self.p(th, be) @ f

    def dth(self, fn, th=None, h=1e-5):
        th = self.th if th is None else th
        return (np.asarray(fn(th + h)) - np.asarray(fn(th - h))) / (2 * h)

    def dbe(self, fn, be=None, h=1e-5):
        be = self.be if be is None else be
        return (np.asarray(fn(be + h)) - np.asarray(fn(be - h))) / (2 * h)

    @staticmethod
    def KL(u, v):
        return float(np.sum(u * np.log(u / v)))

    @staticmethod
    def H(u):
        return float(-np.sum(u * np.log(u)))

    def phat(self):
        return np.bincount(self.data, minlength=self.K) / self.N

    # --- the latent model
    def joint(self, th=None):
        th = self.th if th is None else th
        return softmax((th * self.L1 + self.L0).ravel()).reshape(self.Kv, self.Kh)

    def pv(self, th=None):
        return self.joint(th).sum(axis=1)

    def post(self, th=None):
        J = self.joint(th); return J / J.sum(axis=1, keepdims=True)

    def elbo(self, v=None, th=None):
        v = self.v0 if v is None else v
        q = self.qhv[v]; J = self.joint(th)
        return float(q @ (np.log(J[v]) - np.log(q)))

    # --- the RBM (units 0/1 or +-1)
    def rbm_E(self, v, h):
        return -self.bv @ v - self.ch @ h - v @ self.W @ h

    def rbm_cond_h(self, v, j, val):
        """p(h_j = val | v), by enumeration over the hidden states."""
        hs = [np.array(s) for s in it.product(self.units, repeat=2)]
        w = {tuple(h): np.exp(-self.rbm_E(v, h)) for h in hs}
        tot = sum(w.values())
        return sum(x for h, x in w.items() if h[j] == val) / tot

    def rbm_Z(self):
        hs = [np.array(s) for s in it.product(self.units, repeat=2)]
        return sum(np.exp(-self.rbm_E(v, h)) for v in self.vs for h in hs)

    def rbm_pv(self, v):
        hs = [np.array(s) for s in it.product(self.units, repeat=2)]
        return sum(np.exp(-self.rbm_E(v, h)) for h in hs) / self.rbm_Z()
