"""The hostile cases of issue 21's causes (K-N: unknown letters, the document's own model, \\propto and argmax,
LaTeX as typed), registered into cases.CASES with the same builders; cases.py imports this module last."""
import numpy as np

from cases import DEF, MODEL, PB, RBM_01, B, C, D, F, I, S, V, same

# =====================================================================================================
# K. unknown letters: arbitrary constants or functions (issue 21)
# =====================================================================================================
K_ = "K unknown letters"
S("K01", K_, r"a \log Z + b", r"b + a \log Z", V, lambda W: W.al * W.logZ() + W.A_, lambda W: W.A_ + W.al * W.logZ())
S("K02", K_, r"\alpha (x + y)", r"\alpha x + y", I, lambda W: W.al * (W.A_ + W.B_), lambda W: W.al * W.A_ + W.B_)
S("K03", K_, r"e^{a + b}", r"e^{a} e^{b}", V, lambda W: np.exp(W.al + W.A_), lambda W: np.exp(W.al) * np.exp(W.A_))
S("K04", K_, r"e^{a b}", r"e^{a} e^{b}", I, lambda W: np.exp(W.al * W.A_), lambda W: np.exp(W.al) * np.exp(W.A_))
S("K05", K_, r"T(x) + \tau", r"\tau + T(x)", V, lambda W: W.T[W.x0] + W.t_, lambda W: W.t_ + W.T[W.x0])
S("K06", K_, r"g(x) k", r"k g(x)", V, lambda W: W.g[W.x0] * W.k_, lambda W: W.k_ * W.g[W.x0])
S("K07", K_, r"f(x + y)", r"f(x) + f(y)", I, lambda W: np.sin(W.al + W.A_) + 2, lambda W: np.sin(W.al) + np.sin(W.A_) + 4,
  note="f arbitrary: f = sin + 2 refutes")
S("K08", K_, r"\frac{\partial}{\partial \theta}\left(\theta\, g(x)\right)", r"g(x)", V, lambda W: W.g[W.x0], lambda W: W.g[W.x0])
S("K09", K_, r"\frac{\partial}{\partial \theta}\left(\theta\, g_\theta(x)\right)", r"g_\theta(x)", I,
  lambda W: np.sin(W.th) + W.th * np.cos(W.th), lambda W: np.sin(W.th), note="g_theta depends on theta (g = sin theta)")
D("K10", K_, ["Let $E_{av} = \\frac{1}{N}\\sum_i E(x_i)$.", [r"N E_{av} = \sum_{i=1}^N E(x_i)"]],
  [(V, lambda W: W.E()[W.data].sum(), lambda W: W.E()[W.data].sum())])
D("K11", K_, [[r"\mathrm{LogSumExp}_y\, s_y = \log \sum_y e^{s_y}"], [r"\mathrm{LogSumExp}_y\, (s_y + c) = c + \mathrm{LogSumExp}_y\, s_y"]],
  [DEF, (V, lambda W: np.log(np.sum(np.exp(W.g + W.al))), lambda W: W.al + np.log(np.sum(np.exp(W.g))))])
D("K12", K_, [[r"\mathrm{LogSumExp}_y\, s_y = \log \sum_y e^{s_y}"], [r"\mathrm{LogSumExp}_y\, (c\, s_y) = c\, \mathrm{LogSumExp}_y\, s_y"]],
  [DEF, (I, lambda W: np.log(np.sum(np.exp(W.g * W.al))), lambda W: W.al * np.log(np.sum(np.exp(W.g))))])

# =====================================================================================================
# L. the document's own model (issue 21)
# =====================================================================================================
L = "L own model"
D("L01", L, [[r"p(x) = \frac{e^{f_\theta(x)}}{Z}"], [r"\log p(x) = f_\theta(x) - \log Z"]],
  [DEF, (V, lambda W: np.log(W.p(be=1.0)[W.x0]), lambda W: -W.E()[W.x0] - W.logZ(be=1.0))], note="f = -E")
D("L02", L, [[r"p(x) = \frac{e^{f_\theta(x)}}{Z}"], [r"\log p(x) = -f_\theta(x) - \log Z"]],
  [DEF, (I, lambda W: np.log(W.p(be=1.0)[W.x0]), lambda W: W.E()[W.x0] - W.logZ(be=1.0))])
D("L03", L, [[r"p(x) = \frac{e^{f_\theta(x)}}{Z(\theta)}"], [r"\nabla_\theta \log Z(\theta) = \mathbb{E}_{x\sim p}[\nabla_\theta f_\theta(x)]"]],
  [DEF, (V, lambda W: W.dth(lambda t: W.logZ(t, 1.0)), lambda W: W.p(be=1.0) @ (-W.a))])
D("L04", L, [[r"p(x) = \frac{e^{f_\theta(x)}}{Z(\theta)}"], [r"\nabla_\theta \log Z(\theta) = -\mathbb{E}_{x\sim p}[\nabla_\theta f_\theta(x)]"]],
  [DEF, (I, lambda W: W.dth(lambda t: W.logZ(t, 1.0)), lambda W: -(W.p(be=1.0) @ (-W.a)))])
D("L05", L, [[r"p(x \mid \theta) = \exp\left(\theta T(x) - A(\theta)\right)"], [r"\frac{d A}{d \theta} = \mathbb{E}_{x\sim p(x\mid\theta)}[T(x)]"]],
  [DEF, (V, lambda W: W.dth(lambda t: np.log(np.sum(np.exp(t * W.T)))), lambda W: softmax_(W.th * W.T) @ W.T)])
D("L06", L, [[r"p(x \mid \theta) = \exp\left(\theta T(x) - A(\theta)\right)"], [r"\frac{d^2 A}{d \theta^2} = \mathbb{E}[T(x)^2] - \mathbb{E}[T(x)]^2"]],
  [DEF, (V, lambda W: W.dth(lambda t: W.dth(lambda s: np.log(np.sum(np.exp(s * W.T))), t, 1e-4), h=1e-4),
         lambda W: softmax_(W.th * W.T) @ W.T ** 2 - (softmax_(W.th * W.T) @ W.T) ** 2)])
D("L07", L, [[r"p(x \mid \theta) = \exp\left(\theta T(x) - A(\theta)\right)"], [r"\frac{d^2 A}{d \theta^2} = \mathbb{E}[T(x)^2]"]],
  [DEF, (I, lambda W: W.dth(lambda t: W.dth(lambda s: np.log(np.sum(np.exp(s * W.T))), t, 1e-4), h=1e-4),
         lambda W: softmax_(W.th * W.T) @ W.T ** 2)])
D("L08", L, [[r"p(x) = \frac{1}{Z}\exp\left(-\sum_k \lambda_k f_k(x)\right)"], [r"\frac{\partial \log Z}{\partial \lambda_k} = -\mathbb{E}_p[f_k(x)]"]],
  [DEF, (V, lambda W: W.dth(lambda t: np.log(np.sum(np.exp(-t * W.T - W.g)))), lambda W: -softmax_(-W.th * W.T - W.g) @ W.T)],
  note="lambda_k = theta for k = 1 (f_1 = T), the rest absorbed in g")
D("L09", L, ["A single spin $s \\in \\{+1, -1\\}$ with energies $\\mp J$.", [r"Z = e^{\beta J} + e^{-\beta J}"],
             [r"\frac{\partial \log Z}{\partial \beta} = J \tanh(\beta J)"]],
  [DEF, (V, lambda W: W.dbe(lambda b: np.log(np.exp(b * W.al) + np.exp(-b * W.al))), lambda W: W.al * np.tanh(W.be * W.al))])
D("L10", L, ["A single spin $s \\in \\{+1, -1\\}$ with energies $\\mp J$.", [r"Z = e^{\beta J} + e^{-\beta J}"],
             [r"\frac{\partial \log Z}{\partial \beta} = \tanh(\beta J)"]],
  [DEF, (I, lambda W: W.dbe(lambda b: np.log(np.exp(b * W.al) + np.exp(-b * W.al))), lambda W: np.tanh(W.be * W.al))])
D("L11", L, [[r"p_\theta(y \mid x) = \mathrm{softmax}(z_\theta(x))_y"], [r"\log p_\theta(y \mid x) = z_\theta(x)_y - \log \sum_{y'} e^{z_\theta(x)_{y'}}"]],
  [DEF, (V, lambda W: np.log(softmax_(W.g)[W.x0]), lambda W: W.g[W.x0] - np.log(np.sum(np.exp(W.g))))])
D("L12", L, [[r"E(v, h) = -a^\top v - b^\top h - v^\top W h"], [r"-\frac{\partial E(v, h)}{\partial W_{ij}} = v_i h_j"]],
  [DEF, (V, lambda W: W.v_[0] * 1.0, lambda W: W.v_[0] * 1.0)], note="i = 1, h_j = 1: d(-E)/dW_ij = v_i h_j")
D("L13", L, [[r"E_\theta(x) = -\theta T(x)"], [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"],
             [r"\frac{d \log Z_\theta}{d \theta} = \mathbb{E}_{p_\theta}[T(x)]"]],
  [DEF, DEF, (V, lambda W: W.dth(lambda t: np.log(np.sum(np.exp(t * W.T)))), lambda W: softmax_(W.th * W.T) @ W.T)])
D("L14", L, [[r"p(x \mid \theta) = \frac{1}{Z(\theta)} e^{\theta T(x)}"], [r"\log p(x \mid \theta) = \theta T(x) - \log Z(\theta)"]],
  [DEF, (V, lambda W: np.log(softmax_(W.th * W.T)[W.x0]), lambda W: W.th * W.T[W.x0] - np.log(np.sum(np.exp(W.th * W.T))))])

# =====================================================================================================
# M. \propto, argmax, \equiv
# =====================================================================================================
M = "M propto argmax"
ratio_const = lambda u, v: (u / v, np.full_like(u / v, (u / v)[0]))
D("M01", M, [MODEL, [r"p_\theta(x) \propto e^{-E_\theta(x)}"]],
  [DEF, (V, lambda W: ratio_const(W.p(be=1.0), W.ptil(be=1.0))[0], lambda W: ratio_const(W.p(be=1.0), W.ptil(be=1.0))[1])])
D("M02", M, [MODEL, [r"p_\theta(x) \propto e^{E_\theta(x)}"]],
  [DEF, (I, lambda W: ratio_const(W.p(be=1.0), np.exp(W.E()))[0], lambda W: ratio_const(W.p(be=1.0), np.exp(W.E()))[1])])
D("M03", M, ["A latent-variable model $p(v, h)$.", [r"p(h \mid v) \propto p(v, h)"]],
  [(V, lambda W: ratio_const(W.post()[W.v0], W.joint()[W.v0])[0], lambda W: ratio_const(W.post()[W.v0], W.joint()[W.v0])[1])])
D("M04", M, ["A latent-variable model $p(v, h)$.", [r"p(h \mid v) \propto p(v \mid h)"]],
  [(I, lambda W: ratio_const(W.post()[W.v0], W.joint()[W.v0] / W.joint().sum(axis=0))[0],
    lambda W: ratio_const(W.post()[W.v0], W.joint()[W.v0] / W.joint().sum(axis=0))[1])], note="the prior p(h) is missing")
S("M05", M, r"\arg\max_\theta \log p_\theta(x)", r"\arg\max_\theta p_\theta(x)", V,
  lambda W: argmax_grid(W, lambda t: np.log(W.p(t)[W.x0])), lambda W: argmax_grid(W, lambda t: W.p(t)[W.x0]), note="log is increasing")
S("M06", M, r"\arg\max_\theta \left(-\log p_\theta(x)\right)", r"\arg\max_\theta p_\theta(x)", I,
  lambda W: argmax_grid(W, lambda t: -np.log(W.p(t)[W.x0])), lambda W: argmax_grid(W, lambda t: W.p(t)[W.x0]),
  note="argmax of -log p is the argmin of p (differ whenever p_theta(x) is not constant in theta)")
S("M07", M, r"\arg\min_\theta \mathrm{KL}(\hat p \| p_\theta)", r"\arg\max_\theta \sum_x \hat p(x) \log p_\theta(x)", V,
  lambda W: argmax_grid(W, lambda t: -kl_hat(W, t)), lambda W: argmax_grid(W, lambda t: W.phat() @ np.log(W.p(t))),
  note="they differ by the theta-free entropy of p-hat")
S("M08", M, r"\arg\max_\theta \frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)", r"\arg\max_\theta \sum_{i=1}^N \log p_\theta(x_i)", V,
  lambda W: argmax_grid(W, lambda t: np.log(W.p(t)[W.data]).mean()), lambda W: argmax_grid(W, lambda t: np.log(W.p(t)[W.data]).sum()))
D("M09", M, [[r"\tilde p(x) \equiv e^{-E(x)}"], [r"\frac{\tilde p(x)}{\sum_{x'} \tilde p(x')} = \frac{e^{-E(x)}}{Z}"]],
  [DEF, (V, lambda W: W.p(be=1.0)[W.x0], lambda W: W.p(be=1.0)[W.x0])], note="Z the normaliser of e^{-E}")
D("M10", M, ["A prior $p(\\theta)$ and data $D$.", [r"p(\theta \mid D) \propto p(D \mid \theta)"]],
  [(I, lambda W: post_over_lik(W)[0], lambda W: post_over_lik(W)[1])], note="prior missing: with a non-uniform prior false")

# =====================================================================================================
# N. LaTeX as typed: \dfrac, \over, \left< \right>, \pdv, Markdown escapes, dots
# =====================================================================================================
Nn = "N LaTeX as typed"
D("N01", Nn, [MODEL, [r"\dfrac{\partial \log Z_\theta}{\partial \theta} = -\mathbb{E}_{x\sim p_\theta}\left[\dfrac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (V, lambda W: W.dth(lambda t: W.logZ(t, 1.0)), lambda W: -W.p(be=1.0) @ W.a)])
D("N02", Nn, [MODEL, [r"\dfrac{\partial \log Z_\theta}{\partial \theta} = \mathbb{E}_{x\sim p_\theta}\left[\dfrac{\partial E_\theta(x)}{\partial \theta}\right]"]],
  [DEF, (I, lambda W: W.dth(lambda t: W.logZ(t, 1.0)), lambda W: W.p(be=1.0) @ W.a)])
D("N03", Nn, [MODEL, [r"{1 \over Z_\theta} \sum_x e^{-E_\theta(x)} = 1"]], [DEF, (V, lambda W: 1.0, lambda W: 1.0)])
D("N04", Nn, [MODEL, [r"{1 \over Z_\theta} \sum_x e^{-E_\theta(x)} = Z_\theta"]], [DEF, (I, lambda W: 1.0, lambda W: W.Z(be=1.0))])
D("N05", Nn, [PB, [r"\left< E \right>_\beta = -\frac{\partial \log Z(\beta)}{\partial \beta}"]],
  [DEF, (V, lambda W: W.p(be=None) @ W.E(), lambda W: -W.dbe(lambda b: W.logZ(be=b)))])
D("N06", Nn, [PB, [r"\left< E \right>_\beta = \frac{\partial \log Z(\beta)}{\partial \beta}"]],
  [DEF, (I, lambda W: W.p(be=None) @ W.E(), lambda W: W.dbe(lambda b: W.logZ(be=b)))])
D("N07", Nn, [PB, [r"\left\langle E^2 \right\rangle - \left\langle E \right\rangle^2 = \frac{\partial^2 \log Z(\beta)}{\partial \beta^2}"]],
  [DEF, (V, lambda W: W.p(be=None) @ W.E() ** 2 - (W.p(be=None) @ W.E()) ** 2, lambda W: W.dbe(lambda b: W.dbe(lambda c: W.logZ(be=c), b, 1e-4), h=1e-4))])
D("N08", Nn, ["$\\usepackage{physics}$", PB, [r"\pdv{\ln Z}{\beta} = -\expval{E}"]],
  [DEF, (V, lambda W: W.dbe(lambda b: W.logZ(be=b)), lambda W: -W.p(be=None) @ W.E())])
D("N09", Nn, ["$\\usepackage{physics}$", PB, [r"\pdv[2]{\ln Z}{\beta} = \expval{E^2} + \expval{E}^2"]],
  [DEF, (I, lambda W: W.dbe(lambda b: W.dbe(lambda c: W.logZ(be=c), b, 1e-4), h=1e-4), lambda W: W.p(be=None) @ W.E() ** 2 + (W.p(be=None) @ W.E()) ** 2)])
D("N10", Nn, [MODEL, [r"\sum\_{x} p\_\theta(x) = 1"]], [DEF, (V, lambda W: 1.0, lambda W: 1.0)], note="Markdown-escaped subscripts")
D("N11", Nn, [MODEL, [r"\mathbb{E}\_{x \sim p\_\theta}[E\_\theta(x)] = \sum\_x p\_\theta(x) E\_\theta(x)"]],
  [DEF, (V, lambda W: W.p(be=1.0) @ W.E(), lambda W: W.p(be=1.0) @ W.E())])
D("N12", Nn, [MODEL, [r"\mathbb{E}\_{x \sim p\_\theta}[E\_\theta(x)] = \sum\_x p\_\theta(x)^2 E\_\theta(x)"]],
  [DEF, (I, lambda W: W.p(be=1.0) @ W.E(), lambda W: W.p(be=1.0) ** 2 @ W.E())])
D("N13", Nn, [[r"Z = \sum_{i=1}^{N} e^{-E_i} = e^{-E_1} + e^{-E_2} + \cdots + e^{-E_N}"]],
  [[DEF, (V, same, same)]], note="dots: the sum written out")
D("N14", Nn, [[r"\log \prod_{i=1}^{N} p(x_i) = \sum_{i=1}^{N} \log p(x_i) \quad \because \log ab = \log a + \log b"]],
  [(V, lambda W: np.log(np.prod(W.p(be=1.0)[W.data])), lambda W: np.log(W.p(be=1.0)[W.data]).sum())], note="\\because as a justification")
D("N15", Nn, [[r"\cosh^2 x - \sinh^2 x = 1"]], [(V, same, same)])
D("N16", Nn, [[r"\tanh x = \frac{\sinh x}{\cosh x} = 1 - \frac{2}{e^{2x} + 1}"]],
  [[(V, lambda W: np.tanh(W.al), lambda W: np.sinh(W.al) / np.cosh(W.al)),
    (V, lambda W: np.sinh(W.al) / np.cosh(W.al), lambda W: 1 - 2 / (np.exp(2 * W.al) + 1))]])
D("N17", Nn, [[r"\boxed{\log \sigma(a) = -\log\left(1 + e^{-a}\right)}"]],
  [(V, lambda W: np.log(1 / (1 + np.exp(-W.al))), lambda W: -np.log(1 + np.exp(-W.al)))])
D("N18", Nn, [[r"\log \sigma(a) = \log\left(1 + e^{-a}\right)"]],
  [(I, lambda W: np.log(1 / (1 + np.exp(-W.al))), lambda W: np.log(1 + np.exp(-W.al)))])
D("N19", Nn, [MODEL, [r"\nabla_\theta \log p_\theta(x) = -\nabla_\theta E_\theta(x) - \nabla_\theta \log Z_\theta \therefore \text{two phases}"]],
  [DEF, (V, lambda W: W.dth(lambda t: np.log(W.p(t, 1.0)[W.x0])), lambda W: -W.a[W.x0] - W.dth(lambda t: W.logZ(t, 1.0)))])
D("N20", Nn, [[r"\frac{\mathrm{d}}{\mathrm{d}x} \log\left(1 + e^{x}\right) = \sigma(x)"]],
  [(V, lambda W: np.exp(W.al) / (1 + np.exp(W.al)), lambda W: 1 / (1 + np.exp(-W.al)))])
D("N21", Nn, [[r"\frac{\mathrm{d}}{\mathrm{d}x} \log\left(1 + e^{x}\right) = \sigma(-x)"]],
  [(I, lambda W: np.exp(W.al) / (1 + np.exp(W.al)), lambda W: 1 / (1 + np.exp(W.al)))])
D("N22", Nn, [MODEL, [r"\operatorname{Var}_{p_\theta}[E_\theta(x)] = \frac{\partial^2 \log Z_\theta}{\partial \theta^2}"]],
  [DEF, (I, lambda W: W.p(be=1.0) @ W.E() ** 2 - (W.p(be=1.0) @ W.E()) ** 2,
         lambda W: W.dth(lambda t: W.dth(lambda s: W.logZ(s, 1.0), t, 1e-4), h=1e-4))],
  note="the second theta-derivative of log Z is Var[a] (dE/dtheta = a), not Var[E]")


# ----------------------------------------------------------------------------------------------------- more
S("C13", C, r"\sum_{v} p(v, h)", r"p(h)", V, lambda W: W.joint()[:, W.h0].sum(), lambda W: W.joint().sum(axis=0)[W.h0])
S("B14", B, r"\mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\right]", r"0", V,
  lambda W: W.p() @ W.dth(lambda t: np.log(W.p(t))), lambda W: 0.0)
S("B15", B, r"\mathbb{E}_{x\sim p_\theta}\left[\nabla_\theta \log \tilde p_\theta(x)\right]", r"0", I,
  lambda W: W.p() @ (-W.a), lambda W: 0.0, note="p~ = e^{-E}: the expectation is -E[a] = grad log Z")
D("F12", F, RBM_01 + [[r"F(v) = -b^\top v - \sum_j \log\left(1 + e^{c_j + (W^\top v)_j}\right)"], [r"\sum_h e^{-E(v, h)} = e^{-F(v)}"]],
  [DEF, (V, lambda W: sum(np.exp(-W.rbm_E(W.v_, np.array(h))) for h in [(a, b) for a in (0, 1) for b in (0, 1)]),
         lambda W: np.exp(W.bv @ W.v_) * np.prod([1 + np.exp(W.ch[k] + (W.W.T @ W.v_)[k]) for k in range(2)]))])
D("N23", Nn, [MODEL, [r"\argmax_\theta \log p_\theta(x) = \argmax_\theta p_\theta(x)"]],
  [DEF, (V, lambda W: argmax_grid(W, lambda t: np.log(W.p(t)[W.x0])), lambda W: argmax_grid(W, lambda t: W.p(t)[W.x0]))])
S("N24", Nn, r"\tfrac{1}{2}\left(a + a\right)", r"a", V, lambda W: W.al, lambda W: W.al)
S("N25", Nn, r"\binom{N}{2}", r"\frac{N^2}{2}", I, lambda W: W.N * (W.N - 1) / 2, lambda W: W.N ** 2 / 2)
S("N26", Nn, r"\binom{N}{1}", r"N", V, lambda W: float(W.N), lambda W: float(W.N))
D("N27", Nn, ["$\\newcommand{\\e}{\\mathrm{e}}$", MODEL, [r"\e^{\log Z_\theta} = \sum_x \e^{-E_\theta(x)}"]],
  [DEF, (V, lambda W: W.Z(), lambda W: W.ptil().sum())])
D("N28", Nn, ["$\\usepackage{physics}$", [r"\log\qty(1 + e^{a}) - a = \log\qty(1 + e^{-a})"]],
  [(V, lambda W: np.log(1 + np.exp(W.al)) - W.al, lambda W: np.log(1 + np.exp(-W.al)))])
D("N29", Nn, ["$\\usepackage{physics}$", [r"\abs{e^{-E(x)}} = e^{-E(x)}"]], [(V, lambda W: np.exp(-W.E()[W.x0]), lambda W: np.exp(-W.E()[W.x0]))])
D("N30", Nn, [[r"Z = e^{-E_1} + \dotsc + e^{-E_K}"], [r"\frac{e^{-E_1}}{Z} + \dots + \frac{e^{-E_K}}{Z} = 1"]],
  [DEF, (V, lambda W: 1.0, lambda W: W.p().sum())])
D("N31", Nn, [MODEL, [r"\nabla_\theta \log Z_\theta \equiv -\mathbb{E}_{p_\theta}[\nabla_\theta E_\theta(x)]"]],
  [DEF, (V, lambda W: W.dth(lambda t: W.logZ(t)), lambda W: -W.p() @ W.a)], note="\\equiv between two known objects: a claim (true)")
D("N32", Nn, [MODEL, [r"{\Large \log Z_\theta} = \log \sum_x e^{-E_\theta(x)}"]], [DEF, (V, lambda W: W.logZ(), lambda W: np.log(W.ptil().sum()))])

D("K13", K_, [[r"Z = \sum e^{-E(x)}"], [r"\frac{1}{Z}\sum e^{-E(x)} = 1"]], [DEF, (V, lambda W: 1.0, lambda W: W.p().sum())],
  note="sums whose index is not written")
S("K14", K_, r"\frac{\partial^4}{\partial \theta^4} \theta^4", r"24", V, lambda W: 24.0, lambda W: 24.0)
S("K15", K_, r"\frac{\partial^4}{\partial \theta^4} e^{2\theta}", r"8 e^{2\theta}", I,
  lambda W: 16 * np.exp(2 * W.th), lambda W: 8 * np.exp(2 * W.th))
D("K16", K_, [MODEL, [r"\frac{1}{m}\sum_{i=1}^m \log p_\theta(x^{(i)}) = -\frac{1}{m}\sum_{i=1}^m E_\theta(x^{(i)}) - \log Z_\theta"]],
  [DEF, (V, lambda W: np.log(W.p()[W.data]).mean(), lambda W: -W.E()[W.data].mean() - W.logZ())], note="data size m")
D("K17", K_, [MODEL, [r"\frac{1}{|D|}\sum_{x \in D}\log p_\theta(x) = -\frac{1}{|D|}\sum_{x \in D} E_\theta(x) - |D| \log Z_\theta"]],
  [DEF, (I, lambda W: np.log(W.p()[W.data]).mean(), lambda W: -W.E()[W.data].mean() - W.N * W.logZ())], note="data size |D|")
D("K18", K_, [[r"p_\theta(y \mid x) = \frac{e^{NN_\theta(x)[y]}}{\sum_{y'} e^{NN_\theta(x)[y']}}"],
              [r"\log p_\theta(y \mid x) = NN_\theta(x)[y] - \log \sum_{y'} e^{NN_\theta(x)[y']}"]],
  [DEF, (V, lambda W: np.log(softmax_(W.g)[W.x0]), lambda W: W.g[W.x0] - np.log(np.sum(np.exp(W.g))))],
  note="a classifier's logits NN_theta(x)[y]")
D("L15", L, [[r"E(v, h) = -\sum_{i,j} w_{i,j} v_i h_j"], [r"-\frac{\partial E(v, h)}{\partial w_{i,j}} = v_i h_j"]],
  [DEF, (V, lambda W: W.v_[0] * W.v_[1], lambda W: W.v_[0] * W.v_[1])], note="components typed w_{i,j}")
D("L16", L, [[r"E(v, h) = -\sum_{i,j} w_{i,j} v_i h_j"], [r"-\frac{\partial E(v, h)}{\partial w_{i,j}} = w_{i,j} v_i h_j"]],
  [DEF, (I, lambda W: W.v_[0] * W.v_[1], lambda W: W.W[0, 1] * W.v_[0] * W.v_[1])], note="v, h: a random 0/1 pair; wrong where v_i h_j = 1")


def argmax_grid(W, f):
    grid = np.linspace(-4, 4, 401)
    return grid[int(np.argmax([f(t) for t in grid]))]


def kl_hat(W, t):
    ph = W.phat(); m = ph > 0
    return float(ph[m] @ np.log(ph[m] / W.p(t)[m]))


def post_over_lik(W):
    grid = np.array([-1.0, 0.0, 1.0]); prior = np.array([0.6, 0.3, 0.1])
    lik = np.array([np.prod(W.p(t)[W.data]) for t in grid])
    post = lik * prior / np.sum(lik * prior)
    return post / lik, np.full(3, (post / lik)[0])


def softmax_(v):
    e = np.exp(v - np.max(v)); return e / e.sum()
