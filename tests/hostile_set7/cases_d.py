"""hostile8 cases K-O: true rows in many spellings (and their slips): exponential families, the ELBO and
latent marginals, RBM conditionals and marginals with 0/1 and +-1 units, small Ising models given inline,
log-sum-exp and softmax."""
import itertools as it

import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ K exponential families
K = "K exponential families"
EF = [r"p_\eta(x) = h(x) \exp\left(\eta\, T(x) - A(\eta)\right)"]
EFA = r"with base measure $h(x) > 0$ and log-partition $A(\eta) = \log \sum_{x} h(x)\, e^{\eta T(x)}$ over finitely many states."
dA = lambda W, e=None: d1(W.A, W.eta if e is None else e)
ET = lambda W: W.px() @ W.T
VT = lambda W: W.px() @ W.T ** 2 - (W.px() @ W.T) ** 2
D("K01", K, [EF, EFA, [r"\frac{dA(\eta)}{d\eta} = \mathbb{E}_{x \sim p_\eta}\left[T(x)\right]"]], [DEF, (T, dA, ET)])
D("K02", K, [EF, EFA, [r"\frac{d^{2}A(\eta)}{d\eta^{2}} = \mathbb{E}_{x \sim p_\eta}\left[T(x)^{2}\right] - \mathbb{E}_{x \sim p_\eta}\left[T(x)\right]^{2}"]], [DEF, (T, lambda W: d2(W.A, W.eta), VT)])
D("K03", K, [EF, EFA, [r"\frac{d^{2}A(\eta)}{d\eta^{2}} = \mathbb{E}_{x \sim p_\eta}\left[T(x)^{2}\right]"]], [DEF, (F, lambda W: d2(W.A, W.eta), lambda W: W.px() @ W.T ** 2)])
ZT = [r"p_\theta(x) = \frac{1}{Z(\theta)}\, e^{\theta T(x)}"]
ZTZ = r"with $Z(\theta) = \sum_{x} e^{\theta T(x)}$ over the finitely many states."
pT = lambda W, t=None: softmax((W.th if t is None else t) * W.T)
lZT = lambda W, t=None: lse((W.th if t is None else t) * W.T)
D("K04", K, [ZT, ZTZ, [r"\frac{d}{d\theta} \log Z(\theta) = \mathbb{E}_{x \sim p_\theta}\left[T(x)\right]"]], [DEF, (T, lambda W: d1(lambda t: lZT(W, t), W.th), lambda W: pT(W) @ W.T)])
D("K05", K, [ZT, ZTZ, [r"\frac{d}{d\theta} \log Z(\theta) = -\mathbb{E}_{x \sim p_\theta}\left[T(x)\right]"]], [DEF, (F, lambda W: d1(lambda t: lZT(W, t), W.th), lambda W: -(pT(W) @ W.T))])
D("K06", K, [r"The energy is $E_\theta(x) = -\theta\, T(x)$ and", MODEL, MODELZ, [r"\frac{\partial \log Z_\theta}{\partial \theta} = \mathbb{E}_{x \sim p_\theta}\left[T(x)\right]"]], [DEF, (T, lambda W: d1(lambda t: lZT(W, t), W.th), lambda W: pT(W) @ W.T)])
D("K07", K, [r"The energy is $E_\theta(x) = -\theta\, T(x)$ and", MODEL, MODELZ, [r"\frac{\partial \log Z_\theta}{\partial \theta} = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]],
  [DEF, (F, lambda W: d1(lambda t: lZT(W, t), W.th), lambda W: pT(W) @ (-W.th * W.T))])
EXPF = [r"p_\theta(x) = \exp\left(\theta\, T(x) - \log Z(\theta)\right)"]
D("K08", K, [EXPF, ZTZ, [r"\frac{\partial}{\partial \theta} \log p_\theta(x) = T(x) - \mathbb{E}_{x' \sim p_\theta}\left[T(x')\right]"]], [DEF, (T, lambda W: d1(lambda t: np.log(pT(W, t)), W.th), lambda W: W.T - pT(W) @ W.T)])
D("K09", K, [EXPF, ZTZ, [r"\frac{\partial}{\partial \theta} \log p_\theta(x) = T(x)"]], [DEF, (F, lambda W: d1(lambda t: np.log(pT(W, t)), W.th), lambda W: W.T)], note="log Z depends on theta")
llT = lambda W, t: np.log(pT(W, t))[W.data].mean()
D("K10", K, [EXPF, ZTZ, DATA, [r"\frac{\partial}{\partial \theta} \frac{1}{N}\sum_{n=1}^{N} \log p_\theta(x^{(n)}) = \frac{1}{N}\sum_{n=1}^{N} T(x^{(n)}) - \mathbb{E}_{x \sim p_\theta}\left[T(x)\right]"]],
  [DEF, (T, lambda W: d1(lambda t: llT(W, t), W.th), lambda W: W.avg(W.T) - pT(W) @ W.T)])
D("K11", K, [EXPF, ZTZ, DATA, [r"\frac{\partial}{\partial \theta} \frac{1}{N}\sum_{n=1}^{N} \log p_\theta(x^{(n)}) = \mathbb{E}_{x \sim p_\theta}\left[T(x)\right] - \frac{1}{N}\sum_{n=1}^{N} T(x^{(n)})"]],
  [DEF, (F, lambda W: d1(lambda t: llT(W, t), W.th), lambda W: pT(W) @ W.T - W.avg(W.T))])
ETP = r"Let $\eta'$ be a second natural parameter."
D("K12", K, [EF, EFA, ETP, [r"\mathrm{KL}\left(p_\eta \,\|\, p_{\eta'}\right) = A(\eta') - A(\eta) - (\eta' - \eta)\, A'(\eta)"]],
  [DEF, (T, lambda W: KL(W.px(), W.px(W.th2)), lambda W: W.A(W.th2) - W.A() - (W.th2 - W.eta) * dA(W))])
D("K13", K, [EF, EFA, ETP, [r"\mathrm{KL}\left(p_\eta \,\|\, p_{\eta'}\right) = A(\eta') - A(\eta) + (\eta' - \eta)\, A'(\eta)"]],
  [DEF, (F, lambda W: KL(W.px(), W.px(W.th2)), lambda W: W.A(W.th2) - W.A() + (W.th2 - W.eta) * dA(W))])
D("K14", K, [EF, EFA, [r"H(p_\eta) = A(\eta) - \eta\, A'(\eta) - \mathbb{E}_{x \sim p_\eta}\left[\log h(x)\right]"]], [DEF, (T, lambda W: H(W.px()), lambda W: W.A() - W.eta * dA(W) - W.px() @ np.log(W.hb))])
D("K15", K, [EF, EFA, [r"H(p_\eta) = A(\eta) - \eta\, A'(\eta)"]], [DEF, (F, lambda W: H(W.px()), lambda W: W.A() - W.eta * dA(W))], note="base measure term dropped")
BERN = r"A Bernoulli variable $x \in \{0, 1\}$ in natural form: $p(x) = \exp\left(\eta x - \log(1 + e^{\eta})\right)$."
D("K16", K, [BERN, [r"\mathbb{E}[x] = \sigma(\eta)"]], [(T, lambda W: np.exp(W.eta - np.log1p(np.exp(W.eta))), lambda W: sig(W.eta))])
D("K17", K, [BERN, [r"\mathbb{E}[x] = \sigma(-\eta)"]], [(F, lambda W: sig(W.eta), lambda W: sig(-W.eta))])
D("K18", K, [BERN, [r"\mathrm{Var}[x] = \sigma(\eta)\, \sigma(-\eta)"]], [(T, lambda W: sig(W.eta) - sig(W.eta) ** 2, lambda W: sig(W.eta) * sig(-W.eta))])
D("K19", K, [EF, EFA, r"Let $q$ be any distribution on the states.", [r"A(\eta) \ge \eta\, \mathbb{E}_{x \sim q}\left[T(x)\right] + \mathbb{E}_{x \sim q}\left[\log h(x)\right] + H(q)"]],
  [DEF, (T, lambda W: W.A(), lambda W: W.eta * (W.q @ W.T) + W.q @ np.log(W.hb) + H(W.q), ">=")])
D("K20", K, [EF, EFA, r"Let $q$ be any distribution on the states.", [r"A(\eta) \le \eta\, \mathbb{E}_{x \sim q}\left[T(x)\right] + \mathbb{E}_{x \sim q}\left[\log h(x)\right] + H(q)"]],
  [DEF, (F, lambda W: W.A(), lambda W: W.eta * (W.q @ W.T) + W.q @ np.log(W.hb) + H(W.q), "<=")])
D("K21", K, [EF, EFA, ETP, [r"A\left(\tfrac{\eta + \eta'}{2}\right) \le \tfrac{1}{2} A(\eta) + \tfrac{1}{2} A(\eta')"]], [DEF, (T, lambda W: W.A((W.eta + W.th2) / 2), lambda W: (W.A() + W.A(W.th2)) / 2, "<=")])
D("K22", K, [[r"\int_{-\infty}^{\infty} e^{-x^{2}/2}\, dx = \sqrt{2\pi}"]], [(T, lambda W: (lambda g: np.trapezoid(np.exp(-g ** 2 / 2), g))(np.linspace(-40, 40, 400001)), const(np.sqrt(2 * np.pi)))])
D("K23", K, [[r"\int_{-\infty}^{\infty} e^{-x^{2}/2}\, dx = 2\pi"]], [(F, lambda W: (lambda g: np.trapezoid(np.exp(-g ** 2 / 2), g))(np.linspace(-40, 40, 400001)), const(2 * np.pi))])
TWOP = r"The energy has two parameters, $E_\theta(x) = -\theta_1 T_1(x) - \theta_2 T_2(x)$, and"
lz12 = lambda W, a, b: lse(a * W.T + b * W.u)
def mixed(W):
    # d/d theta_2 of d log Z/d theta_1 = E[T_1] (the inner derivative is exact), by a central difference
    return d1(lambda b: softmax(W.th * W.T + b * W.u) @ W.T, W.th2)
p12 = lambda W: softmax(W.th * W.T + W.th2 * W.u)
D("K24", K, [TWOP, MODEL, MODELZ, [r"\frac{\partial^{2} \log Z_\theta}{\partial \theta_1\, \partial \theta_2} = \mathbb{E}_{p_\theta}\left[T_1 T_2\right] - \mathbb{E}_{p_\theta}\left[T_1\right] \mathbb{E}_{p_\theta}\left[T_2\right]"]],
  [DEF, (T, mixed, lambda W: p12(W) @ (W.T * W.u) - (p12(W) @ W.T) * (p12(W) @ W.u))])
D("K25", K, [TWOP, MODEL, MODELZ, [r"\frac{\partial^{2} \log Z_\theta}{\partial \theta_1\, \partial \theta_2} = \mathbb{E}_{p_\theta}\left[T_1 T_2\right]"]],
  [DEF, (F, mixed, lambda W: p12(W) @ (W.T * W.u))])

# ============================================================ L ELBO, latent marginals, Bayes
L = "L ELBO/latent"
ELB = r"Write $\mathcal{L}(q) = \mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v, h) - \log q(h \mid v)\right]$ for the evidence lower bound."
KLqp = lambda W: (W.Q * (np.log(W.Q) - np.log(W.post()))).sum(1)
KLpq = lambda W: (W.post() * (np.log(W.post()) - np.log(W.Q))).sum(1)
Hq = lambda W: -(W.Q * np.log(W.Q)).sum(1)
D("L01", L, [LAT, ELB, [r"\log p(v) = \mathcal{L}(q) + \mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right)"]], [(T, lambda W: np.log(W.pv()), lambda W: W.elbo() + KLqp(W))])
D("L02", L, [LAT, ELB, [r"\log p(v) = \mathcal{L}(q) - \mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right)"]], [(F, lambda W: np.log(W.pv()), lambda W: W.elbo() - KLqp(W))])
D("L03", L, [LAT, ELB, [r"\log p(v) = \mathcal{L}(q) + \mathrm{KL}\left(p(h \mid v) \,\|\, q(h \mid v)\right)"]], [(F, lambda W: np.log(W.pv()), lambda W: W.elbo() + KLpq(W))], note="KL direction")
D("L04", L, [LAT, [r"\log p(v) \ge \mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v, h)\right] + H\left(q(h \mid v)\right)"]], [(T, lambda W: np.log(W.pv()), lambda W: (W.Q * np.log(W.joint())).sum(1) + Hq(W), ">=")])
D("L05", L, [LAT, [r"\log p(v) \le \mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v, h)\right] + H\left(q(h \mid v)\right)"]], [(F, lambda W: np.log(W.pv()), lambda W: (W.Q * np.log(W.joint())).sum(1) + Hq(W), "<=")])
D("L06", L, [LAT, [r"\log p(v) = \log \sum_{h} p(v \mid h)\, p(h)"]], [(T, lambda W: np.log(W.pv()), lambda W: np.log((W.lik.T * W.prior[None, :]).sum(1)))])
D("L07", L, [LAT, [r"\log p(v) = \sum_{h} p(h) \log p(v \mid h)"]], [(F, lambda W: np.log(W.pv()), lambda W: (np.log(W.lik.T) * W.prior[None, :]).sum(1))], note="log outside vs inside")
D("L08", L, [LAT, [r"p(h \mid v) = \frac{p(v \mid h)\, p(v)}{p(h)}"]], [(F, lambda W: W.post(), lambda W: W.lik.T * W.pv()[:, None] / W.prior[None, :])])
D("L09", L, [LAT, [r"p(h \mid v) = \frac{p(v \mid h)\, p(h)}{p(v)}"]], [(T, lambda W: W.post(), lambda W: W.lik.T * W.prior[None, :] / W.pv()[:, None])])
D("L10", L, [LAT, [r"p(v) = \mathbb{E}_{h \sim q(h \mid v)}\left[\frac{p(v \mid h)\, p(h)}{q(h \mid v)}\right]"]], [(T, lambda W: W.pv(), lambda W: (W.Q * (W.lik.T * W.prior[None, :]) / W.Q).sum(1))])
D("L11", L, [LAT, [r"\log p(v) = \sum_{h} q(h \mid v) \log \frac{p(v \mid h)\, p(h)}{q(h \mid v)}"]], [(F, lambda W: np.log(W.pv()), lambda W: W.elbo())], note="the Jensen gap")
D("L12", L, [LAT, [r"\mathbb{E}_{h \sim p(h \mid v)}\left[\log \frac{p(v, h)}{p(h \mid v)}\right] = \log p(v)"]], [(T, lambda W: (W.post() * np.log(W.joint() / W.post())).sum(1), lambda W: np.log(W.pv()))])
D("L13", L, [LAT, [r"\mathcal{L} = \mathbb{E}_{q(h \mid v)}\left[\log p(v \mid h)\right] + \mathbb{E}_{q(h \mid v)}\left[\log p(h)\right] - \mathbb{E}_{q(h \mid v)}\left[\log q(h \mid v)\right]"],
             r"where $\mathcal{L} = \mathbb{E}_{q(h \mid v)}\left[\log p(v, h) - \log q(h \mid v)\right]$."],
  [(T, lambda W: W.elbo(), lambda W: (W.Q * (np.log(W.lik.T) + np.log(W.prior)[None, :] - np.log(W.Q))).sum(1))], note="definition after the display")
D("L14", L, [LAT, ELB, [r"\mathcal{L}(q) = \mathbb{E}_{q(h \mid v)}\left[\log p(v \mid h)\right] - \mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right)"]],
  [(F, lambda W: W.elbo(), lambda W: (W.Q * np.log(W.lik.T)).sum(1) - KLqp(W))], note="the prior, not the posterior")
D("L15", L, [LAT, ELB, [r"\mathcal{L}(q) = \mathbb{E}_{q(h \mid v)}\left[\log p(v \mid h)\right] - \mathrm{KL}\left(q(h \mid v) \,\|\, p(h)\right)"]],
  [(T, lambda W: W.elbo(), lambda W: (W.Q * np.log(W.lik.T)).sum(1) - (W.Q * (np.log(W.Q) - np.log(W.prior)[None, :])).sum(1))])
D("L16", L, [LAT, [r"\sum_{v} \sum_{h} p(h)\, p(v \mid h) = 1"]], [(T, lambda W: W.joint().sum(), one)])
D("L17", L, [LAT, [r"\sum_{h} p(h)\, p(v \mid h) = 1"]], [(F, lambda W: W.pv(), lambda W: np.ones(W.Kv))])
D("L18", L, [LAT, [r"\mathbb{E}_{h \sim q(h \mid v)}\left[\frac{p(h \mid v)}{q(h \mid v)}\right] = 1"]], [(T, lambda W: (W.post()).sum(1), lambda W: np.ones(W.Kv))])
D("L19", L, [LAT, [r"\mathbb{E}_{h \sim p(h \mid v)}\left[\frac{p(h \mid v)}{q(h \mid v)}\right] = 1"]], [(F, lambda W: (W.post() ** 2 / W.Q).sum(1), lambda W: np.ones(W.Kv))])

# ============================================================ M RBMs, 0/1 and +-1 units
M = "M RBM"
R01 = r"An RBM with binary units $v \in \{0, 1\}^{n}$, $h \in \{0, 1\}^{m}$ and energy"
RPM = r"An RBM with spin units $v \in \{-1, +1\}^{n}$, $h \in \{-1, +1\}^{m}$ and energy"
RE = [r"E(v, h) = -b^\top v - c^\top h - v^\top W h"]
RZ = r"so that $p(v, h) = e^{-E(v, h)}/Z$ with $Z = \sum_{v, h} e^{-E(v, h)}$."
r01 = lambda W: R(W, zo, zo)
rpm = lambda W: R(W, pm, pm)
zo, pm = (0, 1), (-1, 1)
def marg_v(r, kind):
    pre = np.exp(r.vs @ r.b)
    if kind == "01":
        fac = np.prod(1 + np.exp(r.hin()), 0)
    else:
        fac = np.prod(2 * np.cosh(r.hin()), 0)
    return pre * fac / r.Z()
def marg_h(r, kind, with_c=True):
    pre = np.exp(r.hs @ r.c) if with_c else 1.0
    fac = np.prod(1 + np.exp(r.vin()), 0) if kind == "01" else np.prod(2 * np.cosh(r.vin()), 0)
    return pre * fac / r.Z()
D("M01", M, [R01, RE, RZ, [r"p(h_j = 1 \mid v) = \sigma\left(c_j + \sum_{i=1}^{n} v_i W_{ij}\right)"]], [DEF, (T, lambda W: r01(W).ch_all(1), lambda W: sig(r01(W).hin()))])
D("M02", M, [R01, RE, RZ, [r"p(v) = \frac{1}{Z}\, e^{b^\top v} \prod_{j=1}^{m} \left(1 + e^{c_j + \sum_{i} v_i W_{ij}}\right)"]], [DEF, (T, lambda W: r01(W).pv(), lambda W: marg_v(r01(W), "01"))])
D("M03", M, [RPM, RE, RZ, [r"p(v) = \frac{1}{Z}\, e^{b^\top v} \prod_{j=1}^{m} 2\cosh\left(c_j + \sum_{i} v_i W_{ij}\right)"]], [DEF, (T, lambda W: rpm(W).pv(), lambda W: marg_v(rpm(W), "pm"))])
D("M04", M, [RPM, RE, RZ, [r"p(v) = \frac{1}{Z}\, e^{b^\top v} \prod_{j=1}^{m} \left(1 + e^{c_j + \sum_{i} v_i W_{ij}}\right)"]], [DEF, (F, lambda W: rpm(W).pv(), lambda W: marg_v(rpm(W), "01"))], note="0/1 marginal for spins")
D("M05", M, [R01, RE, RZ, [r"p(v) = \frac{1}{Z}\, e^{b^\top v} \prod_{j=1}^{m} 2\cosh\left(c_j + \sum_{i} v_i W_{ij}\right)"]], [DEF, (F, lambda W: r01(W).pv(), lambda W: marg_v(r01(W), "pm"))])
D("M06", M, [R01, RE, RZ, [r"p(h) = \frac{1}{Z}\, e^{c^\top h} \prod_{i=1}^{n} \left(1 + e^{b_i + \sum_{j} W_{ij} h_j}\right)"]], [DEF, (T, lambda W: r01(W).ph(), lambda W: marg_h(r01(W), "01"))], note="marginal over the visible units")
D("M07", M, [R01, RE, RZ, [r"p(h) = \frac{1}{Z} \prod_{i=1}^{n} \left(1 + e^{b_i + \sum_{j} W_{ij} h_j}\right)"]], [DEF, (F, lambda W: r01(W).ph(), lambda W: marg_h(r01(W), "01", False))], note="hidden bias dropped")
D("M08", M, [RPM, RE, RZ, [r"\mathbb{E}\left[v_i \mid h\right] = \tanh\left(b_i + \sum_{j=1}^{m} W_{ij} h_j\right)"]], [DEF, (T, lambda W: rpm(W).Ev(), lambda W: np.tanh(rpm(W).vin()))])
D("M09", M, [R01, RE, RZ, [r"\mathbb{E}\left[v_i \mid h\right] = \tanh\left(b_i + \sum_{j=1}^{m} W_{ij} h_j\right)"]], [DEF, (F, lambda W: r01(W).Ev(), lambda W: np.tanh(r01(W).vin()))])
FV = r"and free energy $F(v) = -\log \sum_{h} e^{-E(v, h)}$."
def dF(W, kind, which, i):
    r0 = r01(W) if kind == "01" else rpm(W)
    u = (zo, zo) if kind == "01" else (pm, pm)
    def Fat(t):
        vec = (W.bv if which == "b" else W.ch).copy()
        vec[i] = t
        r = R(W, *u)
        return r.F(**{which: vec})
    return d1(Fat, (W.bv if which == "b" else W.ch)[i])
D("M10", M, [R01, RE, FV, [r"\nabla_{b} F(v) = -v"]], [DEF, (T, lambda W: np.stack([dF(W, "01", "b", i) for i in range(W.nv)]), lambda W: -r01(W).vs.T)])
D("M11", M, [RPM, RE, FV, [r"\nabla_{b} F(v) = v"]], [DEF, (F, lambda W: np.stack([dF(W, "pm", "b", i) for i in range(W.nv)]), lambda W: rpm(W).vs.T)])
D("M12", M, [RPM, RE, FV, [r"\frac{\partial F(v)}{\partial c_j} = -\tanh\left(c_j + \sum_{i} v_i W_{ij}\right)"]], [DEF, (T, lambda W: np.stack([dF(W, "pm", "c", j) for j in range(W.nh)]), lambda W: -np.tanh(rpm(W).hin()))])
D("M13", M, [RPM, RE, RZ, [r"p(h_j = -1 \mid v) = \frac{1}{1 + e^{2\left(c_j + \sum_{i} v_i W_{ij}\right)}}"]], [DEF, (T, lambda W: rpm(W).ch_all(-1), lambda W: 1 / (1 + np.exp(2 * rpm(W).hin())))])
D("M14", M, [R01, RE, RZ, [r"\log p(h_j = 1 \mid v) - \log p(h_j = 0 \mid v) = c_j + \sum_{i} v_i W_{ij}"]], [DEF, (T, lambda W: np.log(r01(W).ch_all(1) / r01(W).ch_all(0)), lambda W: r01(W).hin())])
D("M15", M, [RPM, RE, RZ, [r"\log p(h_j = 1 \mid v) - \log p(h_j = -1 \mid v) = c_j + \sum_{i} v_i W_{ij}"]], [DEF, (F, lambda W: np.log(rpm(W).ch_all(1) / rpm(W).ch_all(-1)), lambda W: rpm(W).hin())], note="2(...) for spins")
D("M16", M, [R01, RE, RZ, [r"Z = \sum_{h} e^{c^\top h} \prod_{i=1}^{n} \left(1 + e^{b_i + \sum_{j} W_{ij} h_j}\right)"]], [DEF, (T, lambda W: r01(W).Z(), lambda W: (np.exp(r01(W).hs @ W.ch) * np.prod(1 + np.exp(r01(W).vin()), 0)).sum())])
D("M17", M, [R01, RE, RZ, [r"p(v) = \prod_{i=1}^{n} p(v_i)"]],
  [DEF, (F, lambda W: r01(W).pv(), lambda W: np.prod([np.where(r01(W).vs[:, i] == 1, r01(W).pv() @ r01(W).vs[:, i], 1 - r01(W).pv() @ r01(W).vs[:, i]) for i in range(W.nv)], 0))])
def dlogpv_c(W):
    r = r01(W)
    out = []
    for j in range(W.nh):
        def f(t):
            c = W.ch.copy(); c[j] = t
            return np.log(r.pv(c=c))
        out.append(d1(f, W.ch[j]))
    return np.stack(out)
D("M18", M, [R01, RE, RZ, [r"\frac{\partial \log p(v)}{\partial c_j} = \sigma\left(c_j + \sum_{i} v_i W_{ij}\right) - \sum_{v'} p(v')\, \sigma\left(c_j + \sum_{i} v'_i W_{ij}\right)"]],
  [DEF, (T, dlogpv_c, lambda W: sig(r01(W).hin()) - (sig(r01(W).hin()) @ r01(W).pv())[:, None])])
D("M19", M, [R01, RE, RZ, [r"\frac{\partial \log p(v)}{\partial c_j} = \sigma\left(c_j + \sum_{i} v_i W_{ij}\right)"]], [DEF, (F, dlogpv_c, lambda W: sig(r01(W).hin()))], note="model term dropped")
D("M20", M, [R01, RE, RZ, [r"p(v \mid h) = \prod_{i=1}^{n} p(v_i \mid h)"]],
  [DEF, (T, lambda W: r01(W).joint() / r01(W).ph()[None, :], lambda W: np.prod([np.where(r01(W).vs[:, i][:, None] == 1, r01(W).cond_v(i, 1)[None, :], r01(W).cond_v(i, 0)[None, :]) for i in range(W.nv)], 0))])

# ============================================================ N Ising models given inline (2-4 spins)
N = "N Ising inline"
I2 = r"Two spins $s_1, s_2 \in \{-1, +1\}$ with $E(s) = -J s_1 s_2 - h(s_1 + s_2)$ and $Z = \sum_{s} e^{-E(s)}$."
e2 = lambda W: (lambda s: -W.J * s[0] * s[1] - W.hf * (s[0] + s[1]))
D("N01", N, [I2, [r"Z = 2\left(e^{J}\cosh 2h + e^{-J}\right)"]], [(T, lambda W: ising_Z(e2(W), 2), lambda W: 2 * (np.exp(W.J) * np.cosh(2 * W.hf) + np.exp(-W.J)))])
D("N02", N, [I2, [r"Z = e^{J}\left(e^{2h} + e^{-2h}\right) + 2e^{J}"]], [(F, lambda W: ising_Z(e2(W), 2), lambda W: np.exp(W.J) * (np.exp(2 * W.hf) + np.exp(-2 * W.hf)) + 2 * np.exp(W.J))], note="anti-aligned pairs have e^{-J}")
D("N03", N, [I2, [r"\langle s_1 \rangle = \frac{e^{J}\sinh(2h)}{e^{J}\cosh(2h) + e^{-J}}"]], [(T, lambda W: ising_mean(e2(W), 2, lambda s: s[0]), lambda W: np.exp(W.J) * np.sinh(2 * W.hf) / (np.exp(W.J) * np.cosh(2 * W.hf) + np.exp(-W.J)))])
D("N04", N, [I2, [r"\langle s_1 \rangle = \frac{e^{J}\sinh(h)}{e^{J}\cosh(h) + e^{-J}}"]], [(F, lambda W: ising_mean(e2(W), 2, lambda s: s[0]), lambda W: np.exp(W.J) * np.sinh(W.hf) / (np.exp(W.J) * np.cosh(W.hf) + np.exp(-W.J)))])
R3 = r"Three spins on a ring, $s_1, s_2, s_3 \in \{-1, +1\}$, with $E(s) = -J(s_1 s_2 + s_2 s_3 + s_3 s_1)$ and $Z = \sum_s e^{-E(s)}$."
e3r = lambda W: (lambda s: -W.J * (s[0] * s[1] + s[1] * s[2] + s[2] * s[0]))
D("N05", N, [R3, [r"Z = 2e^{3J} + 6e^{-J}"]], [(T, lambda W: ising_Z(e3r(W), 3), lambda W: 2 * np.exp(3 * W.J) + 6 * np.exp(-W.J))])
D("N06", N, [R3, [r"Z = 2e^{3J} + 6e^{J}"]], [(F, lambda W: ising_Z(e3r(W), 3), lambda W: 2 * np.exp(3 * W.J) + 6 * np.exp(W.J))])
C3 = r"Three spins on an open chain, $s_i \in \{-1, +1\}$, $E(s) = -J(s_1 s_2 + s_2 s_3)$, no field."
e3c = lambda W: (lambda s: -W.J * (s[0] * s[1] + s[1] * s[2]))
D("N07", N, [C3, [r"\langle s_1 s_3 \rangle = \tanh^{2} J"]], [(T, lambda W: ising_mean(e3c(W), 3, lambda s: s[0] * s[2]), lambda W: np.tanh(W.J) ** 2)])
D("N08", N, [C3, [r"\langle s_1 s_3 \rangle = \tanh J"]], [(F, lambda W: ising_mean(e3c(W), 3, lambda s: s[0] * s[2]), lambda W: np.tanh(W.J))])
R4 = r"Four spins on a ring, $s_i \in \{-1, +1\}$, $E(s) = -J \sum_{i=1}^{4} s_i s_{i+1}$ with $s_5 = s_1$, no field, $Z = \sum_s e^{-E(s)}$."
e4r = lambda W: (lambda s: -W.J * sum(s[i] * s[(i + 1) % 4] for i in range(4)))
D("N09", N, [R4, [r"Z = (2\cosh J)^{4} + (2\sinh J)^{4}"]], [(T, lambda W: ising_Z(e4r(W), 4), lambda W: (2 * np.cosh(W.J)) ** 4 + (2 * np.sinh(W.J)) ** 4)])
D("N10", N, [R4, [r"Z = (2\cosh J)^{4}"]], [(F, lambda W: ising_Z(e4r(W), 4), lambda W: (2 * np.cosh(W.J)) ** 4)], note="the ring term missing")
C4 = r"Four spins on an open chain, $s_i \in \{-1, +1\}$, $E(s) = -J(s_1 s_2 + s_2 s_3 + s_3 s_4)$, $Z = \sum_s e^{-E(s)}$."
e4c = lambda W: (lambda s: -W.J * (s[0] * s[1] + s[1] * s[2] + s[2] * s[3]))
D("N11", N, [C4, [r"Z = 16 \cosh^{3} J"]], [(T, lambda W: ising_Z(e4c(W), 4), lambda W: 16 * np.cosh(W.J) ** 3)])
D("N12", N, [C4, [r"Z = 16 \cosh^{4} J"]], [(F, lambda W: ising_Z(e4c(W), 4), lambda W: 16 * np.cosh(W.J) ** 4)])
B2 = r"Two spins $s_1, s_2 \in \{-1, +1\}$ at inverse temperature $\beta$: $p(s) \propto e^{\beta J s_1 s_2}$, $Z(\beta) = \sum_s e^{\beta J s_1 s_2}$."
lzb2 = lambda W, b: np.log(ising_Z(lambda s: -W.J * s[0] * s[1], 2, beta=b))
D("N13", N, [B2, [r"\frac{\partial \log Z(\beta)}{\partial \beta} = J \tanh(\beta J)"]], [(T, lambda W: d1(lambda b: lzb2(W, b), W.be), lambda W: W.J * np.tanh(W.be * W.J))])
D("N14", N, [B2, [r"\frac{\partial \log Z(\beta)}{\partial \beta} = -J \tanh(\beta J)"]], [(F, lambda W: d1(lambda b: lzb2(W, b), W.be), lambda W: -W.J * np.tanh(W.be * W.J))])
D("N15", N, [B2, [r"Z(\beta) = 2e^{\beta J} + 2e^{-\beta J}"]], [(T, lambda W: np.exp(lzb2(W, W.be)), lambda W: 2 * np.exp(W.be * W.J) + 2 * np.exp(-W.be * W.J))])
Z2 = r"Two units $s_1, s_2 \in \{0, 1\}$ with $E(s) = -J s_1 s_2$ and $Z = \sum_{s} e^{-E(s)}$."
D("N16", N, [Z2, [r"Z = 3 + e^{J}"]], [(T, lambda W: ising_Z(lambda s: -W.J * s[0] * s[1], 2, units=(0, 1)), lambda W: 3 + np.exp(W.J))])
D("N17", N, [Z2, [r"Z = 4\cosh J"]], [(F, lambda W: ising_Z(lambda s: -W.J * s[0] * s[1], 2, units=(0, 1)), lambda W: 4 * np.cosh(W.J))], note="the spin formula for 0/1 units")
lzh = lambda W, h: np.log(ising_Z(lambda s: -W.J * s[0] * s[1] - h * (s[0] + s[1]), 2))
D("N18", N, [I2, [r"\frac{\partial^{2} \log Z}{\partial h^{2}} = \langle (s_1 + s_2)^{2} \rangle - \langle s_1 + s_2 \rangle^{2}"]],
  [(T, lambda W: d2(lambda h: lzh(W, h), W.hf), lambda W: ising_mean(e2(W), 2, lambda s: (s[0] + s[1]) ** 2) - ising_mean(e2(W), 2, lambda s: s[0] + s[1]) ** 2)])
D("N19", N, [I2, [r"\frac{\partial^{2} \log Z}{\partial h^{2}} = \langle (s_1 + s_2)^{2} \rangle"]],
  [(F, lambda W: d2(lambda h: lzh(W, h), W.hf), lambda W: ising_mean(e2(W), 2, lambda s: (s[0] + s[1]) ** 2))])
D("N20", N, [r"Three spins on a ring, $s_i \in \{-1, +1\}$, $E(s) = -J(s_1 s_2 + s_2 s_3 + s_3 s_1)$ with $J = 1$:", [r"\sum_{s} e^{-E(s)} = 2e^{3} + 6e^{-1}"]],
  [(T, lambda W: ising_Z(lambda s: -(s[0] * s[1] + s[1] * s[2] + s[2] * s[0]), 3), const(2 * np.e ** 3 + 6 / np.e))])
D("N21", N, [C4, [r"\frac{\partial \log Z}{\partial J} = \langle s_1 s_2 \rangle + \langle s_2 s_3 \rangle + \langle s_3 s_4 \rangle"]],
  [(T, lambda W: d1(lambda j: np.log(ising_Z(lambda s: -j * (s[0] * s[1] + s[1] * s[2] + s[2] * s[3]), 4)), W.J), lambda W: sum(ising_mean(lambda s: -W.J * (s[0] * s[1] + s[1] * s[2] + s[2] * s[3]), 4, lambda s, i=i: s[i] * s[i + 1]) for i in range(3)))])
D("N22", N, [C4, [r"\frac{\partial \log Z}{\partial J} = 4 \tanh J"]],
  [(F, lambda W: d1(lambda j: np.log(ising_Z(lambda s: -j * (s[0] * s[1] + s[1] * s[2] + s[2] * s[3]), 4)), W.J), lambda W: 4 * np.tanh(W.J))], note="three bonds, not four")

# ============================================================ O log-sum-exp and softmax
O = "O logsumexp/softmax"
SM = r"For logits $z \in \mathbb{R}^{K}$ write $\mathrm{softmax}(z)_j = e^{z_j} / \sum_{k=1}^{K} e^{z_k}$."
sz = lambda W: softmax(W.z)
lz = lambda W: lse(W.z)
CC = r"Let $c$ be a real constant."
D("O01", O, [SM, CC, [r"\log \sum_{k=1}^{K} e^{z_k + c} = c + \log \sum_{k=1}^{K} e^{z_k}"]], [(T, lambda W: lse(W.z + W.al[0]), lambda W: W.al[0] + lz(W))])
D("O02", O, [SM, CC, [r"\log \sum_{k=1}^{K} e^{z_k + c} = \log \sum_{k=1}^{K} e^{z_k}"]], [(F, lambda W: lse(W.z + W.al[0]), lz)], note="c dropped")
gl = lambda W: np.array([d1(lambda t: lse(np.where(np.arange(W.K) == j, t, W.z)), W.z[j]) for j in range(W.K)])
D("O03", O, [SM, [r"\frac{\partial}{\partial z_j} \log \sum_{k=1}^{K} e^{z_k} = \mathrm{softmax}(z)_j"]], [(T, gl, sz)])
D("O04", O, [SM, [r"\frac{\partial}{\partial z_j} \log \sum_{k=1}^{K} e^{z_k} = e^{z_j}"]], [(F, gl, lambda W: np.exp(W.z))])
D("O05", O, [SM, CC, [r"\mathrm{softmax}(z + c) = \mathrm{softmax}(z)"]], [(T, lambda W: softmax(W.z + W.al[0]), sz)])
D("O06", O, [SM, [r"\mathrm{softmax}(2z)_j = \mathrm{softmax}(z)_j^{2}"]], [(F, lambda W: softmax(2 * W.z), lambda W: sz(W) ** 2)])
D("O07", O, [SM, [r"\log \mathrm{softmax}(z)_j = z_j - \log \sum_{k=1}^{K} e^{z_k}"]], [(T, lambda W: np.log(sz(W)), lambda W: W.z - lz(W))])
D("O08", O, [SM, [r"\max_{k} z_k \le \log \sum_{k=1}^{K} e^{z_k} \le \max_{k} z_k + \log K"]], [(T, lambda W: np.array([W.z.max(), lz(W)]), lambda W: np.array([lz(W), W.z.max() + np.log(W.K)]), "<=")])
D("O09", O, [SM, r"with $K \ge 2$:", [r"\log \sum_{k=1}^{K} e^{z_k} \le \max_{k} z_k + \log(K - 1)"]], [(F, lz, lambda W: W.z.max() + np.log(W.K - 1), "<=")])
D("O10", O, [SM, [r"\sum_{j=1}^{K} \mathrm{softmax}(z)_j\, z_j \le \log \sum_{k=1}^{K} e^{z_k}"]], [(T, lambda W: sz(W) @ W.z, lz, "<=")])
D("O11", O, [SM, [r"\sum_{j=1}^{K} \mathrm{softmax}(z)_j\, z_j \ge \log \sum_{k=1}^{K} e^{z_k}"]], [(F, lambda W: sz(W) @ W.z, lz, ">=")])
D("O12", O, [SM, [r"\log \sum_{k=1}^{K} e^{z_k} = \sum_{j=1}^{K} \mathrm{softmax}(z)_j\, z_j + H\left(\mathrm{softmax}(z)\right)"]], [(T, lz, lambda W: sz(W) @ W.z + H(sz(W)))])
CEy = r"For a label $y \in \{1, \ldots, K\}$:"
gce = lambda W: np.array([d1(lambda t: -np.log(softmax(np.where(np.arange(W.K) == j, t, W.z))[W.k0]), W.z[j]) for j in range(W.K)])
D("O13", O, [SM, CEy, [r"\frac{\partial}{\partial z_j}\left(-\log \mathrm{softmax}(z)_y\right) = \mathrm{softmax}(z)_j - \mathbb{1}[j = y]"]], [(T, gce, lambda W: sz(W) - (np.arange(W.K) == W.k0))])
D("O14", O, [SM, CEy, [r"\frac{\partial}{\partial z_j}\left(-\log \mathrm{softmax}(z)_y\right) = \mathrm{softmax}(z)_j"]], [(F, gce, sz)])
D("O15", O, [SM, [r"\mathrm{softmax}(z)_j = \frac{1}{\sum_{k=1}^{K} e^{z_k - z_j}}"]], [(T, sz, lambda W: 1 / np.exp(W.z[None, :] - W.z[:, None]).sum(1))])
D("O16", O, [SM, [r"\mathrm{softmax}(z)_j = \frac{1}{\sum_{k=1}^{K} e^{z_j - z_k}}"]], [(F, sz, lambda W: 1 / np.exp(W.z[:, None] - W.z[None, :]).sum(1))])
AB = r"For real $a$ and $b$:"
D("O17", O, [AB, [r"\log\left(e^{a} + e^{b}\right) = \max(a, b) + \log\left(1 + e^{-|a - b|}\right)"]], [(T, lambda W: np.logaddexp(W.al[0], W.al[1]), lambda W: max(W.al[0], W.al[1]) + np.log1p(np.exp(-abs(W.al[0] - W.al[1]))))])
D("O18", O, [AB, [r"\log\left(e^{a} + e^{b}\right) = \max(a, b) + \log\left(1 + e^{|a - b|}\right)"]], [(F, lambda W: np.logaddexp(W.al[0], W.al[1]), lambda W: max(W.al[0], W.al[1]) + np.log1p(np.exp(abs(W.al[0] - W.al[1]))))])
D("O19", O, [AB, r"with $\operatorname{softplus}(t) = \log(1 + e^{t})$:", [r"\log\left(e^{a} + e^{b}\right) = a + \operatorname{softplus}(b - a)"]], [(T, lambda W: np.logaddexp(W.al[0], W.al[1]), lambda W: W.al[0] + softplus(W.al[1] - W.al[0]))])
D("O20", O, [AB, r"with $\operatorname{softplus}(t) = \log(1 + e^{t})$:", [r"\log\left(e^{a} + e^{b}\right) = a + \operatorname{softplus}(a - b)"]], [(F, lambda W: np.logaddexp(W.al[0], W.al[1]), lambda W: W.al[0] + softplus(W.al[0] - W.al[1]))])
D("O21", O, [r"Two logits $z_1, z_2$ and $\mathrm{softmax}(z)_1 = e^{z_1}/(e^{z_1} + e^{z_2})$:", [r"\mathrm{softmax}(z)_1 = \sigma(z_1 - z_2)"]], [(T, lambda W: sig(W.al[0] - W.al[1]), lambda W: np.exp(W.al[0]) / (np.exp(W.al[0]) + np.exp(W.al[1])))])
D("O22", O, [r"Two logits $z_1, z_2$ and $\mathrm{softmax}(z)_1 = e^{z_1}/(e^{z_1} + e^{z_2})$:", [r"\mathrm{softmax}(z)_1 = \sigma(z_2 - z_1)"]], [(F, lambda W: np.exp(W.al[0]) / (np.exp(W.al[0]) + np.exp(W.al[1])), lambda W: sig(W.al[1] - W.al[0]))])
hl = lambda W: np.array([d2(lambda t: lse(np.where(np.arange(W.K) == j, t, W.z)), W.z[j]) for j in range(W.K)])
D("O23", O, [SM, [r"\frac{\partial^{2}}{\partial z_j^{2}} \log \sum_{k=1}^{K} e^{z_k} = \mathrm{softmax}(z)_j\left(1 - \mathrm{softmax}(z)_j\right)"]], [(T, hl, lambda W: sz(W) * (1 - sz(W)))])
D("O24", O, [SM, [r"\frac{\partial^{2}}{\partial z_j^{2}} \log \sum_{k=1}^{K} e^{z_k} = \mathrm{softmax}(z)_j^{2}"]], [(F, hl, lambda W: sz(W) ** 2)])
