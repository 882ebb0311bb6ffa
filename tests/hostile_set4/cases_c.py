"""hostile4 cases L-P: notation as typed, budget stressors, prose-interleaved chains, the document's own model,
rows with several readings ('either')."""
import math
from fractions import Fraction

import numpy as np

from build import D, DEF, I, S, V
from common import MODEL, PB, KLs, Hs, lse, CE, H, KL, d1, d2, sig, softmax  # noqa: F401

same = lambda W: 1.0
dlogZ = lambda W: d1(W.logZ, W.th)
lp = lambda W: np.log(W.p()[W.x0])
mE = lambda W: -W.E()[W.x0]

# ================================================================ L notation as typed
L = "L notation"
D("L01", L, [MODEL, [r"\nabla_\theta \log Z_\theta = -\underset{x\sim p_\theta}{\mathbb{E}}\left[\nabla_\theta E_\theta(x)\right]"]], [DEF, (V, dlogZ, lambda W: -(W.p() @ W.dE()))])
D("L02", L, [MODEL, [r"\nabla_\theta \log Z_\theta = \underset{x\sim p_\theta}{\mathbb{E}}\left[\nabla_\theta E_\theta(x)\right]"]], [DEF, (I, dlogZ, lambda W: W.p() @ W.dE())])
S("L03", L, r"\operatorname*{\mathbb{E}}_{x\sim q}\left[f(x)\right]", r"\sum_x q(x)\, f(x)", (V, lambda W: W.qq @ W.f, lambda W: W.qq @ W.f))
UMODEL = [r"p_θ(x) = e^{−E_θ(x)}/Z_θ"]
D("L04", L, [UMODEL, [r"∇_θ \log Z_θ = −\mathbb{E}_{x∼p_θ}[∇_θ E_θ(x)]"]], [DEF, (V, dlogZ, lambda W: -(W.p() @ W.dE()))], note="Unicode theta, minus, nabla, sim")
D("L05", L, [UMODEL, [r"\log p_θ(x) = −E_θ(x) + \log Z_θ"]], [DEF, (I, lp, lambda W: mE(W) + W.logZ())], note="Unicode")
S("L06", L, r"D_{KL}(p || q)", r"\sum_x p(x)\log\frac{p(x)}{q(x)}", (V, lambda W: KLs(W.pp, W.qq), lambda W: W.pp @ np.log(W.pp / W.qq)), note="|| typed as two bars")
S("L07", L, r"D_{KL}(p || q)", r"\sum_x q(x)\log\frac{q(x)}{p(x)}", (I, lambda W: KLs(W.pp, W.qq), lambda W: W.qq @ np.log(W.qq / W.pp)))
D("L08", L, [MODEL, ("raw", [("$$", 0), (r"\begin{aligned}", 0),
                             (r"\log p_\theta(x) &= \log e^{-E_\theta(x)} - \log Z_\theta \\[4pt]", 1),
                             (r"&= -E_\theta(x) - \log Z_\theta \\[4pt]", 1),
                             (r"&= -E_\theta(x) + \log \sum_{x'} e^{-E_\theta(x')}", 1),
                             (r"\end{aligned}", 0), ("$$", 0)])],
  [DEF, (V, lp, lambda W: mE(W) - W.logZ()), (V, lambda W: mE(W) - W.logZ(), lambda W: mE(W) - W.logZ()),
   (I, lambda W: mE(W) - W.logZ(), lambda W: mE(W) + W.logZ())], note="\\\\[4pt] row spacing")
D("L09", L, [MODEL, ("env:eqnarray*", [r"\frac{\partial \log Z_\theta}{\partial\theta} &=& \frac{1}{Z_\theta}\frac{\partial Z_\theta}{\partial\theta}",
                                         r"&=& \frac{1}{Z_\theta}\sum_x \frac{\partial E_\theta(x)}{\partial\theta}\, e^{-E_\theta(x)}"])],
  [DEF, (V, dlogZ, lambda W: d1(W.Z, W.th) / W.Z()), (I, lambda W: d1(W.Z, W.th) / W.Z(), lambda W: W.p() @ W.dE())], note="eqnarray*, sign lost")
PQ = r"Let $p$ and $q$ be two positive distributions on a finite set."
D("L10", L, [PQ, ("raw", [(r"\begin{equation}", 0), (r"\begin{split}", 0),
                          (r"\mathrm{KL}(q \,\|\, p) &= \sum_x q(x) \log q(x) - \sum_x q(x) \log p(x) \\", 1),
                          (r"&= -H(q) + H(q, p)", 1), (r"\end{split}", 0), (r"\end{equation}", 0)])],
  [(V, lambda W: KLs(W.qq, W.pp), lambda W: W.qq @ np.log(W.qq) - W.qq @ np.log(W.pp)),
   (V, lambda W: W.qq @ np.log(W.qq) - W.qq @ np.log(W.pp), lambda W: -Hs(W.qq) + CE(W.qq, W.pp))], note="split inside equation")
D("L11", L, [MODEL, ("env:gather*", [r"Z_\theta = \sum_x e^{-E_\theta(x)}", r"\log p_\theta(x) = -E_\theta(x) + \log Z_\theta"])],
  [DEF, (V, lambda W: W.Z(), lambda W: np.exp(-W.E()).sum()), (I, lambda W: lp(W), lambda W: mE(W) + W.logZ())], note="gather*")
D("L12", L, [MODEL, ("raw", [("$$", 0), (r"\begin{aligned}", 0),
                             (r"\mathbb{E}_{x\sim p_\theta}[1] &= \sum_x p_\theta(x) % normalisation", 1),
                             (r"\\", 0), (r"&= 1", 1), (r"\end{aligned}", 0), ("$$", 0)])],
  [DEF, (V, lambda W: 1.0, lambda W: W.p().sum()), (V, lambda W: W.p().sum(), lambda W: 1.0)], note="a % comment inside the display")
D("L13", L, [[r"p_\theta(x) = \frac{1}{Z_\theta}\,\mathrm{e}^{-E_\theta(x)}"], [r"\log p_\theta(x) + \log Z_\theta = -E_\theta(x)"]],
  [DEF, (V, lambda W: lp(W) + W.logZ(), mE)], note="\\mathrm{e}")
D("L14", L, [MODEL, [r"p_\theta(x) = e^{-E_\theta(x)} \big/ Z_\theta"]], [DEF, (V, lambda W: W.p()[W.x0], lambda W: np.exp(mE(W)) / W.Z())], note="\\big/")
D("L15", L, [MODEL, [r"\mathbb{E}_{x\sim p_\theta}\bigg[\frac{\partial E_\theta(x)}{\partial\theta}\bigg] = \sum_x \frac{e^{-E_\theta(x)}}{Z_\theta}\,\frac{\partial E_\theta(x)}{\partial\theta}"]],
  [DEF, (V, lambda W: W.p() @ W.dE(), lambda W: np.exp(-W.E()) @ W.dE() / W.Z())])
MAC = r"$\newcommand{\E}{\mathbb{E}}\DeclareMathOperator{\KL}{KL}$"
FG = r"Let $p$ be a distribution on a finite set and $f$, $g$ real functions on it."
MAC = r"$\DeclareMathOperator{\Var}{Var}\DeclareMathOperator{\Cov}{Cov}$"
D("L16", L, [MAC, FG, [r"\Var_p[f(x)] = \Cov_p[f(x), f(x)]"]], [(V, lambda W: W.var(W.pp, W.f), lambda W: W.pp @ (W.f - W.pp @ W.f) ** 2)])
D("L17", L, [MAC, FG, [r"\Var_p[f(x) + g(x)] = \Var_p[f(x)] + \Var_p[g(x)]"]], [(I, lambda W: W.var(W.pp, W.f + W.g), lambda W: W.var(W.pp, W.f) + W.var(W.pp, W.g))],
  note="the covariance term is missing")
VMAC = r"$\renewcommand{\vec}[1]{\boldsymbol{#1}}$"
glp = lambda W: d1(lambda t: np.log(W.p(t)[W.x0]), W.th)
D("L18", L, [VMAC, [r"p_{\vec\theta}(x) = \frac{e^{-E_{\vec\theta}(x)}}{Z_{\vec\theta}}"],
             [r"\nabla_{\vec\theta} \log p_{\vec\theta}(x) = -\nabla_{\vec\theta} E_{\vec\theta}(x) - \mathbb{E}_{x'\sim p_{\vec\theta}}\left[\nabla_{\vec\theta} E_{\vec\theta}(x')\right]"]],
  [DEF, (I, glp, lambda W: -W.dE()[W.x0] - W.p() @ W.dE())], note="\\renewcommand with an argument; sign of the negative phase")
D("L19", L, [MODEL, [r"\log Z_\theta = \log \textstyle\sum\nolimits_{x} e^{-E_\theta(x)}"]], [DEF, (V, lambda W: W.logZ(), lambda W: np.log(np.exp(-W.E()).sum()))])
S("L20", L, r"Z_\theta \times p_\theta(x) \times e^{E_\theta(x)}", r"1", (V, lambda W: W.Z() * W.p()[W.x0] * np.exp(W.E()[W.x0]), lambda W: 1.0))
S("L21", L, r"\frac{\mathrm{d}}{\mathrm{d}\theta}\log{Z_\theta}", r"\frac{1}{Z_\theta}\,\frac{\mathrm{d}Z_\theta}{\mathrm{d}\theta}", (V, dlogZ, lambda W: d1(W.Z, W.th) / W.Z()))
S("L22", L, r"0.1 + 0.2", r"0.3", (V, lambda W: 0.1 + 0.2, lambda W: 0.3), note="exact decimals")
S("L23", L, r"\tfrac{1}{3} + \tfrac{1}{3} + \tfrac{1}{3}", r"0.99", (I, lambda W: float(3 * Fraction(1, 3)), lambda W: 0.99))
S("L24", L, r"\left\langle f(x) + g(x) \right\rangle_{q}", r"\langle f(x) \rangle_q + \langle g(x) \rangle_q", (V, lambda W: W.qq @ (W.f + W.g), lambda W: W.qq @ W.f + W.qq @ W.g))
S("L25", L, r"\left\langle f(x)\, g(x) \right\rangle_{q}", r"\langle f(x) \rangle_q \, \langle g(x) \rangle_q", (I, lambda W: W.qq @ (W.f * W.g), lambda W: (W.qq @ W.f) * (W.qq @ W.g)))
S("L26", L, r"p(v, h)", r"p(h \,\vert\, v)\, p(v)", (V, lambda W: W.joint()[W.v0, W.h0], lambda W: W.post()[W.v0, W.h0] * W.pv()[W.v0]))
S("L27", L, r"p(v, h)", r"p(h \vert v)\, p(h)", (I, lambda W: W.joint()[W.v0, W.h0], lambda W: W.post()[W.v0, W.h0] * W.ph_()[W.h0]))
D("L28", L, [r"Here $x \in \\{-1, 1\\}$ (the braces escaped for Markdown).", [r"\sum_{x} x^2 = 2"]], [(V, lambda W: float(sum(u * u for u in (-1, 1))), lambda W: 2.0)],
  note="Markdown-escaped braces \\\\{ \\\\}")
D("L29", L, [PB, [r"\frac{\mathrm{d}^2}{\mathrm{d}\beta^2}\log Z(\beta) = \mathrm{Var}_{x\sim p_\beta}[E(x)]"]], [DEF, (V, lambda W: d2(W.logZb, W.be), lambda W: W.var(W.pb(), W.b))])
D("L30", L, [PB, [r"\left.\frac{\mathrm{d}\log Z(\beta)}{\mathrm{d}\beta}\right|_{\beta = 1} = -\mathbb{E}_{x\sim p_1}[E(x)]"]], [DEF, (V, lambda W: d1(W.logZb, 1.0), lambda W: -(W.pb(1.0) @ W.b))],
  note="evaluation bar")
D("L31", L, [PB, [r"\left.\frac{\mathrm{d}\log Z(\beta)}{\mathrm{d}\beta}\right|_{\beta = 1} = -\mathbb{E}_{x\sim p_\beta}[E(x)]"]], [DEF, (I, lambda W: d1(W.logZb, 1.0), lambda W: -(W.pb() @ W.b))])
EMP = r"Here $\hat p$ is the empirical distribution of the data $x_1, \dots, x_N$."
LOSS = [r"\mathcal{L}(\theta) = -\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)"]
gL = lambda W: d1(lambda t: -np.log(W.p(t)[W.data]).mean(), W.th)
D("L32", L, [EMP, MODEL, LOSS, [r"\frac{\partial \mathcal{L}}{\partial\theta} = \mathbb{E}_{x\sim\hat p}[\partial_\theta E_\theta(x)] - \mathbb{E}_{x\sim p_\theta}[\partial_\theta E_\theta(x)] \tag*{(7)}"]],
  [DEF, DEF, (V, gL, lambda W: W.phat() @ W.dE() - W.p() @ W.dE())])
D("L33", L, [EMP, MODEL, LOSS, [r"\frac{\partial \mathcal{L}}{\partial\theta} = \mathbb{E}_{x\sim\hat p}[\partial_\theta E_\theta(x)] + \mathbb{E}_{x\sim p_\theta}[\partial_\theta E_\theta(x)] \tag*{(7)}"]],
  [DEF, DEF, (I, gL, lambda W: W.phat() @ W.dE() + W.p() @ W.dE())])
S("L34", L, r"\log_2 8", r"3", (V, lambda W: np.log2(8), lambda W: 3.0))
S("L35", L, r"\prod\limits_{i=1}^{N} e^{-E(x_i)}", r"e^{-\sum\limits_{i=1}^{N} E(x_i)}", (V, lambda W: np.prod(np.exp(-W.b[W.data])), lambda W: np.exp(-W.b[W.data].sum())))

# ================================================================ M budget stressors
M = "M budgets"
S("M01", M, r"\sum_{i=1}^{10^{15}} \frac{1}{i(i+1)}", r"1 - \frac{1}{10^{15} + 1}",
  (V, lambda W: float(sum(Fraction(1, i * (i + 1)) for i in range(1, 1001)) - (1 - Fraction(1, 1001))), lambda W: 0.0),
  note="telescoping; checked exactly at 10^3 in place of 10^15")
xr = lambda W: Fraction(W.seed % 11 - 5, 3)
S("M02", M, r"(x + 1)^{200}", r"\sum_{k=0}^{200} \binom{200}{k} x^k", (V, lambda W: float((xr(W) + 1) ** 200 - sum(math.comb(200, k) * xr(W) ** k for k in range(201))), lambda W: 0.0),
  note="checked exactly at rational x")
zz100 = lambda W: np.random.default_rng(W.seed).normal(size=100)
S("M03", M, r"\log\left(" + " + ".join(f"e^{{z_{{{k}}}}}" for k in range(1, 101)) + r"\right) - z_{1}",
  r"\log\left(1 + " + " + ".join(f"e^{{z_{{{k}}} - z_{{1}}}}" for k in range(2, 101)) + r"\right)",
  (V, lambda W: lse(zz100(W)) - zz100(W)[0], lambda W: np.log(1 + np.exp(zz100(W)[1:] - zz100(W)[0]).sum())), note="100 exponentials")
S("M04", M, r"\log\left(3^{3^{3^{3}}}\right)", r"3^{3^{3}} \log 3", (V, lambda W: 3 ** 27 * np.log(3), lambda W: 3.0 ** 27 * np.log(3)),
  note="the log of a tower of 3.6e12 digits")
PX = "".join(f"(\\theta + {k})" for k in range(1, 31))
def sum_prod(skip=None):
    terms = []
    for j in range(1, 31):
        if j == skip:
            continue
        terms.append("".join(f"(\\theta + {k})" for k in range(1, 31) if k != j))
    return " + ".join(terms)
dprod = lambda W, skip=None: float(np.prod(W.th + np.arange(1, 31)) * sum(1 / (W.th + k) for k in range(1, 31) if k != skip))
S("M05", M, r"\frac{\partial}{\partial\theta}" + PX, sum_prod(), (V, lambda W: d1(lambda t: np.prod(t + np.arange(1, 31)), W.th) / dprod(W), lambda W: 1.0),
  note="product rule on 30 factors written out (870 factors on the right)")
S("M06", M, r"\frac{\partial}{\partial\theta}" + PX, sum_prod(skip=17), (I, lambda W: d1(lambda t: np.prod(t + np.arange(1, 31)), W.th) / dprod(W), lambda W: dprod(W, 17) / dprod(W)),
  note="one of the 30 terms missing")
S("M07", M, r"\binom{1000}{500}", r"\frac{1000!}{500!\, 500!}", (V, lambda W: 1.0, lambda W: float(math.comb(1000, 500) * math.factorial(500) ** 2 == math.factorial(1000))))
S("M08", M, r"10^{-10^{10}}", r"0", (I, lambda W: 1.0, lambda W: 0.0), note="positive, however small (values: sign)")
av100 = lambda W: np.random.default_rng(W.seed + 1).normal(size=102)
rows = [r"\log Z_\theta &= \log \sum_x e^{-E_\theta(x)}"]
tr = [(V, lambda W: W.logZ(), lambda W: np.log(np.exp(-W.E()).sum()))]
lz = lambda W: W.logZ()
for k in range(1, 101):
    terms = "".join(f" + (a_{{{j}}} - a_{{{j}}})" for j in range(1, k + 1))
    if k == 60:
        terms = "".join(f" + (a_{{{j}}} - a_{{{j}}})" for j in range(1, k)) + " + (a_{60} - a_{61})"
        rows.append(r"&= \log Z_\theta" + terms)
        tr.append((I, lz, lambda W: W.logZ() + av100(W)[60] - av100(W)[61]))
    elif k == 61:
        rows.append(r"&= \log Z_\theta" + terms)
        tr.append((I, lambda W: W.logZ() + av100(W)[60] - av100(W)[61], lz))
    else:
        rows.append(r"&= \log Z_\theta" + terms)
        tr.append((V, lz, lz))
D("M09", M, [MODEL, rows], [DEF] + tr, note="101-row chain whose rows grow to 100 cancelling pairs; row 60 ends with (a_60 - a_61)")
prose = "\n".join(f"Line {k} of a long preamble: the energy model assigns low energy to likely states." for k in range(1500))
D("M10", M, [prose, MODEL, [r"\log p_\theta(x) &= -E_\theta(x) - \log Z_\theta", r"&= -E_\theta(x) + \log Z_\theta"]],
  [DEF, (V, lp, lambda W: mE(W) - W.logZ()), (I, lambda W: mE(W) - W.logZ(), lambda W: mE(W) + W.logZ())], note="1500 prose lines first")
nsum = "".join(f"\\sum_{{x_{{{k}}}}}" for k in range(1, 13)) + " " + "".join(f"p(x_{{{k}}})" for k in range(1, 13))
S("M11", M, nsum, r"1", (V, lambda W: W.pp.sum() ** 12, lambda W: 1.0), note="12 nested sums: K^12 terms")
S("M12", M, "{" * 400 + r"Z_\theta" + "}" * 400, r"\sum_x e^{-E_\theta(x)}", (V, lambda W: W.Z(), lambda W: np.exp(-W.E()).sum()), note="400 nested braces")
eqs = [("raw", [(r"\begin{equation}", 0), (r"\log Z_\theta = \log \sum_x e^{-E_\theta(x)}", 1), (r"\end{equation}", 0)])]
for k in range(1, 30):
    row = r"= \log Z_\theta" if k % 2 else r"= \log \sum_x e^{-E_\theta(x)}"
    if k == 29:
        row = r"= \log Z_\theta + \log 2"
    eqs.append(("raw", [(r"\begin{equation}", 0), (row, 1), (r"\end{equation}", 0)]))
D("M13", M, [MODEL] + eqs, [DEF] + [(V, lambda W: W.logZ(), lambda W: W.logZ())] * 29 + [(I, lambda W: W.logZ(), lambda W: W.logZ() + np.log(2))],
  note="a chain across 30 equation environments (each goes on from the previous one); the last is wrong")

# ================================================================ N prose-interleaved chains
N = "N prose chains"
s1 = lambda W: -(np.exp(-W.E()) @ W.dE()) / W.Z()
D("N01", N, [MODEL, [r"\nabla_\theta \log Z_\theta = \frac{1}{Z_\theta}\nabla_\theta Z_\theta"],
             r"By the chain rule, $\nabla_\theta e^{-E_\theta(x)} = -e^{-E_\theta(x)}\nabla_\theta E_\theta(x)$, so",
             [r"= -\frac{1}{Z_\theta}\sum_x e^{-E_\theta(x)}\nabla_\theta E_\theta(x)"],
             r"which is an expectation under the model:",
             [r"= -\mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)]"]],
  [DEF, (V, dlogZ, lambda W: d1(W.Z, W.th) / W.Z()), (V, lambda W: d1(W.Z, W.th) / W.Z(), s1), (V, s1, lambda W: -(W.p() @ W.dE()))])
D("N02", N, [MODEL, [r"\nabla_\theta \log Z_\theta = \frac{1}{Z_\theta}\nabla_\theta Z_\theta"],
             r"Differentiating each term of the sum,",
             [r"= \frac{1}{Z_\theta}\sum_x e^{-E_\theta(x)}\nabla_\theta E_\theta(x)"],
             r"and therefore",
             [r"= -\mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)]"]],
  [DEF, (V, dlogZ, lambda W: d1(W.Z, W.th) / W.Z()), (I, lambda W: d1(W.Z, W.th) / W.Z(), lambda W: -s1(W)), (I, lambda W: -s1(W), lambda W: -(W.p() @ W.dE()))],
  note="the chain rule's sign dropped in the middle, restored at the end")
D("N03", N, [MODEL, ("raw", [(r"\begin{align*}", 0), (r"\mathcal{L}(\theta) &= -\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i) \\", 1),
                             (r"\intertext{and, with $\log p_\theta = -E_\theta - \log Z_\theta$,}", 0),
                             (r"&= \frac{1}{N}\sum_{i=1}^N E_\theta(x_i) + \log Z_\theta", 1), (r"\end{align*}", 0)])],
  [DEF, DEF, (V, lambda W: -np.log(W.p()[W.data]).mean(), lambda W: W.E()[W.data].mean() + W.logZ())])
D("N04", N, [MODEL, ("raw", [(r"\begin{align*}", 0), (r"\mathcal{L}(\theta) &= -\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i) \\", 1),
                             (r"\intertext{so that, since $\log p_\theta = -E_\theta - \log Z_\theta$,}", 0),
                             (r"&= \frac{1}{N}\sum_{i=1}^N E_\theta(x_i) - \log Z_\theta", 1), (r"\end{align*}", 0)])],
  [DEF, DEF, (I, lambda W: -np.log(W.p()[W.data]).mean(), lambda W: W.E()[W.data].mean() - W.logZ())])
k1 = lambda W: W.qq @ np.log(W.qq) - W.qq @ np.log(W.p())
k2 = lambda W: -Hs(W.qq) + W.qq @ W.E() + W.logZ()
D("N05", N, [MODEL, r"Let $q$ be any distribution on the states.", [r"\mathrm{KL}(q \,\|\, p_\theta) = \sum_x q(x)\log q(x) - \sum_x q(x)\log p_\theta(x)"],
             r"where the second sum is a cross-entropy. Substituting $\log p_\theta(x) = -E_\theta(x) - \log Z_\theta$:",
             [r"= -H(q) + \mathbb{E}_{x\sim q}[E_\theta(x)] + \log Z_\theta"], r"Finally,",
             [r"= -H(q) + \mathbb{E}_{x\sim q}[E_\theta(x)] - \log Z_\theta"]],
  [DEF, (V, lambda W: KLs(W.qq, W.p()), k1), (V, k1, k2), (I, k2, lambda W: -Hs(W.qq) + W.qq @ W.E() - W.logZ())])
D("N06", N, [MODEL, [r"\log p_\theta(x) = -E_\theta(x) - \log Z_\theta"], r"Differentiating both sides with respect to $\theta$, and using the previous result for $\log Z_\theta$,",
             [r"\nabla_\theta \log p_\theta(x) = -\nabla_\theta E_\theta(x) + \mathbb{E}_{x'\sim p_\theta}[\nabla_\theta E_\theta(x')]"]],
  [DEF, (V, lp, lambda W: mE(W) - W.logZ()), (V, glp, lambda W: -W.dE()[W.x0] + W.p() @ W.dE())])
D("N07", N, [MODEL, r"We have $\log Z_\theta = \log\sum_x e^{-E_\theta(x)}$ and hence",
             [r"\nabla_\theta\log Z_\theta = \sum_x p_\theta(x)\,\nabla_\theta E_\theta(x)"]],
  [DEF, (I, dlogZ, lambda W: W.p() @ W.dE())])
def ddb(W):
    return d1(lambda b: np.log(W.pb(b)[W.x0]), W.be)
D("N08", N, [PB, ("raw", [("1. Start from the log-probability:", 0), ("", 0), ("   $$", 0), (r"   \log p_\beta(x) = -\beta E(x) - \log Z(\beta)", 1), ("   $$", 0), ("", 0),
                          (r"2. Differentiate in $\beta$:", 0), ("", 0), ("   $$", 0),
                          (r"   \frac{\partial \log p_\beta(x)}{\partial\beta} = -E(x) - \frac{\partial \log Z(\beta)}{\partial\beta}", 1), ("   $$", 0), ("", 0),
                          (r"3. Use $\partial_\beta \log Z(\beta) = -\langle E \rangle_\beta$:", 0), ("", 0), ("   $$", 0),
                          (r"   \frac{\partial \log p_\beta(x)}{\partial\beta} = -E(x) - \langle E \rangle_\beta", 1), ("   $$", 0)])],
  [DEF, (V, lambda W: np.log(W.pb()[W.x0]), lambda W: -W.be * W.b[W.x0] - W.logZb()), (V, ddb, lambda W: -W.b[W.x0] - d1(W.logZb, W.be)),
   (I, ddb, lambda W: -W.b[W.x0] - W.pb() @ W.b)], note="displays inside a numbered list; the last sign is wrong")
D("N09", N, [MODEL, ("raw", [(r"> [!note] Derivation", 0), (r"> The probability that two independent draws differ:", 0), (">", 0), ("> $$", 0),
                            (r"> \mathbb{E}_{x\sim p_\theta}\left[1 - p_\theta(x)\right] = 1 - \sum_x p_\theta(x)^2", 1), ("> $$", 0)])],
  [DEF, (V, lambda W: W.p() @ (1 - W.p()), lambda W: 1 - (W.p() ** 2).sum())], note="Obsidian callout")
D("N10", N, [MODEL, ("raw", [(r"> [!note] Derivation", 0), ("> $$", 0),
                            (r"> \mathbb{E}_{x\sim p_\theta}\left[1 - p_\theta(x)\right] = \sum_x p_\theta(x)^2", 1), ("> $$", 0)])],
  [DEF, (I, lambda W: W.p() @ (1 - W.p()), lambda W: (W.p() ** 2).sum())], note="Obsidian callout")

# ================================================================ O the document's own model
O = "O document's model"
HAM = r"The Boltzmann distribution of a system with Hamiltonian $H(x)$ at inverse temperature $\beta$:"
HP = [r"p(x) = \frac{1}{Z}\exp\left(-\beta H(x)\right)"]
D("O01", O, [HAM, HP, [r"\frac{\partial \log Z}{\partial\beta} = -\langle H \rangle"]], [DEF, (V, lambda W: d1(W.logZb, W.be), lambda W: -(W.pb() @ W.b))],
  note="H is the Hamiltonian, not an entropy")
D("O02", O, [HAM, HP, [r"\frac{\partial \log Z}{\partial\beta} = \langle H \rangle"]], [DEF, (I, lambda W: d1(W.logZb, W.be), lambda W: W.pb() @ W.b)])
E2 = [r"E_\theta(x) = \theta_1 f(x) + \theta_2 g(x)"]
dl2 = lambda W: d1(lambda t: W.logZ2p(W.t1, t), W.t2)
D("O03", O, [E2, MODEL, [r"\frac{\partial \log Z_\theta}{\partial\theta_2} = -\mathbb{E}_{x\sim p_\theta}[g(x)]"]], [DEF, DEF, (V, dl2, lambda W: -(W.p2p() @ W.g))])
D("O04", O, [E2, MODEL, [r"\frac{\partial \log Z_\theta}{\partial\theta_2} = -\mathbb{E}_{x\sim p_\theta}[f(x)]"]], [DEF, DEF, (I, dl2, lambda W: -(W.p2p() @ W.f))])
EQ = [r"E_\theta(x) = \frac{1}{2}\left(u(x) - \theta\right)^2"]
pq_ = lambda W, t=None: softmax(-0.5 * (W.u - (W.th if t is None else t)) ** 2)
dlq = lambda W: d1(lambda t: lse(-0.5 * (W.u - t) ** 2), W.th)
D("O05", O, [EQ, MODEL, [r"\frac{\partial \log Z_\theta}{\partial \theta} = \mathbb{E}_{x\sim p_\theta}[u(x)] - \theta"]], [DEF, DEF, (V, dlq, lambda W: pq_(W) @ W.u - W.th)])
D("O06", O, [EQ, MODEL, [r"\frac{\partial \log Z_\theta}{\partial \theta} = \theta - \mathbb{E}_{x\sim p_\theta}[u(x)]"]], [DEF, DEF, (I, dlq, lambda W: W.th - pq_(W) @ W.u)])
D("O07", O, [[r"\tilde p(x) = e^{-E(x)}"], [r"p(x) = \frac{\tilde p(x)}{Z}"], [r"Z = \sum_x \tilde p(x)"], [r"Z = \sum_x p(x)\, \tilde p(x)"]],
  [DEF, DEF, (V, lambda W: np.exp(-W.b).sum(), lambda W: np.exp(-W.b).sum()), (I, lambda W: np.exp(-W.b).sum(), lambda W: softmax(-W.b) @ np.exp(-W.b))])
D("O08", O, [[r"p_\theta(x) \propto e^{-E_\theta(x)}"], [r"\log p_\theta(x) = -E_\theta(x) - \log\sum_{x'} e^{-E_\theta(x')}"]], [DEF, (V, lp, lambda W: mE(W) - W.logZ())])
QG = [r"q_\phi(x) = \frac{e^{-\phi\, g(x)}}{Z_\phi}"]
qg = lambda W: softmax(-W.ph * W.g)
dlzg = lambda W: d1(lambda f: lse(-f * W.g), W.ph)
D("O09", O, [MODEL, r"A second model uses only the feature $g$:", QG, [r"\frac{\partial \log Z_\phi}{\partial\phi} = -\mathbb{E}_{x\sim q_\phi}[g(x)]"]], [DEF, DEF, (V, dlzg, lambda W: -(qg(W) @ W.g))])
D("O10", O, [MODEL, r"A second model uses only the feature $g$:", QG, [r"\frac{\partial \log Z_\phi}{\partial\phi} = -\mathbb{E}_{x\sim p_\theta}[g(x)]"]], [DEF, DEF, (I, dlzg, lambda W: -(W.p() @ W.g))])
PB2 = [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{\sum_{x'} e^{-\beta E(x')}}"]
LONG = "\n".join([r"This is the model we use throughout. At small $\beta$ it is close to uniform; at large $\beta$ it concentrates",
                  r"on the states of lowest energy. We now look at how the probability of one state changes with $\beta$.",
                  r"Before that, recall a few facts about expectations, which we state without proof, and a remark on notation:",
                  r"we write $\mathbb{E}_{x'\sim p_\beta}$ for an average under the model, with a primed variable so that it",
                  r"does not clash with the state $x$ whose probability we differentiate. The derivation is two lines long."])
dpb = lambda W: d1(lambda b: W.pb(b)[W.x0], W.be)
D("O11", O, [PB2, LONG, [r"\frac{\partial p_\beta(x)}{\partial\beta} = p_\beta(x)\left(\mathbb{E}_{x'\sim p_\beta}[E(x')] - E(x)\right)"]],
  [DEF, (V, dpb, lambda W: W.pb()[W.x0] * (W.pb() @ W.b - W.b[W.x0]))])
D("O12", O, [PB2, LONG, [r"\frac{\partial p_\beta(x)}{\partial\beta} = p_\beta(x)\left(E(x) - \mathbb{E}_{x'\sim p_\beta}[E(x')]\right)"]],
  [DEF, (I, dpb, lambda W: W.pb()[W.x0] * (W.b[W.x0] - W.pb() @ W.b))])
CLS = [r"p_\theta(y \mid x) = \frac{e^{f_\theta(x)_y}}{\sum_{y'} e^{f_\theta(x)_{y'}}}"]
D("O13", O, [CLS, [r"\sum_{y} p_\theta(y \mid x) = 1"]], [DEF, (V, lambda W: softmax(W.z).sum(), lambda W: 1.0)])
D("O14", O, [CLS, [r"\log p_\theta(y \mid x) = f_\theta(x)_y - \sum_{y'} f_\theta(x)_{y'}"]], [DEF, (I, lambda W: np.log(softmax(W.z)[W.y]), lambda W: W.z[W.y] - W.z.sum())],
  note="log-sum-exp replaced by a sum")
EL = [r"E(x) = -\sum_{k=1}^{3}\lambda_k f_k(x)"]
PL = [r"p(x) = \frac{e^{-E(x)}}{Z}"]
pl = lambda W: softmax(W.F3 @ W.lam)
dz2 = lambda W: d1(lambda t: lse(W.F3 @ (W.lam + t * np.eye(3)[1])), 0.0)
D("O15", O, [EL, PL, [r"\frac{\partial \log Z}{\partial\lambda_2} = \mathbb{E}_{p}[f_2(x)]"]], [DEF, DEF, (V, dz2, lambda W: pl(W) @ W.F3[:, 1])])
D("O16", O, [EL, PL, [r"\frac{\partial \log Z}{\partial\lambda_2} = \mathbb{E}_{p}[f_3(x)]"]], [DEF, DEF, (I, dz2, lambda W: pl(W) @ W.F3[:, 2])])

# ================================================================ P several readings ('either': must not be invalid)
P = "P either readings"
S("P01", P, r"\log \frac{1}{N}\sum_{i=1}^N e^{-E(x_i)}", r"\log\sum_{i=1}^N e^{-E(x_i)} - \log N",
  ("either", (lambda W: np.log(np.exp(-W.b[W.data]).mean()), lambda W: np.log(np.exp(-W.b[W.data]).sum()) - np.log(W.N)),
   (lambda W: np.log(1 / W.N) * np.exp(-W.b[W.data]).sum(), lambda W: np.log(np.exp(-W.b[W.data]).sum()) - np.log(W.N))), note="scope of log")
S("P02", P, r"z(\theta + 1)", r"z\theta + z",
  ("either", (lambda W: W.al * (W.th + 1), lambda W: W.al * W.th + W.al), (lambda W: np.exp(W.th + 1), lambda W: W.al * W.th + W.al)), note="product or application")
S("P03", P, r"\log p(x)\, q(x)", r"\log p(x) + \log q(x)",
  ("either", (lambda W: np.log(W.pp[W.x0] * W.qq[W.x0]), lambda W: np.log(W.pp[W.x0]) + np.log(W.qq[W.x0])),
   (lambda W: np.log(W.pp[W.x0]) * W.qq[W.x0], lambda W: np.log(W.pp[W.x0]) + np.log(W.qq[W.x0]))), note="scope of log")
D("P04", P, [MODEL, [r"\nabla_\theta \log p_\theta(x) = -\nabla_\theta E_\theta(x) + \mathbb{E}_{x \sim p_\theta}[\nabla_\theta E_\theta(x)]"]],
  [DEF, ("either", (glp, lambda W: -W.dE()[W.x0] + W.p() @ W.dE()), (glp, lambda W: 0.0))], note="bound x shadows the free x")
S("P05", P, r"\frac{\partial}{\partial \theta} \theta\, E_\theta(x)", r"E_\theta(x) + \theta\frac{\partial E_\theta(x)}{\partial\theta}",
  ("either", (lambda W: d1(lambda t: t * W.E(t)[W.x0], W.th), lambda W: W.E()[W.x0] + W.th * W.dE()[W.x0]),
   (lambda W: W.E()[W.x0], lambda W: W.E()[W.x0] + W.th * W.dE()[W.x0])), note="scope of the derivative")
S("P06", P, r"\sigma^{-1}(p)", r"\log\frac{p}{1 - p}",
  ("either", (lambda W: np.log(W.mu01 / (1 - W.mu01)), lambda W: np.log(W.mu01 / (1 - W.mu01))), (lambda W: 1 / sig(W.mu01), lambda W: np.log(W.mu01 / (1 - W.mu01)))),
  note="inverse function or reciprocal")
D("P07", P, [[r"\sum_x \hat p(x) = 1"]], [("either", (lambda W: W.phat().sum(), lambda W: 1.0), (lambda W: np.exp(-W.b).sum(), lambda W: 1.0))],
  note="hat p: empirical (true) or unnormalised density (false)")
D("P08", P, [EXP1 := [r"p_\theta(x) = \exp\left(\theta\, T(x) - A(\theta)\right)"], [r"A'(\theta) = \mathbb{E}_{x\sim p_\theta}[T(x)]"]],
  [DEF, ("either", (lambda W: d1(lambda t: lse(t * W.T), W.th), lambda W: softmax(W.th * W.T) @ W.T), (lambda W: W.A, lambda W: softmax(W.th * W.T) @ W.T))],
  note="A' the derivative or another function")
S("P09", P, r"\log Z_\theta^2", r"2\log Z_\theta", ("either", (lambda W: np.log(W.Z() ** 2), lambda W: 2 * W.logZ()), (lambda W: W.logZ() ** 2, lambda W: 2 * W.logZ())),
  note="log(Z^2) or (log Z)^2")
D("P10", P, [PB, [r"\frac{\partial \log Z}{\partial \beta} = -\mathbb{E}_{p}[E(x)]"]],
  [DEF, ("either", (lambda W: d1(W.logZb, W.be), lambda W: -(W.pb() @ W.b)), (lambda W: d1(W.logZb, W.be), lambda W: -(W.pp @ W.b)))],
  note="p is p_beta (true) or another distribution (false)")
