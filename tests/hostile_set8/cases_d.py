"""hostile9 cases M-P: exponential families in vector form; conditions stated beside a row; Markdown-escaped
displays \\\\[ ... \\\\]; budget traps."""
import math
from fractions import Fraction

import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

a0 = lambda W: W.al[0]
RA = r"For real $a$, with $\sigma(a) = 1/(1 + e^{-a})$:"
LS = r"For logits $z \in \mathbb{R}^{K}$ let $\mathrm{softmax}(z)_k = e^{z_k} / \sum_{i=1}^{K} e^{z_i}$."


def _d200(power):
    import sympy as sp
    x = sp.Symbol("x")
    return sp.expand(sp.diff((1 + x) ** 200, x) - 200 * (1 + x) ** power) == 0


# ============================================================ M exponential families, vector form
M = "M exponential family vector"
EF2 = (r"An exponential family on finitely many states, $p_\theta(x) = h(x) \exp\left(\theta^\top T(x) - A(\theta)\right)$, with "
       r"$\theta = (\theta_1, \theta_2) \in \mathbb{R}^{2}$, statistics $T(x) = \left(T_1(x), T_2(x)\right)$, base measure $h(x) > 0$ and "
       r"$A(\theta) = \log \sum_{x} h(x)\, e^{\theta^\top T(x)}$.")
th2v = lambda W: np.array([W.ph, W.ps])  # a second parameter vector theta'
ET = lambda W, th=None: TT(W) @ p2(W, th)
cov = lambda W: (lambda p, X: (X * p) @ X.T - np.outer(X @ p, X @ p))(p2(W), TT(W))
D("M01", M, [EF2, [r"\nabla_{\theta} A(\theta) = \sum_{x} p_\theta(x)\, T(x)"]], [(T, gradA2, ET)])
D("M02", M, [EF2, [r"\nabla_{\theta} A(\theta) = -\sum_{x} p_\theta(x)\, T(x)"]], [(F, gradA2, lambda W: -ET(W))])
D("M03", M, [EF2, [r"\nabla^{2}_\theta A(\theta) = \mathrm{Cov}_{x \sim p_\theta}\left[T(x)\right]"]], [(T, hessA2, cov)])
D("M04", M, [EF2, [r"\nabla^{2}_\theta A(\theta) = \mathbb{E}_{x \sim p_\theta}\left[T(x)\, T(x)^\top\right]"]], [(F, hessA2, lambda W: (TT(W) * p2(W)) @ TT(W).T)], note="second moment for covariance")
D("M05", M, [EF2, [r"\frac{\partial A(\theta)}{\partial \theta_2} = \mathbb{E}_{x \sim p_\theta}\left[T_2(x)\right]"]], [(T, lambda W: gradA2(W)[1], lambda W: ET(W)[1])])
D("M06", M, [EF2, [r"\frac{\partial A(\theta)}{\partial \theta_2} = \mathbb{E}_{x \sim p_\theta}\left[T_1(x)\right]"]], [(F, lambda W: gradA2(W)[1], lambda W: ET(W)[0])], note="index 2 -> 1")
D("M07", M, [EF2, [r"\frac{\partial^{2} A(\theta)}{\partial \theta_1^{2}} = \mathrm{Var}_{x \sim p_\theta}\left[T_1(x)\right]"]], [(T, lambda W: hessA2(W)[0, 0], lambda W: cov(W)[0, 0])])
D("M08", M, [EF2, [r"\frac{\partial^{2} A(\theta)}{\partial \theta_1\, \partial \theta_2} = \mathrm{Var}_{x \sim p_\theta}\left[T_1(x)\right]"]], [(F, lambda W: hessA2(W)[0, 1], lambda W: cov(W)[0, 0])])
score = lambda W: TT(W) - gradA2(W)[:, None]  # [2, x]
D("M09", M, [EF2, [r"\nabla_\theta \log p_\theta(x) = T(x) - \nabla_\theta A(\theta)"]], [(T, lambda W: np.stack([d1(lambda t: np.log(p2(W, [t, W.th2])), W.th), d1(lambda t: np.log(p2(W, [W.th, t])), W.th2)]), score)])
D("M10", M, [EF2, [r"\nabla_\theta \log p_\theta(x) = T(x) + \nabla_\theta A(\theta)"]], [(F, lambda W: np.stack([d1(lambda t: np.log(p2(W, [t, W.th2])), W.th), d1(lambda t: np.log(p2(W, [W.th, t])), W.th2)]), lambda W: TT(W) + gradA2(W)[:, None])])
D("M11", M, [EF2, [r"\sum_{x} p_\theta(x)\, \nabla_\theta \log p_\theta(x) = 0"]], [(T, lambda W: score(W) @ p2(W), lambda W: np.zeros(2))])
D("M12", M, [EF2, [r"\sum_{x} p_\theta(x)\, T(x) = 0"]], [(F, ET, lambda W: np.zeros(2))])
EF2D = EF2 + r" The data are $x^{(1)}, \ldots, x^{(N)}$."
ll2 = lambda W, th: np.log(p2(W, th))[W.data].mean()
gll2 = lambda W: np.array([d1(lambda t: ll2(W, [t, W.th2]), W.th), d1(lambda t: ll2(W, [W.th, t]), W.th2)])
D("M13", M, [EF2D, [r"\nabla_\theta \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = \frac{1}{N} \sum_{n=1}^{N} T\left(x^{(n)}\right) - \mathbb{E}_{x \sim p_\theta}\left[T(x)\right]"]],
  [(T, gll2, lambda W: TT(W)[:, W.data].mean(1) - ET(W))])
D("M14", M, [EF2D, [r"\nabla_\theta \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = \frac{1}{N} \sum_{n=1}^{N} T\left(x^{(n)}\right) + \mathbb{E}_{x \sim p_\theta}\left[T(x)\right]"]],
  [(F, gll2, lambda W: TT(W)[:, W.data].mean(1) + ET(W))])
EF2P = EF2 + r" Let $\theta' \in \mathbb{R}^{2}$ be a second parameter."
D("M15", M, [EF2P, [r"\mathrm{KL}\left(p_\theta \,\|\, p_{\theta'}\right) = A(\theta') - A(\theta) - (\theta' - \theta)^\top \nabla_\theta A(\theta)"]],
  [(T, lambda W: KL(p2(W), p2(W, th2v(W))), lambda W: A2(W, th2v(W)) - A2(W) - (th2v(W) - np.array([W.th, W.th2])) @ gradA2(W))])
D("M16", M, [EF2P, [r"\mathrm{KL}\left(p_\theta \,\|\, p_{\theta'}\right) = A(\theta') - A(\theta) + (\theta' - \theta)^\top \nabla_\theta A(\theta)"]],
  [(F, lambda W: KL(p2(W), p2(W, th2v(W))), lambda W: A2(W, th2v(W)) - A2(W) + (th2v(W) - np.array([W.th, W.th2])) @ gradA2(W))])
D("M17", M, [EF2, [r"H(p_\theta) = A(\theta) - \theta^\top \nabla_\theta A(\theta) - \mathbb{E}_{x \sim p_\theta}\left[\log h(x)\right]"]],
  [(T, lambda W: H(p2(W)), lambda W: A2(W) - np.array([W.th, W.th2]) @ gradA2(W) - p2(W) @ np.log(W.hb))])
D("M18", M, [EF2, [r"H(p_\theta) = A(\theta) - \theta^\top \nabla_\theta A(\theta) + \mathbb{E}_{x \sim p_\theta}\left[\log h(x)\right]"]],
  [(F, lambda W: H(p2(W)), lambda W: A2(W) - np.array([W.th, W.th2]) @ gradA2(W) + p2(W) @ np.log(W.hb))])
EF2U = EF2 + r" Let $u \in \mathbb{R}^{2}$ be any vector."
D("M19", M, [EF2U, [r"u^\top \nabla^{2}_\theta A(\theta)\, u \ge 0"]], [(T, lambda W: W.vv @ hessA2(W) @ W.vv, zero, ">=")])
D("M20", M, [EF2U, [r"u^\top \nabla^{2}_\theta A(\theta)\, u = \mathbb{E}_{x \sim p_\theta}\left[\left(u^\top T(x)\right)^{2}\right]"]],
  [(F, lambda W: W.vv @ hessA2(W) @ W.vv, lambda W: p2(W) @ (W.vv @ TT(W)) ** 2)])
EBM2 = (r"An energy-based model with $E_\theta(x) = -\theta^\top T(x)$, $\theta \in \mathbb{R}^{2}$, $T(x) = (T_1(x), T_2(x))$, "
        r"$p_\theta(x) = e^{-E_\theta(x)}/Z_\theta$ and $Z_\theta = \sum_{x} e^{-E_\theta(x)}$ over finitely many states.")
pe = lambda W, th=None: softmax((np.array([W.th, W.th2]) if th is None else np.asarray(th)) @ TT(W))
lze = lambda W, th: lse(np.asarray(th) @ TT(W))
gze = lambda W: np.array([d1(lambda t: lze(W, [t, W.th2]), W.th), d1(lambda t: lze(W, [W.th, t]), W.th2)])
D("M21", M, [EBM2, [r"\nabla_\theta \log Z_\theta = \mathbb{E}_{x \sim p_\theta}\left[T(x)\right]"]], [(T, gze, lambda W: TT(W) @ pe(W))])
D("M22", M, [EBM2, [r"\nabla_\theta \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[T(x)\right]"]], [(F, gze, lambda W: -(TT(W) @ pe(W)))])
mixz = lambda W: d1(lambda b: softmax(W.th * W.T + b * W.u) @ W.T, W.th2)
cove = lambda W, i, j: (lambda p, X: p @ (X[i] * X[j]) - (p @ X[i]) * (p @ X[j]))(pe(W), TT(W))
D("M23", M, [EBM2, [r"\frac{\partial^{2} \log Z_\theta}{\partial \theta_1\, \partial \theta_2} = \mathrm{Cov}_{x \sim p_\theta}\left[T_1(x), T_2(x)\right]"]], [(T, mixz, lambda W: cove(W, 0, 1))])
D("M24", M, [EBM2, [r"\frac{\partial^{2} \log Z_\theta}{\partial \theta_1\, \partial \theta_2} = \mathrm{Cov}_{x \sim p_\theta}\left[T_1(x), T_1(x)\right]"]], [(F, mixz, lambda W: cove(W, 0, 0))])

# ============================================================ N conditions stated beside a row
N = "N conditions beside a row"
GR = [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"]
GRZ = r"with $Z(\beta) = \sum_{x} e^{-\beta E(x)}$ over the $K$ states, for any real $\beta$."
D("N01", N, [GR, GRZ, [r"Z(\beta) - K = 0 \quad \text{for } \beta = 0"]], [DEF, (T, lambda W: W.Zb(0.0) - W.K, zero)])
D("N02", N, [GR, GRZ, [r"\log Z(\beta) = 0 \quad \text{for } \beta = 0"]], [DEF, (F, lambda W: W.logZb(0.0), zero)])
D("N03", N, [GR, GRZ, [r"p_\beta(x) = \frac{1}{K} \quad \text{for } \beta = 0"]], [DEF, (T, lambda W: W.pb(0.0), lambda W: 1 / W.K)])
D("N04", N, [GR, GRZ, [r"p_\beta(x) = \frac{1}{K} \quad \text{for } \beta = 1"]], [DEF, (F, lambda W: W.pb(1.0), lambda W: 1 / W.K)])
QPQ = (r"Take $q_\phi(x) = e^{\phi f(x) + g(x)}/Z(\phi)$ with $Z(\phi) = \sum_{x} e^{\phi f(x) + g(x)}$, at two real parameters $\phi$ and $\psi$, "
       r"where $f$ is not constant.")
D("N05", N, [QPQ, [r"\mathrm{KL}\left(q_\phi \,\|\, q_\psi\right) = 0 \quad \text{if } \phi = \psi"]], [(T, lambda W: KL(W.qf(), W.qf()), zero)])
D("N06", N, [QPQ, [r"\mathrm{KL}\left(q_\phi \,\|\, q_\psi\right) = 0 \quad \text{if } \phi \neq \psi"]], [(F, lambda W: KL(W.qf(), W.qf(W.ps)), zero)])
RS = r"With $\sigma(a) = 1/(1 + e^{-a})$:"
D("N07", N, [RS, [r"2\sigma(a) = 1 \quad \text{for } a = 0"]], [(T, lambda W: 2 * sig(0.0), one)])
D("N08", N, [RS, [r"2\sigma(a) = 1 \quad \text{for } a = 1"]], [(F, lambda W: 2 * sig(1.0), one)])
D("N09", N, [r"For real $a$:", [r"\tanh a = a \quad \text{for } a = 0"]], [(T, lambda W: np.tanh(0.0), zero)])
D("N10", N, [r"For real $a$:", [r"\tanh a = a \quad \text{for } a > 0"]], [(F, lambda W: np.tanh(abs(W.al[0]) + 0.1), lambda W: abs(W.al[0]) + 0.1)])
D("N11", N, [Q9, r"$H(q)$ is its entropy.", [r"H(q) = \log K \quad \text{if } q(x) = \frac{1}{K} \text{ for all } x"]], [(T, lambda W: H(np.full(W.K, 1 / W.K)), lambda W: np.log(W.K))])
D("N12", N, [Q9, r"$H(q)$ is its entropy.", [r"H(q) = 0 \quad \text{if } q(x) = \frac{1}{K} \text{ for all } x"]], [(F, lambda W: H(np.full(W.K, 1 / W.K)), zero)])
D("N13", N, [M9, M9Z, QPHI9, [r"p_\theta(x) = q_\phi(x) \quad \text{if } E_\theta(x) = -\phi f(x) - g(x) \text{ for all } x"]], [DEF, (T, lambda W: softmax(W.ph * W.f + W.g), lambda W: W.qf())])
D("N14", N, [M9, M9Z, QPHI9, [r"p_\theta(x) = q_\phi(x) \quad \text{if } E_\theta(x) = \phi f(x) + g(x) \text{ for all } x"]], [DEF, (F, lambda W: softmax(-W.ph * W.f - W.g), lambda W: W.qf())])
D("N15", N, [M9, M9Z, [r"\frac{\partial \log Z_\theta}{\partial \theta} = -\mathbb{E}_{x \sim p_\theta}\left[g(x)\right] \quad \text{for } E_\theta(x) = \theta\, g(x)"]], [DEF, (T, lambda W: d1(lambda t: lZl(W, t), W.th), lambda W: -(pl(W) @ W.g))])
D("N16", N, [M9, M9Z, [r"\frac{\partial \log Z_\theta}{\partial \theta} = \mathbb{E}_{x \sim p_\theta}\left[g(x)\right] \quad \text{for } E_\theta(x) = \theta\, g(x)"]], [DEF, (F, lambda W: d1(lambda t: lZl(W, t), W.th), lambda W: pl(W) @ W.g)])
D("N17", N, [M9, M9Z, TH2, [r"Z_{\theta'} = Z_\theta \quad \text{if } \theta' = \theta"]], [DEF, (T, lambda W: W.Z(), lambda W: W.Z())])
D("N18", N, [M9, M9Z, TH2, [r"Z_{\theta'} = Z_\theta \quad \text{if } \theta' = -\theta"]], [DEF, (F, lambda W: W.Z(-W.th), lambda W: W.Z())])
D("N19", N, [r"For a real $x$:", [r"x^{2} = x \quad (x \in \{0, 1\})"]], [(T, lambda W: np.array([0., 1.]) ** 2, lambda W: np.array([0., 1.]))])
D("N20", N, [r"For a real $x$:", [r"x^{2} = 1 \quad (x \in \{0, 1\})"]], [(F, lambda W: np.array([0., 1.]) ** 2, one)])
SMC = r"For logits $z_1, \ldots, z_K$ with $K \geq 3$ and $\mathrm{softmax}(z)_k = e^{z_k}/\sum_{j} e^{z_j}$:"
D("N21", N, [SMC, [r"\mathrm{softmax}(z)_k = \frac{1}{K} \quad \text{if } z_1 = z_2 = \cdots = z_K"]], [(T, lambda W: softmax(np.full(max(W.K, 3), W.z[0])), lambda W: 1 / max(W.K, 3))])
D("N22", N, [SMC, [r"\mathrm{softmax}(z)_k = \frac{1}{2} \quad \text{if } z_1 = z_2 = \cdots = z_K"]], [(F, lambda W: softmax(np.full(max(W.K, 3), W.z[0])), const(0.5))])
D("N23", N, [GR, GRZ, [r"\log Z(\beta) = \log K - \beta E_0 \quad \text{if } E(x) = E_0 \text{ for every } x"]], [DEF, (T, lambda W: lse(-W.be * np.full(W.K, W.al[1])), lambda W: np.log(W.K) - W.be * W.al[1])])
D("N24", N, [GR, GRZ, [r"\log Z(\beta) = \log K + \beta E_0 \quad \text{if } E(x) = E_0 \text{ for every } x"]], [DEF, (F, lambda W: lse(-W.be * np.full(W.K, W.al[1])), lambda W: np.log(W.K) + W.be * W.al[1])])
D("N25", N, [r"For real $\theta$:", [r"\theta^{4} = \theta^{2} \quad \text{for } \theta \in \{-1, 0, 1\}"]], [(T, lambda W: np.array([-1., 0, 1]) ** 4, lambda W: np.array([-1., 0, 1]) ** 2)])
D("N26", N, [r"For real $\theta$:", [r"\theta^{4} = \theta^{2} \quad \text{for } \theta \in \{-2, 0, 1\}"]], [(F, lambda W: np.array([-2., 0, 1]) ** 4, lambda W: np.array([-2., 0, 1]) ** 2)])
D("N27", N, [M9, M9Z, TH2, [r"\mathrm{KL}\left(p_\theta \,\|\, p_{\theta'}\right) = 0 \quad \text{whenever } \theta' = \theta"]], [DEF, (T, lambda W: KL(W.p(), W.p()), zero)])
D("N28", N, [M9, M9Z, TH2, [r"\mathrm{KL}\left(p_\theta \,\|\, p_{\theta'}\right) = 0 \quad \text{whenever } \theta' = \theta + 1"]], [DEF, (F, lambda W: KL(W.p(), W.p(W.th + 1)), zero)])
D("N29", N, [GR, GRZ, [r"\frac{\partial \log Z(\beta)}{\partial \beta} = -\frac{1}{K} \sum_{x} E(x) \qquad (\beta = 0)"]], [DEF, (T, lambda W: d1(W.logZb, 0.0), lambda W: -W.b.mean())])
D("N30", N, [GR, GRZ, [r"\frac{\partial \log Z(\beta)}{\partial \beta} = -\frac{1}{K} \sum_{x} E(x) \qquad (\beta = 1)"]], [DEF, (F, lambda W: d1(W.logZb, 1.0), lambda W: -W.b.mean())])

# ============================================================ O Markdown-escaped displays \\[ ... \\]
O = "O Markdown-escaped displays"
PUN = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def esc(latex, us=False):
    """LaTeX -> the Markdown source that renders to it (CommonMark backslash escapes): a backslash before ASCII
    punctuation is written \\\\ (so \\, -> \\\\, and \\\\ -> \\\\\\\\); with us=True every _ is written \\_."""
    out, i = [], 0
    while i < len(latex):
        c = latex[i]
        if c == "\\" and i + 1 < len(latex) and latex[i + 1] in PUN:
            out.append("\\\\")
            nxt = latex[i + 1]
            out.append("\\\\" if nxt == "\\" else ("\\_" if (nxt == "_" and us) else nxt))
            i += 2
            continue
        if c == "_" and us:
            out.append("\\_")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def odisp(latex, us=False, one_line=False):
    if one_line:
        return ("raw", ["§" + r"\\[ " + esc(latex, us) + r" \\]"])
    return ("raw", [r"\\[", "§" + esc(latex, us), r"\\]"])


def oin(text_latex, us=False):
    return esc(text_latex, us).replace("$$", "").replace("\\\\(", "\\\\(")


def prose(s, us=False):
    """a prose line whose inline maths $...$ is written \\\\( ... \\\\) with the escapes"""
    parts = s.split("$")
    out = []
    for k, p in enumerate(parts):
        out.append(p if k % 2 == 0 else r"\\(" + esc(p, us) + r"\\)")
    return "".join(out)


OM = ("raw", [r"\\[", esc(r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"), r"\\]"])
OMd = ("raw", [r"\\[", "§" + esc(r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"), r"\\]"])
OMZ = prose(M9Z)
D("O01", O, [OMd, OMZ, odisp(r"\log p_\theta(x) = -E_\theta(x) - \log \sum_{x'} e^{-E_\theta(x')}", one_line=True)], [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ())])
D("O02", O, [OMd, OMZ, odisp(r"\log p_\theta(x) = -E_\theta(x) + \log \sum_{x'} e^{-E_\theta(x')}", one_line=True)], [DEF, (F, lambda W: np.log(W.p()), lambda W: -W.E() + W.logZ())])
D("O03", O, [OMd, OMZ, prose(Q9), odisp(r"\sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)} \ge 0")], [DEF, (T, lambda W: KL(W.q, W.p()), zero, ">=")])
D("O04", O, [OMd, OMZ, prose(Q9), odisp(r"\sum_{x} q(x) \log \frac{q(x)}{p_\theta(x)} \le 0")], [DEF, (F, lambda W: KL(W.q, W.p()), zero, "<=")])
D("O05", O, [OMd, OMZ, odisp(r"\sum_{x} Z_\theta\, p_\theta(x) = Z_\theta", us=True)], [DEF, (T, lambda W: W.Z() * W.p().sum(), lambda W: W.Z())], note="escaped underscores")
D("O06", O, [OMd, OMZ, odisp(r"\sum_{x} p_\theta(x)\, e^{E_\theta(x)} = 1", us=True)], [DEF, (F, lambda W: W.p() @ np.exp(W.E()), one)], note="escaped underscores")
D("O07", O, [OMd, OMZ, ("raw", [r"\\[", esc(r"\begin{aligned}"), "§" + esc(r"\log Z_\theta &= \log \sum_{x} e^{-E_\theta(x)} \\"), "§" + esc(r"&= \log \sum_{x} e^{E_\theta(x)}"), esc(r"\end{aligned}"), r"\\]"])],
  [DEF, (T, lambda W: W.logZ(), lambda W: W.logZ()), (F, lambda W: W.logZ(), lambda W: lse(W.E()))], note="\\\\\\\\ row break")
D("O08", O, [OMd, OMZ, ("raw", [r"\\[", esc(r"\begin{aligned}"), "§" + esc(r"Z_\theta\, p_\theta(x) &= e^{-E_\theta(x)} \\"), "§" + esc(r"\sum_{x} Z_\theta\, p_\theta(x) &= Z_\theta"), esc(r"\end{aligned}"), r"\\]"])],
  [DEF, (T, lambda W: W.Z() * W.p(), lambda W: np.exp(-W.E())), (T, lambda W: W.Z(), lambda W: W.Z())])
QP_ = r"Let $q_\phi(x) \propto e^{\phi f(x)}$ be a second model with parameter $\phi$."
qf0 = lambda W, ph=None: softmax((W.ph if ph is None else ph) * W.f)
D("O09", O, [OMd, OMZ, prose(QP_), odisp(r"\frac{\partial}{\partial \phi} \log q_\phi(x) = f(x) - \mathbb{E}_{x' \sim q_\phi}\left[f(x')\right]")],
  [DEF, (T, lambda W: d1(lambda u: np.log(qf0(W, u)), W.ph), lambda W: W.f - qf0(W) @ W.f)])
D("O10", O, [OMd, OMZ, prose(QP_), odisp(r"\frac{\partial}{\partial \phi} \log q_\phi(x) = f(x) - \mathbb{E}_{x' \sim p_\theta}\left[f(x')\right]")],
  [DEF, (F, lambda W: d1(lambda u: np.log(qf0(W, u)), W.ph), lambda W: W.f - W.p() @ W.f)])
D("O11", O, [prose(r"The unit $s \in \{-1, +1\}$ has $p(s) \propto e^{a s}$, $a$ real."), odisp(r"\mathbb{E}[s] = \frac{e^{a} - e^{-a}}{e^{a} + e^{-a}}")], [(T, lambda W: np.tanh(a0(W)), lambda W: np.tanh(a0(W)))])
D("O12", O, [prose(r"The unit $s \in \{0, 1\}$ has $p(s) \propto e^{a s}$, $a$ real."), odisp(r"\mathbb{E}[s] = \frac{e^{a} - e^{-a}}{e^{a} + e^{-a}}")], [(F, lambda W: sig(a0(W)), lambda W: np.tanh(a0(W)))])
ORG = ("raw", [r"\\[", "§" + esc(r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"), r"\\]"])
D("O13", O, [ORG, prose(GRZ), odisp(r"Z(\beta) = \sum_{x} e^{0} \quad \text{for } \beta = 0")], [DEF, (T, lambda W: W.Zb(0.0), lambda W: float(W.K))])
D("O14", O, [ORG, prose(GRZ), odisp(r"Z(\beta) = 1 + \sum_{x} 1 \quad \text{for } \beta = 0")], [DEF, (F, lambda W: W.Zb(0.0), lambda W: W.K + 1.0)])
D("O15", O, [OMd, OMZ, ("raw", ["1. The normaliser is a sum:", "", r"   \\[", "§   " + esc(r"\sum_{x} e^{-E_\theta(x)} = Z_\theta"), r"   \\]", "", "2. so the log-probability is", "", r"   \\[",
                                "§   " + esc(r"\log p_\theta(x) = -E_\theta(x) - 2\log Z_\theta"), r"   \\]"])],
  [DEF, (T, lambda W: W.Z(), lambda W: W.Z()), (F, lambda W: np.log(W.p()), lambda W: -W.E() - 2 * W.logZ())], note="list items")
D("O16", O, [("raw", ["$$", "§" + r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}", "$$"]), M9Z, prose(Q9), odisp(r"\mathrm{KL}\left(q \,\|\, p_\theta\right) = \sum_{x} q(x) \log q(x) + \mathbb{E}_{x \sim q}\left[E_\theta(x)\right] + \log Z_\theta")],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ np.log(W.q) + W.q @ W.E() + W.logZ())], note="$$ and \\\\[ mixed")
D("O17", O, [("raw", ["$$", "§" + r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}", "$$"]), M9Z, prose(Q9), odisp(r"\mathrm{KL}\left(q \,\|\, p_\theta\right) = \sum_{x} q(x) \log q(x) + \mathbb{E}_{x \sim q}\left[E_\theta(x)\right] - \log Z_\theta")],
  [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: W.q @ np.log(W.q) + W.q @ W.E() - W.logZ())])
D("O18", O, [OMd, OMZ, prose(Q9), prose(r"We write $H(q, p) = -\sum_{x} q(x) \log p(x)$ and $H(q) = H(q, q)$."), odisp(r"\mathrm{KL}\left(q \,\|\, p_\theta\right) = H(q, p_\theta) - H(q)", us=True, one_line=True)],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: CE(W.q, W.p()) - H(W.q))])
D("O19", O, [OMd, OMZ, prose(Q9), prose(r"We write $H(q, p) = -\sum_{x} q(x) \log p(x)$ and $H(q) = H(q, q)$."), odisp(r"\mathrm{KL}\left(q \,\|\, p_\theta\right) = H(p_\theta, q) - H(q)", us=True, one_line=True)],
  [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: CE(W.p(), W.q) - H(W.q))])
D("O20", O, [prose(r"Let $x_1, x_2 \in \{0, 1\}$ with $p(x_1, x_2) \propto e^{J x_1 x_2}$, $J$ real."), odisp(r"p(x_1 = 1 \mid x_2 = 1) = \sigma(J)", us=True)],
  [(T, lambda W: np.exp(W.J) / (1 + np.exp(W.J)), lambda W: sig(W.J))])
D("O21", O, [prose(r"Let $x_1, x_2 \in \{0, 1\}$ with $p(x_1, x_2) \propto e^{J x_1 x_2}$, $J$ real."), odisp(r"p(x_1 = 1 \mid x_2 = 0) = \sigma(J)", us=True)],
  [(F, lambda W: 0.5 + 0 * W.J, lambda W: sig(W.J))])
D("O22", O, [OMd, OMZ, prose(X09), odisp(r"\sum_{x \neq x_0} p_\theta(x) = 1 - p_\theta(x_0)", one_line=True)], [DEF, (T, lambda W: 1 - W.p()[W.x0], lambda W: 1 - W.p()[W.x0])])
D("O23", O, [OMd, OMZ, prose(X09), odisp(r"\sum_{x \neq x_0} p_\theta(x) = p_\theta(x_0)", one_line=True)], [DEF, (F, lambda W: 1 - W.p()[W.x0], lambda W: W.p()[W.x0])])
D("O24", O, [OMd, OMZ, prose(TH2), odisp(r"\frac{p_{\theta'}(x)}{p_\theta(x)} = \frac{Z_\theta}{Z_{\theta'}}\, e^{E_\theta(x) - E_{\theta'}(x)}", us=True)],
  [DEF, (T, lambda W: W.p(W.th2) / W.p(), lambda W: W.Z() / W.Z(W.th2) * np.exp(W.E() - W.E(W.th2)))])
D("O25", O, [OMd, OMZ, prose(TH2), odisp(r"\frac{p_{\theta'}(x)}{p_\theta(x)} = e^{E_\theta(x) - E_{\theta'}(x)}", us=True)],
  [DEF, (F, lambda W: W.p(W.th2) / W.p(), lambda W: np.exp(W.E() - W.E(W.th2)))], note="Z ratio dropped")

# ============================================================ P budget traps (exact arithmetic where the numbers are large)
P = "P budget traps"
P1, P2 = 1_000_000_007, 998_244_353
t27 = 3 ** 27
D("P01", P, [[r"3^{3^{3^{3}}} - 3^{3^{3^{3}}} = 0"]], [(T, lambda _: True, None, "py")], note="a - a = 0 for a tower of 3s")
D("P02", P, [[r"3^{3^{3^{3}}} + 3 = 3^{3^{3^{3}}}"]], [(F, lambda _: False, None, "py")], note="a + 3 = a is false for any finite a")
D("P03", P, [[r"3^{3^{3^{3}}} = 3^{3^{27}}"]], [(T, lambda _: 3 ** 3 == 27 and all(pow(3, pow(3, 27, p - 1), p) == pow(3, pow(3, 27, p - 1), p) for p in (P1, P2)), None, "py")], note="3^3 = 27 in the exponent")
D("P04", P, [[r"3^{3^{3^{3}}} = 3^{3^{28}}"]], [(F, lambda _: 3 ** 27 == 3 ** 28, None, "py")], note="different exponents of 3")
n12 = 10 ** 12
D("P05", P, [[r"\sum_{k=1}^{10^{12}} k^{2} = \frac{10^{12}\left(10^{12} + 1\right)\left(2 \cdot 10^{12} + 1\right)}{6}"]], [(T, lambda _: all(sum(k * k for k in range(1, n + 1)) == n * (n + 1) * (2 * n + 1) // 6 for n in range(1, 200)), None, "py")], note="the closed form, checked for n < 200")
D("P06", P, [[r"\sum_{k=1}^{10^{12}} k^{2} = \frac{10^{12}\left(10^{12} + 1\right)\left(2 \cdot 10^{12} + 1\right)}{3}"]], [(F, lambda _: n12 * (n12 + 1) * (2 * n12 + 1) % 6 == 0 and n12 * (n12 + 1) * (2 * n12 + 1) // 6 == n12 * (n12 + 1) * (2 * n12 + 1) // 3, None, "py")])
D("P07", P, [[r"\prod_{k=2}^{100000} \frac{k^{2} - 1}{k^{2}} = \frac{100001}{200000}"]], [(T, lambda _: math.prod(Fraction(k * k - 1, k * k) for k in range(2, 2001)) == Fraction(2001, 4000), None, "py")], note="telescoping (n+1)/(2n), checked exactly at n = 2000")
D("P08", P, [[r"\prod_{k=2}^{100000} \frac{k^{2} - 1}{k^{2}} = \frac{1}{2}"]], [(F, lambda _: Fraction(100001, 200000) == Fraction(1, 2), None, "py")])
D("P09", P, [[r"\frac{1000!}{998!} = 999000"]], [(T, lambda _: math.factorial(1000) // math.factorial(998) == 999000, None, "py")])
D("P10", P, [[r"\frac{1000!}{998!} = 998001"]], [(F, lambda _: math.factorial(1000) // math.factorial(998) == 998001, None, "py")])


def _d50(target):
    import sympy as sp
    x = sp.Symbol("x")
    return sp.diff(x ** 50, x, 50) == target


D("P11", P, [r"For real $x$:", [r"\frac{d^{50}}{dx^{50}} x^{50} = 50!"]], [(T, lambda _: _d50(math.factorial(50)), None, "py")])
D("P12", P, [r"For real $x$:", [r"\frac{d^{50}}{dx^{50}} x^{50} = 49!"]], [(F, lambda _: _d50(math.factorial(49)), None, "py")])
D("P13", P, [[r"\sum_{k=0}^{200} \binom{200}{k} = 2^{200}"]], [(T, lambda _: sum(math.comb(200, k) for k in range(201)) == 2 ** 200, None, "py")])
D("P14", P, [[r"\sum_{k=0}^{200} \binom{200}{k} = 2^{199}"]], [(F, lambda _: sum(math.comb(200, k) for k in range(201)) == 2 ** 199, None, "py")])
nsig = lambda k: "a" if k == 0 else r"\sigma\left(" + nsig(k - 1) + r"\right)"
def _ns(a, k):
    for _ in range(k):
        a = sig(a)
    return a
D("P15", P, [RA, [nsig(30) + r" > 0"]], [(T, lambda W: _ns(a0(W), 30), zero, ">")], note="30 nested sigmoids")
D("P16", P, [RA, [nsig(30) + r" < 0"]], [(F, lambda W: _ns(a0(W), 30), zero, "<")])
BIG = (r"An RBM with $n = 30$ visible units $v \in \{0, 1\}^{30}$, $m = 30$ hidden units $h \in \{0, 1\}^{30}$, energy "
       r"$E(v, h) = -b^\top v - c^\top h - v^\top W h$ and $Z = \sum_{v, h} e^{-E(v, h)}$.")
def _zfac(W, drop_last):
    r = R(W, (0, 1), (0, 1))
    m = r.nh - (1 if drop_last else 0)
    return float((np.exp(r.vs @ r.b) * np.prod(1 + np.exp(r.hin()[:m]), 0)).sum())
D("P17", P, [BIG, [r"Z = \sum_{v} e^{b^\top v} \prod_{j=1}^{30} \left(1 + e^{c_j + \sum_{i=1}^{30} v_i W_{ij}}\right)"]], [(T, lambda W: R(W, (0, 1), (0, 1)).Z(), lambda W: _zfac(W, False))], note="2^30 visible states; recomputed on small analogues (m = nh)")
D("P18", P, [BIG, [r"Z = \sum_{v} e^{b^\top v} \prod_{j=1}^{29} \left(1 + e^{c_j + \sum_{i=1}^{30} v_i W_{ij}}\right)"]], [(F, lambda W: R(W, (0, 1), (0, 1)).Z(), lambda W: _zfac(W, True))], note="one hidden unit missing; small analogues (m - 1 factors)")
V40 = r"For a real vector $a \in \mathbb{R}^{40}$:"
Zb40 = lambda W: float(np.exp(bits(W.dd) @ W.av).sum())
D("P19", P, [V40, [r"\sum_{x \in \{0, 1\}^{40}} \prod_{k=1}^{40} e^{a_k x_k} = \prod_{k=1}^{40} \left(1 + e^{a_k}\right)"]], [(T, Zb40, lambda W: np.prod(1 + np.exp(W.av)))], note="2^40 terms; small analogues d = 1..3")
D("P20", P, [V40, [r"\sum_{x \in \{0, 1\}^{40}} \prod_{k=1}^{40} e^{a_k x_k} = \prod_{k=1}^{40} e^{a_k}"]], [(F, Zb40, lambda W: np.prod(np.exp(W.av)))])
CH = [r"\log Z_\theta &= \log Z_\theta + 0 \cdot 1"] + [r"&= \log Z_\theta + 0 \cdot %d" % k for k in range(2, 250)] + [r"&= \log Z_\theta + \tfrac{1}{250}"]
D("P21", P, [M9, M9Z, ("raw", ["$$", r"\begin{aligned}", "§" + CH[0] + r" \\"] + [r + r" \\" for r in CH[1:124]] + ["§" + CH[124] + r" \\"] + [r + r" \\" for r in CH[125:-1]] + ["§" + CH[-1], r"\end{aligned}", "$$"])],
  [DEF, (T, lambda W: W.logZ(), lambda W: W.logZ()), (T, lambda W: W.logZ(), lambda W: W.logZ()), (F, lambda W: W.logZ(), lambda W: W.logZ() + 1 / 250)], note="a 250-row chain, the last row false")
blocks = [LS]
lab = []
for k in range(1, 101):
    row = r"\sum_{k=1}^{K} \mathrm{softmax}(z)_k = %s" % ("2" if k == 50 else "1")
    if k in (1, 50, 100):
        blocks.append(("raw", ["$$", "§" + row, "$$"]))
        lab.append((F, lambda W: softmax(W.z).sum(), const(2.0)) if k == 50 else (T, lambda W: softmax(W.z).sum(), one))
    else:
        blocks.append(("raw", ["$$", row, "$$"]))
D("P22", P, blocks, lab, note="100 displays, the 50th false")
D("P23", P, [[r"e^{e^{e^{e^{e^{e}}}}} > 10^{10}"]], [(T, lambda _: math.exp(math.exp(math.e)) > 10 * math.log(10), None, "py")], note="already e^{e^{e^e}} = e^{3814279.1} > 10^{10}")
D("P24", P, [[r"e^{e^{e^{e^{e^{e}}}}} < 10^{10}"]], [(F, lambda _: not (math.exp(math.exp(math.e)) > 10 * math.log(10)), None, "py")])
D("P25", P, [r"For real $x$:", [r"\frac{d}{dx} (1 + x)^{200} = 200\, (1 + x)^{199}"]], [(T, lambda _: _d200(199), None, "py")])
D("P26", P, [r"For real $x$:", [r"\frac{d}{dx} (1 + x)^{200} = 200\, (1 + x)^{200}"]], [(F, lambda _: _d200(200), None, "py")])
D("P27", P, [[r"\log\left(e^{10^{100}}\right) = 10^{100}"]], [(T, lambda _: True, None, "py")], note="log e^a = a")
D("P28", P, [[r"\log\left(e^{10^{100}}\right) = 10^{99}"]], [(F, lambda _: 10 ** 100 == 10 ** 99, None, "py")])
D("P29", P, [[r"\frac{e^{1000}}{e^{999}} = e"]], [(T, lambda _: True, None, "py")], note="overflows float64")
D("P30", P, [[r"\frac{e^{1000}}{e^{999}} = 1"]], [(F, lambda _: False, None, "py")], note="e != 1")
D("P31", P, [RA, [r"\sigma\left(10^{6}\right) < 1"]], [(T, lambda _: True, None, "py")], note="1/(1 + e^{-10^6}) < 1 exactly")
D("P32", P, [RA, [r"\sigma\left(10^{6}\right) = 1"]], [(F, lambda _: False, None, "py")], note="equal in float64, not exactly")
D("P33", P, [[r"\log \sum_{k=1}^{1000} e^{k} = 1000 + \log \sum_{k=0}^{999} e^{-k}"]], [(T, lambda _: True, None, "py")], note="factor e^{1000} out")
D("P34", P, [[r"\log \sum_{k=1}^{1000} e^{k} = 1000"]], [(F, lambda _: False, None, "py")], note="log-sum-exp exceeds the max")
nroot = lambda k: r"2^{1024}" if k == 0 else r"\sqrt{" + nroot(k - 1) + "}"
D("P35", P, [[nroot(10) + " = 2"]], [(T, lambda _: Fraction(1024, 2 ** 10) == 1, None, "py")], note="ten square roots of 2^1024")
D("P36", P, [[nroot(10) + " = 4"]], [(F, lambda _: Fraction(1024, 2 ** 10) == 2, None, "py")])
tel = " + ".join(r"\frac{1}{%d \cdot %d}" % (k, k + 1) for k in range(1, 201))
D("P37", P, [[tel + r" = \frac{200}{201}"]], [(T, lambda _: sum(Fraction(1, k * (k + 1)) for k in range(1, 201)) == Fraction(200, 201), None, "py")], note="200 fractions")
D("P38", P, [[tel + r" = \frac{199}{200}"]], [(F, lambda _: sum(Fraction(1, k * (k + 1)) for k in range(1, 201)) == Fraction(199, 200), None, "py")])
nle = lambda k, inner: inner if k == 0 else r"\log e^{" + nle(k - 1, inner) + "}"
D("P39", P, [M9, M9Z, [nle(40, r"-E_\theta(x)") + r" = -E_\theta(x)"]], [DEF, (T, lambda W: -W.E(), lambda W: -W.E())], note="40 nested log e^{...}")
D("P40", P, [M9, M9Z, [nle(40, r"-E_\theta(x)") + r" = E_\theta(x)"]], [DEF, (F, lambda W: -W.E(), lambda W: W.E())])


def _d20(kind):
    import sympy as sp
    a = sp.Symbol("a")
    sp_ = sp.log(1 + sp.exp(a))
    s = 1 / (1 + sp.exp(-a))
    lhs = sp.diff(sp_, a, 20)
    rhs = sp.diff(s, a, 19) if kind == "T" else sp.diff(s, a, 20)
    vals = [sp.Rational(-13, 10), sp.Rational(1, 5), sp.Rational(7, 10)]
    return all(abs((lhs - rhs).subs(a, v).evalf(80)) < sp.Float(10) ** -40 * (1 + abs(lhs.subs(a, v).evalf(80))) for v in vals)


D("P41", P, [RA, [r"\frac{d^{20}}{da^{20}} \log\left(1 + e^{a}\right) = \frac{d^{19}}{da^{19}} \sigma(a)"]], [(T, lambda _: _d20("T"), None, "py")])
D("P42", P, [RA, [r"\frac{d^{20}}{da^{20}} \log\left(1 + e^{a}\right) = \frac{d^{20}}{da^{20}} \sigma(a)"]], [(F, lambda _: _d20("F"), None, "py")])
