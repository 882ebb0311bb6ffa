"""hostile3 cases L-M: notation as typed, budget stressors."""
import math

import numpy as np

from build import D, DEF, I, S, V
from world import H, KL, d1, softmax

MODEL = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]
same = lambda W: 1.0

# ================================================================ L notation as typed
L = "L notation"
DMODEL = [r"p_\theta(x) = \dfrac{e^{-E_\theta(x)}}{Z_\theta}"]
dlogp = lambda W: d1(lambda t: np.log(W.p(t)[W.x0]), W.th)
D("L01", L, [DMODEL, [r"\dfrac{\mathrm{d}}{\mathrm{d}\theta} \log p_\theta(x) = -\dfrac{\mathrm{d} E_\theta(x)}{\mathrm{d}\theta} + \mathbb{E}_{x' \sim p_\theta}\left[\dfrac{\mathrm{d} E_\theta(x')}{\mathrm{d}\theta}\right]"]],
  [DEF, (V, dlogp, lambda W: -W.dE()[W.x0] + W.p() @ W.dE())])
D("L02", L, [DMODEL, [r"\dfrac{\mathrm{d}}{\mathrm{d}\theta} \log p_\theta(x) = -\dfrac{\mathrm{d} E_\theta(x)}{\mathrm{d}\theta} - \mathbb{E}_{x' \sim p_\theta}\left[\dfrac{\mathrm{d} E_\theta(x')}{\mathrm{d}\theta}\right]"]],
  [DEF, (I, dlogp, lambda W: -W.dE()[W.x0] - W.p() @ W.dE())])
dlogZ = lambda W: d1(W.logZ, W.th)
D("L03", L, [MODEL, [r"{\partial \log Z_\theta \over \partial \theta} = -\left< {\partial E_\theta(x) \over \partial\theta} \right>_{p_\theta}"]],
  [DEF, (V, dlogZ, lambda W: -W.p() @ W.dE())])
D("L04", L, [MODEL, [r"{\partial \log Z_\theta \over \partial \theta} = \left< {\partial E_\theta(x) \over \partial\theta} \right>_{p_\theta}"]],
  [DEF, (I, dlogZ, lambda W: W.p() @ W.dE())])
S("L05", L, r"\operatorname{KL}(q \,\|\, p)", r"\sum_x q(x) \log \frac{q(x)}{p(x)}", (V, lambda W: KL(W.qq, W.pp), lambda W: W.qq @ np.log(W.qq / W.pp)))
S("L06", L, r"\operatorname{KL}(q \,\|\, p)", r"\sum_x p(x) \log \frac{p(x)}{q(x)}", (I, lambda W: KL(W.qq, W.pp), lambda W: W.pp @ np.log(W.pp / W.qq)))
BMODEL = [r"p_{\boldsymbol\theta}(\mathbf{x}) = \frac{e^{-E_{\boldsymbol\theta}(\mathbf{x})}}{Z(\boldsymbol\theta)}"]
D("L07", L, [BMODEL, [r"\nabla_{\boldsymbol\theta} \log Z(\boldsymbol\theta) = -\mathbb{E}_{\mathbf{x}\sim p_{\boldsymbol\theta}}\left[\nabla_{\boldsymbol\theta} E_{\boldsymbol\theta}(\mathbf{x})\right]"]],
  [DEF, (V, dlogZ, lambda W: -W.p() @ W.dE())])
D("L08", L, [BMODEL, [r"\nabla_{\boldsymbol\theta} \log Z(\boldsymbol\theta) = -\mathbb{E}_{\mathbf{x}\sim p_{\boldsymbol\phi}}\left[\nabla_{\boldsymbol\theta} E_{\boldsymbol\theta}(\mathbf{x})\right]"]],
  [DEF, (I, dlogZ, lambda W: -W.p(W.ph) @ W.dE())])
EMODEL = [r"p\_\theta(x) = \frac{e^{-E\_\theta(x)}}{Z\_\theta}"]
D("L09", L, [EMODEL, [r"\log Z\_\theta = \log \sum\_x e^{-E\_\theta(x)}"]], [DEF, (V, lambda W: W.logZ(), lambda W: np.log(np.exp(-W.E()).sum()))],
  note="Markdown-escaped subscripts")
D("L10", L, [EMODEL, [r"\nabla\_\theta \log Z\_\theta = \mathbb{E}\_{x \sim p\_\theta}[\nabla\_\theta E\_\theta(x)]"]], [DEF, (I, dlogZ, lambda W: W.p() @ W.dE())])
MAC = r"$\newcommand{\Ex}[2]{\mathbb{E}_{#1}\left[#2\right]}$"
D("L11", L, [MAC, MODEL, [r"\Ex{x\sim p_\theta}{E_\theta(x)} = \sum_x p_\theta(x) E_\theta(x)"]], [DEF, (V, lambda W: W.p() @ W.E(), lambda W: W.p() @ W.E())],
  note="a macro with two arguments")
D("L12", L, [MAC, MODEL, [r"\Ex{x\sim q_\phi}{E_\theta(x)} = \sum_x p_\theta(x) E_\theta(x)"]], [DEF, (I, lambda W: W.q() @ W.E(), lambda W: W.p() @ W.E())])
D("L13", L, [r"$\def\Z{Z_\theta}$", MODEL, [r"\frac{\partial \log \Z}{\partial\theta} = \frac{1}{\Z}\frac{\partial \Z}{\partial \theta}"]],
  [DEF, (V, dlogZ, lambda W: d1(W.Z, W.th) / W.Z())])
D("L14", L, [MODEL, [r"\log \cfrac{1}{Z_\theta} = -\log Z_\theta"]], [DEF, (V, lambda W: np.log(1 / W.Z()), lambda W: -W.logZ())])
D("L15", L, [MODEL, [r"p_\theta(x) = \exp\left\{-E_\theta(x) - \log Z_\theta\right\}"]], [DEF, (V, lambda W: W.p()[W.x0], lambda W: np.exp(-W.E()[W.x0] - W.logZ()))])
D("L16", L, [MODEL, [r"\ln p_\theta(x) = -E_\theta(x) - \ln Z_\theta"]], [DEF, (V, lambda W: np.log(W.p()[W.x0]), lambda W: -W.E()[W.x0] - W.logZ())])
D("L17", L, [MODEL, [r"\ln p_\theta(x) = -E_\theta(x) + \ln Z_\theta"]], [DEF, (I, lambda W: np.log(W.p()[W.x0]), lambda W: -W.E()[W.x0] + W.logZ())])
D("L18", L, [MODEL, [r"\mathbb{E}_{p_\theta}\!\left[\, E_\theta(x) \,\right] = \sum_{x}\, p_\theta(x)\, E_\theta(x)"]], [DEF, (V, lambda W: W.p() @ W.E(), lambda W: W.p() @ W.E())])
D("L19", L, [MODEL, [r"\frac{\partial}{\partial\theta}\Bigl(\log Z_\theta\Bigr) = \frac{1}{Z_\theta}\frac{\partial Z_\theta}{\partial\theta}"]],
  [DEF, (V, dlogZ, lambda W: d1(W.Z, W.th) / W.Z())])
D("L20", L, [MODEL, [r"\log Z_\theta = \log \displaystyle\sum\limits_{x} e^{-E_\theta(x)}"]], [DEF, (V, lambda W: W.logZ(), lambda W: np.log(np.exp(-W.E()).sum()))])
LOSS = [r"\mathcal{L}(\theta) = -\frac{1}{N}\sum_{n=1}^N \log p_\theta(x_n)"]
dL = lambda W: d1(lambda t: -np.log(W.p(t)[W.data]).mean(), W.th)
D("L21", L, [MODEL, LOSS, [r"\nabla_\theta \mathcal{L}(\theta) = \frac{1}{N}\sum_{n=1}^N \nabla_\theta E_\theta(x_n) - \mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)]"]],
  [DEF, DEF, (V, dL, lambda W: W.dE()[W.data].mean() - W.p() @ W.dE())])
D("L22", L, [MODEL, LOSS, [r"\nabla_\theta \mathcal{L}(\theta) = \frac{1}{N}\sum_{n=1}^N \nabla_\theta E_\theta(x_n) + \mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)]"]],
  [DEF, DEF, (I, dL, lambda W: W.dE()[W.data].mean() + W.p() @ W.dE())])
S("L23", L, r"D_{\text{KL}}\left(p_\theta \,\middle\|\, q_\phi\right)", r"\sum_x p_\theta(x)\log\frac{p_\theta(x)}{q_\phi(x)}",
  (V, lambda W: KL(W.p(), W.q()), lambda W: W.p() @ np.log(W.p() / W.q())))
D("L24", L, [MODEL, [r"p_\theta(x) = \exp(-E_\theta(x))/Z_\theta^2"]], [DEF, (I, lambda W: W.p()[W.x0], lambda W: np.exp(-W.E()[W.x0]) / W.Z() ** 2)])
lp = lambda W: np.log(W.p()[W.x0])
D("L25", L, [MODEL, [r"\log p_\theta(x) &= -E_\theta(x) - \log Z_\theta \tag{3}",
                     r"&= -E_\theta(x) - \log \sum_{x'} e^{-E_\theta(x')} \nonumber",
                     r"&= -E_\theta(x) + \log \sum_{x'} e^{-E_\theta(x')} \label{eq:bad}"]],
  [DEF, (V, lp, lambda W: -W.E()[W.x0] - W.logZ()), (V, lambda W: -W.E()[W.x0] - W.logZ(), lambda W: -W.E()[W.x0] - W.logZ()),
   (I, lambda W: -W.E()[W.x0] - W.logZ(), lambda W: -W.E()[W.x0] + W.logZ())])
D("L26", L, [("bracket", MODEL), ("bracket", [r"\nabla_\theta \log p_\theta(x) = -\nabla_\theta E_\theta(x) + \mathbb{E}_{x'\sim p_\theta}[\nabla_\theta E_\theta(x')]"])],
  [DEF, (V, dlogp, lambda W: -W.dE()[W.x0] + W.p() @ W.dE())], note="\\[ \\] displays")
D("L27", L, [("one", MODEL), ("one", [r"Z_\theta \, p_\theta(x) = e^{-E_\theta(x)}"]), ("one", [r"Z_\theta \, p_\theta(x) = e^{E_\theta(x)}"])],
  [DEF, (V, lambda W: W.Z() * W.p()[W.x0], lambda W: np.exp(-W.E()[W.x0])), (I, lambda W: W.Z() * W.p()[W.x0], lambda W: np.exp(W.E()[W.x0]))],
  note="$$ row $$ on one line")
D("L28", L, [MODEL, ("align*", [r"\frac{\partial}{\partial\theta}\log Z_\theta &= \frac{1}{Z_\theta}\sum_x \frac{\partial}{\partial\theta} e^{-E_\theta(x)}",
                                r"&= -\sum_x p_\theta(x) \frac{\partial E_\theta(x)}{\partial\theta}",
                                r"&= -\sum_x \frac{\partial E_\theta(x)}{\partial\theta}"])],
  [DEF, (V, dlogZ, lambda W: -(np.exp(-W.E()) @ W.dE()) / W.Z()), (V, lambda W: -(np.exp(-W.E()) @ W.dE()) / W.Z(), lambda W: -W.p() @ W.dE()),
   (I, lambda W: -W.p() @ W.dE(), lambda W: -W.dE().sum())], note="align* directly in the Markdown")
S("L29", L, r"\mathbb{E}_{x \sim p_\theta}\left[ \frac{\partial E_\theta(x)}{\partial \theta} \right]", r"\sum_{x} p_\theta(x)\, \partial_\theta E_\theta(x)",
  (V, lambda W: W.p() @ W.dE(), lambda W: W.p() @ W.dE()))
S("L30", L, r"\partial_\theta \log Z_\theta", r"\mathbb{E}_{p_\theta}[\partial_\theta E_\theta(x)]", (I, dlogZ, lambda W: W.p() @ W.dE()))
D("L31", L, [MODEL, [r"\mathop{\mathbb{E}}_{x\sim p_\theta} \left[ \log p_\theta(x) \right] = -H(p_\theta)"]], [DEF, (V, lambda W: W.p() @ np.log(W.p()), lambda W: -H(W.p()))])
D("L32", L, [MODEL, [r"\mathop{\mathbb{E}}_{x\sim p_\theta} \left[ \log p_\theta(x) \right] = H(p_\theta)"]], [DEF, (I, lambda W: W.p() @ np.log(W.p()), lambda W: H(W.p()))])

# ================================================================ M budget stressors
M = "M budgets"
nest = "x"
for _ in range(35):
    nest = r"\log\left(\exp\left(" + nest + r"\right)\right)"
S("M01", M, nest, "x", (V, same, same), note="35 nested log(exp(.)) around x: log(exp(x)) = x for every real x")
S("M02", M, r"9^{9^{9}} - 9^{9^{9}}", "0", (V, same, same))
S("M03", M, r"\left(9^{9^{9}}\right)^2", r"9^{2 \cdot 9^{9}}", (V, same, same))
S("M04", M, r"9^{9^{9}+1}", r"9 \cdot 9^{9^{9}}", (V, same, same))
S("M05", M, r"10^{10^{10}} + 1", r"10^{10^{10}}", (I, lambda W: 1.0, lambda W: 0.0), note="differ by 1")
D("M06", M, [MODEL] + [[rf"\log p_\theta(x_{{{k}}}) = -E_\theta(x_{{{k}}}) - \log Z_\theta"] for k in range(1, 41)],
  [DEF] + [(V, lambda W: np.log(W.p()[W.x0]), lambda W: -W.E()[W.x0] - W.logZ())] * 40, note="40 displays")
rows = [r"Z_\theta &= \sum_x e^{-E_\theta(x)}"]
for k in range(149):
    rows.append(r"&= Z_\theta" if k % 2 == 0 else r"&= \sum_x e^{-E_\theta(x)}")
rows.append(r"&= Z_\theta + 1")
zz = lambda W: W.Z()
D("M07", M, [MODEL, rows], [DEF] + [(V, zz, zz)] * 150 + [(I, zz, lambda W: W.Z() + 1)], note="151-row chain, the last row wrong")
cf = "x"
for _ in range(25):
    cf = r"\frac{1}{1 + " + cf + "}"
S("M08", M, cf, cf, (V, same, same), note="25 nested fractions, identical sides")
S("M09", M, r"\frac{d^{30}}{d x^{30}} x^{30}", r"30!", (V, lambda W: float(math.factorial(30)), lambda W: float(math.factorial(30))))
S("M10", M, "".join([r"(1 + x)"] * 300), r"(1 + x)^{300}", (V, same, same), note="300 factors")
S("M11", M, " + ".join(f"a_{{{k}}}" for k in range(1, 151)), " + ".join(f"a_{{{k}}}" for k in range(1, 75)) + " - a_{75} + " + " + ".join(f"a_{{{k}}}" for k in range(76, 151)),
  (I, lambda W: W.seq[0], lambda W: -W.seq[0]), note="150 terms, one sign flipped (values: a_75 itself vs -a_75)")
D("M12", M, [[r"y = 2^{2^{100}}"], [r"y + 1 = 2^{2^{100}} + 1"]], [DEF, (V, same, same)])
S("M13", M, r"\sum_{i=1}^{10^{12}} 1", r"10^{12}", (V, lambda W: 1e12, lambda W: 1e12))
S("M14", M, r"\prod_{i=1}^{10^{9}} e^{a}", r"e^{10^{9} a}", (V, same, same))
par = r"\log Z_\theta"
for _ in range(60):
    par = r"\left(" + par + r"\right)"
D("M15", M, [MODEL, [par + r" = \log \sum_x e^{-E_\theta(x)}"]], [DEF, (V, lambda W: W.logZ(), lambda W: np.log(np.exp(-W.E()).sum()))],
  note="60 nested \\left( \\right)")
der = r"e^{2\theta}"
for _ in range(6):
    der = r"\frac{\partial}{\partial\theta}\left(" + der + r"\right)"
S("M16", M, der, r"64 e^{2\theta}", (V, lambda W: 64 * np.exp(2 * W.th), lambda W: 64 * np.exp(2 * W.th)))
