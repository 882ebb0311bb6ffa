"""hostile11 V: the earlier vocabulary in new wording: integrals over the real line (recomputed by quadrature), KL and entropy
of Gaussians, the ELBO of a latent-variable model, RBM free energy and marginals, exponential families, beta derivatives."""
import numpy as np
from scipy import integrate

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

V = "V earlier vocabulary reworded"
P = "V"
L = np.log
q_ = lambda f, a=-np.inf, b=np.inf: integrate.quad(f, a, b, epsabs=1e-13, epsrel=1e-12, limit=200)[0]
AP = r"Let $a > 0$ and $\lambda > 0$ be real numbers and $n \ge 1$ an integer."
a_, l_ = (lambda W: W.s3[0]), (lambda W: W.s3[1])
pair(P, V, [AP], r"\int_{-\infty}^{\infty} e^{-a x^{2}}\, dx = \sqrt{\frac{\pi}{a}}", r"\int_{-\infty}^{\infty} e^{-a x^{2}}\, dx = \sqrt{\pi a}",
     lambda W: q_(lambda x: np.exp(-a_(W) * x * x)), lambda W: np.sqrt(np.pi / a_(W)), lambda W: np.sqrt(np.pi * a_(W)))
pair(P, V, [AP], r"\int_{0}^{\infty} \lambda e^{-\lambda x}\, dx = 1", r"\int_{0}^{\infty} \lambda e^{-\lambda x}\, dx = \lambda",
     lambda W: q_(lambda x: l_(W) * np.exp(-l_(W) * x), 0), one, l_)
pair(P, V, [AP], r"\int_{0}^{\infty} x \lambda e^{-\lambda x}\, dx = \frac{1}{\lambda}", r"\int_{0}^{\infty} x \lambda e^{-\lambda x}\, dx = \lambda",
     lambda W: q_(lambda x: x * l_(W) * np.exp(-l_(W) * x), 0), lambda W: 1 / l_(W), l_)
pair(P, V, [AP], r"\int_{0}^{1} x^{n}\, dx = \frac{1}{n + 1}", r"\int_{0}^{1} x^{n}\, dx = \frac{1}{n}",
     lambda W: q_(lambda x: x ** W.nn, 0, 1), lambda W: 1 / (W.nn + 1), lambda W: 1 / W.nn)
GA = (r"Let $\mathcal{N}(x \mid \mu, \sigma^{2}) = \frac{1}{\sqrt{2 \pi} \sigma} e^{-\frac{(x - \mu)^{2}}{2 \sigma^{2}}}$ with $\mu$ real and $\sigma > 0$.")
mu, sg = (lambda W: W.x1), (lambda W: W.s3[2])
Nd = lambda W, x: np.exp(-(x - mu(W)) ** 2 / (2 * sg(W) ** 2)) / (np.sqrt(2 * np.pi) * sg(W))
pair(P, V, [GA], r"\int_{-\infty}^{\infty} x\, \mathcal{N}(x \mid \mu, \sigma^{2})\, dx = \mu", r"\int_{-\infty}^{\infty} x\, \mathcal{N}(x \mid \mu, \sigma^{2})\, dx = \sigma",
     lambda W: q_(lambda x: x * Nd(W, x)), mu, sg)
pair(P, V, [GA], r"\int_{-\infty}^{\infty} (x - \mu)^{2}\, \mathcal{N}(x \mid \mu, \sigma^{2})\, dx = \sigma^{2}",
     r"\int_{-\infty}^{\infty} (x - \mu)^{2}\, \mathcal{N}(x \mid \mu, \sigma^{2})\, dx = \sigma",
     lambda W: q_(lambda x: (x - mu(W)) ** 2 * Nd(W, x)), lambda W: sg(W) ** 2, sg)
pair(P, V, [GA], r"-\int_{-\infty}^{\infty} \mathcal{N}(x \mid \mu, \sigma^{2}) \log \mathcal{N}(x \mid \mu, \sigma^{2})\, dx = \frac{1}{2} \log\left(2 \pi e \sigma^{2}\right)",
     r"-\int_{-\infty}^{\infty} \mathcal{N}(x \mid \mu, \sigma^{2}) \log \mathcal{N}(x \mid \mu, \sigma^{2})\, dx = \frac{1}{2} \log\left(2 \pi \sigma^{2}\right)",
     lambda W: -q_(lambda x: Nd(W, x) * (-(x - mu(W)) ** 2 / (2 * sg(W) ** 2) - L(np.sqrt(2 * np.pi) * sg(W)))),
     lambda W: 0.5 * L(2 * np.pi * np.e * sg(W) ** 2), lambda W: 0.5 * L(2 * np.pi * sg(W) ** 2), note="e dropped")
GK = (r"Two Gaussians with one variance: $p = \mathcal{N}(\mu_1, \sigma^{2})$ and $q = \mathcal{N}(\mu_2, \sigma^{2})$, densities $p(x)$, $q(x)$, $\sigma > 0$.")
m1, m2 = (lambda W: W.x1), (lambda W: W.y1)
gk = lambda W, m, x: np.exp(-(x - m) ** 2 / (2 * sg(W) ** 2)) / (np.sqrt(2 * np.pi) * sg(W))
klg = lambda W: q_(lambda x: gk(W, m1(W), x) * ((x - m2(W)) ** 2 - (x - m1(W)) ** 2) / (2 * sg(W) ** 2))
pair(P, V, [GK], r"\int p(x) \log \frac{p(x)}{q(x)}\, dx = \frac{(\mu_1 - \mu_2)^{2}}{2 \sigma^{2}}", r"\int p(x) \log \frac{p(x)}{q(x)}\, dx = \frac{(\mu_1 - \mu_2)^{2}}{\sigma^{2}}",
     klg, lambda W: (m1(W) - m2(W)) ** 2 / (2 * sg(W) ** 2), lambda W: (m1(W) - m2(W)) ** 2 / sg(W) ** 2)
LAT = (r"A latent-variable model $p(v, h) = p(h)\, p(v \mid h)$ on finitely many values; $q(h \mid v) > 0$ is any distribution over $h$ "
       r"for each $v$, and $p(h \mid v) = p(v, h) / p(v)$ with $p(v) = \sum_{h} p(v, h)$.")
EL = lambda W: W.elbo()
KLq = lambda W: (W.Q * (L(W.Q) - L(W.post()))).sum(1)
pair(P, V, [LAT], r"\log p(v) = \sum_{h} q(h \mid v) \log \frac{p(v, h)}{q(h \mid v)} + \sum_{h} q(h \mid v) \log \frac{q(h \mid v)}{p(h \mid v)}",
     r"\log p(v) = \sum_{h} q(h \mid v) \log \frac{p(v, h)}{q(h \mid v)} - \sum_{h} q(h \mid v) \log \frac{q(h \mid v)}{p(h \mid v)}",
     lambda W: L(W.pv()), lambda W: EL(W) + KLq(W), lambda W: EL(W) - KLq(W))
pair(P, V, [LAT], r"\log p(v) \ge \sum_{h} q(h \mid v) \log \frac{p(v, h)}{q(h \mid v)}", r"\log p(v) = \sum_{h} q(h \mid v) \log \frac{p(v, h)}{q(h \mid v)}",
     lambda W: L(W.pv()), EL, EL, rel=">=", relF="=", note="q is not the posterior")
pair(P, V, [LAT], r"\sum_{h} q(h \mid v) \log \frac{p(v, h)}{q(h \mid v)} = \sum_{h} q(h \mid v) \log p(v \mid h) - \sum_{h} q(h \mid v) \log \frac{q(h \mid v)}{p(h)}",
     r"\sum_{h} q(h \mid v) \log \frac{p(v, h)}{q(h \mid v)} = \sum_{h} q(h \mid v) \log p(v \mid h) + \sum_{h} q(h \mid v) \log \frac{q(h \mid v)}{p(h)}",
     EL, lambda W: (W.Q * L(W.lik.T)).sum(1) - (W.Q * (L(W.Q) - L(W.prior)[None, :])).sum(1),
     lambda W: (W.Q * L(W.lik.T)).sum(1) + (W.Q * (L(W.Q) - L(W.prior)[None, :])).sum(1))
doc1(P, V, [LAT], r"1 = \sum_{h} p(h \mid v)", (TT_, lambda W: W.post().sum(1), one))
doc1(P, V, [LAT], r"1 = \sum_{v} p(h \mid v)", (FF_, lambda W: W.post().sum(0), one), note="summed over the conditioning variable")
RB = (r"An RBM with binary units $v_i, h_j \in \{0, 1\}$, weights $W_{ij}$, biases $b_i$ and $c_j$, energy "
      r"$E(v, h) = -\sum_{i} b_i v_i - \sum_{j} c_j h_j - \sum_{i, j} v_i W_{ij} h_j$ and $p(v, h) = e^{-E(v, h)} / Z$, "
      r"$Z = \sum_{v, h} e^{-E(v, h)}$. The free energy is $F(v) = -\log \sum_{h} e^{-E(v, h)}$.")
r01 = lambda W: R(W, (0, 1), (0, 1))
Fv = lambda W: r01(W).F()
hin = lambda W: r01(W).hin()  # [j, v]
pair(P, V, [RB], r"F(v) + \sum_{i} b_i v_i = -\sum_{j} \log\left(1 + \exp\left(c_j + \sum_{i} W_{ij} v_i\right)\right)",
     r"F(v) + \sum_{i} b_i v_i = -\sum_{j} \log\left(\exp\left(c_j + \sum_{i} W_{ij} v_i\right)\right)", lambda W: Fv(W) + r01(W).vs @ W.bv,
     lambda W: -softplus(hin(W)).sum(0), lambda W: -hin(W).sum(0), note="the 1 dropped")
pair(P, V, [RB], r"Z\, p(v) = e^{-F(v)}", r"Z\, p(v) = e^{F(v)}", lambda W: r01(W).Z() * r01(W).pv(), lambda W: np.exp(-Fv(W)),
     lambda W: np.exp(Fv(W)))
pair(P, V, [RB], r"\frac{\partial F(v)}{\partial b_i} + v_i = 0", r"\frac{\partial F(v)}{\partial b_i} - v_i = 0",
     lambda W: 0 * r01(W).vs.T, lambda W: np.stack([d1(lambda t: R(W, (0, 1), (0, 1)).F(b=np.where(np.arange(W.nv) == i, t, W.bv)), W.bv[i]) for i in range(W.nv)]) + r01(W).vs.T,
     lambda W: np.stack([d1(lambda t: R(W, (0, 1), (0, 1)).F(b=np.where(np.arange(W.nv) == i, t, W.bv)), W.bv[i]) for i in range(W.nv)]) - r01(W).vs.T)
pair(P, V, [RB], r"-\frac{\partial F(v)}{\partial c_j} = \sigma\left(c_j + \sum_{i} W_{ij} v_i\right)", r"-\frac{\partial F(v)}{\partial c_j} = c_j + \sum_{i} W_{ij} v_i",
     lambda W: -np.stack([d1(lambda t: R(W, (0, 1), (0, 1)).F(c=np.where(np.arange(W.nh) == j, t, W.ch)), W.ch[j]) for j in range(W.nh)]),
     lambda W: sig(hin(W)), lambda W: hin(W))
EF = (r"An exponential family $p_\eta(x) = h(x) \exp\left(\eta T(x) - A(\eta)\right)$ on finitely many $x$, with $h(x) > 0$ and "
      r"$A(\eta) = \log \sum_{x} h(x) e^{\eta T(x)}$.")
pair(P, V, [EF], r"\frac{d A}{d \eta} = \sum_{x} p_\eta(x)\, T(x)", r"\frac{d A}{d \eta} = \sum_{x} h(x)\, T(x)",
     lambda W: d1(W.A, W.eta), lambda W: W.px() @ W.T, lambda W: W.hb @ W.T, note="base measure for the model")
pair(P, V, [EF], r"\frac{d^{2} A}{d \eta^{2}} = \sum_{x} p_\eta(x)\, T(x)^{2} - \left(\sum_{x} p_\eta(x)\, T(x)\right)^{2}",
     r"\frac{d^{2} A}{d \eta^{2}} = \sum_{x} p_\eta(x)\, T(x)^{2}", lambda W: d1(lambda e: W.px(e) @ W.T, W.eta),
     lambda W: W.px() @ W.T ** 2 - (W.px() @ W.T) ** 2, lambda W: W.px() @ W.T ** 2)
doc1(P, V, [EF], r"\log p_\eta(x) - \log h(x) = \eta T(x) - A(\eta)", (TT_, lambda W: L(W.px()) - L(W.hb), lambda W: W.eta * W.T - W.A()))
doc1(P, V, [EF], r"\log p_\eta(x) + A(\eta) = \eta T(x)", (FF_, lambda W: L(W.px()) + W.A(), lambda W: W.eta * W.T), note="base measure dropped")
pair(P, V, [EF], r"\sum_{x} p_\eta(x) \log \frac{p_\eta(x)}{h(x)} = \eta \sum_{x} p_\eta(x)\, T(x) - A(\eta)",
     r"\sum_{x} p_\eta(x) \log \frac{p_\eta(x)}{h(x)} = \eta \sum_{x} p_\eta(x)\, T(x) + A(\eta)",
     lambda W: W.px() @ L(W.px() / W.hb), lambda W: W.eta * (W.px() @ W.T) - W.A(), lambda W: W.eta * (W.px() @ W.T) + W.A())
BT = (r"A Boltzmann distribution $p_\beta(x) = e^{-\beta E(x)} / Z(\beta)$ on finitely many states, $Z(\beta) = \sum_{x} e^{-\beta E(x)}$, "
      r"$\beta > 0$, and $\langle E \rangle_\beta = \sum_{x} p_\beta(x) E(x)$.")
doc1(P, V, [BT], r"\frac{\partial \log p_\beta(x)}{\partial \beta} + E(x) = \langle E \rangle_\beta",
     (TT_, lambda W: d1(lambda u: L(W.pb(u)), W.be) + W.b, lambda W: tU(W) + 0 * W.b))
doc1(P, V, [BT], r"\frac{\partial \log p_\beta(x)}{\partial \beta} - E(x) = \langle E \rangle_\beta",
     (FF_, lambda W: d1(lambda u: L(W.pb(u)), W.be) - W.b, lambda W: tU(W) + 0 * W.b))
pair(P, V, [BT], r"\frac{\partial p_\beta(x)}{\partial \beta} = p_\beta(x) \left(\langle E \rangle_\beta - E(x)\right)",
     r"\frac{\partial p_\beta(x)}{\partial \beta} = \langle E \rangle_\beta - E(x)", lambda W: d1(W.pb, W.be), lambda W: W.pb() * (tU(W) - W.b),
     lambda W: tU(W) - W.b)
pair(P, V, [BT], r"\sum_{x} \frac{\partial p_\beta(x)}{\partial \beta} = 0", r"\sum_{x} \frac{\partial p_\beta(x)}{\partial \beta} = -\langle E \rangle_\beta",
     lambda W: d1(W.pb, W.be).sum(), zero, lambda W: -tU(W))
ENT = (r"The model is $p_\theta(x) = e^{-E_\theta(x)} / Z_\theta$ on a finite set, $Z_\theta = \sum_{x} e^{-E_\theta(x)}$, and "
       r"$H(p_\theta) = -\sum_{x} p_\theta(x) \log p_\theta(x)$ is its entropy.")
pair(P, V, [ENT], r"H(p_\theta) - \log Z_\theta = \sum_{x} p_\theta(x)\, E_\theta(x)", r"H(p_\theta) - \log Z_\theta = -\sum_{x} p_\theta(x)\, E_\theta(x)",
     lambda W: H(W.p()) - W.logZ(), lambda W: W.p() @ W.E(), lambda W: -W.p() @ W.E())
pair(P, V, [ENT], r"H(p_\theta) \ge 0", r"H(p_\theta) \ge \log Z_\theta", lambda W: H(W.p()), zero, lambda W: W.logZ(), rel=">=",
     note="fails when the mean energy is negative")
