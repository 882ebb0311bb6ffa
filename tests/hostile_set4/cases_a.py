"""hostile4 cases A-E: parameters/arguments/superscripts/primes, two distributions, domains, fixed objects,
vanishing factors."""
import math

import numpy as np

from build import D, DEF, I, S, V
from common import MODEL, PB, KLs, Hs, lse, gradL, CE, H, KL, d1, d2, sig, softmax  # noqa: F401

x0 = lambda W: W.x0


def quad(fn, a, b, n=20001):
    t = np.linspace(a, b, n)
    y = fn(t)
    return float(np.sum((y[1:] + y[:-1]) / 2 * np.diff(t)))

# ================================================================ A parameters, arguments, superscripts, primes
A = "A parameters differ"
S("A01", A, r"\sum_{x'} p_\theta(x')\, E_\theta(x)", r"E_\theta(x)",
  (V, lambda W: W.p().sum() * W.E()[W.x0], lambda W: W.E()[W.x0]), note="x' bound, x free")
S("A02", A, r"\sum_{x'} p_\theta(x')\, E_\theta(x')", r"E_\theta(x)",
  (I, lambda W: W.p() @ W.E(), lambda W: W.E()[W.x0]), note="an average is not the value at x")
S("A03", A, r"\frac{\partial}{\partial \beta'} \log Z(\beta)", r"0",
  (V, lambda W: d1(lambda b2: W.logZb(), W.be2), lambda W: 0.0))
S("A04", A, r"\frac{\partial}{\partial \beta} \log Z(\beta')", r"-\mathbb{E}_{x\sim p_{\beta'}}[E(x)]",
  (I, lambda W: 0.0, lambda W: -(W.pb(W.be2) @ W.b)), note="log Z(beta') does not depend on beta")
D("A05", A, [MODEL, [r"\nabla_\phi \mathrm{KL}(p_\theta \,\|\, p_\phi) = \mathbb{E}_{x\sim p_\theta}[\nabla_\phi E_\phi(x)] - \mathbb{E}_{x\sim p_\phi}[\nabla_\phi E_\phi(x)]"]],
  [DEF, (V, lambda W: d1(lambda f: KLs(W.p(), W.p(f)), W.ph), lambda W: W.p() @ W.dE(W.ph) - W.p(W.ph) @ W.dE(W.ph))])
D("A06", A, [MODEL, [r"\nabla_\phi \mathrm{KL}(p_\theta \,\|\, p_\phi) = \mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)] - \mathbb{E}_{x\sim p_\phi}[\nabla_\phi E_\phi(x)]"]],
  [DEF, (I, lambda W: d1(lambda f: KLs(W.p(), W.p(f)), W.ph), lambda W: W.p() @ W.dE() - W.p(W.ph) @ W.dE(W.ph))],
  note="first term differentiated at theta instead of phi")
D("A07", A, [MODEL, r"We take one gradient step $\theta_{t+1} = \theta_t - \eta\, \nabla_\theta \mathcal{L}(\theta_t)$ on the negative log-likelihood of the data.",
             [r"E_{\theta_{t+1}}(x) - E_{\theta_t}(x) = 0"]],
  [DEF, (I, lambda W: W.E(W.th - W.lr * gradL(W))[W.x0] - W.E()[W.x0], lambda W: 0.0)], note="the step changes the energy")
S("A08", A, r"Z_{\theta^{(t)}}", r"Z_{\theta^{(t+1)}}", (I, lambda W: W.Z(), lambda W: W.Z(W.th2)), note="superscripts differ")
S("A09", A, r"\mathbb{E}_{x\sim p_{\theta^{(t)}}}\left[E_{\theta^{(t)}}(x)\right]", r"\mathbb{E}_{x\sim p_{\theta^{(t)}}}\left[E_{\theta^{(t+1)}}(x)\right]",
  (I, lambda W: W.p() @ W.E(), lambda W: W.p() @ W.E(W.th2)))
S("A10", A, r"\frac{1}{N}\sum_{i=1}^N E_\theta(x^{(i)})", r"\frac{1}{N}\sum_{j=1}^N E_\theta(x^{(j)})",
  (V, lambda W: W.E()[W.data].mean(), lambda W: W.E()[W.data].mean()), note="index renamed")
S("A11", A, r"\frac{1}{N}\sum_{i=1}^N E_\theta(x^{(i)})", r"\frac{1}{N}\sum_{i=1}^N E_\theta(x^{(1)})",
  (I, lambda W: W.E()[W.data].mean(), lambda W: W.E()[W.data[0]]), note="x^{(1)} fixed: true for N = 1 only")
S("A12", A, r"\sum_{i=1}^N\sum_{j=1}^N \left(E_\theta(x^{(i)}) - E_\theta(x^{(j)})\right)", r"0",
  (V, lambda W: np.subtract.outer(W.E()[W.data], W.E()[W.data]).sum(), lambda W: 0.0))
S("A13", A, r"\sum_{i=1}^N\sum_{j=1}^N E_\theta(x^{(i)})\, E_\theta(x^{(j)})", r"\sum_{i=1}^N E_\theta(x^{(i)})^2",
  (I, lambda W: W.E()[W.data].sum() ** 2, lambda W: (W.E()[W.data] ** 2).sum()), note="true for N = 1")
EE2 = r"\sum_x e^{-\theta_1 f(x) - \theta_2 g(x)}"
S("A14", A, r"\frac{\partial}{\partial \theta_2} \log " + EE2, r"-\frac{\sum_x g(x)\, e^{-\theta_1 f(x) - \theta_2 g(x)}}{" + EE2 + "}",
  (V, lambda W: d1(lambda t: W.logZ2p(W.t1, t), W.t2), lambda W: -(W.p2p() @ W.g)))
S("A15", A, r"\frac{\partial}{\partial \theta_2} \log " + EE2, r"-\frac{\sum_x f(x)\, e^{-\theta_1 f(x) - \theta_2 g(x)}}{" + EE2 + "}",
  (I, lambda W: d1(lambda t: W.logZ2p(W.t1, t), W.t2), lambda W: -(W.p2p() @ W.f)), note="theta_2 vs theta_1's feature")
S("A16", A, r"p_{\beta'}(x)\, Z(\beta')", r"e^{-\beta E(x)}", (I, lambda W: W.pb(W.be2)[W.x0] * W.Zb(W.be2), lambda W: np.exp(-W.be * W.b[W.x0])))
S("A17", A, r"p_{\beta'}(x)\, Z(\beta')", r"e^{-\beta' E(x)}", (V, lambda W: W.pb(W.be2)[W.x0] * W.Zb(W.be2), lambda W: np.exp(-W.be2 * W.b[W.x0])))
S("A18", A, r"Z(\beta)\, Z(\beta')", r"\sum_{x}\sum_{x'} e^{-\beta E(x) - \beta' E(x')}",
  (V, lambda W: W.Zb() * W.Zb(W.be2), lambda W: np.exp(-np.add.outer(W.be * W.b, W.be2 * W.b)).sum()))
S("A19", A, r"\frac{Z(\beta)}{Z(\beta')}", r"\frac{\sum_x e^{-\beta' E(x)}}{\sum_x e^{-\beta E(x)}}",
  (I, lambda W: W.Zb() / W.Zb(W.be2), lambda W: W.Zb(W.be2) / W.Zb()), note="primes swapped")
S("A20", A, r"\nabla_\phi \log Z_\theta", r"0", (V, lambda W: d1(lambda f: W.logZ(), W.ph), lambda W: 0.0))
S("A21", A, r"\nabla_\theta \mathrm{KL}(p_\theta \,\|\, q_\phi)", r"-\mathbb{E}_{x\sim p_\theta}[\nabla_\theta \log q_\phi(x)]",
  (I, lambda W: d1(lambda t: KLs(W.p(t), W.q()), W.th), lambda W: 0.0), note="the right side is 0; the KL moves with theta")
D("A22", A, [MODEL, [r"\nabla_\phi \mathrm{KL}(q_\phi \,\|\, p_\theta) = \nabla_\phi \mathrm{KL}(q_\phi \,\|\, p_{\theta'})"]],
  [DEF, (I, lambda W: d1(lambda f: KLs(W.q(f), W.p()), W.ph), lambda W: d1(lambda f: KLs(W.q(f), W.p(W.th2)), W.ph))])

# ================================================================ B two distributions merged
B = "B distributions merged"
glogp = lambda W: d1(lambda t: np.log(W.p(t)), W.th)
D("B01", B, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\right] = 0"]], [DEF, (V, lambda W: W.p() @ glogp(W), lambda W: 0.0)])
D("B02", B, [MODEL, r"and $q$ is any other distribution on the same states.", [r"\mathbb{E}_{x\sim q}\left[\nabla_\theta \log p_\theta(x)\right] = 0"]],
  [DEF, (I, lambda W: W.qq @ glogp(W), lambda W: 0.0)], note="the score has mean 0 only under p_theta")
D("B03", B, [MODEL, r"For a fixed distribution $q$:", [r"\nabla_\theta H(q, p_\theta) = \mathbb{E}_{x\sim q}[\nabla_\theta E_\theta(x)] - \mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)]"]],
  [DEF, (V, lambda W: d1(lambda t: CE(W.qq, W.p(t)), W.th), lambda W: W.qq @ W.dE() - W.p() @ W.dE())])
D("B04", B, [MODEL, r"For a fixed distribution $q$:", [r"\nabla_\theta H(q, p_\theta) = \mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)] - \mathbb{E}_{x\sim q}[\nabla_\theta E_\theta(x)]"]],
  [DEF, (I, lambda W: d1(lambda t: CE(W.qq, W.p(t)), W.th), lambda W: W.p() @ W.dE() - W.qq @ W.dE())])
MIX = r"Let $p$ and $q$ be distributions on a finite set and $m = \tfrac{1}{2}(p + q)$ their mixture."
mixm = lambda W: 0.5 * (W.pp + W.qq)
D("B05", B, [MIX, [r"\mathrm{KL}(p \,\|\, m) = \sum_x p(x) \log \frac{2\, p(x)}{p(x) + q(x)}"]],
  [(V, lambda W: KLs(W.pp, mixm(W)), lambda W: W.pp @ np.log(2 * W.pp / (W.pp + W.qq)))])
D("B06", B, [MIX, [r"\mathrm{KL}(p \,\|\, m) = \mathrm{KL}(q \,\|\, m)"]], [(I, lambda W: KLs(W.pp, mixm(W)), lambda W: KLs(W.qq, mixm(W)))])
ANYQ = r"For any distribution $q$ on the states,"
D("B07", B, [MODEL, ANYQ, [r"\mathbb{E}_{x\sim q}[E_\theta(x)] - H(q) = -\log Z_\theta + \mathrm{KL}(q \,\|\, p_\theta)"]],
  [DEF, (V, lambda W: W.qq @ W.E() - Hs(W.qq), lambda W: -W.logZ() + KLs(W.qq, W.p()))])
D("B08", B, [MODEL, ANYQ, [r"\mathbb{E}_{x\sim q}[E_\theta(x)] - H(q) = -\log Z_\theta + \mathrm{KL}(p_\theta \,\|\, q)"]],
  [DEF, (I, lambda W: W.qq @ W.E() - Hs(W.qq), lambda W: -W.logZ() + KLs(W.p(), W.qq))])
JNT = r"A joint distribution $p(v, h)$, with marginals $p(v)$, $p(h)$ and conditionals $p(v \mid h)$, $p(h \mid v)$."
mi = lambda W: float((W.joint() * np.log(W.joint() / np.outer(W.pv(), W.ph_()))).sum())
D("B09", B, [JNT, [r"\sum_{v}\sum_{h} p(v, h) \log\frac{p(v, h)}{p(v)\, p(h)} = \sum_{v}\sum_{h} p(v, h) \log\frac{p(v \mid h)}{p(v)}"]],
  [(V, mi, lambda W: float((W.joint() * np.log((W.joint() / W.ph_()[None, :]) / W.pv()[:, None])).sum()))])
D("B10", B, [JNT, [r"\sum_{v}\sum_{h} p(v, h) \log\frac{p(v, h)}{p(v)\, p(h)} = \sum_{v}\sum_{h} p(v, h) \log\frac{p(h \mid v)}{p(v)}"]],
  [(I, mi, lambda W: float((W.joint() * np.log(W.post() / W.pv()[:, None])).sum()))], note="p(h|v) over p(v): mixed up")
ENC = r"A latent-variable model $p(v, h) = p(h)\, p(v \mid h)$ and an encoder $q(h \mid v)$."
qv = lambda W: W.qhv()[W.v0]
D("B11", B, [ENC, [r"\mathbb{E}_{h\sim q(h\mid v)}\left[\log p(h) - \log q(h \mid v)\right] = -\mathrm{KL}\left(q(h \mid v) \,\|\, p(h)\right)"]],
  [(V, lambda W: qv(W) @ (np.log(W.ph_()) - np.log(qv(W))), lambda W: -KLs(qv(W), W.ph_()))])
D("B12", B, [ENC, [r"\mathbb{E}_{h\sim q(h\mid v)}\left[\log p(h) - \log q(h \mid v)\right] = -\mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right)"]],
  [(I, lambda W: qv(W) @ (np.log(W.ph_()) - np.log(qv(W))), lambda W: -KLs(qv(W), W.post()[W.v0]))], note="prior merged with posterior")
EMP = r"Here $\hat p$ is the empirical distribution of the data $x_1, \dots, x_N$."
D("B13", B, [EMP, MODEL, [r"\frac{1}{N}\sum_{i=1}^N p_\theta(x_i) &= \sum_x \hat p(x)\, p_\theta(x)", r"&= \sum_x p_\theta(x)^2"]],
  [DEF, (V, lambda W: W.p()[W.data].mean(), lambda W: W.phat() @ W.p()), (I, lambda W: W.phat() @ W.p(), lambda W: (W.p() ** 2).sum())])
DM = r"Let $p$ be the data distribution and $p_\theta$ the model."
D("B14", B, [DM, [r"\nabla_\theta \mathrm{KL}(p_\theta \,\|\, p) = \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\, \log\frac{p_\theta(x)}{p(x)}\right]"]],
  [(V, lambda W: d1(lambda t: KLs(W.p(t), W.pp), W.th), lambda W: W.p() @ (d1(lambda t: np.log(W.p(t)), W.th) * np.log(W.p() / W.pp)))],
  note="score-function gradient of the reverse KL")
D("B15", B, [DM, [r"\mathbb{E}_{x\sim p}[\log p_\theta(x)] = \mathbb{E}_{x\sim p_\theta}[\log p_\theta(x)]"]],
  [(I, lambda W: W.pp @ np.log(W.p()), lambda W: W.p() @ np.log(W.p()))])

# ================================================================ C domains of sums and integrals
C = "C domains"
D("C01", C, [MODEL, [r"\sum_{x:\, E_\theta(x) < 0} p_\theta(x) = 1"]], [DEF, (I, lambda W: W.p()[W.E() < 0].sum(), lambda W: 1.0)],
  note="a sum over the states of negative energy")
aseq = lambda W: W.seq[:W.n01 + 1]
S("C02", C, r"\sum_{i \neq j} a_i a_j", r"\left(\sum_i a_i\right)^2 - \sum_i a_i^2",
  (V, lambda W: np.outer(aseq(W), aseq(W)).sum() - (aseq(W) ** 2).sum(), lambda W: aseq(W).sum() ** 2 - (aseq(W) ** 2).sum()))
S("C03", C, r"\sum_{i \neq j} a_i a_j", r"\left(\sum_i a_i\right)^2",
  (I, lambda W: np.outer(aseq(W), aseq(W)).sum() - (aseq(W) ** 2).sum(), lambda W: aseq(W).sum() ** 2))
S("C04", C, r"\int_0^1 2x\, dx", r"1", (V, lambda W: quad(lambda t: 2 * t, 0, 1), lambda W: 1.0))
S("C05", C, r"\int_0^2 x\, \mathrm{d}x", r"1", (I, lambda W: quad(lambda t: t, 0, 2), lambda W: 1.0))
S("C06", C, r"\sum_{k=0}^{n} \binom{n}{k}", r"2^n", (V, lambda W: float(sum(math.comb(W.n01, k) for k in range(W.n01 + 1))), lambda W: 2.0 ** W.n01))
S("C07", C, r"\sum_{k=1}^{n} \binom{n}{k}", r"2^n", (I, lambda W: float(sum(math.comb(W.n01, k) for k in range(1, W.n01 + 1))), lambda W: 2.0 ** W.n01))
fv = lambda W: W.seq[:W.Kv]
S("C08", C, r"\sum_{h} p(v, h)\, f(v)", r"p(v)\, f(v)", (V, lambda W: W.joint()[W.v0].sum() * fv(W)[W.v0], lambda W: W.pv()[W.v0] * fv(W)[W.v0]))
S("C09", C, r"\sum_{v} p(v, h)\, f(v)", r"p(h)\, f(v)", (I, lambda W: W.joint()[:, W.h0] @ fv(W), lambda W: W.ph_()[W.h0] * fv(W)[W.v0]),
  note="summed over v: the right side keeps a free v")
CNT = r"Data $x_1, \dots, x_N$; $n(x) = \sum_{i=1}^N \mathbb{1}[x_i = x]$ counts how often the state $x$ occurs."
cnt = lambda W: np.bincount(W.data, minlength=W.K).astype(float)
D("C10", C, [CNT, MODEL, [r"\sum_{i=1}^N \log p_\theta(x_i) = \sum_x n(x) \log p_\theta(x)"]],
  [DEF, (V, lambda W: np.log(W.p()[W.data]).sum(), lambda W: cnt(W) @ np.log(W.p()))])
D("C11", C, [CNT, MODEL, [r"\sum_{i=1}^N \log p_\theta(x_i) = \sum_x \log p_\theta(x)"]],
  [DEF, (I, lambda W: np.log(W.p()[W.data]).sum(), lambda W: np.log(W.p()).sum())], note="data sum replaced by a state sum")
D("C12", C, [EMP, MODEL, [r"\prod_{i=1}^{N} p_\theta(x_i) = \prod_{x} p_\theta(x)^{N \hat p(x)}"]],
  [DEF, (V, lambda W: np.prod(W.p()[W.data]), lambda W: np.prod(W.p() ** (W.N * W.phat())))])
D("C13", C, [EMP, MODEL, [r"\prod_{i=1}^{N} p_\theta(x_i) = \prod_{x} p_\theta(x)^{\hat p(x)}"]],
  [DEF, (I, lambda W: np.prod(W.p()[W.data]), lambda W: np.prod(W.p() ** W.phat()))])
S("C14", C, r"\sum_{s \in \{-1, 1\}} e^{J s}", r"e^{J} + e^{-J}", (V, lambda W: np.exp(W.J) + np.exp(-W.J), lambda W: np.exp(W.J) + np.exp(-W.J)))
S("C15", C, r"\sum_{s \in \{0, 1\}} e^{J s}", r"e^{J} + e^{-J}", (I, lambda W: 1 + np.exp(W.J), lambda W: np.exp(W.J) + np.exp(-W.J)))
S("C16", C, r"\sum_{i=1}^{N}\sum_{j=i+1}^{N} 1", r"\frac{N(N-1)}{2}", (V, lambda W: float(sum(W.N - i for i in range(1, W.N + 1))), lambda W: W.N * (W.N - 1) / 2))
S("C17", C, r"\sum_{j \neq i} \mathrm{softmax}(z)_j", r"1 - \mathrm{softmax}(z)_i", (V, lambda W: np.delete(softmax(W.z), W.zi).sum(), lambda W: 1 - softmax(W.z)[W.zi]))
ss = lambda W: W.sstates[(W.x1 * 7 + W.x2 * 3 + W.seed) % len(W.sstates)]
pairs = lambda s: sum(s[i] * s[j] for i in range(len(s)) for j in range(i + 1, len(s)))
D("C18", C, [r"Let $s \in \{-1, +1\}^n$.", [r"\sum_{i<j} s_i s_j = \frac{1}{2}\left(\Big(\sum_{i=1}^n s_i\Big)^2 - n\right)"]],
  [(V, lambda W: pairs(ss(W)), lambda W: 0.5 * (ss(W).sum() ** 2 - len(ss(W))))])
D("C19", C, [r"Let $s \in \{0, 1\}^n$.", [r"\sum_{i<j} s_i s_j = \frac{1}{2}\left(\Big(\sum_{i=1}^n s_i\Big)^2 - n\right)"]],
  [(I, lambda W: pairs(ss(W)), lambda W: 0.5 * (ss(W).sum() ** 2 - len(ss(W))))], spins=(0, 1), note="s_i^2 = s_i, not 1")

# ================================================================ D rows about fixed objects
Dd = "D fixed objects"
JV = r"A joint distribution $p(v, h)$ with marginals $p(v)$, $p(h)$ and conditional $p(h \mid v)$."
D("D01", Dd, [MODEL, [r"H(p_\theta) = -\sum_x p_\theta(x)\log p_\theta(x)"]], [DEF, (V, lambda W: Hs(W.p()), lambda W: -(W.p() @ np.log(W.p())))])
D("D02", Dd, [MODEL, [r"H(p_\theta) = \sum_x p_\theta(x)\log p_\theta(x)"]], [DEF, (I, lambda W: Hs(W.p()), lambda W: W.p() @ np.log(W.p()))])
D("D03", Dd, [MODEL, [r"\mathrm{Var}_{x\sim p_\theta}[E_\theta(x)] = \mathbb{E}_{x\sim p_\theta}[E_\theta(x)^2] - \mathbb{E}_{x\sim p_\theta}[E_\theta(x)]^2"]],
  [DEF, (V, lambda W: W.var(W.p(), W.E()), lambda W: W.p() @ W.E() ** 2 - (W.p() @ W.E()) ** 2)])
D("D04", Dd, [MODEL, [r"\mathrm{Var}_{x\sim p_\theta}[E_\theta(x)] = 0"]], [DEF, (I, lambda W: W.var(W.p(), W.E()), lambda W: 0.0)])
FG = r"Let $p$ be a distribution on a finite set and $f$, $g$ two real functions on it."
D("D05", Dd, [FG, [r"\mathrm{Cov}_p[f(x), g(x)] = \mathbb{E}_p[f(x)\, g(x)] - \mathbb{E}_p[f(x)]\, \mathbb{E}_p[g(x)]"]],
  [(V, lambda W: W.pp @ ((W.f - W.pp @ W.f) * (W.g - W.pp @ W.g)), lambda W: W.pp @ (W.f * W.g) - (W.pp @ W.f) * (W.pp @ W.g))])
D("D06", Dd, [FG, [r"\mathrm{Cov}_p[f(x), g(x)] = \mathbb{E}_p[f(x)\, g(x)]"]],
  [(I, lambda W: W.pp @ ((W.f - W.pp @ W.f) * (W.g - W.pp @ W.g)), lambda W: W.pp @ (W.f * W.g))])
D("D07", Dd, [EMP, MODEL, [r"\mathrm{KL}(\hat p \,\|\, p_\theta) = -H(\hat p) - \frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)"]],
  [DEF, (V, lambda W: KLs(W.phat(), W.p()), lambda W: -Hs(W.phat()) - np.log(W.p()[W.data]).mean())])
D("D08", Dd, [EMP, MODEL, [r"\mathrm{KL}(\hat p \,\|\, p_\theta) = -\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)"]],
  [DEF, (I, lambda W: KLs(W.phat(), W.p()), lambda W: -np.log(W.p()[W.data]).mean())], note="the entropy of the data is missing")
D("D09", Dd, [MODEL, r"and $q$ is any positive distribution on the states.", [r"Z_\theta = \mathbb{E}_{x\sim q}\left[\frac{e^{-E_\theta(x)}}{q(x)}\right]"]],
  [DEF, (V, lambda W: W.Z(), lambda W: W.qq @ (np.exp(-W.E()) / W.qq))])
D("D10", Dd, [MODEL, r"and $q$ is any positive distribution on the states.", [r"\log Z_\theta = \mathbb{E}_{x\sim q}\left[\log\frac{e^{-E_\theta(x)}}{q(x)}\right]"]],
  [DEF, (I, lambda W: W.logZ(), lambda W: W.qq @ np.log(np.exp(-W.E()) / W.qq))], note="Jensen gap: equal only for q = p_theta")
FB = [r"F(\beta) = -\frac{1}{\beta}\log Z(\beta)"]
D("D11", Dd, [PB, FB, [r"\frac{\partial \left(\beta F(\beta)\right)}{\partial\beta} = \mathbb{E}_{x\sim p_\beta}[E(x)]"]],
  [DEF, DEF, (V, lambda W: d1(lambda b: -W.logZb(b), W.be), lambda W: W.pb() @ W.b)])
D("D12", Dd, [PB, FB, [r"\frac{\partial F(\beta)}{\partial\beta} = \mathbb{E}_{x\sim p_\beta}[E(x)]"]],
  [DEF, DEF, (I, lambda W: d1(lambda b: -W.logZb(b) / b, W.be), lambda W: W.pb() @ W.b)])
D("D13", Dd, [r"Data $x_1, \dots, x_N$ and the model", MODEL, [r"Z_\theta = \sum_{i=1}^N e^{-E_\theta(x_i)}"]],
  [DEF, (I, lambda W: W.Z(), lambda W: np.exp(-W.E()[W.data]).sum())], note="Z over the data, not the states")
LOSS = [r"\mathcal{L}(\theta) = -\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)"]
D("D14", Dd, [JV, [r"\mathrm{KL}\left(p(v, h) \,\|\, p(v)\, p(h)\right) = H(p(v)) + H(p(h)) - H(p(v, h))"]],
  [(V, lambda W: KLs(W.joint().ravel(), np.outer(W.pv(), W.ph_()).ravel()), lambda W: Hs(W.pv()) + Hs(W.ph_()) - Hs(W.joint().ravel()))])
D("D15", Dd, [JV, [r"H(p(v, h)) = H(p(v)) + H(p(h))"]], [(I, lambda W: Hs(W.joint().ravel()), lambda W: Hs(W.pv()) + Hs(W.ph_()))],
  note="true only for independent v, h")
D("D16", Dd, [JV, [r"H(p(v, h)) = H(p(v)) - \sum_v p(v) \sum_h p(h \mid v) \log p(h \mid v)"]],
  [(V, lambda W: Hs(W.joint().ravel()), lambda W: Hs(W.pv()) - W.pv() @ (W.post() * np.log(W.post())).sum(axis=1))])

# ================================================================ E vanishing factors
Ee = "E vanishing factors"
S("E01", Ee, r"\log Z_\theta", r"\log Z_\theta + |\theta| - \theta", (I, lambda W: W.logZ(), lambda W: W.logZ() + abs(W.th) - W.th),
  note="vanishes for every theta >= 0")
S("E02", Ee, r"\sqrt{\theta^2}", r"\theta", (I, lambda W: abs(W.th), lambda W: W.th), note="false for theta < 0")
S("E03", Ee, r"\sqrt{\theta^2}", r"|\theta|", (V, lambda W: abs(W.th), lambda W: abs(W.th)))
S("E04", Ee, r"\nabla_\theta \log Z_\theta", r"-\mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)] + \max(\theta, 0) - \theta",
  (I, lambda W: d1(W.logZ, W.th), lambda W: -(W.p() @ W.dE()) + max(W.th, 0) - W.th), note="vanishes for theta >= 0")
S("E05", Ee, r"\log Z_\theta", r"\log Z_\theta + (\theta - \phi)(\phi - \psi)(\psi - \theta)",
  (I, lambda W: W.logZ(), lambda W: W.logZ() + (W.th - W.ph) * (W.ph - W.ps) * (W.ps - W.th)), note="zero when any two letters coincide")
S("E06", Ee, r"\log Z_\theta", r"\log Z_\theta + \left(N - \sum_x 1\right)^2 \theta", (I, lambda W: W.logZ(), lambda W: W.logZ() + (W.N - W.K) ** 2 * W.th),
  note="vanishes when the data size equals the number of states")
S("E07", Ee, r"\log Z(\beta)", r"\log Z(\beta) + (2\beta - 1)(3\beta - 1)(4\beta - 1)(5\beta - 2)",
  (I, lambda W: W.logZb(), lambda W: W.logZb() + (2 * W.be - 1) * (3 * W.be - 1) * (4 * W.be - 1) * (5 * W.be - 2)), note="roots 1/2, 1/3, 1/4, 2/5")
S("E08", Ee, r"\log Z_\theta", r"\log Z_\theta + \binom{N}{6}", (I, lambda W: W.logZ(), lambda W: W.logZ() + math.comb(W.N, 6)),
  note="zero for N <= 5")
S("E09", Ee, r"\log Z_\theta", r"\log Z_\theta + \binom{N}{2} - \frac{N(N-1)}{2}", (V, lambda W: W.logZ(), lambda W: W.logZ() + math.comb(W.N, 2) - W.N * (W.N - 1) / 2))
S("E10", Ee, r"\log Z_\theta", r"\log Z_\theta + \frac{1}{N}\sum_{i=1}^N f(x_i) - f(x_1)",
  (I, lambda W: W.logZ(), lambda W: W.logZ() + W.f[W.data].mean() - W.f[W.data[0]]), note="zero for N = 1 or constant data")
S("E11", Ee, r"\log Z_{\theta+\epsilon}", r"\log Z_\theta + \epsilon^2(\epsilon - 1)",
  (I, lambda W: W.logZ(W.th + W.eps), lambda W: W.logZ() + W.eps ** 2 * (W.eps - 1)))
S("E12", Ee, r"e^{-E_\theta(x)}", r"e^{-E_\theta(x)}\cos^2(\pi\theta) + e^{-E_\theta(x)}\sin^2(\pi\theta)",
  (V, lambda W: np.exp(-W.E()[W.x0]), lambda W: np.exp(-W.E()[W.x0]) * (np.cos(np.pi * W.th) ** 2 + np.sin(np.pi * W.th) ** 2)))
S("E13", Ee, r"\frac{\theta^3 - \theta}{\theta^2 - 1}", r"\theta", (V, lambda W: (W.th ** 3 - W.th) / (W.th ** 2 - 1), lambda W: W.th),
  note="equal wherever the left side is defined (theta != +-1)")
S("E14", Ee, r"\sum_x p_\theta(x)", r"\frac{2^{\sum_x 1}}{\left(\sum_x 1\right)^2}", (I, lambda W: 1.0, lambda W: 2.0 ** W.K / W.K ** 2),
  note="equal for 2 and 4 states only")
S("E15", Ee, r"\prod_{i=1}^{N} p_\theta(x_i)", r"p_\theta(x_1)^N", (I, lambda W: np.prod(W.p()[W.data]), lambda W: W.p()[W.data[0]] ** W.N),
  note="equal for N = 1 or repeated data")
