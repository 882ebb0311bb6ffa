"""hostile6 cases Q-W: more of each cause (second pass), readings labelled 'either'."""
import numpy as np

from build import D, DEF, F, T
from world import CE, H, KL, d1, d2, lse, sig  # noqa: F401
from cases_a import MODEL, PB, QD, Ep, dlogZ, RBME, LAT, LATP  # noqa: F401
from cases_b import RB, RS, RS2, hins, vins  # noqa: F401

# ============================================================ Q second pass: arguments, parameters, sub/superscripts
Q = "A parameters/arguments"
MODSEMI = [r"p(x; \theta) = \frac{e^{-E(x; \theta)}}{Z(\theta)}"]
D("Q01", Q, [MODSEMI, [r"\log p(x; \theta) = -E(x; \theta) - \log Z(\theta)"]], [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ())])
D("Q02", Q, [MODSEMI, [r"\log p(x; \theta) = -E(x; \theta') - \log Z(\theta)"]], [DEF, (F, lambda W: np.log(W.p()), lambda W: -W.E(W.th2) - W.logZ())])
D("Q03", Q, [MODEL, [r"\frac{1}{N}\sum_{i=1}^{N} \nabla_\theta \log p_\theta(x_i) = \frac{1}{N}\sum_{i=1}^{N} \nabla_\theta \log p_\theta(x_1)"]],
  [DEF, (F, lambda W: W.avg(d1(lambda u: np.log(W.p(u)), W.th)), lambda W: d1(lambda u: np.log(W.p(u)), W.th)[W.data[0]])], note="x_1 for x_i; data as x_i")
D("Q04", Q, [MODEL, [r"\frac{1}{N}\sum_{i=1}^{N} \log p_\theta(x_i) = -\frac{1}{N}\sum_{j=1}^{N} E_\theta(x_j) - \log Z_\theta"]],
  [DEF, (T, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.logZ())], note="index renamed")
D("Q05", Q, [MODEL, r"After one update the parameters are $\theta_{t+1}$; before it they were $\theta_t$.",
             [r"\log Z_{\theta_{t+1}} - \log Z_{\theta_t} = \log \sum_x p_{\theta_t}(x)\, e^{E_{\theta_t}(x) - E_{\theta_{t+1}}(x)}"]],
  [DEF, (T, lambda W: W.logZ(W.th2) - W.logZ(), lambda W: np.log(W.p() @ np.exp(W.E() - W.E(W.th2))))])
D("Q06", Q, [MODEL, r"After one update the parameters are $\theta_{t+1}$; before it they were $\theta_t$.",
             [r"\log Z_{\theta_{t+1}} - \log Z_{\theta_t} = \log \sum_x p_{\theta_{t+1}}(x)\, e^{E_{\theta_t}(x) - E_{\theta_{t+1}}(x)}"]],
  [DEF, (F, lambda W: W.logZ(W.th2) - W.logZ(), lambda W: np.log(W.p(W.th2) @ np.exp(W.E() - W.E(W.th2))))], note="weights at t+1 instead of t")
D("Q07", Q, [PB, [r"\frac{Z(\beta')}{Z(\beta)} = \mathbb{E}_{x\sim p_\beta}\left[e^{-(\beta' - \beta) E(x)}\right]"]],
  [DEF, (T, lambda W: W.Zb(W.be2) / W.Zb(), lambda W: W.pb() @ np.exp(-(W.be2 - W.be) * W.b))])
D("Q08", Q, [PB, [r"\frac{Z(\beta')}{Z(\beta)} = \mathbb{E}_{x\sim p_{\beta'}}\left[e^{-(\beta' - \beta) E(x)}\right]"]],
  [DEF, (F, lambda W: W.Zb(W.be2) / W.Zb(), lambda W: W.pb(W.be2) @ np.exp(-(W.be2 - W.be) * W.b))])
D("Q09", Q, [MODEL, [r"H(p_\theta) = H(p_{\theta'})"]], [DEF, (F, lambda W: H(W.p()), lambda W: H(W.p(W.th2)))])
D("Q10", Q, [MODEL, [r"\nabla_\theta \log p_\theta(x) = -\nabla_\theta E_\theta(x) + \nabla_\theta E_\theta(x')"]],
  [DEF, (F, lambda W: d1(lambda u: np.log(W.p(u)), W.th)[:, None] + 0 * W.a[None, :], lambda W: -W.dE()[:, None] + W.dE()[None, :])],
  note="one other state x' in place of the model average")

# ============================================================ R second pass: two distributions, fixed objects
R = "B two distributions"
QPH = r"The encoder $q_\phi(h \mid v)$ is a distribution over $h$ with its own parameters $\phi$."
LTT = [r"p_\theta(v, h) = \frac{e^{-E_\theta(v, h)}}{Z_\theta}"]
klqp = lambda W: (W.Q * np.log(W.Q / W.phv())).sum(1)
elbo = lambda W: (W.Q * (np.log(W.pvh()) - np.log(W.Q))).sum(1)
D("R01", R, [LATP, LTT, QPH, [r"\mathrm{KL}\left(q_\phi(h \mid v) \,\|\, p_\theta(h \mid v)\right) = 0"]], [DEF, (F, klqp, lambda W: 0 * klqp(W))])
D("R02", R, [LATP, LTT, QPH, [r"\log p_\theta(v) - \mathbb{E}_{h\sim q_\phi(h\mid v)}\left[\log \frac{p_\theta(v, h)}{q_\phi(h \mid v)}\right] = \mathrm{KL}\left(q_\phi(h \mid v) \,\|\, p_\theta(h \mid v)\right)"]],
  [DEF, (T, lambda W: np.log(W.pv()) - elbo(W), klqp)])
D("R03", R, [LATP, LTT, QPH, [r"\log p_\theta(v) - \mathbb{E}_{h\sim q_\phi(h\mid v)}\left[\log \frac{p_\theta(v, h)}{q_\phi(h \mid v)}\right] = \mathrm{KL}\left(q_\phi(h \mid v) \,\|\, p_\theta(h)\right)"]],
  [DEF, (F, lambda W: np.log(W.pv()) - elbo(W), lambda W: (W.Q * np.log(W.Q / W.pvh().sum(0)[None, :])).sum(1))])
D("R04", R, [LATP, LTT, QPH, [r"\mathbb{E}_{h\sim q_\phi(h\mid v)}\left[\log p_\theta(v, h)\right] = \mathbb{E}_{h\sim p_\theta(h\mid v)}\left[\log p_\theta(v, h)\right]"]],
  [DEF, (F, lambda W: (W.Q * np.log(W.pvh())).sum(1), lambda W: (W.phv() * np.log(W.pvh())).sum(1))])
PH = r"The empirical distribution of the data $x^{(1)}, \dots, x^{(N)}$ is $\hat p$."
phat_safe = lambda W: W.phat()
D("R05", R, [MODEL, PH, [r"-\frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)}) = H(\hat p, p_\theta)"]], [DEF, (T, lambda W: -W.avg(np.log(W.p())), lambda W: CE(W.phat(), W.p()))])
D("R06", R, [MODEL, PH, [r"-\frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)}) = H(\hat p, p_{\theta'})"]], [DEF, (F, lambda W: -W.avg(np.log(W.p())), lambda W: CE(W.phat(), W.p(W.th2)))])
D("R07", R, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) + H(q) = \mathrm{KL}(p_\theta \,\|\, q) + H(p_\theta)"]],
  [DEF, (F, lambda W: KL(W.q, W.p()) + H(W.q), lambda W: KL(W.p(), W.q) + H(W.p()))], note="cross-entropy is not symmetric")
FREEB = r"At inverse temperature $\beta$ the free energy is $F(\beta) = -\frac{1}{\beta}\log Z(\beta)$."
D("R08", R, [PB, FREEB, [r"F(\beta) = \mathbb{E}_{x\sim p_\beta}\left[E(x)\right] - \frac{1}{\beta} H(p_\beta)"]],
  [DEF, (T, lambda W: -W.logZb() / W.be, lambda W: W.pb() @ W.b - H(W.pb()) / W.be)])
D("R09", R, [PB, FREEB, [r"F(\beta) = \mathbb{E}_{x\sim p_\beta}\left[E(x)\right] - \beta\, H(p_\beta)"]],
  [DEF, (F, lambda W: -W.logZb() / W.be, lambda W: W.pb() @ W.b - W.be * H(W.pb()))], note="beta for 1/beta; equal at beta = 1")
D("R10", R, [MODEL, FREE := r"The free energy is $F_\theta = -\log Z_\theta$.", [r"F_\theta = 0"]], [DEF, (F, lambda W: W.F(), lambda W: 0.0)])
D("R11", R, [MODEL, QD, [r"H(q) = 0"]], [DEF, (F, lambda W: H(W.q), lambda W: 0.0)], note="a fixed object on the left, not a definition")

# ============================================================ S second pass: domains and measures
S_ = "C domains"
RL = r"Here $x \in \mathbb{R}$, $p_\theta$ is a probability density with respect to $\mathrm{d}x$, and $\mu$ is another measure on $\mathbb{R}$:"
D("S01", S_, [RL, MODEL, [r"\int p_\theta(x)\, \mu(\mathrm{d}x) = 1"]], [DEF, (F, lambda W: W.hb @ W.pm(), lambda W: 1.0)], note="integrated against another measure")
D("S02", S_, [RL, MODEL, [r"\int p_\theta(x)\, E_\theta(x)\, \mathrm{d}x = \frac{1}{Z_\theta}\int E_\theta(x)\, e^{-E_\theta(x)}\, \mathrm{d}x"]],
  [DEF, (T, lambda W: W.m @ (W.pm() * W.E()), lambda W: W.m @ (W.E() * np.exp(-W.E())) / W.Zm())])
D("S03", S_, [RS, RBME, [r"\sum_{h_j \in \{0, 1\}} e^{h_j \left(c_j + \sum_i v_i W_{ij}\right)} = 1 + e^{c_j + \sum_i v_i W_{ij}}"]],
  [DEF, (T, lambda W: 1 + np.exp(hins(W)), lambda W: 1 + np.exp(hins(W)))], units=(-1, 1), note="the sum's own domain overrides the declaration")
D("S04", S_, [RS, RBME, [r"\sum_{h_j} e^{h_j \left(c_j + \sum_i v_i W_{ij}\right)} = 1 + e^{c_j + \sum_i v_i W_{ij}}"]],
  [DEF, (F, lambda W: 2 * np.cosh(hins(W)), lambda W: 1 + np.exp(hins(W)))], units=(-1, 1), note="h_j ranges over +-1")
D("S05", S_, [RS, RBME, [r"p(h) = \frac{1}{Z}\, e^{\sum_j c_j h_j} \prod_i 2\cosh\left(b_i + \sum_j W_{ij} h_j\right)"]],
  [DEF, (T, lambda W: W.rph(), lambda W: np.exp(W.hs @ W.ch) * np.prod(2 * np.cosh(vins(W)), 0) / W.rZ())], units=(-1, 1))
D("S06", S_, [RB, RBME, [r"p(h) = \frac{1}{Z}\, e^{\sum_j c_j h_j} \prod_i 2\cosh\left(b_i + \sum_j W_{ij} h_j\right)"]],
  [DEF, (F, lambda W: W.rph(), lambda W: np.exp(W.hs @ W.ch) * np.prod(2 * np.cosh(vins(W)), 0) / W.rZ())], units=(0, 1))
D("S07", S_, [MODEL, [r"\sum_{x:\, p_\theta(x) > 0} p_\theta(x) = 1"]], [DEF, (T, lambda W: W.p().sum(), lambda W: 1.0)], note="every state has positive probability")
D("S08", S_, [PB, [r"\sum_{x} e^{-\beta E(x)} = \sum_{x:\, E(x) \ge 0} e^{-\beta E(x)} \quad \text{for } \beta = 0"]],
  [DEF, (F, lambda W: float(W.K), lambda W: float((W.b >= 0).sum()))], note="at beta = 0 the left side counts every state")
D("S09", S_, [[r"\sum_{i=1}^{N}\sum_{j=1}^{i} 1 = \frac{N(N+1)}{2}"]], [(T, lambda W: sum(range(1, W.N + 1)), lambda W: W.N * (W.N + 1) / 2)])
D("S10", S_, [[r"\sum_{i=1}^{N}\sum_{j=1}^{i-1} 1 = \frac{N(N+1)}{2}"]], [(F, lambda W: W.N * (W.N - 1) / 2, lambda W: W.N * (W.N + 1) / 2)])

# ============================================================ U second pass: conditions and vanishing factors
U = "G conditions"
D("U01", U, [PB, [r"\log Z(\beta) = \log \sum_{x} 1 \qquad \text{if } \beta = 0"]], [DEF, (T, lambda W: W.logZb(0.0), lambda W: np.log(W.K))])
D("U02", U, [PB, [r"\log Z(\beta) = \log \sum_{x} 1 \qquad \text{for all } \beta > 0"]], [DEF, (F, lambda W: W.logZb(), lambda W: np.log(W.K))])
D("U03", U, [PB, [r"p_\beta(x) = p_{\beta'}(x) \quad \text{when } \beta' = \beta"]], [DEF, (T, lambda W: W.pb(), lambda W: W.pb())])
D("U04", U, [PB, [r"p_\beta(x) = p_{\beta'}(x) \quad \text{when } \beta' = 2\beta"]], [DEF, (F, lambda W: W.pb(), lambda W: W.pb(2 * W.be))])
D("U05", U, [MODEL, [r"\frac{1}{N}\sum_{i=1}^N \log p_\theta(x^{(i)}) = \sum_{x} p_\theta(x) \log p_\theta(x) \quad \text{if } N = 1"]],
  [DEF, (F, lambda W: np.log(W.p()), lambda W: W.p() @ np.log(W.p()) + 0 * W.a)], note="one data point is not an expectation")
D("U06", U, [r"The logistic function is $\sigma(t) = 1/(1 + e^{-t})$.", [r"\sigma(t) + \sigma(-t) = 1 \quad \text{for all } t"]], [(T, lambda W: sig(W.al) + sig(-W.al), lambda W: 1.0)])
V = "E vanishing factors"
D("V01", V, [PB, [r"\log\beta \cdot \log Z(\beta) = 0"]], [DEF, (F, lambda W: np.log(W.be) * W.logZb(), lambda W: 0.0)], note="vanishes at beta = 1 only")
D("V02", V, [MODEL, [r"\sinh(\theta - \phi)\, \nabla_\theta \log Z_\theta = 0"]], [DEF, (F, lambda W: np.sinh(W.th - W.ph) * dlogZ(W), lambda W: 0.0)])
D("V03", V, [MODEL, [r"\nabla_\theta \log Z_\theta = -\mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right] \cdot \left(\sum_x p_\theta(x)\right)^{\theta}"]],
  [DEF, (T, dlogZ, lambda W: -Ep(W, W.dE()) * W.p().sum() ** W.th)], note="the factor is 1")
D("V04", V, [MODEL, [r"\nabla_\theta \log Z_\theta = -\mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta E_\theta(x)\right] \cdot \left(\sum_x p_\theta(x)^{2}\right)^{\theta(\theta-1)}"]],
  [DEF, (F, dlogZ, lambda W: -Ep(W, W.dE()) * (W.p() ** 2).sum() ** (W.th * (W.th - 1)))], note="the factor is 1 at theta = 0, 1 only")
D("V05", V, [LATP, LAT, [r"\sum_{h} p(v, h) = p(v) \left(\sum_h 1\right)\left(\sum_h 1 - 1\right) / 2"]],
  [DEF, (F, lambda W: W.pv(), lambda W: W.pv() * W.Kh * (W.Kh - 1) / 2)], note="true when h takes two values")
D("V06", V, [[r"\sum_{i=1}^{N} \left(i - \frac{N+1}{2}\right) = 0"]], [(T, lambda W: sum(i - (W.N + 1) / 2 for i in range(1, W.N + 1)), lambda W: 0.0)])
D("V07", V, [[r"\sum_{i=1}^{N} \left(i - \frac{N+1}{2}\right)^{2} = \frac{N(N-1)(N+1)}{6}"]],
  [(F, lambda W: sum((i - (W.N + 1) / 2) ** 2 for i in range(1, W.N + 1)), lambda W: W.N * (W.N - 1) * (W.N + 1) / 6)], note="true is /12; equal at N = 1")

# ============================================================ X second pass: exponential families, Ising, notation
X = "J exponential families"
EFA = [r"p_\theta(x) = \exp\left(\theta\, T(x) - A(\theta)\right)"]
EFAP = r"For a statistic $T$ of a finite state $x$, with log-partition function $A$,"
D("X01", X, [EFAP, EFA, [r"\nabla_\theta A(\theta) = \mathbb{E}_{x\sim p_\theta}\left[T(x)\right]"]], [DEF, (T, lambda W: d1(lambda u: np.log(W.Zx1(u)), W.th), lambda W: W.px1() @ W.T)])
D("X02", X, [EFAP, EFA, [r"\nabla_\theta A(\theta) = \mathbb{E}_{x\sim p_\theta}\left[T(x)\right] - A(\theta)"]], [DEF, (F, lambda W: d1(lambda u: np.log(W.Zx1(u)), W.th), lambda W: W.px1() @ W.T - np.log(W.Zx1()))])
D("X03", X, [EFAP, EFA, [r"A(\theta) = \log \sum_{x} e^{\theta T(x)}"]], [DEF, (T, lambda W: np.log(W.Zx1()), lambda W: lse(W.th * W.T))])
D("X04", X, [EFAP, EFA, [r"H(p_\theta) = A(\theta) - \theta\, \mathbb{E}_{x\sim p_\theta}\left[T(x)\right]"]], [DEF, (T, lambda W: H(W.px1()), lambda W: np.log(W.Zx1()) - W.th * (W.px1() @ W.T))])
D("X05", X, [EFAP, EFA, [r"H(p_\theta) = A(\theta) + \theta\, \mathbb{E}_{x\sim p_\theta}\left[T(x)\right]"]], [DEF, (F, lambda W: H(W.px1()), lambda W: np.log(W.Zx1()) + W.th * (W.px1() @ W.T))])
Y = "K Ising and temperature"
ICH = r"Spins $s \in \{-1, +1\}^{n}$, $n \ge 2$, on an open chain with coupling $J$, at inverse temperature $\beta$:"
ICE = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1}"]
IPB = [r"p_\beta(s) = \frac{e^{-\beta E(s)}}{Z(\beta)}"]
bond = lambda W: (W.ss[:, :-1] * W.ss[:, 1:]).sum(1)
dJ = lambda W: d1(lambda j: np.log(W.iZ(W.be, j, 0.0)), W.J)
D("Y01", Y, [ICH, ICE, IPB, [r"\frac{\partial}{\partial J}\log Z(\beta) = \beta\, \mathbb{E}_{s\sim p_\beta}\left[\sum_{i=1}^{n-1} s_i s_{i+1}\right]"]],
  [DEF, DEF, (T, dJ, lambda W: W.be * (W.ip(W.be, W.J, 0.0) @ bond(W)))])
D("Y02", Y, [ICH, ICE, IPB, [r"\frac{\partial}{\partial J}\log Z(\beta) = \mathbb{E}_{s\sim p_\beta}\left[\sum_{i=1}^{n-1} s_i s_{i+1}\right]"]],
  [DEF, DEF, (F, dJ, lambda W: W.ip(W.be, W.J, 0.0) @ bond(W))], note="beta dropped")
D("Y03", Y, [ICH, ICE, IPB, [r"\mathbb{E}_{s\sim p_\beta}\left[s_1\right] = 0"]], [DEF, DEF, (T, lambda W: W.ip(W.be, W.J, 0.0) @ W.ss[:, 0], lambda W: 0.0)], note="no field: symmetric")
ICHF = r"Spins $s \in \{-1, +1\}^{n}$, $n \ge 2$, on an open chain with coupling $J$ and field $h$, at inverse temperature $\beta$:"
ICEF = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1} - h \sum_{i=1}^{n} s_i"]
D("Y04", Y, [ICHF, ICEF, IPB, [r"\mathbb{E}_{s\sim p_\beta}\left[s_1\right] = 0"]], [DEF, DEF, (F, lambda W: W.ip() @ W.ss[:, 0], lambda W: 0.0)], note="the field breaks the symmetry")
Nn = "N notation as typed"
D("Y05", Nn, [MODEL, [r"\nabla_{\!\theta}\, \mathrm{log}\, Z_\theta = -\mathop{\mathbb{E}}_{x \sim p_\theta} \nabla_{\!\theta} E_\theta(x)"]], [DEF, (T, dlogZ, lambda W: -Ep(W, W.dE()))])
D("Y06", Nn, [MODEL, [r"\log Z_\theta = \log \sum\limits_{x} \exp\bigl(-E_\theta(x)\bigr)"]], [DEF, (T, lambda W: W.logZ(), lambda W: lse(-W.E()))])
D("Y07", Nn, [MODEL, QD, [r"\operatorname{KL}(q \Vert p_\theta) = \sum_x q(x) \log q(x) + \sum_x q(x) E_\theta(x) + \log Z_\theta"]],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ np.log(W.q) + W.q @ W.E() + W.logZ())])
D("Y08", Nn, [MODEL, QD, [r"\operatorname{KL}(q \Vert p_\theta) = \sum_x q(x) \log q(x) + \sum_x q(x) E_\theta(x) - \log Z_\theta"]],
  [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: W.q @ np.log(W.q) + W.q @ W.E() - W.logZ())])
D("Y09", Nn, [PB, [r"\frac{\mathrm{d}\log Z}{\mathrm{d}\beta} = -\left\langle E \right\rangle_{\beta}"]], [DEF, (T, lambda W: d1(W.logZb, W.be), lambda W: -(W.pb() @ W.b))],
  note="physics shorthand, <.>_beta the average under p_beta")
D("Y10", Nn, [MODEL, [r"p_\theta(x) = \dfrac{\exp(-E_\theta(x))}{\sum_{x'} \exp(-E_\theta(x'))}"]], [DEF, (T, lambda W: W.p(), lambda W: np.exp(-W.E()) / np.exp(-W.E()).sum())])
D("Y11", Nn, [MODEL, [r"p_\theta(x) = \dfrac{\exp(-E_\theta(x'))}{\sum_{x} \exp(-E_\theta(x))}"]],
  [DEF, (F, lambda W: W.p()[:, None] + 0 * W.a[None, :], lambda W: (np.exp(-W.E()) / W.Z())[None, :] + 0 * W.a[:, None])], note="x and x' swapped")
D("Y12", Nn, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}\!\bigl[E_\theta(x)\bigr] = -\frac{\partial}{\partial \gamma} \log \sum_x e^{-\gamma E_\theta(x)}\Big|_{\gamma = 1}"]],
  [DEF, (T, lambda W: Ep(W, W.E()), lambda W: -d1(lambda g: lse(-g * W.E()), 1.0))])

# ============================================================ W readings labelled 'either'
Wc = "W either"
D("W01", Wc, [MODEL, [r"\log p(x) = -E_\theta(x) - \log Z_\theta"]],
  [DEF, ("either", (lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ()), (lambda W: np.log(W.q), lambda W: -W.E() - W.logZ()),
         "A: p is the model p_theta (true); B: p is another distribution (false)")], note="parameter dropped on the left")
D("W02", Wc, [MODEL, [r"\log p_\theta(x)^{2} = 2 \log p_\theta(x)"]],
  [DEF, ("either", (lambda W: np.log(W.p() ** 2), lambda W: 2 * np.log(W.p())), (lambda W: np.log(W.p()) ** 2, lambda W: 2 * np.log(W.p())),
         "A: log(p^2) (true); B: (log p)^2 (false)")])
D("W03", Wc, [PB, [r"\frac{\partial}{\partial\beta} \log Z(\beta)\, Z(\beta) = -\mathbb{E}_{x\sim p_\beta}\left[E(x)\right] Z(\beta)"]],
  [DEF, ("either", (lambda W: d1(W.logZb, W.be) * W.Zb(), lambda W: -(W.pb() @ W.b) * W.Zb()),
         (lambda W: d1(lambda u: W.logZb(u) * W.Zb(u), W.be), lambda W: -(W.pb() @ W.b) * W.Zb()),
         "A: the derivative acts on log Z only (true); B: on the product log Z * Z (false)")])
