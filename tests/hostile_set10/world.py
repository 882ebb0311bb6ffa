"""hostile11 (adapted from hostile10): a small random world; both sides of every labelled row are evaluated on it by enumeration.

Finite state spaces only, numpy float64. Derivatives in a scalar parameter: central differences (h=1e-5,
error ~1e-10) or exact formulas. World(seed) draws:
  K = 2..5 states; features a, b, c, f, g, T, u (any functions of x); positive base measure hb;
  a generic energy E_theta(x) = theta a(x) + b(x) + theta^2 c(x)/2 (nonlinear in theta on purpose);
  theta, theta' (th2), phi, psi, eps normal; beta, beta' in (0.2, 3) on the energy b;
  q: another distribution; q_phi(x) = softmax(phi f + g); logits z (length K) and a temperature tau;
  data: N = 1..7 points with repeats;
  exponential family p_eta(x) = hb(x) e^{eta T(x) - A(eta)};
  latent model p(v, h) = p(h) p(v|h) (Kv, Kh = 2..3), an encoder q(h|v);
  RBM: nv = 2..3 visible, nh = 2..3 hidden units with values `units` ((0,1) or (-1,1)), W, b, c;
  Ising chain: n = 2..5 spins in {-1, 1}, coupling J, field hf (open chain), and a ring of n >= 3.
"""
import itertools as it

import numpy as np


def softmax(v, axis=None):
    v = np.asarray(v, float)
    e = np.exp(v - np.max(v, axis=axis, keepdims=axis is not None))
    return e / e.sum(axis=axis, keepdims=axis is not None)


def lse(v):
    v = np.asarray(v, float)
    mx = np.max(v)
    return float(mx + np.log(np.sum(np.exp(v - mx))))


def sig(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, float)))


def softplus(x):
    return np.logaddexp(0.0, np.asarray(x, float))


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
        self.a, self.b, self.c, self.f, self.g, self.T, self.u = (r.normal(size=K) for _ in range(7))
        self.hb = r.uniform(0.3, 2.0, size=K)
        self.th, self.th2, self.ph, self.ps, self.eps = r.normal(size=5) * 1.3
        self.be, self.be2 = r.uniform(0.2, 3.0, size=2)
        self.x0 = int(r.integers(K))
        m = np.zeros(K, bool)
        m[r.choice(K, size=int(r.integers(1, K)), replace=False)] = True
        self.Am = m  # a nonempty proper subset A of the states
        self.al = r.normal(size=4) * 1.3  # scalars a, b, c, d for one-unit rows
        self.dd = int(r.integers(1, 4))   # a dimension d = 1..3
        self.av = r.normal(size=self.dd) * 1.2  # a vector a in R^d
        self.N = int(r.integers(1, 8))
        self.data = r.integers(K, size=self.N)
        self.q = softmax(r.normal(size=K) * 1.2)
        self.z = r.normal(size=K) * 1.5
        self.tau = float(r.uniform(0.3, 3.0))
        self.k0 = int(r.integers(K))
        self.eta = float(r.normal() * 1.2)
        # latent model
        self.Kv, self.Kh = int(r.integers(2, 4)), int(r.integers(2, 4))
        self.prior = softmax(r.normal(size=self.Kh))
        self.lik = np.array([softmax(r.normal(size=self.Kv)) for _ in range(self.Kh)])  # lik[h, v] = p(v|h)
        self.Q = np.array([softmax(r.normal(size=self.Kh)) for _ in range(self.Kv)])    # Q[v, h] = q(h|v)
        # RBM
        self.units = tuple(units)
        self.nv, self.nh = int(r.integers(2, 4)), int(r.integers(2, 4))
        self.W = r.normal(size=(self.nv, self.nh))
        self.bv, self.ch = r.normal(size=self.nv), r.normal(size=self.nh)
        self.vs = np.array(list(it.product(self.units, repeat=self.nv)), float)
        self.hs = np.array(list(it.product(self.units, repeat=self.nh)), float)
        # Ising
        self.n = int(r.integers(2, 6))
        self.J, self.hf = r.normal(size=2)
        self.ss = np.array(list(it.product((-1, 1), repeat=self.n)), float)
        # hostile9 additions (drawn after the hostile8 fields, so those are unchanged for a seed)
        self.r = softmax(r.normal(size=K) * 1.2)          # a third distribution r
        self.dv = r.normal(size=self.N) * 2.0             # real-valued data x^(n)
        W3 = np.triu(r.normal(size=(3, 3)), 1)
        self.W3 = W3 + W3.T                                # a 3-unit Boltzmann machine
        self.b3 = r.normal(size=3)
        self.c_ = float(r.normal() * 1.5)                  # a real constant c
        self.vv = r.normal(size=2)                         # a vector v in R^2
        # hostile10 additions (drawn after the hostile9 fields)
        self.kB = float(r.uniform(0.4, 2.5))               # a Boltzmann constant k (not 1)
        self.Kx, self.Ky = int(r.integers(2, 4)), int(r.integers(2, 5))
        self.Pxy = softmax(r.normal(size=self.Kx * self.Ky) * 1.2).reshape(self.Kx, self.Ky)  # joint P_XY
        self.P3 = softmax(r.normal(size=8) * 1.2).reshape(2, 2, 2)     # joint of X, Y, Z
        self.fc = r.normal(size=4)                          # coefficients of an arbitrary nonlinear function
        self.x1, self.y1, self.z1 = r.normal(size=3) * 1.5  # real numbers x, y, z
        self.lam = float(r.uniform(0.1, 0.9))               # a mixing weight in (0, 1)
        self.eps2 = float(abs(r.normal()) + 0.2)            # a level spacing epsilon > 0
        self.c2 = float(r.normal() * 1.5)                   # an energy shift c
        self.eta2 = float(r.uniform(0.05, 0.5))             # a learning rate eta
        self.M = int(r.integers(1, 8))                      # a second data size M
        self.data2 = r.integers(K, size=self.M)
        self.pw = softmax(r.normal(size=K) * 1.2)           # a prior P_w over K weights
        self.lik2 = r.uniform(0.05, 0.95, size=K)           # P(D | w) for one data set D
        self.kk = int(r.integers(1, 6))                     # an integer k
        # hostile11 additions (drawn after the hostile10 fields)
        self.nn = int(r.integers(1, 9))                     # an integer n >= 1 (factorials, binomials)
        self.mm = int(r.integers(0, self.nn + 1))           # an integer 0 <= m <= n
        self.pa = float(r.uniform(0.05, 0.95))              # a probability in (0, 1)
        self.w2 = r.normal(size=3) * 1.2                    # real weights w_1..w_3
        self.s3 = r.uniform(0.3, 2.5, size=3)               # positive reals
        self.Kd = int(r.integers(2, 5))                     # number of values per unit / letters
        self.Pyx = np.array([softmax(r.normal(size=self.Ky)) for _ in range(self.Kx)])  # P(y | x) rows
        self.px_ = softmax(r.normal(size=self.Kx) * 1.2)    # a marginal p(x)

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

    def Ep(self, vals, t=None):
        return float(self.p(t) @ np.asarray(vals, float))

    # ---- temperature on the energy b
    def Zb(self, be=None):
        return float(np.exp(-(self.be if be is None else be) * self.b).sum())

    def logZb(self, be=None):
        return lse(-(self.be if be is None else be) * self.b)

    def pb(self, be=None):
        return softmax(-(self.be if be is None else be) * self.b)

    def Fb(self, be=None):
        be = self.be if be is None else be
        return -self.logZb(be) / be

    # ---- second family
    def qf(self, ph=None):
        return softmax((self.ph if ph is None else ph) * self.f + self.g)

    # ---- data
    def avg(self, vals):
        return float(np.asarray(vals, float)[self.data].mean())

    def phat(self):
        return np.bincount(self.data, minlength=self.K) / self.N

    # ---- exponential family with base measure hb
    def A(self, e=None):
        e = self.eta if e is None else e
        return lse(e * self.T + np.log(self.hb))

    def px(self, e=None):
        e = self.eta if e is None else e
        return self.hb * np.exp(e * self.T - self.A(e))

    # ---- latent model
    def joint(self):
        return (self.prior[:, None] * self.lik).T  # [v, h]

    def pv(self):
        return self.joint().sum(1)

    def post(self):
        j = self.joint()
        return j / j.sum(1, keepdims=True)  # [v, h]

    def elbo(self):
        j, Q = self.joint(), self.Q
        return (Q * (np.log(j) - np.log(Q))).sum(1)  # per v

    # ---- RBM
    def rE(self, W=None, bv=None, ch=None):
        W = self.W if W is None else W
        bv = self.bv if bv is None else bv
        ch = self.ch if ch is None else ch
        return -(self.vs @ bv)[:, None] - (self.hs @ ch)[None, :] - self.vs @ W @ self.hs.T

    def rZ(self, **kw):
        return float(np.exp(-self.rE(**kw)).sum())

    def rjoint(self, **kw):
        e = np.exp(-self.rE(**kw))
        return e / e.sum()

    def rpv(self, **kw):
        return self.rjoint(**kw).sum(1)

    def rph(self, **kw):
        return self.rjoint(**kw).sum(0)

    def rF(self, **kw):
        return -np.log(np.exp(-self.rE(**kw)).sum(1))

    def rcond_h(self, j, val):
        jt = self.rjoint()
        return jt[:, self.hs[:, j] == val].sum(1) / jt.sum(1)

    def rcond_v(self, i, val):
        jt = self.rjoint()
        return jt[self.vs[:, i] == val, :].sum(0) / jt.sum(0)

    def hin(self, j):
        return self.ch[j] + self.vs @ self.W[:, j]

    def vin(self, i):
        return self.bv[i] + self.hs @ self.W[i, :]

    def hins(self):
        return np.stack([self.hin(j) for j in range(self.nh)])  # [j, v]

    def vins(self):
        return np.stack([self.vin(i) for i in range(self.nv)])  # [i, h]

    def Eh(self):
        return np.stack([sum(u * self.rcond_h(j, u) for u in self.units) for j in range(self.nh)])

    def Ev(self):
        return np.stack([sum(u * self.rcond_v(i, u) for u in self.units) for i in range(self.nv)])

    # ---- Ising chain (open) and ring
    def iE(self, J=None, hf=None, ss=None, ring=False):
        J = self.J if J is None else J
        hf = self.hf if hf is None else hf
        s = self.ss if ss is None else ss
        pair = (s[:, :-1] * s[:, 1:]).sum(1)
        if ring:
            pair = pair + s[:, -1] * s[:, 0]
        return -J * pair - hf * s.sum(1)

    def iZ(self, be=1.0, J=None, hf=None, n=None, ring=False):
        ss = None if n is None else np.array(list(it.product((-1, 1), repeat=n)), float)
        return float(np.exp(-be * self.iE(J, hf, ss, ring)).sum())

    def ip(self, be=1.0, J=None, hf=None, n=None, ring=False):
        ss = None if n is None else np.array(list(it.product((-1, 1), repeat=n)), float)
        return softmax(-be * self.iE(J, hf, ss, ring))


def spins(n):
    return np.array(list(it.product((-1, 1), repeat=n)), float)


def bits(n):
    return np.array(list(it.product((0, 1), repeat=n)), float)


# ---- hostile9: a 3-unit Boltzmann machine with units in `units`
def bm3(W, units=(0, 1)):
    X = np.array(list(it.product(units, repeat=3)), float)
    E = -0.5 * np.einsum("si,ij,sj->s", X, W.W3, X) - X @ W.b3
    w = np.exp(-E)
    return X, E, w / w.sum(), float(w.sum())


# ---- hostile9: a two-parameter exponential family p_theta(x) = h(x) exp(theta^T T(x) - A(theta)), T = (T, u)
def TT(W):
    return np.stack([W.T, W.u])  # [2, K]


def A2(W, th=None):
    th = np.array([W.th, W.th2]) if th is None else np.asarray(th, float)
    return lse(th @ TT(W) + np.log(W.hb))


def p2(W, th=None):
    th = np.array([W.th, W.th2]) if th is None else np.asarray(th, float)
    return np.exp(th @ TT(W) + np.log(W.hb) - A2(W, th))


def gradA2(W, th=None, h=1e-5):
    th = np.array([W.th, W.th2]) if th is None else np.asarray(th, float)
    out = []
    for k in range(2):
        e = np.zeros(2); e[k] = h
        out.append((A2(W, th + e) - A2(W, th - e)) / (2 * h))
    return np.array(out)


def hessA2(W, th=None, h=1e-5):
    """d/dtheta_j of the exact gradient E[T] (central difference)."""
    th = np.array([W.th, W.th2]) if th is None else np.asarray(th, float)
    g = lambda t: TT(W) @ p2(W, t)
    out = np.zeros((2, 2))
    for j in range(2):
        e = np.zeros(2); e[j] = h
        out[:, j] = (g(th + e) - g(th - e)) / (2 * h)
    return out


# ---- hostile10: an arbitrary smooth nonlinear function of a real variable (a declared function)
def fun(W, t):
    t = np.asarray(t, float)
    return W.fc[0] + W.fc[1] * t + (0.5 + abs(W.fc[2])) * t * t + np.sin(3 * t + W.fc[3])
