"""hostile6 cases A-E: parameters and arguments, two distributions, domains, fixed objects, vanishing factors.
Functions of a world W (world.py) give the two sides; arrays run over every free state (x, x', v, h)."""
import numpy as np

from build import D, DEF, F, T
from world import CE, H, KL, d1, d2, lse, sig  # noqa: F401

MODEL = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]
PB = [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"]
QD = "Let $q$ be any distribution on the same states as $p_\theta$."
dlogZ = lambda W, t=None: d1(lambda u: W.logZ(u), W.th if t is None else t)
Ep = lambda W, vals, t=None: float(W.p(t) @ vals)

# ============================================================ A parameters and arguments
A = "A parameters/arguments"
D("A01", A, [MODEL, [r"\nabla_\theta \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[\nabla_\theta E_\theta(x)\right]"]],
  [DEF, (T, dlogZ, lambda W: -Ep(W, W.dE()))])
D("A02", A, [MODEL, [r"\nabla_\theta \log Z_\theta = -\mathbb{E}_{x \sim p_{\theta'}}\left[\nabla_\theta E_\theta(x)\right]"]],
  [DEF, (F, dlogZ, lambda W: -(W.p(W.th2) @ W.dE()))], note="expectation under theta' instead of theta")
D("A03", A, [MODEL, [r"\log Z_{\theta + \epsilon} - \log Z_\theta = 0"]],
  [DEF, (F, lambda W: W.logZ(W.th + W.eps) - W.logZ(), lambda W: 0.0)])
D("A04", A, [MODEL, [r"\log Z_{\theta + \epsilon} - \log Z_\theta = \log \mathbb{E}_{x \sim p_\theta}\left[e^{E_\theta(x) - E_{\theta + \epsilon}(x)}\right]"]],
  [DEF, (T, lambda W: W.logZ(W.th + W.eps) - W.logZ(), lambda W: np.log(W.p() @ np.exp(W.E() - W.E(W.th + W.eps))))])
D("A05", A, [MODEL, [r"\log Z_{\theta + \epsilon} - \log Z_\theta = \log \mathbb{E}_{x \sim p_\theta}\left[e^{E_{\theta + \epsilon}(x) - E_\theta(x)}\right]"]],
  [DEF, (F, lambda W: W.logZ(W.th + W.eps) - W.logZ(), lambda W: np.log(W.p() @ np.exp(W.E(W.th + W.eps) - W.E())))],
  note="exponent reversed")
D("A06", A, [MODEL, [r"\frac{p_\theta(x)}{p_\theta(x')} = e^{E_\theta(x') - E_\theta(x)}"]],
  [DEF, (T, lambda W: np.divide.outer(W.p(), W.p()), lambda W: np.exp(np.subtract.outer(-W.E(), -W.E())))])
D("A07", A, [MODEL, [r"\frac{p_\theta(x)}{p_\phi(x)} = e^{E_\phi(x) - E_\theta(x)}"]],
  [DEF, (F, lambda W: W.p() / W.p(W.ph), lambda W: np.exp(W.E(W.ph) - W.E()))], note="the ratio Z_phi/Z_theta dropped")
D("A08", A, [MODEL, [r"\frac{p_\theta(x)}{p_\phi(x)} = \frac{Z_\phi}{Z_\theta}\, e^{E_\phi(x) - E_\theta(x)}"]],
  [DEF, (T, lambda W: W.p() / W.p(W.ph), lambda W: W.Z(W.ph) / W.Z() * np.exp(W.E(W.ph) - W.E()))])
D("A09", A, [MODEL, [r"\frac{\partial}{\partial\theta} \log p_\theta(x) = -\frac{\partial E_\theta(x)}{\partial \theta} + \mathbb{E}_{x' \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial\theta}\right]"]],
  [DEF, (F, lambda W: d1(lambda u: np.log(W.p(u)), W.th), lambda W: 0 * W.dE())],
  note="x, not x', inside the expectation: the right side is 0")
D("A10", A, [MODEL, [r"\frac{\partial}{\partial\theta} \log p_\theta(x) = -\frac{\partial E_\theta(x)}{\partial \theta} + \mathbb{E}_{x' \sim p_\theta}\left[\frac{\partial E_\theta(x')}{\partial\theta}\right]"]],
  [DEF, (T, lambda W: d1(lambda u: np.log(W.p(u)), W.th), lambda W: -W.dE() + Ep(W, W.dE()))])
D("A11", A, [MODEL, [r"\frac{1}{N}\sum_{i=1}^{N} E_\theta(x^{(i)}) = \frac{1}{N}\sum_{i=1}^{N} E_{\theta'}(x^{(i)})"]],
  [DEF, (F, lambda W: W.avg(W.E()), lambda W: W.avg(W.E(W.th2)))])
D("A12", A, [MODEL, [r"Z_\theta\, p_\theta(x) = Z_{\theta'}\, p_{\theta'}(x)"]],
  [DEF, (F, lambda W: W.Z() * W.p(), lambda W: W.Z(W.th2) * W.p(W.th2))])
D("A13", A, [MODEL, [r"Z_{\theta'}\, p_{\theta'}(x) = e^{-E_{\theta'}(x)}"]],
  [DEF, (T, lambda W: W.Z(W.th2) * W.p(W.th2), lambda W: np.exp(-W.E(W.th2)))])
D("A14", A, [MODEL, [r"\frac{\partial^2}{\partial\theta^2}\log Z_\theta = \mathbb{E}_{x\sim p_\theta}\left[\left(\frac{\partial E_\theta(x)}{\partial\theta}\right)^2\right] - \left(\mathbb{E}_{x\sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial\theta}\right]\right)^2"]],
  [DEF, (F, lambda W: d2(lambda u: W.logZ(u), W.th), lambda W: Ep(W, W.dE() ** 2) - Ep(W, W.dE()) ** 2)],
  note="the term -E[d2E/dtheta2] is missing; it vanishes only for energies linear in theta")
D("A15", A, [MODEL, [r"\frac{\partial^2}{\partial\theta^2}\log Z_\theta = \mathbb{E}_{x\sim p_\theta}\left[\left(\frac{\partial E_\theta(x)}{\partial\theta}\right)^2\right] - \left(\mathbb{E}_{x\sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial\theta}\right]\right)^2 - \mathbb{E}_{x\sim p_\theta}\left[\frac{\partial^2 E_\theta(x)}{\partial\theta^2}\right]"]],
  [DEF, (T, lambda W: d2(lambda u: W.logZ(u), W.th), lambda W: Ep(W, W.dE() ** 2) - Ep(W, W.dE()) ** 2 - Ep(W, W.c))])
D("A16", A, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta \log p_\theta(x_0)\right] = 0"]],
  [DEF, (F, lambda W: d1(lambda u: np.log(W.p(u)), W.th), lambda W: 0 * W.a)], note="a fixed point x_0: the expectation of a constant")
D("A17", A, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\right] = 0"]],
  [DEF, (T, lambda W: W.p() @ d1(lambda u: np.log(W.p(u)), W.th), lambda W: 0.0)])
D("A18", A, [MODEL, [r"\mathbb{E}_{x\sim p_\phi}\left[\nabla_\theta \log p_\theta(x)\right] = 0"]],
  [DEF, (F, lambda W: W.p(W.ph) @ d1(lambda u: np.log(W.p(u)), W.th), lambda W: 0.0)])
D("A19", A, [MODEL, [r"Z_{\theta}^{2} = Z_{2\theta}"]], [DEF, (F, lambda W: W.Z() ** 2, lambda W: W.Z(2 * W.th))])
D("A20", A, [MODEL, [r"Z_{\theta}^{2} = \sum_{x}\sum_{x'} e^{-E_\theta(x) - E_\theta(x')}"]],
  [DEF, (T, lambda W: W.Z() ** 2, lambda W: np.exp(-np.add.outer(W.E(), W.E())).sum())])
D("A21", A, [PB, [r"Z(\beta)\, Z(\beta') = Z(\beta + \beta')"]], [DEF, (F, lambda W: W.Zb() * W.Zb(W.be2), lambda W: W.Zb(W.be + W.be2))])
D("A22", A, [PB, [r"\frac{\partial}{\partial \beta} \log Z(\beta) = -\mathbb{E}_{x\sim p_\beta}[E(x)]"]],
  [DEF, (T, lambda W: d1(W.logZb, W.be), lambda W: -(W.pb() @ W.b))])
D("A23", A, [PB, [r"\frac{\partial}{\partial \beta} \log Z(\beta) = -\mathbb{E}_{x\sim p_{2\beta}}[E(x)]"]],
  [DEF, (F, lambda W: d1(W.logZb, W.be), lambda W: -(W.pb(2 * W.be) @ W.b))])
D("A24", A, [MODEL, [r"\log p_\theta(x^{(i)}) = -E_\theta(x^{(j)}) - \log Z_\theta"]],
  [DEF, (F, lambda W: np.log(W.p())[:, None] + 0 * W.a[None, :], lambda W: (-W.E()[None, :] - W.logZ()) + 0 * W.a[:, None])],
  note="i on the left, j on the right")
D("A25", A, [MODEL, [r"\log p_\theta(x^{(i)}) + E_\theta(x^{(i)}) = \log p_\theta(x^{(j)}) + E_\theta(x^{(j)})"]],
  [DEF, (T, lambda W: (np.log(W.p()) + W.E())[:, None] + 0 * W.a[None, :], lambda W: (np.log(W.p()) + W.E())[None, :] + 0 * W.a[:, None])],
  note="both sides are -log Z")

# ============================================================ B two distributions
B = "B two distributions"
D("B01", B, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) = \mathrm{KL}(p_\theta \,\|\, q)"]], [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: KL(W.p(), W.q))])
D("B02", B, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) = \mathbb{E}_{x\sim q}\left[\log q(x) - \log p_\theta(x)\right]"]],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ (np.log(W.q) - np.log(W.p())))])
D("B03", B, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) = \mathbb{E}_{x\sim p_\theta}\left[\log q(x) - \log p_\theta(x)\right]"]],
  [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: W.p() @ (np.log(W.q) - np.log(W.p())))])
D("B04", B, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) = \mathbb{E}_{x\sim q}\left[E_\theta(x)\right] + \log Z_\theta - H(q)"]],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ W.E() + W.logZ() - H(W.q))])
D("B05", B, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) = \mathbb{E}_{x\sim q}\left[E_\theta(x)\right] - \log Z_\theta - H(q)"]],
  [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: W.q @ W.E() - W.logZ() - H(W.q))])
D("B06", B, [MODEL, QD, [r"H(q, p_\theta) = -\sum_x p_\theta(x) \log q(x)"]], [DEF, (F, lambda W: CE(W.q, W.p()), lambda W: CE(W.p(), W.q))],
  note="cross-entropy with its arguments swapped")
D("B07", B, [MODEL, QD, [r"H(q, p_\theta) = H(q) + \mathrm{KL}(q \,\|\, p_\theta)"]], [DEF, (T, lambda W: CE(W.q, W.p()), lambda W: H(W.q) + KL(W.q, W.p()))])
D("B08", B, [MODEL, QD, [r"H(q, p_\theta) = H(p_\theta) + \mathrm{KL}(q \,\|\, p_\theta)"]], [DEF, (F, lambda W: CE(W.q, W.p()), lambda W: H(W.p()) + KL(W.q, W.p()))])
D("B09", B, [MODEL, r"The data distribution $p_{\text{data}}$ is the empirical distribution of $x^{(1)}, \dots, x^{(N)}$.",
             [r"\mathbb{E}_{x\sim p_{\text{data}}}\left[\nabla_\theta E_\theta(x)\right] = \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right]"]],
  [DEF, (F, lambda W: W.avg(W.dE()), lambda W: Ep(W, W.dE()))], note="moment matching holds only at a stationary point")
D("B10", B, [MODEL, [r"\nabla_\theta \frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)}) = -\frac{1}{N}\sum_{i=1}^N \nabla_\theta E_\theta(x^{(i)}) + \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right]"]],
  [DEF, (T, lambda W: d1(lambda u: W.avg(np.log(W.p(u))), W.th), lambda W: -W.avg(W.dE()) + Ep(W, W.dE()))])
D("B11", B, [MODEL, [r"\nabla_\theta \frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)}) = -\frac{1}{N}\sum_{i=1}^N \nabla_\theta E_\theta(x^{(i)}) + \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\right]"]],
  [DEF, (F, lambda W: d1(lambda u: W.avg(np.log(W.p(u))), W.th), lambda W: -W.avg(W.dE()))], note="the model term is the mean score, 0")
D("B12", B, [MODEL, QD, [r"\mathbb{E}_{x \sim q}\left[\log p_\theta(x)\right] = -\mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\right] - \log Z_\theta"]],
  [DEF, (F, lambda W: W.q @ np.log(W.p()), lambda W: -Ep(W, W.E()) - W.logZ())])
D("B13", B, [MODEL, QD, [r"\mathbb{E}_{x \sim q}\left[\log p_\theta(x)\right] = -\mathbb{E}_{x\sim q}\left[E_\theta(x)\right] - \log Z_\theta"]],
  [DEF, (T, lambda W: W.q @ np.log(W.p()), lambda W: -(W.q @ W.E()) - W.logZ())])
D("B14", B, [MODEL, [r"\mathrm{KL}(p_\theta \,\|\, p_\phi) = \log Z_\phi - \log Z_\theta + \mathbb{E}_{x\sim p_\phi}\left[E_\phi(x) - E_\theta(x)\right]"]],
  [DEF, (F, lambda W: KL(W.p(), W.p(W.ph)), lambda W: W.logZ(W.ph) - W.logZ() + W.p(W.ph) @ (W.E(W.ph) - W.E()))])
D("B15", B, [MODEL, [r"\mathrm{KL}(p_\theta \,\|\, p_\phi) = \log Z_\phi - \log Z_\theta + \mathbb{E}_{x\sim p_\theta}\left[E_\phi(x) - E_\theta(x)\right]"]],
  [DEF, (T, lambda W: KL(W.p(), W.p(W.ph)), lambda W: W.logZ(W.ph) - W.logZ() + W.p() @ (W.E(W.ph) - W.E()))])
LAT = [r"p(v, h) = \frac{e^{-E(v, h)}}{Z}"]
LATP = r"Here $v$ is visible and $h$ is a latent variable; both take finitely many values."
ph_marg = lambda W: W.pvh().sum(0)
D("B16", B, [LATP, LAT, [r"\mathbb{E}_{h\sim p(h\mid v)}\left[E(v, h)\right] = \mathbb{E}_{h\sim p(h)}\left[E(v, h)\right]"]],
  [DEF, (F, lambda W: (W.phv() * W.Evh()).sum(1), lambda W: W.Evh() @ ph_marg(W))], note="posterior replaced by the prior")
D("B17", B, [LATP, LAT, [r"\mathbb{E}_{h\sim p(h\mid v)}\left[E(v, h)\right] = \frac{\sum_h E(v, h)\, e^{-E(v, h)}}{\sum_{h} e^{-E(v, h)}}"]],
  [DEF, (T, lambda W: (W.phv() * W.Evh()).sum(1), lambda W: (W.Evh() * np.exp(-W.Evh())).sum(1) / np.exp(-W.Evh()).sum(1))])
LATT = [r"p_\theta(v, h) = \frac{e^{-E_\theta(v, h)}}{Z_\theta}"]
dlogpv = lambda W: d1(lambda u: np.log(W.pv(u)), W.th)
D("B18", B, [LATP, LATT, [r"\nabla_\theta \log p_\theta(v) = -\mathbb{E}_{h\sim p_\theta(h\mid v)}\left[\nabla_\theta E_\theta(v, h)\right] + \mathbb{E}_{(v', h')\sim p_\theta}\left[\nabla_\theta E_\theta(v', h')\right]"]],
  [DEF, (T, dlogpv, lambda W: -(W.phv() * W.L1).sum(1) + (W.pvh() * W.L1).sum())])
D("B19", B, [LATP, LATT, [r"\nabla_\theta \log p_\theta(v) = -\mathbb{E}_{h\sim p_\theta(h)}\left[\nabla_\theta E_\theta(v, h)\right] + \mathbb{E}_{(v', h')\sim p_\theta}\left[\nabla_\theta E_\theta(v', h')\right]"]],
  [DEF, (F, dlogpv, lambda W: -(W.L1 @ W.pvh().sum(0)) + (W.pvh() * W.L1).sum())], note="prior in place of the posterior")
D("B20", B, [MODEL, r"Let $q$ be a distribution with $q(x) > 0$ for every $x$, and $f$ any function of $x$.",
             [r"\mathbb{E}_{x\sim q}\left[f(x)\right] = \mathbb{E}_{x\sim p_\theta}\left[\frac{p_\theta(x)}{q(x)}\, f(x)\right]"]],
  [DEF, (F, lambda W: W.q @ W.f, lambda W: W.p() @ (W.p() / W.q * W.f))], note="importance ratio upside down")
D("B21", B, [MODEL, r"Let $q$ be a distribution with $q(x) > 0$ for every $x$, and $f$ any function of $x$.",
             [r"\mathbb{E}_{x\sim q}\left[f(x)\right] = \mathbb{E}_{x\sim p_\theta}\left[\frac{q(x)}{p_\theta(x)}\, f(x)\right]"]],
  [DEF, (T, lambda W: W.q @ W.f, lambda W: W.p() @ (W.q / W.p() * W.f))])

# ============================================================ C domains
C = "C domains"
D("C01", C, [MODEL, [r"\sum_{x \neq x_0} p_\theta(x) = 1"]], [DEF, (F, lambda W: 1 - W.p(), lambda W: 1.0 + 0 * W.a)])
D("C02", C, [MODEL, [r"\sum_{x \neq x_0} p_\theta(x) = 1 - p_\theta(x_0)"]], [DEF, (T, lambda W: W.p().sum() - W.p(), lambda W: 1 - W.p())])
D("C03", C, [MODEL, [r"Z_\theta = \sum_{x:\, E_\theta(x) > 0} e^{-E_\theta(x)}"]],
  [DEF, (F, lambda W: W.Z(), lambda W: np.exp(-W.E())[W.E() > 0].sum())], note="a subset of the states")
D("C04", C, [MODEL, [r"Z_\theta = \sum_{x:\, E_\theta(x) > 0} e^{-E_\theta(x)} + \sum_{x:\, E_\theta(x) \le 0} e^{-E_\theta(x)}"]],
  [DEF, (T, lambda W: W.Z(), lambda W: np.exp(-W.E())[W.E() > 0].sum() + np.exp(-W.E())[W.E() <= 0].sum())])
RBM01 = r"An RBM with visible units $v \in \{0, 1\}^{n}$ and hidden units $h \in \{0, 1\}^{m}$ has the energy"
RBME = [r"E(v, h) = -\sum_{i} b_i v_i - \sum_{j} c_j h_j - \sum_{i, j} v_i W_{ij} h_j"]
D("C05", C, [RBM01, RBME, [r"p(v) = \frac{1}{Z}\sum_{v} e^{-E(v, h)}"]],
  [DEF, (F, lambda W: W.rpv()[:, None] + 0 * W.hs[:, 0][None, :], lambda W: (np.exp(-W.rE()).sum(0) / W.rZ())[None, :] + 0 * W.vs[:, 0][:, None])],
  note="summed over v instead of h")
D("C06", C, [RBM01, RBME, [r"p(v) = \frac{1}{Z}\sum_{h} e^{-E(v, h)}"]], [DEF, (T, lambda W: W.rpv(), lambda W: np.exp(-W.rE()).sum(1) / W.rZ())])
D("C07", C, [MODEL, [r"\frac{1}{N}\sum_{i=2}^{N} \log p_\theta(x^{(i)}) = \frac{1}{N}\sum_{i=1}^{N} \log p_\theta(x^{(i)})"]],
  [DEF, (F, lambda W: np.log(W.p())[W.data[1:]].sum() / W.N, lambda W: W.avg(np.log(W.p())))])
D("C08", C, [MODEL, [r"\sum_{i=1}^{N} \log p_\theta(x^{(i)}) = \log p_\theta(x^{(1)}) + \sum_{i=2}^{N} \log p_\theta(x^{(i)})"]],
  [DEF, (T, lambda W: np.log(W.p())[W.data].sum(), lambda W: np.log(W.p())[W.data[0]] + np.log(W.p())[W.data[1:]].sum())])
RL = r"Here $x \in \mathbb{R}$ and $p_\theta$ is a probability density on the real line:"
pos = lambda W: W.a  # positions of the atoms on the real line
D("C09", C, [RL, MODEL, [r"\int_{0}^{\infty} p_\theta(x)\, \mathrm{d}x = 1"]],
  [DEF, (F, lambda W: (W.m * W.pm())[pos(W) > 0].sum(), lambda W: 1.0)], note="half the line")
D("C10", C, [RL, MODEL, [r"\int_{-\infty}^{\infty} p_\theta(x)\, \mathrm{d}x = 1"]], [DEF, (T, lambda W: (W.m * W.pm()).sum(), lambda W: 1.0)])
cvec = lambda W: W.bv
cube = lambda W, u: np.array(list(__import__("itertools").product(u, repeat=len(cvec(W)))), float)
D("C11", C, [[r"\sum_{h \in \{0, 1\}^{n}} e^{\sum_{j=1}^{n} c_j h_j} = \prod_{j=1}^{n} \left(1 + e^{c_j}\right)"]],
  [(T, lambda W: np.exp(cube(W, (0, 1)) @ cvec(W)).sum(), lambda W: np.prod(1 + np.exp(cvec(W))))])
D("C12", C, [[r"\sum_{h \in \{-1, 1\}^{n}} e^{\sum_{j=1}^{n} c_j h_j} = \prod_{j=1}^{n} \left(1 + e^{c_j}\right)"]],
  [(F, lambda W: np.exp(cube(W, (-1, 1)) @ cvec(W)).sum(), lambda W: np.prod(1 + np.exp(cvec(W))))], note="the sum's domain is +-1")
SPN = r"Let $s \in \{-1, +1\}^{n}$ with $n \ge 3$."
ss3 = lambda W: np.array(list(__import__("itertools").product((-1, 1), repeat=W.n + 1)), float)
allpairs = lambda S: np.array([sum(s[i] * s[j] for i in range(len(s)) for j in range(i + 1, len(s))) for s in S])
D("C13", C, [SPN, [r"\sum_{i < j} s_i s_j = \sum_{i=1}^{n-1} s_i s_{i+1}"]],
  [(F, lambda W: allpairs(ss3(W)), lambda W: (ss3(W)[:, :-1] * ss3(W)[:, 1:]).sum(1))], note="all pairs vs neighbours")
D("C14", C, [SPN, [r"\sum_{i \neq j} s_i s_j = \left(\sum_{i=1}^{n} s_i\right)^{2} - n"]],
  [(T, lambda W: 2 * allpairs(ss3(W)), lambda W: ss3(W).sum(1) ** 2 - ss3(W).shape[1])], units=(-1, 1))
bits3 = lambda W: np.array(list(__import__("itertools").product((0, 1), repeat=W.n + 1)), float)
D("C15", C, [r"Let $s \in \{0, 1\}^{n}$ with $n \ge 3$.", [r"\sum_{i \neq j} s_i s_j = \left(\sum_{i=1}^{n} s_i\right)^{2} - n"]],
  [(F, lambda W: 2 * allpairs(bits3(W)), lambda W: bits3(W).sum(1) ** 2 - bits3(W).shape[1])], note="s_i^2 = s_i, not 1")
D("C16", C, [MODEL, [r"\sum_{x:\, x \neq x_0} p_\theta(x)\, E_\theta(x) = \mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\right]"]],
  [DEF, (F, lambda W: Ep(W, W.E()) - W.p() * W.E(), lambda W: Ep(W, W.E()) + 0 * W.a)])

# ============================================================ D rows about fixed objects
Dc = "D fixed objects on the left"
D("D01", Dc, [MODEL, [r"H(p_\theta) = \mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\right] - \log Z_\theta"]], [DEF, (F, lambda W: H(W.p()), lambda W: Ep(W, W.E()) - W.logZ())])
D("D02", Dc, [MODEL, [r"H(p_\theta) = \mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\right] + \log Z_\theta"]], [DEF, (T, lambda W: H(W.p()), lambda W: Ep(W, W.E()) + W.logZ())])
D("D03", Dc, [PB, [r"H(p_\beta) = 0 \quad \text{for } \beta = 0"]], [DEF, (F, lambda W: H(W.pb(0.0)), lambda W: 0.0)])
D("D04", Dc, [PB, [r"H(p_\beta) = \log \sum_{x} 1 \quad \text{for } \beta = 0"]], [DEF, (T, lambda W: H(W.pb(0.0)), lambda W: np.log(W.K))])
D("D05", Dc, [MODEL, [r"\mathrm{KL}(p_\theta \,\|\, p_{\theta'}) = 0"]], [DEF, (F, lambda W: KL(W.p(), W.p(W.th2)), lambda W: 0.0)])
D("D06", Dc, [MODEL, [r"\mathrm{KL}(p_{\theta'} \,\|\, p_{\theta'}) = 0"]], [DEF, (T, lambda W: KL(W.p(W.th2), W.p(W.th2)), lambda W: 0.0)])
FREE = r"The free energy is $F_\theta = -\log Z_\theta$."
D("D07", Dc, [MODEL, FREE, [r"F_\theta = \mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\right] - H(p_\theta)"]], [DEF, (T, lambda W: W.F(), lambda W: Ep(W, W.E()) - H(W.p()))])
D("D08", Dc, [MODEL, FREE, [r"F_\theta = \mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\right] + H(p_\theta)"]], [DEF, (F, lambda W: W.F(), lambda W: Ep(W, W.E()) + H(W.p()))])
D("D09", Dc, [MODEL, [r"Z_\theta = \mathbb{E}_{x\sim p_\theta}\left[e^{-E_\theta(x)}\right]"]], [DEF, (F, lambda W: W.Z(), lambda W: Ep(W, np.exp(-W.E())))])
D("D10", Dc, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}\left[e^{E_\theta(x)}\right] = \frac{\sum_x 1}{Z_\theta}"]], [DEF, (T, lambda W: Ep(W, np.exp(W.E())), lambda W: W.K / W.Z())])
D("D11", Dc, [MODEL, [r"-\frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)}) = H(p_\theta)"]], [DEF, (F, lambda W: -W.avg(np.log(W.p())), lambda W: H(W.p()))])
D("D12", Dc, [MODEL, [r"-\frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)}) = \frac{1}{N}\sum_{i=1}^N E_\theta(x^{(i)}) + \log Z_\theta"]],
  [DEF, (T, lambda W: -W.avg(np.log(W.p())), lambda W: W.avg(W.E()) + W.logZ())])
D("D13", Dc, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) - \mathrm{KL}(q \,\|\, p_{\theta'}) = \log\frac{Z_\theta}{Z_{\theta'}}"]],
  [DEF, (F, lambda W: KL(W.q, W.p()) - KL(W.q, W.p(W.th2)), lambda W: W.logZ() - W.logZ(W.th2))])
D("D14", Dc, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) - \mathrm{KL}(q \,\|\, p_{\theta'}) = \mathbb{E}_{x\sim q}\left[E_\theta(x) - E_{\theta'}(x)\right] + \log\frac{Z_\theta}{Z_{\theta'}}"]],
  [DEF, (T, lambda W: KL(W.q, W.p()) - KL(W.q, W.p(W.th2)), lambda W: W.q @ (W.E() - W.E(W.th2)) + W.logZ() - W.logZ(W.th2))])
D("D15", Dc, [MODEL, [r"E_\theta(x) = \log p_\theta(x) + \log Z_\theta"]], [DEF, (F, lambda W: W.E(), lambda W: np.log(W.p()) + W.logZ())])
D("D16", Dc, [MODEL, [r"E_\theta(x) = -\log p_\theta(x) - \log Z_\theta"]], [DEF, (T, lambda W: W.E(), lambda W: -np.log(W.p()) - W.logZ())])
PTIL = r"The unnormalised density is $\tilde p_\theta(x) = e^{-E_\theta(x)}$."
D("D17", Dc, [MODEL, PTIL, [r"\tilde p_\theta(x) = Z_\theta\, p_\theta(x)"]], [DEF, (T, lambda W: W.pt(), lambda W: W.Z() * W.p())])
D("D18", Dc, [MODEL, PTIL, [r"\tilde p_\theta(x) = Z_{\theta'}\, p_\theta(x)"]], [DEF, (F, lambda W: W.pt(), lambda W: W.Z(W.th2) * W.p())])
D("D19", Dc, [MODEL, QD, [r"H(q) = H(q, p_\theta)"]], [DEF, (F, lambda W: H(W.q), lambda W: CE(W.q, W.p()))])

# ============================================================ E vanishing factors
E = "E vanishing factors"
D("E01", E, [MODEL, [r"\theta^{2} \log Z_\theta = \theta \log Z_\theta"]], [DEF, (F, lambda W: W.th ** 2 * W.logZ(), lambda W: W.th * W.logZ())])
D("E02", E, [PB, [r"(\beta - 1) \log Z(\beta) = 0"]], [DEF, (F, lambda W: (W.be - 1) * W.logZb(), lambda W: 0.0)])
D("E03", E, [MODEL, [r"\log Z_\theta = \log Z_\theta + \theta\left(\theta - \tfrac{1}{2}\right)\left(\theta + \tfrac{1}{3}\right)"]],
  [DEF, (F, lambda W: W.logZ(), lambda W: W.logZ() + W.th * (W.th - .5) * (W.th + 1 / 3))])
D("E04", E, [[r"p_\phi(x) = \frac{e^{-E_\phi(x)}}{Z_\phi}"], [r"\left(\phi^{3} - \phi\right) \mathbb{E}_{x\sim p_\phi}\left[E_\phi(x)\right] = 0"]],
  [DEF, (F, lambda W: (W.ph ** 3 - W.ph) * (W.p(W.ph) @ W.E(W.ph)), lambda W: 0.0)])
D("E05", E, [PB, [r"Z(\beta) = Z(\beta) + \left(\beta - \beta^{2}\right) \sum_x E(x)"]], [DEF, (F, lambda W: W.Zb(), lambda W: W.Zb() + (W.be - W.be ** 2) * W.b.sum())])
D("E06", E, [MODEL, [r"\sum_x p_\theta(x) = \sum_x 1 - 1"]], [DEF, (F, lambda W: 1.0, lambda W: W.K - 1.0)], note="true for two states only")
D("E07", E, [MODEL, [r"\left(\sum_x 1 - 2\right)\left(\sum_x 1 - 3\right) \log Z_\theta = 0"]], [DEF, (F, lambda W: (W.K - 2) * (W.K - 3) * W.logZ(), lambda W: 0.0)])
D("E08", E, [MODEL, [r"\frac{1}{N}\sum_{i=1}^N E_\theta(x^{(i)}) = \frac{2}{N(N-1)}\sum_{i=1}^{N} E_\theta(x^{(i)})"]],
  [DEF, (F, lambda W: W.avg(W.E()) if W.N > 1 else 0.0, lambda W: 2 / (W.N * (W.N - 1)) * W.E()[W.data].sum() if W.N > 1 else 0.0)],
  note="true only at N = 3 (undefined at N = 1)")
D("E09", E, [MODEL, [r"\left(1 + \theta^{2}\right) \log Z_\theta - \theta^{2} \log Z_\theta = \log Z_\theta"]], [DEF, (T, lambda W: (1 + W.th ** 2) * W.logZ() - W.th ** 2 * W.logZ(), lambda W: W.logZ())])
D("E10", E, [PB, [r"\frac{\partial}{\partial\beta}\left[\beta \log Z(\beta)\right] = \log Z(\beta) - \beta\, \mathbb{E}_{x\sim p_\beta}[E(x)] + \beta(\beta - 1)(\beta - 2)"]],
  [DEF, (F, lambda W: d1(lambda u: u * W.logZb(u), W.be), lambda W: W.logZb() - W.be * (W.pb() @ W.b) + W.be * (W.be - 1) * (W.be - 2))])
D("E11", E, [PB, [r"\frac{\partial}{\partial\beta}\left[\beta \log Z(\beta)\right] = \log Z(\beta) - \beta\, \mathbb{E}_{x\sim p_\beta}[E(x)]"]],
  [DEF, (T, lambda W: d1(lambda u: u * W.logZb(u), W.be), lambda W: W.logZb() - W.be * (W.pb() @ W.b))])
D("E12", E, [MODEL, [r"e^{\theta(\theta - 1)}\, Z_\theta = Z_\theta"]], [DEF, (F, lambda W: np.exp(W.th * (W.th - 1)) * W.Z(), lambda W: W.Z())])
D("E13", E, [MODEL, [r"\sum_{x}\sum_{x'} p_\theta(x)\, p_\theta(x') = 1"]], [DEF, (T, lambda W: np.outer(W.p(), W.p()).sum(), lambda W: 1.0)])
D("E14", E, [MODEL, [r"\sum_{x} p_\theta(x)^{2} = \sum_x p_\theta(x)"]], [DEF, (F, lambda W: (W.p() ** 2).sum(), lambda W: 1.0)])
D("E15", E, [LATP, LAT, [r"\sum_h p(h \mid v) = \sum_h 1 - 1"]], [DEF, (F, lambda W: W.phv().sum(1), lambda W: W.Kh - 1.0 + 0 * W.phv().sum(1))],
  note="true when h takes two values")
D("E16", E, [MODEL, [r"\frac{\partial}{\partial\theta}\left(\theta^{2} \log Z_\theta\right) = 2\theta \log Z_\theta"]], [DEF, (F, lambda W: d1(lambda u: u * u * W.logZ(u), W.th), lambda W: 2 * W.th * W.logZ())])
D("E17", E, [MODEL, [r"\frac{\partial}{\partial\theta}\left(\theta^{2} \log Z_\theta\right) = 2\theta \log Z_\theta - \theta^{2}\, \mathbb{E}_{x\sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial\theta}\right]"]],
  [DEF, (T, lambda W: d1(lambda u: u * u * W.logZ(u), W.th), lambda W: 2 * W.th * W.logZ() - W.th ** 2 * Ep(W, W.dE()))])
D("E18", E, [MODEL, [r"Z_\theta^{\,\theta^{2} - \theta} = 1"]], [DEF, (F, lambda W: W.Z() ** (W.th ** 2 - W.th), lambda W: 1.0)])
D("E19", E, [[r"\sum_{i=1}^{N} \sum_{j \neq i} 1 = N"]], [(F, lambda W: W.N * (W.N - 1.0), lambda W: float(W.N))], note="true at N = 2")
D("E20", E, [[r"\sum_{i=1}^{N} \sum_{j \neq i} 1 = N^{2} - N"]], [(T, lambda W: W.N * (W.N - 1.0), lambda W: W.N ** 2 - W.N)])
D("E21", E, [[r"p_\phi(x) = \frac{e^{-E_\phi(x)}}{Z_\phi}"], [r"\phi\,(\phi - \theta)\, \log Z_\phi = 0"]],
  [DEF, (F, lambda W: W.ph * (W.ph - W.th) * W.logZ(W.ph), lambda W: 0.0)])
D("E22", E, [PB, [r"\left(\sum_x 1\right) Z(\beta) - Z(\beta)\sum_{x'} 1 = 0"]], [DEF, (T, lambda W: W.K * W.Zb() - W.Zb() * W.K, lambda W: 0.0)])
