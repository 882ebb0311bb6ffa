"""hostile10 G: polynomial factors that vanish at few points (issue 18 part 3): a true row with a legitimately cancelling
polynomial, and a false row with a polynomial term in theta, beta, phi, theta - theta', the number of states or N."""
import math

import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

G = "G polynomial factors"
P = "G"
MM = [M9, M9Z]
th = lambda W: W.th
pair(P, G, MM, r"\log Z_\theta + \theta (\theta - 1)(\theta + 1) = \log \sum_{x} e^{-E_\theta(x)} + \theta^{3} - \theta",
     r"\log Z_\theta = \log \sum_{x} e^{-E_\theta(x)} + \theta (\theta - 1)(\theta + 1)", lambda W: W.logZ(),
     lambda W: W.logZ(), lambda W: W.logZ() + W.th * (W.th - 1) * (W.th + 1), note="vanishes at theta in {-1, 0, 1}")
TH = (r"A system has finitely many states $x$ with energies $E(x)$; at inverse temperature $\beta > 0$, "
      r"$Z(\beta) = \sum_{x} e^{-\beta E(x)}$ and $U = \sum_{x} E(x) e^{-\beta E(x)} / Z(\beta)$.")
pair(P, G, [TH], r"Z(\beta) + \beta (\beta - 1) = \sum_{x} e^{-\beta E(x)} + \beta^{2} - \beta", r"Z(\beta) = \sum_{x} e^{-\beta E(x)} + \beta (\beta - 1)",
     tZ, tZ, lambda W: tZ(W) + W.be * (W.be - 1), note="vanishes at beta in {0, 1}")
KS = r"Here $\sum_{x} 1 = K$ counts the states."
doc1(P, G, MM, r"\left(\sum_{x} 1\right) \sum_{x} p_\theta(x) = \sum_{x} 1", (TT_, lambda W: W.K * W.p().sum(), lambda W: W.K))
doc1(P, G, MM, r"\sum_{x} p_\theta(x) = 1 + \left(\sum_{x} 1 - 2\right) \left(\sum_{x} 1 - 3\right) \left(\sum_{x} 1 - 4\right)",
     (FF_, lambda W: W.p().sum(), lambda W: 1 + (W.K - 2) * (W.K - 3) * (W.K - 4)), note="vanishes for 2, 3 or 4 states; false with 5")
DN = r"The data are $x^{(1)}, \ldots, x^{(N)}$."
doc1(P, G, [DN], r"\frac{1}{N} \sum_{n=1}^{N} (N - 1)(N - 2) = (N - 1)(N - 2)", (TT_, lambda W: (W.N - 1) * (W.N - 2), lambda W: (W.N - 1) * (W.N - 2)))
doc1(P, G, [DN], r"\frac{1}{N} \sum_{n=1}^{N} 1 = 1 + (N - 1)(N - 2)(N - 3)", (FF_, one, lambda W: 1 + (W.N - 1) * (W.N - 2) * (W.N - 3)),
     note="vanishes for N <= 3")
Q = r"Let $q$ be another distribution on the states, positive everywhere."
doc1(P, G, MM, r"(\theta - 1)(\theta - 2)\, D_{\mathrm{KL}}(p_\theta \,\|\, p_\theta) = 0", (TT_, lambda W: (W.th - 1) * (W.th - 2) * KL(W.p(), W.p()), zero))
doc1(P, G, MM + [Q], r"(\theta - 1)(\theta - 2)\, D_{\mathrm{KL}}(q \,\|\, p_\theta) = 0", (FF_, lambda W: (W.th - 1) * (W.th - 2) * KL(W.q, W.p()), zero),
     note="vanishes at theta in {1, 2}")
dlz = lambda W: d1(lambda u: tlZ(W, u), W.be)
pair(P, G, [TH], r"-\frac{\partial \ln Z(\beta)}{\partial \beta} + \beta (\beta - 1) = U + \beta^{2} - \beta",
     r"-\frac{\partial \ln Z(\beta)}{\partial \beta} = U + \beta (\beta - 1)(\beta - 2)(\beta - 3)", lambda W: -dlz(W),
     lambda W: tU(W), lambda W: tU(W) + W.be * (W.be - 1) * (W.be - 2) * (W.be - 3))
doc1(P, G, MM, r"(\theta^{2} + 1) \log Z_\theta = (\theta^{2} + 1) \log \sum_{x} e^{-E_\theta(x)}", (TT_, lambda W: (W.th ** 2 + 1) * W.logZ(), lambda W: (W.th ** 2 + 1) * lse(-W.E())))
doc1(P, G, MM, r"(\theta^{2} - 1) \log Z_\theta = (\theta^{2} - 1) \log \sum_{x} e^{E_\theta(x)}", (FF_, lambda W: (W.th ** 2 - 1) * W.logZ(), lambda W: (W.th ** 2 - 1) * lse(W.E())),
     note="true only at theta = +-1")
QP = (r"A second model $q_\phi(x) = e^{\phi f(x) + g(x)} / Z(\phi)$ has its own parameter $\phi$, with $Z(\phi) = \sum_{x} e^{\phi f(x) + g(x)}$.")
doc1(P, G, [QP], r"\sum_{x} q_\phi(x) + \phi (\phi - 1) = 1 + \phi^{2} - \phi", (TT_, lambda W: W.qf().sum() + W.ph * (W.ph - 1), lambda W: 1 + W.ph ** 2 - W.ph))
doc1(P, G, [QP], r"\sum_{x} q_\phi(x) = 1 + \phi (\phi - 1)", (FF_, lambda W: W.qf().sum(), lambda W: 1 + W.ph * (W.ph - 1)))
KK = r"The model has $K \ge 2$ states."
doc1(P, G, MM + [KK], r"\sum_{x} \frac{1}{K} = \frac{K^{2} - K}{K^{2} - K}", (TT_, lambda W: 1.0, lambda W: (W.K ** 2 - W.K) / (W.K ** 2 - W.K)))
doc1(P, G, MM + [KK], r"\sum_{x} \frac{1}{K} = \frac{K^{2} - K}{2}", (FF_, lambda W: 1.0, lambda W: (W.K ** 2 - W.K) / 2), note="true only for K = 2")
KI = r"Let $K$ be a positive integer."
doc1(P, G, [KI], r"\sum_{k=1}^{K} k = \frac{K(K + 1)}{2}", (TT_, lambda W: sum(range(1, W.K + 1)), lambda W: W.K * (W.K + 1) / 2))
doc1(P, G, [KI], r"\sum_{k=1}^{K} k^{2} = \frac{K(K + 1)}{2}", (FF_, lambda W: sum(k * k for k in range(1, W.K + 1)), lambda W: W.K * (W.K + 1) / 2))
RT = r"The parameter $\theta$ is real."
doc1(P, G, [RT], r"e^{\theta (\theta - 1) - \theta^{2} + \theta} = 1", (TT_, lambda W: np.exp(W.th * (W.th - 1) - W.th ** 2 + W.th), one))
doc1(P, G, [RT], r"e^{\theta (\theta - 1)(\theta - 2)} = 1", (FF_, lambda W: np.exp(W.th * (W.th - 1) * (W.th - 2)), one))
RBMm = r"An RBM has $m$ hidden units $h_j \in \{0, 1\}$."
doc1(P, G, [RBMm], r"\sum_{h \in \{0, 1\}^{m}} 1 = 2^{m}", (TT_, lambda W: 2.0 ** W.nh, lambda W: 2.0 ** W.nh))
doc1(P, G, [RBMm], r"\sum_{h \in \{0, 1\}^{m}} 1 = 2 m", (FF_, lambda W: 2.0 ** W.nh, lambda W: 2.0 * W.nh), note="equal for m = 1, 2")
TP = r"Let $\theta'$ be a second value of the parameter."
doc1(P, G, MM + [TP], r"(\theta - \theta') \left(\log Z_\theta - \log Z_{\theta'}\right) = (\theta - \theta') \log \frac{Z_\theta}{Z_{\theta'}}",
     (TT_, lambda W: (W.th - W.th2) * (W.logZ() - W.logZ(W.th2)), lambda W: (W.th - W.th2) * np.log(W.Z() / W.Z(W.th2))))
doc1(P, G, MM + [TP], r"(\theta - \theta') \left(\log Z_\theta - \log Z_{\theta'}\right) = 0",
     (FF_, lambda W: (W.th - W.th2) * (W.logZ() - W.logZ(W.th2)), zero), note="vanishes only at theta = theta'")
P5 = r"\beta (\beta - 1)(\beta - 2)(\beta - 3)(\beta - 4)"
p5 = lambda b: b * (b - 1) * (b - 2) * (b - 3) * (b - 4)
doc1(P, G, [TH], r"Z(\beta)\, " + P5 + r" = Z(\beta) \left(\beta^{5} - 10 \beta^{4} + 35 \beta^{3} - 50 \beta^{2} + 24 \beta\right)",
     (TT_, lambda W: tZ(W) * p5(W.be), lambda W: tZ(W) * (W.be ** 5 - 10 * W.be ** 4 + 35 * W.be ** 3 - 50 * W.be ** 2 + 24 * W.be)))
doc1(P, G, [TH], r"Z(\beta)\, " + P5 + r" = 0", (FF_, lambda W: tZ(W) * p5(W.be), zero), note="vanishes at beta = 1, 2 (and 0, 3, 4)")
LIN = r"Take the energy linear in $\theta$: $E_\theta(x) = \theta\, g(x)$."
doc1(P, G, [LIN] + MM, r"\frac{\partial \log Z_\theta}{\partial \theta} (\theta^{2} - 4) = -\mathbb{E}_{x \sim p_\theta}\left[g(x)\right] (\theta - 2)(\theta + 2)",
     (TT_, lambda W: d1(lambda u: lZl(W, u), W.th) * (W.th ** 2 - 4), lambda W: -(pl(W) @ W.g) * (W.th - 2) * (W.th + 2)))
doc1(P, G, [LIN] + MM, r"\frac{\partial \log Z_\theta}{\partial \theta} (\theta^{2} - 4) = \mathbb{E}_{x \sim p_\theta}\left[g(x)\right] (\theta - 2)(\theta + 2)",
     (FF_, lambda W: d1(lambda u: lZl(W, u), W.th) * (W.th ** 2 - 4), lambda W: (pl(W) @ W.g) * (W.th - 2) * (W.th + 2)), note="sign; both sides vanish at theta = +-2")
doc1(P, G, [DN], r"\sum_{n=1}^{N} n = \frac{N (N + 1)}{2}", (TT_, lambda W: W.N * (W.N + 1) / 2, lambda W: W.N * (W.N + 1) / 2))
doc1(P, G, [DN], r"\sum_{n=1}^{N} n = \frac{N (N + 1)}{2} + (N - 1)(N - 2)(N - 3)(N - 4)", (FF_, lambda W: W.N * (W.N + 1) / 2,
     lambda W: W.N * (W.N + 1) / 2 + (W.N - 1) * (W.N - 2) * (W.N - 3) * (W.N - 4)), note="vanishes for N <= 4")
