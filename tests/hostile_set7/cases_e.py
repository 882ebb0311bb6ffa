"""hostile8 later additions (same families): superscripts inside and outside subscripts, a fixed argument x_0 in
a sum, conditioning bars, integrals over a subset, true rows with factors that only look like vanishing ones,
conditions on the energy or on a second parameter, E on the left."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

A, B, C, Dc, E, G = ("A parameters/arguments", "B two distributions", "C domains/subsets", "D fixed objects",
                     "E vanishing factors", "G conditions")
D("A33", A, [MODEL, MODELZ, [r"Z_{\theta^{2}} = Z_\theta^{2}"]], [DEF, (F, lambda W: W.Z(W.th ** 2), lambda W: W.Z() ** 2)], note="superscript inside vs outside the subscript")
D("A34", A, [MODEL, MODELZ, [r"\log Z_\theta^{2} = 2 \log Z_\theta"]], [DEF, (T, lambda W: np.log(W.Z() ** 2), lambda W: 2 * W.logZ())])
D("A35", A, [MODEL, MODELZ, X0 := r"Fix one state $x_0$.", [r"\sum_{x} p_\theta(x)\, E_\theta(x_0) = E_\theta(x_0)"]], [DEF, (T, lambda W: W.p().sum() * W.E()[W.x0], lambda W: W.E()[W.x0])])
D("A36", A, [MODEL, MODELZ, X0, [r"\sum_{x} p_\theta(x)\, E_\theta(x_0) = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]], [DEF, (F, lambda W: W.E()[W.x0], lambda W: W.p() @ W.E())], note="x_0 is not the summation variable")
D("B28", B, [LAT, [r"\sum_{h} p(h \mid v) \log p(h) = \sum_{h} p(h \mid v) \log p(h \mid v)"]], [(F, lambda W: (W.post() * np.log(W.prior)[None, :]).sum(1), lambda W: (W.post() * np.log(W.post())).sum(1))], note="conditioning bar dropped")
D("B29", B, [LAT, [r"\sum_{h} p(h \mid v) \log \frac{p(h \mid v)}{p(h)} \ge 0"]], [(T, lambda W: (W.post() * np.log(W.post() / W.prior[None, :])).sum(1), lambda W: np.zeros(W.Kv), ">=")])
D("C28", C, [r"Let $p$ be a probability density on $\mathbb{R}$.", [r"\int_{-\infty}^{\infty} p(x)\, dx = 1"]], [(T, one, one)])
D("C29", C, [r"Let $p$ be the standard normal density, $p(x) = e^{-x^{2}/2}/\sqrt{2\pi}$.", [r"\int_{0}^{\infty} p(x)\, dx = 1"]],
  [(F, lambda W: (lambda g: np.trapezoid(np.exp(-g ** 2 / 2) / np.sqrt(2 * np.pi), g))(np.linspace(0, 40, 400001)), one)], note="half the mass")
D("C30", C, [r"Let $p$ be the standard normal density, $p(x) = e^{-x^{2}/2}/\sqrt{2\pi}$.", [r"\int_{0}^{\infty} p(x)\, dx = \frac{1}{2}"]],
  [(T, lambda W: (lambda g: np.trapezoid(np.exp(-g ** 2 / 2) / np.sqrt(2 * np.pi), g))(np.linspace(0, 40, 400001)), const(0.5))])
D("D31", Dc, [MODEL, MODELZ, [r"\mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right] = E_\theta(x)"]], [DEF, (F, lambda W: W.p() @ W.E() + 0 * W.a, lambda W: W.E())])
D("E26", E, [MODEL, MODELZ, [r"\left(\sin^{2}(\pi\theta) + \cos^{2}(\pi\theta)\right) \log Z_\theta = \log Z_\theta"]], [DEF, (T, lambda W: (np.sin(np.pi * W.th) ** 2 + np.cos(np.pi * W.th) ** 2) * W.logZ(), lambda W: W.logZ())])
D("E27", E, [MODEL, MODELZ, [r"\theta(\theta - 1) \log Z_\theta = \theta^{2} \log Z_\theta - \theta \log Z_\theta"]], [DEF, (T, lambda W: W.th * (W.th - 1) * W.logZ(), lambda W: (W.th ** 2 - W.th) * W.logZ())])
D("E28", E, [MODEL, MODELZ, [r"\left(\sum_{x} 1\right)\left(\sum_{x} 1 - 1\right) = \sum_{x} \sum_{x' \neq x} 1"]], [DEF, (T, lambda W: W.K * (W.K - 1.0), lambda W: float(W.K * W.K - W.K))])
D("E29", E, [MODEL, MODELZ, [r"\left(\sum_{x} 1\right)\left(\sum_{x} 1 - 1\right) = \sum_{x} \sum_{x'} 1"]], [DEF, (F, lambda W: W.K * (W.K - 1.0), lambda W: float(W.K * W.K))])
D("E30", E, [MODEL, MODELZ, [r"e^{\theta(\theta - 1)}\, Z_\theta = e^{\theta^{2}} e^{-\theta} Z_\theta"]], [DEF, (T, lambda W: np.exp(W.th * (W.th - 1)) * W.Z(), lambda W: np.exp(W.th ** 2) * np.exp(-W.th) * W.Z())])
D("G22", G, [MODEL, MODELZ, [r"\frac{\partial \log Z_\theta}{\partial \theta} = 0 \quad \text{if } \frac{\partial E_\theta(x)}{\partial \theta} = 0 \text{ for every } x"]],
  [DEF, (T, lambda W: d1(lambda t: lse(-W.b + 0 * t), W.th), zero)])
D("G23", G, [GIBBS, GIBBSZ, r"Let $\beta'$ be a second inverse temperature.", [r"p_\beta(x) = p_{\beta'}(x) \quad \text{if } \beta = \beta'"]], [DEF, (T, lambda W: W.pb(), lambda W: W.pb(W.be))])
D("G24", G, [GIBBS, GIBBSZ, r"Let $\beta'$ be a second inverse temperature.", [r"Z(\beta) = Z(\beta') \quad \text{if } \beta \neq \beta'"]], [DEF, (F, lambda W: W.Zb(), lambda W: W.Zb(W.be2))])
