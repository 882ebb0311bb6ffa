"""hostile9 cases E-H: marginals over a subset of units; \\propto definitions; argmax/argmin rows;
\\equiv / \\coloneqq / := definitions."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ E marginals over a subset of units (3-unit Boltzmann machine)
E = "E marginals over units"
BM01 = (r"A Boltzmann machine on three units $x_1, x_2, x_3 \in \{0, 1\}$ with energy "
        r"$E(x) = -\sum_{i<j} W_{ij} x_i x_j - \sum_{i} b_i x_i$ and $p(x_1, x_2, x_3) = e^{-E(x)}/Z$, $Z = \sum_{x} e^{-E(x)}$.")
BMPM = (r"A Boltzmann machine on three units $x_1, x_2, x_3 \in \{-1, +1\}$ with energy "
        r"$E(x) = -\sum_{i<j} W_{ij} x_i x_j - \sum_{i} b_i x_i$ and $p(x_1, x_2, x_3) = e^{-E(x)}/Z$, $Z = \sum_{x} e^{-E(x)}$.")


def P3(W, units=(0, 1)):
    X, En, p, Z = bm3(W, units)
    return p.reshape(2, 2, 2)


def Em(W, fn, units=(0, 1)):
    X, En, p, Z = bm3(W, units)
    return float(p @ fn(X))


D("E01", E, [BM01, [r"p(x_1, x_2) = \sum_{x_3} p(x_1, x_2, x_3)"]], [(T, lambda W: P3(W).sum(2), lambda W: P3(W).sum(2))])
D("E02", E, [BM01, [r"p(x_1) = \sum_{x_3} p(x_1, x_2, x_3)"]], [(F, lambda W: P3(W).sum((1, 2))[:, None], lambda W: P3(W).sum(2))], note="x_2 not summed")
D("E03", E, [BM01, [r"\sum_{x_2} \sum_{x_3} p(x_1, x_2, x_3) = p(x_1)"]], [(T, lambda W: P3(W).sum((1, 2)), lambda W: P3(W).sum((1, 2)))])
D("E04", E, [BM01, [r"\sum_{x_2} p(x_1, x_2, x_3) = p(x_1)"]], [(F, lambda W: P3(W).sum(1), lambda W: P3(W).sum((1, 2))[:, None])])
cond1 = lambda W: P3(W)[1] / P3(W).sum(0)  # p(x1 = 1 | x2, x3), [x2, x3]
D("E05", E, [BM01, [r"p(x_1 = 1 \mid x_2, x_3) = \sigma\left(b_1 + W_{12} x_2 + W_{13} x_3\right)"]],
  [(T, cond1, lambda W: sig(W.b3[0] + W.W3[0, 1] * np.array([0, 1.])[:, None] + W.W3[0, 2] * np.array([0, 1.])[None, :]))])
D("E06", E, [BM01, [r"p(x_1 = 1 \mid x_2, x_3) = \sigma\left(b_1 + W_{12} x_2\right)"]],
  [(F, cond1, lambda W: sig(W.b3[0] + W.W3[0, 1] * np.array([0, 1.])[:, None]) + 0 * cond1(W))], note="x_3 term dropped")
Eun = lambda W, x1, x2, x3: np.exp(0.5 * np.array([x1, x2, x3]) @ W.W3 @ np.array([x1, x2, x3]) + W.b3 @ np.array([x1, x2, x3]))
D("E07", E, [BM01, [r"p(x_1 = 1) = \frac{1}{Z} \sum_{x_2} \sum_{x_3} e^{-E(1, x_2, x_3)}"]], [(T, lambda W: P3(W)[1].sum(), lambda W: sum(Eun(W, 1, a, b) for a in (0, 1) for b in (0, 1)) / bm3(W)[3])])
D("E08", E, [BM01, [r"p(x_1 = 1) = \frac{1}{Z} \sum_{x_2} e^{-E(1, x_2, 0)}"]], [(F, lambda W: P3(W)[1].sum(), lambda W: sum(Eun(W, 1, a, 0) for a in (0, 1)) / bm3(W)[3])])
D("E09", E, [BM01, [r"p(x_1, x_2) = p(x_1)\, p(x_2 \mid x_1)"]], [(T, lambda W: P3(W).sum(2), lambda W: P3(W).sum((1, 2))[:, None] * (P3(W).sum(2) / P3(W).sum((1, 2))[:, None]))])
D("E10", E, [BM01, [r"p(x_1, x_2) = p(x_1)\, p(x_2)"]], [(F, lambda W: P3(W).sum(2), lambda W: np.outer(P3(W).sum((1, 2)), P3(W).sum((0, 2))))], note="units are coupled")
D("E11", E, [BM01, [r"Z = \sum_{x_1} \sum_{x_2} \sum_{x_3} e^{-E(x_1, x_2, x_3)}"]], [(T, lambda W: bm3(W)[3], lambda W: sum(Eun(W, a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1)))])
D("E12", E, [BM01, [r"Z = \sum_{x_1} \sum_{x_2} e^{-E(x_1, x_2, x_3)}"]], [(F, lambda W: bm3(W)[3] + np.zeros(2), lambda W: np.array([sum(Eun(W, a, b, c) for a in (0, 1) for b in (0, 1)) for c in (0, 1)]))], note="x_3 not summed")
D("E13", E, [BM01, [r"\mathbb{E}\left[x_1\right] = p(x_1 = 1)"]], [(T, lambda W: Em(W, lambda X: X[:, 0]), lambda W: P3(W)[1].sum())])
D("E14", E, [BMPM, [r"\mathbb{E}\left[x_1\right] = p(x_1 = 1)"]], [(F, lambda W: Em(W, lambda X: X[:, 0], (-1, 1)), lambda W: P3(W, (-1, 1))[1].sum())], note="spins: E[x_1] = 2p - 1", units=(-1, 1))
D("E15", E, [BM01, [r"\mathbb{E}\left[x_1 x_2\right] = p(x_1 = 1, x_2 = 1)"]], [(T, lambda W: Em(W, lambda X: X[:, 0] * X[:, 1]), lambda W: P3(W)[1, 1].sum())])
D("E16", E, [BM01, [r"\mathbb{E}\left[x_1 x_2\right] = p(x_1 = 1)\, p(x_2 = 1)"]], [(F, lambda W: Em(W, lambda X: X[:, 0] * X[:, 1]), lambda W: P3(W)[1].sum() * P3(W)[:, 1].sum())])


def dZ(W, i, j=None, units=(0, 1)):
    """d log Z / d W_ij (symmetric pair) or d/d b_i by a central difference"""
    import copy
    h = 1e-5
    def lz(s):
        W2 = copy.copy(W)
        if j is None:
            b = W.b3.copy(); b[i] += s; W2.b3 = b
        else:
            M = W.W3.copy(); M[i, j] += s; M[j, i] += s; W2.W3 = M
        return np.log(bm3(W2, units)[3])
    return (lz(h) - lz(-h)) / (2 * h)


D("E17", E, [BM01, [r"\frac{\partial \log Z}{\partial W_{12}} = \mathbb{E}\left[x_1 x_2\right]"]], [(T, lambda W: dZ(W, 0, 1), lambda W: Em(W, lambda X: X[:, 0] * X[:, 1]))])
D("E18", E, [BM01, [r"\frac{\partial \log Z}{\partial W_{12}} = \mathbb{E}\left[x_1\right] \mathbb{E}\left[x_2\right]"]], [(F, lambda W: dZ(W, 0, 1), lambda W: Em(W, lambda X: X[:, 0]) * Em(W, lambda X: X[:, 1]))])
D("E19", E, [BM01, [r"\frac{\partial \log Z}{\partial b_3} = \mathbb{E}\left[x_3\right]"]], [(T, lambda W: dZ(W, 2), lambda W: Em(W, lambda X: X[:, 2]))])
D("E20", E, [BM01, [r"\frac{\partial \log Z}{\partial b_3} = \mathbb{E}\left[x_1\right]"]], [(F, lambda W: dZ(W, 2), lambda W: Em(W, lambda X: X[:, 0]))], note="index 3 -> 1")
D("E21", E, [BM01, [r"\sum_{x_1} p(x_1 \mid x_2, x_3) = 1"]], [(T, lambda W: (P3(W) / P3(W).sum(0, keepdims=True)).sum(0), one)])
D("E22", E, [BM01, [r"\sum_{x_2} p(x_1 \mid x_2, x_3) = 1"]], [(F, lambda W: (P3(W) / P3(W).sum(0, keepdims=True)).sum(1), one)], note="summed over a conditioning unit")
R22 = (r"An RBM with two visible units $v = (v_1, v_2) \in \{0, 1\}^{2}$, hidden units $h \in \{0, 1\}^{m}$, energy "
       r"$E(v, h) = -b^\top v - c^\top h - v^\top W h$ and $p(v, h) = e^{-E(v, h)}/Z$.")


def rbm2(W):
    import itertools as it
    vs = np.array(list(it.product((0, 1), repeat=2)), float)
    hs = np.array(list(it.product((0, 1), repeat=W.nh)), float)
    Wm = W.W[:2] if W.nv >= 2 else W.W
    e = np.exp((vs @ W.bv[:2])[:, None] + (hs @ W.ch)[None, :] + vs @ Wm @ hs.T)
    return (e / e.sum()).reshape(2, 2, -1)  # [v1, v2, h]


D("E23", E, [R22, [r"p(v_1) = \sum_{v_2} \sum_{h} p(v_1, v_2, h)"]], [(T, lambda W: rbm2(W).sum((1, 2)), lambda W: rbm2(W).sum((1, 2)))])
D("E24", E, [R22, [r"p(v_1) = \sum_{h} p(v_1, v_2, h)"]], [(F, lambda W: rbm2(W).sum((1, 2))[:, None], lambda W: rbm2(W).sum(2))], note="v_2 not summed")
D("E25", E, [R22, [r"p(v_2 = 1) = \sum_{v_1} \sum_{h} p(v_1, 1, h)"]], [(T, lambda W: rbm2(W)[:, 1].sum(), lambda W: rbm2(W)[:, 1, :].sum())])
D("E26", E, [R22, [r"p(v_2 = 1) = \sum_{v_1} \sum_{h} p(1, v_1, h)"]], [(F, lambda W: rbm2(W)[:, 1].sum(), lambda W: rbm2(W)[1].sum())], note="slots swapped")

# ============================================================ F \propto definitions
Fc = "F proportional definitions"
D("F01", Fc, [M9, M9Z, r"Let $q(x) \propto e^{-2 E_\theta(x)}$.", [r"q(x) = \frac{p_\theta(x)^{2}}{\sum_{x'} p_\theta(x')^{2}}"]],
  [DEF, (T, lambda W: softmax(-2 * W.E()), lambda W: W.p() ** 2 / (W.p() ** 2).sum())])
D("F02", Fc, [M9, M9Z, r"Let $q(x) \propto e^{-2 E_\theta(x)}$.", [r"q(x) = p_\theta(x)^{2}"]], [DEF, (F, lambda W: softmax(-2 * W.E()), lambda W: W.p() ** 2)])
PROPD = [r"p_\theta(x) \propto e^{-E_\theta(x)}"]
D("F03", Fc, [PROPD, [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{\sum_{x'} e^{-E_\theta(x')}}"]], [DEF, (T, lambda W: W.p(), lambda W: np.exp(-W.E()) / W.Z())])
D("F04", Fc, [PROPD, [r"p_\theta(x)\, e^{E_\theta(x)} = 1"]], [DEF, (F, lambda W: W.p() * np.exp(W.E()), one)], note="normaliser dropped")
QA = [r"q(x) \propto e^{a(x)}"]
D("F05", Fc, [r"For a real function $a$ on the states:", QA, [r"\frac{q(x)}{q(x')} = e^{a(x) - a(x')}"]], [DEF, (T, lambda W: ratio2(softmax(W.a)), lambda W: np.exp(np.subtract.outer(W.a, W.a)))])
D("F06", Fc, [r"For a real function $a$ on the states:", QA, [r"\frac{q(x)}{q(x')} = e^{a(x') - a(x)}"]], [DEF, (F, lambda W: ratio2(softmax(W.a)), lambda W: np.exp(np.subtract.outer(W.a, W.a).T))])
RBMd = r"An RBM with $v \in \{0, 1\}^{n}$, $h \in \{0, 1\}^{m}$ and energy $E(v, h) = -b^\top v - c^\top h - v^\top W h$."
rb = lambda W: R(W, (0, 1), (0, 1))
PHV = [r"p(h \mid v) \propto e^{-E(v, h)}"]
D("F07", Fc, [RBMd, PHV, [r"p(h \mid v) = \frac{e^{-E(v, h)}}{\sum_{h'} e^{-E(v, h')}}"]], [DEF, (T, lambda W: (lambda r: r.joint() / r.joint().sum(1, keepdims=True))(rb(W)), lambda W: (lambda e: e / e.sum(1, keepdims=True))(np.exp(-rb(W).E())))])
D("F08", Fc, [RBMd, PHV, [r"p(h \mid v) = \frac{e^{-E(v, h)}}{\sum_{v', h'} e^{-E(v', h')}}"]], [DEF, (F, lambda W: (lambda r: r.joint() / r.joint().sum(1, keepdims=True))(rb(W)), lambda W: rb(W).joint())], note="the joint, not the conditional")
RPROP = r"Let $q$ be a distribution on the states with $q(x) > 0$, $f$ a real function, and $r(x) \propto q(x)\, e^{f(x)}$."
D("F09", Fc, [RPROP, [r"\log r(x) = \log q(x) + f(x) - \log \sum_{x'} q(x') e^{f(x')}"]], [(T, lambda W: np.log(W.q * np.exp(W.f) / (W.q @ np.exp(W.f))), lambda W: np.log(W.q) + W.f - np.log(W.q @ np.exp(W.f)))])
D("F10", Fc, [RPROP, [r"\log r(x) = \log q(x) + f(x) - \log \sum_{x'} e^{f(x')}"]], [(F, lambda W: np.log(W.q * np.exp(W.f) / (W.q @ np.exp(W.f))), lambda W: np.log(W.q) + W.f - np.log(np.exp(W.f).sum()))], note="q dropped from the normaliser")
GPROP = [r"p_\beta(x) \propto e^{-\beta E(x)}"]
D("F11", Fc, [GPROP, r"for $\beta > 0$ and an energy $E$ on finitely many states.", [r"p_\beta(x)\, e^{\beta E(x)} = p_\beta(x')\, e^{\beta E(x')}"]],
  [DEF, (T, lambda W: (W.pb() * np.exp(W.be * W.b))[:, None] + 0 * np.eye(W.K), lambda W: (W.pb() * np.exp(W.be * W.b))[None, :] + 0 * np.eye(W.K))])
D("F12", Fc, [GPROP, r"for $\beta > 0$ and an energy $E$ on finitely many states.", [r"p_\beta(x)\, e^{\beta E(x)} = 1"]], [DEF, (F, lambda W: W.pb() * np.exp(W.be * W.b), one)], note="the constant is 1/Z")
TEMP = r"For $\beta > 0$ let $q_\beta(x) \propto p_\theta(x)^{\beta}$."
D("F13", Fc, [M9, M9Z, TEMP, [r"q_\beta(x) = \frac{e^{-\beta E_\theta(x)}}{\sum_{x'} e^{-\beta E_\theta(x')}}"]], [DEF, (T, lambda W: softmax(W.be * np.log(W.p())), lambda W: softmax(-W.be * W.E()))])
D("F14", Fc, [M9, M9Z, TEMP, [r"q_\beta(x) = \frac{e^{-\beta E_\theta(x)}}{Z_\theta^{\beta}}"]], [DEF, (F, lambda W: softmax(W.be * np.log(W.p())), lambda W: np.exp(-W.be * W.E()) / W.Z() ** W.be)])
D("F15", Fc, [M9, M9Z, [r"p_\theta(x) \propto e^{5 - E_\theta(x)}"]], [DEF, (T, lambda W: W.p(), lambda W: np.exp(5 - W.E()), "prop")])
D("F16", Fc, [M9, M9Z, [r"p_\theta(x) \propto e^{5 + E_\theta(x)}"]], [DEF, (F, lambda W: W.p(), lambda W: np.exp(5 + W.E()), "prop")])
POE = r"With $q$ and $r$ two positive distributions on the same states, a product of experts is $p(x) \propto q(x)\, r(x)$."
D("F17", Fc, [POE, [r"p(x) = \frac{q(x)\, r(x)}{\sum_{x'} q(x')\, r(x')}"]], [(T, lambda W: W.q * W.r / (W.q @ W.r), lambda W: W.q * W.r / (W.q @ W.r))])
D("F18", Fc, [POE, [r"p(x) = q(x)\, r(x)"]], [(F, lambda W: W.q * W.r / (W.q @ W.r), lambda W: W.q * W.r)])
SMP = r"For logits $z_1, \ldots, z_K$ let $p(y = k) \propto e^{z_k}$."
D("F19", Fc, [SMP, [r"p(y = k) = \frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}}"]], [(T, lambda W: softmax(W.z), lambda W: np.exp(W.z) / np.exp(W.z).sum())])
D("F20", Fc, [SMP, [r"p(y = k) = \frac{e^{z_k}}{1 + e^{z_k}}"]], [(F, lambda W: softmax(W.z), lambda W: sig(W.z))], note="sigmoid for softmax")
D("F21", Fc, [M9, M9Z, Q9, r"Let $r(x) \propto q(x)^{2}$.", [r"\sum_{x} r(x) = 1"]], [DEF, (T, lambda W: (W.q ** 2 / (W.q ** 2).sum()).sum(), one)])
D("F22", Fc, [M9, M9Z, Q9, r"Let $r(x) \propto q(x)^{2}$.", [r"\sum_{x} q(x)^{2} = 1"]], [DEF, (F, lambda W: (W.q ** 2).sum(), one)])


def ratio2(v):
    return v[:, None] / v[None, :]


# ============================================================ G argmax / argmin rows
G = "G argmax/argmin"
am = lambda v: float(np.argmax(v))
an = lambda v: float(np.argmin(v))
D("G01", G, [M9, M9Z, [r"\arg\max_{x} p_\theta(x) = \arg\min_{x} E_\theta(x)"]], [DEF, (T, lambda W: am(W.p()), lambda W: an(W.E()))])
D("G02", G, [M9, M9Z, [r"\arg\max_{x} p_\theta(x) = \arg\max_{x} E_\theta(x)"]], [DEF, (F, lambda W: am(W.p()), lambda W: am(W.E()))])
LOG = r"For logits $z_1, \ldots, z_K$ with $\mathrm{softmax}(z)_k = e^{z_k} / \sum_{j} e^{z_j}$:"
D("G03", G, [LOG, [r"\arg\max_{k} \mathrm{softmax}(z)_k = \arg\max_{k} z_k"]], [(T, lambda W: am(softmax(W.z)), lambda W: am(W.z))])
D("G04", G, [LOG, [r"\arg\max_{k} \mathrm{softmax}(z)_k = \arg\min_{k} z_k"]], [(F, lambda W: am(softmax(W.z)), lambda W: an(W.z))])
D("G05", G, [M9, M9Z, PT9, [r"\arg\max_{x} \tilde p_\theta(x) = \arg\max_{x} p_\theta(x)"]], [DEF, (T, lambda W: am(np.exp(-W.E())), lambda W: am(W.p()))])
D("G06", G, [M9, M9Z, Q9, [r"\arg\max_{x} p_\theta(x) = \arg\max_{x} q(x)"]], [DEF, (F, lambda W: am(W.p()), lambda W: am(W.q))], note="q is another distribution")
RD = r"We observe real numbers $x^{(1)}, \ldots, x^{(N)}$."
def argmin_q(W):
    f = lambda m: ((W.dv - m) ** 2).sum()
    # a quadratic in m: its minimiser from three values
    a = (f(1) + f(-1) - 2 * f(0)) / 2
    b = (f(1) - f(-1)) / 2
    return -b / (2 * a)
D("G07", G, [RD, [r"\arg\min_{\mu} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2} = \frac{1}{N} \sum_{n=1}^{N} x^{(n)}"]], [(T, argmin_q, lambda W: W.dv.mean())])
D("G08", G, [RD, [r"\arg\min_{\mu} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2} = \frac{1}{N + 1} \sum_{n=1}^{N} x^{(n)}"]], [(F, argmin_q, lambda W: W.dv.sum() / (W.N + 1))])
D("G09", G, [M9, M9Z, [r"\max_{x} \log p_\theta(x) = -\min_{x} E_\theta(x) - \log Z_\theta"]], [DEF, (T, lambda W: np.log(W.p()).max(), lambda W: -W.E().min() - W.logZ())])
D("G10", G, [M9, M9Z, [r"\max_{x} \log p_\theta(x) = -\max_{x} E_\theta(x) - \log Z_\theta"]], [DEF, (F, lambda W: np.log(W.p()).max(), lambda W: -W.E().max() - W.logZ())])
D("G11", G, [LAT9, [r"\arg\max_{h} p(h \mid v) = \arg\max_{h} p(v, h)"]], [(T, lambda W: np.argmax(W.post(), 1).astype(float), lambda W: np.argmax(W.joint(), 1).astype(float))])
D("G12", G, [LAT9, [r"\arg\max_{h} p(h \mid v) = \arg\max_{h} p(v \mid h)"]], [(F, lambda W: np.argmax(W.post(), 1).astype(float), lambda W: np.argmax(W.lik.T, 1).astype(float))], note="prior dropped")
D("G13", G, [LOG, r"Let $c$ be a real number.", [r"\arg\max_{k} \left(z_k + c\right) = \arg\max_{k} z_k"]], [(T, lambda W: am(W.z + W.c_), lambda W: am(W.z))])
D("G14", G, [LOG, r"Let $c$ be a real number.", [r"\arg\max_{k} \left(c\, z_k\right) = \arg\max_{k} z_k"]], [(F, lambda W: am(W.c_ * W.z), lambda W: am(W.z))], note="c may be negative")
D("G15", G, [M9, M9Z, r"The minimum below runs over all distributions $q$ on the states.", [r"\min_{q} D_{\mathrm{KL}}(q \,\|\, p_\theta) = 0"]], [DEF, (T, lambda W: KL(W.p(), W.p()), zero)])
D("G16", G, [M9, M9Z, r"The minimum below runs over all distributions $q$ on the states.", [r"\min_{q} D_{\mathrm{KL}}(q \,\|\, p_\theta) = \log Z_\theta"]], [DEF, (F, zero, lambda W: W.logZ())])
D("G17", G, [M9, M9Z, r"The maximum below runs over all distributions $q$ on the states; $H(q)$ is the entropy.",
             [r"\max_{q} \left(H(q) - \mathbb{E}_{x \sim q}\left[E_\theta(x)\right]\right) = \log Z_\theta"]], [DEF, (T, lambda W: H(W.p()) - W.p() @ W.E(), lambda W: W.logZ())])
D("G18", G, [M9, M9Z, r"The maximum below runs over all distributions $q$ on the states; $H(q)$ is the entropy.",
             [r"\max_{q} \left(H(q) - \mathbb{E}_{x \sim q}\left[E_\theta(x)\right]\right) = -\log Z_\theta"]], [DEF, (F, lambda W: H(W.p()) - W.p() @ W.E(), lambda W: -W.logZ())])
D("G19", G, [G9, G9Z, [r"\arg\max_{x} p_\beta(x) = \arg\max_{x} p_{2\beta}(x)"]], [DEF, (T, lambda W: am(W.pb()), lambda W: am(W.pb(2 * W.be)))])
D("G20", G, [G9, G9Z, [r"\arg\max_{x} p_\beta(x) = \arg\min_{x} p_{2\beta}(x)"]], [DEF, (F, lambda W: am(W.pb()), lambda W: an(W.pb(2 * W.be)))])
CLS = r"A classifier with logits $z_1, \ldots, z_K$ and $p(y \mid x) = e^{z_y} / \sum_{k} e^{z_k}$."
D("G21", G, [CLS, [r"\arg\max_{y} \log p(y \mid x) = \arg\max_{y} z_y"]], [(T, lambda W: am(np.log(softmax(W.z))), lambda W: am(W.z))])
D("G22", G, [CLS, [r"\arg\max_{y} \log p(y \mid x) = \arg\max_{y} e^{-z_y}"]], [(F, lambda W: am(np.log(softmax(W.z))), lambda W: am(np.exp(-W.z)))])
D("G23", G, [M9, M9Z, [r"\max_{x} p_\theta(x) \ge \frac{1}{K}"]], [DEF, (T, lambda W: W.p().max(), lambda W: 1 / W.K, ">=")])
D("G24", G, [M9, M9Z, [r"\max_{x} p_\theta(x) \le \frac{1}{K}"]], [DEF, (F, lambda W: W.p().max(), lambda W: 1 / W.K, "<=")])
D("G25", G, [M9, M9Z, [r"\min_{x} E_\theta(x) \le \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]], [DEF, (T, lambda W: W.E().min(), lambda W: W.p() @ W.E(), "<=")])
D("G26", G, [M9, M9Z, [r"\max_{x} E_\theta(x) \le \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]], [DEF, (F, lambda W: W.E().max(), lambda W: W.p() @ W.E(), "<=")])

# ============================================================ H \equiv / \coloneqq / := definitions
Hc = "H definitions := equiv"
D("H01", Hc, [M9, M9Z, [r"\tilde p_\theta(x) \coloneqq e^{-E_\theta(x)}"], [r"Z_\theta = \sum_{x} \tilde p_\theta(x)"]], [DEF, DEF, (T, lambda W: W.Z(), lambda W: np.exp(-W.E()).sum())])
D("H02", Hc, [M9, M9Z, [r"\tilde p_\theta(x) \coloneqq e^{-E_\theta(x)}"], [r"Z_\theta = \sum_{x} \tilde p_\theta(x)\, p_\theta(x)"]], [DEF, DEF, (F, lambda W: W.Z(), lambda W: np.exp(-W.E()) @ W.p())])
D("H03", Hc, [M9, M9Z, [r"F_\theta \equiv -\log Z_\theta"], [r"e^{-F_\theta} = Z_\theta"]], [DEF, DEF, (T, lambda W: np.exp(W.logZ()), lambda W: W.Z())])
D("H04", Hc, [M9, M9Z, [r"F_\theta \equiv -\log Z_\theta"], [r"e^{F_\theta} = Z_\theta"]], [DEF, DEF, (F, lambda W: np.exp(-W.logZ()), lambda W: W.Z())])
D("H05", Hc, [M9, M9Z, Q9, [r"r(x) := \frac{q(x)}{p_\theta(x)}"], [r"\sum_{x} p_\theta(x)\, r(x) = 1"]], [DEF, DEF, (T, lambda W: W.p() @ (W.q / W.p()), one)])
D("H06", Hc, [M9, M9Z, Q9, [r"r(x) := \frac{q(x)}{p_\theta(x)}"], [r"\sum_{x} q(x)\, r(x) = 1"]], [DEF, DEF, (F, lambda W: W.q @ (W.q / W.p()), one)])
LL = [r"\ell(\theta) \coloneqq \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right)"]
D("H07", Hc, [M9, M9Z, DATA9, LL, [r"\ell(\theta) = -\frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right) - \log Z_\theta"]], [DEF, DEF, (T, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.logZ())])
D("H08", Hc, [M9, M9Z, DATA9, LL, [r"\ell(\theta) = -\frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right) + \log Z_\theta"]], [DEF, DEF, (F, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) + W.logZ())])
SD = [r"s(x) \equiv \log q(x) - \log p_\theta(x)"]
D("H09", Hc, [M9, M9Z, Q9, SD, [r"\mathbb{E}_{x \sim q}\left[s(x)\right] = D_{\mathrm{KL}}(q \,\|\, p_\theta)"]], [DEF, DEF, (T, lambda W: W.q @ np.log(W.q / W.p()), lambda W: KL(W.q, W.p()))])
D("H10", Hc, [M9, M9Z, Q9, SD, [r"\mathbb{E}_{x \sim p_\theta}\left[s(x)\right] = D_{\mathrm{KL}}(q \,\|\, p_\theta)"]], [DEF, DEF, (F, lambda W: W.p() @ np.log(W.q / W.p()), lambda W: KL(W.q, W.p()))])
WD = [r"w(x) := \frac{e^{-E_\theta(x)}}{q(x)}"]
D("H11", Hc, [M9, M9Z, Q9, WD, [r"\mathbb{E}_{x \sim q}\left[w(x)\right] = Z_\theta"]], [DEF, DEF, (T, lambda W: W.q @ (np.exp(-W.E()) / W.q), lambda W: W.Z())])
D("H12", Hc, [M9, M9Z, Q9, WD, [r"\mathbb{E}_{x \sim p_\theta}\left[w(x)\right] = Z_\theta"]], [DEF, DEF, (F, lambda W: W.p() @ (np.exp(-W.E()) / W.q), lambda W: W.Z())])
MD = r"Define $m_\theta \coloneqq \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]$ and let $H$ denote entropy."
D("H13", Hc, [M9, M9Z, MD, [r"H(p_\theta) = m_\theta + \log Z_\theta"]], [DEF, (T, lambda W: H(W.p()), lambda W: W.p() @ W.E() + W.logZ())])
D("H14", Hc, [M9, M9Z, MD, [r"H(p_\theta) = m_\theta - \log Z_\theta"]], [DEF, (F, lambda W: H(W.p()), lambda W: W.p() @ W.E() - W.logZ())])
GD = [r"\gamma_\theta(x) \equiv \frac{\partial E_\theta(x)}{\partial \theta}"]
D("H15", Hc, [M9, M9Z, GD, [r"\frac{\partial \log Z_\theta}{\partial \theta} = -\mathbb{E}_{x \sim p_\theta}\left[\gamma_\theta(x)\right]"]], [DEF, DEF, (T, dlogZ, lambda W: -(W.p() @ W.dE()))])
D("H16", Hc, [M9, M9Z, GD, [r"\frac{\partial \log Z_\theta}{\partial \theta} = -\mathbb{E}_{x \sim p_\theta}\left[\gamma_\theta(x)^{2}\right]"]], [DEF, DEF, (F, dlogZ, lambda W: -(W.p() @ W.dE() ** 2))])
EB = r"Let $\bar E \coloneqq \frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right)$ be the mean energy of the data $x^{(1)}, \ldots, x^{(N)}$."
D("H17", Hc, [M9, M9Z, EB, [r"\frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = -\bar E - \log Z_\theta"]], [DEF, (T, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.logZ())])
D("H18", Hc, [M9, M9Z, EB, [r"\frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = -\bar E"]], [DEF, (F, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()))])
SG = [r"\sigma(a) := \frac{1}{1 + e^{-a}}"]
D("H19", Hc, [r"For real $a$:", SG, [r"\sigma(a) + \sigma(-a) = 1"]], [DEF, (T, lambda W: sig(W.al[0]) + sig(-W.al[0]), one)])
D("H20", Hc, [r"For real $a$:", SG, [r"\sigma(a)\, \sigma(-a) = 1"]], [DEF, (F, lambda W: sig(W.al[0]) * sig(-W.al[0]), one)])
D("H21", Hc, [M9, M9Z, [r"\log p_\theta(x) \equiv -E_\theta(x) - \log Z_\theta"]], [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ())])
D("H22", Hc, [M9, M9Z, [r"\log p_\theta(x) \equiv -E_\theta(x) + \log Z_\theta"]], [DEF, (F, lambda W: np.log(W.p()), lambda W: -W.E() + W.logZ())], note="\\equiv on a fixed object is a claim")
D("H23", Hc, [Q9, [r"H(q) := -\sum_{x} q(x) \log q(x)"]], [(T, lambda W: H(W.q), lambda W: -(W.q @ np.log(W.q)))], note="the entropy's own definition, consistent")
D("H24", Hc, [Q9, [r"H(q) := \sum_{x} q(x) \log q(x)"]], [(F, lambda W: H(W.q), lambda W: W.q @ np.log(W.q))], note="left side is a fixed object (issue 18 part 4): a claim, sign wrong")
LD = [r"\mathcal{L}(\theta) \coloneqq -\frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right)"]
D("H25", Hc, [M9, M9Z, DATA9, LD, [r"\frac{\partial \mathcal{L}}{\partial \theta} = \frac{1}{N} \sum_{n=1}^{N} \frac{\partial E_\theta\left(x^{(n)}\right)}{\partial \theta} - \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, DEF, (T, lambda W: d1(lambda t: -np.log(W.p(t))[W.data].mean(), W.th), lambda W: W.avg(W.dE()) - W.p() @ W.dE())])
D("H26", Hc, [M9, M9Z, DATA9, LD, [r"\frac{\partial \mathcal{L}}{\partial \theta} = \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] - \frac{1}{N} \sum_{n=1}^{N} \frac{\partial E_\theta\left(x^{(n)}\right)}{\partial \theta}"]],
  [DEF, DEF, (F, lambda W: d1(lambda t: -np.log(W.p(t))[W.data].mean(), W.th), lambda W: W.p() @ W.dE() - W.avg(W.dE()))])
