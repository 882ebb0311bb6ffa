"""hostile9 cases A-D: a second distribution defined in prose (q_phi, q, tilde p, r); cross-entropy H(q, p);
KL between two members of one family at different parameters; conditionals p(h|v) vs q(h|v) and Bayes."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ A a second (third) distribution in prose
A = "A second distribution in prose"
Eq = lambda W, v, d=None: float((W.q if d is None else d) @ np.asarray(v, float))
D("A01", A, [M9, M9Z, Q9, PT9, [r"\mathbb{E}_{x \sim q}\left[\frac{\tilde p_\theta(x)}{q(x)}\right] = Z_\theta"]],
  [DEF, (T, lambda W: W.q @ (np.exp(-W.E()) / W.q), lambda W: W.Z())])
D("A02", A, [M9, M9Z, Q9, PT9, [r"\mathbb{E}_{x \sim q}\left[\frac{\tilde p_\theta(x)}{q(x)}\right] = 1"]],
  [DEF, (F, lambda W: W.q @ (np.exp(-W.E()) / W.q), one)], note="tilde p is unnormalised")
D("A03", A, [M9, M9Z, Q9, PT9, [r"\frac{\tilde p_\theta(x)}{Z_\theta} = p_\theta(x)"]], [DEF, (T, lambda W: np.exp(-W.E()) / W.Z(), lambda W: W.p())])
D("A04", A, [M9, M9Z, Q9, PT9, [r"\frac{\tilde p_\theta(x)}{Z_\theta} = q(x)"]], [DEF, (F, lambda W: np.exp(-W.E()) / W.Z(), lambda W: W.q)], note="q merged with p")
pair = lambda v: np.subtract.outer(v, v)
D("A05", A, [M9, M9Z, PT9, [r"\log \tilde p_\theta(x) - \log \tilde p_\theta(x') = \log p_\theta(x) - \log p_\theta(x')"]],
  [DEF, (T, lambda W: pair(-W.E()), lambda W: pair(np.log(W.p())))])
D("A06", A, [M9, M9Z, Q9, PT9, [r"\log \tilde p_\theta(x) - \log \tilde p_\theta(x') = \log p_\theta(x) - \log q(x')"]],
  [DEF, (F, lambda W: pair(-W.E()), lambda W: np.log(W.p())[:, None] - np.log(W.q)[None, :])], note="q in the last term")
D("A07", A, [Q9, R9, [r"\sum_{x} r(x) = \sum_{x} q(x)"]], [(T, lambda W: W.r.sum(), lambda W: W.q.sum())])
D("A08", A, [Q9, R9, [r"\sum_{x} r(x)^{2} = \sum_{x} q(x)^{2}"]], [(F, lambda W: (W.r ** 2).sum(), lambda W: (W.q ** 2).sum())])
D("A09", A, [M9, M9Z, Q9, R9, [r"D_{\mathrm{KL}}(q \,\|\, r) = D_{\mathrm{KL}}(q \,\|\, p_\theta)"]], [DEF, (F, lambda W: KL(W.q, W.r), lambda W: KL(W.q, W.p()))])
D("A10", A, [Q9, R9, [r"D_{\mathrm{KL}}(q \,\|\, r) = \sum_{x} q(x) \log q(x) - \sum_{x} q(x) \log r(x)"]],
  [(T, lambda W: KL(W.q, W.r), lambda W: W.q @ np.log(W.q) - W.q @ np.log(W.r))])
D("A11", A, [Q9, R9, [r"D_{\mathrm{KL}}(q \,\|\, r) = \sum_{x} q(x) \log q(x) - \sum_{x} r(x) \log r(x)"]],
  [(F, lambda W: KL(W.q, W.r), lambda W: W.q @ np.log(W.q) - W.r @ np.log(W.r))], note="weights r in the second sum")
D("A12", A, [M9, M9Z, QPHI9, [r"\log q_\phi(x) = \phi f(x) + g(x) - \log \sum_{x'} e^{\phi f(x') + g(x')}"]],
  [DEF, (T, lambda W: np.log(W.qf()), lambda W: W.ph * W.f + W.g - np.log(Zphi(W)))])
D("A13", A, [M9, M9Z, QPHI9, [r"\log q_\phi(x) = \phi f(x) + g(x) - \log \sum_{x'} e^{\theta f(x') + g(x')}"]],
  [DEF, (F, lambda W: np.log(W.qf()), lambda W: W.ph * W.f + W.g - np.log(Zphi(W, W.th)))], note="theta for phi in the normaliser")
D("A14", A, [M9, M9Z, QPHI9, [r"\frac{\partial}{\partial \phi} \log q_\phi(x) = f(x) - \mathbb{E}_{x' \sim q_\phi}\left[f(x')\right]"]],
  [DEF, (T, lambda W: d1(lambda u: np.log(W.qf(u)), W.ph), lambda W: W.f - W.qf() @ W.f)])
D("A15", A, [M9, M9Z, QPHI9, [r"\frac{\partial}{\partial \phi} \log q_\phi(x) = f(x) - \mathbb{E}_{x' \sim p_\theta}\left[f(x')\right]"]],
  [DEF, (F, lambda W: d1(lambda u: np.log(W.qf(u)), W.ph), lambda W: W.f - W.p() @ W.f)], note="expectation under the other model")
D("A16", A, [M9, M9Z, QPHI9, [r"\frac{\partial}{\partial \theta} \log q_\phi(x) = 0"]], [DEF, (T, zero, zero)])
D("A17", A, [M9, M9Z, QPHI9, [r"\frac{\partial}{\partial \phi} \log q_\phi(x) = 0"]], [DEF, (F, lambda W: d1(lambda u: np.log(W.qf(u)), W.ph), zero)])
D("A18", A, [M9, M9Z, QPHI9, PT9, [r"\mathbb{E}_{x \sim q_\phi}\left[\log \tilde p_\theta(x)\right] = -\mathbb{E}_{x \sim q_\phi}\left[E_\theta(x)\right]"]],
  [DEF, (T, lambda W: W.qf() @ (-W.E()), lambda W: -(W.qf() @ W.E()))])
D("A19", A, [M9, M9Z, QPHI9, PT9, [r"\mathbb{E}_{x \sim q_\phi}\left[\log \tilde p_\theta(x)\right] = -\mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]],
  [DEF, (F, lambda W: W.qf() @ (-W.E()), lambda W: -(W.p() @ W.E()))])
D("A20", A, [M9, M9Z, Q9, PT9, [r"\sum_{x} q(x) \log \frac{q(x)}{\tilde p_\theta(x)} = D_{\mathrm{KL}}(q \,\|\, p_\theta) - \log Z_\theta"]],
  [DEF, (T, lambda W: W.q @ (np.log(W.q) + W.E()), lambda W: KL(W.q, W.p()) - W.logZ())])
D("A21", A, [M9, M9Z, Q9, PT9, [r"\sum_{x} q(x) \log \frac{q(x)}{\tilde p_\theta(x)} = D_{\mathrm{KL}}(q \,\|\, p_\theta) + \log Z_\theta"]],
  [DEF, (F, lambda W: W.q @ (np.log(W.q) + W.E()), lambda W: KL(W.q, W.p()) + W.logZ())])
D("A22", A, [M9, M9Z, r"Let $q(x) = p_\theta(x)$ for every state $x$.", [r"D_{\mathrm{KL}}(q \,\|\, p_\theta) = 0"]], [DEF, (T, lambda W: KL(W.p(), W.p()), zero)])
D("A23", A, [M9, M9Z, Q9, [r"D_{\mathrm{KL}}(q \,\|\, p_\theta) = 0"]], [DEF, (F, lambda W: KL(W.q, W.p()), zero)], note="q is any distribution")
D("A24", A, [M9, M9Z, Q9, r"Define a third distribution by $r(x) \propto q(x)\, p_\theta(x)$.",
             [r"r(x) = \frac{q(x)\, e^{-E_\theta(x)}}{\sum_{x'} q(x')\, e^{-E_\theta(x')}}"]],
  [DEF, (T, lambda W: W.q * W.p() / (W.q @ W.p()), lambda W: W.q * np.exp(-W.E()) / (W.q @ np.exp(-W.E())))])
D("A25", A, [M9, M9Z, Q9, r"Define a third distribution by $r(x) \propto q(x)\, p_\theta(x)$.", [r"r(x) = \frac{q(x)\, e^{-E_\theta(x)}}{Z_\theta}"]],
  [DEF, (F, lambda W: W.q * W.p() / (W.q @ W.p()), lambda W: W.q * np.exp(-W.E()) / W.Z())], note="wrong normaliser")
D("A26", A, [M9, M9Z, Q9, [r"\sum_{x} q(x)\, \frac{p_\theta(x)}{q(x)}\, E_\theta(x) = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]"]],
  [DEF, (T, lambda W: W.q @ (W.p() / W.q * W.E()), lambda W: W.p() @ W.E())])
D("A27", A, [M9, M9Z, Q9, [r"\sum_{x} q(x)\, \frac{p_\theta(x)}{q(x)}\, E_\theta(x) = \mathbb{E}_{x \sim q}\left[E_\theta(x)\right]"]],
  [DEF, (F, lambda W: W.q @ (W.p() / W.q * W.E()), lambda W: W.q @ W.E())])

# ============================================================ B cross-entropy H(q, p)
B = "B cross-entropy"
CEDEF = r"Here $H(q, p) = -\sum_{x} q(x) \log p(x)$ is the cross-entropy and $H(q) = -\sum_{x} q(x) \log q(x)$ the entropy."
dEq = lambda W, d: float(d @ W.dE())
D("B01", B, [M9, M9Z, Q9, CEDEF, [r"H(q, p_\theta) = \mathbb{E}_{x \sim q}\left[E_\theta(x)\right] + \log Z_\theta"]], [DEF, (T, lambda W: CE(W.q, W.p()), lambda W: W.q @ W.E() + W.logZ())])
D("B02", B, [M9, M9Z, Q9, CEDEF, [r"H(q, p_\theta) = \mathbb{E}_{x \sim q}\left[E_\theta(x)\right] - \log Z_\theta"]], [DEF, (F, lambda W: CE(W.q, W.p()), lambda W: W.q @ W.E() - W.logZ())])
D("B03", B, [M9, M9Z, Q9, CEDEF, [r"H(q, p_\theta) = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right] + \log Z_\theta"]], [DEF, (F, lambda W: CE(W.q, W.p()), lambda W: W.p() @ W.E() + W.logZ())], note="expectation under p")
D("B04", B, [M9, M9Z, CEDEF, [r"H(p_\theta, p_\theta) = H(p_\theta)"]], [DEF, (T, lambda W: CE(W.p(), W.p()), lambda W: H(W.p()))])
D("B05", B, [M9, M9Z, Q9, CEDEF, [r"H(q, p_\theta) = H(p_\theta, q)"]], [DEF, (F, lambda W: CE(W.q, W.p()), lambda W: CE(W.p(), W.q))], note="arguments swapped")
D("B06", B, [M9, M9Z, Q9, CEDEF, [r"H(q, p_\theta) - H(q) \geq 0"]], [DEF, (T, lambda W: CE(W.q, W.p()) - H(W.q), zero, ">=")])
D("B07", B, [M9, M9Z, Q9, CEDEF, [r"H(q, p_\theta) - H(q) < 0"]], [DEF, (F, lambda W: CE(W.q, W.p()) - H(W.q), zero, "<")])
D("B08", B, [M9, M9Z, Q9, R9, CEDEF, [r"H(q, p_\theta) - H(q, r) = \sum_{x} q(x) \log \frac{r(x)}{p_\theta(x)}"]],
  [DEF, (T, lambda W: CE(W.q, W.p()) - CE(W.q, W.r), lambda W: W.q @ np.log(W.r / W.p()))])
D("B09", B, [M9, M9Z, Q9, R9, CEDEF, [r"H(q, p_\theta) - H(q, r) = \sum_{x} q(x) \log \frac{p_\theta(x)}{r(x)}"]],
  [DEF, (F, lambda W: CE(W.q, W.p()) - CE(W.q, W.r), lambda W: W.q @ np.log(W.p() / W.r))])
D("B10", B, [M9, M9Z, Q9, CEDEF, [r"\frac{\partial}{\partial \theta} H(q, p_\theta) = \mathbb{E}_{x \sim q}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] - \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (T, lambda W: d1(lambda t: CE(W.q, W.p(t)), W.th), lambda W: dEq(W, W.q) - dEq(W, W.p()))])
D("B11", B, [M9, M9Z, Q9, CEDEF, [r"\frac{\partial}{\partial \theta} H(q, p_\theta) = \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] - \mathbb{E}_{x \sim q}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (F, lambda W: d1(lambda t: CE(W.q, W.p(t)), W.th), lambda W: dEq(W, W.p()) - dEq(W, W.q))], note="phases swapped")
PHAT = r"Let $\hat p(x) = \frac{1}{N} \sum_{n=1}^{N} \mathbb{1}\left[x^{(n)} = x\right]$ be the empirical distribution of the data $x^{(1)}, \ldots, x^{(N)}$."
D("B12", B, [M9, M9Z, PHAT, CEDEF, [r"H(\hat p, p_\theta) = -\frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right)"]], [DEF, (T, lambda W: CE(W.phat(), W.p()), lambda W: -W.avg(np.log(W.p())))])
D("B13", B, [M9, M9Z, PHAT, CEDEF, [r"H(\hat p, p_\theta) = -\frac{1}{N} \sum_{n=1}^{N} \log \hat p\left(x^{(n)}\right)"]], [DEF, (F, lambda W: CE(W.phat(), W.p()), lambda W: -W.avg(np.log(W.phat() + 1e-300)))], note="p-hat for p_theta")
D("B14", B, [M9, M9Z, QPHI9, CEDEF, [r"H(q_\phi, p_\theta) - D_{\mathrm{KL}}(q_\phi \,\|\, p_\theta) = H(q_\phi)"]], [DEF, (T, lambda W: CE(W.qf(), W.p()) - KL(W.qf(), W.p()), lambda W: H(W.qf()))])
D("B15", B, [M9, M9Z, QPHI9, CEDEF, [r"H(q_\phi, p_\theta) - D_{\mathrm{KL}}(q_\phi \,\|\, p_\theta) = H(p_\theta)"]], [DEF, (F, lambda W: CE(W.qf(), W.p()) - KL(W.qf(), W.p()), lambda W: H(W.p()))])
UNI = r"Let $u(x) = 1/K$ be the uniform distribution over the $K$ states."
D("B16", B, [Q9, UNI, CEDEF, [r"H(q, u) = \log K"]], [(T, lambda W: CE(W.q, np.full(W.K, 1 / W.K)), lambda W: np.log(W.K))])
D("B17", B, [Q9, UNI, CEDEF, [r"H(u, q) = \log K"]], [(F, lambda W: CE(np.full(W.K, 1 / W.K), W.q), lambda W: np.log(W.K))], note="arguments swapped")
D("B18", B, [M9, M9Z, Q9, [r"H(q, p_\theta) = \sum_{x} q(x) \log \frac{1}{p_\theta(x)}"]], [DEF, (T, lambda W: CE(W.q, W.p()), lambda W: -(W.q @ np.log(W.p())))])
D("B19", B, [M9, M9Z, Q9, [r"H(q, p_\theta) = \sum_{x} p_\theta(x) \log \frac{1}{q(x)}"]], [DEF, (F, lambda W: CE(W.q, W.p()), lambda W: -(W.p() @ np.log(W.q)))])
D("B20", B, [M9, M9Z, Q9, TH2, CEDEF, [r"H(q, p_{\theta'}) - H(q, p_\theta) = \mathbb{E}_{x \sim q}\left[E_{\theta'}(x) - E_\theta(x)\right] + \log Z_{\theta'} - \log Z_\theta"]],
  [DEF, (T, lambda W: CE(W.q, W.p(W.th2)) - CE(W.q, W.p()), lambda W: W.q @ (W.E(W.th2) - W.E()) + W.logZ(W.th2) - W.logZ())])
D("B21", B, [M9, M9Z, Q9, TH2, CEDEF, [r"H(q, p_{\theta'}) - H(q, p_\theta) = \mathbb{E}_{x \sim q}\left[E_{\theta'}(x) - E_\theta(x)\right] + \log Z_{\theta} - \log Z_{\theta'}"]],
  [DEF, (F, lambda W: CE(W.q, W.p(W.th2)) - CE(W.q, W.p()), lambda W: W.q @ (W.E(W.th2) - W.E()) + W.logZ() - W.logZ(W.th2))])
D("B22", B, [r"For logits $z_1, \ldots, z_K$ and a class $y$, let $s = \mathrm{softmax}(z)$ and $e_y$ the one-hot vector of $y$.", CEDEF,
             [r"H(e_y, s) = \log \sum_{k=1}^{K} e^{z_k} - z_y"]], [(T, lambda W: -np.log(softmax(W.z)[W.k0]), lambda W: lse(W.z) - W.z[W.k0])])
D("B23", B, [r"For logits $z_1, \ldots, z_K$ and a class $y$, let $s = \mathrm{softmax}(z)$ and $e_y$ the one-hot vector of $y$.", CEDEF,
             [r"H(e_y, s) = \log \sum_{k=1}^{K} e^{z_k} + z_y"]], [(F, lambda W: -np.log(softmax(W.z)[W.k0]), lambda W: lse(W.z) + W.z[W.k0])])

# ============================================================ C KL between two members of one family
C = "C KL within one family"
dKL = lambda W, a, b: KL(W.p(a), W.p(b))
D("C01", C, [M9, M9Z, TH2, [r"D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'}) = \mathbb{E}_{x \sim p_\theta}\left[E_{\theta'}(x) - E_\theta(x)\right] + \log Z_{\theta'} - \log Z_\theta"]],
  [DEF, (T, lambda W: dKL(W, W.th, W.th2), lambda W: W.p() @ (W.E(W.th2) - W.E()) + W.logZ(W.th2) - W.logZ())])
D("C02", C, [M9, M9Z, TH2, [r"D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'}) = \mathbb{E}_{x \sim p_\theta}\left[E_{\theta'}(x) - E_\theta(x)\right] + \log Z_{\theta} - \log Z_{\theta'}"]],
  [DEF, (F, lambda W: dKL(W, W.th, W.th2), lambda W: W.p() @ (W.E(W.th2) - W.E()) + W.logZ() - W.logZ(W.th2))])
D("C03", C, [M9, M9Z, TH2, [r"D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'}) = \mathbb{E}_{x \sim p_{\theta'}}\left[E_{\theta'}(x) - E_\theta(x)\right] + \log Z_{\theta'} - \log Z_\theta"]],
  [DEF, (F, lambda W: dKL(W, W.th, W.th2), lambda W: W.p(W.th2) @ (W.E(W.th2) - W.E()) + W.logZ(W.th2) - W.logZ())], note="expectation at theta'")
klq = lambda W, a, b: KL(W.qf(a), W.qf(b))
D("C04", C, [QPSI9, [r"D_{\mathrm{KL}}(q_\phi \,\|\, q_\psi) = (\phi - \psi)\, \mathbb{E}_{x \sim q_\phi}\left[f(x)\right] - \log Z(\phi) + \log Z(\psi)"]],
  [(T, lambda W: klq(W, W.ph, W.ps), lambda W: (W.ph - W.ps) * (W.qf() @ W.f) - np.log(Zphi(W)) + np.log(Zphi(W, W.ps)))])
D("C05", C, [QPSI9, [r"D_{\mathrm{KL}}(q_\phi \,\|\, q_\psi) = (\psi - \phi)\, \mathbb{E}_{x \sim q_\phi}\left[f(x)\right] - \log Z(\phi) + \log Z(\psi)"]],
  [(F, lambda W: klq(W, W.ph, W.ps), lambda W: (W.ps - W.ph) * (W.qf() @ W.f) - np.log(Zphi(W)) + np.log(Zphi(W, W.ps)))])
D("C06", C, [M9, M9Z, TH2, [r"\left.\frac{\partial}{\partial \theta'} D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'})\right|_{\theta' = \theta} = 0"]],
  [DEF, (T, lambda W: d1(lambda u: dKL(W, W.th, u), W.th), zero)])
D("C07", C, [M9, M9Z, TH2, [r"\frac{\partial}{\partial \theta'} D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'}) = 0"]],
  [DEF, (F, lambda W: d1(lambda u: dKL(W, W.th, u), W.th2), zero)], note="not evaluated at theta' = theta")
D("C08", C, [LIN9, M9, M9Z, TH2, [r"\left.\frac{\partial^{2}}{\partial \theta'^{2}} D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'})\right|_{\theta' = \theta} = \mathrm{Var}_{x \sim p_\theta}\left[g(x)\right]"]],
  [DEF, (T, lambda W: d2(lambda u: KL(pl(W), pl(W, u)), W.th), lambda W: pl(W) @ W.g ** 2 - (pl(W) @ W.g) ** 2)])
D("C09", C, [LIN9, M9, M9Z, TH2, [r"\left.\frac{\partial^{2}}{\partial \theta'^{2}} D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'})\right|_{\theta' = \theta} = \mathbb{E}_{x \sim p_\theta}\left[g(x)^{2}\right]"]],
  [DEF, (F, lambda W: d2(lambda u: KL(pl(W), pl(W, u)), W.th), lambda W: pl(W) @ W.g ** 2)], note="second moment for variance")
D("C10", C, [QPSI9, [r"D_{\mathrm{KL}}(q_\phi \,\|\, q_\psi) \ge 0"]], [(T, lambda W: klq(W, W.ph, W.ps), zero, ">=")])
D("C11", C, [QPSI9, [r"D_{\mathrm{KL}}(q_\phi \,\|\, q_\psi) = D_{\mathrm{KL}}(q_\psi \,\|\, q_\phi)"]], [(F, lambda W: klq(W, W.ph, W.ps), lambda W: klq(W, W.ps, W.ph))])
EFAM = (r"An exponential family $p_\eta(x) = h(x)\, e^{\eta T(x) - A(\eta)}$ on finitely many states, "
        r"$A(\eta) = \log \sum_{x} h(x) e^{\eta T(x)}$; let $\eta'$ be a second natural parameter.")
D("C12", C, [EFAM, [r"D_{\mathrm{KL}}(p_\eta \,\|\, p_{\eta'}) = A(\eta') - A(\eta) - (\eta' - \eta)\, \mathbb{E}_{x \sim p_\eta}\left[T(x)\right]"]],
  [(T, lambda W: KL(W.px(), W.px(W.th2)), lambda W: W.A(W.th2) - W.A() - (W.th2 - W.eta) * (W.px() @ W.T))])
D("C13", C, [EFAM, [r"D_{\mathrm{KL}}(p_\eta \,\|\, p_{\eta'}) = A(\eta') - A(\eta) - (\eta' - \eta)\, \mathbb{E}_{x \sim p_{\eta'}}\left[T(x)\right]"]],
  [(F, lambda W: KL(W.px(), W.px(W.th2)), lambda W: W.A(W.th2) - W.A() - (W.th2 - W.eta) * (W.px(W.th2) @ W.T))], note="mean at eta'")
D("C14", C, [G9, G9Z, [r"D_{\mathrm{KL}}(p_\beta \,\|\, p_{2\beta}) = \beta\, \mathbb{E}_{x \sim p_\beta}\left[E(x)\right] + \log Z(2\beta) - \log Z(\beta)"]],
  [DEF, (T, lambda W: KL(W.pb(), W.pb(2 * W.be)), lambda W: W.be * (W.pb() @ W.b) + W.logZb(2 * W.be) - W.logZb())])
D("C15", C, [G9, G9Z, [r"D_{\mathrm{KL}}(p_\beta \,\|\, p_{2\beta}) = -\beta\, \mathbb{E}_{x \sim p_\beta}\left[E(x)\right] + \log Z(2\beta) - \log Z(\beta)"]],
  [DEF, (F, lambda W: KL(W.pb(), W.pb(2 * W.be)), lambda W: -W.be * (W.pb() @ W.b) + W.logZb(2 * W.be) - W.logZb())])
D("C16", C, [M9, M9Z, EPS9, [r"D_{\mathrm{KL}}(p_{\theta + \epsilon} \,\|\, p_{\theta + \epsilon}) = 0"]], [DEF, (T, lambda W: dKL(W, W.th + W.eps, W.th + W.eps), zero)])
D("C17", C, [M9, M9Z, EPS9, [r"D_{\mathrm{KL}}(p_{\theta} \,\|\, p_{\theta + \epsilon}) = 0"]], [DEF, (F, lambda W: dKL(W, W.th, W.th + W.eps), zero)])
D("C18", C, [QPSI9, [r"D_{\mathrm{KL}}(q_\phi \,\|\, q_\psi) + D_{\mathrm{KL}}(q_\psi \,\|\, q_\phi) = (\phi - \psi)\left(\mathbb{E}_{x \sim q_\phi}\left[f(x)\right] - \mathbb{E}_{x \sim q_\psi}\left[f(x)\right]\right)"]],
  [(T, lambda W: klq(W, W.ph, W.ps) + klq(W, W.ps, W.ph), lambda W: (W.ph - W.ps) * (W.qf() @ W.f - W.qf(W.ps) @ W.f))])
D("C19", C, [QPSI9, [r"D_{\mathrm{KL}}(q_\phi \,\|\, q_\psi) + D_{\mathrm{KL}}(q_\psi \,\|\, q_\phi) = (\phi + \psi)\left(\mathbb{E}_{x \sim q_\phi}\left[f(x)\right] - \mathbb{E}_{x \sim q_\psi}\left[f(x)\right]\right)"]],
  [(F, lambda W: klq(W, W.ph, W.ps) + klq(W, W.ps, W.ph), lambda W: (W.ph + W.ps) * (W.qf() @ W.f - W.qf(W.ps) @ W.f))])
BER = r"For real $a$ and $b$, write $\mathrm{Ber}(\sigma(a))$ for the distribution on $x \in \{0, 1\}$ with $p(x = 1) = \sigma(a)$."
klb = lambda a, b: sig(a) * np.log(sig(a) / sig(b)) + sig(-a) * np.log(sig(-a) / sig(-b))
D("C20", C, [BER, [r"D_{\mathrm{KL}}\left(\mathrm{Ber}(\sigma(a)) \,\|\, \mathrm{Ber}(\sigma(b))\right) = \sigma(a)\,(a - b) + \log\left(1 + e^{b}\right) - \log\left(1 + e^{a}\right)"]],
  [(T, lambda W: klb(W.al[0], W.al[1]), lambda W: sig(W.al[0]) * (W.al[0] - W.al[1]) + np.log1p(np.exp(W.al[1])) - np.log1p(np.exp(W.al[0])))])
D("C21", C, [BER, [r"D_{\mathrm{KL}}\left(\mathrm{Ber}(\sigma(a)) \,\|\, \mathrm{Ber}(\sigma(b))\right) = \sigma(b)\,(a - b) + \log\left(1 + e^{b}\right) - \log\left(1 + e^{a}\right)"]],
  [(F, lambda W: klb(W.al[0], W.al[1]), lambda W: sig(W.al[1]) * (W.al[0] - W.al[1]) + np.log1p(np.exp(W.al[1])) - np.log1p(np.exp(W.al[0])))], note="sigma(b) for sigma(a)")
D("C22", C, [LIN9, M9, M9Z, TH2, [r"D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'}) = (\theta' - \theta)\, \mathbb{E}_{x \sim p_\theta}\left[g(x)\right] + \log Z_{\theta'} - \log Z_\theta"]],
  [DEF, (T, lambda W: KL(pl(W), pl(W, W.th2)), lambda W: (W.th2 - W.th) * (pl(W) @ W.g) + lZl(W, W.th2) - lZl(W))])
D("C23", C, [LIN9, M9, M9Z, TH2, [r"D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'}) = (\theta' - \theta)\, \mathbb{E}_{x \sim p_{\theta'}}\left[g(x)\right] + \log Z_{\theta'} - \log Z_\theta"]],
  [DEF, (F, lambda W: KL(pl(W), pl(W, W.th2)), lambda W: (W.th2 - W.th) * (pl(W, W.th2) @ W.g) + lZl(W, W.th2) - lZl(W))])

# ============================================================ D conditionals p(h|v) vs q(h|v), Bayes
Dc = "D conditionals/Bayes"
post = lambda W: W.post()
D("D01", Dc, [LAT9, [r"p(h \mid v) = \frac{p(h)\, p(v \mid h)}{\sum_{h'} p(h')\, p(v \mid h')}"]], [(T, post, lambda W: W.joint() / W.joint().sum(1, keepdims=True))])
D("D02", Dc, [LAT9, [r"p(h \mid v) = \frac{p(h)\, p(v \mid h)}{\sum_{v'} p(h)\, p(v' \mid h)}"]], [(F, post, lambda W: W.lik.T)], note="normalised over v")
D("D03", Dc, [LAT9, [r"\sum_{h} q(h \mid v) = 1"]], [(T, lambda W: W.Q.sum(1), one)])
D("D04", Dc, [LAT9, [r"\sum_{v} q(h \mid v) = 1"]], [(F, lambda W: W.Q.sum(0), one)], note="summed over the conditioning variable")
D("D05", Dc, [LAT9, [r"\sum_{h} p(h \mid v)\, p(v) = p(v)"]], [(T, lambda W: (post(W) * W.pv()[:, None]).sum(1), lambda W: W.pv())])
D("D06", Dc, [LAT9, [r"\sum_{h} p(h \mid v)\, p(h) = p(v)"]], [(F, lambda W: (post(W) * W.prior[None, :]).sum(1), lambda W: W.pv())])
D("D07", Dc, [LAT9, [r"p(v \mid h) = \frac{p(h \mid v)\, p(v)}{p(h)}"]], [(T, lambda W: W.lik.T, lambda W: post(W) * W.pv()[:, None] / W.prior[None, :])])
D("D08", Dc, [LAT9, [r"p(v \mid h) = \frac{q(h \mid v)\, p(v)}{p(h)}"]], [(F, lambda W: W.lik.T, lambda W: W.Q * W.pv()[:, None] / W.prior[None, :])], note="q for the posterior")
D("D09", Dc, [LAT9, [r"\mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right) = \sum_{h} q(h \mid v) \log q(h \mid v) - \sum_{h} q(h \mid v) \log p(v, h) + \log p(v)"]],
  [(T, lambda W: (W.Q * np.log(W.Q / post(W))).sum(1), lambda W: (W.Q * np.log(W.Q)).sum(1) - (W.Q * np.log(W.joint())).sum(1) + np.log(W.pv()))])
D("D10", Dc, [LAT9, [r"\mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right) = \sum_{h} q(h \mid v) \log q(h \mid v) - \sum_{h} q(h \mid v) \log p(v, h) - \log p(v)"]],
  [(F, lambda W: (W.Q * np.log(W.Q / post(W))).sum(1), lambda W: (W.Q * np.log(W.Q)).sum(1) - (W.Q * np.log(W.joint())).sum(1) - np.log(W.pv()))])
ratio = lambda M: M[:, :, None] / M[:, None, :]
D("D11", Dc, [LAT9, r"Let $h'$ be a second value of $h$.", [r"\frac{p(h \mid v)}{p(h' \mid v)} = \frac{p(v \mid h)\, p(h)}{p(v \mid h')\, p(h')}"]],
  [(T, lambda W: ratio(post(W)), lambda W: ratio(W.lik.T * W.prior[None, :]))])
D("D12", Dc, [LAT9, r"Let $h'$ be a second value of $h$.", [r"\frac{p(h \mid v)}{p(h' \mid v)} = \frac{p(v \mid h)}{p(v \mid h')}"]],
  [(F, lambda W: ratio(post(W)), lambda W: ratio(W.lik.T))], note="prior ratio dropped")
D("D13", Dc, [LAT9, [r"p(v) = \frac{p(v, h)}{p(h \mid v)}"]], [(T, lambda W: W.pv()[:, None] + 0 * W.Q, lambda W: W.joint() / post(W))])
D("D14", Dc, [LAT9, [r"p(v) = \frac{p(v, h)}{q(h \mid v)}"]], [(F, lambda W: W.pv()[:, None] + 0 * W.Q, lambda W: W.joint() / W.Q)])
D("D15", Dc, [LAT9, [r"\mathbb{E}_{v \sim p(v)}\left[p(h \mid v)\right] = p(h)"]], [(T, lambda W: W.pv() @ post(W), lambda W: W.prior)])
D("D16", Dc, [LAT9, [r"\mathbb{E}_{v \sim p(v)}\left[q(h \mid v)\right] = p(h)"]], [(F, lambda W: W.pv() @ W.Q, lambda W: W.prior)])
D("D17", Dc, [LAT9, [r"p(h \mid v) \propto p(h)\, p(v \mid h)"]], [(T, post, lambda W: W.lik.T * W.prior[None, :], "prop")])
D("D18", Dc, [LAT9, [r"p(h \mid v) \propto p(h)"]], [(F, post, lambda W: W.prior[None, :] + 0 * W.Q, "prop")], note="likelihood dropped")
D("D19", Dc, [LAT9, [r"\log p(h \mid v) = \log p(v \mid h) + \log p(h) - \log p(v)"]], [(T, lambda W: np.log(post(W)), lambda W: np.log(W.lik.T) + np.log(W.prior)[None, :] - np.log(W.pv())[:, None])])
D("D20", Dc, [LAT9, [r"\log p(h \mid v) = \log p(v \mid h) + \log p(h) + \log p(v)"]], [(F, lambda W: np.log(post(W)), lambda W: np.log(W.lik.T) + np.log(W.prior)[None, :] + np.log(W.pv())[:, None])])
D("D21", Dc, [LAT9, [r"\sum_{h} q(h \mid v) \log \frac{p(v, h)}{q(h \mid v)} \le \log p(v)"]], [(T, lambda W: W.elbo(), lambda W: np.log(W.pv()), "<=")])
D("D22", Dc, [LAT9, [r"\sum_{h} q(h \mid v) \log \frac{p(v, h)}{q(h \mid v)} = \log p(v)"]], [(F, lambda W: W.elbo(), lambda W: np.log(W.pv()))], note="q is not the posterior")
D("D23", Dc, [LAT9, [r"p(h \mid v) \propto \frac{p(v, h)}{p(v)}"]], [(T, post, lambda W: W.joint() / W.pv()[:, None], "prop")])
D("D24", Dc, [LAT9, [r"p(h \mid v) \propto \frac{q(h \mid v)}{p(v)}"]], [(F, post, lambda W: W.Q / W.pv()[:, None], "prop")])
