"""hostile11 B: documents that write P, p and q, where which one is the model must be read from the prose: the model
may be q_theta (p the data distribution), P (p an arbitrary proposal), or p (q a variational guess). World: model W.p(),
the other distribution W.q (or W.r)."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

B = "B which letter is the model"
P = "B"
QM = (r"In this note the model is $q_\theta(x) = e^{-E_\theta(x)} / Z_\theta$ with $Z_\theta = \sum_{x} e^{-E_\theta(x)}$, "
      r"and $p$ is the data distribution, any distribution on the same finite set with $p(x) > 0$.")
PM = (r"The model is written $P(x) = e^{-E(x)} / Z$, $Z = \sum_{x} e^{-E(x)}$, over finitely many states; "
      r"$p$ is a proposal distribution chosen freely, positive everywhere.")
QV = (r"Our model is $p_\theta(x) = e^{-E_\theta(x)} / Z_\theta$ on a finite set. The distribution $q$ is a guess for it, "
      r"any positive distribution on the same set; $P$ denotes the true data distribution, also positive, unrelated to both.")
mq = lambda W: W.p()      # the model
dp = lambda W: W.q        # the other distribution
dE = lambda W: W.dE()
gradCE = lambda W: d1(lambda t: float(W.q @ np.log(W.p(t))), W.th)

doc1(P, B, [QM], r"-\log q_\theta(x) = E_\theta(x) + \log Z_\theta", (TT_, lambda W: -np.log(mq(W)), lambda W: W.E() + W.logZ()))
doc1(P, B, [QM], r"-\log p(x) = E_\theta(x) + \log Z_\theta", (FF_, lambda W: -np.log(dp(W)), lambda W: W.E() + W.logZ()), note="data letter for the model")
pair(P, B, [QM], r"\sum_{x} p(x) \log q_\theta(x) = -\sum_{x} p(x)\, E_\theta(x) - \log Z_\theta",
     r"\sum_{x} p(x) \log q_\theta(x) = -\sum_{x} q_\theta(x)\, E_\theta(x) - \log Z_\theta",
     lambda W: W.q @ np.log(W.p()), lambda W: -W.q @ W.E() - W.logZ(), lambda W: -W.p() @ W.E() - W.logZ())
pair(P, B, [QM], r"\frac{\partial}{\partial \theta} \sum_{x} p(x) \log q_\theta(x) = \sum_{x} q_\theta(x) \frac{\partial E_\theta(x)}{\partial \theta} - \sum_{x} p(x) \frac{\partial E_\theta(x)}{\partial \theta}",
     r"\frac{\partial}{\partial \theta} \sum_{x} p(x) \log q_\theta(x) = \sum_{x} p(x) \frac{\partial E_\theta(x)}{\partial \theta} - \sum_{x} q_\theta(x) \frac{\partial E_\theta(x)}{\partial \theta}",
     gradCE, lambda W: W.p() @ W.dE() - W.q @ W.dE(), lambda W: W.q @ W.dE() - W.p() @ W.dE(), note="phases swapped")
pair(P, B, [QM], r"\sum_{x} p(x) \log \frac{p(x)}{q_\theta(x)} \ge 0", r"\sum_{x} p(x) \log \frac{p(x)}{q_\theta(x)} = 0",
     lambda W: KL(W.q, W.p()), zero, zero, rel=">=", relF="=", note="p is not the model")
doc1(P, B, [QM], r"\sum_{x} q_\theta(x) = 1", (TT_, lambda W: W.p().sum(), one))
doc1(P, B, [QM], r"\sum_{x} q_\theta(x)\, p(x) = 1", (FF_, lambda W: W.p() @ W.q, one))
doc1(P, B, [QM], r"\sum_{x} q_\theta(x) E_\theta(x) + \sum_{x} q_\theta(x) \log q_\theta(x) = -\log Z_\theta",
     (TT_, lambda W: W.p() @ W.E() + W.p() @ np.log(W.p()), lambda W: -W.logZ()))
doc1(P, B, [QM], r"\sum_{x} p(x) E_\theta(x) + \sum_{x} p(x) \log p(x) = -\log Z_\theta",
     (FF_, lambda W: W.q @ W.E() + W.q @ np.log(W.q), lambda W: -W.logZ()), note="the Gibbs bound is an equality only at the model")
pair(P, B, [QM], r"\sum_{x} p(x) E_\theta(x) + \sum_{x} p(x) \log p(x) \ge -\log Z_\theta",
     r"\sum_{x} p(x) E_\theta(x) + \sum_{x} p(x) \log p(x) \le -\log Z_\theta",
     lambda W: W.q @ W.E() + W.q @ np.log(W.q), lambda W: -W.logZ(), lambda W: -W.logZ(), rel=">=", relF="<=")
# P the model, p a proposal
pair(P, B, [PM], r"Z = \sum_{x} p(x)\, \frac{e^{-E(x)}}{p(x)}", r"Z = \sum_{x} p(x)\, e^{-E(x)}",
     lambda W: W.Z(), lambda W: (W.q * np.exp(-W.E()) / W.q).sum(), lambda W: (W.q * np.exp(-W.E())).sum(), note="importance weight dropped")
pair(P, B, [PM], r"\sum_{x} p(x)\, \frac{P(x)}{p(x)} = 1", r"\sum_{x} P(x)\, \frac{p(x)}{P(x)} = Z",
     lambda W: (W.q * W.p() / W.q).sum(), one, lambda W: W.Z(), relF="=")
pair(P, B, [PM], r"\sum_{x} P(x) \log \frac{P(x)}{p(x)} = -\log Z - \sum_{x} P(x) \left(E(x) + \log p(x)\right)",
     r"\sum_{x} P(x) \log \frac{P(x)}{p(x)} = -\log Z - \sum_{x} p(x) \left(E(x) + \log p(x)\right)",
     lambda W: KL(W.p(), W.q), lambda W: -W.logZ() - W.p() @ (W.E() + np.log(W.q)), lambda W: -W.logZ() - W.q @ (W.E() + np.log(W.q)))
doc1(P, B, [PM], r"\log P(x) + E(x) = -\log Z", (TT_, lambda W: np.log(W.p()) + W.E(), lambda W: -W.logZ() + 0 * W.E()))
doc1(P, B, [PM], r"\log p(x) + E(x) = -\log Z", (FF_, lambda W: np.log(W.q) + W.E(), lambda W: -W.logZ() + 0 * W.E()), note="proposal for model")
doc1(P, B, [PM], r"\frac{P(x)}{P(x')} = e^{E(x') - E(x)}", (TT_, lambda W: np.divide.outer(W.p(), W.p()), lambda W: np.exp(-np.subtract.outer(W.E(), W.E()))))
doc1(P, B, [PM], r"\frac{p(x)}{p(x')} = e^{E(x') - E(x)}", (FF_, lambda W: np.divide.outer(W.q, W.q), lambda W: np.exp(-np.subtract.outer(W.E(), W.E()))))
# p the model, q a guess, P the data
pair(P, B, [QV], r"\sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)} = \sum_{x} q(x) \log q(x) + \sum_{x} q(x) E_\theta(x) + \log Z_\theta",
     r"\sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)} = \sum_{x} q(x) \log q(x) + \sum_{x} p_\theta(x) E_\theta(x) + \log Z_\theta",
     lambda W: KL(W.q, W.p()), lambda W: W.q @ np.log(W.q) + W.q @ W.E() + W.logZ(), lambda W: W.q @ np.log(W.q) + W.p() @ W.E() + W.logZ())
pair(P, B, [QV], r"-\sum_{x} P(x) \log p_\theta(x) = -\sum_{x} P(x) \log P(x) + \sum_{x} P(x) \log \frac{P(x)}{p_\theta(x)}",
     r"-\sum_{x} P(x) \log p_\theta(x) = -\sum_{x} P(x) \log P(x) + \sum_{x} P(x) \log \frac{P(x)}{q(x)}",
     lambda W: -W.r @ np.log(W.p()), lambda W: H(W.r) + KL(W.r, W.p()), lambda W: H(W.r) + KL(W.r, W.q), note="guess for model")
pair(P, B, [QV], r"\sum_{x} P(x) \log p_\theta(x) \le \sum_{x} P(x) \log P(x)", r"\sum_{x} P(x) \log p_\theta(x) \ge \sum_{x} P(x) \log P(x)",
     lambda W: W.r @ np.log(W.p()), lambda W: W.r @ np.log(W.r), lambda W: W.r @ np.log(W.r), rel="<=", relF=">=")
pair(P, B, [QV], r"\sum_{x} P(x) \frac{\partial \log p_\theta(x)}{\partial \theta} = \sum_{x} p_\theta(x) \frac{\partial E_\theta(x)}{\partial \theta} - \sum_{x} P(x) \frac{\partial E_\theta(x)}{\partial \theta}",
     r"\sum_{x} P(x) \frac{\partial \log p_\theta(x)}{\partial \theta} = \sum_{x} q(x) \frac{\partial E_\theta(x)}{\partial \theta} - \sum_{x} P(x) \frac{\partial E_\theta(x)}{\partial \theta}",
     lambda W: d1(lambda t: float(W.r @ np.log(W.p(t))), W.th), lambda W: W.p() @ W.dE() - W.r @ W.dE(), lambda W: W.q @ W.dE() - W.r @ W.dE(),
     note="guess in the model phase")
doc1(P, B, [QV], r"0 \le \sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)}", (TT_, zero, lambda W: KL(W.q, W.p()), "<="))
doc1(P, B, [QV], r"0 = \sum_{x} q(x) \log \frac{q(x)}{P(x)}", (FF_, zero, lambda W: KL(W.q, W.r), "="))
MODQ = (r"We fit a model $Q(x) = e^{-E(x)}/Z$ on a finite set to a target distribution $P$, where $P(x) > 0$ is given and "
        r"not of this form; $D(P \| Q) = \sum_{x} P(x) \log \frac{P(x)}{Q(x)}$.")
pair(P, B, [MODQ], r"D(P \| Q) = \sum_{x} P(x) \log P(x) + \sum_{x} P(x)\, E(x) + \log Z",
     r"D(P \| Q) = \sum_{x} P(x) \log P(x) + \sum_{x} Q(x)\, E(x) + \log Z",
     lambda W: KL(W.q, W.p()), lambda W: W.q @ np.log(W.q) + W.q @ W.E() + W.logZ(), lambda W: W.q @ np.log(W.q) + W.p() @ W.E() + W.logZ())
doc1(P, B, [MODQ], r"\sum_{x} Q(x) \log Q(x) = -\sum_{x} Q(x)\, E(x) - \log Z", (TT_, lambda W: W.p() @ np.log(W.p()), lambda W: -W.p() @ W.E() - W.logZ()))
doc1(P, B, [MODQ], r"\sum_{x} P(x) \log P(x) = -\sum_{x} P(x)\, E(x) - \log Z", (FF_, lambda W: W.q @ np.log(W.q), lambda W: -W.q @ W.E() - W.logZ()),
     note="target for model")
PQB = (r"Let $p$ and $q$ be two distributions on a finite set, both positive; neither is a model here. "
       r"$P$ is their mixture $P(x) = \frac{1}{2} p(x) + \frac{1}{2} q(x)$.")
mix = lambda W: 0.5 * W.q + 0.5 * W.r
pair(P, B, [PQB], r"\sum_{x} P(x) = 1", r"\sum_{x} P(x) = 2", lambda W: mix(W).sum(), one, lambda W: 2.0)
pair(P, B, [PQB], r"\sum_{x} p(x) \log \frac{p(x)}{P(x)} \le \log 2", r"\sum_{x} p(x) \log \frac{p(x)}{P(x)} \le 0",
     lambda W: KL(W.q, mix(W)), lambda W: np.log(2), zero, rel="<=")
pair(P, B, [PQB], r"\log P(x) \ge \frac{1}{2} \log p(x) + \frac{1}{2} \log q(x)", r"\log P(x) \le \frac{1}{2} \log p(x) + \frac{1}{2} \log q(x)",
     lambda W: np.log(mix(W)), lambda W: 0.5 * np.log(W.q) + 0.5 * np.log(W.r), lambda W: 0.5 * np.log(W.q) + 0.5 * np.log(W.r), rel=">=", relF="<=")
