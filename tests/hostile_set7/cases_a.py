"""hostile8 cases A-C: parameters and arguments that must not be dropped; two distributions never merged;
sums over subsets and stated domains."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ A parameters, arguments, second parameter values
A = "A parameters/arguments"
EPS = r"Let $\epsilon \neq 0$ be a small perturbation of the parameter."
D("A01", A, [MODEL, MODELZ, EPS, [r"Z_{\theta + \epsilon} = Z_\theta"]], [DEF, (F, lambda W: W.Z(W.th + W.eps), lambda W: W.Z())], note="theta+eps dropped")
D("A02", A, [MODEL, MODELZ, EPS, [r"Z_{\theta + \epsilon} = \sum_{x} e^{-E_{\theta + \epsilon}(x)}"]], [DEF, (T, lambda W: W.Z(W.th + W.eps), lambda W: np.exp(-W.E(W.th + W.eps)).sum())])
D("A03", A, [MODEL, MODELZ, TH0, [r"p_{\theta_0}(x) = p_\theta(x)"]], [DEF, (F, lambda W: W.p(W.th2), lambda W: W.p())], note="theta_0 subscript")
D("A04", A, [MODEL, MODELZ, TH0, [r"\frac{p_{\theta_0}(x)}{p_\theta(x)} = \frac{Z_\theta}{Z_{\theta_0}}\, e^{E_\theta(x) - E_{\theta_0}(x)}"]],
  [DEF, (T, lambda W: W.p(W.th2) / W.p(), lambda W: W.Z() / W.Z(W.th2) * np.exp(W.E() - W.E(W.th2)))])
D("A05", A, [MODEL, MODELZ, TH0, [r"\frac{p_{\theta_0}(x)}{p_\theta(x)} = \frac{Z_{\theta_0}}{Z_\theta}\, e^{E_\theta(x) - E_{\theta_0}(x)}"]],
  [DEF, (F, lambda W: W.p(W.th2) / W.p(), lambda W: W.Z(W.th2) / W.Z() * np.exp(W.E() - W.E(W.th2)))], note="Z ratio inverted")
D("A06", A, [GIBBS, GIBBSZ, [r"Z(2\beta) \le Z(\beta)^{2}"]], [DEF, (T, lambda W: W.Zb(2 * W.be), lambda W: W.Zb() ** 2, "<=")])
D("A07", A, [GIBBS, GIBBSZ, [r"Z(2\beta) = Z(\beta)^{2}"]], [DEF, (F, lambda W: W.Zb(2 * W.be), lambda W: W.Zb() ** 2)], note="2 beta is not a square")
D("A08", A, [GIBBS, GIBBSZ, [r"\log Z(2\beta) = 2 \log Z(\beta)"]], [DEF, (F, lambda W: W.logZb(2 * W.be), lambda W: 2 * W.logZb())])
dKL0 = lambda W: d1(lambda t: KL(W.p(W.th2), W.p(t)), W.th)
D("A09", A, [MODEL, MODELZ, TH0, [r"\frac{\partial}{\partial \theta} \mathrm{KL}\left(p_{\theta_0} \,\|\, p_\theta\right) = \mathbb{E}_{x \sim p_{\theta_0}}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] - \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (T, dKL0, lambda W: W.p(W.th2) @ W.dE() - W.p() @ W.dE())])
D("A10", A, [MODEL, MODELZ, TH0, [r"\frac{\partial}{\partial \theta} \mathrm{KL}\left(p_{\theta_0} \,\|\, p_\theta\right) = \mathbb{E}_{x \sim p_{\theta}}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] - \mathbb{E}_{x \sim p_{\theta_0}}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (F, dKL0, lambda W: W.p() @ W.dE() - W.p(W.th2) @ W.dE())], note="phases swapped")
D("A11", A, [MODEL, MODELZ, TH0, [r"\frac{\partial}{\partial \theta} \mathrm{KL}\left(p_{\theta_0} \,\|\, p_\theta\right) = \mathbb{E}_{x \sim p_{\theta_0}}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] - \mathbb{E}_{x \sim p_{\theta_0}}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (F, dKL0, zero)], note="both phases under theta_0")
D("A12", A, [LIN, MODEL, MODELZ, [r"Z_{2\theta} = \sum_{x} e^{-2\theta g(x)}"]], [DEF, (T, lambda W: np.exp(-2 * W.th * W.g).sum(), lambda W: np.exp(-2 * W.th * W.g).sum())])
D("A13", A, [LIN, MODEL, MODELZ, [r"Z_{2\theta} = Z_{\theta}^{2}"]], [DEF, (F, lambda W: np.exp(-2 * W.th * W.g).sum(), lambda W: np.exp(-W.th * W.g).sum() ** 2)])
D("A14", A, [MODEL, MODELZ, [r"p_\theta(x)\, p_\theta(x') = p_\theta(x)^{2}"]], [DEF, (F, lambda W: np.outer(W.p(), W.p()), lambda W: np.outer(W.p() ** 2, np.ones(W.K)))], note="x' dropped")
D("A15", A, [MODEL, MODELZ, THP, [r"\mathbb{E}_{x \sim p_{\theta'}}\left[E_\theta(x)\right] = \mathbb{E}_{x \sim p_{\theta}}\left[E_\theta(x)\right]"]],
  [DEF, (F, lambda W: W.p(W.th2) @ W.E(), lambda W: W.p() @ W.E())])
D("A16", A, [MODEL, MODELZ, THP, [r"\mathbb{E}_{x \sim p_{\theta}}\left[E_{\theta'}(x)\right] = \sum_{x} p_\theta(x)\, E_{\theta'}(x)"]],
  [DEF, (T, lambda W: W.p() @ W.E(W.th2), lambda W: W.p() @ W.E(W.th2))])
D("A17", A, [GIBBS, GIBBSZ, [r"p_{2\beta}(x) = \frac{p_\beta(x)^{2}}{\sum_{x'} p_\beta(x')^{2}}"]], [DEF, (T, lambda W: W.pb(2 * W.be), lambda W: W.pb() ** 2 / (W.pb() ** 2).sum())])
D("A18", A, [GIBBS, GIBBSZ, [r"p_{2\beta}(x) = p_\beta(x)^{2}"]], [DEF, (F, lambda W: W.pb(2 * W.be), lambda W: W.pb() ** 2)])
BP = r"Let $\beta' > 0$ be a second inverse temperature."
D("A19", A, [GIBBS, GIBBSZ, BP, [r"\log Z(\beta + \beta') = \log Z(\beta) + \log Z(\beta')"]], [DEF, (F, lambda W: W.logZb(W.be + W.be2), lambda W: W.logZb() + W.logZb(W.be2))])
D("A20", A, [GIBBS, GIBBSZ, BP, [r"Z(\beta') = Z(\beta) \sum_{x} p_\beta(x)\, e^{(\beta - \beta') E(x)}"]],
  [DEF, (T, lambda W: W.Zb(W.be2), lambda W: W.Zb() * (W.pb() @ np.exp((W.be - W.be2) * W.b)))])
D("A21", A, [GIBBS, GIBBSZ, BP, [r"Z(\beta') = Z(\beta) \sum_{x} p_{\beta'}(x)\, e^{(\beta - \beta') E(x)}"]],
  [DEF, (F, lambda W: W.Zb(W.be2), lambda W: W.Zb() * (W.pb(W.be2) @ np.exp((W.be - W.be2) * W.b)))], note="weighted by the wrong temperature")
D("A22", A, [MODEL, MODELZ, TH0, [r"\log Z_\theta - \log Z_{\theta_0} = -\log \mathbb{E}_{x \sim p_\theta}\left[e^{E_\theta(x) - E_{\theta_0}(x)}\right]"]],
  [DEF, (T, lambda W: W.logZ() - W.logZ(W.th2), lambda W: -np.log(W.p() @ np.exp(W.E() - W.E(W.th2))))])
D("A23", A, [MODEL, MODELZ, TH0, [r"\log Z_\theta - \log Z_{\theta_0} = \log \mathbb{E}_{x \sim p_\theta}\left[e^{E_\theta(x) - E_{\theta_0}(x)}\right]"]],
  [DEF, (F, lambda W: W.logZ() - W.logZ(W.th2), lambda W: np.log(W.p() @ np.exp(W.E() - W.E(W.th2))))])
D("A24", A, [MODEL, MODELZ, THP, [r"\log Z_{\theta'} - \log Z_\theta = (\theta' - \theta)\, \frac{\partial \log Z_\theta}{\partial \theta}"]],
  [DEF, (F, lambda W: W.logZ(W.th2) - W.logZ(), lambda W: (W.th2 - W.th) * dlogZ(W))], note="first order only")
D("A25", A, [MODEL, MODELZ, [r"\frac{\partial}{\partial \theta} \log p_\theta(x') = -\frac{\partial E_\theta(x')}{\partial \theta} + \sum_{x} p_\theta(x) \frac{\partial E_\theta(x)}{\partial \theta}"]],
  [DEF, (T, lambda W: d1(lambda t: np.log(W.p(t)), W.th), lambda W: -W.dE() + W.p() @ W.dE())])
D("A26", A, [MODEL, MODELZ, [r"\frac{\partial}{\partial \theta} \log p_\theta(x') = -\frac{\partial E_\theta(x')}{\partial \theta} + \sum_{x} p_\theta(x) \frac{\partial E_\theta(x')}{\partial \theta}"]],
  [DEF, (F, lambda W: d1(lambda t: np.log(W.p(t)), W.th), lambda W: -W.dE() + W.dE())], note="x' inside the sum over x")
D("A27", A, [MODEL, MODELZ, THP, [r"E_{\theta'}(x) - E_{\theta}(x) = \int_{\theta}^{\theta'} \frac{\partial E_t(x)}{\partial t}\, dt"]],
  [DEF, (T, lambda W: W.E(W.th2) - W.E(), lambda W: (W.th2 - W.th) * W.a + (W.th2 ** 2 - W.th ** 2) * W.c / 2)])
D("A28", A, [MODEL, MODELZ, THP, [r"E_{\theta'}(x) - E_{\theta}(x) = (\theta' - \theta)\, \frac{\partial E_\theta(x)}{\partial \theta}"]],
  [DEF, (F, lambda W: W.E(W.th2) - W.E(), lambda W: (W.th2 - W.th) * W.dE())], note="the energy is not linear in theta")
D("A29", A, [LIN, MODEL, MODELZ, THP, [r"E_{\theta'}(x) - E_{\theta}(x) = (\theta' - \theta)\, \frac{\partial E_\theta(x)}{\partial \theta}"]],
  [DEF, (T, lambda W: (W.th2 - W.th) * W.g, lambda W: (W.th2 - W.th) * W.g)])
D("A30", A, [GIBBS, GIBBSZ, [r"\frac{\partial}{\partial \beta} \log Z(2\beta) = -2\, \mathbb{E}_{x \sim p_{2\beta}}\left[E(x)\right]"]],
  [DEF, (T, lambda W: d1(lambda u: W.logZb(2 * u), W.be), lambda W: -2 * (W.pb(2 * W.be) @ W.b))])
D("A31", A, [GIBBS, GIBBSZ, [r"\frac{\partial}{\partial \beta} \log Z(2\beta) = -2\, \mathbb{E}_{x \sim p_{\beta}}\left[E(x)\right]"]],
  [DEF, (F, lambda W: d1(lambda u: W.logZb(2 * u), W.be), lambda W: -2 * (W.pb() @ W.b))], note="p_{2beta} written p_beta")
D("A32", A, [MODEL, MODELZ, r"Let $\hat{Z}_\theta$ denote the exact partition function $Z_\theta$ computed once more, $\hat{Z}_\theta = Z_\theta$, and $\hat{E}_\theta(x) = E_\theta(x) + 1$.",
              [r"\frac{e^{-\hat{E}_\theta(x)}}{\hat{Z}_\theta} = p_\theta(x)"]],
  [DEF, (F, lambda W: np.exp(-W.E() - 1) / W.Z(), lambda W: W.p())], note="the hat on E shifts it")

# ============================================================ B two distributions never merged
B = "B two distributions"
D("B01", B, [MODEL, MODELZ, QPHI, [r"\mathrm{KL}\left[q_\phi(x) \,\|\, p_\theta(x)\right] \ge 0"]], [DEF, (T, lambda W: KL(W.qf(), W.p()), zero, ">=")])
D("B02", B, [MODEL, MODELZ, QPHI, [r"\mathrm{KL}\left[q_\phi(x) \,\|\, p_\theta(x)\right] = 0"]], [DEF, (F, lambda W: KL(W.qf(), W.p()), zero)])
D("B03", B, [QPSI, [r"H(q_\phi) = H(q_\psi)"]], [(F, lambda W: H(W.qf()), lambda W: H(W.qf(W.ps)))])
D("B04", B, [MODEL, MODELZ, QPHI, [r"H(q_\phi, p_\theta) = H(q_\phi) + \mathrm{KL}(q_\phi \,\|\, p_\theta)"]], [DEF, (T, lambda W: CE(W.qf(), W.p()), lambda W: H(W.qf()) + KL(W.qf(), W.p()))])
D("B05", B, [MODEL, MODELZ, QPHI, [r"H(q_\phi, p_\theta) = H(p_\theta) + \mathrm{KL}(q_\phi \,\|\, p_\theta)"]], [DEF, (F, lambda W: CE(W.qf(), W.p()), lambda W: H(W.p()) + KL(W.qf(), W.p()))])
D("B06", B, [MODEL, MODELZ, QANY, [r"\mathbb{E}_{x \sim q}\left[\log p_\theta(x)\right] = \mathbb{E}_{x \sim p_\theta}\left[\log p_\theta(x)\right]"]],
  [DEF, (F, lambda W: W.q @ np.log(W.p()), lambda W: W.p() @ np.log(W.p()))])
D("B07", B, [MODEL, MODELZ, QANY, [r"\mathbb{E}_{x \sim q}\left[\log q(x)\right] - \mathbb{E}_{x \sim q}\left[\log p_\theta(x)\right] = \mathrm{KL}(q \,\|\, p_\theta)"]],
  [DEF, (T, lambda W: W.q @ np.log(W.q) - W.q @ np.log(W.p()), lambda W: KL(W.q, W.p()))])
D("B08", B, [MODEL, MODELZ, QANY, [r"\mathrm{KL}(q \,\|\, p_\theta) = \sum_{x} q(x) \left(\log q(x) + E_\theta(x)\right) + \log Z_\theta"]],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ (np.log(W.q) + W.E()) + W.logZ())])
D("B09", B, [MODEL, MODELZ, QANY, [r"\mathrm{KL}(q \,\|\, p_\theta) = \sum_{x} p_\theta(x) \left(\log q(x) + E_\theta(x)\right) + \log Z_\theta"]],
  [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: W.p() @ (np.log(W.q) + W.E()) + W.logZ())], note="weights p, not q")
D("B10", B, [MODEL, MODELZ, THP, [r"\mathrm{KL}(p_\theta \,\|\, p_{\theta'}) = \mathrm{KL}(p_{\theta'} \,\|\, p_\theta)"]], [DEF, (F, lambda W: KL(W.p(), W.p(W.th2)), lambda W: KL(W.p(W.th2), W.p()))])
D("B11", B, [MODEL, MODELZ, THP, [r"\mathrm{KL}(p_\theta \,\|\, p_{\theta'}) + \mathrm{KL}(p_{\theta'} \,\|\, p_\theta) = \sum_{x} \left(p_\theta(x) - p_{\theta'}(x)\right)\left(E_{\theta'}(x) - E_\theta(x)\right)"]],
  [DEF, (T, lambda W: KL(W.p(), W.p(W.th2)) + KL(W.p(W.th2), W.p()), lambda W: (W.p() - W.p(W.th2)) @ (W.E(W.th2) - W.E()))])
D("B12", B, [LAT, [r"\log q(h \mid v) = \log p(v, h) - \log p(v)"]], [(F, lambda W: np.log(W.Q), lambda W: np.log(W.joint()) - np.log(W.pv())[:, None])], note="q is not the posterior")
D("B13", B, [LAT, [r"\log p(h \mid v) = \log p(v, h) - \log p(v)"]], [(T, lambda W: np.log(W.post()), lambda W: np.log(W.joint()) - np.log(W.pv())[:, None])])
D("B14", B, [LAT, [r"\mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v)\right] = \log p(v)"]], [(T, lambda W: (W.Q * np.log(W.pv())[:, None]).sum(1), lambda W: np.log(W.pv()))])
D("B15", B, [LAT, [r"\mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v, h)\right] = \mathbb{E}_{h \sim p(h \mid v)}\left[\log p(v, h)\right]"]],
  [(F, lambda W: (W.Q * np.log(W.joint())).sum(1), lambda W: (W.post() * np.log(W.joint())).sum(1))])
D("B16", B, [MODEL, MODELZ, r"Let $q$ be any distribution with $q(x) > 0$ for every state.", [r"\sum_{x} q(x)\, \frac{p_\theta(x)}{q(x)} = 1"]], [DEF, (T, lambda W: W.q @ (W.p() / W.q), one)])
D("B17", B, [MODEL, MODELZ, r"Let $q$ be any distribution with $q(x) > 0$ for every state.", [r"\sum_{x} p_\theta(x)\, \frac{p_\theta(x)}{q(x)} = 1"]], [DEF, (F, lambda W: W.p() @ (W.p() / W.q), one)])
PD = r"Let $p_{\mathrm{data}}$ be the empirical distribution of the data $x^{(1)}, \ldots, x^{(N)}$."
D("B18", B, [MODEL, MODELZ, PD, [r"\mathbb{E}_{x \sim p_{\mathrm{data}}}\left[E_\theta(x)\right] = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]],
  [DEF, (F, lambda W: W.avg(W.E()), lambda W: W.p() @ W.E())])
D("B19", B, [MODEL, MODELZ, PD, [r"\mathbb{E}_{x \sim p_{\mathrm{data}}}\left[E_\theta(x)\right] = \frac{1}{N} \sum_{n=1}^{N} E_\theta(x^{(n)})"]],
  [DEF, (T, lambda W: W.avg(W.E()), lambda W: W.avg(W.E()))])
D("B20", B, [MODEL, MODELZ, QANY, [r"\mathrm{KL}\left(q \,\middle\|\, \tfrac{1}{2} q + \tfrac{1}{2} p_\theta\right) \le \log 2"]],
  [DEF, (T, lambda W: KL(W.q, (W.q + W.p()) / 2), const(np.log(2)), "<=")])
D("B21", B, [MODEL, MODELZ, QANY, [r"\mathrm{KL}\left(q \,\middle\|\, \tfrac{1}{2} q + \tfrac{1}{2} p_\theta\right) = 0"]],
  [DEF, (F, lambda W: KL(W.q, (W.q + W.p()) / 2), zero)])
D("B22", B, [QPSI, [r"\frac{\partial}{\partial \phi} \mathbb{E}_{x \sim q_\psi}\left[f(x)\right] = 0"]], [(T, zero, zero)])
D("B23", B, [QPSI, [r"\frac{\partial}{\partial \phi} \mathbb{E}_{x \sim q_\phi}\left[f(x)\right] = 0"]], [(F, lambda W: d1(lambda u: W.qf(u) @ W.f, W.ph), zero)])
varq = lambda W, ph: W.qf(ph) @ W.f ** 2 - (W.qf(ph) @ W.f) ** 2
D("B24", B, [QPSI, [r"\frac{\partial}{\partial \phi} \mathbb{E}_{x \sim q_\phi}\left[f(x)\right] = \mathrm{Var}_{x \sim q_\phi}\left[f(x)\right]"]],
  [(T, lambda W: d1(lambda u: W.qf(u) @ W.f, W.ph), lambda W: varq(W, W.ph))])
D("B25", B, [QPSI, [r"\frac{\partial}{\partial \phi} \mathbb{E}_{x \sim q_\phi}\left[f(x)\right] = \mathrm{Var}_{x \sim q_\psi}\left[f(x)\right]"]],
  [(F, lambda W: d1(lambda u: W.qf(u) @ W.f, W.ph), lambda W: varq(W, W.ps))], note="psi for phi")
D("B26", B, [MODEL, MODELZ, QPHI, [r"\nabla_\theta\, \mathbb{E}_{x \sim q_\phi}\left[\log p_\theta(x)\right] = \mathbb{E}_{x \sim p_\theta}\left[\nabla_\theta E_\theta(x)\right] - \mathbb{E}_{x \sim q_\phi}\left[\nabla_\theta E_\theta(x)\right]"]],
  [DEF, (T, lambda W: d1(lambda t: W.qf() @ np.log(W.p(t)), W.th), lambda W: W.p() @ W.dE() - W.qf() @ W.dE())])
D("B27", B, [MODEL, MODELZ, QPHI, [r"\nabla_\theta\, \mathbb{E}_{x \sim q_\phi}\left[\log p_\theta(x)\right] = \mathbb{E}_{x \sim q_\phi}\left[\nabla_\theta E_\theta(x)\right] - \mathbb{E}_{x \sim q_\phi}\left[\nabla_\theta E_\theta(x)\right]"]],
  [DEF, (F, lambda W: d1(lambda t: W.qf() @ np.log(W.p(t)), W.th), zero)], note="model phase under q_phi")

# ============================================================ C sums over subsets, stated domains
C = "C domains/subsets"
X0 = r"Fix one state $x_0$."
D("C01", C, [MODEL, MODELZ, X0, [r"\sum_{x:\, x \ne x_0} e^{-E_\theta(x)} = Z_\theta \left(1 - p_\theta(x_0)\right)"]], [DEF, (T, lambda W: W.Z() - np.exp(-W.E()[W.x0]), lambda W: W.Z() * (1 - W.p()[W.x0]))])
D("C02", C, [MODEL, MODELZ, X0, [r"\sum_{x:\, x \ne x_0} e^{-E_\theta(x)} = Z_\theta"]], [DEF, (F, lambda W: W.Z() - np.exp(-W.E()[W.x0]), lambda W: W.Z())])
D("C03", C, [MODEL, MODELZ, SUBA, [r"\sum_{x \in A} p_\theta(x) = \frac{1}{Z_\theta} \sum_{x \in A} e^{-E_\theta(x)}"]], [DEF, (T, lambda W: W.p()[W.Am].sum(), lambda W: np.exp(-W.E())[W.Am].sum() / W.Z())])
D("C04", C, [MODEL, MODELZ, SUBA, [r"\sum_{x \in A} e^{-E_\theta(x)} = Z_\theta"]], [DEF, (F, lambda W: np.exp(-W.E())[W.Am].sum(), lambda W: W.Z())])
D("C05", C, [MODEL, MODELZ, SUBA, [r"\sum_{x \in A} p_\theta(x) + \sum_{x \notin A} p_\theta(x) = 1"]], [DEF, (T, lambda W: W.p().sum(), one)])
D("C06", C, [MODEL, MODELZ, SUBA, [r"\sum_{x \in A} \frac{e^{-E_\theta(x)}}{Z_\theta} = 1"]], [DEF, (F, lambda W: W.p()[W.Am].sum(), one)])
D("C07", C, [MODEL, MODELZ, SUBA, [r"\frac{\partial}{\partial \theta} \log \sum_{x \in A} e^{-E_\theta(x)} = -\frac{\partial}{\partial \theta} \log Z_\theta"]],
  [DEF, (F, lambda W: d1(lambda t: np.log(np.exp(-W.E(t))[W.Am].sum()), W.th), lambda W: -dlogZ(W))])
D("C08", C, [MODEL, MODELZ, SUBA, [r"\frac{\partial}{\partial \theta} \log \sum_{x \in A} e^{-E_\theta(x)} = -\frac{\sum_{x \in A} e^{-E_\theta(x)} \frac{\partial E_\theta(x)}{\partial \theta}}{\sum_{x \in A} e^{-E_\theta(x)}}"]],
  [DEF, (T, lambda W: d1(lambda t: np.log(np.exp(-W.E(t))[W.Am].sum()), W.th), lambda W: -(np.exp(-W.E()) * W.dE())[W.Am].sum() / np.exp(-W.E())[W.Am].sum())])
D("C09", C, [MODEL, MODELZ, SUBA, [r"\frac{\partial}{\partial \theta} \log \sum_{x \in A} e^{-E_\theta(x)} = -\mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (F, lambda W: d1(lambda t: np.log(np.exp(-W.E(t))[W.Am].sum()), W.th), lambda W: -(W.p() @ W.dE()))], note="a sum over A read as over all states")
D("C10", C, [r"For a real $\theta \neq 0$:", [r"\int_{0}^{1} e^{-\theta x}\, dx = \frac{1 - e^{-\theta}}{\theta}"]], [(T, lambda W: np.trapezoid(np.exp(-W.th * np.linspace(0, 1, 20001)), dx=1 / 20000), lambda W: -np.expm1(-W.th) / W.th)])
D("C11", C, [r"For a real $\theta \neq 0$:", [r"\int_{0}^{1} e^{-\theta x}\, dx = \frac{1}{\theta}"]], [(F, lambda W: -np.expm1(-W.th) / W.th, lambda W: 1 / W.th)], note="the integral over [0, 1], not [0, inf)")
_xs = np.linspace(0, 1, 200001)
D("C12", C, [r"For $\theta > 0$:", [r"\int_{0}^{\infty} \theta e^{-\theta x}\, dx = 1"]],
  [(T, lambda W: (lambda t: np.trapezoid(t * np.exp(-t * _xs * 60 / t), dx=60 / t / 200000))(abs(W.th) + 0.1), one)])
D("C13", C, [MODEL, MODELZ, DATA, [r"\frac{1}{N} \sum_{n=1}^{N} \log p_\theta(x^{(n)}) = \frac{1}{N} \sum_{n=2}^{N} \log p_\theta(x^{(n)})"]],
  [DEF, (F, lambda W: W.avg(np.log(W.p())), lambda W: np.log(W.p())[W.data[1:]].sum() / W.N)])
D("C14", C, [MODEL, MODELZ, [r"\sum_{x} \sum_{x' \neq x} p_\theta(x)\, p_\theta(x') = 1 - \sum_{x} p_\theta(x)^{2}"]], [DEF, (T, lambda W: W.p().sum() ** 2 - (W.p() ** 2).sum(), lambda W: 1 - (W.p() ** 2).sum())])
D("C15", C, [MODEL, MODELZ, [r"\sum_{x} \sum_{x' \neq x} p_\theta(x)\, p_\theta(x') = 1"]], [DEF, (F, lambda W: 1 - (W.p() ** 2).sum(), one)])
fv = lambda W: np.resize(W.f, W.Kv)
D("C16", C, [LAT, [r"\sum_{v} \sum_{h} p(v, h)\, f(v) = \sum_{v} p(v)\, f(v)"]], [(T, lambda W: W.joint().sum(1) @ fv(W), lambda W: W.pv() @ fv(W))])
D("C17", C, [LAT, [r"\sum_{h} p(v, h)\, f(v) = \sum_{v} p(v)\, f(v)"]],
  [(F, lambda W: W.pv() * np.resize(W.f, W.Kv), lambda W: np.full(W.Kv, W.pv() @ np.resize(W.f, W.Kv)))], note="the sum over v missing on the left")
D("C18", C, [r"For a real number $a$:", [r"\sum_{s \in \{-1, +1\}} e^{a s} = 2 \cosh a"]], [(T, lambda W: np.exp(W.al[0]) + np.exp(-W.al[0]), lambda W: 2 * np.cosh(W.al[0]))])
D("C19", C, [r"For a real number $a$:", [r"\sum_{s \in \{0, 1\}} e^{a s} = 2 \cosh a"]], [(F, lambda W: 1 + np.exp(W.al[0]), lambda W: 2 * np.cosh(W.al[0]))])
D("C20", C, [r"For a real number $a$:", [r"\sum_{s \in \{0, 1\}} s\, e^{a s} = e^{a}"]], [(T, lambda W: np.exp(W.al[0]), lambda W: np.exp(W.al[0]))])
D("C21", C, [r"For a real number $a$:", [r"\sum_{s \in \{-1, 1\}} s\, e^{a s} = e^{a}"]], [(F, lambda W: 2 * np.sinh(W.al[0]), lambda W: np.exp(W.al[0]))])
D("C22", C, [r"For logits $z_1, \dots, z_K$:", [r"\sum_{k=0}^{K-1} e^{z_{k+1}} = \sum_{k=1}^{K} e^{z_k}"]], [(T, lambda W: np.exp(W.z).sum(), lambda W: np.exp(W.z).sum())])
D("C23", C, [r"For logits $z_1, \dots, z_K$:", [r"\sum_{k=1}^{K-1} e^{z_{k+1}} = \sum_{k=1}^{K} e^{z_k}"]], [(F, lambda W: np.exp(W.z[1:]).sum(), lambda W: np.exp(W.z).sum())])
D("C24", C, [r"Let $s_1, s_2, s_3 \in \{-1, +1\}$.", [r"\sum_{i \neq j} s_i s_j = \left(s_1 + s_2 + s_3\right)^{2} - 3"]],
  [(T, lambda W: np.array([sum(s[i] * s[j] for i in range(3) for j in range(3) if i != j) for s in spins(3)]), lambda W: spins(3).sum(1) ** 2 - 3)])
D("C25", C, [r"Let $s_1, s_2, s_3 \in \{0, 1\}$.", [r"\sum_{i \neq j} s_i s_j = \left(s_1 + s_2 + s_3\right)^{2} - 3"]],
  [(F, lambda W: np.array([sum(s[i] * s[j] for i in range(3) for j in range(3) if i != j) for s in bits(3)]), lambda W: bits(3).sum(1) ** 2 - 3)])
D("C26", C, [GIBBS, GIBBSZ, SUBA, [r"\sum_{x \in A} p_\beta(x) \le 1"]], [DEF, (T, lambda W: W.pb()[W.Am].sum(), one, "<=")])
D("C27", C, [MODEL, MODELZ, SUBA, [r"\mathbb{E}_{x \sim p_\theta}\left[\mathbb{1}[x \in A]\right] = \sum_{x \in A} p_\theta(x)"]], [DEF, (T, lambda W: W.p() @ W.Am, lambda W: W.p()[W.Am].sum())])
