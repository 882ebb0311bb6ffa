"""hostile8 cases H-J: rounded decimals (= and \\approx); machinery (macros, colour, brackets, tags, spacing,
Markdown forms, Unicode); budget traps (towers, deep nesting, high derivatives, many rows)."""
import math
from fractions import Fraction

import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ H rounded decimals
Hc = "H rounded decimals"
c_ = const
D("H01", Hc, [[r"\log 2 \approx 0.693"]], [(T, c_(np.log(2)), c_(0.693), "~3")])
D("H02", Hc, [[r"\log 2 \approx 0.696"]], [(F, c_(np.log(2)), c_(0.696), "~3")])
D("H03", Hc, [[r"\log 3 = 1.0986"]], [("either", (c_(np.log(3)), c_(1.0986), "~4"), (c_(np.log(3)), c_(1.0986), "=="), "rounded: true; exact: false")])
D("H04", Hc, [[r"e \approx 2.718"]], [(T, c_(np.e), c_(2.718), "~3")])
D("H05", Hc, [r"With the logistic function $\sigma(a) = 1/(1 + e^{-a})$:", [r"\sigma(3) \approx 0.953"]], [(T, c_(sig(3.0)), c_(0.953), "~3")])
D("H06", Hc, [r"With the logistic function $\sigma(a) = 1/(1 + e^{-a})$:", [r"\sigma(3) \approx 0.952"]], [(F, c_(sig(3.0)), c_(0.952), "~3")], note="truncated, not rounded")
D("H07", Hc, [[r"\tanh(2) \approx 0.964"]], [(T, c_(np.tanh(2)), c_(0.964), "~3")])
D("H08", Hc, [[r"\log\left(1 + e\right) \approx 1.313"]], [(T, c_(np.log1p(np.e)), c_(1.313), "~3")])
D("H09", Hc, [[r"\cosh(1) \approx 1.544"]], [(F, c_(np.cosh(1)), c_(1.544), "~3")])
D("H10", Hc, [[r"\frac{e^{1}}{e^{0} + e^{1}} \approx 0.73"]], [(T, c_(np.e / (1 + np.e)), c_(0.73), "~2")])
D("H11", Hc, [[r"\frac{e^{1}}{e^{0} + e^{1}} \approx 0.74"]], [(F, c_(np.e / (1 + np.e)), c_(0.74), "~2")])
D("H12", Hc, [r"The entropy (in nats) of a coin with heads probability $1/4$:", [r"-\tfrac{1}{4}\log\tfrac{1}{4} - \tfrac{3}{4}\log\tfrac{3}{4} \approx 0.562"]], [(T, c_(-.25 * np.log(.25) - .75 * np.log(.75)), c_(0.562), "~3")])
D("H13", Hc, [r"The entropy (in nats) of a coin with heads probability $1/4$:", [r"-\tfrac{1}{4}\log\tfrac{1}{4} - \tfrac{3}{4}\log\tfrac{3}{4} \approx 0.526"]], [(F, c_(-.25 * np.log(.25) - .75 * np.log(.75)), c_(0.526), "~3")])
D("H14", Hc, [[r"\log\left(e^{1} + e^{2}\right) \approx 2.313"]], [(T, c_(np.log(np.e + np.e ** 2)), c_(2.313), "~3")])
D("H15", Hc, [[r"\log\left(e^{1} + e^{2}\right) \approx 2.331"]], [(F, c_(np.log(np.e + np.e ** 2)), c_(2.331), "~3")], note="digits swapped")
TWOSP = r"Two spins $s_1, s_2 \in \{-1, +1\}$ with $E(s) = -J s_1 s_2$ and $J = \tfrac{1}{2}$; $Z = \sum_{s} e^{-E(s)}$."
D("H16", Hc, [TWOSP, [r"Z = 4\cosh\tfrac{1}{2} \approx 4.511"]], [(T, c_(ising_Z(lambda s: -.5 * s[0] * s[1], 2)), c_(4.511), "~3")], note="4.51050 rounds to 4.511")
D("H17", Hc, [TWOSP, [r"Z = 4\cosh\tfrac{1}{2} \approx 4.510"]], [(F, c_(ising_Z(lambda s: -.5 * s[0] * s[1], 2)), c_(4.510), "~3")], note="4.51050 is not 4.510 to 3 decimals")
D("H18", Hc, [r"With the logistic function $\sigma(a) = 1/(1 + e^{-a})$:", [r"\sigma(1) = 0.731"]], [("either", (c_(sig(1.0)), c_(0.731), "~3"), (c_(sig(1.0)), c_(0.731), "=="), "rounded: true; exact: false")])
D("H19", Hc, [r"With the logistic function $\sigma(a) = 1/(1 + e^{-a})$:", [r"\sigma(1) = 0.75"]], [(F, c_(sig(1.0)), c_(0.75), "~2")], note="false rounded or exact")
D("H20", Hc, [[r"\sqrt{2\pi} \approx 2.5066"]], [(T, c_(np.sqrt(2 * np.pi)), c_(2.5066), "~4")])
D("H21", Hc, [[r"e^{-1/2} \approx 0.607"]], [(T, c_(np.exp(-.5)), c_(0.607), "~3")])
D("H22", Hc, [[r"e^{-1/2} \approx 0.606"]], [(F, c_(np.exp(-.5)), c_(0.606), "~3")], note="0.6065 rounds up")
D("H23", Hc, [r"With the logistic function $\sigma(a) = 1/(1 + e^{-a})$:", [r"1 - \sigma(2) \approx 0.119"]], [(T, c_(1 - sig(2.0)), c_(0.119), "~3")])
D("H24", Hc, [r"The softmax of the logits $(0, 1, 2)$, first component:", [r"\frac{e^{0}}{e^{0} + e^{1} + e^{2}} \approx 0.090"]], [(T, c_(1 / (1 + np.e + np.e ** 2)), c_(0.090), "~3")])
D("H25", Hc, [r"The softmax of the logits $(0, 1, 2)$, first component:", [r"\frac{e^{0}}{e^{0} + e^{1} + e^{2}} \approx 0.900"]], [(F, c_(1 / (1 + np.e + np.e ** 2)), c_(0.900), "~3")])
D("H26", Hc, [[r"\ln 10 \approx 2.303"]], [(T, c_(np.log(10)), c_(2.303), "~3")])
D("H27", Hc, [[r"\ln 10 \approx 2.302"]], [(F, c_(np.log(10)), c_(2.302), "~3")])
D("H28", Hc, [r"Two spins $s_1, s_2 \in \{-1, +1\}$, $p(s) \propto e^{J s_1 s_2}$ with $J = 1$:", [r"\mathbb{E}\left[s_1 s_2\right] = \tanh 1 \approx 0.762"]],
  [(T, c_(ising_mean(lambda s: -s[0] * s[1], 2, lambda s: s[0] * s[1])), c_(0.762), "~3")])
D("H29", Hc, [r"Two spins $s_1, s_2 \in \{-1, +1\}$, $p(s) \propto e^{J s_1 s_2}$ with $J = 1$:", [r"\mathbb{E}\left[s_1 s_2\right] = \tanh 1 \approx 0.786"]],
  [(F, c_(ising_mean(lambda s: -s[0] * s[1], 2, lambda s: s[0] * s[1])), c_(0.786), "~3")])
D("H30", Hc, [[r"\frac{\pi^{2}}{6} \simeq 1.645"]], [(T, c_(np.pi ** 2 / 6), c_(1.645), "~3")])
D("H31", Hc, [r"With the logistic function $\sigma(a) = 1/(1 + e^{-a})$:", [r"2\sigma(2) - 1 = \tanh(1) \approx 0.7616"]], [(T, c_(2 * sig(2.0) - 1), c_(0.7616), "~4")])
D("H32", Hc, [r"With the logistic function $\sigma(a) = 1/(1 + e^{-a})$:", [r"2\sigma(1) - 1 = \tanh(1) \approx 0.7616"]], [(F, c_(2 * sig(1.0) - 1), c_(np.tanh(1)), "=")], note="tanh(1) = 2 sigma(2) - 1")

# ============================================================ I machinery: macros, colour, brackets, tags, spacing, Markdown
I = "I machinery"
M1 = [r"\frac{\partial \log Z_\theta}{\partial \theta} = -\mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]"]
gradT = (T, dlogZ, lambda W: -(W.p() @ W.dE()))
gradF = (F, dlogZ, lambda W: W.p() @ W.dE())
D("I01", I, [("raw", [r"$$\newcommand{\E}{\mathbb{E}}$$"]), MODEL, MODELZ, [r"\E_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] = -\frac{\partial \log Z_\theta}{\partial \theta}"]],
  [DEF, (T, lambda W: W.p() @ W.dE(), lambda W: -dlogZ(W))])
D("I02", I, [("raw", [r"$$\newcommand{\E}{\mathbb{E}}$$"]), MODEL, MODELZ, [r"\E_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] = \frac{\partial \log Z_\theta}{\partial \theta}"]],
  [DEF, (F, lambda W: W.p() @ W.dE(), dlogZ)])
KLM = ("raw", [r"$$\newcommand{\KL}[2]{\mathrm{KL}\left(#1 \,\|\, #2\right)}$$"])
D("I03", I, [KLM, MODEL, MODELZ, QANY, [r"\KL{p_\theta}{p_\theta} = 0"]], [DEF, (T, lambda W: KL(W.p(), W.p()), zero)])
D("I04", I, [KLM, MODEL, MODELZ, QANY, [r"\KL{q}{p_\theta} = \KL{p_\theta}{q}"]], [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: KL(W.p(), W.q))])
D("I05", I, [("raw", [r"$$\def\pt{p_\theta}$$"]), MODEL, MODELZ, [r"\sum_{x} \pt(x) = 1"]], [DEF, (T, lambda W: W.p().sum(), one)])
D("I06", I, [("raw", [r"$$\def\pt{p_\theta}$$"]), MODEL, MODELZ, [r"\sum_{x} \pt(x)^{2} = 1"]], [DEF, (F, lambda W: (W.p() ** 2).sum(), one)])
DIST = ("raw", [r"$$\newcommand{\model}{p_\theta}$$"])
D("I07", I, [DIST, MODEL, MODELZ, [r"\mathbb{E}_{x\sim\model}\left[1\right] = 1"]], [DEF, (T, lambda W: W.p().sum(), one)], note="\\sim\\model must not glue")
D("I08", I, [DIST, MODEL, MODELZ, [r"\mathbb{E}_{x\sim\model}\left[E_\theta(x)\right] = \log Z_\theta"]], [DEF, (F, lambda W: W.p() @ W.E(), lambda W: W.logZ())])
D("I09", I, [MODEL, MODELZ, [r"\log p_\theta(x) = {\color{blue} -E_\theta(x)} - \log Z_\theta"]], [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ())])
D("I10", I, [MODEL, MODELZ, [r"\log p_\theta(x) = {\color{blue} +E_\theta(x)} - \log Z_\theta"]], [DEF, (F, lambda W: np.log(W.p()), lambda W: W.E() - W.logZ())])
D("I11", I, [MODEL, MODELZ, [r"\log p_\theta(x) + \textcolor{red}{\log Z_\theta} = -E_\theta(x)"]], [DEF, (T, lambda W: np.log(W.p()) + W.logZ(), lambda W: -W.E())])
D("I12", I, [MODEL, MODELZ, [r"\log p_\theta(x) - \textcolor{red}{\log Z_\theta} = -E_\theta(x)"]], [DEF, (F, lambda W: np.log(W.p()) - W.logZ(), lambda W: -W.E())])
D("I13", I, [MODEL, MODELZ, [r"\left< \frac{\partial E_\theta}{\partial \theta} \right>_{p_\theta} = -\frac{\partial \log Z_\theta}{\partial \theta}"]], [DEF, (T, lambda W: W.p() @ W.dE(), lambda W: -dlogZ(W))])
D("I14", I, [MODEL, MODELZ, [r"\left\langle \frac{\partial E_\theta}{\partial \theta} \right\rangle_{p_\theta} = +\frac{\partial \log Z_\theta}{\partial \theta}"]], [DEF, (F, lambda W: W.p() @ W.dE(), dlogZ)])
D("I15", I, [MODEL, MODELZ, ("equation", [M1[0] + r" \tag{3}"])], [DEF, gradT])
D("I16", I, [MODEL, MODELZ, ("equation", [r"\frac{\partial \log Z_\theta}{\partial \theta} = \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right] \tag{3}"])], [DEF, gradF])
D("I17", I, [MODEL, MODELZ, [r"p_\theta(x)\;=\;\frac{e^{-E_\theta(x)}}{Z_\theta}\,\cdot\!1\quad"]], [DEF, (T, lambda W: W.p(), lambda W: np.exp(-W.E()) / W.Z())])
D("I18", I, [MODEL, MODELZ, [r"\log\!Z_\theta \;=\; \log\!\sum\nolimits_{x}\! e^{-E_\theta(x)} \,+\, \log 2"]], [DEF, (F, lambda W: W.logZ(), lambda W: W.logZ() + np.log(2))])
D("I19", I, [MODEL, MODELZ, ("raw", ["$$", r"\begin{aligned}", r"§\log p_\theta(x) &= -E_\theta(x) - \log Z_\theta \\[4pt]", r"§\log p_\theta(x) &= -E_\theta(x) + \log Z_\theta \\[2mm]", r"§p_\theta(x) &= e^{-E_\theta(x) - \log Z_\theta}", r"\end{aligned}", "$$"])],
  [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ()), (F, lambda W: np.log(W.p()), lambda W: -W.E() + W.logZ()), (T, lambda W: W.p(), lambda W: np.exp(-W.E() - W.logZ()))], note="row spacing \\\\[4pt]")
D("I20", I, [MODEL, MODELZ, ("raw", ["> A note from the lecture:", ">", "> $$", r"§> \sum_{x} p_\theta(x)\, E_\theta(x) = -\frac{\partial \log Z_\theta}{\partial \theta}", "> $$"])],
  [DEF, (F, lambda W: W.p() @ W.E(), lambda W: -dlogZ(W))], note="blockquote; E for dE/dtheta")
D("I21", I, [MODEL, MODELZ, ("raw", ["1. The gradient of the log partition function:", "", "   $$", "§   " + M1[0], "   $$"])], [DEF, gradT], note="display inside a list item")
D("I22", I, [MODEL, MODELZ, ("raw", [r"\begin{equation}", r"\begin{split}", r"§\log p_\theta(x) &= \log e^{-E_\theta(x)} - \log Z_\theta \\", r"§&= -E_\theta(x) - \log Z_\theta", r"\end{split}", r"\end{equation}"])],
  [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ()), (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ())])
D("I23", I, [MODEL, MODELZ, [r"\log p_\theta(x) = \log \exp\bigl(-E_\theta(x)\bigr) - \log \Bigl[\sum_{x'} \exp\bigl(-E_\theta(x')\bigr)\Bigr]"]], [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ())])
D("I24", I, [MODEL, MODELZ, [r"\log p_\theta(x) = \log \exp\bigl(-E_\theta(x)\bigr) + \log \Bigl[\sum_{x'} \exp\bigl(-E_\theta(x')\bigr)\Bigr]"]], [DEF, (F, lambda W: np.log(W.p()), lambda W: -W.E() + W.logZ())])
D("I25", I, [MODEL, MODELZ, [r"p_\theta(x) = \exp\left\{-\left[E_\theta(x) + \log Z_\theta\right]\right\}"]], [DEF, (T, lambda W: W.p(), lambda W: np.exp(-W.E() - W.logZ()))])
BM = [r"p_{\boldsymbol{\theta}}(\mathbf{x}) = \frac{e^{-E_{\boldsymbol{\theta}}(\mathbf{x})}}{Z_{\boldsymbol{\theta}}}"]
D("I26", I, [BM, r"with $Z_{\boldsymbol{\theta}} = \sum_{\mathbf{x}} e^{-E_{\boldsymbol{\theta}}(\mathbf{x})}$ over all states.", [r"\nabla_{\boldsymbol{\theta}} \log Z_{\boldsymbol{\theta}} = -\mathbb{E}_{\mathbf{x} \sim p_{\boldsymbol{\theta}}}\left[\nabla_{\boldsymbol{\theta}} E_{\boldsymbol{\theta}}(\mathbf{x})\right]"]], [DEF, gradT])
D("I27", I, [BM, r"with $Z_{\boldsymbol{\theta}} = \sum_{\mathbf{x}} e^{-E_{\boldsymbol{\theta}}(\mathbf{x})}$ over all states.", [r"\nabla_{\boldsymbol{\theta}} \log Z_{\boldsymbol{\theta}} = -\mathbb{E}_{\mathbf{x} \sim p_{\boldsymbol{\theta}}}\left[E_{\boldsymbol{\theta}}(\mathbf{x})\right]"]],
  [DEF, (F, dlogZ, lambda W: -(W.p() @ W.E()))], note="gradient of E dropped")
D("I28", I, [r"Write $p_θ(x) = e^{-E_θ(x)}/Z_θ$ with $Z_θ = ∑_x e^{-E_θ(x)}$.", [r"∑_x p_θ(x) = 1"]], [(T, lambda W: W.p().sum(), one)], note="Unicode letters in LaTeX")
D("I29", I, [r"Write $p_θ(x) = e^{-E_θ(x)}/Z_θ$ with $Z_θ = ∑_x e^{-E_θ(x)}$.", [r"∑_x p_θ(x) = Z_θ"]], [(F, lambda W: W.p().sum(), lambda W: W.Z())])
D("I30", I, [r"For real $\theta$:", [r"\left.\frac{d}{d\theta} \theta^{2} \right|_{\theta = 3} = 6"]], [(T, lambda W: d1(lambda t: t * t, 3.0), c_(6.0))])
D("I31", I, [r"For real $\theta$:", [r"\left.\frac{d}{d\theta} \theta^{2} \right|_{\theta = 3} = 9"]], [(F, lambda W: d1(lambda t: t * t, 3.0), c_(9.0))])
D("I32", I, [MODEL, MODELZ, [r"Z_\theta~=~\sum\limits_{x}~e^{-E_\theta(x)}"]], [DEF, (T, lambda W: W.Z(), lambda W: W.Z())])
D("I33", I, [[r"\int_{0}^{1} 2x \,\mathrm{d}x = 1"]], [(T, lambda W: np.trapezoid(2 * np.linspace(0, 1, 1001), dx=1e-3), one)])
D("I34", I, [[r"\int_{0}^{1} 2x \,\text{d}x = 2"]], [(F, lambda W: np.trapezoid(2 * np.linspace(0, 1, 1001), dx=1e-3), c_(2.0))])
D("I35", I, [MODEL, MODELZ, ("raw", ["<!-- a wrong line we commented out:", r"$$ \log Z_\theta = 0 $$", "-->", "", "$$", r"§\log Z_\theta = \log \sum_{x} e^{-E_\theta(x)}", "$$"])], [DEF, (T, lambda W: W.logZ(), lambda W: W.logZ())], note="HTML comment")
D("I36", I, [MODEL, MODELZ, [r"\displaystyle \mathop{\mathbb{E}}_{x \sim p_\theta} \left[ \frac{\partial E_\theta(x)}{\partial \theta} \right] = -\frac{\mathrm{d}}{\mathrm{d}\theta} \ln Z_\theta"]], [DEF, (T, lambda W: W.p() @ W.dE(), lambda W: -dlogZ(W))])
D("I37", I, [MODEL, MODELZ, [r"\operatorname{Var}_{x \sim p_\theta}\left[E_\theta(x)\right] = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]^{2}"]], [DEF, (F, lambda W: W.p() @ W.E() ** 2 - (W.p() @ W.E()) ** 2, lambda W: (W.p() @ W.E()) ** 2)])
D("I38", I, [MODEL, MODELZ, ("raw", ["$$", r"\begin{gathered}", r"§\sum_{x} p_\theta(x) = 1 \\", r"§\sum_{x} p_\theta(x)\, Z_\theta = Z_\theta", r"\end{gathered}", "$$"])], [DEF, (T, lambda W: W.p().sum(), one), (T, lambda W: W.Z(), lambda W: W.Z())])
D("I39", I, [MODEL, MODELZ, ("raw", ["$$", r"\begin{aligned}", r"§\log p_\theta(x) &= -E_\theta(x) - \log Z_\theta && \text{(take logs)} \\", r"§&= -E_\theta(x) - \log \sum_{x'} e^{-E_\theta(x)} && \text{(write out } Z\text{)}", r"\end{aligned}", "$$"])],
  [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ()), (F, lambda W: np.log(W.p()), lambda W: -W.E() - np.log(W.K) + W.E())], note="x for x' inside the sum")
D("I40", I, [r"For real $a$:", [r"\frac{1}{1 + e^{-a}} = \cfrac{e^{a}}{1 + \cfrac{e^{a}}{1}}"]], [(T, lambda W: sig(W.al[0]), lambda W: np.exp(W.al[0]) / (1 + np.exp(W.al[0])))])

# ============================================================ J budget traps (exact arithmetic)
J = "J budget traps"
P1, P2 = 1_000_000_007, 998_244_353


def _sp_d40():
    import sympy as sp
    x = sp.Symbol("x")
    return sp.expand(sp.diff((x ** 2 + 1) ** 20, x, 40)) == sp.factorial(40)


def _sp_sin(n, sign):
    import sympy as sp
    x = sp.Symbol("x")
    return sp.simplify(sp.diff(sp.sin(x), x, n) - sign * sp.cos(x)) == 0


def _sq_mod(b, k, p):
    v = b % p
    for _ in range(k):
        v = v * v % p
    return v

D("J01", J, [[r"9^{9^{9}} + 1 = 9^{9^{9}}"]], [(F, lambda _: all((pow(9, 9 ** 9, p) + 1) % p == pow(9, 9 ** 9, p) for p in (P1, P2)), None, "py")], note="a + 1 = a")
D("J02", J, [[r"9^{9^{9}} - 9^{9^{9}} = 0"]], [(T, lambda _: all((pow(9, 9 ** 9, p) - pow(9, 9 ** 9, p)) % p == 0 for p in (P1, P2)), None, "py")])
D("J03", J, [[r"2^{2^{2^{2}}} = 65536"]], [(T, lambda _: 2 ** (2 ** (2 ** 2)) == 65536, None, "py")])
D("J04", J, [[r"2^{2^{2^{2^{2}}}} = 2^{65536}"]], [(T, lambda _: 2 ** (2 ** (2 ** (2 ** 2))) == 2 ** 65536, None, "py")])
D("J05", J, [[r"2^{2^{2^{2^{2}}}} = 2^{65535}"]], [(F, lambda _: 2 ** (2 ** (2 ** (2 ** 2))) == 2 ** 65535, None, "py")])
D("J06", J, [[r"10^{10^{10}} + 10^{10^{10}} = 2 \cdot 10^{10^{10}}"]], [(T, lambda _: all((2 * pow(10, 10 ** 10, p)) % p == (2 * pow(10, 10 ** 10, p)) % p for p in (P1, P2)), None, "py")])
D("J07", J, [[r"10^{10^{10}} + 10^{10^{10}} = 10^{2 \cdot 10^{10}}"]], [(F, lambda _: all((2 * pow(10, 10 ** 10, p)) % p == pow(10, 2 * 10 ** 10, p) for p in (P1, P2)), None, "py")])
D("J08", J, [[r"10 \cdot 10^{10^{10}} = 10^{10^{10} + 1}"]], [(T, lambda _: all(10 * pow(10, 10 ** 10, p) % p == pow(10, 10 ** 10 + 1, p) for p in (P1, P2)), None, "py")])
nest_exp_log = lambda k: "x" if k == 0 else r"\exp\left(\log\left(" + nest_exp_log(k - 1) + r"\right)\right)"
D("J09", J, [r"For $x > 0$:", [nest_exp_log(20) + " = x"]], [(T, lambda W: abs(W.al[0]) + 0.1, lambda W: abs(W.al[0]) + 0.1)], note="20 nested exp(log(...))")
nest_log1p = lambda k: "1" if k == 0 else r"\log\left(1 + " + nest_log1p(k - 1) + r"\right)"
def _nl(k):
    v = 1.0
    for _ in range(k):
        v = math.log1p(v)
    return v
D("J10", J, [[nest_log1p(40) + " = 0"]], [(F, c_(_nl(40)), zero)], note="40 nested logarithms, positive")
D("J11", J, [[nest_log1p(12) + r" > 0"]], [(T, c_(_nl(12)), zero, ">")])
D("J12", J, [r"For real $x$:", [r"\frac{d^{30}}{dx^{30}} e^{2x} = 2^{30} e^{2x}"]], [(T, lambda W: 2.0 ** 30 * np.exp(2 * W.al[0]), lambda W: 2.0 ** 30 * np.exp(2 * W.al[0]))])
D("J13", J, [r"For real $x$:", [r"\frac{d^{30}}{dx^{30}} e^{2x} = 2^{29} e^{2x}"]], [(F, lambda W: 2.0 ** 30 * np.exp(2 * W.al[0]), lambda W: 2.0 ** 29 * np.exp(2 * W.al[0]))])
D("J14", J, [r"For real $x$:", [r"\frac{d^{40}}{dx^{40}} \left(x^{2} + 1\right)^{20} = 40!"]], [(T, lambda _: _sp_d40(), None, "py")], note="only x^40 survives: 40!")
D("J15", J, [r"For real $x$:", [r"\frac{d^{40}}{dx^{40}} \left(x^{2} + 1\right)^{20} = 20!"]], [(F, lambda _: math.factorial(40) == math.factorial(20), None, "py")])
D("J16", J, [r"For real $a$ and $b$:", [r"(a + b)^{60} = (b + a)^{60}"]], [(T, lambda W: (W.al[0] + W.al[1]) ** 60, lambda W: (W.al[1] + W.al[0]) ** 60)])
D("J17", J, [r"For real $a$ and $b$:", [r"(a + b)^{40} = a^{40} + b^{40}"]], [(F, lambda W: (W.al[0] + W.al[1]) ** 40, lambda W: W.al[0] ** 40 + W.al[1] ** 40)])
D("J18", J, [[r"\sum_{k=1}^{10^{9}} k = 500000000500000000"]], [(T, lambda _: 10 ** 9 * (10 ** 9 + 1) // 2 == 500000000500000000, None, "py")])
D("J19", J, [[r"\sum_{k=1}^{10^{9}} k = 500000000000000000"]], [(F, lambda _: 10 ** 9 * (10 ** 9 + 1) // 2 == 500000000000000000, None, "py")])
D("J20", J, [[r"100! = 100 \cdot 99!"]], [(T, lambda _: math.factorial(100) == 100 * math.factorial(99), None, "py")])
D("J21", J, [[r"100! = 100^{99}"]], [(F, lambda _: math.factorial(100) == 100 ** 99, None, "py")])
D("J22", J, [[r"\prod_{k=1}^{1000} \frac{k + 1}{k} = 1001"]], [(T, lambda _: math.prod(Fraction(k + 1, k) for k in range(1, 1001)) == 1001, None, "py")])
D("J23", J, [[r"\prod_{k=1}^{1000} \frac{k + 1}{k} = 1000"]], [(F, lambda _: math.prod(Fraction(k + 1, k) for k in range(1, 1001)) == 1000, None, "py")])
D("J24", J, [("raw", ["$$", r"x = 9^{9^{9}}", "$$", "", "so", "", "$$", r"§x - 9^{9^{9}} = 0", "$$"])], [(T, lambda _: all((pow(9, 9 ** 9, p) - pow(9, 9 ** 9, p)) % p == 0 for p in (P1, P2)), None, "py")])
rec = lambda k, v: v if k == 0 else r"\frac{1}{" + rec(k - 1, v) + "}"
D("J25", J, [r"For real $x \neq 0$:", [rec(40, "x") + " = x"]], [(T, lambda W: W.al[0], lambda W: W.al[0])], note="40 reciprocals")
D("J26", J, [r"For real $x \neq 0$:", [rec(41, "x") + " = x"]], [(F, lambda W: 1 / W.al[0], lambda W: W.al[0])], note="41 reciprocals")
D("J27", J, [[" + ".join(["1"] * 400) + " = 400"]], [(T, c_(400.0), c_(400.0))])
D("J28", J, [[" + ".join(["1"] * 400) + " = 401"]], [(F, c_(400.0), c_(401.0))])
sq = lambda k: "x" if k == 0 else r"\left(" + sq(k - 1) + r"\right)^{2}"
D("J29", J, [r"For real $x$:", [sq(20) + r" = x^{1048576}"]], [(T, lambda _: 2 ** 20 == 1048576 and all(pow(3, 2 ** 20, p) == _sq_mod(3, 20, p) for p in (P1, P2)), None, "py")], note="(x^2)^2... 20 times = x^(2^20)")
D("J30", J, [r"For real $x$:", [sq(20) + r" = x^{40}"]], [(F, lambda _: 2 ** (2 ** 20) == 2 ** 40, None, "py")], note="x^(2^20) vs x^40 (differ at x = 2)")
D("J31", J, [r"For logits $z_1, \ldots, z_{30}$:", [r"\sum_{k=1}^{30} \frac{e^{z_k}}{\sum_{j=1}^{30} e^{z_j}} = 1"]], [(T, lambda W: softmax(np.resize(W.z, 30) * W.al[0]).sum(), one)])
D("J32", J, [r"For real $x$:", [r"(x + 1)^{100} - (x - 1)^{100} = 0"]], [(F, lambda W: (W.al[0] + 1) ** 100 - (W.al[0] - 1) ** 100, zero)])
nsqrt = lambda k: "1" if k == 0 else r"\sqrt{" + nsqrt(k - 1) + "}"
D("J33", J, [[nsqrt(50) + " = 1"]], [(T, lambda W: (lambda v: [v := np.sqrt(v) for _ in range(50)][-1])(1.0), one)])
D("J34", J, [[r"\left(" * 60 + "a - a" + r"\right)" * 60 + " = 0"]], [(T, zero, zero)])
# many rows: a chain of 150 rows, the last false
CH = [r"\log Z_\theta &= \log Z_\theta + 0"] + [r"&= \log Z_\theta + %d - %d" % (k, k) for k in range(1, 149)] + [r"&= \log Z_\theta + 1"]
D("J35", J, [MODEL, MODELZ, ("raw", ["$$", r"\begin{aligned}", "§" + CH[0] + r" \\"] + [r + r" \\" for r in CH[1:-2]] + ["§" + CH[-2] + r" \\", "§" + CH[-1], r"\end{aligned}", "$$"])],
  [DEF, (T, lambda W: W.logZ(), lambda W: W.logZ()), (T, lambda W: W.logZ(), lambda W: W.logZ()), (F, lambda W: W.logZ(), lambda W: W.logZ() + 1)], note="150 rows")
# many displays: 60 short displays, three labelled
blocks = [r"For real $a_1, \ldots, a_{60}$:"]
lab = []
for k in range(1, 61):
    if k == 30:
        blocks.append(("raw", ["$$", r"§\log e^{a_{30}} = 2 a_{30}", "$$"]))
        lab.append((F, lambda W: W.al[0], lambda W: 2 * W.al[0]))
    elif k in (1, 60):
        blocks.append(("raw", ["$$", r"§\log e^{a_{%d}} = a_{%d}" % (k, k), "$$"]))
        lab.append((T, lambda W: W.al[0], lambda W: W.al[0]))
    else:
        blocks.append(("raw", ["$$", r"\log e^{a_{%d}} = a_{%d}" % (k, k), "$$"]))
D("J36", J, blocks, lab, note="60 displays")
D("J37", J, [[r"e^{e^{e^{e^{e}}}} - e^{e^{e^{e^{e}}}} = 1"]], [(F, lambda _: False, None, "py")], note="a - a = 1")
D("J38", J, [[r"\frac{d^{25}}{dx^{25}} \sin x = \cos x"]], [(T, lambda _: _sp_sin(25, 1), None, "py")])
D("J39", J, [[r"\frac{d^{25}}{dx^{25}} \sin x = -\cos x"]], [(F, lambda _: _sp_sin(25, -1), None, "py")])
