"""hostile4 cases F-K: units, conditions, inequalities, latent variables and RBMs, exponential families, Ising."""
import numpy as np

from build import D, DEF, I, S, V
from common import MODEL, PB, KLs, Hs, lse, hin, vin, vidx, rph, rpvh, CE, H, KL, d1, d2, sig, softmax  # noqa: F401

# ================================================================ F units declared inline vs in words
F = "F units inline"
D("F01", F, [r"Here $s \in \{-1, +1\}$.", [r"s^2 = 1"]], [(V, lambda W: W.s1 ** 2, lambda W: 1.0)], units=(-1, 1))
D("F02", F, [r"Here $s \in \{0, 1\}$.", [r"s^2 = 1"]], [(I, lambda W: W.s1 ** 2, lambda W: 1.0)], units=(0, 1))
D("F03", F, [r"Here $s \in \{0, 1\}$.", [r"s^2 = s"]], [(V, lambda W: W.s1 ** 2, lambda W: W.s1)], units=(0, 1))
D("F04", F, [r"Each unit takes the values $s_i = \pm 1$.", [r"\sum_{s_i} s_i = 0"]], [(V, lambda W: float(sum(W.units)), lambda W: 0.0)], units=(-1, 1))
D("F05", F, [r"Each unit takes the values $s_i \in \{0, 1\}$.", [r"\sum_{s_i} s_i = 0"]], [(I, lambda W: float(sum(W.units)), lambda W: 0.0)], units=(0, 1))
RPM = r"Visible units $v \in \{-1, 1\}^n$, hidden units $h \in \{-1, 1\}^m$, energy $E(v, h) = -a^\top v - b^\top h - v^\top W h$."
D("F06", F, [RPM, [r"p(h_j = -1 \mid v) = \sigma\left(-2 b_j - 2\sum_i W_{ij} v_i\right)"]],
  [(V, lambda W: W.rcond_h(W.v_, W.j, -1), lambda W: sig(-2 * hin(W)))], units=(-1, 1))
D("F07", F, [RPM, [r"p(h_j = -1 \mid v) = 1 - \sigma\left(b_j + \sum_i W_{ij} v_i\right)"]],
  [(I, lambda W: W.rcond_h(W.v_, W.j, -1), lambda W: 1 - sig(hin(W)))], units=(-1, 1), note="the 0/1 formula used for +-1 units")
RB = (r"Visible units $\mathbf{v} \in \{0, 1\}^n$, hidden units $\mathbf{h} \in \{0, 1\}^m$, energy "
      r"$E(\mathbf v, \mathbf h) = -\mathbf a^\top \mathbf v - \mathbf b^\top \mathbf h - \mathbf v^\top \mathbf W \mathbf h$.")
D("F08", F, [RB, [r"\mathbb{E}[h_j \mid \mathbf v] = p(h_j = 1 \mid \mathbf v)"]],
  [(V, lambda W: sum(W.rcond_h(W.v_, W.j, u) * u for u in W.units), lambda W: W.rcond_h(W.v_, W.j, 1))], units=(0, 1))
Ev2 = lambda W: sum(W.rcond_v(W.h_, W.i, u) * u * u for u in W.units)
D("F09", F, [RPM, [r"\mathbb{E}[v_i^2 \mid h] = 1"]], [(V, Ev2, lambda W: 1.0)], units=(-1, 1))
D("F10", F, [RB, [r"\mathbb{E}[v_i^2 \mid \mathbf h] = 1"]], [(I, Ev2, lambda W: 1.0)], units=(0, 1))
import itertools as _it
cube = lambda W: [np.array(s, float) for s in _it.product(W.units, repeat=W.dd)]
D("F11", F, [r"Let $x \in \{-1, 1\}^d$.", [r"\sum_{x} \prod_{i=1}^d x_i = 0"]], [(V, lambda W: sum(np.prod(s) for s in cube(W)), lambda W: 0.0)], units=(-1, 1))
D("F12", F, [r"Let $x \in \{0, 1\}^d$.", [r"\sum_{x} \lVert x \rVert^2 = d\, 2^{d-1}"]],
  [(V, lambda W: sum(s @ s for s in cube(W)), lambda W: W.dd * 2.0 ** (W.dd - 1))], units=(0, 1))
D("F13", F, [r"Let $x \in \{-1, 1\}^d$.", [r"\sum_{x} \lVert x \rVert^2 = d\, 2^{d-1}"]],
  [(I, lambda W: sum(s @ s for s in cube(W)), lambda W: W.dd * 2.0 ** (W.dd - 1))], units=(-1, 1))
D("F14", F, [r"The units are binary.", [r"\sum_{s} s^2 = 2"]],
  [("either", (lambda W: float(sum(u * u for u in (-1, 1))), lambda W: 2.0), (lambda W: float(sum(u * u for u in (0, 1))), lambda W: 2.0))], note="binary: {-1,1} (true) or {0,1} (false)")
D("F15", F, [[r"\sum_{s} e^{\beta h s} = 2\cosh(\beta h)"], r"where $s \in \{-1, 1\}$ is a spin and $h$ a field."],
  [(V, lambda W: np.exp(W.be * W.hf) + np.exp(-W.be * W.hf), lambda W: 2 * np.cosh(W.be * W.hf))], note="units declared after the display")
D("F16", F, [[r"\sum_{s_1, s_2 \in \{-1, 1\}} s_1 s_2 = 0"]], [(V, lambda W: float(sum(a * b for a in (-1, 1) for b in (-1, 1))), lambda W: 0.0)], note="units in the sum's own domain")

# ================================================================ G conditions on a row
G = "G conditions"
D("G01", G, [MODEL, [r"\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i) = \log p_\theta(x_1) \quad \text{if } x_1 = x_2 = \dots = x_N"]],
  [DEF, (V, lambda W: np.log(W.p()[W.x0]), lambda W: np.log(W.p()[W.x0]))])
D("G02", G, [MODEL, [r"\frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i) = \log p_\theta(x_1) \quad \text{if } N \ge 1"]],
  [DEF, (I, lambda W: np.log(W.p()[W.data]).mean(), lambda W: np.log(W.p()[W.data[0]]))], note="a condition that restricts nothing")
D("G03", G, [E2G := [r"E_\theta(x) = \theta_1 f(x) + \theta_2 g(x)"], MODEL, [r"\log Z_\theta = \log \sum_x e^{-\theta_1 f(x)} \quad (\theta_2 = 0)"]],
  [DEF, DEF, (V, lambda W: W.logZ2p(W.t1, 0.0), lambda W: lse(-W.t1 * W.f))])
D("G04", G, [E2G, MODEL, [r"\log Z_\theta = \log \sum_x e^{-\theta_1 f(x)} \quad (\theta_1 = 0)"]],
  [DEF, DEF, (I, lambda W: W.logZ2p(0.0, W.t2), lambda W: lse(-W.t1 * W.f))])
SIG = r"The logistic function is $\sigma(a) = 1/(1 + e^{-a})$."
D("G05", G, [SIG, [r"\sigma(a) = \frac{1}{2} \quad \text{for } a = 0"]], [(V, lambda W: sig(0.0), lambda W: 0.5)])
D("G06", G, [SIG, [r"\sigma(a) = \frac{1}{2} \quad \text{for } a = 1"]], [(I, lambda W: sig(1.0), lambda W: 0.5)])
D("G07", G, [[r"\frac{1}{N}\sum_{i=1}^N E(x_i) = E(x_1) \quad \text{when } N = 1"]], [(V, lambda W: W.b[W.data[0]], lambda W: W.b[W.data[0]])])
D("G08", G, [[r"\frac{1}{N}\sum_{i=1}^N E(x_i) = E(x_1) \quad \text{when } N = 2"]],
  [(I, lambda W: 0.5 * (W.b[W.x1] + W.b[W.x2]), lambda W: W.b[W.x1])], note="two different points refute it")
D("G09", G, [MODEL, [r"\log Z_\theta = -\mathbb{E}_{x\sim q}[E_\theta(x)] + H(q) \quad \text{where } q = p_\theta"]],
  [DEF, (V, lambda W: W.logZ(), lambda W: -(W.p() @ W.E()) + Hs(W.p()))])
D("G10", G, [MODEL, r"For any distribution $q$:", [r"\log Z_\theta = -\mathbb{E}_{x\sim q}[E_\theta(x)] + H(q)"]],
  [DEF, (I, lambda W: W.logZ(), lambda W: -(W.qq @ W.E()) + Hs(W.qq))])
ISP = r"Spins $s \in \{-1, +1\}^n$ on an open chain, with coupling $J$ and field $h$:"
IE = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1} - h \sum_{i=1}^{n} s_i"]
IP = [r"p_\beta(s) = \frac{e^{-\beta E(s)}}{Z(\beta)}"]
ISING = [ISP, IE, IP]
D("G11", G, ISING + [[r"Z(\beta) = \left(2\cosh(\beta h)\right)^n \quad (J = 0)"]],
  [DEF, DEF, (V, lambda W: W.iZ(J=0.0), lambda W: (2 * np.cosh(W.be * W.hf)) ** W.ns)])
D("G12", G, ISING + [[r"Z(\beta) = \left(2\cosh(\beta h)\right)^n \quad (h = 0)"]],
  [DEF, DEF, (I, lambda W: W.iZ(hf=0.0), lambda W: 2.0 ** W.ns)])
D("G13", G, [PB, [r"\mathrm{Var}_{x\sim p_\beta}[E(x)] = 0 \quad \text{provided } E(x) = c \text{ for every } x"]],
  [DEF, (V, lambda W: W.var(W.pb(), np.full(W.K, W.cc)), lambda W: 0.0)])
D("G14", G, [PB, [r"\mathrm{Var}_{x\sim p_\beta}[E(x)] = 0 \quad \text{provided } \beta > 0"]],
  [DEF, (I, lambda W: W.var(W.pb(), W.b), lambda W: 0.0)])

# ================================================================ H inequalities
Hh = "H inequalities"
D("H01", Hh, [MODEL, [r"\log Z_\theta \ge -\min_x E_\theta(x)"]], [DEF, (V, lambda W: W.logZ(), lambda W: -W.E().min(), ">=")])
D("H02", Hh, [MODEL, [r"\log Z_\theta \le -\min_x E_\theta(x)"]], [DEF, (I, lambda W: W.logZ(), lambda W: -W.E().min(), "<=")])
D("H03", Hh, [MODEL, [r"\log Z_\theta \le \log \sum_x 1 - \min_x E_\theta(x)"]], [DEF, (V, lambda W: W.logZ(), lambda W: np.log(W.K) - W.E().min(), "<=")])
D("H04", Hh, [MODEL, [r"p_\theta(x) \ge \frac{1}{\sum_{x'} 1}"]], [DEF, (I, lambda W: W.p().min(), lambda W: 1 / W.K, ">=")])
jl = lambda W: np.log(W.p()[W.data].mean())
jr = lambda W: np.log(W.p()[W.data]).mean()
D("H05", Hh, [MODEL, [r"\log\left(\frac{1}{N}\sum_{i=1}^N p_\theta(x_i)\right) \ge \frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)"]], [DEF, (V, jl, jr, ">=")])
D("H06", Hh, [MODEL, [r"\log\left(\frac{1}{N}\sum_{i=1}^N p_\theta(x_i)\right) \le \frac{1}{N}\sum_{i=1}^N \log p_\theta(x_i)"]], [DEF, (I, jl, jr, "<=")])
PQ = r"Let $p$ and $q$ be distributions on a finite set, both positive."
chi = lambda W: float(((W.pp - W.qq) ** 2 / W.qq).sum())
D("H07", Hh, [PQ, [r"\mathrm{KL}(p \,\|\, q) \le \sum_x \frac{\left(p(x) - q(x)\right)^2}{q(x)}"]], [(V, lambda W: KLs(W.pp, W.qq), chi, "<=")])
D("H08", Hh, [PQ, [r"\mathrm{KL}(p \,\|\, q) \ge \sum_x \frac{\left(p(x) - q(x)\right)^2}{q(x)}"]], [(I, lambda W: KLs(W.pp, W.qq), chi, ">=")])
D("H09", Hh, [PQ, [r"H(p) \ge -\log \max_x p(x)"]], [(V, lambda W: Hs(W.pp), lambda W: -np.log(W.pp.max()), ">=")])
D("H10", Hh, [PQ, [r"H(p) \le -\log \max_x p(x)"]], [(I, lambda W: Hs(W.pp), lambda W: -np.log(W.pp.max()), "<=")])
AR = r"For every real number $a$:"
sp = lambda W: np.log1p(np.exp(W.al))
D("H11", Hh, [AR, [r"\log\left(1 + e^{a}\right) \ge \max(a, 0)"]], [(V, sp, lambda W: max(W.al, 0.0), ">=")])
D("H12", Hh, [AR, [r"\log\left(1 + e^{a}\right) \le \max(a, 0)"]], [(I, sp, lambda W: max(W.al, 0.0), "<=")])
LG = r"Logits $z_1, \dots, z_K$."
D("H13", Hh, [LG, [r"\log \sum_{j=1}^K e^{z_j} \le \max_j z_j + \log K"]], [(V, lambda W: lse(W.z), lambda W: W.z.max() + np.log(W.Kz), "<=")])
D("H14", Hh, [LG, [r"\log \sum_{j=1}^K e^{z_j} \le \max_j z_j"]], [(I, lambda W: lse(W.z), lambda W: W.z.max(), "<=")])
D("H15", Hh, [MODEL, [r"\log Z_\theta &= \log \sum_x e^{-E_\theta(x)}", r"&\ge \log e^{-E_\theta(x_0)}", r"&= -E_\theta(x_0)"]],
  [DEF, (V, lambda W: W.logZ(), lambda W: np.log(np.exp(-W.E()).sum())), (V, lambda W: W.logZ(), lambda W: -W.E()[W.x0], ">="),
   (V, lambda W: -W.E()[W.x0], lambda W: -W.E()[W.x0])])
D("H16", Hh, [MODEL, [r"-\log p_\theta(x) &= E_\theta(x) + \log Z_\theta", r"&\le E_\theta(x) - \min_{x'} E_\theta(x')"]],
  [DEF, (V, lambda W: -np.log(W.p()[W.x0]), lambda W: W.E()[W.x0] + W.logZ()),
   (I, lambda W: W.E()[W.x0] + W.logZ(), lambda W: W.E()[W.x0] - W.E().min(), "<=")], note="log Z >= -min E, so the bound goes the other way")
D("H17", Hh, [FG_ := r"Let $p$ be a distribution on a finite set and $f$, $g$ two real functions on it.",
              [r"\mathbb{E}_p[f(x)\, g(x)]^2 \le \mathbb{E}_p[f(x)^2]\, \mathbb{E}_p[g(x)^2]"]],
  [(V, lambda W: (W.pp @ (W.f * W.g)) ** 2, lambda W: (W.pp @ W.f ** 2) * (W.pp @ W.g ** 2), "<=")])
D("H18", Hh, [FG_, [r"\mathbb{E}_p[f(x)\, g(x)]^2 \le \mathbb{E}_p[f(x)^2]\, \mathbb{E}_p[g(x)]^2"]],
  [(I, lambda W: (W.pp @ (W.f * W.g)) ** 2, lambda W: (W.pp @ W.f ** 2) * (W.pp @ W.g) ** 2, "<=")])
D("H19", Hh, [AR, [r"0 < \sigma(a) < 1"]], [[(V, lambda W: 0.0, lambda W: sig(W.al), "<"), (V, lambda W: sig(W.al), lambda W: 1.0, "<")]])
D("H20", Hh, [AR, [r"\sigma(a) > \frac{1}{2}"]], [(I, lambda W: sig(W.al), lambda W: 0.5, ">")])

# ================================================================ I latent variables and RBMs
Ii = "I latent and RBM"
FV = [r"F(\mathbf v) = -\log \sum_{\mathbf h} e^{-E(\mathbf v, \mathbf h)}"]
ei = lambda W: np.eye(W.n)[W.i]
dFda = lambda W: d1(lambda t: W.rfree(W.v_, ra=W.ra + t * ei(W)), 0.0)
def dFdW(W):
    M = np.zeros((W.n, W.n)); M[W.i, W.j] = 1.0
    return d1(lambda t: W.rfree(W.v_, W=W.W + t * M), 0.0)
D("I01", Ii, [RB, FV, [r"\frac{\partial F(\mathbf v)}{\partial a_i} = -v_i"]], [DEF, (V, dFda, lambda W: -W.v_[W.i])], units=(0, 1))
D("I02", Ii, [RB, FV, [r"\frac{\partial F(\mathbf v)}{\partial a_i} = v_i"]], [DEF, (I, dFda, lambda W: W.v_[W.i])], units=(0, 1))
D("I03", Ii, [RB, FV, [r"\frac{\partial F(\mathbf v)}{\partial W_{ij}} = -v_i\,\sigma\left(b_j + \sum_k W_{kj} v_k\right)"]],
  [DEF, (V, dFdW, lambda W: -W.v_[W.i] * sig(hin(W)))], units=(0, 1))
D("I04", Ii, [RB, FV, [r"\frac{\partial F(\mathbf v)}{\partial W_{ij}} = -\sigma\left(b_j + \sum_k W_{kj} v_k\right)"]],
  [DEF, (I, dFdW, lambda W: -sig(hin(W)))], units=(0, 1), note="the factor v_i is missing")
Zr = lambda W: float(sum(np.exp(-W.rE(v, h)) for v in W.vstates for h in W.vstates))
prodv = lambda W: float(np.prod([1 + np.exp(hin(W, W.v_, j)) for j in range(W.n)]))
D("I05", Ii, [RB, [r"p(\mathbf v) = \frac{1}{Z}\, e^{\mathbf a^\top \mathbf v} \prod_{j} \left(1 + e^{b_j + (\mathbf W^\top \mathbf v)_j}\right)"]],
  [(V, lambda W: W.rpv(W.v_), lambda W: np.exp(W.ra @ W.v_) * prodv(W) / Zr(W))], units=(0, 1))
D("I06", Ii, [RB, [r"p(\mathbf v) = \frac{1}{Z} \prod_{j} \left(1 + e^{b_j + (\mathbf W^\top \mathbf v)_j}\right)"]],
  [(I, lambda W: W.rpv(W.v_), lambda W: prodv(W) / Zr(W))], units=(0, 1), note="visible bias term missing")
prodh = lambda W: float(np.prod([1 + np.exp(vin(W, W.h_, i)) for i in range(W.n)]))
D("I07", Ii, [RB, [r"p(\mathbf h) = \frac{1}{Z}\, e^{\mathbf b^\top \mathbf h} \prod_{i} \left(1 + e^{a_i + (\mathbf W \mathbf h)_i}\right)"]],
  [(V, lambda W: rph(W, W.h_), lambda W: np.exp(W.rb @ W.h_) * prodh(W) / Zr(W))], units=(0, 1))
def cond_prod(W):
    pv = np.prod([W.rcond_v(W.h_, i, W.v_[i]) for i in range(W.n)])
    ph = np.prod([W.rcond_h(W.v_, j, W.h_[j]) for j in range(W.n)])
    return float(pv * ph)
D("I08", Ii, [RB, [r"p(\mathbf v, \mathbf h) = \prod_i p(v_i \mid \mathbf h) \prod_j p(h_j \mid \mathbf v)"]],
  [(I, lambda W: rpvh(W, W.v_, W.h_), cond_prod)], units=(0, 1), note="two conditionals do not make the joint")
D("I09", Ii, [RB, FV, [r"\frac{p(\mathbf v)}{p(\mathbf v')} = e^{F(\mathbf v') - F(\mathbf v)}"]],
  [DEF, (V, lambda W: W.rpv(W.v_) / W.rpv(W.h_), lambda W: np.exp(W.rfree(W.h_) - W.rfree(W.v_)))], units=(0, 1))
D("I10", Ii, [RB, FV, [r"\frac{p(\mathbf v)}{p(\mathbf v')} = e^{F(\mathbf v) - F(\mathbf v')}"]],
  [DEF, (I, lambda W: W.rpv(W.v_) / W.rpv(W.h_), lambda W: np.exp(W.rfree(W.v_) - W.rfree(W.h_)))], units=(0, 1))
def eE(W):
    w = np.array([np.exp(-W.rE(W.v_, h)) for h in W.vstates]); w /= w.sum()
    return float(w @ np.array([W.rE(W.v_, h) for h in W.vstates]))
D("I11", Ii, [RB, [r"\mathbb{E}_{\mathbf h\sim p(\mathbf h\mid \mathbf v)}[E(\mathbf v, \mathbf h)] = -\mathbf a^\top \mathbf v - \sum_j \sigma\left(b_j + (\mathbf W^\top \mathbf v)_j\right)\left(b_j + (\mathbf W^\top \mathbf v)_j\right)"]],
  [(V, eE, lambda W: -W.ra @ W.v_ - sum(sig(hin(W, W.v_, j)) * hin(W, W.v_, j) for j in range(W.n)))], units=(0, 1))
LX = r"An energy-based model $p_\theta(v, h) = e^{-E_\theta(v, h)}/Z_\theta$ with a visible $v$ and a latent $h$."
gl = lambda W: d1(lambda t: np.log(W.pv(t)[W.v0]), W.th)
D("I12", Ii, [LX, [r"\nabla_\theta \log p_\theta(v) = -\mathbb{E}_{h\sim p_\theta(h\mid v)}[\nabla_\theta E_\theta(v, h)] + \mathbb{E}_{(v', h')\sim p_\theta}[\nabla_\theta E_\theta(v', h')]"]],
  [(V, gl, lambda W: W.post()[W.v0] @ W.L1[W.v0] - (W.joint() * W.L1).sum())])
D("I13", Ii, [LX, [r"\nabla_\theta \log p_\theta(v) = -\mathbb{E}_{h\sim p_\theta(h)}[\nabla_\theta E_\theta(v, h)] + \mathbb{E}_{(v', h')\sim p_\theta}[\nabla_\theta E_\theta(v', h')]"]],
  [(I, gl, lambda W: W.ph_() @ W.L1[W.v0] - (W.joint() * W.L1).sum())], note="prior instead of posterior")
logZl = lambda W: lse((W.th * W.L1 + W.L0).ravel())
D("I14", Ii, [LX, [r"\log p_\theta(v) = \log\sum_h e^{-E_\theta(v, h)} - \log Z_\theta"]],
  [(V, lambda W: np.log(W.pv()[W.v0]), lambda W: lse(W.th * W.L1[W.v0] + W.L0[W.v0]) - logZl(W))])
D("I15", Ii, [LX, [r"\log p_\theta(v) = -\sum_h E_\theta(v, h) - \log Z_\theta"]],
  [(I, lambda W: np.log(W.pv()[W.v0]), lambda W: (W.th * W.L1[W.v0] + W.L0[W.v0]).sum() - logZl(W))])
D("I16", Ii, [LX, [r"p_\theta(h \mid v) = \frac{e^{-E_\theta(v, h)}}{\sum_{v'} e^{-E_\theta(v', h)}}"]],
  [(I, lambda W: W.post()[W.v0, W.h0], lambda W: W.joint()[W.v0, W.h0] / W.joint()[:, W.h0].sum())], note="normalised over v instead of h")

# ================================================================ J exponential families, log-linear, softmax
J = "J exp family softmax"
EXP2 = [r"p_\eta(x) = \exp\left(\eta_1 T_1(x) + \eta_2 T_2(x) - A(\eta)\right)"]
Aeta = lambda W, e: lse(W.T2 @ e)
peta = lambda W: softmax(W.T2 @ W.eta)
def mixed(W, h=1e-3):
    f = lambda a, b: Aeta(W, W.eta + np.array([a, b]))
    return (f(h, h) - f(h, -h) - f(-h, h) + f(-h, -h)) / (4 * h * h)
cov12 = lambda W: peta(W) @ (W.T2[:, 0] * W.T2[:, 1]) - (peta(W) @ W.T2[:, 0]) * (peta(W) @ W.T2[:, 1])
D("J01", J, [EXP2, [r"\frac{\partial^2 A}{\partial\eta_1\,\partial\eta_2} = \mathrm{Cov}_{p_\eta}[T_1(x), T_2(x)]"]], [DEF, (V, mixed, cov12)])
D("J02", J, [EXP2, [r"\frac{\partial^2 A}{\partial\eta_1\,\partial\eta_2} = \mathbb{E}_{p_\eta}[T_1(x)\, T_2(x)]"]], [DEF, (I, mixed, lambda W: peta(W) @ (W.T2[:, 0] * W.T2[:, 1]))])
gA = lambda W: peta(W) @ W.T2
D("J03", J, [EXP2, [r"H(p_\eta) = A(\eta) - \eta_1 \frac{\partial A}{\partial \eta_1} - \eta_2 \frac{\partial A}{\partial \eta_2}"]],
  [DEF, (V, lambda W: Hs(peta(W)), lambda W: Aeta(W, W.eta) - W.eta @ gA(W))])
D("J04", J, [EXP2, [r"H(p_\eta) = A(\eta) + \eta_1 \frac{\partial A}{\partial \eta_1} + \eta_2 \frac{\partial A}{\partial \eta_2}"]],
  [DEF, (I, lambda W: Hs(peta(W)), lambda W: Aeta(W, W.eta) + W.eta @ gA(W))])
EXP1 = [r"p_\theta(x) = \exp\left(\theta\, T(x) - A(\theta)\right)"]
A1 = lambda W, t: lse(t * W.T)
breg = lambda W, s: A1(W, W.th2) - A1(W, W.th) - s * (W.th2 - W.th) * (softmax(W.th * W.T) @ W.T)
D("J05", J, [EXP1, [r"\mathrm{KL}(p_\theta \,\|\, p_{\theta'}) = A(\theta') - A(\theta) - (\theta' - \theta)\, \frac{\mathrm{d}A(\theta)}{\mathrm{d}\theta}"]],
  [DEF, (V, lambda W: KLs(softmax(W.th * W.T), softmax(W.th2 * W.T)), lambda W: breg(W, 1))])
D("J06", J, [EXP1, [r"\mathrm{KL}(p_\theta \,\|\, p_{\theta'}) = A(\theta') - A(\theta) + (\theta' - \theta)\, \frac{\mathrm{d}A(\theta)}{\mathrm{d}\theta}"]],
  [DEF, (I, lambda W: KLs(softmax(W.th * W.T), softmax(W.th2 * W.T)), lambda W: breg(W, -1))])
LGZ = r"Logits $z \in \mathbb{R}^K$."
D("J07", J, [LGZ, [r"\sum_{i} \mathrm{softmax}(z)_i\, z_i - \log\sum_j e^{z_j} = -H(\mathrm{softmax}(z))"]],
  [(V, lambda W: softmax(W.z) @ W.z - lse(W.z), lambda W: -Hs(softmax(W.z)))])
D("J08", J, [LGZ, [r"\sum_{i} \mathrm{softmax}(z)_i\, z_i - \log\sum_j e^{z_j} = H(\mathrm{softmax}(z))"]],
  [(I, lambda W: softmax(W.z) @ W.z - lse(W.z), lambda W: Hs(softmax(W.z)))])
ezi = lambda W: np.eye(W.Kz)[W.zi]
d2lse = lambda W: d2(lambda t: lse(W.z + t * ezi(W)), 0.0)
smi = lambda W: softmax(W.z)[W.zi]
S("J09", J, r"\frac{\partial^2}{\partial z_i^2}\log\sum_j e^{z_j}", r"\mathrm{softmax}(z)_i\left(1 - \mathrm{softmax}(z)_i\right)", (V, d2lse, lambda W: smi(W) * (1 - smi(W))))
S("J10", J, r"\frac{\partial^2}{\partial z_i^2}\log\sum_j e^{z_j}", r"\mathrm{softmax}(z)_i^2", (I, d2lse, lambda W: smi(W) ** 2))
S("J11", J, r"\log\sigma(a) + \log\sigma(-a)", r"-a - 2\log\left(1 + e^{-a}\right)",
  (V, lambda W: np.log(sig(W.al)) + np.log(sig(-W.al)), lambda W: -W.al - 2 * np.log1p(np.exp(-W.al))))
S("J12", J, r"\log\sigma(a) + \log\sigma(-a)", r"-2\log\left(1 + e^{-a}\right)",
  (I, lambda W: np.log(sig(W.al)) + np.log(sig(-W.al)), lambda W: -2 * np.log1p(np.exp(-W.al))))
BER = r"Let $\mu \in (0, 1)$ and $x \in \{0, 1\}$."
ber = lambda W: W.mu01 ** W.s1 * (1 - W.mu01) ** (1 - W.s1)
D("J13", J, [BER, [r"\mu^x (1 - \mu)^{1 - x} = \exp\left(x \log\frac{\mu}{1 - \mu} + \log(1 - \mu)\right)"]],
  [(V, ber, lambda W: np.exp(W.s1 * np.log(W.mu01 / (1 - W.mu01)) + np.log(1 - W.mu01)))], units=(0, 1))
D("J14", J, [BER, [r"\mu^x (1 - \mu)^{1 - x} = \exp\left(x \log\frac{\mu}{1 - \mu} - \log(1 - \mu)\right)"]],
  [(I, ber, lambda W: np.exp(W.s1 * np.log(W.mu01 / (1 - W.mu01)) - np.log(1 - W.mu01)))], units=(0, 1))
_LL = [r"p_{\boldsymbol\lambda}(x) = \frac{\exp\left(\boldsymbol\lambda^\top \mathbf{f}(x)\right)}{Z(\boldsymbol\lambda)}"]
plam = lambda W: softmax(W.F3 @ W.lam)
ek = lambda W: np.eye(3)[W.k]
d2lz = lambda W: d2(lambda t: lse(W.F3 @ (W.lam + t * ek(W))), 0.0)
dlt = lambda W: d1(lambda t: lse(W.z / t), W.tau)
S("J15", J, r"\frac{\partial}{\partial\tau}\log\sum_j e^{z_j/\tau}", r"-\frac{1}{\tau^2}\sum_j \mathrm{softmax}(z/\tau)_j\, z_j", (V, dlt, lambda W: -(softmax(W.z / W.tau) @ W.z) / W.tau ** 2))
S("J16", J, r"\frac{\partial}{\partial\tau}\log\sum_j e^{z_j/\tau}", r"\frac{1}{\tau}\sum_j \mathrm{softmax}(z/\tau)_j\, z_j", (I, dlt, lambda W: (softmax(W.z / W.tau) @ W.z) / W.tau))
# ================================================================ K Ising and beta
Kk = "K Ising beta"
M = lambda s: s.sum()
dMdh = lambda W: d1(lambda h: W.iavg(M, hf=h), W.hf)
varM = lambda W: W.iavg(lambda s: M(s) ** 2) - W.iavg(M) ** 2
D("K01", Kk, ISING + [[r"\frac{\partial}{\partial h}\left\langle \sum_{i=1}^n s_i \right\rangle = \beta\left(\left\langle \Big(\sum_{i=1}^n s_i\Big)^2 \right\rangle - \left\langle \sum_{i=1}^n s_i \right\rangle^2\right)"]],
  [DEF, DEF, (V, dMdh, lambda W: W.be * varM(W))])
D("K02", Kk, ISING + [[r"\frac{\partial}{\partial h}\left\langle \sum_{i=1}^n s_i \right\rangle = \left\langle \Big(\sum_{i=1}^n s_i\Big)^2 \right\rangle - \left\langle \sum_{i=1}^n s_i \right\rangle^2"]],
  [DEF, DEF, (I, dMdh, varM)], note="beta missing")
varE = lambda W: W.iavg(lambda s: W.iE(s) ** 2) - W.iavg(W.iE) ** 2
dEdb = lambda W: d1(lambda b: W.iavg(W.iE, be=b), W.be)
CH = [r"C = \beta^2\left(\langle E^2 \rangle - \langle E \rangle^2\right)"]
D("K03", Kk, ISING + [CH, [r"C = -\beta^2 \frac{\partial \langle E \rangle}{\partial \beta}"]], [DEF, DEF, DEF, (V, lambda W: W.be ** 2 * varE(W), lambda W: -W.be ** 2 * dEdb(W))])
D("K04", Kk, ISING + [CH, [r"C = \beta^2 \frac{\partial \langle E \rangle}{\partial \beta}"]], [DEF, DEF, DEF, (I, lambda W: W.be ** 2 * varE(W), lambda W: W.be ** 2 * dEdb(W))])
ISP0 = r"Spins $s \in \{-1, +1\}^n$ on an open chain with coupling $J$ and no field:"
IE0 = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1}"]
ISING0 = [ISP0, IE0, IP]
D("K05", Kk, ISING0 + [[r"\langle s_1 \rangle = 0"]], [DEF, DEF, (V, lambda W: W.iavg(lambda s: s[0], hf=0.0), lambda W: 0.0)])
D("K06", Kk, ISING + [[r"\langle s_1 \rangle = 0"]], [DEF, DEF, (I, lambda W: W.iavg(lambda s: s[0]), lambda W: 0.0)], note="a field breaks the symmetry")
D("K07", Kk, ISING0 + [[r"\langle s_1 s_2 \rangle = \tanh(\beta J)"]], [DEF, DEF, (V, lambda W: W.iavg(lambda s: s[0] * s[1], hf=0.0), lambda W: np.tanh(W.be * W.J))])
D("K08", Kk, ISING0 + [[r"\langle s_1 s_2 \rangle = \tanh(J)"]], [DEF, DEF, (I, lambda W: W.iavg(lambda s: s[0] * s[1], hf=0.0), lambda W: np.tanh(W.J))])
TWO = r"Two spins $s_1, s_2 \in \{-1, +1\}$ with energy $E(s) = -J s_1 s_2$ and $Z(\beta) = \sum_{s} e^{-\beta E(s)}$."
z2 = lambda W: 2 * np.exp(W.be * W.J) + 2 * np.exp(-W.be * W.J)
D("K09", Kk, [TWO, [r"Z(\beta) = 4\cosh(\beta J)"]], [(V, z2, lambda W: 4 * np.cosh(W.be * W.J))])
D("K10", Kk, [TWO, [r"Z(\beta) = 2\cosh(\beta J)"]], [(I, z2, lambda W: 2 * np.cosh(W.be * W.J))])
FI = [r"F = -\frac{1}{\beta}\log Z(\beta)"]
dFdh = lambda W: d1(lambda h: -np.log(W.iZ(hf=h)) / W.be, W.hf)
D("K11", Kk, ISING + [FI, [r"\frac{\partial F}{\partial h} = -\left\langle \sum_{i=1}^n s_i \right\rangle"]], [DEF, DEF, DEF, (V, dFdh, lambda W: -W.iavg(M))])
D("K12", Kk, ISING + [FI, [r"\frac{\partial F}{\partial h} = -\beta\left\langle \sum_{i=1}^n s_i \right\rangle"]], [DEF, DEF, DEF, (I, dFdh, lambda W: -W.be * W.iavg(M))])
def Hi(W):
    w = np.array([np.exp(-W.be * W.iE(s)) for s in W.sstates]); w /= w.sum()
    return Hs(w)
Fi = lambda W: -np.log(W.iZ()) / W.be
D("K13", Kk, ISING + [FI, [r"H(p_\beta) = \beta\left(\langle E \rangle - F\right)"]], [DEF, DEF, DEF, (V, Hi, lambda W: W.be * (W.iavg(W.iE) - Fi(W)))])
D("K14", Kk, ISING + [FI, [r"H(p_\beta) = \beta\left(F - \langle E \rangle\right)"]], [DEF, DEF, DEF, (I, Hi, lambda W: W.be * (Fi(W) - W.iavg(W.iE)))])
D("K15", Kk, [r"Units $s \in \{0, 1\}^n$ on an open chain with coupling $J$ and no field:", IE0, IP, [r"\langle s_1 s_2 \rangle = \tanh(\beta J)"]],
  [DEF, DEF, (I, lambda W: W.iavg(lambda s: s[0] * s[1], hf=0.0), lambda W: np.tanh(W.be * W.J))], spins=(0, 1), note="the +-1 result used for 0/1 units")
PT = [r"p_T(x) = \frac{e^{-E(x)/T}}{Z(T)}"]
dlzT = lambda W: d1(lambda t: W.logZb(1 / t), W.tau)
ET_ = lambda W: W.pb(1 / W.tau) @ W.b
D("K16", Kk, [r"The model at temperature $T > 0$:", PT, [r"\frac{\partial \log Z(T)}{\partial T} = \frac{\langle E \rangle_T}{T^2}"]], [DEF, (V, dlzT, lambda W: ET_(W) / W.tau ** 2)])
D("K17", Kk, [r"The model at temperature $T > 0$:", PT, [r"\frac{\partial \log Z(T)}{\partial T} = -\frac{\langle E \rangle_T}{T^2}"]], [DEF, (I, dlzT, lambda W: -ET_(W) / W.tau ** 2)])
