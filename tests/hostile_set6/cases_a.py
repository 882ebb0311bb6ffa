"""hostile7 cases A-C: parameters/arguments/primes/hats/subscripts, two distributions with similar names,
domains of sums with explicit ranges."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ A parameters, arguments, primes, hats, subscripts
A = "A parameters/arguments"
D("A01", A, [MODEL, [r"\frac{\partial}{\partial \theta'} \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (F, zero, lambda W: -Ep(W, W.dE()))], note="d/d theta' of something free of theta'")
D("A02", A, [MODEL, [r"\frac{\partial}{\partial \theta'} \log Z_\theta = 0"]], [DEF, (T, zero, zero)])
D("A03", A, [MODEL, [r"\log Z_{\theta'} - \log Z_\theta = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x) - E_{\theta'}(x)\right]"]],
  [DEF, (F, lambda W: W.logZ(W.th2) - W.logZ(), lambda W: Ep(W, W.E() - W.E(W.th2)))], note="Jensen's bound written as an equality")
D("A04", A, [MODEL, [r"\log Z_{\theta'} - \log Z_\theta \ge \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x) - E_{\theta'}(x)\right]"]],
  [DEF, (T, lambda W: W.logZ(W.th2) - W.logZ(), lambda W: Ep(W, W.E() - W.E(W.th2)), ">=")])
HAT = r"Let $\hat\theta$ be the fitted parameter and $\theta$ any other value."
D("A05", A, [MODEL, HAT, [r"Z_{\hat\theta}\, p_{\hat\theta}(x) = e^{-E_{\theta}(x)}"]],
  [DEF, (F, lambda W: W.Z(W.th2) * W.p(W.th2), lambda W: np.exp(-W.E()))], note="hat dropped in one place")
D("A06", A, [MODEL, HAT, [r"Z_{\hat\theta}\, p_{\hat\theta}(x) = e^{-E_{\hat\theta}(x)}"]],
  [DEF, (T, lambda W: W.Z(W.th2) * W.p(W.th2), lambda W: np.exp(-W.E(W.th2)))])
TWO = r"The energy has two parameters, $E_\theta(x) = \theta_1 f(x) + \theta_2 g(x)$, and"
m2 = lambda W, t1, t2: softmax(-(t1 * W.f + t2 * W.g))
lz2 = lambda W, t1, t2: lse(-(t1 * W.f + t2 * W.g))
D("A07", A, [TWO, MODEL, [r"\frac{\partial}{\partial \theta_1} \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[g(x)\right]"]],
  [DEF, (F, lambda W: d1(lambda t: lz2(W, t, W.th2), W.th), lambda W: -(m2(W, W.th, W.th2) @ W.g))], note="subscript 1 vs 2")
D("A08", A, [TWO, MODEL, [r"\frac{\partial}{\partial \theta_1} \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[f(x)\right]"]],
  [DEF, (T, lambda W: d1(lambda t: lz2(W, t, W.th2), W.th), lambda W: -(m2(W, W.th, W.th2) @ W.f))])
D("A09", A, [MODEL, [r"\sum_{x}\sum_{y} p_\theta(x)\, p_\theta(y)\, E_\theta(x) = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]],
  [DEF, (T, lambda W: np.outer(W.p(), W.p()).T.sum(0) @ W.E() * 0 + (W.p() * W.E()).sum() * W.p().sum(), lambda W: Ep(W, W.E()))])
D("A10", A, [MODEL, [r"\sum_{x}\sum_{y} p_\theta(x)\, E_\theta(y) = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]],
  [DEF, (F, lambda W: W.p().sum() * W.E().sum(), lambda W: Ep(W, W.E()))], note="E's argument is y, not x")
D("A11", A, [MODEL, [r"p_\theta(x)\, e^{E_\theta(x)} = p_\theta(x')\, e^{E_\theta(x')}"]],
  [DEF, (T, lambda W: np.add.outer(W.p() * np.exp(W.E()), 0 * W.a), lambda W: np.add.outer(0 * W.a, W.p() * np.exp(W.E())))])
D("A12", A, [MODEL, [r"p_\theta(x)\, e^{E_\theta(x')} = p_\theta(x')\, e^{E_\theta(x)}"]],
  [DEF, (F, lambda W: np.outer(W.p(), np.exp(W.E())), lambda W: np.outer(np.exp(W.E()), W.p()))], note="x and x' swapped in the exponents")
PT = r"Write $\tilde p_\theta(x) = e^{-E_\theta(x)}$ for the unnormalised density."
D("A13", A, [MODEL, PT, [r"\sum_{x} \tilde p_\theta(x) = 1"]], [DEF, (F, lambda W: W.Z(), const(1.0))], note="p-tilde is not normalised")
D("A14", A, [MODEL, PT, [r"\sum_{x} \tilde p_\theta(x) = Z_\theta"]], [DEF, (T, lambda W: W.Z(), lambda W: W.Z())])
BAR = r"Write $\bar E = \sum_x p_\theta(x) E_\theta(x)$ for the mean energy and $F_\theta = -\log Z_\theta$ for the free energy."
D("A15", A, [MODEL, BAR, [r"H(p_\theta) = \bar E - F_\theta"]], [DEF, (T, lambda W: H(W.p()), lambda W: Ep(W, W.E()) + W.logZ())])
D("A16", A, [MODEL, BAR, [r"H(p_\theta) = \bar E + F_\theta"]], [DEF, (F, lambda W: H(W.p()), lambda W: Ep(W, W.E()) - W.logZ())])
D("A17", A, [PB, [r"\log Z(\beta') - \log Z(\beta) \ge -(\beta' - \beta)\, \mathbb{E}_{x \sim p_\beta}\left[E(x)\right]"]],
  [DEF, (T, lambda W: W.logZb(W.be2) - W.logZb(), lambda W: -(W.be2 - W.be) * (W.pb() @ W.b), ">=")], note="log Z is convex in beta")
D("A18", A, [PB, [r"\log Z(\beta') - \log Z(\beta) \le -(\beta' - \beta)\, \mathbb{E}_{x \sim p_\beta}\left[E(x)\right]"]],
  [DEF, (F, lambda W: W.logZb(W.be2) - W.logZb(), lambda W: -(W.be2 - W.be) * (W.pb() @ W.b), "<=")], note="the tangent bound the wrong way")
FB = r"with the free energy $F(\beta) = -\frac{1}{\beta}\log Z(\beta)$ and $\langle E \rangle_\beta = \sum_x p_\beta(x) E(x)$:"
D("A19", A, [PB, FB, [r"\frac{\partial}{\partial \beta}\left(\beta F(\beta)\right) = \langle E \rangle_\beta"]],
  [DEF, (T, lambda W: d1(lambda u: -W.logZb(u), W.be), lambda W: W.pb() @ W.b)])
D("A20", A, [PB, FB, [r"\frac{\partial F(\beta)}{\partial \beta} = \langle E \rangle_\beta"]],
  [DEF, (F, lambda W: d1(W.Fb, W.be), lambda W: W.pb() @ W.b)], note="d(beta F)/d beta, not dF/d beta")
LIN = r"Here the energy is linear in its parameter, $E_\theta(x) = \theta\, g(x)$, and"
D("A21", A, [LIN, MODEL, [r"E_{\theta + \theta'}(x) = E_\theta(x) + E_{\theta'}(x)"]], [DEF, (T, lambda W: (W.th + W.th2) * W.g, lambda W: W.th * W.g + W.th2 * W.g)])
D("A22", A, [MODEL, [r"E_{\theta + \theta'}(x) = E_\theta(x) + E_{\theta'}(x)"]], [DEF, (F, lambda W: W.E(W.th + W.th2), lambda W: W.E() + W.E(W.th2))], note="the generic energy is not linear")
D("A23", A, [LIN, MODEL, [r"Z_{-\theta} = \sum_{x} e^{\theta g(x)}"]], [DEF, (T, lambda W: np.exp(W.th * W.g).sum(), lambda W: np.exp(W.th * W.g).sum())])
D("A24", A, [LIN, MODEL, [r"Z_{-\theta} = \frac{1}{Z_\theta}"]], [DEF, (F, lambda W: np.exp(W.th * W.g).sum(), lambda W: 1 / np.exp(-W.th * W.g).sum())])
D("A25", A, [MODEL, DATA, [r"\frac{1}{N}\sum_{i=1}^{N} E_\theta(x^{(1)}) = E_\theta(x^{(1)})"]],
  [DEF, (T, lambda W: W.E()[W.data[0]], lambda W: W.E()[W.data[0]])])
D("A26", A, [MODEL, DATA, [r"\frac{1}{N}\sum_{i=1}^{N} E_\theta(x^{(i)}) = E_\theta(x^{(1)})"]],
  [DEF, (F, lambda W: W.avg(W.E()), lambda W: W.E()[W.data[0]])], note="x^(i) vs x^(1)")
D("A27", A, [MODEL, [r"\frac{\partial}{\partial \theta}\, \mathbb{E}_{x \sim p_{\theta'}}\left[E_\theta(x)\right] = \mathbb{E}_{x \sim p_{\theta'}}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (T, lambda W: d1(lambda t: W.p(W.th2) @ W.E(t), W.th), lambda W: W.p(W.th2) @ W.dE())])
D("A28", A, [MODEL, [r"\frac{\partial}{\partial \theta}\, \mathbb{E}_{x \sim p_{\theta}}\left[E_\theta(x)\right] = \mathbb{E}_{x \sim p_{\theta}}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (F, lambda W: d1(lambda t: W.p(t) @ W.E(t), W.th), lambda W: Ep(W, W.dE()))], note="the distribution depends on theta too")
D("A29", A, [MODEL, [r"\nabla_{\phi} \log p_\theta(x) = 0"]], [DEF, (T, zero, zero)])
D("A30", A, [MODEL, [r"\nabla_{\theta} \log p_\theta(x) = 0"]], [DEF, (F, lambda W: d1(lambda t: np.log(W.p(t)), W.th), lambda W: 0 * W.a)])

# ============================================================ B two distributions with similar names
B = "B similar names"
PHAT = r"The empirical distribution of the data $x^{(1)}, \ldots, x^{(N)}$ is $\hat p(x) = \frac{1}{N}\sum_{i=1}^{N} \mathbb{1}\left[x^{(i)} = x\right]$."
D("B01", B, [MODEL, PHAT, [r"\sum_{x} \hat p(x) \log p_\theta(x) = \frac{1}{N}\sum_{i=1}^{N} \log p_\theta(x^{(i)})"]],
  [DEF, (T, lambda W: W.phat() @ np.log(W.p()), lambda W: W.avg(np.log(W.p())))])
D("B02", B, [MODEL, PHAT, [r"\sum_{x} \hat p(x) \log p_\theta(x) = \frac{1}{N}\sum_{i=1}^{N} \log \hat p(x^{(i)})"]],
  [DEF, (F, lambda W: W.phat() @ np.log(W.p()), lambda W: W.avg(np.log(np.maximum(W.phat(), 1e-300))))], note="p-hat for p_theta")
D("B03", B, [MODEL, PHAT, [r"\mathrm{KL}(\hat p \,\|\, p_\theta) = \sum_{x} \hat p(x) \log \hat p(x) + \frac{1}{N}\sum_{i=1}^{N} E_\theta(x^{(i)}) + \log Z_\theta"]],
  [DEF, (T, lambda W: KL(W.phat()[W.phat() > 0], W.p()[W.phat() > 0]), lambda W: -H(W.phat()[W.phat() > 0]) + W.avg(W.E()) + W.logZ())])
D("B04", B, [MODEL, PHAT, [r"\mathrm{KL}(\hat p \,\|\, p_\theta) = \sum_{x} \hat p(x) \log \hat p(x) + \frac{1}{N}\sum_{i=1}^{N} E_\theta(x^{(i)}) - \log Z_\theta"]],
  [DEF, (F, lambda W: KL(W.phat()[W.phat() > 0], W.p()[W.phat() > 0]), lambda W: -H(W.phat()[W.phat() > 0]) + W.avg(W.E()) - W.logZ())], note="sign of log Z")
QQ = r"Let $q$ and $q'$ be two distributions on the same states."
D("B05", B, [MODEL, QQ, [r"\mathrm{KL}(q \,\|\, p_\theta) - \mathrm{KL}(q' \,\|\, p_\theta) = \mathbb{E}_{q}\left[E_\theta\right] - \mathbb{E}_{q'}\left[E_\theta\right] - H(q) + H(q')"]],
  [DEF, (T, lambda W: KL(W.q, W.p()) - KL(W.qf(), W.p()), lambda W: W.q @ W.E() - W.qf() @ W.E() - H(W.q) + H(W.qf()))])
D("B06", B, [MODEL, QQ, [r"\mathrm{KL}(q \,\|\, p_\theta) - \mathrm{KL}(q' \,\|\, p_\theta) = \mathbb{E}_{q}\left[E_\theta\right] - \mathbb{E}_{q'}\left[E_\theta\right] + H(q) - H(q')"]],
  [DEF, (F, lambda W: KL(W.q, W.p()) - KL(W.qf(), W.p()), lambda W: W.q @ W.E() - W.qf() @ W.E() + H(W.q) - H(W.qf()))])
UNI = r"Let $u$ be the uniform distribution on the $K$ states, $u(x) = 1/K$."
D("B07", B, [MODEL, UNI, [r"\mathrm{KL}(p_\theta \,\|\, u) = \log K - H(p_\theta)"]], [DEF, (T, lambda W: KL(W.p(), np.full(W.K, 1 / W.K)), lambda W: np.log(W.K) - H(W.p()))])
D("B08", B, [MODEL, UNI, [r"\mathrm{KL}(u \,\|\, p_\theta) = \log K - H(p_\theta)"]], [DEF, (F, lambda W: KL(np.full(W.K, 1 / W.K), W.p()), lambda W: np.log(W.K) - H(W.p()))],
  note="KL arguments swapped")
D("B09", B, [LAT, [r"\sum_{h} p(h \mid v) = 1"]], [(T, lambda W: W.post().sum(1), lambda W: np.ones(W.Kv))])
D("B10", B, [LAT, [r"\sum_{v} p(h \mid v) = 1"]], [(F, lambda W: W.post().sum(0), lambda W: np.ones(W.Kh))], note="summed over the conditioning variable")
D("B11", B, [LAT, [r"p(h \mid v) = \frac{p(v \mid h)\, p(h)}{\sum_{h'} p(v \mid h')\, p(h')}"]],
  [(T, lambda W: W.post(), lambda W: (W.lik.T * W.prior[None, :]) / (W.lik.T * W.prior[None, :]).sum(1, keepdims=True))])
D("B12", B, [LAT, [r"p(h \mid v) = \frac{p(v \mid h)\, p(h)}{\sum_{v'} p(v' \mid h)\, p(h)}"]],
  [(F, lambda W: W.post(), lambda W: W.lik.T * 1.0)], note="normalised over v instead of h")
QPS = r"Two members of one family: $q_\phi(x) \propto e^{\phi f(x) + g(x)}$ and $q_\psi(x) \propto e^{\psi f(x) + g(x)}$, with $\phi \neq \psi$."
D("B13", B, [QPS, [r"\mathrm{KL}(q_\phi \,\|\, q_\psi) = 0"]], [(F, lambda W: KL(W.qf(), W.qf(W.ps)), zero)])
D("B14", B, [QPS, [r"\mathrm{KL}(q_\phi \,\|\, q_\psi) = (\phi - \psi)\, \mathbb{E}_{q_\phi}\left[f\right] - \log\frac{\sum_x e^{\phi f(x) + g(x)}}{\sum_x e^{\psi f(x) + g(x)}}"]],
  [(T, lambda W: KL(W.qf(), W.qf(W.ps)), lambda W: (W.ph - W.ps) * (W.qf() @ W.f) - lse(W.ph * W.f + W.g) + lse(W.ps * W.f + W.g))])
D("B15", B, [MODEL, QD, [r"H(q, p_\theta) \ge H(q)"]], [DEF, (T, lambda W: CE(W.q, W.p()), lambda W: H(W.q), ">=")])
D("B16", B, [MODEL, QD, [r"H(q, p_\theta) \ge H(p_\theta)"]], [DEF, (F, lambda W: CE(W.q, W.p()), lambda W: H(W.p()), ">=")], note="Gibbs' inequality with the wrong entropy")
D("B17", B, [MODEL, PT, [r"\log \tilde p_\theta(x) = \log p_\theta(x) - \log Z_\theta"]], [DEF, (F, lambda W: -W.E(), lambda W: np.log(W.p()) - W.logZ())])
D("B18", B, [MODEL, PT, [r"\log \tilde p_\theta(x) = \log p_\theta(x) + \log Z_\theta"]], [DEF, (T, lambda W: -W.E(), lambda W: np.log(W.p()) + W.logZ())])
P12 = (r"Two energy-based models on the same states: $p_1(x) = e^{-E_1(x)}/Z_1$ and $p_2(x) = e^{-E_2(x)}/Z_2$, "
       r"with $Z_k = \sum_x e^{-E_k(x)}$.")
D("B19", B, [P12, [r"\mathrm{KL}(p_1 \,\|\, p_2) = \mathbb{E}_{x \sim p_1}\left[E_2(x) - E_1(x)\right] + \log Z_2 - \log Z_1"]],
  [(T, lambda W: KL(W.p(), W.p(W.th2)), lambda W: W.p() @ (W.E(W.th2) - W.E()) + W.logZ(W.th2) - W.logZ())])
D("B20", B, [P12, [r"\mathrm{KL}(p_1 \,\|\, p_2) = \mathbb{E}_{x \sim p_1}\left[E_2(x) - E_1(x)\right] + \log Z_1 - \log Z_2"]],
  [(F, lambda W: KL(W.p(), W.p(W.th2)), lambda W: W.p() @ (W.E(W.th2) - W.E()) + W.logZ() - W.logZ(W.th2))])
D("B21", B, [LAT, [r"\sum_{v} p(v, h) = p(h)"]], [(T, lambda W: W.joint().sum(0), lambda W: W.prior)])
D("B22", B, [LAT, [r"\sum_{h} p(v, h) = p(h)"]], [(F, lambda W: W.joint().sum(1)[:, None] + 0 * W.prior[None, :], lambda W: W.prior[None, :] + 0 * W.joint())])

# ============================================================ C domains and explicit ranges
C = "C domains/ranges"
tri = lambda n: n * (n + 1) / 2
D("C01", C, [DATA, [r"\sum_{i=0}^{N} i = \frac{N(N+1)}{2}"]], [(T, lambda W: float(sum(range(W.N + 1))), lambda W: tri(W.N))])
D("C02", C, [DATA, [r"\sum_{i=1}^{N-1} i = \frac{N(N+1)}{2}"]], [(F, lambda W: float(sum(range(1, W.N))), lambda W: tri(W.N))], note="upper limit N-1")
SPI = r"Let $s \in \{-1, +1\}^{n}$ and fix an index $i \in \{1, \ldots, n\}$."
BTI = r"Let $s \in \{0, 1\}^{n}$ and fix an index $i \in \{1, \ldots, n\}$."
def offd(S):
    return np.stack([S[:, i] * (S.sum(1) - S[:, i]) for i in range(S.shape[1])])
D("C03", C, [SPI, [r"\sum_{j \neq i} s_i s_j = s_i \sum_{j=1}^{n} s_j - 1"]], [(T, lambda W: offd(spins(W.n)), lambda W: np.stack([spins(W.n)[:, i] * spins(W.n).sum(1) - 1 for i in range(W.n)]))])
D("C04", C, [BTI, [r"\sum_{j \neq i} s_i s_j = s_i \sum_{j=1}^{n} s_j - 1"]], [(F, lambda W: offd(bits(W.n)), lambda W: np.stack([bits(W.n)[:, i] * bits(W.n).sum(1) - 1 for i in range(W.n)]))],
  note="s_i^2 = s_i for 0/1 units")
D("C05", C, [BTI, [r"\sum_{j \neq i} s_i s_j = s_i \sum_{j=1}^{n} s_j - s_i"]], [(T, lambda W: offd(bits(W.n)), lambda W: np.stack([bits(W.n)[:, i] * bits(W.n).sum(1) - bits(W.n)[:, i] for i in range(W.n)]))])
pairs_up = lambda S: np.array([sum(s[i] * s[j] for i in range(len(s)) for j in range(i + 1, len(s))) for s in S])
D("C06", C, [r"Let $s \in \{-1, +1\}^{n}$.", [r"\sum_{i=1}^{n}\sum_{j=i+1}^{n} s_i s_j = \frac{1}{2}\left(\left(\sum_{i=1}^{n} s_i\right)^{2} - n\right)"]],
  [(T, lambda W: pairs_up(spins(W.n)), lambda W: (spins(W.n).sum(1) ** 2 - W.n) / 2)])
D("C07", C, [r"Let $s \in \{-1, +1\}^{n}$.", [r"\sum_{i=1}^{n}\sum_{j=i}^{n} s_i s_j = \frac{1}{2}\left(\left(\sum_{i=1}^{n} s_i\right)^{2} - n\right)"]],
  [(F, lambda W: pairs_up(spins(W.n)) + W.n, lambda W: (spins(W.n).sum(1) ** 2 - W.n) / 2)], note="j from i includes the diagonal")
FD = r"The data are $x^{(1)}, \ldots, x^{(N)}$ and $f$ is any function of $x$; $\bar f = \frac{1}{N}\sum_{i=1}^{N} f(x^{(i)})$."
D("C08", C, [FD, [r"\frac{1}{N}\sum_{i=0}^{N-1} f(x^{(i+1)}) = \bar f"]], [(T, lambda W: W.avg(W.f), lambda W: W.avg(W.f))])
D("C09", C, [FD, [r"\frac{1}{N}\sum_{i=1}^{N-1} f(x^{(i+1)}) = \bar f"]], [(F, lambda W: W.f[W.data[1:]].sum() / W.N, lambda W: W.avg(W.f))], note="the first point is lost")
D("C10", C, [FD, [r"\sum_{i=1}^{N}\left(f(x^{(i)}) - \bar f\right) = 0"]], [(T, lambda W: (W.f[W.data] - W.avg(W.f)).sum(), zero)])
D("C11", C, [FD, [r"\sum_{i=1}^{N}\left(f(x^{(i)}) - \bar f\right)^{2} = \sum_{i=1}^{N} f(x^{(i)})^{2} - \bar f^{2}"]],
  [(F, lambda W: ((W.f[W.data] - W.avg(W.f)) ** 2).sum(), lambda W: (W.f[W.data] ** 2).sum() - W.avg(W.f) ** 2)], note="N fbar^2, not fbar^2")
D("C12", C, [FD, [r"\frac{1}{N}\sum_{i=1}^{N}\left(f(x^{(i)}) - \bar f\right)^{2} = \frac{1}{N}\sum_{i=1}^{N} f(x^{(i)})^{2} - \bar f^{2}"]],
  [(T, lambda W: ((W.f[W.data] - W.avg(W.f)) ** 2).mean(), lambda W: (W.f[W.data] ** 2).mean() - W.avg(W.f) ** 2)])
D("C13", C, [FD, [r"\frac{1}{N^{2}}\sum_{i=1}^{N}\sum_{j=1}^{N} f(x^{(i)})\, f(x^{(j)}) = \bar f^{2}"]], [(T, lambda W: W.f[W.data].sum() ** 2 / W.N ** 2, lambda W: W.avg(W.f) ** 2)])
D("C14", C, [FD, [r"\frac{1}{N^{2}}\sum_{i=1}^{N}\sum_{j \neq i} f(x^{(i)})\, f(x^{(j)}) = \bar f^{2}"]],
  [(F, lambda W: (W.f[W.data].sum() ** 2 - (W.f[W.data] ** 2).sum()) / W.N ** 2, lambda W: W.avg(W.f) ** 2)], note="the diagonal is missing")
GEO = r"For an integer $n \ge 1$ and $\beta > 0$:"
D("C15", C, [GEO, [r"\sum_{k=0}^{n-1} e^{k\beta} = \frac{e^{n\beta} - 1}{e^{\beta} - 1}"]], [(T, lambda W: np.exp(np.arange(W.n) * W.be).sum(), lambda W: np.expm1(W.n * W.be) / np.expm1(W.be))])
D("C16", C, [GEO, [r"\sum_{k=1}^{n} e^{k\beta} = \frac{e^{n\beta} - 1}{e^{\beta} - 1}"]], [(F, lambda W: np.exp(np.arange(1, W.n + 1) * W.be).sum(), lambda W: np.expm1(W.n * W.be) / np.expm1(W.be))],
  note="range shifted by one")
SMX = r"For logits $z_1, \ldots, z_K$ (any real numbers, $K \ge 2$):"
D("C17", C, [SMX, [r"\sum_{k=2}^{K} \frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}} = 1 - \frac{e^{z_1}}{\sum_{j=1}^{K} e^{z_j}}"]], [(T, lambda W: softmax(W.z)[1:].sum(), lambda W: 1 - softmax(W.z)[0])])
D("C18", C, [SMX, [r"\sum_{k=2}^{K} \frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}} = 1 - \frac{e^{z_K}}{\sum_{j=1}^{K} e^{z_j}}"]], [(F, lambda W: softmax(W.z)[1:].sum(), lambda W: 1 - softmax(W.z)[-1])],
  note="removes the wrong term")
D("C19", C, [SMX, [r"\sum_{j \neq k} \frac{e^{z_j}}{\sum_{l=1}^{K} e^{z_l}} = \frac{\sum_{j=1}^{K} e^{z_j} - e^{z_k}}{\sum_{j \neq k} e^{z_j}}"]],
  [(F, lambda W: 1 - softmax(W.z), lambda W: np.ones(W.K))], note="denominator over j != k")
D("C20", C, [SMX, [r"\sum_{j \neq k} \frac{e^{z_j}}{\sum_{l=1}^{K} e^{z_l}} = 1 - \frac{e^{z_k}}{\sum_{l=1}^{K} e^{z_l}}"]], [(T, lambda W: 1 - softmax(W.z), lambda W: 1 - softmax(W.z))])
cube = lambda W, u: np.array(list(__import__("itertools").product(u, repeat=W.nh)), float)
HC = r"Let $c \in \mathbb{R}^{m}$."
D("C21", C, [HC, [r"\sum_{h \in \{-1, +1\}^{m}} e^{c^\top h} = \prod_{j=1}^{m} 2\cosh(c_j)"]], [(T, lambda W: np.exp(cube(W, (-1, 1)) @ W.ch).sum(), lambda W: np.prod(2 * np.cosh(W.ch)))])
D("C22", C, [HC, [r"\sum_{h \in \{-1, +1\}^{m}} e^{c^\top h} = \prod_{j=1}^{m} \cosh(c_j)"]], [(F, lambda W: np.exp(cube(W, (-1, 1)) @ W.ch).sum(), lambda W: np.prod(np.cosh(W.ch)))], note="factor 2 per unit")
D("C23", C, [HC, [r"\sum_{h \in \{0, 1\}^{m}} e^{c^\top h} = \prod_{j=1}^{m} 2\cosh(c_j)"]], [(F, lambda W: np.exp(cube(W, (0, 1)) @ W.ch).sum(), lambda W: np.prod(2 * np.cosh(W.ch)))], note="0/1 domain")
D("C24", C, [MODEL, [r"\sum_{x}\sum_{x'} p_\theta(x)\, p_\theta(x') \left(E_\theta(x) - E_\theta(x')\right)^{2} = 2\left(\mathbb{E}_{p_\theta}\left[E_\theta^{2}\right] - \mathbb{E}_{p_\theta}\left[E_\theta\right]^{2}\right)"]],
  [DEF, (T, lambda W: W.p() @ (np.subtract.outer(W.E(), W.E()) ** 2) @ W.p(), lambda W: 2 * (Ep(W, W.E() ** 2) - Ep(W, W.E()) ** 2))])
D("C25", C, [MODEL, [r"\sum_{x}\sum_{x'} p_\theta(x)\, p_\theta(x') \left(E_\theta(x) - E_\theta(x')\right)^{2} = \mathbb{E}_{p_\theta}\left[E_\theta^{2}\right] - \mathbb{E}_{p_\theta}\left[E_\theta\right]^{2}"]],
  [DEF, (F, lambda W: W.p() @ (np.subtract.outer(W.E(), W.E()) ** 2) @ W.p(), lambda W: Ep(W, W.E() ** 2) - Ep(W, W.E()) ** 2)], note="factor 2")

# ---- later additions (same causes)
D("A31", A, [MODEL, DATA, [r"\prod_{i=1}^{N} p_\theta(x^{(i)}) = \frac{e^{-\sum_{i=1}^{N} E_\theta(x^{(i)})}}{Z_\theta^{N}}"]],
  [DEF, (T, lambda W: np.prod(W.p()[W.data]), lambda W: np.exp(-W.E()[W.data].sum()) / W.Z() ** W.N)])
D("A32", A, [MODEL, DATA, [r"\prod_{i=1}^{N} p_\theta(x^{(i)}) = \frac{e^{-\sum_{i=1}^{N} E_\theta(x^{(i)})}}{Z_\theta}"]],
  [DEF, (F, lambda W: np.prod(W.p()[W.data]), lambda W: np.exp(-W.E()[W.data].sum()) / W.Z())], note="the power N on Z dropped (equal at N = 1)")
SEMI = [r"p(x; \theta) = \frac{e^{-E(x; \theta)}}{Z(\theta)}"]
D("A33", A, [SEMI, [r"\log p(x; \theta) - \log p(x; \theta') = E(x; \theta') - E(x; \theta) + \log Z(\theta') - \log Z(\theta)"]],
  [DEF, (T, lambda W: np.log(W.p()) - np.log(W.p(W.th2)), lambda W: W.E(W.th2) - W.E() + W.logZ(W.th2) - W.logZ())])
D("A34", A, [SEMI, [r"\log p(x; \theta) - \log p(x; \theta') = E(x; \theta') - E(x; \theta) + \log Z(\theta) - \log Z(\theta')"]],
  [DEF, (F, lambda W: np.log(W.p()) - np.log(W.p(W.th2)), lambda W: W.E(W.th2) - W.E() + W.logZ() - W.logZ(W.th2))], note="Z's swapped")
D("C26", C, [MODEL, r"The states form the set $\mathcal{X}$; fix one state $x_0 \in \mathcal{X}$.", [r"\sum_{x \in \mathcal{X} \setminus \{x_0\}} e^{-E_\theta(x)} = Z_\theta - e^{-E_\theta(x_0)}"]],
  [DEF, (T, lambda W: W.Z() - np.exp(-W.E()[W.x0]), lambda W: W.Z() - np.exp(-W.E()[W.x0]))])
D("C27", C, [MODEL, r"The states form the set $\mathcal{X}$; fix one state $x_0 \in \mathcal{X}$.", [r"\sum_{x \in \mathcal{X} \setminus \{x_0\}} e^{-E_\theta(x)} = Z_\theta"]],
  [DEF, (F, lambda W: W.Z() - np.exp(-W.E()[W.x0]), lambda W: W.Z())], note="the excluded state")
