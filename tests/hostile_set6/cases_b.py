"""hostile7 cases D-H: fixed objects on the left, vanishing factors, units in prose, conditions, inequalities."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ D fixed objects on the left side
Dc = "D fixed objects on the left"
FREE = r"The free energy is $F_\theta = -\log Z_\theta$, with $Z_\theta = \sum_x e^{-E_\theta(x)}$."
D("D01", Dc, [MODEL, [r"Z_\theta = \sum_{x} e^{E_\theta(x)}"]], [DEF, (F, lambda W: W.Z(), lambda W: np.exp(W.E()).sum())], note="sign in the exponent")
D("D02", Dc, [MODEL, FREE, [r"F_\theta = \min_{x} E_\theta(x) - \log \sum_{x} e^{-\left(E_\theta(x) - \min_{x'} E_\theta(x')\right)}"]],
  [DEF, (T, lambda W: -W.logZ(), lambda W: W.E().min() - np.log(np.exp(-(W.E() - W.E().min())).sum()))])
D("D03", Dc, [MODEL, FREE, [r"F_\theta = \min_{x} E_\theta(x) + \log \sum_{x} e^{-\left(E_\theta(x) - \min_{x'} E_\theta(x')\right)}"]],
  [DEF, (F, lambda W: -W.logZ(), lambda W: W.E().min() + np.log(np.exp(-(W.E() - W.E().min())).sum()))])
D("D04", Dc, [MODEL, r"Write $\tilde p_\theta(x) = e^{-E_\theta(x)}$.", [r"H(p_\theta) = -\sum_{x} p_\theta(x) \log \tilde p_\theta(x)"]], [DEF, (F, lambda W: H(W.p()), lambda W: Ep(W, W.E()))], note="log Z missing: p-tilde for p")
LIN = r"Here the energy is linear in its parameter, $E_\theta(x) = \theta\, g(x)$, and"
D("D05", Dc, [LIN, MODEL, [r"H(p_\theta) = \log Z_\theta - \theta\, \frac{\partial \log Z_\theta}{\partial \theta}"]],
  [DEF, (T, lambda W: H(softmax(-W.th * W.g)), lambda W: lse(-W.th * W.g) - W.th * d1(lambda t: lse(-t * W.g), W.th))])
D("D06", Dc, [MODEL, [r"H(p_\theta) = \log Z_\theta - \theta\, \frac{\partial \log Z_\theta}{\partial \theta}"]],
  [DEF, (F, lambda W: H(W.p()), lambda W: W.logZ() - W.th * dlogZ(W))], note="needs an energy linear in theta")
D("D07", Dc, [MODEL, QD, [r"\mathrm{KL}(p_\theta \,\|\, q) = \sum_{x} p_\theta(x) \log\frac{q(x)}{p_\theta(x)}"]], [DEF, (F, lambda W: KL(W.p(), W.q), lambda W: -KL(W.p(), W.q))])
D("D08", Dc, [MODEL, QD, [r"\mathrm{KL}(p_\theta \,\|\, q) = -H(p_\theta) - \sum_{x} p_\theta(x) \log q(x)"]], [DEF, (T, lambda W: KL(W.p(), W.q), lambda W: -H(W.p()) - W.p() @ np.log(W.q))])
D("D09", Dc, [PB, [r"Z(\beta) = Z(1)^{\beta}"]], [DEF, (F, lambda W: W.Zb(), lambda W: W.Zb(1.0) ** W.be)])
AVG = r"Write $\langle E \rangle_\beta = \sum_x p_\beta(x) E(x)$ and $\langle E^2 \rangle_\beta = \sum_x p_\beta(x) E(x)^2$."
D("D10", Dc, [PB, AVG, [r"\langle E \rangle_\beta = \frac{\partial \log Z(\beta)}{\partial \beta}"]], [DEF, (F, lambda W: W.pb() @ W.b, lambda W: d1(W.logZb, W.be))], note="sign")
D("D11", Dc, [PB, AVG, [r"\langle E \rangle_\beta = -\frac{\partial \log Z(\beta)}{\partial \beta}"]], [DEF, (T, lambda W: W.pb() @ W.b, lambda W: -d1(W.logZb, W.be))])
FBD = r"with $F(\beta) = -\frac{1}{\beta}\log Z(\beta)$ and $\langle E \rangle_\beta = \sum_x p_\beta(x) E(x)$:"
D("D12", Dc, [PB, FBD, [r"F(\beta) = \langle E \rangle_\beta - \beta\, H(p_\beta)"]], [DEF, (F, lambda W: W.Fb(), lambda W: W.pb() @ W.b - W.be * H(W.pb()))], note="T S with T = beta")
D("D13", Dc, [PB, FBD, [r"F(\beta) = \langle E \rangle_\beta - \frac{1}{\beta}\, H(p_\beta)"]], [DEF, (T, lambda W: W.Fb(), lambda W: W.pb() @ W.b - H(W.pb()) / W.be)])
UNI = r"Let $u$ be the uniform distribution on the $K$ states, $u(x) = 1/K$."
D("D14", Dc, [MODEL, UNI, [r"Z_\theta = K\, \mathbb{E}_{x \sim u}\left[e^{-E_\theta(x)}\right]"]], [DEF, (T, lambda W: W.Z(), lambda W: W.K * np.exp(-W.E()).mean())])
D("D15", Dc, [MODEL, UNI, [r"Z_\theta = \mathbb{E}_{x \sim u}\left[e^{-E_\theta(x)}\right]"]], [DEF, (F, lambda W: W.Z(), lambda W: np.exp(-W.E()).mean())], note="missing K")
VFE = r"For a distribution $q$ on the states, the variational free energy is $\mathcal{F}(q) = \mathbb{E}_{q}[E_\theta] - H(q)$, and $F_\theta = -\log Z_\theta$."
D("D16", Dc, [MODEL, VFE, [r"\mathrm{KL}(q \,\|\, p_\theta) = \mathcal{F}(q) - F_\theta"]], [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ W.E() - H(W.q) + W.logZ())])
D("D17", Dc, [MODEL, VFE, [r"\mathrm{KL}(q \,\|\, p_\theta) = F_\theta - \mathcal{F}(q)"]], [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: -W.logZ() - (W.q @ W.E() - H(W.q)))])
var_b = lambda W: W.pb() @ W.b ** 2 - (W.pb() @ W.b) ** 2
D("D18", Dc, [PB, AVG, [r"\frac{\partial^{2} \log Z(\beta)}{\partial \beta^{2}} = \langle E \rangle_\beta^{2} - \langle E^2 \rangle_\beta"]], [DEF, (F, lambda W: d1(lambda u: -(W.pb(u) @ W.b), W.be), lambda W: -var_b(W))])
D("D19", Dc, [PB, AVG, [r"\frac{\partial H(p_\beta)}{\partial \beta} = -\beta\left(\langle E^2 \rangle_\beta - \langle E \rangle_\beta^{2}\right)"]], [DEF, (T, lambda W: d1(lambda u: H(W.pb(u)), W.be), lambda W: -W.be * var_b(W))])
D("D20", Dc, [PB, AVG, [r"\frac{\partial H(p_\beta)}{\partial \beta} = \beta\left(\langle E^2 \rangle_\beta - \langle E \rangle_\beta^{2}\right)"]], [DEF, (F, lambda W: d1(lambda u: H(W.pb(u)), W.be), lambda W: W.be * var_b(W))])

# ============================================================ E vanishing factors
E = "E vanishing factors"
D("E01", E, [MODEL, [r"\log Z_\theta + (\theta - \theta')^{2} = \log Z_\theta"]], [DEF, (F, lambda W: W.logZ() + (W.th - W.th2) ** 2, lambda W: W.logZ())], note="vanishes at theta' = theta")
D("E02", E, [PB, [r"Z(\beta) = Z(\beta) \cosh(\beta - 1)"]], [DEF, (F, lambda W: W.Zb(), lambda W: W.Zb() * np.cosh(W.be - 1))], note="equal at beta = 1")
D("E03", E, [PB, [r"\log Z(\beta) = \log Z(\beta) + \sinh(\beta - \beta')"]], [DEF, (F, lambda W: W.logZb(), lambda W: W.logZb() + np.sinh(W.be - W.be2))])
D("E04", E, [PB, [r"(\beta - 1)^{2} \log Z(\beta) = (\beta^{2} - 2\beta + 1) \log Z(\beta)"]], [DEF, (T, lambda W: (W.be - 1) ** 2 * W.logZb(), lambda W: (W.be ** 2 - 2 * W.be + 1) * W.logZb())])
D("E05", E, [PB, [r"(\beta - 1)^{2} \log Z(\beta) = (\beta^{2} - 2\beta - 1) \log Z(\beta)"]], [DEF, (F, lambda W: (W.be - 1) ** 2 * W.logZb(), lambda W: (W.be ** 2 - 2 * W.be - 1) * W.logZb())])
D("E06", E, [MODEL, [r"\theta^{3} Z_\theta = \theta Z_\theta"]], [DEF, (F, lambda W: W.th ** 3 * W.Z(), lambda W: W.th * W.Z())], note="vanishes at 0, 1, -1")
D("E07", E, [MODEL, [r"\theta\left(\theta^{2} - 1\right) Z_\theta = \left(\theta^{3} - \theta\right) Z_\theta"]], [DEF, (T, lambda W: W.th * (W.th ** 2 - 1) * W.Z(), lambda W: (W.th ** 3 - W.th) * W.Z())])
FD = r"The data are $x^{(1)}, \ldots, x^{(N)}$ and $f$ is any function of $x$."
D("E08", E, [FD, [r"\frac{1}{N}\sum_{i=1}^{N} f(x^{(i)}) = \frac{1}{N^{2}}\sum_{i=1}^{N} f(x^{(i)})"]], [(F, lambda W: W.f[W.data].sum() / W.N, lambda W: W.f[W.data].sum() / W.N ** 2)], note="equal at N = 1")
KS = r"The model has $K$ states."
D("E09", E, [MODEL, KS, [r"(K - 2)\, H(p_\theta) = 0"]], [DEF, (F, lambda W: (W.K - 2) * H(W.p()), zero)], note="K = 2 only")
D("E10", E, [MODEL, [r"\log Z_\theta = \log Z_\theta \cdot e^{\theta(\theta - 1)}"]], [DEF, (F, lambda W: W.logZ(), lambda W: W.logZ() * np.exp(W.th * (W.th - 1)))], note="theta = 0, 1")
D("E11", E, [PB, [r"\beta\, \frac{\partial \log Z(\beta)}{\partial \beta} = \frac{\partial \log Z(\beta)}{\partial \beta}"]], [DEF, (F, lambda W: W.be * d1(W.logZb, W.be), lambda W: d1(W.logZb, W.be))], note="beta = 1")
D("E12", E, [MODEL, [r"\mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right] = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right] + \sin^{2}(\pi\theta)"]],
  [DEF, (F, lambda W: Ep(W, W.E()), lambda W: Ep(W, W.E()) + np.sin(np.pi * W.th) ** 2)], note="integers theta")
D("E13", E, [MODEL, [r"\log Z_\theta \left(\cosh^{2}\theta - \sinh^{2}\theta\right) = \log Z_\theta"]], [DEF, (T, lambda W: W.logZ() * (np.cosh(W.th) ** 2 - np.sinh(W.th) ** 2), lambda W: W.logZ())])
D("E14", E, [MODEL, [r"\log Z_\theta \left(\cosh^{2}\theta + \sinh^{2}\theta\right) = \log Z_\theta"]], [DEF, (F, lambda W: W.logZ() * (np.cosh(W.th) ** 2 + np.sinh(W.th) ** 2), lambda W: W.logZ())], note="theta = 0")
D("E15", E, [MODEL, [r"Z_\theta^{\theta} = Z_\theta"]], [DEF, (F, lambda W: W.Z() ** W.th, lambda W: W.Z())], note="theta = 1")
D("E16", E, [PB, [r"\log Z(\beta)\, \log \beta = 0"]], [DEF, (F, lambda W: W.logZb() * np.log(W.be), zero)], note="beta = 1")
D("E17", E, [MODEL, QD, [r"(\theta - \phi)(\theta + \phi)\, \mathrm{KL}(q \,\|\, p_\theta) = \left(\theta^{2} + \phi^{2}\right) \mathrm{KL}(q \,\|\, p_\theta)"]],
  [DEF, (F, lambda W: (W.th ** 2 - W.ph ** 2) * KL(W.q, W.p()), lambda W: (W.th ** 2 + W.ph ** 2) * KL(W.q, W.p()))], note="phi = 0")

# ============================================================ F units declared in prose
U = "F units in prose"
S1 = r"Let $s \in \{-1, +1\}$ be a single spin and $a$ a real number."
B1 = r"Let $s \in \{0, 1\}$ be a single binary unit and $a$ a real number."
sv = lambda W: np.array(W.units, float)
D("F01", U, [S1, [r"e^{a s} = \cosh a + s \sinh a"]], [(T, lambda W: np.exp(W.th * sv(W)), lambda W: np.cosh(W.th) + sv(W) * np.sinh(W.th))], units=S11)
D("F02", U, [B1, [r"e^{a s} = \cosh a + s \sinh a"]], [(F, lambda W: np.exp(W.th * sv(W)), lambda W: np.cosh(W.th) + sv(W) * np.sinh(W.th))], units=S01, note="at s = 0 the right side is cosh a")
D("F03", U, [B1, [r"s^{3} = s"]], [(T, lambda W: sv(W) ** 3, lambda W: sv(W))], units=S01)
D("F04", U, [S1, [r"s^{4} = s"]], [(F, lambda W: sv(W) ** 4, lambda W: sv(W))], units=S11)
D("F05", U, [S1, [r"\sum_{s} s = 0"]], [(T, lambda W: sv(W).sum(), zero)], units=S11)
D("F06", U, [B1, [r"\sum_{s} s = 0"]], [(F, lambda W: sv(W).sum(), zero)], units=S01)
PS = r"and $p(s) = e^{a s} / \sum_{s'} e^{a s'}$:"
Es = lambda W: softmax(W.th * sv(W)) @ sv(W)
Vs = lambda W: softmax(W.th * sv(W)) @ sv(W) ** 2 - Es(W) ** 2
D("F07", U, [S1, PS, [r"\mathbb{E}[s] = \tanh(a)"]], [(T, Es, lambda W: np.tanh(W.th))], units=S11)
D("F08", U, [B1, PS, [r"\mathbb{E}[s] = \tanh(a)"]], [(F, Es, lambda W: np.tanh(W.th))], units=S01)
D("F09", U, [B1, PS, [r"\mathbb{E}[s] = \sigma(a)"]], [(T, Es, lambda W: sig(W.th))], units=S01)
D("F10", U, [S1, PS, [r"\mathbb{E}[s] = 2\sigma(2a) - 1"]], [(T, Es, lambda W: 2 * sig(2 * W.th) - 1)], units=S11)
D("F11", U, [S1, PS, [r"\mathbb{E}[s] = 2\sigma(a) - 1"]], [(F, Es, lambda W: 2 * sig(W.th) - 1)], units=S11, note="sigma(2a), not sigma(a)")
D("F12", U, [S1, PS, [r"\mathrm{Var}[s] = 1 - \tanh^{2}(a)"]], [(T, Vs, lambda W: 1 - np.tanh(W.th) ** 2)], units=S11)
D("F13", U, [B1, PS, [r"\mathrm{Var}[s] = 1 - \sigma(a)^{2}"]], [(F, Vs, lambda W: 1 - sig(W.th) ** 2)], units=S01)
D("F14", U, [B1, PS, [r"\mathrm{Var}[s] = \sigma(a)\left(1 - \sigma(a)\right)"]], [(T, Vs, lambda W: sig(W.th) * (1 - sig(W.th)))], units=S01)
D("F15", U, [S1, [r"\log \sum_{s} e^{a s} = a + \log\left(1 + e^{-2a}\right)"]], [(T, lambda W: lse(W.th * sv(W)), lambda W: W.th + np.log1p(np.exp(-2 * W.th)))], units=S11)
D("F16", U, [S1, [r"\log \sum_{s} e^{a s} = \log\left(1 + e^{a}\right)"]], [(F, lambda W: lse(W.th * sv(W)), lambda W: np.log1p(np.exp(W.th)))], units=S11)
PAIR01 = r"Two units $s_1, s_2$, each taking the values $0$ and $1$, and a coupling $J$:"
PAIRPM = r"Two units $s_1, s_2$, each taking the values $-1$ and $+1$, and a coupling $J$:"
zpair = lambda W: sum(np.exp(W.J * a * b) for a in W.units for b in W.units)
D("F17", U, [PAIR01, [r"\sum_{s_1, s_2} e^{J s_1 s_2} = 3 + e^{J}"]], [(T, zpair, lambda W: 3 + np.exp(W.J))], units=S01)
D("F18", U, [PAIR01, [r"\sum_{s_1, s_2} e^{J s_1 s_2} = 4\cosh J"]], [(F, zpair, lambda W: 4 * np.cosh(W.J))], units=S01)
D("F19", U, [PAIRPM, [r"\sum_{s_1, s_2} e^{J s_1 s_2} = 4\cosh J"]], [(T, zpair, lambda W: 4 * np.cosh(W.J))], units=S11)
D("F20", U, [[r"\sum_{s} s\, e^{a s} = 2\sinh a"], r"Here every unit takes values in $\{0, 1\}$."], [(F, lambda W: (sv(W) * np.exp(W.th * sv(W))).sum(), lambda W: 2 * np.sinh(W.th))], units=S01,
  note="units declared after the display; 2 sinh a is the +-1 answer")
D("F21", U, [[r"\sum_{s} s\, e^{a s} = e^{a}"], r"Here every unit takes values in $\{0, 1\}$."], [(T, lambda W: (sv(W) * np.exp(W.th * sv(W))).sum(), lambda W: np.exp(W.th))], units=S01)
# ============================================================ G conditions on a row
G = "G conditions"
D("G01", G, [PB, KS, [r"\log Z(\beta) = \log K \quad \text{at } \beta = 0"]], [DEF, (T, lambda W: W.logZb(0.0), lambda W: np.log(W.K))])
D("G02", G, [PB, KS, [r"\log Z(\beta) = 0 \quad \text{at } \beta = 0"]], [DEF, (F, lambda W: W.logZb(0.0), zero)])
D("G03", G, [ISING, ISE, [r"\sum_{s} e^{-E(s)} = \left(2\cosh h\right)^{n} \qquad (J = 0)"]], [DEF, (T, lambda W: W.iZ(J=0.0), lambda W: (2 * np.cosh(W.hf)) ** W.n)])
D("G04", G, [ISING, ISE, [r"\sum_{s} e^{-E(s)} = 2\cosh(h)^{n} \qquad (J = 0)"]], [DEF, (F, lambda W: W.iZ(J=0.0), lambda W: 2 * np.cosh(W.hf) ** W.n)], note="the 2 is not raised to n")
D("G05", G, [ISING, ISE, [r"\sum_{s} e^{-E(s)} = 2^{n} \left(\cosh J\right)^{n-1} \quad \text{for } h = 0"]], [DEF, (T, lambda W: W.iZ(hf=0.0), lambda W: 2.0 ** W.n * np.cosh(W.J) ** (W.n - 1))])
D("G06", G, [ISING, ISE, [r"\sum_{s} e^{-E(s)} = 2^{n} \left(\cosh J\right)^{n} \quad \text{for } h = 0"]], [DEF, (F, lambda W: W.iZ(hf=0.0), lambda W: 2.0 ** W.n * np.cosh(W.J) ** W.n)], note="open chain: n-1 bonds")
D("G07", G, [FD, [r"\frac{1}{N}\sum_{i=1}^{N} f(x^{(i)}) = f(x^{(1)}) \quad \text{if } N = 1"]], [(T, lambda W: W.f[W.data[0]], lambda W: W.f[W.data[0]])])
D("G08", G, [FD, [r"\frac{1}{N}\sum_{i=1}^{N} f(x^{(i)}) = f(x^{(1)}) \quad \text{if } N = 2"]], [(F, lambda W: (W.f[W.data[0]] + W.f[(W.data[1] if W.N > 1 else (W.data[0] + 1) % W.K)]) / 2, lambda W: W.f[W.data[0]])])
ISn = lambda W: max(W.n, 3)
c13 = lambda W: (lambda S, p: p @ (S[:, 0] * S[:, 2]))(spins(ISn(W)), W.ip(hf=0.0, n=ISn(W)))
c12 = lambda W: (lambda S, p: p @ (S[:, 0] * S[:, 1]))(spins(W.n), W.ip(hf=0.0))
D("G09", G, [ISING, ISE, r"Write $\langle \cdot \rangle$ for the average under $p(s) \propto e^{-E(s)}$.", [r"\langle s_1 s_2 \rangle = \tanh J \quad \text{for } h = 0"]], [DEF, (T, c12, lambda W: np.tanh(W.J))])
D("G10", G, [ISING, ISE, r"Write $\langle \cdot \rangle$ for the average under $p(s) \propto e^{-E(s)}$.", [r"\langle s_1 s_2 \rangle = \tanh^{2} J \quad \text{for } h = 0"]], [DEF, (F, c12, lambda W: np.tanh(W.J) ** 2)])
D("G11", G, [ISING.replace("$i = 1, \\ldots, n$", "$i = 1, \\ldots, n$ with $n \\ge 3$"), ISE, r"Write $\langle \cdot \rangle$ for the average under $p(s) \propto e^{-E(s)}$.", [r"\langle s_1 s_3 \rangle = \tanh^{2} J \quad \text{for } h = 0"]],
  [DEF, (T, c13, lambda W: np.tanh(W.J) ** 2)])
SG = r"Here $\sigma(a) = 1/(1 + e^{-a})$ is the logistic function."
D("G12", G, [[r"\tanh(a) = 0 \quad \text{for } a = 0"]], [(T, lambda W: np.tanh(0.0), zero)])
D("G13", G, [[r"\tanh(a) = 1 \quad \text{for } a = 0"]], [(F, lambda W: np.tanh(0.0), const(1.0))])
SMX = r"For logits $z_1, \ldots, z_K$:"
D("G14", G, [SMX, [r"\frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}} = \frac{1}{K} \quad \text{if } z_1 = z_2 = \cdots = z_K"]], [(T, lambda W: softmax(np.full(W.K, W.z[0])), lambda W: np.full(W.K, 1 / W.K))])
D("G15", G, [SMX, [r"\frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}} = \frac{1}{K} \quad \text{if } z_1 = 0"]], [(F, lambda W: softmax(np.r_[0.0, W.z[1:]]), lambda W: np.full(W.K, 1 / W.K))])
D("G16", G, [MODEL, [r"\nabla_\theta \log Z_\theta = 0 \quad \text{for } \theta = 0"]], [DEF, (F, lambda W: dlogZ(W, 0.0), zero)], note="E_0 = b need not make the gradient vanish")

# ============================================================ H inequalities
Hc = "H inequalities"
D("H01", Hc, [SMX, [r"\log \sum_{k=1}^{K} e^{z_k} \le \max_{k} z_k + \log K"]], [(T, lambda W: lse(W.z), lambda W: W.z.max() + np.log(W.K), "<=")])
D("H02", Hc, [SMX, [r"\log \sum_{k=1}^{K} e^{z_k} \ge \max_{k} z_k + \log K"]], [(F, lambda W: lse(W.z), lambda W: W.z.max() + np.log(W.K), ">=")])
D("H03", Hc, [SMX, [r"\log \sum_{k=1}^{K} e^{z_k} \le \max_{k} z_k"]], [(F, lambda W: lse(W.z), lambda W: W.z.max(), "<=")])
D("H04", Hc, [SG, [r"\sigma(a)\left(1 - \sigma(a)\right) \le \frac{1}{4}"]], [(T, lambda W: sig(W.th) * (1 - sig(W.th)), const(0.25), "<=")])
D("H05", Hc, [SG, [r"\sigma(a)\left(1 - \sigma(a)\right) \le \frac{1}{8}"]], [(F, lambda W: sig(W.th) * (1 - sig(W.th)), const(0.125), "<=")])
D("H06", Hc, [r"For every real $a$:", [r"\left|\tanh a\right| \le |a|"]], [(T, lambda W: abs(np.tanh(W.th)), lambda W: abs(W.th), "<=")])
D("H07", Hc, [r"For every real $a$:", [r"\tanh a \le a"]], [(F, lambda W: np.tanh(W.th), lambda W: W.th, "<=")], note="fails for a < 0")
D("H08", Hc, [r"For every real $a$:", [r"\cosh a \ge 1 + \frac{a^{2}}{2}"]], [(T, lambda W: np.cosh(W.th), lambda W: 1 + W.th ** 2 / 2, ">=")])
D("H09", Hc, [r"For every real $a$:", [r"\cosh a \le 1 + \frac{a^{2}}{2}"]], [(F, lambda W: np.cosh(W.th), lambda W: 1 + W.th ** 2 / 2, "<=")])
D("H10", Hc, [r"For every real $a$:", [r"\log\left(1 + e^{a}\right) \le \log 2 + \max(a, 0)"]], [(T, lambda W: softplus(W.th), lambda W: np.log(2) + max(W.th, 0), "<=")])
D("H11", Hc, [r"For every real $a$:", [r"\log\left(1 + e^{a}\right) \ge \log 2 + \max(a, 0)"]], [(F, lambda W: softplus(W.th), lambda W: np.log(2) + max(W.th, 0), ">=")])
D("H12", Hc, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) \le -\log \min_{x} p_\theta(x)"]], [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: -np.log(W.p().min()), "<=")])
D("H13", Hc, [MODEL, r"Fix a state $x_0$.", [r"Z_\theta \ge e^{-E_\theta(x_0)}"]], [DEF, (T, lambda W: W.Z(), lambda W: np.exp(-W.E()[W.x0]), ">=")])
D("H14", Hc, [MODEL, r"Fix a state $x_0$; there are $K$ states.", [r"Z_\theta \le K e^{-E_\theta(x_0)}"]], [DEF, (F, lambda W: W.Z(), lambda W: W.K * np.exp(-W.E()[W.x0]), "<=")])
D("H15", Hc, [MODEL, DATA, [r"\frac{1}{N}\sum_{i=1}^{N} \log p_\theta(x^{(i)}) \ge \log \min_{x} p_\theta(x)"]], [DEF, (T, lambda W: W.avg(np.log(W.p())), lambda W: np.log(W.p().min()), ">=")])
D("H16", Hc, [MODEL, DATA, [r"\frac{1}{N}\sum_{i=1}^{N} \log p_\theta(x^{(i)}) \le \log \min_{x} p_\theta(x)"]], [DEF, (F, lambda W: W.avg(np.log(W.p())), lambda W: np.log(W.p().min()), "<=")])
D("H17", Hc, [MODEL, [r"\mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right] \ge \min_{x} E_\theta(x)"]], [DEF, (T, lambda W: Ep(W, W.E()), lambda W: W.E().min(), ">=")])
