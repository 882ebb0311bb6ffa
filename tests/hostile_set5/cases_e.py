"""hostile6 cases Z: factors that vanish at the small rationals a sampler likes, inequalities about the
vocabulary, the Deep-Learning-book spelling of expectations."""
import numpy as np

from build import D, DEF, F, T
from world import CE, H, KL, d1, d2, lse, sig  # noqa: F401
from cases_a import MODEL, PB, QD, Ep, dlogZ  # noqa: F401

V = "E vanishing factors"
rat = lambda t: t * (t - 1) * (t + 1) * (t - 2) * (2 * t - 1) * (3 * t - 1)
D("Z01", V, [MODEL, [r"\theta(\theta - 1)(\theta + 1)(\theta - 2)(2\theta - 1)(3\theta - 1)\, \log Z_\theta = 0"]],
  [DEF, (F, lambda W: rat(W.th) * W.logZ(), lambda W: 0.0)], note="vanishes at 0, 1, -1, 2, 1/2, 1/3 only")
D("Z02", V, [PB, [r"Z(\beta) = Z(\beta)\, \left(1 + (\beta - 1)(\beta - 2)(2\beta - 1)(\beta - 3)\right)"]],
  [DEF, (F, lambda W: W.Zb(), lambda W: W.Zb() * (1 + (W.be - 1) * (W.be - 2) * (2 * W.be - 1) * (W.be - 3)))], note="vanishes at beta = 1/2, 1, 2, 3")
D("Z03", V, [MODEL, [r"\nabla_\theta \log Z_\theta = -\mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right] + \phi(\phi - 1)(\phi + 1)(2\phi - 1)"]],
  [DEF, (F, dlogZ, lambda W: -Ep(W, W.dE()) + W.ph * (W.ph - 1) * (W.ph + 1) * (2 * W.ph - 1))], note="a term in an unrelated parameter phi")
D("Z04", V, [MODEL, [r"\frac{1}{N}\sum_{i=1}^{N} E_\theta(x^{(i)}) = \frac{1}{N}\sum_{i=1}^{N} E_\theta(x^{(i)}) + (N - 1)(N - 2)(N - 3)"]],
  [DEF, (F, lambda W: W.avg(W.E()), lambda W: W.avg(W.E()) + (W.N - 1) * (W.N - 2) * (W.N - 3))], note="vanishes for N = 1, 2, 3")
D("Z05", V, [MODEL, [r"\log Z_\theta = \log Z_\theta \cdot \cos(2\pi\theta)"]], [DEF, (F, lambda W: W.logZ(), lambda W: W.logZ() * np.cos(2 * np.pi * W.th))],
  note="equal at every integer theta")
D("Z06", V, [MODEL, [r"\log Z_\theta = \log Z_\theta \cdot \cos^{2}(\pi\theta) + \log Z_\theta \cdot \sin^{2}(\pi\theta)"]],
  [DEF, (T, lambda W: W.logZ(), lambda W: W.logZ() * (np.cos(np.pi * W.th) ** 2 + np.sin(np.pi * W.th) ** 2))])
D("Z07", V, [PB, [r"\frac{\partial}{\partial\beta}\log Z(\beta) = -\mathbb{E}_{x\sim p_\beta}\left[E(x)\right] \cdot \beta^{\beta - 1}"]],
  [DEF, (F, lambda W: d1(W.logZb, W.be), lambda W: -(W.pb() @ W.b) * W.be ** (W.be - 1))], note="the factor is 1 at beta = 1 only")
Ic = "Z inequalities"
D("Z08", Ic, [MODEL, [r"\log Z_\theta \ge -\min_x E_\theta(x)"]], [DEF, (T, lambda W: W.logZ(), lambda W: -W.E().min(), ">=")])
D("Z09", Ic, [MODEL, [r"\log Z_\theta \le -\min_x E_\theta(x)"]], [DEF, (F, lambda W: W.logZ(), lambda W: -W.E().min(), "<=")])
D("Z10", Ic, [MODEL, [r"\log Z_\theta \le -5"]], [DEF, (F, lambda W: W.logZ(), lambda W: -5.0, "<=")])
D("Z11", Ic, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) \ge 0"]], [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: 0.0, ">=")])
D("Z12", Ic, [MODEL, [r"H(p_\theta) \le \log \sum_x 1"]], [DEF, (T, lambda W: H(W.p()), lambda W: np.log(W.K), "<=")])
D("Z13", Ic, [MODEL, [r"H(p_\theta) \ge \log \sum_x 1"]], [DEF, (F, lambda W: H(W.p()), lambda W: np.log(W.K), ">=")])
Nn = "N notation as typed"
DLM = [r"p_{\text{model}}(\mathbf{x}; \boldsymbol{\theta}) = \frac{e^{-E(\mathbf{x}; \boldsymbol{\theta})}}{Z(\boldsymbol{\theta})}"]
DLP = r"with the unnormalised density $\tilde{p}_{\text{model}}(\mathbf{x}; \boldsymbol{\theta}) = e^{-E(\mathbf{x}; \boldsymbol{\theta})}$:"
D("Z14", Nn, [DLM, DLP, [r"\nabla_{\boldsymbol{\theta}} \log Z(\boldsymbol{\theta}) = \mathbb{E}_{\mathbf{x}\sim p_{\text{model}}(\mathbf{x})}\left[\nabla_{\boldsymbol{\theta}} \log \tilde{p}_{\text{model}}(\mathbf{x}; \boldsymbol{\theta})\right]"]],
  [DEF, (T, dlogZ, lambda W: -Ep(W, W.dE()))], note="Deep Learning book, eq. 18.15 style; p-tilde = e^{-E}")
D("Z15", Nn, [DLM, DLP, [r"\nabla_{\boldsymbol{\theta}} \log Z(\boldsymbol{\theta}) = \mathbb{E}_{\mathbf{x}\sim p_{\text{model}}(\mathbf{x})}\left[\nabla_{\boldsymbol{\theta}} \log p_{\text{model}}(\mathbf{x}; \boldsymbol{\theta})\right]"]],
  [DEF, (F, dlogZ, lambda W: 0.0)], note="the normalised density: its mean score is 0")
