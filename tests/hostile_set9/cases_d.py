"""hostile10 D: LaTeX as typed: \\| in KL, \\lVert \\rVert, \\lvert \\rvert, \\mathrel, \\bold, \\boldsymbol, bare \\nabla, \\cdots / \\dots
sums, \\dfrac, \\tfrac, \\over, \\operatorname, \\left< \\right>, := and =: definitions, Markdown escapes \\_ \\*, \\\\[ \\\\]."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

Dd = "D LaTeX as typed"
P = "D"
MM = [M9, M9Z]
Q10 = r"Let $q$ be another distribution on the same states, $q(x) > 0$ for all $x$."
pw = lambda v: np.subtract.outer(v, v)
dE = lambda W: W.dE()
Ed = lambda W: float(W.p() @ W.dE())
dlogZ = lambda W: d1(lambda u: W.logZ(u), W.th)

doc1(P, Dd, MM + [Q10], r"D_{\mathrm{KL}}(q\|p_\theta) = \sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)}", (TT_, lambda W: KL(W.q, W.p()), lambda W: KL(W.q, W.p())))
doc1(P, Dd, MM + [Q10], r"D_{\mathrm{KL}}(p_\theta\|q) = \sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)}", (FF_, lambda W: KL(W.p(), W.q), lambda W: KL(W.q, W.p())),
     note="arguments of KL swapped")
AV = r"Let $a = (a_1, \ldots, a_d) \in \mathbb{R}^{d}$."
doc1(P, Dd, [AV], r"\lVert a \rVert^{2} = \sum_{k=1}^{d} a_k^{2}", (TT_, lambda W: np.linalg.norm(W.av) ** 2, lambda W: (W.av ** 2).sum()))
doc1(P, Dd, [AV], r"\lVert a \rVert = \sum_{k=1}^{d} a_k^{2}", (FF_, lambda W: np.linalg.norm(W.av), lambda W: (W.av ** 2).sum()))
SG = r"Let $\sigma(t) = 1/(1 + e^{-t})$ and $a$ real."
aa = lambda W: 2 * W.al[0]
doc1(P, Dd, [SG], r"\lvert \sigma(a) - \tfrac{1}{2} \rvert < \tfrac{1}{2}", (TT_, lambda W: abs(sig(aa(W)) - 0.5), lambda W: 0.5, "<"))
doc1(P, Dd, [SG], r"\lvert \sigma(a) - \tfrac{1}{2} \rvert < \tfrac{1}{4}", (FF_, lambda W: abs(sig(aa(W)) - 0.5), lambda W: 0.25, "<"))
pair(P, Dd, MM, r"\log p_\theta(x) \mathrel{=} -E_\theta(x) - \log Z_\theta", r"\log p_\theta(x) \mathrel{=} -E_\theta(x) + \log Z_\theta",
     lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ(), lambda W: -W.E() + W.logZ())
pair(P, Dd, MM + [Q10], r"\sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)} \mathrel{\geq} 0", r"\sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)} \mathrel{\leq} 0",
     lambda W: KL(W.q, W.p()), zero, zero, rel=">=", relF="<=")
MB = [r"p_\theta(\bold{x}) = \frac{e^{-E_\theta(\bold{x})}}{Z_\theta}"]
MBZ = r"where $Z_\theta = \sum_{\bold{x}} e^{-E_\theta(\bold{x})}$ runs over the finitely many states $\bold{x}$."
pair(P, Dd, [MB, MBZ], r"\log p_\theta(\bold{x}) - \log p_\theta(\bold{x}') = E_\theta(\bold{x}') - E_\theta(\bold{x})",
     r"\log p_\theta(\bold{x}) - \log p_\theta(\bold{x}') = E_\theta(\bold{x}) - E_\theta(\bold{x}')",
     lambda W: pw(np.log(W.p())), lambda W: -pw(W.E()), lambda W: pw(W.E()))
MS = [r"p_{\boldsymbol{\theta}}(x) = \frac{e^{-E_{\boldsymbol{\theta}}(x)}}{Z_{\boldsymbol{\theta}}}"]
MSZ = r"where $Z_{\boldsymbol{\theta}} = \sum_{x} e^{-E_{\boldsymbol{\theta}}(x)}$ over the finitely many states, with one real parameter $\boldsymbol{\theta}$."
pair(P, Dd, [MS, MSZ], r"\nabla_{\boldsymbol{\theta}} \log Z_{\boldsymbol{\theta}} = -\mathbb{E}_{x \sim p_{\boldsymbol{\theta}}}\left[\nabla_{\boldsymbol{\theta}} E_{\boldsymbol{\theta}}(x)\right]",
     r"\nabla_{\boldsymbol{\theta}} \log Z_{\boldsymbol{\theta}} = \mathbb{E}_{x \sim p_{\boldsymbol{\theta}}}\left[\nabla_{\boldsymbol{\theta}} E_{\boldsymbol{\theta}}(x)\right]",
     dlogZ, lambda W: -Ed(W), Ed)
doc1(P, Dd, MM + [r"The parameter $\theta$ is a single real number."], r"\nabla \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[\nabla E_\theta(x)\right]", (TT_, dlogZ, lambda W: -Ed(W)))
doc1(P, Dd, MM + [r"The parameter $\theta$ is a single real number."], r"\nabla \log Z_\theta = \mathbb{E}_{x \sim p_\theta}\left[\nabla E_\theta(x)\right]", (FF_, dlogZ, Ed))
XK = r"Number the states $x_1, x_2, \ldots, x_K$."
doc1(P, Dd, MM + [XK], r"p_\theta(x_1) + p_\theta(x_2) + \cdots + p_\theta(x_K) = 1", (TT_, lambda W: W.p().sum(), one))
doc1(P, Dd, MM + [XK], r"p_\theta(x_1) + p_\theta(x_2) + \cdots + p_\theta(x_{K-1}) = 1", (FF_, lambda W: W.p()[:-1].sum(), one), note="last state missing")
doc1(P, Dd, MM + [XK], r"e^{-E_\theta(x_1)} + \dots + e^{-E_\theta(x_K)} = Z_\theta", (TT_, lambda W: np.exp(-W.E()).sum(), lambda W: W.Z()))
doc1(P, Dd, MM + [XK], r"e^{-E_\theta(x_1)} + \dots + e^{-E_\theta(x_K)} = 1", (FF_, lambda W: np.exp(-W.E()).sum(), one))
pair(P, Dd, MM, r"\log \dfrac{p_\theta(x)}{p_\theta(x')} = E_\theta(x') - E_\theta(x)", r"\log \dfrac{p_\theta(x)}{p_\theta(x')} = E_\theta(x) - E_\theta(x')",
     lambda W: pw(np.log(W.p())), lambda W: -pw(W.E()), lambda W: pw(W.E()))
doc1(P, Dd, MM, r"{e^{-E_\theta(x)} \over Z_\theta} = p_\theta(x)", (TT_, lambda W: np.exp(-W.E()) / W.Z(), lambda W: W.p()))
doc1(P, Dd, MM, r"{e^{E_\theta(x)} \over Z_\theta} = p_\theta(x)", (FF_, lambda W: np.exp(W.E()) / W.Z(), lambda W: W.p()))
LIN = r"Take the energy linear in the real parameter: $E_\theta(x) = \theta\, g(x)$."
varg = lambda W: float(pl(W) @ W.g ** 2 - (pl(W) @ W.g) ** 2)
pair(P, Dd, [LIN] + MM, r"\operatorname{Var}_{x \sim p_\theta}\left[g(x)\right] = \frac{\partial^{2} \log Z_\theta}{\partial \theta^{2}}",
     r"\operatorname{Var}_{x \sim p_\theta}\left[g(x)\right] = -\frac{\partial^{2} \log Z_\theta}{\partial \theta^{2}}",
     varg, lambda W: d2(lambda u: lZl(W, u), W.th), lambda W: -d2(lambda u: lZl(W, u), W.th))
pair(P, Dd, [LIN] + MM, r"\left< g(x) \right>_{p_\theta} = -\frac{\partial \log Z_\theta}{\partial \theta}",
     r"\left< g(x) \right>_{p_\theta} = \frac{\partial \log Z_\theta}{\partial \theta}",
     lambda W: float(pl(W) @ W.g), lambda W: -d1(lambda u: lZl(W, u), W.th), lambda W: d1(lambda u: lZl(W, u), W.th))
GD = [r"G(\theta) := \log Z_\theta"]
pair(P, Dd, MM + [GD], r"\frac{d G(\theta)}{d \theta} = -\mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]",
     r"\frac{d G(\theta)}{d \theta} = \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]", dlogZ, lambda W: -Ed(W), Ed)
GD2 = [r"-\log Z_\theta =: A(\theta)"]
doc1(P, Dd, MM + [GD2], r"e^{A(\theta)} \sum_{x} e^{-E_\theta(x)} = 1", (TT_, lambda W: np.exp(-W.logZ()) * W.Z(), one))
doc1(P, Dd, MM + [GD2], r"e^{A(\theta)} \sum_{x} e^{E_\theta(x)} = 1", (FF_, lambda W: np.exp(-W.logZ()) * np.exp(W.E()).sum(), one))
GD3 = [r"B_\theta \coloneqq \sum_{x} e^{-E_\theta(x)} E_\theta(x)"]
doc1(P, Dd, MM + [GD3], r"\frac{B_\theta}{Z_\theta} = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]", (TT_, lambda W: (np.exp(-W.E()) @ W.E()) / W.Z(), lambda W: W.p() @ W.E()))
doc1(P, Dd, MM + [GD3], r"B_\theta = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]", (FF_, lambda W: np.exp(-W.E()) @ W.E(), lambda W: W.p() @ W.E()), note="Z dropped")


# Markdown escapes: \_ and \* written as a Markdown writer escapes them
def esc(s):
    return s.replace("_", r"\_").replace("*", r"\*")


ME = ("raw", ["$$", esc(r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"), "$$"])
MEZ = esc(r"where $Z_\theta = \sum_{x} e^{-E_\theta(x)}$ over the finitely many states $x$.")
doc1(P, Dd, [ME, MEZ], ("raw", ["$$", "§" + esc(r"\log p_\theta(x) = -E_\theta(x) - \log Z_\theta"), "$$"]), (TT_, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ()))
doc1(P, Dd, [ME, MEZ], ("raw", ["$$", "§" + esc(r"\log p_\theta(x) = -E_\theta(x) + \log Z_\theta"), "$$"]), (FF_, lambda W: np.log(W.p()), lambda W: -W.E() + W.logZ()))
PST = esc(r"Let $p^*$ be the data distribution, positive on every state.")
doc1(P, Dd, [ME, MEZ, PST], ("raw", ["$$", "§" + esc(r"\sum_{x} p^*(x) \log \frac{p^*(x)}{p_\theta(x)} \ge 0"), "$$"]), (TT_, lambda W: KL(W.q, W.p()), zero, ">="))
doc1(P, Dd, [ME, MEZ, PST], ("raw", ["$$", "§" + esc(r"\sum_{x} p^*(x) \log \frac{p^*(x)}{p_\theta(x)} \le 0"), "$$"]), (FF_, lambda W: KL(W.q, W.p()), zero, "<="))
BR = ("raw", [r"\\[", esc(r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"), r"\\]"])
doc1(P, Dd, [BR, MEZ], ("raw", [r"\\[", "§" + esc(r"Z_\theta\, p_\theta(x) = e^{-E_\theta(x)}"), r"\\]"]), (TT_, lambda W: W.Z() * W.p(), lambda W: np.exp(-W.E())))
doc1(P, Dd, [BR, MEZ], ("raw", [r"\\[", "§" + esc(r"Z_\theta\, p_\theta(x) = e^{E_\theta(x)}"), r"\\]"]), (FF_, lambda W: W.Z() * W.p(), lambda W: np.exp(W.E())))
doc1(P, Dd, [BR, MEZ], ("raw", ["§" + r"\\[ " + esc(r"\frac{p_\theta(x)}{p_\theta(x')} = e^{E_\theta(x') - E_\theta(x)}") + r" \\]"]),
     (TT_, lambda W: np.divide.outer(W.p(), W.p()), lambda W: np.exp(-pw(W.E()))))
doc1(P, Dd, [BR, MEZ], ("raw", ["§" + r"\\[ " + esc(r"\frac{p_\theta(x)}{p_\theta(x')} = e^{E_\theta(x) - E_\theta(x')}") + r" \\]"]),
     (FF_, lambda W: np.divide.outer(W.p(), W.p()), lambda W: np.exp(pw(W.E()))))
DT = r"The data are $x^{(1)}, \ldots, x^{(N)}$."
doc1(P, Dd, MM + [DT], r"\tfrac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = -\tfrac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right) - \log Z_\theta",
     (TT_, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.logZ()))
doc1(P, Dd, MM + [DT], r"\tfrac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = -\tfrac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right) - N \log Z_\theta",
     (FF_, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.N * W.logZ()), note="N log Z with the 1/N average")
pair(P, Dd, MM, r"\left\lvert \log p_\theta(x) \right\rvert = -\log p_\theta(x)", r"\left\lvert \log p_\theta(x) \right\rvert = \log p_\theta(x)",
     lambda W: np.abs(np.log(W.p())), lambda W: -np.log(W.p()), lambda W: np.log(W.p()))
QR = r"Let $q$ and $r$ be two distributions on the same finite set, positive everywhere."
doc1(P, Dd, [QR], r"\sum_{x} \lvert q(x) - r(x) \rvert \le 2", (TT_, lambda W: np.abs(W.q - W.r).sum(), lambda W: 2.0, "<="))
doc1(P, Dd, [QR], r"\sum_{x} \lvert q(x) - r(x) \rvert \ge 2", (FF_, lambda W: np.abs(W.q - W.r).sum(), lambda W: 2.0, ">="))
doc1(P, Dd, [QR], r"\operatorname{KL}(q \| r) = \sum_{x} q(x) \log q(x) - \sum_{x} q(x) \log r(x)", (TT_, lambda W: KL(W.q, W.r), lambda W: W.q @ np.log(W.q) - W.q @ np.log(W.r)))
doc1(P, Dd, [QR], r"\operatorname{KL}(q \| r) = \sum_{x} q(x) \log q(x) - \sum_{x} q(x) \log q(x)", (FF_, lambda W: KL(W.q, W.r), zero), note="r replaced by q")
pair(P, Dd, MM, r"\partial_\theta \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[\partial_\theta E_\theta(x)\right]",
     r"\partial_\theta \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]", dlogZ, lambda W: -Ed(W), lambda W: -(W.p() @ W.E()),
     note="derivative dropped inside")
doc1(P, Dd, MM, r"\sum\limits_{x} p_\theta(x) = 1", (TT_, lambda W: W.p().sum(), one))
doc1(P, Dd, MM, r"\sum\limits_{x} p_\theta(x)^{2} = 1", (FF_, lambda W: (W.p() ** 2).sum(), one))
doc1(P, Dd, MM, r"\exp\!\Big(-E_\theta(x)\Big) \Big/ Z_\theta = p_\theta(x)", (TT_, lambda W: np.exp(-W.E()) / W.Z(), lambda W: W.p()))
doc1(P, Dd, MM, r"\exp\!\Big(-E_\theta(x)\Big) \Big/ Z_\theta = p_\theta(x)^{2}", (FF_, lambda W: np.exp(-W.E()) / W.Z(), lambda W: W.p() ** 2))
