"""hostile9 cases I-L: sums over a subset of the states or with \\neq; parameters at shifted values (theta + eps,
2 beta, theta_{t+1}); units declared in prose ({0,1} vs {-1,+1}); softmax/logits and sigmoid identities."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ I sums over a subset / with \neq
I = "I subset sums and neq"
D("I01", I, [Q9, X09, [r"\sum_{x \neq x_0} q(x) = 1 - q(x_0)"]], [(T, lambda W: W.q.sum() - W.q[W.x0], lambda W: 1 - W.q[W.x0])])
D("I02", I, [Q9, X09, [r"\sum_{x \neq x_0} q(x) = 1"]], [(F, lambda W: W.q.sum() - W.q[W.x0], one)])
D("I03", I, [M9, M9Z, [r"\sum_{x' \neq x} e^{-E_\theta(x')} = Z_\theta - e^{-E_\theta(x)}"]], [DEF, (T, lambda W: W.Z() - np.exp(-W.E()), lambda W: W.Z() - np.exp(-W.E()))])
D("I04", I, [M9, M9Z, [r"\sum_{x' \neq x} e^{-E_\theta(x')} = Z_\theta + e^{-E_\theta(x)}"]], [DEF, (F, lambda W: W.Z() - np.exp(-W.E()), lambda W: W.Z() + np.exp(-W.E()))])
D("I05", I, [Q9, A9, r"Write $A^{c}$ for its complement.", [r"\sum_{x \in A} q(x) + \sum_{x \in A^{c}} q(x) = 1"]], [(T, lambda W: W.q[W.Am].sum() + W.q[~W.Am].sum(), one)])
D("I06", I, [Q9, A9, r"Write $A^{c}$ for its complement.", [r"\sum_{x \in A} q(x) = 1"]], [(F, lambda W: W.q[W.Am].sum(), one)])
pA = lambda W: np.where(W.Am, W.p() / W.p()[W.Am].sum(), 0.0)
D("I07", I, [M9, M9Z, A9, [r"\frac{p_\theta(x)}{\sum_{x' \in A} p_\theta(x')} = \frac{e^{-E_\theta(x)}}{\sum_{x' \in A} e^{-E_\theta(x')}}"]],
  [DEF, (T, lambda W: W.p() / W.p()[W.Am].sum(), lambda W: np.exp(-W.E()) / np.exp(-W.E())[W.Am].sum())])
D("I08", I, [M9, M9Z, A9, [r"\frac{p_\theta(x)}{\sum_{x' \in A} p_\theta(x')} = \frac{e^{-E_\theta(x)}}{Z_\theta}"]],
  [DEF, (F, lambda W: W.p() / W.p()[W.Am].sum(), lambda W: np.exp(-W.E()) / W.Z())], note="A dropped from the denominator")
SMX = r"For logits $z_1, \ldots, z_K$ let $s_k = e^{z_k} / \sum_{j=1}^{K} e^{z_j}$, and let $y$ be one class."
smy = lambda W: softmax(W.z)[W.k0]
D("I09", I, [SMX, [r"\sum_{k \neq y} s_k = 1 - s_y"]], [(T, lambda W: 1 - smy(W), lambda W: 1 - smy(W))])
D("I10", I, [SMX, [r"\sum_{k \neq y} s_k = s_y"]], [(F, lambda W: 1 - smy(W), smy)])
D("I11", I, [Q9, [r"\sum_{x} \sum_{x' \neq x} q(x)\, q(x') = 1 - \sum_{x} q(x)^{2}"]], [(T, lambda W: 1 - (W.q ** 2).sum(), lambda W: 1 - (W.q ** 2).sum())])
D("I12", I, [Q9, [r"\sum_{x} \sum_{x' \neq x} q(x)\, q(x') = 1 - \sum_{x} q(x)"]], [(F, lambda W: 1 - (W.q ** 2).sum(), zero)])
D("I13", I, [SMX, [r"\sum_{k=2}^{K} s_k = 1 - s_1"]], [(T, lambda W: softmax(W.z)[1:].sum(), lambda W: 1 - softmax(W.z)[0])])
D("I14", I, [SMX, [r"\sum_{k=2}^{K} s_k = 1"]], [(F, lambda W: softmax(W.z)[1:].sum(), one)], note="s_1 left out")
D("I15", I, [M9, M9Z, A9, [r"\sum_{x \in A} p_\theta(x) < 1"]], [DEF, (T, lambda W: W.p()[W.Am].sum(), one, "<")])
D("I16", I, [M9, M9Z, A9, [r"\sum_{x \in A} p_\theta(x) \geq 1"]], [DEF, (F, lambda W: W.p()[W.Am].sum(), one, ">=")])
D("I17", I, [M9, M9Z, A9, [r"\mathbb{E}_{x \sim p_\theta}\left[\mathbb{1}\left[x \in A\right]\right] = \sum_{x \in A} p_\theta(x)"]], [DEF, (T, lambda W: W.p()[W.Am].sum(), lambda W: W.p()[W.Am].sum())])
D("I18", I, [M9, M9Z, A9, [r"\mathbb{E}_{x \sim p_\theta}\left[\mathbb{1}\left[x \in A\right]\right] = \sum_{x \notin A} p_\theta(x)"]], [DEF, (F, lambda W: W.p()[W.Am].sum(), lambda W: W.p()[~W.Am].sum())])
D("I19", I, [M9, M9Z, Q9, X09, [r"\sum_{x \neq x_0} q(x)\, \frac{p_\theta(x)}{q(x)} = 1 - p_\theta(x_0)"]], [DEF, (T, lambda W: W.p().sum() - W.p()[W.x0], lambda W: 1 - W.p()[W.x0])])
D("I20", I, [M9, M9Z, Q9, X09, [r"\sum_{x \neq x_0} q(x)\, \frac{p_\theta(x)}{q(x)} = 1 - q(x_0)"]], [DEF, (F, lambda W: W.p().sum() - W.p()[W.x0], lambda W: 1 - W.q[W.x0])])
D("I21", I, [M9, M9Z, X09, [r"\log \sum_{x \neq x_0} e^{-E_\theta(x)} = \log Z_\theta + \log\left(1 - p_\theta(x_0)\right)"]], [DEF, (T, lambda W: np.log(W.Z() - np.exp(-W.E()[W.x0])), lambda W: W.logZ() + np.log(1 - W.p()[W.x0]))])
D("I22", I, [M9, M9Z, X09, [r"\log \sum_{x \neq x_0} e^{-E_\theta(x)} = \log Z_\theta - \log\left(1 - p_\theta(x_0)\right)"]], [DEF, (F, lambda W: np.log(W.Z() - np.exp(-W.E()[W.x0])), lambda W: W.logZ() - np.log(1 - W.p()[W.x0]))])
S3 = r"Let the unit $s$ take the three values $s \in \{-1, 0, 1\}$, and let $a$ be real."
D("I23", I, [S3, [r"\sum_{s \neq 0} e^{a s} = 2\cosh a"]], [(T, lambda W: np.exp(W.al[0]) + np.exp(-W.al[0]), lambda W: 2 * np.cosh(W.al[0]))])
D("I24", I, [S3, [r"\sum_{s} e^{a s} = 2\cosh a"]], [(F, lambda W: np.exp(W.al[0]) + np.exp(-W.al[0]) + 1, lambda W: 2 * np.cosh(W.al[0]))], note="s = 0 counted")
D("I25", I, [M9, M9Z, DATA9, r"Fix one index $m$ between $1$ and $N$.", [r"\sum_{n \neq m} \log p_\theta\left(x^{(n)}\right) = \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) - \log p_\theta\left(x^{(m)}\right)"]],
  [DEF, (T, lambda W: np.log(W.p())[W.data].sum() - np.log(W.p())[W.data[0]], lambda W: np.log(W.p())[W.data].sum() - np.log(W.p())[W.data[0]])])
D("I26", I, [M9, M9Z, DATA9, r"Fix one index $m$ between $1$ and $N$.", [r"\sum_{n \neq m} \log p_\theta\left(x^{(n)}\right) = \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right)"]],
  [DEF, (F, lambda W: np.log(W.p())[W.data].sum() - np.log(W.p())[W.data[0]], lambda W: np.log(W.p())[W.data].sum())])

# ============================================================ J parameters at shifted values
J = "J shifted parameters"
TT1 = r"Write $\theta_t$ for the parameter after $t$ steps of training and $\theta_{t+1}$ for the next value, $\theta_{t+1} \neq \theta_t$."
D("J01", J, [M9, M9Z, TT1, [r"p_{\theta_{t+1}}(x) = \frac{e^{-E_{\theta_{t+1}}(x)}}{Z_{\theta_{t+1}}}"]], [DEF, (T, lambda W: W.p(W.th2), lambda W: np.exp(-W.E(W.th2)) / W.Z(W.th2))])
D("J02", J, [M9, M9Z, TT1, [r"p_{\theta_{t+1}}(x) = \frac{e^{-E_{\theta_{t+1}}(x)}}{Z_{\theta_t}}"]], [DEF, (F, lambda W: W.p(W.th2), lambda W: np.exp(-W.E(W.th2)) / W.Z(W.th))], note="Z at the old parameter")
D("J03", J, [M9, M9Z, TT1, [r"\frac{p_{\theta_{t+1}}(x)}{p_{\theta_t}(x)} = e^{E_{\theta_t}(x) - E_{\theta_{t+1}}(x)}\, \frac{Z_{\theta_t}}{Z_{\theta_{t+1}}}"]],
  [DEF, (T, lambda W: W.p(W.th2) / W.p(W.th), lambda W: np.exp(W.E(W.th) - W.E(W.th2)) * W.Z(W.th) / W.Z(W.th2))])
D("J04", J, [M9, M9Z, TT1, [r"\frac{p_{\theta_{t+1}}(x)}{p_{\theta_t}(x)} = e^{E_{\theta_{t+1}}(x) - E_{\theta_t}(x)}\, \frac{Z_{\theta_t}}{Z_{\theta_{t+1}}}"]],
  [DEF, (F, lambda W: W.p(W.th2) / W.p(W.th), lambda W: np.exp(W.E(W.th2) - W.E(W.th)) * W.Z(W.th) / W.Z(W.th2))])
D("J05", J, [LIN9, M9, M9Z, EPS9, [r"E_{\theta + \epsilon}(x) = E_\theta(x) + \epsilon\, g(x)"]], [DEF, (T, lambda W: (W.th + W.eps) * W.g, lambda W: W.th * W.g + W.eps * W.g)])
D("J06", J, [LIN9, M9, M9Z, EPS9, [r"E_{\theta + \epsilon}(x) = E_\theta(x) + g(x)"]], [DEF, (F, lambda W: (W.th + W.eps) * W.g, lambda W: W.th * W.g + W.g)], note="epsilon dropped")
D("J07", J, [G9, G9Z, [r"Z(2\beta) = Z(\beta)^{2} \sum_{x} p_\beta(x)^{2}"]], [DEF, (T, lambda W: W.Zb(2 * W.be), lambda W: W.Zb() ** 2 * (W.pb() ** 2).sum())])
D("J08", J, [G9, G9Z, [r"Z(2\beta) = Z(\beta) \sum_{x} p_\beta(x)^{2}"]], [DEF, (F, lambda W: W.Zb(2 * W.be), lambda W: W.Zb() * (W.pb() ** 2).sum())], note="Z to the first power")
D("J09", J, [LIN9, M9, M9Z, EPS9, [r"\log Z_{\theta + \epsilon} - \log Z_\theta = \log \mathbb{E}_{x \sim p_\theta}\left[e^{-\epsilon g(x)}\right]"]], [DEF, (T, lambda W: lZl(W, W.th + W.eps) - lZl(W), lambda W: np.log(pl(W) @ np.exp(-W.eps * W.g)))])
D("J10", J, [LIN9, M9, M9Z, EPS9, [r"\log Z_{\theta + \epsilon} - \log Z_\theta = \mathbb{E}_{x \sim p_\theta}\left[-\epsilon g(x)\right]"]], [DEF, (F, lambda W: lZl(W, W.th + W.eps) - lZl(W), lambda W: pl(W) @ (-W.eps * W.g))], note="log moved inside")
D("J11", J, [LIN9, M9, M9Z, EPS9, [r"\log Z_{\theta + \epsilon} - \log Z_\theta \ge -\epsilon\, \mathbb{E}_{x \sim p_\theta}\left[g(x)\right]"]], [DEF, (T, lambda W: lZl(W, W.th + W.eps) - lZl(W), lambda W: -W.eps * (pl(W) @ W.g), ">=")])
D("J12", J, [LIN9, M9, M9Z, EPS9, [r"\log Z_{\theta + \epsilon} - \log Z_\theta \le -\epsilon\, \mathbb{E}_{x \sim p_\theta}\left[g(x)\right]"]], [DEF, (F, lambda W: lZl(W, W.th + W.eps) - lZl(W), lambda W: -W.eps * (pl(W) @ W.g), "<=")])
D("J13", J, [G9, G9Z, [r"p_{\beta/2}(x) = \frac{\sqrt{p_\beta(x)}}{\sum_{x'} \sqrt{p_\beta(x')}}"]], [DEF, (T, lambda W: W.pb(W.be / 2), lambda W: np.sqrt(W.pb()) / np.sqrt(W.pb()).sum())])
D("J14", J, [G9, G9Z, [r"p_{\beta/2}(x) = \sqrt{p_\beta(x)}"]], [DEF, (F, lambda W: W.pb(W.be / 2), lambda W: np.sqrt(W.pb()))])
D("J15", J, [LIN9, M9, M9Z, EPS9, [r"\frac{d}{d\epsilon} \log Z_{\theta + \epsilon} = -\mathbb{E}_{x \sim p_{\theta + \epsilon}}\left[g(x)\right]"]], [DEF, (T, lambda W: d1(lambda e: lZl(W, W.th + e), W.eps), lambda W: -(pl(W, W.th + W.eps) @ W.g))])
D("J16", J, [LIN9, M9, M9Z, EPS9, [r"\frac{d}{d\epsilon} \log Z_{\theta + \epsilon} = -\mathbb{E}_{x \sim p_{\theta}}\left[g(x)\right]"]], [DEF, (F, lambda W: d1(lambda e: lZl(W, W.th + e), W.eps), lambda W: -(pl(W) @ W.g))], note="p at theta, not theta + eps")
D("J17", J, [G9, G9Z, [r"\log Z(3\beta) \le \log Z(\beta) + \log Z(2\beta)"]], [DEF, (T, lambda W: W.logZb(3 * W.be), lambda W: W.logZb() + W.logZb(2 * W.be), "<=")])
D("J18", J, [G9, G9Z, [r"\log Z(3\beta) = \log Z(\beta) + \log Z(2\beta)"]], [DEF, (F, lambda W: W.logZb(3 * W.be), lambda W: W.logZb() + W.logZb(2 * W.be))])
FF = r"Let $f$ be any real function of the state."
D("J19", J, [G9, G9Z, FF, [r"\mathbb{E}_{x \sim p_{2\beta}}\left[f(x)\right] = \frac{\mathbb{E}_{x \sim p_\beta}\left[p_\beta(x)\, f(x)\right]}{\mathbb{E}_{x \sim p_\beta}\left[p_\beta(x)\right]}"]],
  [DEF, (T, lambda W: W.pb(2 * W.be) @ W.f, lambda W: (W.pb() @ (W.pb() * W.f)) / (W.pb() @ W.pb()))])
D("J20", J, [G9, G9Z, FF, [r"\mathbb{E}_{x \sim p_{2\beta}}\left[f(x)\right] = \mathbb{E}_{x \sim p_\beta}\left[p_\beta(x)\, f(x)\right]"]],
  [DEF, (F, lambda W: W.pb(2 * W.be) @ W.f, lambda W: W.pb() @ (W.pb() * W.f))], note="normaliser dropped")
D("J21", J, [M9, M9Z, EPS9, [r"\frac{Z_{\theta + \epsilon}}{Z_\theta} = \mathbb{E}_{x \sim p_\theta}\left[e^{E_\theta(x) - E_{\theta + \epsilon}(x)}\right]"]], [DEF, (T, lambda W: W.Z(W.th + W.eps) / W.Z(), lambda W: W.p() @ np.exp(W.E() - W.E(W.th + W.eps)))])
D("J22", J, [M9, M9Z, EPS9, [r"\frac{Z_{\theta + \epsilon}}{Z_\theta} = \mathbb{E}_{x \sim p_{\theta + \epsilon}}\left[e^{E_\theta(x) - E_{\theta + \epsilon}(x)}\right]"]], [DEF, (F, lambda W: W.Z(W.th + W.eps) / W.Z(), lambda W: W.p(W.th + W.eps) @ np.exp(W.E() - W.E(W.th + W.eps)))])
FE = r"The free energy is $F(\beta) = -\frac{1}{\beta} \log Z(\beta)$."
D("J23", J, [G9, G9Z, FE, [r"F(2\beta) = -\frac{1}{2\beta} \log Z(2\beta)"]], [DEF, (T, lambda W: W.Fb(2 * W.be), lambda W: -W.logZb(2 * W.be) / (2 * W.be))])
D("J24", J, [G9, G9Z, FE, [r"F(2\beta) = -\frac{1}{\beta} \log Z(2\beta)"]], [DEF, (F, lambda W: W.Fb(2 * W.be), lambda W: -W.logZb(2 * W.be) / W.be)], note="2 beta only inside")
D("J25", J, [M9, M9Z, TH2, [r"\sum_{x} p_{\theta'}(x)\, e^{E_{\theta'}(x)} = \frac{K}{Z_{\theta'}}"]], [DEF, (T, lambda W: W.p(W.th2) @ np.exp(W.E(W.th2)), lambda W: W.K / W.Z(W.th2))])
D("J26", J, [M9, M9Z, TH2, [r"\sum_{x} p_{\theta'}(x)\, e^{E_{\theta}(x)} = \frac{K}{Z_{\theta'}}"]], [DEF, (F, lambda W: W.p(W.th2) @ np.exp(W.E()), lambda W: W.K / W.Z(W.th2))], note="theta in the exponent")
GD1 = (r"One step of gradient ascent on the log-likelihood of the data $x^{(1)}, \ldots, x^{(N)}$ with the energy linear in $\theta$, "
       r"$E_\theta(x) = \theta\, g(x)$, and step size $\eta > 0$: $\theta_{t+1} = \theta_t + \eta\left(\mathbb{E}_{x \sim p_{\theta_t}}\left[g(x)\right] - \frac{1}{N}\sum_{n=1}^{N} g\left(x^{(n)}\right)\right)$.")
D("J27", J, [GD1, [r"\theta_{t+1} - \theta_t = \eta\, \frac{\partial}{\partial \theta_t} \frac{1}{N} \sum_{n=1}^{N} \log p_{\theta_t}\left(x^{(n)}\right)"]],
  [(T, lambda W: W.tau * (pl(W) @ W.g - W.avg(W.g)), lambda W: W.tau * d1(lambda t: np.log(pl(W, t))[W.data].mean(), W.th))])
D("J28", J, [GD1, [r"\theta_{t+1} - \theta_t = -\eta\, \frac{\partial}{\partial \theta_t} \frac{1}{N} \sum_{n=1}^{N} \log p_{\theta_t}\left(x^{(n)}\right)"]],
  [(F, lambda W: W.tau * (pl(W) @ W.g - W.avg(W.g)), lambda W: -W.tau * d1(lambda t: np.log(pl(W, t))[W.data].mean(), W.th))])

# ============================================================ K units declared in prose
K = "K units in prose"
SPM = r"The unit $s$ takes values in $\{-1, +1\}$, with $p(s) \propto e^{a s}$ for a real field $a$."
S01 = r"The unit $s$ takes values in $\{0, 1\}$, with $p(s) \propto e^{a s}$ for a real field $a$."
a0 = lambda W: W.al[0]
ps_pm = lambda W, v: np.exp(a0(W) * v) / (np.exp(a0(W)) + np.exp(-a0(W)))
ps_01 = lambda W, v: np.exp(a0(W) * v) / (1 + np.exp(a0(W)))
D("K01", K, [SPM, [r"p(s = -1) = \sigma(-2a)"]], [(T, lambda W: ps_pm(W, -1), lambda W: sig(-2 * a0(W)))])
D("K02", K, [SPM, [r"p(s = -1) = \sigma(-a)"]], [(F, lambda W: ps_pm(W, -1), lambda W: sig(-a0(W)))])
D("K03", K, [SPM, [r"\mathrm{Var}[s] = 1 - \tanh^{2} a"]], [(T, lambda W: 1 - np.tanh(a0(W)) ** 2, lambda W: 1 - np.tanh(a0(W)) ** 2)])
D("K04", K, [S01, [r"\mathrm{Var}[s] = 1 - \tanh^{2} a"]], [(F, lambda W: sig(a0(W)) * sig(-a0(W)), lambda W: 1 - np.tanh(a0(W)) ** 2)], note="0/1 units")
D("K05", K, [S01, [r"\mathrm{Var}[s] = \sigma(a)\, \sigma(-a)"]], [(T, lambda W: sig(a0(W)) * sig(-a0(W)), lambda W: sig(a0(W)) * sig(-a0(W)))])
D("K06", K, [SPM, [r"\mathrm{Var}[s] = \sigma(a)\, \sigma(-a)"]], [(F, lambda W: 1 - np.tanh(a0(W)) ** 2, lambda W: sig(a0(W)) * sig(-a0(W)))], note="spin units")
D("K07", K, [SPM, [r"\mathbb{E}\left[s^{2}\right] = 1"]], [(T, one, one)])
D("K08", K, [S01, [r"\mathbb{E}\left[s^{2}\right] = 1"]], [(F, lambda W: sig(a0(W)), one)])
VPM = r"Here $x \in \{-1, +1\}^{d}$ and $p(x) = e^{a^\top x} / Z$ with $Z = \sum_{x} e^{a^\top x}$, for a real vector $a \in \mathbb{R}^{d}$."
V01 = r"Here $x \in \{0, 1\}^{d}$ and $p(x) = e^{a^\top x} / Z$ with $Z = \sum_{x} e^{a^\top x}$, for a real vector $a \in \mathbb{R}^{d}$."
Zv = lambda W, u: float(np.exp((np.array(list(__import__('itertools').product(u, repeat=W.dd)), float)) @ W.av).sum())
D("K09", K, [VPM, [r"\log Z = \sum_{k=1}^{d} \log\left(2\cosh a_k\right)"]], [(T, lambda W: np.log(Zv(W, (-1, 1))), lambda W: np.log(2 * np.cosh(W.av)).sum())])
D("K10", K, [V01, [r"\log Z = \sum_{k=1}^{d} \log\left(2\cosh a_k\right)"]], [(F, lambda W: np.log(Zv(W, (0, 1))), lambda W: np.log(2 * np.cosh(W.av)).sum())])
D("K11", K, [V01, [r"\log Z = \sum_{k=1}^{d} \log\left(1 + e^{a_k}\right)"]], [(T, lambda W: np.log(Zv(W, (0, 1))), lambda W: np.log1p(np.exp(W.av)).sum())])
D("K12", K, [VPM, [r"\log Z = \sum_{k=1}^{d} \log\left(1 + e^{a_k}\right)"]], [(F, lambda W: np.log(Zv(W, (-1, 1))), lambda W: np.log1p(np.exp(W.av)).sum())])
lzs = lambda u: (lambda a: np.log(sum(np.exp(a * v) for v in u)))
SPMZ = r"The unit $s \in \{-1, +1\}$ has $p(s) = e^{a s}/Z(a)$, $Z(a) = \sum_{s} e^{a s}$."
S01Z = r"The unit $s \in \{0, 1\}$ has $p(s) = e^{a s}/Z(a)$, $Z(a) = \sum_{s} e^{a s}$."
D("K13", K, [SPMZ, [r"\frac{d \log Z(a)}{d a} = \tanh a"]], [(T, lambda W: d1(lzs((-1, 1)), a0(W)), lambda W: np.tanh(a0(W)))])
D("K14", K, [S01Z, [r"\frac{d \log Z(a)}{d a} = \tanh a"]], [(F, lambda W: d1(lzs((0, 1)), a0(W)), lambda W: np.tanh(a0(W)))])
D("K15", K, [S01Z, [r"\frac{d^{2} \log Z(a)}{d a^{2}} = \sigma(a)\left(1 - \sigma(a)\right)"]], [(T, lambda W: d2(lzs((0, 1)), a0(W)), lambda W: sig(a0(W)) * (1 - sig(a0(W))))])
D("K16", K, [SPMZ, [r"\frac{d^{2} \log Z(a)}{d a^{2}} = \sigma(a)\left(1 - \sigma(a)\right)"]], [(F, lambda W: d2(lzs((-1, 1)), a0(W)), lambda W: sig(a0(W)) * (1 - sig(a0(W))))])
TW_PM = r"Two units $s_1, s_2 \in \{-1, +1\}$ with $p(s_1, s_2) \propto e^{J s_1 s_2}$ for a real coupling $J$."
TW_01 = r"Two units $s_1, s_2 \in \{0, 1\}$ with $p(s_1, s_2) \propto e^{J s_1 s_2}$ for a real coupling $J$."
two = lambda u, fn: (lambda W: ising_mean(lambda s: -W.J * s[0] * s[1], 2, fn, units=u))
D("K17", K, [TW_PM, [r"\mathbb{E}\left[s_1\right] = 0"]], [(T, two((-1, 1), lambda s: s[0]), zero)])
D("K18", K, [TW_01, [r"\mathbb{E}\left[s_1\right] = 0"]], [(F, two((0, 1), lambda s: s[0]), zero)])
D("K19", K, [TW_01, [r"p(s_1 = 1, s_2 = 1) = \frac{e^{J}}{3 + e^{J}}"]], [(T, two((0, 1), lambda s: float(s[0] == 1 and s[1] == 1)), lambda W: np.exp(W.J) / (3 + np.exp(W.J)))])
D("K20", K, [TW_PM, [r"p(s_1 = 1, s_2 = 1) = \frac{e^{J}}{3 + e^{J}}"]], [(F, two((-1, 1), lambda s: float(s[0] == 1 and s[1] == 1)), lambda W: np.exp(W.J) / (3 + np.exp(W.J)))])
SI_PM = r"Each $s_i = \pm 1$, and $a$ is real."
SI_01 = r"Each $s_i \in \{0, 1\}$, and $a$ is real."
spn = lambda u: (lambda W: np.array(u, float))
D("K21", K, [SI_PM, [r"e^{a s_i} = \cosh a + s_i \sinh a"]], [(T, lambda W: np.exp(a0(W) * np.array([-1., 1.])), lambda W: np.cosh(a0(W)) + np.array([-1., 1.]) * np.sinh(a0(W)))])
D("K22", K, [SI_01, [r"e^{a s_i} = \cosh a + s_i \sinh a"]], [(F, lambda W: np.exp(a0(W) * np.array([0., 1.])), lambda W: np.cosh(a0(W)) + np.array([0., 1.]) * np.sinh(a0(W)))])
MIX = (r"An RBM whose visible units are binary, $v_i \in \{0, 1\}$, with energy $E(v, h) = -b^\top v - c^\top h - v^\top W h$."
       "\n\n" r"Its hidden units are spins: $h_j \in \{-1, +1\}$.")
rmx = lambda W: R(W, (0, 1), (-1, 1))
D("K23", K, [MIX, [r"p(h_j = 1 \mid v) = \frac{1}{1 + e^{-2 c_j - 2 \sum_{i} v_i W_{ij}}}"]], [(T, lambda W: rmx(W).ch_all(1), lambda W: sig(2 * rmx(W).hin()))])
D("K24", K, [MIX, [r"p(v_i = 1 \mid h) = \frac{1}{1 + e^{-2 b_i - 2 \sum_{j} W_{ij} h_j}}"]], [(F, lambda W: rmx(W).cv_all(1), lambda W: sig(2 * rmx(W).vin()))], note="the factor 2 belongs to the spins")
D("K25", K, [MIX, [r"p(v_i = 1 \mid h) = \frac{1}{1 + e^{-b_i - \sum_{j} W_{ij} h_j}}"]], [(T, lambda W: rmx(W).cv_all(1), lambda W: sig(rmx(W).vin()))])
D("K26", K, [MIX, [r"p(h_j = 1 \mid v) = \frac{1}{1 + e^{-c_j - \sum_{i} v_i W_{ij}}}"]], [(F, lambda W: rmx(W).ch_all(1), lambda W: sig(rmx(W).hin()))])
SR = r"Let $s \in \{+1, -1\}$ with $p(s) \propto e^{a s}$, $a$ real."
SR0 = r"Let $s \in \{1, 0\}$ with $p(s) \propto e^{a s}$, $a$ real."
D("K27", K, [SR, [r"\log \sum_{s} e^{a s} = \log 2 + \log \cosh a"]], [(T, lambda W: lzs((-1, 1))(a0(W)), lambda W: np.log(2) + np.log(np.cosh(a0(W))))])
D("K28", K, [SR0, [r"\log \sum_{s} e^{a s} = \log 2 + \log \cosh a"]], [(F, lambda W: lzs((0, 1))(a0(W)), lambda W: np.log(2) + np.log(np.cosh(a0(W))))])

# ============================================================ L softmax / logits / sigmoid
L = "L softmax/sigmoid"
RA = r"For real $a$, with $\sigma(a) = 1/(1 + e^{-a})$:"
D("L01", L, [RA, [r"\sigma(a) = \frac{e^{a}}{e^{a} + e^{0}}"]], [(T, lambda W: sig(a0(W)), lambda W: np.exp(a0(W)) / (np.exp(a0(W)) + 1))])
D("L02", L, [RA, [r"\sigma(a) = \frac{e^{-a}}{e^{a} + e^{0}}"]], [(F, lambda W: sig(a0(W)), lambda W: np.exp(-a0(W)) / (np.exp(a0(W)) + 1))])
D("L03", L, [RA, [r"\frac{d\sigma(a)}{da} = \sigma(a)\, \sigma(-a)"]], [(T, lambda W: d1(sig, a0(W)), lambda W: sig(a0(W)) * sig(-a0(W)))])
D("L04", L, [RA, [r"\frac{d\sigma(a)}{da} = \sigma(a)^{2}"]], [(F, lambda W: d1(sig, a0(W)), lambda W: sig(a0(W)) ** 2)])
D("L05", L, [RA, [r"\log \sigma(a) = a - \log\left(1 + e^{a}\right)"]], [(T, lambda W: np.log(sig(a0(W))), lambda W: a0(W) - np.log1p(np.exp(a0(W))))])
D("L06", L, [RA, [r"\log \sigma(a) = a + \log\left(1 + e^{a}\right)"]], [(F, lambda W: np.log(sig(a0(W))), lambda W: a0(W) + np.log1p(np.exp(a0(W))))])
D("L07", L, [RA, [r"\log \sigma(a) - \log \sigma(-a) = a"]], [(T, lambda W: np.log(sig(a0(W))) - np.log(sig(-a0(W))), a0)])
D("L08", L, [RA, [r"\log \sigma(a) - \log \sigma(-a) = -a"]], [(F, lambda W: np.log(sig(a0(W))) - np.log(sig(-a0(W))), lambda W: -a0(W))])
LG = r"For real $a$, with $\sigma(a) = 1/(1 + e^{-a})$ and $\mathrm{logit}(p) = \log \frac{p}{1 - p}$ for $0 < p < 1$:"
D("L09", L, [LG, [r"\mathrm{logit}\left(\sigma(a)\right) = a"]], [(T, lambda W: np.log(sig(a0(W)) / (1 - sig(a0(W)))), a0)])
D("L10", L, [LG, [r"\mathrm{logit}\left(\sigma(a)\right) = -a"]], [(F, lambda W: np.log(sig(a0(W)) / (1 - sig(a0(W)))), lambda W: -a0(W))])
D("L11", L, [RA, [r"\tanh\left(\frac{a}{2}\right) = 2\sigma(a) - 1"]], [(T, lambda W: np.tanh(a0(W) / 2), lambda W: 2 * sig(a0(W)) - 1)])
D("L12", L, [RA, [r"\tanh\left(\frac{a}{2}\right) = 2\sigma(2a) - 1"]], [(F, lambda W: np.tanh(a0(W) / 2), lambda W: 2 * sig(2 * a0(W)) - 1)])
LS = r"For logits $z \in \mathbb{R}^{K}$ let $\mathrm{softmax}(z)_k = e^{z_k} / \sum_{i=1}^{K} e^{z_i}$ and let $\delta_{jk}$ be the Kronecker delta."
jac = lambda W: np.eye(W.K) - softmax(W.z)[None, :]  # [k, j]: d log s_k / d z_j = delta - s_j


def jac_num(W):
    out = np.zeros((W.K, W.K))
    for j in range(W.K):
        e = np.zeros(W.K); e[j] = 1e-5
        out[:, j] = (np.log(softmax(W.z + e)) - np.log(softmax(W.z - e))) / 2e-5
    return out


D("L13", L, [LS, [r"\frac{\partial}{\partial z_j} \log \mathrm{softmax}(z)_k = \delta_{jk} - \mathrm{softmax}(z)_j"]], [(T, jac_num, jac)])
D("L14", L, [LS, [r"\frac{\partial}{\partial z_j} \log \mathrm{softmax}(z)_k = \delta_{jk} - \mathrm{softmax}(z)_k"]], [(F, jac_num, lambda W: np.eye(W.K) - softmax(W.z)[:, None])], note="j and k swapped")
LT = r"For logits $z \in \mathbb{R}^{K}$ and a temperature $\tau > 0$, with $\mathrm{softmax}(z)_k = e^{z_k} / \sum_{i=1}^{K} e^{z_i}$:"
D("L15", L, [LT, [r"\mathrm{softmax}(z / \tau)_k = \frac{e^{z_k / \tau}}{\sum_{j=1}^{K} e^{z_j / \tau}}"]], [(T, lambda W: softmax(W.z / W.tau), lambda W: np.exp(W.z / W.tau) / np.exp(W.z / W.tau).sum())])
D("L16", L, [LT, [r"\mathrm{softmax}(z / \tau)_k = \frac{e^{z_k} / \tau}{\sum_{j=1}^{K} e^{z_j} / \tau}"]], [(F, lambda W: softmax(W.z / W.tau), lambda W: softmax(W.z))], note="tau outside the exponential")
LH = r"For logits $z \in \mathbb{R}^{K}$ let $s = \mathrm{softmax}(z)$ and $H(s) = -\sum_{k} s_k \log s_k$."
D("L17", L, [LH, [r"\sum_{k=1}^{K} s_k z_k - \log \sum_{k=1}^{K} e^{z_k} = -H(s)"]], [(T, lambda W: softmax(W.z) @ W.z - lse(W.z), lambda W: -H(softmax(W.z)))])
D("L18", L, [LH, [r"\sum_{k=1}^{K} s_k z_k - \log \sum_{k=1}^{K} e^{z_k} = H(s)"]], [(F, lambda W: softmax(W.z) @ W.z - lse(W.z), lambda W: H(softmax(W.z)))])
D("L19", L, [r"For real $a$:", [r"\log\left(1 + e^{a}\right) - \log\left(1 + e^{-a}\right) = a"]], [(T, lambda W: np.log1p(np.exp(a0(W))) - np.log1p(np.exp(-a0(W))), a0)])
D("L20", L, [r"For real $a$:", [r"\log\left(1 + e^{a}\right) - \log\left(1 + e^{-a}\right) = -a"]], [(F, lambda W: np.log1p(np.exp(a0(W))) - np.log1p(np.exp(-a0(W))), lambda W: -a0(W))])
D("L21", L, [RA, [r"\frac{d}{da} \log\left(1 + e^{a}\right) = \sigma(a)"]], [(T, lambda W: d1(lambda u: np.log1p(np.exp(u)), a0(W)), lambda W: sig(a0(W)))])
D("L22", L, [RA, [r"\frac{d}{da} \log\left(1 + e^{a}\right) = \sigma(-a)"]], [(F, lambda W: d1(lambda u: np.log1p(np.exp(u)), a0(W)), lambda W: sig(-a0(W)))])
LSK = r"For logits $z \in \mathbb{R}^{K}$ ($K \ge 2$), with $\sigma(a) = 1/(1 + e^{-a})$ and $\mathrm{softmax}(z)_k = e^{z_k} / \sum_{i} e^{z_i}$:"
lse_not = lambda W: np.array([lse(np.delete(W.z, k)) for k in range(W.K)])
D("L23", L, [LSK, [r"\mathrm{softmax}(z)_i = \sigma\left(z_i - \log \sum_{k \neq i} e^{z_k}\right)"]], [(T, lambda W: softmax(W.z), lambda W: sig(W.z - lse_not(W)))])
D("L24", L, [LSK, [r"\mathrm{softmax}(z)_i = \sigma\left(z_i - \log \sum_{k} e^{z_k}\right)"]], [(F, lambda W: softmax(W.z), lambda W: sig(W.z - lse(W.z)))], note="j = k kept in the sum")
D("L25", L, [RA, [r"\sigma(a)\left(1 + e^{-a}\right) = 1"]], [(T, lambda W: sig(a0(W)) * (1 + np.exp(-a0(W))), one)])
D("L26", L, [RA, [r"\sigma(a)\left(1 + e^{a}\right) = 1"]], [(F, lambda W: sig(a0(W)) * (1 + np.exp(a0(W))), one)])
