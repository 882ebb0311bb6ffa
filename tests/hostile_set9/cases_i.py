"""hostile10 I: conditions on a row (\\text{for } beta = 0, \\quad (theta = theta'), \\text{if }), domains of sums (x \\neq x_0,
x \\in A, x \\notin A), parameters at other values (theta', theta_{t+1}, 2 beta, theta + epsilon)."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

I = "I conditions and domains"
P = "I"
MM = [M9, M9Z]
TH10K = (r"A system has $K$ states $x$ with energies $E(x)$. At inverse temperature $\beta \ge 0$ its distribution is "
         r"$p_\beta(x) = e^{-\beta E(x)} / Z(\beta)$ with $Z(\beta) = \sum_{x} e^{-\beta E(x)}$.")
doc1(P, I, [TH10K], r"\frac{Z(\beta)}{K} = 1 \quad \text{for } \beta = 0", (TT_, lambda W: tZ(W, 0.0) / W.K, one))
doc1(P, I, [TH10K], r"\frac{Z(\beta)}{K} = K \quad \text{for } \beta = 0", (FF_, lambda W: tZ(W, 0.0) / W.K, lambda W: W.K))
doc1(P, I, [TH10K], r"\frac{Z(\beta)}{K} = 1", (FF_, lambda W: tZ(W) / W.K, one), note="the condition dropped")
TP = r"Let $\theta'$ be a second value of the parameter."
doc1(P, I, MM + [TP], r"D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'}) = 0 \quad (\theta = \theta')", (TT_, lambda W: KL(W.p(), W.p()), zero))
doc1(P, I, MM + [TP], r"D_{\mathrm{KL}}(p_\theta \,\|\, p_{\theta'}) = 0", (FF_, lambda W: KL(W.p(), W.p(W.th2)), zero))
X0 = r"Let $x_0$ be one fixed state."
pair(P, I, MM + [X0], r"1 - \sum_{x \neq x_0} p_\theta(x) = p_\theta(x_0)", r"1 - \sum_{x \neq x_0} p_\theta(x) = 0",
     lambda W: 1 - (W.p().sum() - W.p()[W.x0]), lambda W: W.p()[W.x0], zero, note="true if the domain is dropped")
AS = r"Let $A$ be a nonempty subset of the states that is not all of them."
inA = lambda W, v: float(np.asarray(v)[W.Am].sum())
pair(P, I, MM + [AS], r"\sum_{x \in A} p_\theta(x) < \sum_{x} p_\theta(x)", r"\sum_{x \in A} p_\theta(x) = \sum_{x} p_\theta(x)", lambda W: inA(W, W.p()), one, one, rel="<", relF="=")
TT = r"Let $\theta_t$ and $\theta_{t+1}$ be two successive, different values of the parameter."
doc1(P, I, MM + [TT], r"\log Z_{\theta_{t+1}} = \log \sum_{x} e^{-E_{\theta_{t+1}}(x)}", (TT_, lambda W: W.logZ(W.th2), lambda W: lse(-W.E(W.th2))))
doc1(P, I, MM + [TT], r"\log Z_{\theta_{t+1}} = \log \sum_{x} e^{-E_{\theta_t}(x)}", (FF_, lambda W: W.logZ(W.th2), lambda W: lse(-W.E(W.th))))
doc1(P, I, [TH10K], r"Z(2\beta) = \sum_{x} e^{-2\beta E(x)}", (TT_, lambda W: tZ(W, 2 * W.be), lambda W: np.exp(-2 * W.be * W.b).sum()))
doc1(P, I, [TH10K], r"Z(2\beta) = \sum_{x} e^{-\beta E(x)}", (FF_, lambda W: tZ(W, 2 * W.be), lambda W: np.exp(-W.be * W.b).sum()))
EP = r"Let $\epsilon \neq 0$ be a real number."
doc1(P, I, MM + [EP], r"p_{\theta + \epsilon}(x) = \frac{e^{-E_{\theta + \epsilon}(x)}}{Z_{\theta + \epsilon}}", (TT_, lambda W: W.p(W.th + W.eps), lambda W: np.exp(-W.E(W.th + W.eps)) / W.Z(W.th + W.eps)))
doc1(P, I, MM + [EP], r"p_{\theta + \epsilon}(x) = \frac{e^{-E_{\theta}(x)}}{Z_{\theta + \epsilon}}", (FF_, lambda W: W.p(W.th + W.eps), lambda W: np.exp(-W.E()) / W.Z(W.th + W.eps)))
doc1(P, I, [TH10K], r"K\, p_\beta(x) = 1 \quad \text{if } \beta = 0", (TT_, lambda W: W.K * W.pb(0.0), one))
doc1(P, I, [TH10K], r"K\, p_\beta(x) = 1 \quad \text{if } \beta = 1", (FF_, lambda W: W.K * W.pb(1.0), one))
Q = r"Let $q$ be a distribution on the states with $q(x) > 0$ everywhere, and $x_0$ one state."
pair(P, I, [Q], r"q(x_0) + \sum_{x \neq x_0} q(x) = 1", r"q(x_0) + \sum_{x \neq x_0} q(x) = 2 q(x_0)", lambda W: W.q.sum(),
     one, lambda W: 2 * W.q[W.x0])
doc1(P, I, MM + [AS], r"\sum_{x \notin A} p_\theta(x) = 1 - \sum_{x \in A} p_\theta(x)", (TT_, lambda W: float(W.p()[~W.Am].sum()), lambda W: 1 - inA(W, W.p())))
doc1(P, I, MM + [AS], r"\sum_{x \notin A} p_\theta(x) = 1 - \sum_{x \notin A} p_\theta(x)", (FF_, lambda W: float(W.p()[~W.Am].sum()), lambda W: 1 - float(W.p()[~W.Am].sum())))
pair(P, I, MM, r"\log p_\theta(x) \le 0 \quad \text{for all } x", r"\log p_\theta(x) \ge 0 \quad \text{for all } x", lambda W: np.log(W.p()),
     zero, zero, rel="<=", relF=">=")
doc1(P, I, MM + [TP], r"E_{\theta'}(x) = E_\theta(x) \quad (\theta' = \theta)", (TT_, lambda W: W.E(), lambda W: W.E()))
doc1(P, I, MM + [TP], r"E_{\theta'}(x) = E_\theta(x) \quad (\theta' = -\theta)", (FF_, lambda W: W.E(-W.th), lambda W: W.E()), note="E is not even in theta")
dlz0 = lambda W, b: d1(lambda u: tlZ(W, u), b)
doc1(P, I, [TH10K], r"\frac{\partial \ln Z(\beta)}{\partial \beta} = -\frac{1}{K} \sum_{x} E(x) \quad \text{for } \beta = 0",
     (TT_, lambda W: dlz0(W, 0.0), lambda W: -W.b.mean()))
doc1(P, I, [TH10K], r"\frac{\partial \ln Z(\beta)}{\partial \beta} = -\frac{1}{K} \sum_{x} E(x)", (FF_, lambda W: dlz0(W, W.be), lambda W: -W.b.mean()),
     note="condition dropped")
pair(P, I, MM + [AS], r"\sum_{x \in A} e^{-E_\theta(x)} \le Z_\theta", r"\sum_{x \in A} e^{-E_\theta(x)} \ge Z_\theta",
     lambda W: inA(W, np.exp(-W.E())), lambda W: W.Z(), lambda W: W.Z(), rel="<=", relF=">=")
doc1(P, I, MM + [TP], r"Z_{\theta'} = Z_\theta \quad \text{when } \theta' = \theta", (TT_, lambda W: W.Z(), lambda W: W.Z()))
doc1(P, I, MM + [TP], r"Z_{\theta'} = Z_\theta", (FF_, lambda W: W.Z(W.th2), lambda W: W.Z()))
doc1(P, I, MM + [TP], r"\mathbb{E}_{x \sim p_{\theta'}}\left[E_{\theta'}(x)\right] = \mathbb{E}_{x \sim p_\theta}\left[E_{\theta'}(x)\right] \quad (\theta' = \theta)",
     (TT_, lambda W: W.p() @ W.E(), lambda W: W.p() @ W.E()))
doc1(P, I, MM + [TP], r"\mathbb{E}_{x \sim p_{\theta'}}\left[E_{\theta'}(x)\right] = \mathbb{E}_{x \sim p_\theta}\left[E_{\theta'}(x)\right]",
     (FF_, lambda W: W.p(W.th2) @ W.E(W.th2), lambda W: W.p() @ W.E(W.th2)))
BP = r"Let $\beta' > 0$ be a second inverse temperature."
doc1(P, I, [TH10K, BP], r"\frac{Z(\beta')}{Z(\beta)} = \sum_{x} p_\beta(x)\, e^{-(\beta' - \beta) E(x)}", (TT_, lambda W: tZ(W, W.be2) / tZ(W), lambda W: W.pb() @ np.exp(-(W.be2 - W.be) * W.b)))
doc1(P, I, [TH10K, BP], r"\frac{Z(\beta')}{Z(\beta)} = \sum_{x} p_{\beta'}(x)\, e^{-(\beta' - \beta) E(x)}", (FF_, lambda W: tZ(W, W.be2) / tZ(W), lambda W: W.pb(W.be2) @ np.exp(-(W.be2 - W.be) * W.b)))
