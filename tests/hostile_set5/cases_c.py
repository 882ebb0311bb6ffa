"""hostile6 cases J-P: exponential families, Ising chains and temperature, data averages and gradients,
integrals, notation as typed, short chains."""
import math

import numpy as np

from build import D, DEF, F, T
from world import CE, H, KL, d1, d2, lse, sig  # noqa: F401
from cases_a import MODEL, PB, QD, Ep, dlogZ, RBME  # noqa: F401
from cases_b import RB  # noqa: F401

# ============================================================ J exponential families
J = "J exponential families"
EF = [r"p_\theta(x) = \frac{1}{Z(\theta)}\, e^{\theta T(x)}"]
EFP = r"For a statistic $T$ of a finite state $x$,"
ET = lambda W, vals, t=None: float(W.px1(t) @ vals)
dlZx = lambda W: d1(lambda u: np.log(W.Zx1(u)), W.th)
D("J01", J, [EFP, EF, [r"\frac{\mathrm{d}}{\mathrm{d}\theta} \log Z(\theta) = \mathbb{E}_{x\sim p_\theta}\left[T(x)\right]"]], [DEF, (T, dlZx, lambda W: ET(W, W.T))])
D("J02", J, [EFP, EF, [r"\frac{\mathrm{d}}{\mathrm{d}\theta} \log Z(\theta) = -\mathbb{E}_{x\sim p_\theta}\left[T(x)\right]"]], [DEF, (F, dlZx, lambda W: -ET(W, W.T))])
D("J03", J, [EFP, EF, [r"\frac{\mathrm{d}^2}{\mathrm{d}\theta^2} \log Z(\theta) = \mathbb{E}_{x\sim p_\theta}\left[T(x)^2\right] - \left(\mathbb{E}_{x\sim p_\theta}\left[T(x)\right]\right)^2"]],
  [DEF, (T, lambda W: d2(lambda u: np.log(W.Zx1(u)), W.th), lambda W: ET(W, W.T ** 2) - ET(W, W.T) ** 2)])
D("J04", J, [EFP, EF, [r"\frac{\mathrm{d}^2}{\mathrm{d}\theta^2} \log Z(\theta) = \mathbb{E}_{x\sim p_\theta}\left[T(x)^2\right]"]],
  [DEF, (F, lambda W: d2(lambda u: np.log(W.Zx1(u)), W.th), lambda W: ET(W, W.T ** 2))])
D("J05", J, [EFP, EF, [r"\exp\left(\theta T(x) - \log Z(\theta)\right) = p_\theta(x)"]], [DEF, (T, lambda W: np.exp(W.th * W.T - np.log(W.Zx1())), lambda W: W.px1())])
D("J06", J, [EFP, EF, [r"\exp\left(\theta T(x) + \log Z(\theta)\right) = p_\theta(x)"]], [DEF, (F, lambda W: np.exp(W.th * W.T + np.log(W.Zx1())), lambda W: W.px1())])
EE = r"Write the family as an energy model, $E_\theta(x) = -\theta\, T(x)$ and $p_\theta(x) = e^{-E_\theta(x)}/Z(\theta)$."
D("J07", J, [EFP + " " + EE, [r"\log p_\theta(x) = \theta\, T(x) - \log Z(\theta)"]], [(T, lambda W: np.log(W.px1()), lambda W: W.th * W.T - np.log(W.Zx1()))])
D("J08", J, [EFP, EF, [r"\log p_\theta(x) - \log p_\theta(x') = \theta\left(T(x') - T(x)\right)"]],
  [DEF, (F, lambda W: np.subtract.outer(np.log(W.px1()), np.log(W.px1())), lambda W: W.th * np.subtract.outer(-W.T, -W.T))], note="x and x' swapped")
D("J09", J, [EFP, EF, [r"\log \frac{p_\theta(x)}{p_{\theta'}(x)} = (\theta - \theta')\, T(x) - \log \frac{Z(\theta)}{Z(\theta')}"]],
  [DEF, (T, lambda W: np.log(W.px1() / W.px1(W.th2)), lambda W: (W.th - W.th2) * W.T - np.log(W.Zx1() / W.Zx1(W.th2)))])
D("J10", J, [EFP, EF, [r"\log \frac{p_\theta(x)}{p_{\theta'}(x)} = (\theta - \theta')\, T(x)"]],
  [DEF, (F, lambda W: np.log(W.px1() / W.px1(W.th2)), lambda W: (W.th - W.th2) * W.T)])
D("J11", J, [EFP, EF, [r"\mathrm{KL}(p_\theta \,\|\, p_{\theta'}) = (\theta - \theta')\, \mathbb{E}_{x\sim p_\theta}\left[T(x)\right] - \log Z(\theta) + \log Z(\theta')"]],
  [DEF, (T, lambda W: KL(W.px1(), W.px1(W.th2)), lambda W: (W.th - W.th2) * ET(W, W.T) - np.log(W.Zx1()) + np.log(W.Zx1(W.th2)))])
D("J12", J, [EFP, EF, [r"\mathrm{KL}(p_\theta \,\|\, p_{\theta'}) = (\theta - \theta')\, \mathbb{E}_{x\sim p_{\theta'}}\left[T(x)\right] - \log Z(\theta) + \log Z(\theta')"]],
  [DEF, (F, lambda W: KL(W.px1(), W.px1(W.th2)), lambda W: (W.th - W.th2) * ET(W, W.T, W.th2) - np.log(W.Zx1()) + np.log(W.Zx1(W.th2)))])
EFH = [r"p_\theta(x) = \frac{1}{Z(\theta)}\, h(x)\, e^{\theta T(x)}"]
EFHP = r"For a statistic $T$ and a positive base measure $h$ on a finite set of states,"
D("J13", J, [EFHP, EFH, [r"Z(\theta) = \sum_x h(x)\, e^{\theta T(x)}"]], [DEF, (T, lambda W: W.Zx(), lambda W: (W.hb * np.exp(W.th * W.T)).sum())])
D("J14", J, [EFHP, EFH, [r"Z(\theta) = \sum_x e^{\theta T(x)}"]], [DEF, (F, lambda W: W.Zx(), lambda W: np.exp(W.th * W.T).sum())], note="base measure dropped")
D("J15", J, [EFP, EF, [r"\frac{\mathrm{d}}{\mathrm{d}\theta}\log Z(\theta) = \frac{\sum_x T(x)\, e^{\theta T(x)}}{\sum_x e^{\theta T(x)}}"]],
  [DEF, (T, dlZx, lambda W: (W.T * np.exp(W.th * W.T)).sum() / np.exp(W.th * W.T).sum())])
D("J16", J, [EFHP, EFH, [r"\frac{\mathrm{d}}{\mathrm{d}\theta}\log Z(\theta) = \frac{\sum_x T(x)\, e^{\theta T(x)}}{\sum_x e^{\theta T(x)}}"]],
  [DEF, (F, lambda W: d1(lambda u: np.log(W.Zx(u)), W.th), lambda W: (W.T * np.exp(W.th * W.T)).sum() / np.exp(W.th * W.T).sum())],
  note="the base measure h(x) is dropped from both sums")
D("J17", J, [EFHP, EFH, [r"\frac{\mathrm{d}}{\mathrm{d}\theta}\log Z(\theta) = \mathbb{E}_{x\sim p_\theta}\left[T(x)\right]"]],
  [DEF, (T, lambda W: d1(lambda u: np.log(W.Zx(u)), W.th), lambda W: W.px() @ W.T)])

# ============================================================ K Ising chains and temperature
K = "K Ising and temperature"
ICH = r"Spins $s \in \{-1, +1\}^{n}$, $n \ge 2$, on an open chain with coupling $J$, at inverse temperature $\beta$:"
ICE = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1}"]
IPB = [r"p_\beta(s) = \frac{e^{-\beta E(s)}}{Z(\beta)}"]
ICHF = r"Spins $s \in \{-1, +1\}^{n}$, $n \ge 2$, on an open chain with coupling $J$ and field $h$, at inverse temperature $\beta$:"
ICEF = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1} - h \sum_{i=1}^{n} s_i"]
iZ0 = lambda W, be=None: W.iZ(be, W.J, 0.0)
D("K01", K, [ICH, ICE, IPB, [r"Z(\beta) = 2\left(2\cosh(\beta J)\right)^{n-1}"]], [DEF, DEF, (T, iZ0, lambda W: 2 * (2 * np.cosh(W.be * W.J)) ** (W.n - 1))])
D("K02", K, [ICH, ICE, IPB, [r"Z(\beta) = \left(2\cosh(\beta J)\right)^{n}"]], [DEF, DEF, (F, iZ0, lambda W: (2 * np.cosh(W.be * W.J)) ** W.n)])
D("K03", K, [ICH, ICE, IPB, [r"Z(\beta) = 2\left(2\cosh J\right)^{n-1}"]], [DEF, DEF, (F, iZ0, lambda W: 2 * (2 * np.cosh(W.J)) ** (W.n - 1))], note="beta dropped")
dliZ = lambda W: d1(lambda u: np.log(iZ0(W, u)), W.be)
D("K04", K, [ICH, ICE, IPB, [r"\frac{\partial}{\partial\beta} \log Z(\beta) = (n - 1)\, J \tanh(\beta J)"]], [DEF, DEF, (T, dliZ, lambda W: (W.n - 1) * W.J * np.tanh(W.be * W.J))])
D("K05", K, [ICH, ICE, IPB, [r"\frac{\partial}{\partial\beta} \log Z(\beta) = (n - 1) \tanh(\beta J)"]], [DEF, DEF, (F, dliZ, lambda W: (W.n - 1) * np.tanh(W.be * W.J))], note="J dropped")
iEav = lambda W: float(W.ip(W.be, W.J, 0.0) @ W.iE(W.J, 0.0))
D("K06", K, [ICH, ICE, IPB, [r"\mathbb{E}_{s\sim p_\beta}\left[E(s)\right] = -(n - 1)\, J \tanh(\beta J)"]], [DEF, DEF, (T, iEav, lambda W: -(W.n - 1) * W.J * np.tanh(W.be * W.J))])
D("K07", K, [ICH, ICE, IPB, [r"\mathbb{E}_{s\sim p_\beta}\left[E(s)\right] = (n - 1)\, J \tanh(\beta J)"]], [DEF, DEF, (F, iEav, lambda W: (W.n - 1) * W.J * np.tanh(W.be * W.J))])
D("K08", K, [ICHF, ICEF, IPB, [r"Z(\beta) = 2\left(2\cosh(\beta J)\right)^{n-1}"]], [DEF, DEF, (F, lambda W: W.iZ(), lambda W: 2 * (2 * np.cosh(W.be * W.J)) ** (W.n - 1))],
  note="the field is not zero")
D("K09", K, [ICHF, ICEF, IPB, [r"Z(\beta) = 2\left(2\cosh(\beta J)\right)^{n-1} \quad (h = 0)"]], [DEF, DEF, (T, iZ0, lambda W: 2 * (2 * np.cosh(W.be * W.J)) ** (W.n - 1))])
D("K10", K, [ICHF, ICEF, IPB, [r"p_\beta(s) = 2^{-n} \quad \text{for } \beta = 0"]], [DEF, DEF, (T, lambda W: W.ip(0.0), lambda W: 2.0 ** -W.n + 0 * W.ss[:, 0])])
D("K11", K, [ICHF, ICEF, IPB, [r"p_\beta(s) = 2^{-n} \quad \text{for } J = 0"]], [DEF, DEF, (F, lambda W: W.ip(W.be, 0.0), lambda W: 2.0 ** -W.n + 0 * W.ss[:, 0])],
  note="the field still acts")
D("K12", K, [ICHF, ICEF, IPB, [r"\frac{\partial}{\partial \beta}\log Z(\beta) = -\beta\, \mathbb{E}_{s\sim p_\beta}\left[E(s)\right]"]],
  [DEF, DEF, (F, lambda W: d1(lambda u: np.log(W.iZ(u)), W.be), lambda W: -W.be * (W.ip() @ W.iE()))])
D("K13", K, [ICHF, ICEF, IPB, [r"\frac{\partial^2}{\partial \beta^2}\log Z(\beta) = \mathbb{E}_{s\sim p_\beta}\left[E(s)^2\right] - \mathbb{E}_{s\sim p_\beta}\left[E(s)\right]^2"]],
  [DEF, DEF, (T, lambda W: d1(lambda u: -(W.ip(u) @ W.iE()), W.be), lambda W: W.ip() @ W.iE() ** 2 - (W.ip() @ W.iE()) ** 2)])
D("K14", K, [PB, [r"H(p_\beta) = \beta\, \mathbb{E}_{x\sim p_\beta}\left[E(x)\right] - \log Z(\beta)"]], [DEF, (F, lambda W: H(W.pb()), lambda W: W.be * (W.pb() @ W.b) - W.logZb())])
D("K15", K, [PB, [r"H(p_\beta) = \beta\, \mathbb{E}_{x\sim p_\beta}\left[E(x)\right] + \log Z(\beta)"]], [DEF, (T, lambda W: H(W.pb()), lambda W: W.be * (W.pb() @ W.b) + W.logZb())])
D("K16", K, [r"Two spins $s_1, s_2 \in \{-1, +1\}$ and a coupling $J$:", [r"\sum_{s_1}\sum_{s_2} e^{\beta J s_1 s_2} = 4\cosh(\beta J)"]],
  [(T, lambda W: 2 * np.exp(W.be * W.J) + 2 * np.exp(-W.be * W.J), lambda W: 4 * np.cosh(W.be * W.J))])
D("K17", K, [r"Two units $s_1, s_2 \in \{0, 1\}$ and a coupling $J$:", [r"\sum_{s_1}\sum_{s_2} e^{\beta J s_1 s_2} = 4\cosh(\beta J)"]],
  [(F, lambda W: 3 + np.exp(W.be * W.J), lambda W: 4 * np.cosh(W.be * W.J))])
D("K18", K, [PB, [r"\frac{\partial}{\partial\beta}\, \mathbb{E}_{x\sim p_\beta}\left[E(x)\right] = -\mathbb{E}_{x\sim p_\beta}\left[E(x)^2\right] + \mathbb{E}_{x\sim p_\beta}\left[E(x)\right]^2"]],
  [DEF, (T, lambda W: d1(lambda u: W.pb(u) @ W.b, W.be), lambda W: -(W.pb() @ W.b ** 2) + (W.pb() @ W.b) ** 2)])
D("K19", K, [PB, [r"\frac{\partial}{\partial\beta}\, \mathbb{E}_{x\sim p_\beta}\left[E(x)\right] = \mathbb{E}_{x\sim p_\beta}\left[E(x)^2\right] - \mathbb{E}_{x\sim p_\beta}\left[E(x)\right]^2"]],
  [DEF, (F, lambda W: d1(lambda u: W.pb(u) @ W.b, W.be), lambda W: (W.pb() @ W.b ** 2) - (W.pb() @ W.b) ** 2)], note="sign")

# ============================================================ L data averages and gradients
L = "L data and gradients"
D("L01", L, [MODEL, [r"\frac{1}{N}\sum_{i=1}^N \left(E_\theta(x^{(i)}) + \log Z_\theta\right) = \log Z_\theta + \frac{1}{N}\sum_{i=1}^N E_\theta(x^{(i)})"]],
  [DEF, (T, lambda W: W.avg(W.E() + W.logZ()), lambda W: W.logZ() + W.avg(W.E()))])
D("L02", L, [MODEL, [r"\frac{1}{N}\sum_{i=1}^N \left(E_\theta(x^{(i)}) + \log Z_\theta\right) = \frac{1}{N}\left(\log Z_\theta + \sum_{i=1}^N E_\theta(x^{(i)})\right)"]],
  [DEF, (F, lambda W: W.avg(W.E() + W.logZ()), lambda W: (W.logZ() + W.E()[W.data].sum()) / W.N)], note="true for N = 1 only")
D("L03", L, [MODEL, [r"\nabla_\theta \frac{1}{N}\sum_{i=1}^N E_\theta(x^{(i)}) = \frac{1}{N}\sum_{i=1}^N \nabla_\theta E_\theta(x^{(i)})"]],
  [DEF, (T, lambda W: d1(lambda u: W.avg(W.E(u)), W.th), lambda W: W.avg(W.dE()))])
D("L04", L, [MODEL, [r"\nabla_\theta \log \frac{1}{N}\sum_{i=1}^N p_\theta(x^{(i)}) = \frac{1}{N}\sum_{i=1}^N \nabla_\theta \log p_\theta(x^{(i)})"]],
  [DEF, (F, lambda W: d1(lambda u: np.log(W.avg(W.p(u))), W.th), lambda W: W.avg(d1(lambda u: np.log(W.p(u)), W.th)))], note="log of a mean vs mean of logs")
D("L05", L, [MODEL, [r"\frac{1}{N}\sum_{i=1}^N \nabla_\theta \log p_\theta(x^{(i)}) = \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right] - \frac{1}{N}\sum_{i=1}^N \nabla_\theta E_\theta(x^{(i)})"]],
  [DEF, (T, lambda W: W.avg(d1(lambda u: np.log(W.p(u)), W.th)), lambda W: Ep(W, W.dE()) - W.avg(W.dE()))])
D("L06", L, [MODEL, [r"\frac{1}{N}\sum_{i=1}^N \nabla_\theta \log p_\theta(x^{(i)}) = \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right] - \nabla_\theta E_\theta(x^{(N)})"]],
  [DEF, (F, lambda W: W.avg(d1(lambda u: np.log(W.p(u)), W.th)), lambda W: Ep(W, W.dE()) - W.dE()[W.data[-1]])], note="one data point for the average")
PH = r"The empirical distribution of the data $x^{(1)}, \dots, x^{(N)}$ is $\hat p$."
D("L07", L, [MODEL, PH, [r"\mathbb{E}_{x\sim \hat p}\left[E_\theta(x)\right] = \frac{1}{N}\sum_{i=1}^N E_\theta(x^{(i)})"]], [DEF, (T, lambda W: W.phat() @ W.E(), lambda W: W.avg(W.E()))])
Hhat = lambda W: H(W.phat()[W.phat() > 0])
D("L08", L, [MODEL, PH, [r"\mathrm{KL}(\hat p \,\|\, p_\theta) = -\frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)})"]],
  [DEF, (F, lambda W: -Hhat(W) - W.avg(np.log(W.p())), lambda W: -W.avg(np.log(W.p())))], note="-H(p-hat) is missing")
D("L09", L, [MODEL, PH, [r"\mathrm{KL}(\hat p \,\|\, p_\theta) = -H(\hat p) - \frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)})"]],
  [DEF, (T, lambda W: -Hhat(W) - W.avg(np.log(W.p())), lambda W: -Hhat(W) - W.avg(np.log(W.p())))])
D("L10", L, [MODEL, [r"\frac{1}{N}\sum_{i=1}^N \left(\frac{\partial E_\theta(x^{(i)})}{\partial\theta}\right)^{2} = \left(\frac{1}{N}\sum_{i=1}^N \frac{\partial E_\theta(x^{(i)})}{\partial\theta}\right)^{2}"]],
  [DEF, (F, lambda W: W.avg(W.dE() ** 2), lambda W: W.avg(W.dE()) ** 2)])
D("L11", L, [MODEL, [r"\nabla_\theta\, \mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\right] = \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right]"]],
  [DEF, (F, lambda W: d1(lambda u: W.p(u) @ W.E(u), W.th), lambda W: Ep(W, W.dE()))], note="the distribution depends on theta too")
D("L12", L, [MODEL, [r"\nabla_\theta\, \mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\right] = \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right] - \mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\, \nabla_\theta E_\theta(x)\right] + \mathbb{E}_{x\sim p_\theta}\left[E_\theta(x)\right] \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right]"]],
  [DEF, (T, lambda W: d1(lambda u: W.p(u) @ W.E(u), W.th), lambda W: Ep(W, W.dE()) - Ep(W, W.E() * W.dE()) + Ep(W, W.E()) * Ep(W, W.dE()))])
D("L13", L, [MODEL, QD, [r"\nabla_\theta\, \mathbb{E}_{x\sim q}\left[E_\theta(x)\right] = \mathbb{E}_{x\sim q}\left[\nabla_\theta E_\theta(x)\right]"]],
  [DEF, (T, lambda W: d1(lambda u: W.q @ W.E(u), W.th), lambda W: W.q @ W.dE())])
D("L14", L, [MODEL, [r"\nabla_\theta \left[-\frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)})\right] = \frac{1}{N}\sum_{i=1}^N \nabla_\theta E_\theta(x^{(i)}) - \mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_{\theta'}(x)\right]"]],
  [DEF, (F, lambda W: -W.avg(d1(lambda u: np.log(W.p(u)), W.th)), lambda W: W.avg(W.dE()) - Ep(W, W.dE(W.th2)))], note="theta' in the model phase")

# ============================================================ M integrals
M = "M integrals"
RL = r"Here $x \in \mathbb{R}$ and $p_\theta$ is a probability density with respect to $\mathrm{d}x$:"
ZI = [r"Z_\theta = \int e^{-E_\theta(x)}\, \mathrm{d}x"]
Ei = lambda W, vals, t=None: float((W.m * W.pm(t)) @ vals)
D("M01", M, [RL, ZI, MODEL, [r"\int p_\theta(x)\, \mathrm{d}x = 1"]], [DEF, DEF, (T, lambda W: (W.m * W.pm()).sum(), lambda W: 1.0)])
D("M02", M, [RL, ZI, MODEL, [r"\frac{\partial}{\partial\theta}\log Z_\theta = -\int p_\theta(x)\, \frac{\partial E_\theta(x)}{\partial\theta}\, \mathrm{d}x"]],
  [DEF, DEF, (T, lambda W: d1(lambda u: np.log(W.Zm(u)), W.th), lambda W: -Ei(W, W.dE()))])
D("M03", M, [RL, ZI, MODEL, [r"\frac{\partial}{\partial\theta}\log Z_\theta = -\int \frac{\partial E_\theta(x)}{\partial\theta}\, \mathrm{d}x"]],
  [DEF, DEF, (F, lambda W: d1(lambda u: np.log(W.Zm(u)), W.th), lambda W: -(W.m @ W.dE()))], note="the density p_theta is missing")
D("M04", M, [RL, ZI, MODEL, [r"\int p_\theta(x)\, E_\theta(x)\, \mathrm{d}x = \int p_{\theta'}(x)\, E_\theta(x)\, \mathrm{d}x"]],
  [DEF, DEF, (F, lambda W: Ei(W, W.E()), lambda W: Ei(W, W.E(), W.th2))])
D("M05", M, [RL, ZI, MODEL, [r"\int p_\theta(x) \log p_\theta(x)\, \mathrm{d}x = -\int p_\theta(x)\, E_\theta(x)\, \mathrm{d}x - \log Z_\theta"]],
  [DEF, DEF, (T, lambda W: Ei(W, np.log(W.pm())), lambda W: -Ei(W, W.E()) - np.log(W.Zm()))])
D("M06", M, [RL, ZI, MODEL, [r"-\int p_\theta(x) \log p_\theta(x)\, \mathrm{d}x = -\int p_\theta(x)\, E_\theta(x)\, \mathrm{d}x - \log Z_\theta"]],
  [DEF, DEF, (F, lambda W: -Ei(W, np.log(W.pm())), lambda W: -Ei(W, W.E()) - np.log(W.Zm()))])
QI = r"Let $q$ be another probability density on $\mathbb{R}$."
qd = lambda W: W.q / W.m
D("M07", M, [RL, ZI, MODEL, QI, [r"\int q(x) \log\frac{q(x)}{p_\theta(x)}\, \mathrm{d}x = \int q(x) \left(\log q(x) + E_\theta(x)\right) \mathrm{d}x + \log Z_\theta"]],
  [DEF, DEF, (T, lambda W: W.m @ (qd(W) * np.log(qd(W) / W.pm())), lambda W: W.m @ (qd(W) * (np.log(qd(W)) + W.E())) + np.log(W.Zm()))])
D("M08", M, [RL, ZI, MODEL, QI, [r"\int q(x) \log\frac{q(x)}{p_\theta(x)}\, \mathrm{d}x = \int q(x) \left(\log q(x) + E_\theta(x)\right) \mathrm{d}x"]],
  [DEF, DEF, (F, lambda W: W.m @ (qd(W) * np.log(qd(W) / W.pm())), lambda W: W.m @ (qd(W) * (np.log(qd(W)) + W.E())))], note="log Z dropped")
D("M09", M, [[r"\int_{-\infty}^{\infty} e^{-x^{2}/2}\, \mathrm{d}x = \sqrt{2\pi}"]],
  [("either", (lambda W: math.sqrt(2 * math.pi), lambda W: math.sqrt(2 * math.pi)),
    (lambda W: W.m @ np.exp(-W.a ** 2 / 2), lambda W: math.sqrt(2 * math.pi)),
    "A: Lebesgue measure on R (true); B: a finite measure space, atoms at a(x) with masses m (false)")],
  note="either: the Gaussian integral, unless an integral is read as a sum over a finite measure space")
D("M10", M, [[r"\int_{0}^{\infty} e^{-x^{2}/2}\, \mathrm{d}x = \sqrt{2\pi}"]], [(F, lambda W: math.sqrt(math.pi / 2), lambda W: math.sqrt(2 * math.pi))], note="half line")
GE = r"For $x \in \mathbb{R}$ and a location $\theta$, take the energy"
D("M11", M, [GE, [r"E_\theta(x) = \frac{(x - \theta)^{2}}{2}"], [r"\frac{\partial}{\partial\theta} \log \int e^{-E_\theta(x)}\, \mathrm{d}x = 0"]],
  [DEF, ("either", (lambda W: 0.0, lambda W: 0.0),
          (lambda W: d1(lambda u: np.log(W.m @ np.exp(-(W.a - u) ** 2 / 2)), W.th), lambda W: 0.0),
          "A: Lebesgue measure on R (true: Z = sqrt(2 pi) for every theta); B: a finite measure space, atoms at a(x) with masses m (false)")],
  note="either: the design reads an integral as a sum over a finite measure space")
SE = r"For $x \in \mathbb{R}$ and a precision $\theta > 0$, take the energy"
D("M12", M, [SE, [r"E_\theta(x) = \frac{\theta x^{2}}{2}"], [r"\frac{\partial}{\partial\theta} \log \int e^{-E_\theta(x)}\, \mathrm{d}x = 0"]],
  [DEF, (F, lambda W: -1 / (2 * (abs(W.th) + 0.1)), lambda W: 0.0)], note="log Z = log sqrt(2 pi / theta)")
D("M13", M, [SE, [r"E_\theta(x) = \frac{\theta x^{2}}{2}"], [r"\frac{\partial}{\partial\theta} \log \int_{-\infty}^{\infty} e^{-E_\theta(x)}\, \mathrm{d}x = -\frac{1}{2\theta}"]],
  [DEF, ("either", (lambda W: d1(lambda u: 0.5 * np.log(2 * np.pi / u), abs(W.th) + 0.1), lambda W: -1 / (2 * (abs(W.th) + 0.1))),
          (lambda W: d1(lambda u: np.log(W.m @ np.exp(-u * W.a ** 2 / 2)), abs(W.th) + 0.1), lambda W: -1 / (2 * (abs(W.th) + 0.1))),
          "A: Lebesgue measure on R (true); B: a finite measure space (false)")],
  note="either: explicit limits, but the design reads an integral as a sum over a finite measure space")
D("M14", M, [SE, [r"E_\theta(x) = \frac{\theta x^{2}}{2}"], [r"\int_{-\infty}^{\infty} e^{-E_\theta(x)}\, \mathrm{d}x = \sqrt{2\pi\theta}"]],
  [DEF, (F, lambda W: np.sqrt(2 * np.pi / (abs(W.th) + 0.1)), lambda W: np.sqrt(2 * np.pi * (abs(W.th) + 0.1)))], note="theta upside down; equal at theta = 1")

# ============================================================ N notation as typed
N = "N notation as typed"
D("N01", N, [MODEL, [r"\langle E_\theta \rangle_{p_\theta} = \sum_x p_\theta(x)\, E_\theta(x)"]], [DEF, (T, lambda W: Ep(W, W.E()), lambda W: Ep(W, W.E()))])
D("N02", N, [MODEL, [r"\ln Z_\theta = \ln \sum_{x} \exp\left(-E_\theta(x)\right)"]], [DEF, (T, lambda W: W.logZ(), lambda W: lse(-W.E()))])
D("N03", N, [MODEL, [r"\partial_\theta \ln Z_\theta = -\langle \partial_\theta E_\theta \rangle_{p_\theta}"]], [DEF, (T, dlogZ, lambda W: -Ep(W, W.dE()))])
D("N04", N, [MODEL, [r"\partial_\theta \ln Z_\theta = \langle \partial_\theta E_\theta \rangle_{p_\theta}"]], [DEF, (F, dlogZ, lambda W: Ep(W, W.dE()))])
D("N05", N, [MODEL, [r"\operatorname{\mathbb{E}}_{p_\theta}\!\left[\nabla_\theta \log p_\theta\right] = 0"]], [DEF, (T, lambda W: W.p() @ d1(lambda u: np.log(W.p(u)), W.th), lambda W: 0.0)])
D("N06", N, [["p_θ(x) = e^{−E_θ(x)} / Z_θ"], ["∇_θ log Z_θ = −𝔼_{x∼p_θ}[∇_θ E_θ(x)]"]], [DEF, (T, dlogZ, lambda W: -Ep(W, W.dE()))], note="Unicode")
D("N07", N, [["p_θ(x) = e^{−E_θ(x)} / Z_θ"], ["∇_θ log Z_θ = 𝔼_{x∼p_θ}[∇_θ E_θ(x)]"]], [DEF, (F, dlogZ, lambda W: Ep(W, W.dE()))], note="Unicode, sign")
D("N08", N, [MODEL, [r"p_\theta(x) = \exp\{-E_\theta(x) - \log Z_\theta\}"]], [DEF, (T, lambda W: W.p(), lambda W: np.exp(-W.E() - W.logZ()))])
D("N09", N, [MODEL, [r"p_\theta(x) = \exp\{-E_\theta(x) + \log Z_\theta\}"]], [DEF, (F, lambda W: W.p(), lambda W: np.exp(-W.E() + W.logZ()))])
D("N10", N, [MODEL, [r"\mathbb{E}_{p_\theta(x)}\left[-\log p_\theta(x)\right] = H[p_\theta]"]], [DEF, (T, lambda W: H(W.p()), lambda W: H(W.p()))])
D("N11", N, [MODEL, QD, [r"\mathrm{D}_{\mathrm{KL}}\left[q \,\Vert\, p_\theta\right] = \sum_x q(x) \ln\frac{q(x)}{p_\theta(x)}"]], [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ np.log(W.q / W.p()))])
D("N12", N, [MODEL, QD, [r"\mathrm{D}_{\mathrm{KL}}\left[q \,\Vert\, p_\theta\right] = \sum_x p_\theta(x) \ln\frac{p_\theta(x)}{q(x)}"]], [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: KL(W.p(), W.q))])
D("N13", N, [MODEL, [r"Z_\theta = \sum_{x \in \mathcal{X}} e^{-E_\theta(x)}"]], [DEF, (T, lambda W: W.Z(), lambda W: np.exp(-W.E()).sum())])
D("N14", N, [PB, [r"\frac{\mathrm d}{\mathrm d\beta}\ln Z(\beta) = -\frac{1}{Z(\beta)}\sum_{x} E(x)\, \mathrm{e}^{-\beta E(x)}"]],
  [DEF, (T, lambda W: d1(W.logZb, W.be), lambda W: -(W.b * np.exp(-W.be * W.b)).sum() / W.Zb())])
D("N15", N, [PB, [r"\frac{\mathrm d}{\mathrm d\beta}\ln Z(\beta) = -\frac{1}{Z(\beta)}\sum_{x} E(x)\, \mathrm{e}^{-E(x)}"]],
  [DEF, (F, lambda W: d1(W.logZb, W.be), lambda W: -(W.b * np.exp(-W.b)).sum() / W.Zb())], note="beta dropped in the exponent")
D("N16", N, [MODEL, [r"\log p_\theta(x) = -E_\theta(x) - \log\sum_{x'} e^{-E_\theta(x')}"]], [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - lse(-W.E()))])
D("N17", N, [MODEL, [r"\log p_\theta(x) = -E_\theta(x) - \log\sum_{x'} e^{-E_\theta(x)}"]], [DEF, (F, lambda W: np.log(W.p()), lambda W: -W.E() - np.log(W.K * np.exp(-W.E())))],
  note="x, not x', in the summand")
D("N18", N, [MODEL, [r"\nabla_{\theta}\log Z_\theta = \frac{\nabla_\theta Z_\theta}{Z_\theta}"]], [DEF, (T, dlogZ, lambda W: d1(W.Z, W.th) / W.Z())])
D("N19", N, [MODEL, [r"Z_\theta^{-1}\, e^{-E_\theta(x)} = p_\theta(x)"]], [DEF, (T, lambda W: np.exp(-W.E()) / W.Z(), lambda W: W.p())])
D("N20", N, [MODEL, [r"Z_\theta^{-1}\, e^{-E_\theta(x)} = p_{\theta'}(x)"]], [DEF, (F, lambda W: np.exp(-W.E()) / W.Z(), lambda W: W.p(W.th2))])
D("N21", N, [MODEL, [r"\sum_x p_\theta(x) \left(E_\theta(x) - \sum_{x'} p_\theta(x')\, E_\theta(x')\right) = 0"]], [DEF, (T, lambda W: W.p() @ (W.E() - Ep(W, W.E())), lambda W: 0.0)])
D("N22", N, [MODEL, [r"\log \prod_{i=1}^N p_\theta(x^{(i)}) = \sum_{i=1}^N \log p_\theta(x^{(i)})"]], [DEF, (T, lambda W: np.log(np.prod(W.p()[W.data])), lambda W: np.log(W.p())[W.data].sum())])
D("N23", N, [MODEL, [r"\log \prod_{i=1}^N p_\theta(x^{(i)}) = N \log p_\theta(x^{(1)})"]], [DEF, (F, lambda W: np.log(W.p())[W.data].sum(), lambda W: W.N * np.log(W.p())[W.data[0]])])
D("N24", N, [("one", r"p_\theta(x) = e^{-E_\theta(x)} \big/ Z_\theta"), ("one", r"\log Z_\theta \;=\; \log \textstyle\sum_x e^{-E_\theta(x)}")],
  [DEF, (T, lambda W: W.logZ(), lambda W: lse(-W.E()))])
D("N25", N, [MODEL, [r"\frac{\partial \log Z_\theta}{\partial \theta}\bigg|_{\theta = \theta_0} = -\mathbb{E}_{x\sim p_{\theta_0}}\left[\frac{\partial E_\theta(x)}{\partial\theta}\bigg|_{\theta = \theta_0}\right]"]],
  [DEF, (T, lambda W: dlogZ(W, W.th2), lambda W: -(W.p(W.th2) @ W.dE(W.th2)))])
D("N26", N, [MODEL, [r"\frac{\partial \log Z_\theta}{\partial \theta}\bigg|_{\theta = \theta_0} = -\mathbb{E}_{x\sim p_{\theta}}\left[\frac{\partial E_\theta(x)}{\partial\theta}\bigg|_{\theta = \theta_0}\right]"]],
  [DEF, (F, lambda W: dlogZ(W, W.th2), lambda W: -(W.p() @ W.dE(W.th2)))], note="expectation under p_theta, derivative at theta_0")

# ============================================================ P short chains (a false step among true ones)
P = "P chains"
D("P01", P, [MODEL, [r"\nabla_\theta \log p_\theta(x) &= -\nabla_\theta E_\theta(x) - \nabla_\theta \log Z_\theta",
                     r"&= -\nabla_\theta E_\theta(x) - \frac{1}{Z_\theta}\sum_{x'} \nabla_\theta e^{-E_\theta(x')}",
                     r"&= -\nabla_\theta E_\theta(x) + \sum_{x'} p_\theta(x')\, \nabla_\theta E_\theta(x')"]],
  [DEF, (T, lambda W: d1(lambda u: np.log(W.p(u)), W.th), lambda W: -W.dE() - dlogZ(W)),
   (T, lambda W: -W.dE() - dlogZ(W), lambda W: -W.dE() + (np.exp(-W.E()) * W.dE()).sum() / W.Z()),
   (T, lambda W: -W.dE() + (np.exp(-W.E()) * W.dE()).sum() / W.Z(), lambda W: -W.dE() + Ep(W, W.dE()))])
D("P02", P, [MODEL, [r"\nabla_\theta \log p_\theta(x) &= -\nabla_\theta E_\theta(x) - \nabla_\theta \log Z_\theta",
                     r"&= -\nabla_\theta E_\theta(x) - \frac{1}{Z_\theta}\sum_{x'} \nabla_\theta e^{-E_\theta(x')}",
                     r"&= -\nabla_\theta E_\theta(x) - \sum_{x'} p_\theta(x')\, \nabla_\theta E_\theta(x')"]],
  [DEF, (T, lambda W: d1(lambda u: np.log(W.p(u)), W.th), lambda W: -W.dE() - dlogZ(W)),
   (T, lambda W: -W.dE() - dlogZ(W), lambda W: -W.dE() + (np.exp(-W.E()) * W.dE()).sum() / W.Z()),
   (F, lambda W: -W.dE() + (np.exp(-W.E()) * W.dE()).sum() / W.Z(), lambda W: -W.dE() - Ep(W, W.dE()))], note="sign lost in the last step")
D("P03", P, [PB, [r"\frac{\partial}{\partial\beta} \log Z(\beta) &= \frac{1}{Z(\beta)} \sum_x \frac{\partial}{\partial\beta} e^{-\beta E(x)}",
                  r"&= -\sum_x \frac{e^{-\beta E(x)}}{Z(\beta)}\, E(x)",
                  r"&= -\mathbb{E}_{x\sim p_\beta}\left[E(x)\right]"]],
  [DEF, (T, lambda W: d1(W.logZb, W.be), lambda W: -(W.b * np.exp(-W.be * W.b)).sum() / W.Zb()),
   (T, lambda W: -(W.b * np.exp(-W.be * W.b)).sum() / W.Zb(), lambda W: -(W.pb() @ W.b)),
   (T, lambda W: -(W.pb() @ W.b), lambda W: -(W.pb() @ W.b))])
D("P04", P, [PB, [r"\frac{\partial}{\partial\beta} \log Z(\beta) &= \frac{1}{Z(\beta)} \sum_x \frac{\partial}{\partial\beta} e^{-\beta E(x)}",
                  r"&= -\sum_x \frac{e^{-E(x)}}{Z(\beta)}\, E(x)",
                  r"&= -\mathbb{E}_{x\sim p_\beta}\left[E(x)\right]"]],
  [DEF, (T, lambda W: d1(W.logZb, W.be), lambda W: -(W.b * np.exp(-W.be * W.b)).sum() / W.Zb()),
   (F, lambda W: -(W.b * np.exp(-W.be * W.b)).sum() / W.Zb(), lambda W: -(W.b * np.exp(-W.b)).sum() / W.Zb()),
   (F, lambda W: -(W.b * np.exp(-W.b)).sum() / W.Zb(), lambda W: -(W.pb() @ W.b))], note="beta dropped in the middle row")
D("P05", P, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) &= \sum_x q(x) \log q(x) - \sum_x q(x) \log p_\theta(x)",
                         r"&= -H(q) + \sum_x q(x)\, E_\theta(x) + \log Z_\theta"]],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ np.log(W.q) - W.q @ np.log(W.p())),
   (T, lambda W: W.q @ np.log(W.q) - W.q @ np.log(W.p()), lambda W: -H(W.q) + W.q @ W.E() + W.logZ())])
D("P06", P, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) &= \sum_x q(x) \log q(x) - \sum_x q(x) \log p_\theta(x)",
                         r"&= -H(q) + \sum_x q(x)\, E_\theta(x) + \sum_x q(x)\, \log Z_{\theta'}"]],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ np.log(W.q) - W.q @ np.log(W.p())),
   (F, lambda W: W.q @ np.log(W.q) - W.q @ np.log(W.p()), lambda W: -H(W.q) + W.q @ W.E() + W.logZ(W.th2))], note="Z at theta'")
D("P07", P, [RB, RBME, [r"p(v) &= \frac{1}{Z} \sum_{h} e^{\sum_i b_i v_i + \sum_j c_j h_j + \sum_{i,j} v_i W_{ij} h_j}",
                       r"&= \frac{1}{Z}\, e^{\sum_i b_i v_i} \prod_j \sum_{h_j \in \{0, 1\}} e^{h_j \left(c_j + \sum_i v_i W_{ij}\right)}",
                       r"&= \frac{1}{Z}\, e^{\sum_i b_i v_i} \prod_j \left(1 + e^{c_j + \sum_i v_i W_{ij}}\right)"]],
  [DEF, (T, lambda W: W.rpv(), lambda W: np.exp(-W.rE()).sum(1) / W.rZ()),
   (T, lambda W: np.exp(-W.rE()).sum(1) / W.rZ(), lambda W: np.exp(W.vs @ W.bv) * np.prod(1 + np.exp(hins2(W)), 0) / W.rZ()),
   (T, lambda W: np.exp(W.vs @ W.bv) * np.prod(1 + np.exp(hins2(W)), 0) / W.rZ(), lambda W: np.exp(W.vs @ W.bv) * np.prod(1 + np.exp(hins2(W)), 0) / W.rZ())],
  units=(0, 1))
D("P08", P, [RB, RBME, [r"p(v) &= \frac{1}{Z} \sum_{h} e^{\sum_i b_i v_i + \sum_j c_j h_j + \sum_{i,j} v_i W_{ij} h_j}",
                       r"&= \frac{1}{Z}\, e^{\sum_i b_i v_i} \prod_j \sum_{h_j \in \{0, 1\}} e^{h_j \left(c_j + \sum_i v_i W_{ij}\right)}",
                       r"&= \frac{1}{Z}\, e^{\sum_i b_i v_i} \prod_j 2\cosh\left(c_j + \sum_i v_i W_{ij}\right)"]],
  [DEF, (T, lambda W: W.rpv(), lambda W: np.exp(-W.rE()).sum(1) / W.rZ()),
   (T, lambda W: np.exp(-W.rE()).sum(1) / W.rZ(), lambda W: np.exp(W.vs @ W.bv) * np.prod(1 + np.exp(hins2(W)), 0) / W.rZ()),
   (F, lambda W: np.exp(W.vs @ W.bv) * np.prod(1 + np.exp(hins2(W)), 0) / W.rZ(), lambda W: np.exp(W.vs @ W.bv) * np.prod(2 * np.cosh(hins2(W)), 0) / W.rZ())],
  units=(0, 1), note="the spin sum written for 0/1 units")


def hins2(W):
    return np.stack([W.hin(j) for j in range(W.nh)])
