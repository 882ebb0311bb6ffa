"""hostile3 cases A-E: parameters, two distributions, domains, fixed objects, vanishing factors."""
import numpy as np

from build import D, DEF, I, S, V
from world import CE, H, KL, d1, d2, sig, softmax  # noqa: F401

MODEL = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]
PB = [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"]
x0 = lambda W: W.x0

# ================================================================ A parameters and arguments that differ
A = "A parameters differ"
S("A01", A, r"\log p_{\theta_0}(x) - \log p_\theta(x)", r"E_\theta(x) - E_{\theta_0}(x)",
  (I, lambda W: np.log(W.p(W.th0)[W.x0]) - np.log(W.p()[W.x0]), lambda W: W.E()[W.x0] - W.E(W.th0)[W.x0]),
  note="the two log Z terms are missing")
S("A02", A, r"\log p_{\theta_0}(x) - \log p_\theta(x)", r"E_\theta(x) - E_{\theta_0}(x) + \log Z_\theta - \log Z_{\theta_0}",
  (V, lambda W: np.log(W.p(W.th0)[W.x0]) - np.log(W.p()[W.x0]),
   lambda W: W.E()[W.x0] - W.E(W.th0)[W.x0] + W.logZ() - W.logZ(W.th0)))
S("A03", A, r"Z(2\beta)", r"\sum_x e^{-2\beta E(x)}", (V, lambda W: W.Zb(2 * W.be), lambda W: np.sum(np.exp(-2 * W.be * W.b))))
S("A04", A, r"Z(2\beta)", r"\left(\sum_x e^{-\beta E(x)}\right)^2", (I, lambda W: W.Zb(2 * W.be), lambda W: W.Zb() ** 2))
S("A05", A, r"\frac{Z(2\beta)}{Z(\beta)}", r"\mathbb{E}_{x\sim p_\beta}\left[e^{-\beta E(x)}\right]",
  (V, lambda W: W.Zb(2 * W.be) / W.Zb(), lambda W: W.pb() @ np.exp(-W.be * W.b)))
S("A06", A, r"\frac{Z(2\beta)}{Z(\beta)}", r"\mathbb{E}_{x\sim p_{2\beta}}\left[e^{-\beta E(x)}\right]",
  (I, lambda W: W.Zb(2 * W.be) / W.Zb(), lambda W: W.pb(2 * W.be) @ np.exp(-W.be * W.b)))
S("A07", A, r"\nabla_\phi \log Z_\phi", r"-\mathbb{E}_{x\sim p_\psi}[\nabla_\phi E_\phi(x)]",
  (I, lambda W: d1(W.logZ, W.ph), lambda W: -W.p(W.ps) @ W.dE(W.ph)), note="expectation at psi, not phi")
S("A08", A, r"\nabla_\phi \log Z_\phi", r"-\mathbb{E}_{x\sim p_\phi}[\nabla_\phi E_\phi(x)]",
  (V, lambda W: d1(W.logZ, W.ph), lambda W: -W.p(W.ph) @ W.dE(W.ph)))
S("A09", A, r"E_{\theta+\epsilon}(x) - E_\theta(x)", r"\epsilon\, \nabla_\theta E_\theta(x)",
  (I, lambda W: W.E(W.th + W.eps)[W.x0] - W.E()[W.x0], lambda W: W.eps * W.dE()[W.x0]),
  note="first order only: the energy is not linear in theta in general")
S("A10", A, r"\frac{p_\theta(x_1)}{p_\theta(x_2)}", r"e^{E_\theta(x_2) - E_\theta(x_1)}",
  (V, lambda W: W.p()[W.x1] / W.p()[W.x2], lambda W: np.exp(W.E()[W.x2] - W.E()[W.x1])))
S("A11", A, r"\frac{p_\theta(x_1)}{p_\theta(x_2)}", r"e^{E_\theta(x_1) - E_\theta(x_2)}",
  (I, lambda W: W.p()[W.x1] / W.p()[W.x2], lambda W: np.exp(W.E()[W.x1] - W.E()[W.x2])))
D("A12", A, [MODEL, [r"\log \frac{p_\theta(x)}{p_{\theta'}(x)} &= E_{\theta'}(x) - E_\theta(x) - \log Z_\theta + \log Z_{\theta'}",
                     r"&= E_{\theta'}(x) - E_\theta(x) - \log \frac{Z_\theta}{Z_{\theta'}}",
                     r"&= E_{\theta'}(x) - E_\theta(x) - \log \frac{Z_{\theta'}}{Z_\theta}"]],
  [DEF, (V, lambda W: np.log(W.p()[W.x0] / W.p(W.th2)[W.x0]), lambda W: W.E(W.th2)[W.x0] - W.E()[W.x0] - W.logZ() + W.logZ(W.th2)),
   (V, lambda W: W.E(W.th2)[W.x0] - W.E()[W.x0] - W.logZ() + W.logZ(W.th2), lambda W: W.E(W.th2)[W.x0] - W.E()[W.x0] - np.log(W.Z() / W.Z(W.th2))),
   (I, lambda W: W.E(W.th2)[W.x0] - W.E()[W.x0] - np.log(W.Z() / W.Z(W.th2)), lambda W: W.E(W.th2)[W.x0] - W.E()[W.x0] - np.log(W.Z(W.th2) / W.Z()))])
D("A13", A, [PB, [r"\log p_{2\beta}(x) = 2 \log p_\beta(x)"]],
  [DEF, (I, lambda W: np.log(W.pb(2 * W.be)[W.x0]), lambda W: 2 * np.log(W.pb()[W.x0]))])
D("A14", A, [PB, [r"\log p_{2\beta}(x) = 2 \log p_\beta(x) + 2 \log Z(\beta) - \log Z(2\beta)"]],
  [DEF, (V, lambda W: np.log(W.pb(2 * W.be)[W.x0]), lambda W: 2 * np.log(W.pb()[W.x0]) + 2 * W.logZb() - W.logZb(2 * W.be))])
S("A15", A, r"\log Z_\theta - \log Z_{\theta'}", r"\log \mathbb{E}_{x\sim p_{\theta'}}\left[e^{E_{\theta'}(x) - E_\theta(x)}\right]",
  (V, lambda W: W.logZ() - W.logZ(W.th2), lambda W: np.log(W.p(W.th2) @ np.exp(W.E(W.th2) - W.E()))))
S("A16", A, r"\log Z_\theta - \log Z_{\theta'}", r"\log \mathbb{E}_{x\sim p_{\theta}}\left[e^{E_{\theta'}(x) - E_\theta(x)}\right]",
  (I, lambda W: W.logZ() - W.logZ(W.th2), lambda W: np.log(W.p() @ np.exp(W.E(W.th2) - W.E()))))
S("A17", A, r"\mathrm{KL}(q_\phi \| q_\psi)", r"\mathbb{E}_{z\sim q_\phi}\left[\log q_\phi(z) - \log q_\psi(z)\right]",
  (V, lambda W: KL(W.q(), W.q(W.ps)), lambda W: W.q() @ (np.log(W.q()) - np.log(W.q(W.ps)))))
S("A18", A, r"\mathrm{KL}(q_\phi \| q_\psi)", r"\mathbb{E}_{z\sim q_\psi}\left[\log q_\phi(z) - \log q_\psi(z)\right]",
  (I, lambda W: KL(W.q(), W.q(W.ps)), lambda W: W.q(W.ps) @ (np.log(W.q()) - np.log(W.q(W.ps)))))
S("A19", A, r"E_{2\theta}(x)", r"2 E_\theta(x)", (I, lambda W: W.E(2 * W.th)[W.x0], lambda W: 2 * W.E()[W.x0]),
  note="true only for an energy linear in theta")
D("A20", A, [[r"E_\theta(x) = \theta\, T(x)"], [r"E_{2\theta}(x) = 2 E_\theta(x)"]],
  [DEF, (V, lambda W: 2 * W.th * W.T[W.x0], lambda W: 2 * (W.th * W.T[W.x0]))], note="the document's energy is linear")
D("A21", A, [[r"Z(\beta) = \sum_x e^{-\beta E(x)}"], [r"Z(\beta + \beta') = Z(\beta)\, Z(\beta')"]],
  [DEF, (I, lambda W: W.Zb(W.be + W.be2), lambda W: W.Zb() * W.Zb(W.be2))])
S("A22", A, r"p_{\theta_0}(x)", r"p_\theta(x)\, \frac{Z_\theta}{Z_{\theta_0}}\, e^{E_\theta(x) - E_{\theta_0}(x)}",
  (V, lambda W: W.p(W.th0)[W.x0], lambda W: W.p()[W.x0] * W.Z() / W.Z(W.th0) * np.exp(W.E()[W.x0] - W.E(W.th0)[W.x0])))

# ================================================================ B two distributions that must not merge
B = "B distributions merged"
S("B01", B, r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathrm{KL}(p_\theta \| q_\phi)", (I, lambda W: KL(W.q(), W.p()), lambda W: KL(W.p(), W.q())))
S("B02", B, r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}\left[\log \frac{q_\phi(x)}{p_\theta(x)}\right]",
  (V, lambda W: KL(W.q(), W.p()), lambda W: W.q() @ np.log(W.q() / W.p())))
S("B03", B, r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim p_\theta}\left[\log \frac{q_\phi(x)}{p_\theta(x)}\right]",
  (I, lambda W: KL(W.q(), W.p()), lambda W: W.p() @ np.log(W.q() / W.p())))
S("B04", B, r"\mathrm{KL}(p_\theta \| q_\phi)", r"-\mathbb{E}_{x\sim p_\theta}[\log q_\phi(x)] - H(p_\theta)",
  (V, lambda W: KL(W.p(), W.q()), lambda W: -W.p() @ np.log(W.q()) - H(W.p())))
S("B05", B, r"\mathrm{KL}(p_\theta \| q_\phi)", r"-\mathbb{E}_{x\sim p_\theta}[\log q_\phi(x)] + H(p_\theta)",
  (I, lambda W: KL(W.p(), W.q()), lambda W: -W.p() @ np.log(W.q()) + H(W.p())))
S("B06", B, r"H(p_\theta, q_\phi)", r"H(q_\phi, p_\theta)", (I, lambda W: CE(W.p(), W.q()), lambda W: CE(W.q(), W.p())),
  note="cross-entropy is not symmetric")
S("B07", B, r"H(p_\theta, q_\phi)", r"H(p_\theta) + \mathrm{KL}(p_\theta \| q_\phi)",
  (V, lambda W: CE(W.p(), W.q()), lambda W: H(W.p()) + KL(W.p(), W.q())))
LAT = r"A model $p_\theta(v, h)$ with a latent variable $h$, and an encoder $q_\phi(h \mid v)$ that approximates the posterior $p_\theta(h \mid v)$."
qv = lambda W: W.qhv()[W.v0]
D("B08", B, [LAT, [r"\log p_\theta(v) - \mathrm{KL}\left(q_\phi(h \mid v) \,\|\, p_\theta(h \mid v)\right) = \mathbb{E}_{h\sim q_\phi(h\mid v)}[\log p_\theta(v, h)] + H\left(q_\phi(h \mid v)\right)"]],
  [(V, lambda W: np.log(W.pv()[W.v0]) - KL(qv(W), W.post()[W.v0]), lambda W: qv(W) @ np.log(W.joint()[W.v0]) + H(qv(W)))])
D("B09", B, [LAT, [r"\log p_\theta(v) - \mathrm{KL}\left(p_\theta(h \mid v) \,\|\, q_\phi(h \mid v)\right) = \mathbb{E}_{h\sim q_\phi(h\mid v)}[\log p_\theta(v, h)] + H\left(q_\phi(h \mid v)\right)"]],
  [(I, lambda W: np.log(W.pv()[W.v0]) - KL(W.post()[W.v0], qv(W)), lambda W: qv(W) @ np.log(W.joint()[W.v0]) + H(qv(W)))],
  note="the KL is the other way round")
D("B10", B, [LAT, [r"\mathbb{E}_{h\sim q_\phi(h\mid v)}[\log p_\theta(h \mid v)] = \mathbb{E}_{h\sim p_\theta(h\mid v)}[\log p_\theta(h \mid v)]"]],
  [(I, lambda W: qv(W) @ np.log(W.post()[W.v0]), lambda W: W.post()[W.v0] @ np.log(W.post()[W.v0]))])
D("B11", B, [LAT, [r"\nabla_\theta \mathbb{E}_{h\sim q_\phi(h\mid v)}[\log p_\theta(v, h)] = \mathbb{E}_{h\sim q_\phi(h\mid v)}[\nabla_\theta \log p_\theta(v, h)]"]],
  [(V, lambda W: d1(lambda t: qv(W) @ np.log(W.joint(t)[W.v0]), W.th), lambda W: qv(W) @ d1(lambda t: np.log(W.joint(t)[W.v0]), W.th))])
D("B12", B, [LAT, [r"\nabla_\phi \mathbb{E}_{h\sim q_\phi(h\mid v)}[\log p_\theta(v, h)] = \mathbb{E}_{h\sim q_\phi(h\mid v)}[\nabla_\phi \log p_\theta(v, h)]"]],
  [(I, lambda W: d1(lambda f: W.qhv(f)[W.v0] @ np.log(W.joint()[W.v0]), W.ph), lambda W: 0.0)],
  note="q depends on phi: the gradient does not pass inside (the right side is 0)")
S("B13", B, r"\mathbb{E}_{x\sim q}[f(x)] - \mathbb{E}_{x\sim p}[f(x)]", r"0", (I, lambda W: W.qq @ W.f - W.pp @ W.f, lambda W: 0.0))
S("B14", B, r"\sum_x q(x) \log p(x)", r"\sum_x p(x) \log q(x)", (I, lambda W: W.qq @ np.log(W.pp), lambda W: W.pp @ np.log(W.qq)))
PQ = r"Let $p$ and $q$ be two distributions on the same finite set of states."
D("B15", B, [PQ, [r"\mathrm{KL}(p \| q) + \mathrm{KL}(q \| p) = \sum_x \left(p(x) - q(x)\right) \log \frac{p(x)}{q(x)}"]],
  [(V, lambda W: KL(W.pp, W.qq) + KL(W.qq, W.pp), lambda W: (W.pp - W.qq) @ np.log(W.pp / W.qq))])
D("B16", B, [PQ, [r"\mathrm{KL}(p \| q) - \mathrm{KL}(q \| p) = 0"]], [(I, lambda W: KL(W.pp, W.qq) - KL(W.qq, W.pp), lambda W: 0.0)])
PDATA = r"The data distribution $p_{\mathrm{data}}$ is the empirical distribution of $x^{(1)}, \dots, x^{(N)}$."
D("B17", B, [PDATA, MODEL, [r"\mathbb{E}_{x\sim p_{\mathrm{data}}}[E_\theta(x)] = \mathbb{E}_{x\sim p_\theta}[E_\theta(x)]"]],
  [DEF, (I, lambda W: W.phat() @ W.E(), lambda W: W.p() @ W.E())])
S("B18", B, r"\mathbb{E}_{x \sim p_\theta}[\log q_\phi(x)]", r"-H(p_\theta)", (I, lambda W: W.p() @ np.log(W.q()), lambda W: -H(W.p())))

# ================================================================ C domains
C = "C domains"
SUB = r"Let $S$ be a proper, nonempty subset of the states and $\bar S$ its complement."
D("C01", C, [SUB, MODEL, [r"\sum_{x\in S} p_\theta(x) + \sum_{x \in \bar S} p_\theta(x) = 1"]],
  [DEF, (V, lambda W: W.p()[W.S].sum() + W.p()[~W.S].sum(), lambda W: 1.0)])
D("C02", C, [SUB, MODEL, [r"\sum_{x\in S} p_\theta(x) = \frac{1}{Z_\theta}\sum_{x} e^{-E_\theta(x)}"]],
  [DEF, (I, lambda W: W.p()[W.S].sum(), lambda W: np.exp(-W.E()).sum() / W.Z())])
D("C03", C, [SUB, MODEL, [r"\sum_{x\in S} p_\theta(x) = \frac{\sum_{x\in S} e^{-E_\theta(x)}}{\sum_{x \in \bar S} e^{-E_\theta(x)}}"]],
  [DEF, (I, lambda W: W.p()[W.S].sum(), lambda W: np.exp(-W.E())[W.S].sum() / np.exp(-W.E())[~W.S].sum())])
S("C04", C, r"\sum_{x \neq x_0} p_\theta(x) \log p_\theta(x)", r"-H(p_\theta)",
  (I, lambda W: np.delete(W.p() * np.log(W.p()), W.x0).sum(), lambda W: -H(W.p())))
S("C05", C, r"\sum_{i=1}^{N} \sum_{j=1}^{N} f(x_i)", r"N \sum_{i=1}^N f(x_i)",
  (V, lambda W: W.N * W.f[W.data].sum(), lambda W: W.N * W.f[W.data].sum()))
S("C06", C, r"\sum_{i=1}^{N} \sum_{j=1}^{i} f(x_j)", r"N \sum_{i=1}^N f(x_i)",
  (I, lambda W: sum(W.f[W.data[:i + 1]].sum() for i in range(W.N)), lambda W: W.N * W.f[W.data].sum()))
S("C07", C, r"\sum_{h} p(h \mid v)", r"1", (V, lambda W: W.post()[W.v0].sum(), lambda W: 1.0))
S("C08", C, r"\sum_{v} p(h \mid v)", r"1", (I, lambda W: W.post()[:, W.h0].sum(), lambda W: 1.0),
  note="summed over the conditioning variable")
S("C09", C, r"\sum_{v}\sum_{h} p(v, h) \log p(v)", r"\sum_v p(v) \log p(v)",
  (V, lambda W: (W.joint() * np.log(W.pv())[:, None]).sum(), lambda W: W.pv() @ np.log(W.pv())))
D("C10", C, [[r"Z_\theta = \int e^{-E_\theta(x)}\, dx"], [r"\int e^{-E_\theta(x)}\, d\mu(x) = Z_\theta"]],
  [DEF, (I, lambda W: W.mu @ np.exp(-W.E()), lambda W: W.dx @ np.exp(-W.E()))], note="another measure mu")
PINT = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{\int e^{-E_\theta(y)}\,dy}"]
D("C11", C, [PINT, [r"\int p_\theta(x)\, dx = 1"]],
  [DEF, (V, lambda W: W.dx @ (np.exp(-W.E()) / (W.dx @ np.exp(-W.E()))), lambda W: 1.0)])
D("C12", C, [r"Let $A$ be a set of states with $A \neq \mathcal{X}$.", PINT, [r"\int_A p_\theta(x)\, dx = 1"]],
  [DEF, (I, lambda W: (W.dx * np.exp(-W.E()))[W.S].sum() / (W.dx @ np.exp(-W.E())), lambda W: 1.0)])
S("C13", C, r"\sum_{k=1}^{K} \sum_{l=1}^{K} a_k b_l", r"\left(\sum_{k=1}^K a_k\right)\left(\sum_{l=1}^K b_l\right)",
  (V, lambda W: np.outer(W.a, W.b).sum(), lambda W: W.a.sum() * W.b.sum()))
S("C14", C, r"\sum_{k=1}^{K} \sum_{l=k}^{K} a_k b_l", r"\left(\sum_{k=1}^K a_k\right)\left(\sum_{l=1}^K b_l\right)",
  (I, lambda W: np.triu(np.outer(W.a, W.b)).sum(), lambda W: W.a.sum() * W.b.sum()))
S("C15", C, r"\sum_{i=2}^{n} (a_i - a_{i-1})", r"a_n - a_1",
  (V, lambda W: sum(W.seq[i] - W.seq[i - 1] for i in range(1, W.n01)), lambda W: W.seq[W.n01 - 1] - W.seq[0]))
S("C16", C, r"\sum_{i=2}^{n} (a_i - a_{i-1})", r"a_n - a_2",
  (I, lambda W: sum(W.seq[i] - W.seq[i - 1] for i in range(1, W.n01)), lambda W: W.seq[W.n01 - 1] - W.seq[1]))
S("C17", C, r"\sum_{x}\sum_{x' \neq x} p_\theta(x)\, p_\theta(x')", r"1 - \sum_x p_\theta(x)^2",
  (V, lambda W: np.outer(W.p(), W.p()).sum() - (W.p() ** 2).sum(), lambda W: 1 - (W.p() ** 2).sum()))
S("C18", C, r"\sum_{x}\sum_{x'} p_\theta(x)\, p_\theta(x')", r"1 - \sum_x p_\theta(x)^2",
  (I, lambda W: np.outer(W.p(), W.p()).sum(), lambda W: 1 - (W.p() ** 2).sum()))

# ================================================================ D rows about fixed objects
Dd = "D fixed objects"
D("D01", Dd, [MODEL, [r"H(p_\theta) = \mathbb{E}_{x\sim p_\theta}[E_\theta(x)] - \log Z_\theta"]],
  [DEF, (I, lambda W: H(W.p()), lambda W: W.p() @ W.E() - W.logZ())])
D("D02", Dd, [MODEL, [r"H(p_\theta) = \log Z_\theta - \mathbb{E}_{x\sim p_\theta}\left[\log e^{-E_\theta(x)}\right]"]],
  [DEF, (V, lambda W: H(W.p()), lambda W: W.logZ() - W.p() @ (-W.E()))])
S("D03", Dd, r"H(q_\phi, q_\phi)", r"H(q_\phi)", (V, lambda W: CE(W.q(), W.q()), lambda W: H(W.q())))
UNIF = r"Let $q$ be the uniform distribution on the $K$ states."
D("D04", Dd, [UNIF, [r"H(q) = \log K"]], [(V, lambda W: H(np.full(W.K, 1 / W.K)), lambda W: np.log(W.K))],
  note="q fixed by prose: refuting it with an arbitrary q refutes nothing the author meant")
D("D05", Dd, [UNIF, [r"H(q) = K"]], [(I, lambda W: H(np.full(W.K, 1 / W.K)), lambda W: float(W.K))])
D("D06", Dd, [MODEL, [r"e^{-E_\theta(x)} = \frac{p_\theta(x)}{Z_\theta}"]],
  [DEF, (I, lambda W: np.exp(-W.E()[W.x0]), lambda W: W.p()[W.x0] / W.Z())])
D("D07", Dd, [MODEL, [r"Z_\theta = \sum_x p_\theta(x)"]], [DEF, (I, lambda W: W.Z(), lambda W: W.p().sum())])
D("D08", Dd, [MODEL, [r"\log Z_\theta = -\log p_\theta(x) - E_\theta(x)"]],
  [DEF, (V, lambda W: W.logZ(), lambda W: -np.log(W.p()[W.x0]) - W.E()[W.x0])])
FB = [r"F(\beta) = -\frac{1}{\beta}\log Z(\beta)"]
D("D09", Dd, [PB, FB, [r"F(\beta) = \mathbb{E}_{x\sim p_\beta}[E(x)] - \frac{1}{\beta} H(p_\beta)"]],
  [DEF, DEF, (V, lambda W: -W.logZb() / W.be, lambda W: W.pb() @ W.b - H(W.pb()) / W.be)])
D("D10", Dd, [PB, FB, [r"F(\beta) = \mathbb{E}_{x\sim p_\beta}[E(x)] + \frac{1}{\beta} H(p_\beta)"]],
  [DEF, DEF, (I, lambda W: -W.logZb() / W.be, lambda W: W.pb() @ W.b + H(W.pb()) / W.be)])
D("D11", Dd, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}[\log p_\theta(x)] = -E_\theta(x) - \log Z_\theta"]],
  [DEF, (I, lambda W: W.p() @ np.log(W.p()), lambda W: -W.E()[W.x0] - W.logZ())], note="an expectation is not a function of x")
D("D12", Dd, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}[\log p_\theta(x)] = -\mathbb{E}_{x\sim p_\theta}[E_\theta(x)] - \log Z_\theta"]],
  [DEF, (V, lambda W: W.p() @ np.log(W.p()), lambda W: -W.p() @ W.E() - W.logZ())])
D("D13", Dd, [PDATA, MODEL, [r"H(p_{\mathrm{data}}, p_\theta) = \frac{1}{N}\sum_{i=1}^N E_\theta(x^{(i)}) + \log Z_\theta"]],
  [DEF, (V, lambda W: CE(W.phat(), W.p()), lambda W: W.E()[W.data].mean() + W.logZ())])
D("D14", Dd, [PDATA, MODEL, [r"H(p_{\mathrm{data}}, p_\theta) = \frac{1}{N}\sum_{i=1}^N E_\theta(x^{(i)})"]],
  [DEF, (I, lambda W: CE(W.phat(), W.p()), lambda W: W.E()[W.data].mean())])
D("D15", Dd, [MODEL, [r"Z_\theta = e^{-E_\theta(x)}"]], [DEF, (I, lambda W: W.Z(), lambda W: np.exp(-W.E()[W.x0]))])
S("D16", Dd, r"\mathrm{KL}(q \| p)", r"H(q, p) + H(q)", (I, lambda W: KL(W.qq, W.pp), lambda W: CE(W.qq, W.pp) + H(W.qq)))
D("D17", Dd, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}\left[e^{E_\theta(x)}\right] = \frac{\sum_x 1}{Z_\theta}"]],
  [DEF, (V, lambda W: W.p() @ np.exp(W.E()), lambda W: W.K / W.Z())])
D("D18", Dd, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}\left[e^{E_\theta(x)}\right] = Z_\theta"]],
  [DEF, (I, lambda W: W.p() @ np.exp(W.E()), lambda W: W.Z())])

# ================================================================ E factors that vanish at a few points
Ee = "E vanishing factors"
S("E01", Ee, r"\nabla_\theta \log Z_\theta", r"-\mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)] \left(\theta^2 - 3\theta + 3\right)",
  (I, lambda W: d1(W.logZ, W.th), lambda W: -(W.p() @ W.dE()) * (W.th ** 2 - 3 * W.th + 3)), note="factor is 1 at theta = 1, 2")
S("E02", Ee, r"\log Z(\beta)", r"\log Z(\beta) + \beta(\beta - 1)(\beta - 2)(\beta - 3)(\beta - 4)",
  (I, lambda W: W.logZb(), lambda W: W.logZb() + W.be * (W.be - 1) * (W.be - 2) * (W.be - 3) * (W.be - 4)))
S("E03", Ee, r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathrm{KL}(q_\phi \| p_\theta) + \phi\,\theta\,(\phi - \theta)",
  (I, lambda W: KL(W.q(), W.p()), lambda W: KL(W.q(), W.p()) + W.ph * W.th * (W.ph - W.th)), note="zero when phi = theta")
S("E04", Ee, r"H(q_\phi)", r"H(q_\phi) + (\phi^2 - 1)^2(\phi^2 - 4)",
  (I, lambda W: H(W.q()), lambda W: H(W.q()) + (W.ph ** 2 - 1) ** 2 * (W.ph ** 2 - 4)))
S("E05", Ee, r"Z_\theta", r"Z_\theta \left(1 + \theta^3 - \theta\right)", (I, lambda W: W.Z(), lambda W: W.Z() * (1 + W.th ** 3 - W.th)))
S("E06", Ee, r"\sum_{x} 1", r"\frac{(\sum_x 1)(\sum_x 1 + 1)}{2} - \frac{(\sum_x 1)(\sum_x 1 - 1)}{2}",
  (V, lambda W: float(W.K), lambda W: W.K * (W.K + 1) / 2 - W.K * (W.K - 1) / 2))
S("E07", Ee, r"\sum_{x} p_\theta(x)", r"1 + \frac{1}{6}\left(\sum_x 1 - 1\right)\left(\sum_x 1 - 2\right)\left(\sum_x 1 - 3\right)",
  (I, lambda W: W.p().sum(), lambda W: 1 + (W.K - 1) * (W.K - 2) * (W.K - 3) / 6), note="zero for 1, 2, 3 states only")
S("E08", Ee, r"\frac{1}{N}\sum_{i=1}^N 1", r"\frac{N^2 - 3N + 4}{2}", (I, lambda W: 1.0, lambda W: (W.N ** 2 - 3 * W.N + 4) / 2),
  note="equal for N = 1, 2 only")
S("E09", Ee, r"\frac{\partial^2 \log Z(\beta)}{\partial \beta^2}", r"\mathrm{Var}_{p_\beta}[E(x)] + \beta^2(\beta - 1)",
  (I, lambda W: d2(W.logZb, W.be), lambda W: W.pb() @ W.b ** 2 - (W.pb() @ W.b) ** 2 + W.be ** 2 * (W.be - 1)))
EXPA = [r"p_\theta(x) = \exp\left(\theta T(x) - A(\theta)\right)"]
lse = lambda v: float(np.log(np.sum(np.exp(v))))
D("E10", Ee, [EXPA, [r"\frac{dA}{d\theta} = \mathbb{E}_{p_\theta}[T(x)] + \theta(\theta^2 - 1)(\theta^2 - 4)"]],
  [DEF, (I, lambda W: d1(lambda t: lse(t * W.T), W.th),
         lambda W: softmax(W.th * W.T) @ W.T + W.th * (W.th ** 2 - 1) * (W.th ** 2 - 4))])
S("E11", Ee, r"e^{\log Z_\theta}", r"Z_\theta^{\theta^2 - \theta + 1}", (I, lambda W: W.Z(), lambda W: W.Z() ** (W.th ** 2 - W.th + 1)))
S("E12", Ee, r"\log Z_\theta", r"\log Z_\theta + \sin(\pi \theta)", (I, lambda W: W.logZ(), lambda W: W.logZ() + np.sin(np.pi * W.th)),
  note="vanishes at every integer theta")
S("E13", Ee, r"p_\theta(x)", r"p_\theta(x) \cos(2\pi\theta)", (I, lambda W: W.p()[W.x0], lambda W: W.p()[W.x0] * np.cos(2 * np.pi * W.th)),
  note="equal at every integer theta")
S("E14", Ee, r"\log Z_\theta", r"\log Z_\theta + (\theta + 1)^2 - \theta^2 - 2\theta - 1", (V, lambda W: W.logZ(), lambda W: W.logZ() + (W.th + 1) ** 2 - W.th ** 2 - 2 * W.th - 1))
S("E15", Ee, r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathrm{KL}(q_\phi \| p_\theta) + (\phi - \psi)^2",
  (I, lambda W: KL(W.q(), W.p()), lambda W: KL(W.q(), W.p()) + (W.ph - W.ps) ** 2), note="zero only where phi = psi")
HN = r"Here $h \in \{0, 1\}^n$."
D("E16", Ee, [HN, [r"\sum_{h} 1 = n^2 - n + 2"]], [(I, lambda W: 2.0 ** W.n01, lambda W: W.n01 ** 2 - W.n01 + 2.0)],
  note="agrees for n = 1, 2, 3; n = 4 refutes")
D("E17", Ee, [HN, [r"\sum_{h} 1 = 2^n"]], [(V, lambda W: 2.0 ** W.n01, lambda W: 2.0 ** W.n01)])
S("E18", Ee, r"\mathbb{E}_{x\sim p_\beta}[E(x)]", r"\mathbb{E}_{x\sim p_\beta}[E(x)]\,\beta^{\beta - 1}",
  (I, lambda W: W.pb() @ W.b, lambda W: (W.pb() @ W.b) * W.be ** (W.be - 1)), note="equal at beta = 1")
S("E19", Ee, r"\log Z_\theta", r"\log Z_\theta + \theta\,\phi\,\psi\,\epsilon",
  (I, lambda W: W.logZ(), lambda W: W.logZ() + W.th * W.ph * W.ps * W.eps), note="vanishes if any one letter is 0")
S("E20", Ee, r"\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)", r"\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i) + (N - 1)(N - 2)(N - 3)\,\theta",
  (I, lambda W: np.log(W.p()[W.data]).mean(), lambda W: np.log(W.p()[W.data]).mean() + (W.N - 1) * (W.N - 2) * (W.N - 3) * W.th),
  note="zero for N <= 3")

# ---------------------------------------------------------------- more true rows (E, B)
S("E21", Ee, r"Z_\theta", r"Z_\theta \left(\theta^2 + 1\right) - \theta^2 Z_\theta", (V, lambda W: W.Z(), lambda W: W.Z() * (W.th ** 2 + 1) - W.th ** 2 * W.Z()))
S("E22", Ee, r"\nabla_\theta \log Z_\theta", r"-\mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)] + \theta(\theta - 1) - \theta^2 + \theta",
  (V, lambda W: d1(W.logZ, W.th), lambda W: -(W.p() @ W.dE()) + W.th * (W.th - 1) - W.th ** 2 + W.th))
D("E23", Ee, [HN, [r"\sum_{h} 1 = 2 \cdot 2^{n-1}"]], [(V, lambda W: 2.0 ** W.n01, lambda W: 2 * 2.0 ** (W.n01 - 1))])
S("E24", Ee, r"\frac{1}{N}\sum_{i=1}^N 1", r"\frac{N^2 - 3N + 4}{2} - \frac{(N - 1)(N - 2)}{2}",
  (V, lambda W: 1.0, lambda W: (W.N ** 2 - 3 * W.N + 4) / 2 - (W.N - 1) * (W.N - 2) / 2))
D("B19", B, [LAT, [r"\mathrm{KL}\left(q_\phi(h \mid v) \,\|\, p_\theta(h \mid v)\right) = \mathbb{E}_{h\sim q_\phi(h\mid v)}[\log q_\phi(h \mid v) - \log p_\theta(v, h)] + \log p_\theta(v)"]],
  [(V, lambda W: KL(qv(W), W.post()[W.v0]), lambda W: qv(W) @ (np.log(qv(W)) - np.log(W.joint()[W.v0])) + np.log(W.pv()[W.v0]))])
S("B20", B, r"\mathrm{KL}(q_\phi \| p_\theta) - \mathrm{KL}(q_\phi \| p_{\theta'})", r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x) - E_{\theta'}(x)] + \log Z_\theta - \log Z_{\theta'}",
  (V, lambda W: KL(W.q(), W.p()) - KL(W.q(), W.p(W.th2)), lambda W: W.q() @ (W.E() - W.E(W.th2)) + W.logZ() - W.logZ(W.th2)))
S("B21", B, r"\mathbb{E}_{x\sim q}[f(x)]", r"\mathbb{E}_{x\sim p}\left[\frac{q(x)}{p(x)} f(x)\right]", (V, lambda W: W.qq @ W.f, lambda W: W.pp @ (W.qq / W.pp * W.f)))
S("B22", B, r"\mathbb{E}_{x\sim q}[f(x)]", r"\mathbb{E}_{x\sim p}\left[\frac{p(x)}{q(x)} f(x)\right]", (I, lambda W: W.qq @ W.f, lambda W: W.pp @ (W.pp / W.qq * W.f)),
  note="importance weight upside down")
