"""hostile11 G: LaTeX as typed: hats and bold with subscripts inside (\\hat{y_j}, \\mathbf{x_{t-1}}, \\hat{\\mu_N}),
\\lbrack \\rbrack, \\texttt{...} names defined in a row, \\boldsymbol{\\theta_k}, \\widehat{p_\\theta}, \\bar{x_n}."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

G = "G hats, bold, lbrack, texttt"
P = "G"
L = np.log
SM = (r"Logits $z_1, \ldots, z_K$ are real numbers and $\hat{y_j} = \frac{e^{z_j}}{\sum_{k=1}^{K} e^{z_k}}$ for $j = 1, \ldots, K$.")
yh = lambda W: softmax(W.z)
pair(P, G, [SM], r"\log \hat{y_j} = z_j - \log \sum_{k=1}^{K} e^{z_k}", r"\log \hat{y_j} = z_j + \log \sum_{k=1}^{K} e^{z_k}",
     lambda W: L(yh(W)), lambda W: W.z - lse(W.z), lambda W: W.z + lse(W.z))
pair(P, G, [SM], r"\sum_{j=1}^{K} \hat{y_j} = 1", r"\sum_{j=1}^{K} \hat{y_j} = K", lambda W: yh(W).sum(), one, lambda W: float(W.K))
pair(P, G, [SM], r"\frac{\partial \hat{y_j}}{\partial z_j} = \hat{y_j} \left(1 - \hat{y_j}\right)", r"\frac{\partial \hat{y_j}}{\partial z_j} = \hat{y_j}^{2}",
     lambda W: np.array([d1(lambda t: softmax(np.where(np.arange(W.K) == j, t, W.z))[j], W.z[j]) for j in range(W.K)]),
     lambda W: yh(W) * (1 - yh(W)), lambda W: yh(W) ** 2)
SM2 = (r"Logits $z_1, \ldots, z_K$, a target class $c$, and $\hat{y}_j = e^{z_j} / \sum_{k} e^{z_k}$; the loss is $\ell = -\log \hat{y}_c$.")
lc = lambda W, z: -L(softmax(z)[W.k0])
pair(P, G, [SM2], r"\frac{\partial \ell}{\partial z_j} = \hat{y}_j - \mathbb{1}\lbrack j = c \rbrack", r"\frac{\partial \ell}{\partial z_j} = \mathbb{1}\lbrack j = c \rbrack - \hat{y}_j",
     lambda W: np.array([d1(lambda t: lc(W, np.where(np.arange(W.K) == j, t, W.z)), W.z[j]) for j in range(W.K)]),
     lambda W: yh(W) - (np.arange(W.K) == W.k0), lambda W: (np.arange(W.K) == W.k0) - yh(W))
pair(P, G, [SM2], r"\ell = \log \sum_{k} e^{z_k} - z_c", r"\ell = \log \sum_{k} e^{z_k} + z_c", lambda W: lc(W, W.z), lambda W: lse(W.z) - W.z[W.k0],
     lambda W: lse(W.z) + W.z[W.k0])
MK = (r"A Markov chain on finitely many states has transition probabilities $p(\mathbf{x_t} \mid \mathbf{x_{t-1}})$ and the marginal "
      r"$p(\mathbf{x_{t-1}})$ at time $t - 1$; all are positive.")
tr = lambda W: W.Pyx          # [x_{t-1}, x_t]
m0 = lambda W: W.px_
jt = lambda W: m0(W)[:, None] * tr(W)
doc1(P, G, [MK], r"\sum_{\mathbf{x_t}} p(\mathbf{x_t} \mid \mathbf{x_{t-1}}) = 1", (TT_, lambda W: tr(W).sum(1), one))
doc1(P, G, [MK], r"\sum_{\mathbf{x_{t-1}}} p(\mathbf{x_t} \mid \mathbf{x_{t-1}}) = 1", (FF_, lambda W: tr(W).sum(0), one),
     note="summed over the conditioning variable")
pair(P, G, [MK], r"p(\mathbf{x_t}) = \sum_{\mathbf{x_{t-1}}} p(\mathbf{x_t} \mid \mathbf{x_{t-1}})\, p(\mathbf{x_{t-1}})",
     r"p(\mathbf{x_t}) = \sum_{\mathbf{x_{t-1}}} p(\mathbf{x_t} \mid \mathbf{x_{t-1}})", lambda W: jt(W).sum(0), lambda W: jt(W).sum(0),
     lambda W: tr(W).sum(0), note="marginal dropped")
RM = (r"Real observations $x_1, \ldots, x_N$ with $N \ge 2$ have running means $\hat{\mu_n} = \frac{1}{n} \sum_{i=1}^{n} x_i$.")
xs = lambda W: np.r_[W.dv, W.x1, W.y1][:max(W.N, 2)]
mu_ = lambda v, n: v[:n].mean()
pair(P, G, [RM], r"\hat{\mu_N} = \frac{N - 1}{N} \hat{\mu_{N-1}} + \frac{1}{N} x_N", r"\hat{\mu_N} = \frac{1}{N} \hat{\mu_{N-1}} + \frac{N - 1}{N} x_N",
     lambda W: mu_(xs(W), len(xs(W))), lambda W: (len(xs(W)) - 1) / len(xs(W)) * mu_(xs(W), len(xs(W)) - 1) + xs(W)[-1] / len(xs(W)),
     lambda W: mu_(xs(W), len(xs(W)) - 1) / len(xs(W)) + (len(xs(W)) - 1) / len(xs(W)) * xs(W)[-1], note="weights swapped")
pair(P, G, [RM], r"\hat{\mu_N} - \hat{\mu_{N-1}} = \frac{x_N - \hat{\mu_{N-1}}}{N}", r"\hat{\mu_N} - \hat{\mu_{N-1}} = \frac{x_N - \hat{\mu_{N-1}}}{N - 1}",
     lambda W: mu_(xs(W), len(xs(W))) - mu_(xs(W), len(xs(W)) - 1), lambda W: (xs(W)[-1] - mu_(xs(W), len(xs(W)) - 1)) / len(xs(W)),
     lambda W: (xs(W)[-1] - mu_(xs(W), len(xs(W)) - 1)) / (len(xs(W)) - 1))
VEC = (r"Let $\mathbf{a_1}, \mathbf{a_2} \in \mathbb{R}^{d}$ and $\mathbf{w} \in \mathbb{R}^{d}$ be vectors.")
va = lambda W: np.array([W.av, W.av[::-1] + 0.5, W.av * 0.3 - 1.0])
pair(P, G, [VEC], r"\left(\mathbf{a_1} + \mathbf{a_2}\right)^{\top} \mathbf{w} = \mathbf{a_1}^{\top} \mathbf{w} + \mathbf{a_2}^{\top} \mathbf{w}",
     r"\left(\mathbf{a_1} + \mathbf{a_2}\right)^{\top} \mathbf{w} = \mathbf{a_1}^{\top} \mathbf{w} + \mathbf{a_2}^{\top} \mathbf{a_1}",
     lambda W: (va(W)[0] + va(W)[1]) @ va(W)[2], lambda W: va(W)[0] @ va(W)[2] + va(W)[1] @ va(W)[2], lambda W: va(W)[0] @ va(W)[2] + va(W)[1] @ va(W)[0])
pair(P, G, [VEC], r"\|\mathbf{a_1} - \mathbf{a_2}\|^{2} = \|\mathbf{a_1}\|^{2} - 2 \mathbf{a_1}^{\top} \mathbf{a_2} + \|\mathbf{a_2}\|^{2}",
     r"\|\mathbf{a_1} - \mathbf{a_2}\|^{2} = \|\mathbf{a_1}\|^{2} - \mathbf{a_1}^{\top} \mathbf{a_2} + \|\mathbf{a_2}\|^{2}",
     lambda W: ((va(W)[0] - va(W)[1]) ** 2).sum(), lambda W: (va(W)[0] ** 2).sum() - 2 * va(W)[0] @ va(W)[1] + (va(W)[1] ** 2).sum(),
     lambda W: (va(W)[0] ** 2).sum() - va(W)[0] @ va(W)[1] + (va(W)[1] ** 2).sum())
TT1 = [r"\texttt{logsumexp}(z) = \log \sum_{k=1}^{K} e^{z_k}"]
TTP = r"For logits $z = (z_1, \ldots, z_K)$ and a real number $c$, we use the function defined by"
pair(P, G, [TTP, TT1], r"\texttt{logsumexp}(z) \ge \max_{k} z_k", r"\texttt{logsumexp}(z) \le \max_{k} z_k", lambda W: lse(W.z), lambda W: W.z.max(),
     lambda W: W.z.max(), rel=">=", relF="<=")
pair(P, G, [TTP, TT1], r"\texttt{logsumexp}(z) \le \max_{k} z_k + \log K", r"\texttt{logsumexp}(z) \le \max_{k} z_k", lambda W: lse(W.z),
     lambda W: W.z.max() + L(W.K), lambda W: W.z.max(), rel="<=")
pair(P, G, [TTP, TT1], r"\frac{\partial\, \texttt{logsumexp}(z)}{\partial z_j} = \frac{e^{z_j}}{\sum_{k=1}^{K} e^{z_k}}",
     r"\frac{\partial\, \texttt{logsumexp}(z)}{\partial z_j} = e^{z_j}",
     lambda W: np.array([d1(lambda t: lse(np.where(np.arange(W.K) == j, t, W.z)), W.z[j]) for j in range(W.K)]), yh, lambda W: np.exp(W.z))
LB = (r"Let $p$ be a distribution with $p(x) > 0$ on finitely many states and $f$, $g$ real functions of $x$; "
      r"$\mathbb{E}_{p}\lbrack f \rbrack = \sum_{x} p(x) f(x)$.")
Ef = lambda W, v: float(W.q @ v)
doc1(P, G, [LB], r"\mathbb{E}_{p}\lbrack f + g \rbrack = \mathbb{E}_{p}\lbrack f \rbrack + \mathbb{E}_{p}\lbrack g \rbrack",
     (TT_, lambda W: Ef(W, W.f + W.g), lambda W: Ef(W, W.f) + Ef(W, W.g)))
doc1(P, G, [LB], r"\mathbb{E}_{p}\lbrack f g \rbrack = \mathbb{E}_{p}\lbrack f \rbrack\, \mathbb{E}_{p}\lbrack g \rbrack",
     (FF_, lambda W: Ef(W, W.f * W.g), lambda W: Ef(W, W.f) * Ef(W, W.g)), note="independence assumed")
pair(P, G, [LB], r"\mathbb{E}_{p}\lbrack f^{2} \rbrack \ge \mathbb{E}_{p}\lbrack f \rbrack^{2}", r"\mathbb{E}_{p}\lbrack f^{2} \rbrack \le \mathbb{E}_{p}\lbrack f \rbrack^{2}",
     lambda W: Ef(W, W.f ** 2), lambda W: Ef(W, W.f) ** 2, lambda W: Ef(W, W.f) ** 2, rel=">=", relF="<=")
pair(P, G, [LB], r"\mathbb{E}_{p}\lbrack e^{f} \rbrack \ge e^{\mathbb{E}_{p}\lbrack f \rbrack}", r"\mathbb{E}_{p}\lbrack e^{f} \rbrack \le e^{\mathbb{E}_{p}\lbrack f \rbrack}",
     lambda W: Ef(W, np.exp(W.f)), lambda W: np.exp(Ef(W, W.f)), lambda W: np.exp(Ef(W, W.f)), rel=">=", relF="<=")
BS = (r"An energy model $p_{\boldsymbol{\theta}}(x) = e^{-E_{\boldsymbol{\theta}}(x)} / Z_{\boldsymbol{\theta}}$ on a finite set, with "
      r"$Z_{\boldsymbol{\theta}} = \sum_{x} e^{-E_{\boldsymbol{\theta}}(x)}$; $\theta_k$ is one component of $\boldsymbol{\theta}$.")
pair(P, G, [BS], r"\frac{\partial \log Z_{\boldsymbol{\theta}}}{\partial \theta_k} = -\sum_{x} p_{\boldsymbol{\theta}}(x) \frac{\partial E_{\boldsymbol{\theta}}(x)}{\partial \theta_k}",
     r"\frac{\partial \log Z_{\boldsymbol{\theta}}}{\partial \theta_k} = \sum_{x} p_{\boldsymbol{\theta}}(x) \frac{\partial E_{\boldsymbol{\theta}}(x)}{\partial \theta_k}",
     lambda W: d1(W.logZ, W.th), lambda W: -W.p() @ W.dE(), lambda W: W.p() @ W.dE())
pair(P, G, [BS], r"\log p_{\boldsymbol{\theta}}(x) = -E_{\boldsymbol{\theta}}(x) - \log Z_{\boldsymbol{\theta}}",
     r"\log p_{\boldsymbol{\theta}}(x) = -E_{\boldsymbol{\theta}}(x) + \log Z_{\boldsymbol{\theta}}", lambda W: L(W.p()), lambda W: -W.E() - W.logZ(),
     lambda W: -W.E() + W.logZ())
WH = (r"The model is $p_\theta(x) = e^{-E_\theta(x)}/Z_\theta$ on a finite set; from data $x^{(1)}, \ldots, x^{(N)}$ (states) let "
      r"$\widehat{p_{\mathrm{data}}}(x) = \frac{1}{N} \sum_{n=1}^{N} \mathbb{1}\lbrack x^{(n)} = x \rbrack$.")
pair(P, G, [WH], r"\sum_{x} \widehat{p_{\mathrm{data}}}(x) \log p_\theta(x) = -\sum_{x} \widehat{p_{\mathrm{data}}}(x) E_\theta(x) - \log Z_\theta",
     r"\sum_{x} \widehat{p_{\mathrm{data}}}(x) \log p_\theta(x) = -\sum_{x} p_\theta(x) E_\theta(x) - \log Z_\theta",
     lambda W: W.phat() @ L(W.p()), lambda W: -W.phat() @ W.E() - W.logZ(), lambda W: -W.p() @ W.E() - W.logZ())
pair(P, G, [WH], r"\sum_{x} \widehat{p_{\mathrm{data}}}(x)\, E_\theta(x) = \frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right)",
     r"\sum_{x} \widehat{p_{\mathrm{data}}}(x)\, E_\theta(x) = \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right)", lambda W: W.phat() @ W.E(), lambda W: W.avg(W.E()),
     lambda W: W.E()[W.data].sum(), note="1/N dropped")
BAR = (r"For real numbers $a_1, \ldots, a_N$ (here $N = 3$: $a_1, a_2, a_3$) write $\bar{a_N} = \frac{1}{N} \sum_{n=1}^{N} a_n$.")
a3 = lambda W: W.w2
pair(P, G, [BAR], r"\bar{a_N} = \frac{a_1 + a_2 + a_3}{3}", r"\bar{a_N} = \frac{a_1 + a_2 + a_3}{2}", lambda W: a3(W).mean(), lambda W: a3(W).sum() / 3,
     lambda W: a3(W).sum() / 2)
pair(P, G, [BAR], r"\sum_{n=1}^{N} \left(a_n - \bar{a_N}\right)^{2} = \sum_{n=1}^{N} a_n^{2} - N \bar{a_N}^{2}",
     r"\sum_{n=1}^{N} \left(a_n - \bar{a_N}\right)^{2} = \sum_{n=1}^{N} a_n^{2} - \bar{a_N}^{2}", lambda W: ((a3(W) - a3(W).mean()) ** 2).sum(),
     lambda W: (a3(W) ** 2).sum() - 3 * a3(W).mean() ** 2, lambda W: (a3(W) ** 2).sum() - a3(W).mean() ** 2)
TT2 = (r"In code we call $\texttt{sigmoid}(u) = \frac{1}{1 + e^{-u}}$ and $\texttt{softplus}(u) = \log(1 + e^{u})$; let $u$ be real.")
pair(P, G, [TT2], r"\texttt{sigmoid}(u) + \texttt{sigmoid}(-u) = 1", r"\texttt{sigmoid}(u) + \texttt{sigmoid}(-u) = 0", lambda W: sig(W.c_) + sig(-W.c_), one, zero)
pair(P, G, [TT2], r"\texttt{softplus}(u) - \texttt{softplus}(-u) = u", r"\texttt{softplus}(u) - \texttt{softplus}(-u) = -u",
     lambda W: softplus(W.c_) - softplus(-W.c_), lambda W: W.c_, lambda W: -W.c_)
pair(P, G, [TT2], r"\frac{d}{du} \texttt{softplus}(u) = \texttt{sigmoid}(u)", r"\frac{d}{du} \texttt{softplus}(u) = \texttt{sigmoid}(-u)",
     lambda W: d1(softplus, W.c_), lambda W: sig(W.c_), lambda W: sig(-W.c_))
