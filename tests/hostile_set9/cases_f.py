"""hostile10 F: fixed objects on the left (H(q), KL(q||p) :=, Z_theta \\equiv, F, tilde p, E_theta, F_theta(v)): a claim,
never a definition; true and false."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

Fx = "F fixed objects on the left"
P = "F"
MM = [M9, M9Z]
M1 = [M9]  # the model alone, Z_theta not described in prose
Q = r"Let $q$ be a distribution on the same states, positive everywhere."

pair(P, Fx, [Q], r"H(q) = \sum_{x} q(x) \log \frac{1}{q(x)}", r"H(q) = \sum_{x} q(x) \log \frac{1}{q(x)^{2}}", lambda W: H(W.q),
     lambda W: -(W.q @ np.log(W.q)), lambda W: -2 * (W.q @ np.log(W.q)))
doc1(P, Fx, [Q], r"-H(q) \le 0", (TT_, lambda W: -H(W.q), zero, "<="))
doc1(P, Fx, [Q], r"-H(q) = 0", (FF_, lambda W: -H(W.q), zero))
pair(P, Fx, MM + [Q], r"\mathrm{KL}(q \,\|\, p_\theta) := \sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)}",
     r"\mathrm{KL}(q \,\|\, p_\theta) := \sum_{x} p_\theta(x) \log \frac{p_\theta(x)}{q(x)}", lambda W: KL(W.q, W.p()),
     lambda W: KL(W.q, W.p()), lambda W: KL(W.p(), W.q), note="the reverse KL")
pair(P, Fx, M1, r"Z_\theta \equiv \sum_{x} e^{-E_\theta(x)}", r"Z_\theta \equiv \sum_{x} e^{E_\theta(x)}", lambda W: W.Z(),
     lambda W: np.exp(-W.E()).sum(), lambda W: np.exp(W.E()).sum())
TH = (r"A system has finitely many states $x$ with energies $E(x)$; at inverse temperature $\beta > 0$ the partition function is "
      r"$Z(\beta) = \sum_{x} e^{-\beta E(x)}$.")
pair(P, Fx, [TH], r"F = -\frac{1}{\beta} \ln Z(\beta)", r"F = -\beta \ln Z(\beta)", tF, lambda W: -tlZ(W) / W.be, lambda W: -W.be * tlZ(W),
     note="F is the free energy")
pair(P, Fx, M1, r"\tilde p_\theta(x) = p_\theta(x)\, Z_\theta", r"\tilde p_\theta(x) = p_\theta(x) / Z_\theta", lambda W: np.exp(-W.E()),
     lambda W: W.Z() * W.p(), lambda W: W.p() / W.Z(), note="tilde p is the unnormalised model")
pair(P, Fx, MM, r"E_\theta(x) + \log p_\theta(x) = -\log Z_\theta", r"E_\theta(x) + \log p_\theta(x) = 0", lambda W: W.E() + np.log(W.p()),
     lambda W: 0 * W.E() - W.logZ(), lambda W: 0 * W.E(), note="log Z dropped")
pair(P, Fx, MM, r"H(p_\theta) = \log Z_\theta + \sum_{x} p_\theta(x) E_\theta(x)",
     r"H(p_\theta) = \log Z_\theta - \sum_{x} p_\theta(x) E_\theta(x)", lambda W: H(W.p()), lambda W: W.p() @ W.E() + W.logZ(),
     lambda W: W.logZ() - W.p() @ W.E())
pair(P, Fx, MM + [Q], r"H(q) \le H(q, p_\theta)", r"H(q) \ge H(q, p_\theta)", lambda W: H(W.q), lambda W: CE(W.q, W.p()), lambda W: CE(W.q, W.p()),
     rel="<=", relF=">=", note="H(q, p) is the cross-entropy")
doc1(P, Fx, MM, r"\mathrm{KL}(p_\theta \,\|\, p_\theta) = 0", (TT_, lambda W: KL(W.p(), W.p()), zero))
doc1(P, Fx, MM + [Q], r"\mathrm{KL}(q \,\|\, p_\theta) = 0", (FF_, lambda W: KL(W.q, W.p()), zero))
doc1(P, Fx, M1, r"Z_\theta - 1 > -1", (TT_, lambda W: W.Z() - 1, lambda W: -1.0, ">"))
doc1(P, Fx, M1, r"Z_\theta - 1 = 0", (FF_, lambda W: W.Z() - 1, zero))
pair(P, Fx, MM + [Q], r"\log Z_\theta \ge -\mathbb{E}_{x \sim q}\left[E_\theta(x)\right] + H(q)",
     r"\log Z_\theta \le -\mathbb{E}_{x \sim q}\left[E_\theta(x)\right] + H(q)", lambda W: W.logZ(), lambda W: -(W.q @ W.E()) + H(W.q),
     lambda W: -(W.q @ W.E()) + H(W.q), rel=">=", relF="<=", note="Gibbs variational bound")
pair(P, Fx, M1, r"p_\theta(x) = \exp\left(-\log Z_\theta - E_\theta(x)\right)", r"p_\theta(x) = \exp\left(-E_\theta(x)\right)", lambda W: W.p(),
     lambda W: np.exp(-W.E() - W.logZ()), lambda W: np.exp(-W.E()))
pair(P, Fx, [Q], r"H(q) := \mathbb{E}_{x \sim q}\left[-\log q(x)\right]", r"H(q) := \mathbb{E}_{x \sim q}\left[\log q(x)\right]", lambda W: H(W.q),
     lambda W: -(W.q @ np.log(W.q)), lambda W: W.q @ np.log(W.q))
LAT = [r"p_\theta(v, h) = \frac{e^{-E_\theta(v, h)}}{Z_\theta}"]
LATZ = (r"with $Z_\theta = \sum_{v, h} e^{-E_\theta(v, h)}$ over finitely many $v$ and $h$. Write $F_\theta(v)$ for the free energy of $v$ "
        r"and $p_\theta(v) = \sum_{h} p_\theta(v, h)$.")
rb = lambda W: R(W, (0, 1), (0, 1))
pair(P, Fx, [LAT, LATZ], r"F_\theta(v) = -\log \sum_{h} e^{-E_\theta(v, h)}", r"F_\theta(v) = -\log \sum_{h} e^{E_\theta(v, h)}",
     lambda W: rb(W).F(), lambda W: -np.log(np.exp(-rb(W).E()).sum(1)), lambda W: -np.log(np.exp(rb(W).E()).sum(1)))
pair(P, Fx, [LAT, LATZ], r"p_\theta(v) = \frac{e^{-F_\theta(v)}}{Z_\theta}", r"p_\theta(v) = e^{-F_\theta(v)}", lambda W: rb(W).pv(),
     lambda W: np.exp(-rb(W).F()) / rb(W).Z(), lambda W: np.exp(-rb(W).F()))
QK = r"Let $q$ be a distribution on the $K$ states, positive everywhere."
doc1(P, Fx, [QK], r"H(q) - \log K \le 0", (TT_, lambda W: H(W.q) - np.log(W.K), zero, "<="))
doc1(P, Fx, [QK], r"H(q) - \log K = 0", (FF_, lambda W: H(W.q) - np.log(W.K), zero), note="only for the uniform q")
pair(P, Fx, MM + [Q], r"H(q) = H(q, p_\theta) - \mathrm{KL}(q \| p_\theta)", r"H(q) = H(q, p_\theta) + \mathrm{KL}(q \| p_\theta)",
     lambda W: H(W.q), lambda W: CE(W.q, W.p()) - KL(W.q, W.p()), lambda W: CE(W.q, W.p()) + KL(W.q, W.p()))
pair(P, Fx, M1, r"\log Z_\theta = \log\left(\sum_{x} \exp\left(-E_\theta(x)\right)\right)", r"\log Z_\theta = \sum_{x} \log\left(\exp\left(-E_\theta(x)\right)\right)", lambda W: W.logZ(),
     lambda W: lse(-W.E()), lambda W: -W.E().sum(), note="log and sum swapped")
