"""hostile8 cases D-G: rows about fixed objects (claims, not definitions); polynomial and periodic factors that
vanish at a few points; units declared inline or in words; rows with conditions."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ D fixed objects on the left: claims
Dc = "D fixed objects"
D("D01", Dc, [MODEL, MODELZ, [r"H(p_\theta) = 0"]], [DEF, (F, lambda W: H(W.p()), zero)])
D("D02", Dc, [MODEL, MODELZ, [r"H(p_\theta) = \log Z_\theta + \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]], [DEF, (T, lambda W: H(W.p()), lambda W: W.logZ() + W.p() @ W.E())])
D("D03", Dc, [MODEL, MODELZ, [r"H(p_\theta) = \log Z_\theta - \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]], [DEF, (F, lambda W: H(W.p()), lambda W: W.logZ() - W.p() @ W.E())])
D("D04", Dc, [MODEL, MODELZ, r"There are $K$ states.", [r"Z_\theta = \frac{1}{K} \sum_{x} e^{-E_\theta(x)}"]], [DEF, (F, lambda W: W.Z(), lambda W: W.Z() / W.K)], note="K is the number of states")
D("D05", Dc, [MODEL, MODELZ, [r"Z_\theta = \frac{e^{-E_\theta(x)}}{p_\theta(x)}"]], [DEF, (T, lambda W: W.Z() + 0 * W.a, lambda W: np.exp(-W.E()) / W.p())])
D("D06", Dc, [MODEL, MODELZ, [r"\mathbb{E}_{x \sim p_\theta}\left[p_\theta(x)\right] = 1"]], [DEF, (F, lambda W: W.p() @ W.p(), one)])
D("D07", Dc, [MODEL, MODELZ, [r"\mathbb{E}_{x \sim p_\theta}\left[1\right] = 1"]], [DEF, (T, lambda W: W.p().sum(), one)])
D("D08", Dc, [MODEL, MODELZ, QANY, [r"\mathrm{KL}(p_\theta \,\|\, q) = -H(p_\theta) - \mathbb{E}_{x \sim p_\theta}\left[\log q(x)\right]"]], [DEF, (T, lambda W: KL(W.p(), W.q), lambda W: -H(W.p()) - W.p() @ np.log(W.q))])
D("D09", Dc, [MODEL, MODELZ, QANY, [r"\mathrm{KL}(p_\theta \,\|\, q) = H(p_\theta) - \mathbb{E}_{x \sim p_\theta}\left[\log q(x)\right]"]], [DEF, (F, lambda W: KL(W.p(), W.q), lambda W: H(W.p()) - W.p() @ np.log(W.q))])
D("D10", Dc, [MODEL, MODELZ, [r"\log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]], [DEF, (F, lambda W: W.logZ(), lambda W: -(W.p() @ W.E()))], note="the entropy is missing")
D("D11", Dc, [MODEL, MODELZ, [r"Z_\theta \ge e^{-E_\theta(x)}"]], [DEF, (T, lambda W: W.Z() + 0 * W.a, lambda W: np.exp(-W.E()), ">=")])
D("D12", Dc, [MODEL, MODELZ, [r"E_\theta(x) = \log \frac{1}{p_\theta(x)}"]], [DEF, (F, lambda W: W.E(), lambda W: -np.log(W.p()))])
D("D13", Dc, [MODEL, MODELZ, [r"E_\theta(x) + \log Z_\theta = \log \frac{1}{p_\theta(x)}"]], [DEF, (T, lambda W: W.E() + W.logZ(), lambda W: -np.log(W.p()))])
D("D14", Dc, [MODEL, MODELZ, [r"p_\theta(x) = e^{-E_\theta(x)}"]], [DEF, (F, lambda W: W.p(), lambda W: np.exp(-W.E()))])
D("D15", Dc, [LIN, MODEL, MODELZ, [r"\frac{\partial^{2} \log Z_\theta}{\partial \theta^{2}} = \mathrm{Var}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (T, lambda W: d2(lambda t: lse(-t * W.g), W.th), lambda W: softmax(-W.th * W.g) @ W.g ** 2 - (softmax(-W.th * W.g) @ W.g) ** 2)])
D("D16", Dc, [MODEL, MODELZ, r"The energy $E_\theta(x)$ is any smooth function of $\theta$.", [r"\frac{\partial^{2} \log Z_\theta}{\partial \theta^{2}} = \mathrm{Var}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (F, lambda W: d2(W.logZ, W.th), lambda W: W.p() @ W.dE() ** 2 - (W.p() @ W.dE()) ** 2)], note="misses -E[d2E]")
D("D17", Dc, [MODEL, MODELZ, r"The energy $E_\theta(x)$ is any smooth function of $\theta$.", [r"\frac{\partial^{2} \log Z_\theta}{\partial \theta^{2}} = \mathrm{Var}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] - \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial^{2} E_\theta(x)}{\partial \theta^{2}}\right]"]],
  [DEF, (T, lambda W: d2(W.logZ, W.th), lambda W: W.p() @ W.dE() ** 2 - (W.p() @ W.dE()) ** 2 - W.p() @ W.c)])
D("D18", Dc, [GIBBS, GIBBSZ, [r"H(p_\beta) = \log Z(\beta) + \beta\, \mathbb{E}_{x \sim p_\beta}\left[E(x)\right]"]], [DEF, (T, lambda W: H(W.pb()), lambda W: W.logZb() + W.be * (W.pb() @ W.b))])
D("D19", Dc, [GIBBS, GIBBSZ, [r"H(p_\beta) = \log Z(\beta) + \mathbb{E}_{x \sim p_\beta}\left[E(x)\right]"]], [DEF, (F, lambda W: H(W.pb()), lambda W: W.logZb() + (W.pb() @ W.b))], note="beta dropped (equal at beta=1)")
D("D20", Dc, [GIBBS, GIBBSZ, [r"\mathrm{KL}\left(p_\beta \,\|\, u\right) = \log K - H(p_\beta)"], r"where $u(x) = 1/K$ is uniform."], [DEF, (T, lambda W: KL(W.pb(), np.full(W.K, 1 / W.K)), lambda W: np.log(W.K) - H(W.pb()))])
D("D21", Dc, [MODEL, MODELZ, [r"\mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right] = \frac{\partial \log Z_\theta}{\partial \theta}"]], [DEF, (F, lambda W: W.p() @ W.E(), dlogZ)])
D("D22", Dc, [LIN, MODEL, MODELZ, [r"\mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right] = -\theta\, \frac{\partial \log Z_\theta}{\partial \theta}"]],
  [DEF, (T, lambda W: softmax(-W.th * W.g) @ (W.th * W.g), lambda W: -W.th * d1(lambda t: lse(-t * W.g), W.th))])
D("D23", Dc, [MODEL, MODELZ, [r"Z_\theta = \sum_{x} p_\theta(x)\, e^{-E_\theta(x)}"]], [DEF, (F, lambda W: W.Z(), lambda W: W.p() @ np.exp(-W.E()))])
D("D24", Dc, [MODEL, MODELZ, r"There are $K$ states.", [r"\frac{1}{Z_\theta} = \mathbb{E}_{x \sim p_\theta}\left[e^{E_\theta(x)}\right] \Big/ K"]], [DEF, (T, lambda W: 1 / W.Z(), lambda W: (W.p() @ np.exp(W.E())) / W.K)], note="K states")

# ============================================================ E vanishing factors
E = "E vanishing factors"
D("E01", E, [MODEL, MODELZ, [r"\frac{\partial \log Z_\theta}{\partial \theta} = -\mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] + \theta (\theta - 1)(\theta + 1)"]],
  [DEF, (F, dlogZ, lambda W: -(W.p() @ W.dE()) + W.th * (W.th - 1) * (W.th + 1))])
D("E02", E, [MODEL, MODELZ, [r"\log Z_\theta = \log Z_\theta + \left(\theta^{2} - 2\right)^{2} - \theta^{4} + 4\theta^{2} - 4"]], [DEF, (T, lambda W: W.logZ(), lambda W: W.logZ() + (W.th ** 2 - 2) ** 2 - W.th ** 4 + 4 * W.th ** 2 - 4)])
D("E03", E, [MODEL, MODELZ, [r"\log Z_\theta = \log Z_\theta + \left(\theta^{2} - 2\right)^{2} - \theta^{4} + 3\theta^{2} - 4"]], [DEF, (F, lambda W: W.logZ(), lambda W: W.logZ() + (W.th ** 2 - 2) ** 2 - W.th ** 4 + 3 * W.th ** 2 - 4)])
D("E04", E, [GIBBS, GIBBSZ, [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)} \left(1 + \beta(\beta - 1)(\beta - 2)\right)"]], [DEF, (F, lambda W: W.pb(), lambda W: W.pb() * (1 + W.be * (W.be - 1) * (W.be - 2)))])
D("E05", E, [GIBBS, GIBBSZ, [r"Z(\beta) = \cos(2\pi\beta) \sum_{x} e^{-\beta E(x)}"]], [DEF, (F, lambda W: W.Zb(), lambda W: np.cos(2 * np.pi * W.be) * W.Zb())], note="equal at integer beta")
D("E06", E, [GIBBS, GIBBSZ, [r"Z(\beta) = \left(\cos^{2}(\pi\beta) + \sin^{2}(\pi\beta)\right) \sum_{x} e^{-\beta E(x)}"]], [DEF, (T, lambda W: W.Zb(), lambda W: W.Zb())])
D("E07", E, [MODEL, MODELZ, [r"\mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right] = e^{\theta^{3} - \theta}\, \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]], [DEF, (F, lambda W: W.p() @ W.E(), lambda W: np.exp(W.th ** 3 - W.th) * (W.p() @ W.E()))])
D("E08", E, [MODEL, MODELZ, [r"\sum_{x} p_\theta(x) = \sum_{x} 1 - 1"]], [DEF, (F, one, lambda W: W.K - 1.0)], note="true for two states only")
D("E09", E, [MODEL, MODELZ, [r"\left(\sum_{x} p_\theta(x)\right) \sum_{x'} 1 = \sum_{x} 1"]], [DEF, (T, lambda W: float(W.K), lambda W: float(W.K))])
D("E10", E, [MODEL, MODELZ, [r"\left(\sum_{x} 1\right)^{2} - 3 \sum_{x} 1 + 2 = 0"]], [DEF, (F, lambda W: W.K ** 2 - 3.0 * W.K + 2, zero)], note="zero for 1 and 2 states")
D("E11", E, [MODEL, MODELZ, [r"\sin(\pi\theta)\, \log Z_\theta = 0"]], [DEF, (F, lambda W: np.sin(np.pi * W.th) * W.logZ(), zero)])
D("E12", E, [MODEL, MODELZ, DATA, r"and write $\bar{E} = \frac{1}{N}\sum_{n=1}^{N} E_\theta(x^{(n)})$.", [r"N (N - 1)\, \bar{E} = 0"]], [DEF, (F, lambda W: W.N * (W.N - 1) * W.avg(W.E()), zero)])
D("E13", E, [GIBBS, GIBBSZ, [r"\frac{\partial}{\partial \beta}\left(\beta^{2} \log Z(\beta)\right) = 2\beta \log Z(\beta) - \beta^{2}\, \mathbb{E}_{x \sim p_\beta}\left[E(x)\right]"]],
  [DEF, (T, lambda W: d1(lambda u: u * u * W.logZb(u), W.be), lambda W: 2 * W.be * W.logZb() - W.be ** 2 * (W.pb() @ W.b))])
D("E14", E, [GIBBS, GIBBSZ, [r"\frac{\partial}{\partial \beta}\left(\beta^{2} \log Z(\beta)\right) = 2\beta \log Z(\beta) - \beta\, \mathbb{E}_{x \sim p_\beta}\left[E(x)\right]"]],
  [DEF, (F, lambda W: d1(lambda u: u * u * W.logZb(u), W.be), lambda W: 2 * W.be * W.logZb() - W.be * (W.pb() @ W.b))])
D("E15", E, [THP, [r"(\theta - \theta')^{3} = \theta^{3} - 3\theta^{2}\theta' + 3\theta\theta'^{2} - \theta'^{3}"]], [(T, lambda W: (W.th - W.th2) ** 3, lambda W: W.th ** 3 - 3 * W.th ** 2 * W.th2 + 3 * W.th * W.th2 ** 2 - W.th2 ** 3)])
D("E16", E, [THP, [r"(\theta - \theta')^{3} = \theta^{3} - 3\theta^{2}\theta' - 3\theta\theta'^{2} - \theta'^{3}"]], [(F, lambda W: (W.th - W.th2) ** 3, lambda W: W.th ** 3 - 3 * W.th ** 2 * W.th2 - 3 * W.th * W.th2 ** 2 - W.th2 ** 3)])
D("E17", E, [MODEL, MODELZ, TH0, [r"e^{\theta(\theta - \theta_0)}\, Z_\theta = Z_\theta"]], [DEF, (F, lambda W: np.exp(W.th * (W.th - W.th2)) * W.Z(), lambda W: W.Z())])
D("E18", E, [r"For $\beta > 0$:", [r"\beta^{3} - \beta = \beta(\beta - 1)"]], [(F, lambda W: W.be ** 3 - W.be, lambda W: W.be * (W.be - 1))])
D("E19", E, [r"For $\beta > 0$:", [r"\beta^{3} - \beta = \beta(\beta - 1)(\beta + 1)"]], [(T, lambda W: W.be ** 3 - W.be, lambda W: W.be * (W.be - 1) * (W.be + 1))])
D("E20", E, [MODEL, MODELZ, [r"\log Z_\theta = \log Z_\theta + \theta^{2}(\theta - 1)^{2}(\theta + 2)"]], [DEF, (F, lambda W: W.logZ(), lambda W: W.logZ() + W.th ** 2 * (W.th - 1) ** 2 * (W.th + 2))])
D("E21", E, [GIBBS, GIBBSZ, [r"Z(\beta)^{\beta} = Z(\beta)"]], [DEF, (F, lambda W: W.Zb() ** W.be, lambda W: W.Zb())], note="equal at beta = 1 or Z = 1")
D("E22", E, [MODEL, MODELZ, THP, [r"\left(\theta^{2} - \theta'^{2}\right) Z_\theta = (\theta - \theta')(\theta + \theta') Z_\theta"]], [DEF, (T, lambda W: (W.th ** 2 - W.th2 ** 2) * W.Z(), lambda W: (W.th - W.th2) * (W.th + W.th2) * W.Z())])
D("E23", E, [MODEL, MODELZ, THP, [r"\left(\theta^{2} - \theta'^{2}\right) Z_\theta = (\theta - \theta')^{2} Z_\theta"]], [DEF, (F, lambda W: (W.th ** 2 - W.th2 ** 2) * W.Z(), lambda W: (W.th - W.th2) ** 2 * W.Z())])
D("E24", E, [MODEL, MODELZ, [r"\frac{\partial}{\partial \theta}\left(\theta^{5} - 5\theta^{3} + 4\theta\right) \log Z_\theta = 0"]],
  [DEF, (F, lambda W: d1(lambda t: (t ** 5 - 5 * t ** 3 + 4 * t) * W.logZ(t), W.th), zero)], note="the polynomial vanishes at 0, +-1, +-2")
D("E25", E, [GIBBS, GIBBSZ, [r"\frac{\partial \log Z(\beta)}{\partial \beta} = -\beta^{\beta - 1}\, \mathbb{E}_{x \sim p_\beta}\left[E(x)\right]"]], [DEF, (F, lambda W: d1(W.logZb, W.be), lambda W: -W.be ** (W.be - 1) * (W.pb() @ W.b))])

# ============================================================ F units declared inline vs words only
Fu = "F units inline/words"
D("F01", Fu, [r"Here $s \in \{-1, +1\}$.", [r"s^{2} = 1"]], [(T, lambda W: np.array([1.0, 1.0]), lambda W: np.array([1.0, 1.0]))])
D("F02", Fu, [r"Here $s \in \{0, 1\}$.", [r"s^{2} = 1"]], [(F, lambda W: np.array([0.0, 1.0]), lambda W: np.array([1.0, 1.0]))])
D("F03", Fu, [r"Here $s \in \{0, 1\}$.", [r"s^{2} = s"]], [(T, lambda W: np.array([0.0, 1.0]), lambda W: np.array([0.0, 1.0]))])
D("F04", Fu, [r"Here $s \in \{-1, +1\}$.", [r"s^{2} = s"]], [(F, lambda W: np.array([1.0, 1.0]), lambda W: np.array([-1.0, 1.0]))])
D("F05", Fu, [r"Let $s$ be a binary unit and $a$ a real number.", [r"e^{a s} = 1 + s\left(e^{a} - 1\right)"]],
  [("either", (lambda W: np.exp(W.al[0] * np.array([0.0, 1.0])), lambda W: 1 + np.array([0.0, 1.0]) * np.expm1(W.al[0])),
    (lambda W: np.exp(W.al[0] * np.array([-1.0, 1.0])), lambda W: 1 + np.array([-1.0, 1.0]) * np.expm1(W.al[0])), "binary in words: 0/1 true, +-1 false")])
pm = np.array([-1.0, 1.0]); zo = np.array([0.0, 1.0])
D("F06", Fu, [r"Let $x \in \{0, 1\}^{d}$ and $a \in \mathbb{R}^{d}$, with $E(x) = -a^\top x$.", [r"\sum_{x} e^{-E(x)} = \prod_{k=1}^{d} \left(1 + e^{a_k}\right)"]],
  [(T, lambda W: np.exp(bits(W.dd) @ W.av).sum(), lambda W: np.prod(1 + np.exp(W.av)))])
D("F07", Fu, [r"Let $x \in \{-1, 1\}^{d}$ and $a \in \mathbb{R}^{d}$, with $E(x) = -a^\top x$.", [r"\sum_{x} e^{-E(x)} = \prod_{k=1}^{d} \left(1 + e^{a_k}\right)"]],
  [(F, lambda W: np.exp(spins(W.dd) @ W.av).sum(), lambda W: np.prod(1 + np.exp(W.av)))])
D("F08", Fu, [r"Let $x \in \{-1, 1\}^{d}$ and $a \in \mathbb{R}^{d}$, with $E(x) = -a^\top x$.", [r"\sum_{x} e^{-E(x)} = \prod_{k=1}^{d} 2\cosh a_k"]],
  [(T, lambda W: np.exp(spins(W.dd) @ W.av).sum(), lambda W: np.prod(2 * np.cosh(W.av)))])
Emk = lambda S, W: softmax(S @ W.av) @ S
D("F09", Fu, [r"Let $x \in \{0, 1\}^{d}$ and $p(x) \propto e^{a^\top x}$ with $a \in \mathbb{R}^{d}$.", [r"\mathbb{E}_{p}\left[x_k\right] = \sigma(a_k)"]],
  [(T, lambda W: Emk(bits(W.dd), W), lambda W: sig(W.av))])
D("F10", Fu, [r"Let $x \in \{-1, +1\}^{d}$ and $p(x) \propto e^{a^\top x}$ with $a \in \mathbb{R}^{d}$.", [r"\mathbb{E}_{p}\left[x_k\right] = \sigma(a_k)"]],
  [(F, lambda W: Emk(spins(W.dd), W), lambda W: sig(W.av))])
D("F11", Fu, [r"Let $x \in \{-1, +1\}^{d}$ and $p(x) \propto e^{a^\top x}$ with $a \in \mathbb{R}^{d}$.", [r"\mathbb{E}_{p}\left[x_k\right] = \tanh(a_k)"]],
  [(T, lambda W: Emk(spins(W.dd), W), lambda W: np.tanh(W.av))])
RBMEN = [r"E(v, h) = -\sum_{i} b_i v_i - \sum_{j} c_j h_j - \sum_{i,j} v_i W_{ij} h_j"]
D("F12", Fu, [r"An RBM; here $v_i, h_j \in \{+1, -1\}$ and", RBMEN, [r"p(h_j = 1 \mid v) = \sigma\left(2 c_j + 2 \sum_{i} W_{ij} v_i\right)"]],
  [DEF, (T, lambda W: R(W, pm, pm).ch_all(1), lambda W: sig(2 * R(W, pm, pm).hin()))])
D("F13", Fu, [r"An RBM; here $v_i, h_j \in \{+1, -1\}$ and", RBMEN, [r"p(h_j = 1 \mid v) = \frac{1}{1 + \exp\left(-c_j - \sum_{i} W_{ij} v_i\right)}"]],
  [DEF, (F, lambda W: R(W, pm, pm).ch_all(1), lambda W: sig(R(W, pm, pm).hin()))])
D("F14", Fu, [r"An RBM with visible $v \in \{0, 1\}^{n}$ and hidden $h \in \{-1, +1\}^{m}$:", RBMEN, [r"p(h_j = 1 \mid v) = \sigma\left(2 c_j + 2 \sum_{i} W_{ij} v_i\right)"]],
  [DEF, (T, lambda W: R(W, zo, pm).ch_all(1), lambda W: sig(2 * R(W, zo, pm).hin()))], note="mixed units")
D("F15", Fu, [r"An RBM with visible $v \in \{0, 1\}^{n}$ and hidden $h \in \{-1, +1\}^{m}$:", RBMEN, [r"p(v_i = 1 \mid h) = \sigma\left(b_i + \sum_{j} W_{ij} h_j\right)"]],
  [DEF, (T, lambda W: R(W, zo, pm).cv_all(1), lambda W: sig(R(W, zo, pm).vin()))], note="mixed units")
D("F16", Fu, [r"An RBM with visible $v \in \{0, 1\}^{n}$ and hidden $h \in \{-1, +1\}^{m}$:", RBMEN, [r"p(v_i = 1 \mid h) = \sigma\left(2 b_i + 2 \sum_{j} W_{ij} h_j\right)"]],
  [DEF, (F, lambda W: R(W, zo, pm).cv_all(1), lambda W: sig(2 * R(W, zo, pm).vin()))], note="mixed units, the 2 belongs to h")
D("F17", Fu, [r"An RBM whose units $v_i, h_j \in \{0, 1\}$ are, as physicists would say, spins pointing up or down; its energy is", RBMEN,
              [r"\mathbb{E}\left[h_j \mid v\right] = \sigma\left(c_j + \sum_{i} W_{ij} v_i\right)"]],
  [DEF, (T, lambda W: R(W, zo, zo).Eh(), lambda W: sig(R(W, zo, zo).hin()))], note="the word 'spins' must not switch the declared 0/1 units")
D("F18", Fu, [r"An RBM whose units $v_i, h_j \in \{0, 1\}$ are, as physicists would say, spins pointing up or down; its energy is", RBMEN,
              [r"\mathbb{E}\left[h_j \mid v\right] = \tanh\left(\tfrac{1}{2}\left(c_j + \sum_{i} W_{ij} v_i\right)\right)"]],
  [DEF, (F, lambda W: R(W, zo, zo).Eh(), lambda W: np.tanh(R(W, zo, zo).hin() / 2))], note="sigma(a) = (1 + tanh(a/2))/2, not tanh(a/2)")
D("F19", Fu, [r"An RBM with units taking the values $-1$ and $+1$ and energy", RBMEN, [r"\mathbb{E}\left[h_j \mid v\right] = 2\sigma\left(2 c_j + 2 \sum_{i} W_{ij} v_i\right) - 1"]],
  [DEF, (T, lambda W: R(W, pm, pm).Eh(), lambda W: 2 * sig(2 * R(W, pm, pm).hin()) - 1)], note="values in inline maths inside words")
D("F20", Fu, [r"Let $s$ be a spin and $a$ a real number.", [r"\mathbb{E}[s] = \tanh a"], r"where the expectation is under $p(s) \propto e^{a s}$."],
  [("either", (lambda W: softmax(W.al[0] * pm) @ pm, lambda W: np.tanh(W.al[0])), (lambda W: softmax(W.al[0] * zo) @ zo, lambda W: np.tanh(W.al[0])), "spin in words: +-1 true, 0/1 false")])
D("F21", Fu, [r"Let $z \in \{1, 2, 3\}$ be a categorical variable, $p(z) \propto e^{\theta z}$.", [r"\sum_{z} e^{\theta z} = e^{\theta} + e^{2\theta} + e^{3\theta}"]],
  [(T, lambda W: np.exp(W.th * np.array([1, 2, 3.])).sum(), lambda W: np.exp(W.th) + np.exp(2 * W.th) + np.exp(3 * W.th))])
D("F22", Fu, [r"Let $z \in \{0, 1, 2\}$ be a categorical variable, $p(z) \propto e^{\theta z}$.", [r"\sum_{z} e^{\theta z} = e^{\theta} + e^{2\theta} + e^{3\theta}"]],
  [(F, lambda W: np.exp(W.th * np.array([0, 1, 2.])).sum(), lambda W: np.exp(W.th) + np.exp(2 * W.th) + np.exp(3 * W.th))])
D("F23", Fu, [r"Let $x \in \{0, 1\}^{d}$.", [r"\sum_{x} \prod_{k=1}^{d} x_k = 1"]], [(T, lambda W: np.prod(bits(W.dd), 1).sum(), one)])
D("F24", Fu, [r"Let $x \in \{-1, +1\}^{d}$.", [r"\sum_{x} \prod_{k=1}^{d} x_k = 1"]], [(F, lambda W: np.prod(spins(W.dd), 1).sum(), one)])

# ============================================================ G conditions on a row
G = "G conditions"
D("G01", G, [GIBBS, GIBBSZ, [r"\log Z(\beta) = \log K \quad \text{for } \beta = 0"]], [DEF, (T, lambda W: W.logZb(0.0), lambda W: np.log(W.K))])
D("G02", G, [GIBBS, GIBBSZ, [r"Z(\beta) = K \quad \text{for } \beta = 1"]], [DEF, (F, lambda W: W.Zb(1.0), lambda W: float(W.K))])
D("G03", G, [GIBBS, GIBBSZ, [r"p_\beta(x) = \frac{1}{K} \qquad \text{if } \beta = 0"]], [DEF, (T, lambda W: W.pb(0.0), lambda W: np.full(W.K, 1 / W.K))])
D("G04", G, [GIBBS, GIBBSZ, [r"p_\beta(x) = \frac{1}{K} \qquad \text{if } \beta = 1"]], [DEF, (F, lambda W: W.pb(1.0), lambda W: np.full(W.K, 1 / W.K))])
D("G05", G, [r"For real $a$:", [r"\sinh(a) \cosh(a) = 0 \qquad \text{if } a = 0"]], [(T, lambda W: np.sinh(0.0) * np.cosh(0.0), zero)])
D("G06", G, [r"For real $a$:", [r"\sinh(a) \cosh(a) = 0 \qquad \text{if } a = 1"]], [(F, lambda W: np.sinh(1.0) * np.cosh(1.0), zero)])
D("G07", G, [r"For real $a$:", [r"\log\left(1 + e^{a}\right) = a \quad (a = 0)"]], [(F, lambda W: np.log(2.0), zero)])
D("G08", G, [r"For real $a$:", [r"\log\left(1 + e^{a}\right) = \log 2 \quad (a = 0)"]], [(T, lambda W: np.log(2.0), const(np.log(2)))])
D("G09", G, [r"Two spins $s_1, s_2 \in \{-1, +1\}$ with $E(s) = -J s_1 s_2 - h (s_1 + s_2)$ and $Z = \sum_{s} e^{-E(s)}$.", [r"Z = 4\cosh J \quad \text{for } h = 0"]],
  [(T, lambda W: ising_Z(lambda s: -W.J * s[0] * s[1], 2), lambda W: 4 * np.cosh(W.J))])
D("G10", G, [r"Two spins $s_1, s_2 \in \{-1, +1\}$ with $E(s) = -J s_1 s_2 - h (s_1 + s_2)$ and $Z = \sum_{s} e^{-E(s)}$.", [r"Z = 4\cosh J \quad \text{for } h = 1"]],
  [(F, lambda W: ising_Z(lambda s: -W.J * s[0] * s[1] - (s[0] + s[1]), 2), lambda W: 4 * np.cosh(W.J))])
D("G11", G, [GIBBS, GIBBSZ, [r"\mathbb{E}_{x \sim p_\beta}\left[E(x)\right] = \frac{1}{K} \sum_{x} E(x) \quad \text{at } \beta = 0"]], [DEF, (T, lambda W: W.pb(0.0) @ W.b, lambda W: W.b.mean())])
D("G12", G, [GIBBS, GIBBSZ, [r"\mathbb{E}_{x \sim p_\beta}\left[E(x)\right] = \frac{1}{K} \sum_{x} E(x) \quad \text{at } \beta = 1"]], [DEF, (F, lambda W: W.pb(1.0) @ W.b, lambda W: W.b.mean())])
D("G13", G, [r"For real $\theta$:", [r"\theta^{2} = \theta \quad \text{for } \theta \in \{0, 1\}"]], [(T, lambda W: np.array([0.0, 1.0]), lambda W: np.array([0.0, 1.0]))])
D("G14", G, [r"For real $\theta$:", [r"\theta^{3} = \theta \quad \text{for } \theta \in \{0, 2\}"]], [(F, lambda W: np.array([0.0, 8.0]), lambda W: np.array([0.0, 2.0]))])
D("G15", G, [MODEL, MODELZ, QANY, [r"\mathrm{KL}(q \,\|\, p_\theta) = 0 \quad \text{if } q = p_\theta"]], [DEF, (T, lambda W: KL(W.p(), W.p()), zero)])
D("G16", G, [MODEL, MODELZ, QANY, [r"H(q) = H(p_\theta) \quad \text{if } \mathrm{KL}(q \,\|\, p_\theta) = 0"]], [DEF, (T, lambda W: H(W.p()), lambda W: H(W.p()))])
D("G17", G, [r"Three spins on an open chain, $s_i \in \{-1, +1\}$, $E(s) = -J(s_1 s_2 + s_2 s_3)$, $Z = \sum_s e^{-E(s)}$.", [r"Z = 8 \quad \text{when } J = 0"]],
  [(T, lambda W: ising_Z(lambda s: 0.0, 3), const(8.0))])
D("G18", G, [r"Three spins on an open chain, $s_i \in \{-1, +1\}$, $E(s) = -J(s_1 s_2 + s_2 s_3)$, $Z = \sum_s e^{-E(s)}$.", [r"Z = 8 \cosh J \quad \text{when } J \neq 0"]],
  [(F, lambda W: ising_Z(lambda s: -W.J * (s[0] * s[1] + s[1] * s[2]), 3), lambda W: 8 * np.cosh(W.J))], note="8 cosh^2 J")
D("G19", G, [r"Three spins on an open chain, $s_i \in \{-1, +1\}$, $E(s) = -J(s_1 s_2 + s_2 s_3)$, $Z = \sum_s e^{-E(s)}$.", [r"Z = 8 \cosh^{2} J \quad \text{for all } J"]],
  [(T, lambda W: ising_Z(lambda s: -W.J * (s[0] * s[1] + s[1] * s[2]), 3), lambda W: 8 * np.cosh(W.J) ** 2)])
D("G20", G, [r"For real $x$:", [r"|x| = x \quad \text{for } x \ge 0"]], [(T, lambda W: abs(W.al), lambda W: abs(W.al))])
D("G21", G, [r"For real $x$:", [r"|x| = x \quad \text{for } x \le 0"]], [(F, lambda W: np.abs(W.al[W.al < 0]) if (W.al < 0).any() else np.array([1.0]), lambda W: W.al[W.al < 0] if (W.al < 0).any() else np.array([-1.0]))])

# ---- later additions to D (free energies on the left)
FREE01 = (r"An RBM with $v \in \{0, 1\}^{n}$, $h \in \{0, 1\}^{m}$, energy $E(v, h) = -b^\top v - c^\top h - v^\top W h$ "
          r"and free energy $F(v) = -\log \sum_{h} e^{-E(v, h)}$.")
FREEPM = (r"An RBM with $v \in \{-1, +1\}^{n}$, $h \in \{-1, +1\}^{m}$, energy $E(v, h) = -b^\top v - c^\top h - v^\top W h$ "
          r"and free energy $F(v) = -\log \sum_{h} e^{-E(v, h)}$.")
D("D25", Dc, [FREE01, [r"F(v) = -\sum_{i} b_i v_i - \sum_{j} \log\left(1 + e^{c_j + \sum_{i} v_i W_{ij}}\right)"]],
  [(T, lambda W: R(W, (0, 1), (0, 1)).F(), lambda W: -(R(W, (0, 1), (0, 1)).vs @ W.bv) - np.log1p(np.exp(R(W, (0, 1), (0, 1)).hin())).sum(0))])
D("D26", Dc, [FREEPM, [r"F(v) = -\sum_{i} b_i v_i - \sum_{j} \log\left(1 + e^{c_j + \sum_{i} v_i W_{ij}}\right)"]],
  [(F, lambda W: R(W, (-1, 1), (-1, 1)).F(), lambda W: -(R(W, (-1, 1), (-1, 1)).vs @ W.bv) - np.log1p(np.exp(R(W, (-1, 1), (-1, 1)).hin())).sum(0))], note="0/1 free energy for spins")
FTH = r"The free energy of the model is $F_\theta = -\log Z_\theta$."
D("D27", Dc, [MODEL, MODELZ, FTH, [r"-F_\theta = H(p_\theta) - \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]], [DEF, (T, lambda W: W.logZ(), lambda W: H(W.p()) - W.p() @ W.E())])
D("D28", Dc, [MODEL, MODELZ, FTH, [r"F_\theta \ge \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]], [DEF, (F, lambda W: -W.logZ(), lambda W: W.p() @ W.E(), ">=")], note="F = mean energy - H <= mean energy")
D("D29", Dc, [MODEL, MODELZ, QANY, [r"\mathrm{KL}(q \,\|\, p_\theta) + H(q) = \mathbb{E}_{x \sim q}\left[E_\theta(x)\right] + \log Z_\theta"]], [DEF, (T, lambda W: KL(W.q, W.p()) + H(W.q), lambda W: W.q @ W.E() + W.logZ())])
D("D30", Dc, [MODEL, MODELZ, QANY, [r"H(q) = \mathbb{E}_{x \sim q}\left[E_\theta(x)\right] + \log Z_\theta"]], [DEF, (F, lambda W: H(W.q), lambda W: W.q @ W.E() + W.logZ())], note="a claim about H(q), not a definition")
