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
