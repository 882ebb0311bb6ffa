"""The hostile cases: short Markdown documents and check_step pairs, each step with its truth value.

A case is built by D(...) (a document) or S(...) (a check_step pair). A document is a list of blocks: a string
is a prose paragraph (inline $...$ allowed), a list of strings is one $$ display (several rows go inside
aligned, joined by \\\\). Every row is one step: the first row of a display compares its own two sides, a later
row ('&= ...') compares the previous row's right side with its own. For each row the case gives a truth
entry (label, lhs, rhs[, rel]): label 'valid', 'invalid' or 'def' (a definition of a new symbol or of the model:
not judged, not scored); lhs and rhs are functions of a world.World giving the two values the step compares
(rel '<=' for an inequality lhs <= rhs). truth.py evaluates them on many random worlds and confirms each
label; run.py compares the checker's verdicts with the labels.
"""
import numpy as np

CASES = []
DEF = ("def", None, None)


def _doc_text(blocks):
    lines, rowlines = [], []
    for b in blocks:
        if isinstance(b, str):
            lines.extend(b.split("\n")); lines.append("")
            continue
        lines.append("$$")
        if len(b) == 1:
            rowlines.append(len(lines) + 1); lines.append(b[0])
        else:
            lines.append(r"\begin{aligned}")
            for k, row in enumerate(b):
                rowlines.append(len(lines) + 1)
                lines.append(row + (r" \\" if k < len(b) - 1 else ""))
            lines.append(r"\end{aligned}")
        lines.append("$$"); lines.append("")
    return "\n".join(lines), rowlines


def D(cid, cause, blocks, truths, note="", units=(0, 1), raw=None):
    """raw: the document's exact text (then truths carry explicit lines: (line, label, lhs, rhs[, rel]))."""
    if raw is not None:
        text, steps = raw, [t for t in truths]
    else:
        text, rowlines = _doc_text(blocks)
        assert len(rowlines) == len(truths), (cid, len(rowlines), len(truths))
        steps = []
        for line, t in zip(rowlines, truths):
            for tt in (t if isinstance(t, list) else [t]):
                steps.append((line,) + tuple(tt))
    CASES.append(dict(id=cid, cause=cause, kind="doc", text=text, steps=steps, note=note, units=units))


def S(cid, cause, lhs, rhs, label, lf, rf, note="", rel=None, units=(0, 1)):
    CASES.append(dict(id=cid, cause=cause, kind="step", lhs=lhs, rhs=rhs,
                      steps=[(0, label, lf, rf) + ((rel,) if rel else ())], note=note, units=units))


MODEL = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]
V, I = "valid", "invalid"
x0 = lambda W: W.x0

# =====================================================================================================
# A. parameters and arguments dropped (issue 18)
# =====================================================================================================
A = "A params dropped"
S("A01", A, r"p_\theta(x)", r"p_\phi(x)", I, lambda W: W.p()[W.x0], lambda W: W.p(W.ph)[W.x0])
S("A02", A, r"\log Z(\theta+\epsilon)", r"\log Z(\theta)", I, lambda W: W.logZ(W.th + W.eps), lambda W: W.logZ())
S("A03", A, r"\log Z_{\theta'}", r"\log Z_\theta", I, lambda W: W.logZ(W.th2), lambda W: W.logZ())
S("A04", A, r"Z(\beta')", r"Z(\beta)", I, lambda W: W.Z(be=W.be2), lambda W: W.Z(be=None))
S("A05", A, r"Z_{2\beta}", r"Z_\beta^2", I, lambda W: W.Z(be=2 * W.be), lambda W: W.Z(be=None) ** 2)
S("A06", A, r"E_{\theta'}(x)", r"E_\theta(x)", I, lambda W: W.E(W.th2)[W.x0], lambda W: W.E()[W.x0])
S("A07", A, r"\log Z_\theta - \log Z_{\theta_0}", r"0", I, lambda W: W.logZ() - W.logZ(W.th2), lambda W: 0.0)
S("A08", A, r"\nabla_\theta \log Z_\theta", r"-\mathbb{E}_{x \sim p_{\theta'}}[\nabla_\theta E_\theta(x)]", I,
  lambda W: W.dth(lambda t: W.logZ(t)), lambda W: -W.p(W.th2) @ W.a)
S("A09", A, r"\nabla_\theta \log Z_\theta", r"-\mathbb{E}_{x \sim p_\theta}[\nabla_\theta E_\theta(x)]", V,
  lambda W: W.dth(lambda t: W.logZ(t)), lambda W: -W.p() @ W.a)
S("A10", A, r"p_\theta(x)", r"p_\theta(x')", I, lambda W: W.p()[W.x0], lambda W: W.p()[(W.x0 + 1) % W.K])
S("A11", A, r"\log p_{\theta_{t+1}}(x)", r"\log p_{\theta_t}(x)", I, lambda W: np.log(W.p(W.th2)[W.x0]),
  lambda W: np.log(W.p()[W.x0]))
S("A12", A, r"q_\phi(x)", r"q_\psi(x)", I, lambda W: W.q()[W.x0], lambda W: W.q(W.ps)[W.x0])
D("A13", A, [MODEL, [r"\log p_\theta(x) - \log p_{\theta'}(x) &= E_{\theta'}(x) - E_\theta(x) + \log Z_{\theta'} - \log Z_\theta",
                     r"&= E_{\theta'}(x) - E_\theta(x)"]],
  [DEF, (V, lambda W: np.log(W.p()[W.x0]) - np.log(W.p(W.th2)[W.x0]),
         lambda W: W.E(W.th2)[W.x0] - W.E()[W.x0] + W.logZ(W.th2) - W.logZ()),
   (I, lambda W: W.E(W.th2)[W.x0] - W.E()[W.x0] + W.logZ(W.th2) - W.logZ(), lambda W: W.E(W.th2)[W.x0] - W.E()[W.x0])])
D("A14", A, [[r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"],
             [r"\frac{p_\beta(x)}{p_{\beta'}(x)} &= e^{-(\beta - \beta') E(x)} \frac{Z(\beta')}{Z(\beta)}",
              r"&= e^{-(\beta - \beta') E(x)}"]],
  [DEF, (V, lambda W: W.p(be=W.be)[W.x0] / W.p(be=W.be2)[W.x0],
         lambda W: np.exp(-(W.be - W.be2) * W.E()[W.x0]) * W.Z(be=W.be2) / W.Z(be=None)),
   (I, lambda W: np.exp(-(W.be - W.be2) * W.E()[W.x0]) * W.Z(be=W.be2) / W.Z(be=None), lambda W: np.exp(-(W.be - W.be2) * W.E()[W.x0]))])
D("A15", A, [MODEL, [r"\log Z_{\theta+\epsilon} - \log Z_\theta = \log \mathbb{E}_{x\sim p_\theta}\left[e^{-(E_{\theta+\epsilon}(x) - E_\theta(x))}\right]"]],
  [DEF, (V, lambda W: W.logZ(W.th + W.eps) - W.logZ(),
         lambda W: np.log(W.p() @ np.exp(-(W.E(W.th + W.eps) - W.E()))))])
D("A16", A, [MODEL, [r"\log Z_{\theta+\epsilon} - \log Z_\theta = \log \mathbb{E}_{x\sim p_{\theta+\epsilon}}\left[e^{-(E_{\theta+\epsilon}(x) - E_\theta(x))}\right]"]],
  [DEF, (I, lambda W: W.logZ(W.th + W.eps) - W.logZ(),
         lambda W: np.log(W.p(W.th + W.eps) @ np.exp(-(W.E(W.th + W.eps) - W.E()))))])
S("A17", A, r"\frac{Z_{\theta'}}{Z_\theta}", r"\mathbb{E}_{x \sim p_\theta}\left[e^{E_\theta(x) - E_{\theta'}(x)}\right]", V,
  lambda W: W.Z(W.th2) / W.Z(), lambda W: W.p() @ np.exp(W.E() - W.E(W.th2)))
S("A18", A, r"\frac{Z_{\theta'}}{Z_\theta}", r"\mathbb{E}_{x \sim p_{\theta'}}\left[e^{E_\theta(x) - E_{\theta'}(x)}\right]", I,
  lambda W: W.Z(W.th2) / W.Z(), lambda W: W.p(W.th2) @ np.exp(W.E() - W.E(W.th2)))
D("A19", A, [MODEL, [r"\mathrm{KL}(p_\theta \| p_{\theta'}) &= \mathbb{E}_{p_\theta}[E_{\theta'}(x) - E_\theta(x)] + \log Z_{\theta'} - \log Z_\theta",
                     r"&= \mathbb{E}_{p_\theta}[E_{\theta'}(x) - E_\theta(x)]"]],
  [DEF, (V, lambda W: W.KL(W.p(), W.p(W.th2)), lambda W: W.p() @ (W.E(W.th2) - W.E()) + W.logZ(W.th2) - W.logZ()),
   (I, lambda W: W.p() @ (W.E(W.th2) - W.E()) + W.logZ(W.th2) - W.logZ(), lambda W: W.p() @ (W.E(W.th2) - W.E()))])
S("A20", A, r"\frac{\partial}{\partial \beta} \log Z(\beta)", r"-\mathbb{E}_{x\sim p_{\beta'}}[E(x)]", I,
  lambda W: W.dbe(lambda b: W.logZ(be=b)), lambda W: -W.p(be=W.be2) @ W.E())
S("A21", A, r"\frac{\partial}{\partial \beta} \log Z(\beta)", r"-\mathbb{E}_{x\sim p_{\beta}}[E(x)]", V,
  lambda W: W.dbe(lambda b: W.logZ(be=b)), lambda W: -W.p(be=None) @ W.E())

# =====================================================================================================
# B. two distributions merged
# =====================================================================================================
B = "B merged"
S("B01", B, r"D_{\mathrm{KL}}(q_\theta \| p_\theta)", r"0", I, lambda W: W.KL(W.q(W.th), W.p()), lambda W: 0.0)
S("B02", B, r"\mathrm{KL}(p_\theta \| p_\theta)", r"0", V, lambda W: W.KL(W.p(), W.p()), lambda W: 0.0)
S("B03", B, r"H(q_\phi)", r"H(p_\theta)", I, lambda W: W.H(W.q()), lambda W: W.H(W.p()))
S("B04", B, r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)]", r"\mathbb{E}_{x\sim p_\theta}[E_\theta(x)]", I,
  lambda W: W.q() @ W.E(), lambda W: W.p() @ W.E())
S("B05", B, r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] - H(q_\phi) + \log Z_\theta", V,
  lambda W: W.KL(W.q(), W.p(be=1.0)), lambda W: W.q() @ W.E() - W.H(W.q()) + W.logZ(be=1.0))
S("B06", B, r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] - H(q_\phi) - \log Z_\theta", I,
  lambda W: W.KL(W.q(), W.p(be=1.0)), lambda W: W.q() @ W.E() - W.H(W.q()) - W.logZ(be=1.0))
D("B07", B, ["A latent-variable model $p(v, h)$ and a variational distribution $q(h \\mid v)$.",
             [r"\log p(v) = \mathbb{E}_{h \sim q(h \mid v)}[\log p(v, h) - \log q(h \mid v)]"]],
  [(I, lambda W: np.log(W.pv()[W.v0]), lambda W: W.elbo())])
D("B08", B, ["A latent-variable model $p(v, h)$ and a variational distribution $q(h \\mid v)$.",
             [r"\log p(v) = \mathbb{E}_{h \sim q(h \mid v)}[\log p(v, h) - \log q(h \mid v)] + \mathrm{KL}(q(h \mid v) \| p(h \mid v))"]],
  [(V, lambda W: np.log(W.pv()[W.v0]), lambda W: W.elbo() + W.KL(W.qhv[W.v0], W.post()[W.v0]))])
D("B09", B, ["A latent-variable model $p(v, h)$ and a variational distribution $q(h \\mid v)$.",
             [r"q(h \mid v) = p(h \mid v)"]],
  [(I, lambda W: W.qhv[W.v0], lambda W: W.post()[W.v0])])
D("B10", B, ["A latent-variable model $p(v, h)$.",
             [r"p(h \mid v) = \frac{p(v, h)}{\sum_{h'} p(v, h')}"]],
  [(V, lambda W: W.post()[W.v0], lambda W: W.joint()[W.v0] / W.joint()[W.v0].sum())])
D("B11", B, [[r"Z_\phi = \sum_x e^{-E_\phi(x)}"], [r"\mathrm{KL}(q \| p_\theta) = \mathbb{E}_q[E_\theta(x)] - H(q) + \log Z_\phi"]],
  [DEF, (I, lambda W: W.KL(W.q(), W.p(be=1.0)), lambda W: W.q() @ W.E() - W.H(W.q()) + W.logZ(W.ph, 1.0))],
  note="a row that writes Z_phi must not change how a later KL row is read")
D("B12", B, [[r"Z_\phi = \sum_x e^{-E_\phi(x)}"], [r"\mathrm{KL}(q \| p_\theta) = \mathbb{E}_q[E_\theta(x)] - H(q) + \log Z_\theta"]],
  [DEF, (V, lambda W: W.KL(W.q(), W.p(be=1.0)), lambda W: W.q() @ W.E() - W.H(W.q()) + W.logZ(be=1.0))])
S("B13", B, r"\mathbb{E}_{x\sim p_\theta}[\log p_\theta(x)]", r"\mathbb{E}_{x\sim q_\phi}[\log p_\theta(x)]", I,
  lambda W: W.p() @ np.log(W.p()), lambda W: W.q() @ np.log(W.p()))

# =====================================================================================================
# C. domains of sums and integrals dropped
# =====================================================================================================
C = "C domains"
S("C01", C, r"\sum_{x \neq x_0} p_\theta(x)", r"1", I, lambda W: 1 - W.p()[W.x0], lambda W: 1.0)
S("C02", C, r"\sum_{x \neq x_0} p_\theta(x)", r"1 - p_\theta(x_0)", V, lambda W: 1 - W.p()[W.x0], lambda W: 1 - W.p()[W.x0])
S("C03", C, r"\sum_{i=2}^{N} \log p_\theta(x_i)", r"\sum_{i=1}^{N} \log p_\theta(x_i)", I,
  lambda W: np.log(W.p()[W.data[1:]]).sum(), lambda W: np.log(W.p()[W.data]).sum())
S("C04", C, r"\sum_{h} p(v, h)", r"p(v)", V, lambda W: W.joint()[W.v0].sum(), lambda W: W.pv()[W.v0])
S("C05", C, r"\sum_{v} p(v, h)", r"p(v)", I, lambda W: W.joint()[:, W.h0].sum(), lambda W: W.pv()[W.v0])
S("C06", C, r"\mathbb{E}_{x \sim q_\phi}[E_\theta(x)]", r"\sum_x p_\theta(x) E_\theta(x)", I, lambda W: W.q() @ W.E(), lambda W: W.p() @ W.E())
D("C07", C, ["Let $A \\subset \\mathcal{X}$ be a set of states.", MODEL, [r"\sum_{x \in A} p_\theta(x) = 1"]],
  [DEF, (I, lambda W: W.p()[: max(1, W.K // 2)].sum(), lambda W: 1.0)], note="A a proper subset (first half of the states)")
D("C08", C, ["Let $A \\subset \\mathcal{X}$ be a set of states.", MODEL,
             [r"\sum_{x \in A} p_\theta(x) = \frac{\sum_{x \in A} e^{-E_\theta(x)}}{Z_\theta}"]],
  [DEF, (V, lambda W: W.p()[: max(1, W.K // 2)].sum(), lambda W: W.ptil(be=1.0)[: max(1, W.K // 2)].sum() / W.Z(be=1.0))])
S("C09", C, r"\sum_{i=1}^{N-1} 1", r"N", I, lambda W: W.N - 1, lambda W: W.N)
S("C10", C, r"\frac{1}{N}\sum_{i=1}^{N} \log p_\theta(x_i)", r"\frac{1}{N}\sum_{i=1}^{N-1} \log p_\theta(x_i) + \frac{1}{N}\log p_\theta(x_N)", V,
  lambda W: np.log(W.p()[W.data]).mean(), lambda W: np.log(W.p()[W.data[:-1]]).sum() / W.N + np.log(W.p()[W.data[-1]]) / W.N)
S("C11", C, r"\sum_{x} p_\theta(x) f(x)", r"\sum_{x} q_\phi(x) f(x)", I, lambda W: W.p() @ W.g, lambda W: W.q() @ W.g)
D("C12", C, [MODEL, [r"Z_\theta &= \sum_{x} e^{-E_\theta(x)}", r"&= e^{-E_\theta(x_0)} + \sum_{x \neq x_0} e^{-E_\theta(x)}",
                     r"&= e^{-E_\theta(x_0)} + \sum_{x} e^{-E_\theta(x)}"]],
  [DEF, (V, lambda W: W.Z(be=1.0), lambda W: W.ptil(be=1.0).sum()),
   (V, lambda W: W.ptil(be=1.0).sum(), lambda W: W.ptil(be=1.0)[W.x0] + W.ptil(be=1.0).sum() - W.ptil(be=1.0)[W.x0]),
   (I, lambda W: W.ptil(be=1.0).sum(), lambda W: W.ptil(be=1.0)[W.x0] + W.ptil(be=1.0).sum())])

# =====================================================================================================
# D. rows about fixed objects (the left side is a known object: a claim, not a definition)
# =====================================================================================================
Dd = "D fixed objects"
D("D01", Dd, ["Let $q_\\phi$ be a distribution over the states.", [r"H(q_\phi) = 0"]], [(I, lambda W: W.H(W.q()), lambda W: 0.0)])
D("D02", Dd, [MODEL, [r"Z_\theta = 1"]], [DEF, (I, lambda W: W.Z(be=1.0), lambda W: 1.0)])
D("D03", Dd, [MODEL, [r"\log Z_\theta = 0"]], [DEF, (I, lambda W: W.logZ(be=1.0), lambda W: 0.0)])
D("D04", Dd, [MODEL, [r"\mathrm{KL}(q_\phi \| p_\theta) = 0"]], [DEF, (I, lambda W: W.KL(W.q(), W.p(be=1.0)), lambda W: 0.0)])
D("D05", Dd, [MODEL, [r"H(p_\theta) = \log Z_\theta"]], [DEF, (I, lambda W: W.H(W.p(be=1.0)), lambda W: W.logZ(be=1.0))])
D("D06", Dd, [MODEL, [r"H(p_\theta) = \log Z_\theta + \mathbb{E}_{x\sim p_\theta}[E_\theta(x)]"]],
  [DEF, (V, lambda W: W.H(W.p(be=1.0)), lambda W: W.logZ(be=1.0) + W.p(be=1.0) @ W.E())])
D("D07", Dd, [MODEL, [r"\tilde p_\theta(x) = p_\theta(x)"]], [DEF, (I, lambda W: W.ptil(be=1.0)[W.x0], lambda W: W.p(be=1.0)[W.x0])],
  note="p~ is the unnormalised e^{-E}")
D("D08", Dd, [MODEL, [r"\tilde p_\theta(x) = Z_\theta\, p_\theta(x)"]], [DEF, (V, lambda W: W.ptil(be=1.0)[W.x0], lambda W: W.Z(be=1.0) * W.p(be=1.0)[W.x0])])
D("D09", Dd, [MODEL, [r"F = -\log Z_\theta"], [r"F = 0"]], [DEF, DEF, (I, lambda W: -W.logZ(be=1.0), lambda W: 0.0)],
  note="F defined on the first row; the second row about F is a claim")
D("D10", Dd, [MODEL, [r"E_\theta(x) = -\log p_\theta(x)"]], [DEF, (I, lambda W: W.E()[W.x0], lambda W: -np.log(W.p(be=1.0)[W.x0]))])
D("D11", Dd, [MODEL, [r"E_\theta(x) = -\log p_\theta(x) - \log Z_\theta"]], [DEF, (V, lambda W: W.E()[W.x0], lambda W: -np.log(W.p(be=1.0)[W.x0]) - W.logZ(be=1.0))])
D("D12", Dd, ["The data distribution $p_{\\text{data}}$ is the empirical distribution of $x_1, \\dots, x_N$.",
              [r"H(p_{\text{data}}, p_\theta) = H(p_{\text{data}})"]],
  [(I, lambda W: -W.phat() @ np.log(W.p(be=1.0)), lambda W: W.H(W.phat()[W.phat() > 0]))])

# =====================================================================================================
# E. polynomial factors that vanish at a few points (holds must vary every parameter)
# =====================================================================================================
Ep = "E vanishing factors"
S("E01", Ep, r"\log Z_\theta", r"\log Z_\theta + \theta(\theta - 1)(\theta - 2)", I,
  lambda W: W.logZ(be=1.0), lambda W: W.logZ(be=1.0) + W.th * (W.th - 1) * (W.th - 2))
S("E02", Ep, r"\frac{\partial \log Z(\beta)}{\partial \beta}", r"-\mathbb{E}_{p_\beta}[E(x)] + \beta(\beta - 1)", I,
  lambda W: W.dbe(lambda b: W.logZ(be=b)), lambda W: -W.p(be=None) @ W.E() + W.be * (W.be - 1))
S("E03", Ep, r"\mathrm{KL}(q_\phi \| q_\phi)", r"\phi^2 (\phi - 1)", I, lambda W: 0.0, lambda W: W.ph ** 2 * (W.ph - 1))
S("E04", Ep, r"\sum_x p_\theta(x)", r"1 + (\theta - 1)(\theta + 1)", I, lambda W: 1.0, lambda W: 1 + (W.th - 1) * (W.th + 1))
S("E05", Ep, r"Z_\theta", r"Z_\theta + \left(\sum_x 1 - 2\right)\left(\sum_x 1 - 3\right)", I,
  lambda W: W.Z(be=1.0), lambda W: W.Z(be=1.0) + (W.K - 2) * (W.K - 3), note="zero for 2 or 3 states only")
S("E06", Ep, r"\sum_h 1", r"2", I, lambda W: W.Kh, lambda W: 2.0, note="the number of hidden states is not fixed")
S("E07", Ep, r"\log Z_\theta", r"\log Z_\theta + \theta^2 - \theta^2", V, lambda W: W.logZ(be=1.0), lambda W: W.logZ(be=1.0))
S("E08", Ep, r"\mathbb{E}_{x\sim p_\beta}[E(x)]", r"\mathbb{E}_{x\sim p_\beta}[E(x)] \cdot \beta", I,
  lambda W: W.p(be=None) @ W.E(), lambda W: (W.p(be=None) @ W.E()) * W.be, note="equal only at beta = 1")
S("E09", Ep, r"e^{-\beta E(x)}", r"e^{-E(x)}", I, lambda W: np.exp(-W.be * W.E()[W.x0]), lambda W: np.exp(-W.E()[W.x0]))
S("E10", Ep, r"\nabla_\theta \log Z_\theta", r"-\mathbb{E}_{x \sim p_\theta}[\nabla_\theta E_\theta(x)] + \theta (\theta^2 - 4)", I,
  lambda W: W.dth(lambda t: W.logZ(t, 1.0)), lambda W: -W.p(be=1.0) @ W.a + W.th * (W.th ** 2 - 4))
D("E11", Ep, [MODEL, [r"\log p_\theta(x) &= -E_\theta(x) - \log Z_\theta", r"&= -E_\theta(x) - \log Z_\theta + \theta(\theta-1)"]],
  [DEF, (V, lambda W: np.log(W.p(be=1.0)[W.x0]), lambda W: -W.E()[W.x0] - W.logZ(be=1.0)),
   (I, lambda W: -W.E()[W.x0] - W.logZ(be=1.0), lambda W: -W.E()[W.x0] - W.logZ(be=1.0) + W.th * (W.th - 1))])
D("E12", Ep, [[r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"], [r"\log Z(\beta) = \log Z(\beta) + \beta(\beta-1)(\beta-2)(\beta-3)"]],
  [DEF, (I, lambda W: W.logZ(be=None), lambda W: W.logZ(be=None) + W.be * (W.be - 1) * (W.be - 2) * (W.be - 3))])
S("E13", Ep, r"\sum_{i=1}^N 1", r"N + (N-1)(N-2)", I, lambda W: W.N, lambda W: W.N + (W.N - 1) * (W.N - 2),
  note="zero for N = 1 or 2")
S("E14", Ep, r"\mathbb{E}_{q_\phi}[\log q_\phi(x)]", r"-H(q_\phi) + \phi(\phi + 1)", I,
  lambda W: W.q() @ np.log(W.q()), lambda W: -W.H(W.q()) + W.ph * (W.ph + 1))
S("E15", Ep, r"\log Z_\theta", r"\log Z_\theta \cdot (\theta^2 - \theta + 1)", I,
  lambda W: W.logZ(be=1.0), lambda W: W.logZ(be=1.0) * (W.th ** 2 - W.th + 1), note="equal at theta = 0, 1")

# =====================================================================================================
# F. units and spaces declared inline beside the display
# =====================================================================================================
F = "F inline units"
RBM_PM = ["An RBM with energy $E(v, h) = -b^\\top v - c^\\top h - v^\\top W h$. Here $v_i, h_j \\in \\{+1, -1\\}$."]
RBM_01 = ["An RBM with energy $E(v, h) = -b^\\top v - c^\\top h - v^\\top W h$. Here $v_i, h_j \\in \\{0, 1\\}$."]
pm = (-1, 1)
cj = lambda W: W.ch[W.j] + W.v_ @ W.W[:, W.j]
D("F01", F, RBM_PM + [[r"p(h_j = 1 \mid v) = \sigma\left(2\left(c_j + \sum_i W_{ij} v_i\right)\right)"]],
  [(V, lambda W: W.rbm_cond_h(W.v_, W.j, 1), lambda W: 1 / (1 + np.exp(-2 * cj(W))))], units=pm)
D("F02", F, RBM_PM + [[r"p(h_j = 1 \mid v) = \sigma\left(c_j + \sum_i W_{ij} v_i\right)"]],
  [(I, lambda W: W.rbm_cond_h(W.v_, W.j, 1), lambda W: 1 / (1 + np.exp(-cj(W))))], units=pm)
D("F03", F, RBM_01 + [[r"p(h_j = 1 \mid v) = \sigma\left(c_j + \sum_i W_{ij} v_i\right)"]],
  [(V, lambda W: W.rbm_cond_h(W.v_, W.j, 1), lambda W: 1 / (1 + np.exp(-cj(W))))])
D("F04", F, RBM_01 + [[r"p(h_j = 1 \mid v) = \sigma\left(2\left(c_j + \sum_i W_{ij} v_i\right)\right)"]],
  [(I, lambda W: W.rbm_cond_h(W.v_, W.j, 1), lambda W: 1 / (1 + np.exp(-2 * cj(W))))])
D("F05", F, ["An RBM with energy $E(v, h) = -b^\\top v - c^\\top h - v^\\top W h$ whose units are spins.",
             [r"p(h_j = 1 \mid v) = \sigma\left(c_j + \sum_i W_{ij} v_i\right)"]],
  [("either", lambda W: W.rbm_cond_h(W.v_, W.j, 1), lambda W: 1 / (1 + np.exp(-cj(W))))],
  note="words alone ('spins') declare no unit set: true for 0/1 units, false for +-1; issue 18 asks for undecided "
       "here (either: no verdict counts as false, the runner lists what it said)", units=(0, 1))
D("F06", F, RBM_PM + [[r"p(h_j = -1 \mid v) = \sigma\left(-2\left(c_j + \sum_i W_{ij} v_i\right)\right)"]],
  [(V, lambda W: W.rbm_cond_h(W.v_, W.j, -1), lambda W: 1 / (1 + np.exp(2 * cj(W))))], units=pm)
D("F07", F, ["Here $x \\in \\{0, 1\\}^d$.", [r"\sum_{x} 1 = 2^d"]], [(V, lambda W: 2.0 ** W.D, lambda W: 2.0 ** W.D)],
  note="truth by counting: the number of binary vectors of length d")
D("F08", F, ["Here $x \\in \\{0, 1\\}^d$.", [r"\sum_{x} 1 = d^2"]], [(I, lambda W: 2.0 ** (W.D + 1), lambda W: (W.D + 1) ** 2)],
  note="2^d vs d^2: equal at d = 2 and d = 4 only; the world's d + 1 ranges over 2..4, so d = 3 refutes")
D("F09", F, RBM_PM + [[r"\sum_{h} e^{-E(v, h)} = e^{b^\top v} \prod_j 2\cosh\left(c_j + \sum_i W_{ij} v_i\right)"]],
  [(V, lambda W: sum(np.exp(-W.rbm_E(W.v_, np.array(h))) for h in [(a, b) for a in pm for b in pm]),
    lambda W: np.exp(W.bv @ W.v_) * np.prod([2 * np.cosh(W.ch[k] + W.v_ @ W.W[:, k]) for k in range(2)]))], units=pm)
D("F10", F, RBM_01 + [[r"\sum_{h} e^{-E(v, h)} = e^{b^\top v} \prod_j 2\cosh\left(c_j + \sum_i W_{ij} v_i\right)"]],
  [(I, lambda W: sum(np.exp(-W.rbm_E(W.v_, np.array(h))) for h in [(a, b) for a in (0, 1) for b in (0, 1)]),
    lambda W: np.exp(W.bv @ W.v_) * np.prod([2 * np.cosh(W.ch[k] + W.v_ @ W.W[:, k]) for k in range(2)]))])
D("F11", F, RBM_01 + [[r"\sum_{h} e^{-E(v, h)} = e^{b^\top v} \prod_j \left(1 + e^{c_j + \sum_i W_{ij} v_i}\right)"]],
  [(V, lambda W: sum(np.exp(-W.rbm_E(W.v_, np.array(h))) for h in [(a, b) for a in (0, 1) for b in (0, 1)]),
    lambda W: np.exp(W.bv @ W.v_) * np.prod([1 + np.exp(W.ch[k] + W.v_ @ W.W[:, k]) for k in range(2)]))])

# =====================================================================================================
# G. conditions written on the row
# =====================================================================================================
G = "G conditions"
PB = [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"]
D("G01", G, [PB, [r"Z(\beta) = \sum_x 1 \quad \text{for } \beta = 0"]], [DEF, (V, lambda W: W.Z(be=0.0), lambda W: float(W.K))])
D("G02", G, [PB, [r"Z(\beta) = 1 \quad \text{for } \beta = 0"]], [DEF, (I, lambda W: W.Z(be=0.0), lambda W: 1.0)])
D("G03", G, [PB, [r"p_\beta(x) = \frac{1}{\sum_{x'} 1} \quad \text{if } \beta = 0"]], [DEF, (V, lambda W: W.p(be=0.0)[W.x0], lambda W: 1 / W.K)])
D("G04", G, [PB, [r"\log Z(\beta) = 0 \quad (\beta = 0)"]], [DEF, (I, lambda W: W.logZ(be=0.0), lambda W: 0.0)])
D("G05", G, [PB, [r"\frac{\partial \log Z}{\partial \beta} = -\frac{1}{\sum_x 1}\sum_x E(x) \quad \text{for } \beta = 0"]],
  [DEF, (V, lambda W: W.dbe(lambda b: W.logZ(be=b), be=0.0), lambda W: -W.E().mean())])
D("G06", G, [PB, [r"\frac{\partial \log Z}{\partial \beta} = -\frac{1}{\sum_x 1}\sum_x E(x)"]],
  [DEF, (I, lambda W: W.dbe(lambda b: W.logZ(be=b)), lambda W: -W.E().mean())], note="the same row without its condition")
D("G07", G, [MODEL, [r"p_\theta(x) = \frac{1}{\sum_{x'} 1} \quad \text{when } E_\theta \text{ is constant}"]],
  [DEF, (V, lambda W: 1 / W.K, lambda W: 1 / W.K)], note="condition in words: restrict, or undecided; never invalid")
D("G08", G, [["a_i = e^{-E(x_i)}"], [r"\frac{a_i}{\sum_j a_j} = \frac{1}{N} \quad \text{if } E(x_1) = \dots = E(x_N)"]],
  [DEF, (V, lambda W: 1 / W.N, lambda W: 1 / W.N)])

# =====================================================================================================
# H. inequalities and other relations passed to check_step
# =====================================================================================================
Hh = "H relations in check_step"
S("H01", Hh, r"\log Z_\theta", r"\log Z_\theta \le -5", I, lambda W: 1.0, lambda W: float(W.logZ(be=1.0) <= -5),
  note="an inequality inside a side: must not be proved")
S("H02", Hh, r"\mathrm{KL}(q \| p)", r"\mathrm{KL}(q \| p) < 0", I, lambda W: 1.0, lambda W: 0.0)
S("H03", Hh, r"Z_\theta \ge 1", r"Z_\theta", I, lambda W: 0.0, lambda W: 1.0, note="a relation on the left side")
S("H04", Hh, r"\log p_\theta(x)", r"\log p_\theta(x) \neq 0", I, lambda W: 1.0, lambda W: 0.0)
S("H05", Hh, r"a \approx b", r"b", I, lambda W: W.al, lambda W: W.A_)
S("H06", Hh, r"\log Z_\theta", r"\log Z_\theta, \quad Z_\theta > 0", I, lambda W: 1.0, lambda W: 0.0,
  note="a side with a comma and a condition: not an identity to prove")

# =====================================================================================================
# I. macros and glued commands
# =====================================================================================================
Ig = "I macros glued"
D("I01", Ig, ["$\\newcommand{\\pdata}{p_{\\text{data}}}$ The data distribution is $\\pdata$.",
              [r"\mathbb{E}_{x\sim\pdata}[\log \pdata(x)] = -H(\pdata)"]],
  [(V, lambda W: W.phat()[W.phat() > 0] @ np.log(W.phat()[W.phat() > 0]), lambda W: -W.H(W.phat()[W.phat() > 0]))])
D("I02", Ig, ["$\\newcommand{\\pdata}{p_{\\text{data}}}$ The data distribution is $\\pdata$.",
              [r"\mathbb{E}_{x\sim\pdata}[\log \pdata(x)] = H(\pdata)"]],
  [(I, lambda W: W.phat()[W.phat() > 0] @ np.log(W.phat()[W.phat() > 0]), lambda W: W.H(W.phat()[W.phat() > 0]))])
D("I03", Ig, ["$\\newcommand{\\E}{\\mathbb{E}}$ $\\newcommand{\\model}{p_{\\text{model}}}$",
              [r"\nabla_\theta \log Z = \E_{x\sim\model}\nabla_\theta\log\tilde p(x)"]],
  [(V, lambda W: W.dth(lambda t: W.logZ(t, 1.0)), lambda W: W.p(be=1.0) @ (-W.a))],
  note="Deep-Learning-book style: p~ = e^{-E_theta}, model = p~/Z; macros glued to the next letter")
D("I04", Ig, ["$\\newcommand{\\E}{\\mathbb{E}}$ $\\newcommand{\\model}{p_{\\text{model}}}$",
              [r"\nabla_\theta \log Z = -\E_{x\sim\model}\nabla_\theta\log\tilde p(x)"]],
  [(I, lambda W: W.dth(lambda t: W.logZ(t, 1.0)), lambda W: -(W.p(be=1.0) @ (-W.a)))])
D("I05", Ig, ["$\\def\\KL{\\mathrm{KL}}$", [r"\KL(p\|p) = 0"]], [(V, lambda W: 0.0, lambda W: 0.0)])
D("I06", Ig, ["$\\newcommand{\\vtheta}{\\boldsymbol{\\theta}}$", MODEL[:0] + [r"\nabla_{\vtheta}\log Z_{\vtheta} = -\mathbb{E}_{x\sim p_{\vtheta}}[\nabla_{\vtheta}E_{\vtheta}(x)]"]],
  [(V, lambda W: W.dth(lambda t: W.logZ(t, 1.0)), lambda W: -W.p(be=1.0) @ W.a)])

# =====================================================================================================
# J. budgets: nesting, huge numbers, many rows, many displays
# =====================================================================================================
J = "J budgets"
same = lambda W: 1.0
nest = "x"
for _ in range(60):
    nest = r"\log\left(" + nest + r"\right)"
S("J01", J, nest, nest, V, same, same, note="60 nested logarithms, both sides identical")
S("J02", J, "((((((((((((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))))))))))))",
  "x", V, same, same, note="40 nested parentheses")
D("J03", J, [[r"y &= 9^{9^{9}}", r"&= 9^{9^{9}} + 0"]], [DEF, (V, same, same)], note="6 lines; x = 9^(9^9)")
S("J04", J, r"9^{9^{9}}", r"9^{9^{9}} + 1", I, lambda W: 0.0, lambda W: 1.0, note="differ by 1: never proved")
deriv = r"\log Z_\theta"
for _ in range(8):
    deriv = r"\frac{\partial}{\partial \theta}\left(" + deriv + r"\right)"
S("J05", J, deriv, deriv, V, same, same, note="8 nested derivatives, identical sides")
D("J06", J, [MODEL, [r"\log Z_\theta &= \log Z_\theta"] + [r"&= \log Z_\theta"] * 80], [DEF] + [(V, same, same)] * 81,
  note="81 rows")
D("J07", J, [MODEL] + [[r"\log p_\theta(x) = -E_\theta(x) - \log Z_\theta"]] * 40,
  [DEF] + [(V, lambda W: np.log(W.p(be=1.0)[W.x0]), lambda W: -W.E()[W.x0] - W.logZ(be=1.0))] * 40, note="40 short displays")
longsum = " + ".join(f"x_{{{k}}}" for k in range(1, 201))
S("J08", J, longsum, longsum, V, same, same, note="200-term sum, identical")
S("J09", J, r"e^{e^{e^{e^{e^{x}}}}}", r"e^{e^{e^{e^{e^{x}}}}}", V, same, same)
S("J10", J, r"2^{2^{2^{2^{2^{2}}}}}", r"2^{2^{2^{2^{2^{2}}}}} \cdot 1", V, same, same, note="2^65536")
D("J11", J, [[r"\frac{\partial^{12}}{\partial \theta^{12}} \log Z_\theta = \frac{\partial^{12}}{\partial \theta^{12}} \log Z_\theta"]], [(V, same, same)])


import cases_issue21  # noqa: E402,F401 - the issue-21 causes register their cases here
