"""hostile6 cases F-I: units declared inline, conditions on a row, RBMs, the ELBO."""
import numpy as np

from build import D, DEF, F, T
from world import CE, H, KL, d1, d2, lse, sig  # noqa: F401
from cases_a import MODEL, PB, RBME, LAT, LATP  # noqa: F401

RB = r"An RBM with visible units $v \in \{0, 1\}^{n}$ and hidden units $h \in \{0, 1\}^{m}$ has the energy"
RS = r"The units are spins: $v \in \{-1, +1\}^{n}$ and $h \in \{-1, +1\}^{m}$. The energy is"
RS2 = r"Both layers hold $\pm 1$ units, $v_i \in \{+1, -1\}$ and $h_j \in \{+1, -1\}$, with energy"
FE = r"and the free energy of a visible vector is $F(v) = -\log \sum_h e^{-E(v, h)}$."
S01, S11 = (0, 1), (-1, 1)

condh = lambda W: np.stack([W.rcond_h(j, 1) for j in range(W.nh)])
hins = lambda W: np.stack([W.hin(j) for j in range(W.nh)])
condv = lambda W: np.stack([W.rcond_v(i, 1) for i in range(W.nv)])
vins = lambda W: np.stack([W.vin(i) for i in range(W.nv)])
Eh = lambda W: np.stack([sum(u * W.rcond_h(j, u) for u in W.units) for j in range(W.nh)])
Ev = lambda W: np.stack([sum(u * W.rcond_v(i, u) for u in W.units) for i in range(W.nv)])

# ============================================================ F units declared inline
U = "F units inline"
D("F01", U, [RB, RBME, [r"p(h_j = 1 \mid v) = \sigma\left(c_j + \sum_i v_i W_{ij}\right)"]], [DEF, (T, condh, lambda W: sig(hins(W)))], units=S01)
D("F02", U, [RS, RBME, [r"p(h_j = 1 \mid v) = \sigma\left(c_j + \sum_i v_i W_{ij}\right)"]], [DEF, (F, condh, lambda W: sig(hins(W)))], units=S11,
  note="the 0/1 conditional for spin units")
D("F03", U, [RS, RBME, [r"p(h_j = 1 \mid v) = \sigma\left(2 c_j + 2 \sum_i v_i W_{ij}\right)"]], [DEF, (T, condh, lambda W: sig(2 * hins(W)))], units=S11)
D("F04", U, [RB, RBME, [r"p(h_j = 1 \mid v) = \sigma\left(2 c_j + 2 \sum_i v_i W_{ij}\right)"]], [DEF, (F, condh, lambda W: sig(2 * hins(W)))], units=S01,
  note="the spin conditional for 0/1 units")
D("F05", U, [RS2, RBME, [r"\mathbb{E}\left[h_j \mid v\right] = \tanh\left(c_j + \sum_i W_{ij} v_i\right)"]], [DEF, (T, Eh, lambda W: np.tanh(hins(W)))], units=S11)
D("F06", U, [RB, RBME, [r"\mathbb{E}\left[h_j \mid v\right] = \tanh\left(c_j + \sum_i W_{ij} v_i\right)"]], [DEF, (F, Eh, lambda W: np.tanh(hins(W)))], units=S01)
D("F07", U, [RB, RBME, [r"\mathbb{E}\left[v_i \mid h\right] = \sigma\left(b_i + \sum_j W_{ij} h_j\right)"]], [DEF, (T, Ev, lambda W: sig(vins(W)))], units=S01)
D("F08", U, [RS2, RBME, [r"\mathbb{E}\left[v_i \mid h\right] = \sigma\left(b_i + \sum_j W_{ij} h_j\right)"]], [DEF, (F, Ev, lambda W: sig(vins(W)))], units=S11)
fe_spin = lambda W: -(W.vs @ W.bv) - np.log(2 * np.cosh(hins(W))).sum(0)
fe_bin = lambda W: -(W.vs @ W.bv) - np.log1p(np.exp(hins(W))).sum(0)
D("F09", U, [RS, RBME, FE, [r"F(v) = -\sum_i b_i v_i - \sum_j \log\left(2\cosh\left(c_j + \sum_i v_i W_{ij}\right)\right)"]], [DEF, (T, lambda W: W.rF(), fe_spin)], units=S11)
D("F10", U, [RB, RBME, FE, [r"F(v) = -\sum_i b_i v_i - \sum_j \log\left(2\cosh\left(c_j + \sum_i v_i W_{ij}\right)\right)"]], [DEF, (F, lambda W: W.rF(), fe_spin)], units=S01)
D("F11", U, [RB, RBME, FE, [r"F(v) = -\sum_i b_i v_i - \sum_j \log\left(1 + e^{c_j + \sum_i v_i W_{ij}}\right)"]], [DEF, (T, lambda W: W.rF(), fe_bin)], units=S01)
D("F12", U, [RS2, RBME, FE, [r"F(v) = -\sum_i b_i v_i - \sum_j \log\left(1 + e^{c_j + \sum_i v_i W_{ij}}\right)"]], [DEF, (F, lambda W: W.rF(), fe_bin)], units=S11)
oddsS = lambda W: np.stack([W.rcond_h(j, 1) / W.rcond_h(j, -1) for j in range(W.nh)])
oddsB = lambda W: np.stack([W.rcond_h(j, 1) / W.rcond_h(j, 0) for j in range(W.nh)])
D("F13", U, [RS, RBME, [r"\frac{p(h_j = 1 \mid v)}{p(h_j = -1 \mid v)} = e^{c_j + \sum_i v_i W_{ij}}"]], [DEF, (F, oddsS, lambda W: np.exp(hins(W)))], units=S11,
  note="a factor 2 in the exponent is missing")
D("F14", U, [RS, RBME, [r"\frac{p(h_j = 1 \mid v)}{p(h_j = -1 \mid v)} = e^{2 c_j + 2\sum_i v_i W_{ij}}"]], [DEF, (T, oddsS, lambda W: np.exp(2 * hins(W)))], units=S11)
D("F15", U, [RB, RBME, [r"\frac{p(h_j = 1 \mid v)}{p(h_j = 0 \mid v)} = e^{c_j + \sum_i v_i W_{ij}}"]], [DEF, (T, oddsB, lambda W: np.exp(hins(W)))], units=S01)
SPW = (r"We call the units of this RBM spins, as physicists do, although here $v \in \{0, 1\}^{n}$ and $h \in \{0, 1\}^{m}$. "
       r"The energy is")
D("F16", U, [SPW, RBME, [r"p(h_j = 1 \mid v) = \sigma\left(2 c_j + 2 \sum_i v_i W_{ij}\right)"]], [DEF, (F, condh, lambda W: sig(2 * hins(W)))], units=S01,
  note="'spins' in words, 0/1 in maths")
D("F17", U, [SPW, RBME, [r"p(h_j = 1 \mid v) = \sigma\left(c_j + \sum_i v_i W_{ij}\right)"]], [DEF, (T, condh, lambda W: sig(hins(W)))], units=S01)
D("F18", U, [RS2, RBME, [r"\sum_{h} e^{-E(v, h)} = e^{\sum_i b_i v_i} \prod_j 2\cosh\left(c_j + \sum_i v_i W_{ij}\right)"]],
  [DEF, (T, lambda W: np.exp(-W.rE()).sum(1), lambda W: np.exp(W.vs @ W.bv) * np.prod(2 * np.cosh(hins(W)), 0))], units=S11)

# ============================================================ G conditions
G = "G conditions"
D("G01", G, [PB, [r"Z(\beta) = \sum_x 1 \quad \text{for } \beta = 0"]], [DEF, (T, lambda W: W.Zb(0.0), lambda W: float(W.K))])
D("G02", G, [PB, [r"Z(\beta) = 1 \quad \text{for } \beta = 0"]], [DEF, (F, lambda W: W.Zb(0.0), lambda W: 1.0)])
D("G03", G, [PB, [r"p_\beta(x) = \frac{1}{\sum_{x'} 1} \qquad (\beta = 0)"]], [DEF, (T, lambda W: W.pb(0.0), lambda W: 1.0 / W.K + 0 * W.b)])
D("G04", G, [PB, [r"p_\beta(x) = \frac{1}{\sum_{x'} 1} \qquad (\beta = 1)"]], [DEF, (F, lambda W: W.pb(1.0), lambda W: 1.0 / W.K + 0 * W.b)])
D("G05", G, [MODEL, [r"\mathrm{KL}(p_\theta \,\|\, p_{\theta'}) = 0 \quad \text{if } \theta' = \theta"]], [DEF, (T, lambda W: KL(W.p(), W.p(W.th)), lambda W: 0.0)])
D("G06", G, [MODEL, [r"\mathrm{KL}(p_\theta \,\|\, p_{\theta'}) = 0 \quad \text{if } \theta' = -\theta"]], [DEF, (F, lambda W: KL(W.p(), W.p(-W.th)), lambda W: 0.0)],
  note="the energy is not even in theta")
D("G07", G, [PB, [r"\frac{\partial}{\partial \beta}\log Z(\beta) = -\frac{1}{\sum_x 1}\sum_x E(x) \quad \text{for } \beta = 1"]],
  [DEF, (F, lambda W: d1(W.logZb, 1.0), lambda W: -W.b.mean())])
D("G08", G, [PB, [r"\frac{\partial}{\partial \beta}\log Z(\beta) = -\frac{1}{\sum_x 1}\sum_x E(x) \quad \text{for } \beta = 0"]],
  [DEF, (T, lambda W: d1(W.logZb, 0.0), lambda W: -W.b.mean())])
ICH = r"Spins $s \in \{-1, +1\}^{n}$ on an open chain with coupling $J$:"
ICE = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1}"]
D("G09", G, [ICH, ICE, [r"\sum_{s} e^{-E(s)} = 2^{n} \quad \text{for } J = 0"]], [DEF, (T, lambda W: W.iZ(1.0, 0.0, 0.0), lambda W: 2.0 ** W.n)])
D("G10", G, [ICH, ICE, [r"\sum_{s} e^{-E(s)} = 2^{n} \quad \text{for } J = 1"]], [DEF, (F, lambda W: W.iZ(1.0, 1.0, 0.0), lambda W: 2.0 ** W.n)])
SG = r"with the logistic function $\sigma(t) = 1/(1 + e^{-t})$:"
D("G11", G, [SG, [r"\sigma(\theta)^{2} = \sigma(\theta) \quad \text{if } \theta = 0"]], [(F, lambda W: sig(0.0) ** 2, lambda W: sig(0.0))])
D("G12", G, [SG, [r"\sigma(\theta) = 1 - \sigma(\theta) \quad \text{if } \theta = 0"]], [(T, lambda W: sig(0.0), lambda W: 1 - sig(0.0))])
D("G13", G, [MODEL, r"Let $q$ be a distribution on the states.", [r"\mathbb{E}_{x\sim q}\left[\log q(x) - \log p_\theta(x)\right] = 0 \quad \text{when } q = p_\theta"]],
  [DEF, (T, lambda W: 0.0, lambda W: 0.0)])
D("G14", G, [MODEL, r"Let $q$ be a distribution on the states.", [r"\mathbb{E}_{x\sim q}\left[\log q(x)\right] = \mathbb{E}_{x\sim q}\left[\log p_\theta(x)\right] \quad \text{when } q = p_{\theta'}"]],
  [DEF, (F, lambda W: W.p(W.th2) @ np.log(W.p(W.th2)), lambda W: W.p(W.th2) @ np.log(W.p()))])
D("G15", G, [MODEL, [r"\log p_\theta(x) = -\log \sum_{x'} 1 \quad \text{for } \theta = 0"]], [DEF, (F, lambda W: np.log(W.p(0.0)), lambda W: -np.log(W.K) + 0 * W.b)],
  note="E_0(x) = b(x) need not be constant")
D("G16", G, [r"Here $E_\theta(x) = \theta\, g(x)$ for some function $g$.", MODEL, [r"\log p_\theta(x) = -\log \sum_{x'} 1 \quad \text{for } \theta = 0"]],
  [DEF, (T, lambda W: np.log(softmax0(W)), lambda W: -np.log(W.K) + 0 * W.b)])

# ============================================================ H RBMs
Hc = "H RBM"
RBF = [RB, RBME, FE]
D("H01", Hc, RBF + [[r"p(v) = \frac{e^{-F(v)}}{Z}"]], [DEF, (T, lambda W: W.rpv(), lambda W: np.exp(-W.rF()) / W.rZ())])
D("H02", Hc, RBF + [[r"p(v) = e^{-F(v)}"]], [DEF, (F, lambda W: W.rpv(), lambda W: np.exp(-W.rF()))])
D("H03", Hc, RBF + [[r"\frac{p(v)}{p(v')} = e^{F(v') - F(v)}"]], [DEF, (T, lambda W: np.divide.outer(W.rpv(), W.rpv()), lambda W: np.exp(np.subtract.outer(-W.rF(), -W.rF())))])
D("H04", Hc, RBF + [[r"\frac{p(v)}{p(v')} = e^{F(v) - F(v')}"]], [DEF, (F, lambda W: np.divide.outer(W.rpv(), W.rpv()), lambda W: np.exp(np.subtract.outer(W.rF(), W.rF())))])


def dF(W, which, idx):
    def at(t):
        kw = {"W": W.W.copy(), "bv": W.bv.copy(), "ch": W.ch.copy()}
        kw[which][idx] = t
        return W.rF(**kw)
    return d1(at, {"W": W.W, "bv": W.bv, "ch": W.ch}[which][idx])


D("H05", Hc, RBF + [[r"\frac{\partial F(v)}{\partial b_i} = -v_i"]], [DEF, (T, lambda W: np.stack([dF(W, "bv", i) for i in range(W.nv)]), lambda W: -W.vs.T)])
D("H06", Hc, RBF + [[r"\frac{\partial F(v)}{\partial c_j} = -\sigma\left(c_j + \sum_i v_i W_{ij}\right)"]],
  [DEF, (T, lambda W: np.stack([dF(W, "ch", j) for j in range(W.nh)]), lambda W: -sig(hins(W)))])
D("H07", Hc, RBF + [[r"\frac{\partial F(v)}{\partial c_j} = -\sigma(c_j)"]], [DEF, (F, lambda W: np.stack([dF(W, "ch", j) for j in range(W.nh)]), lambda W: -sig(W.ch)[:, None] + 0 * hins(W))])
IJ = ((0, 1), (1, 0), (0, 0), (1, 1))
D("H08", Hc, RBF + [[r"\frac{\partial F(v)}{\partial W_{ij}} = -v_i\, \sigma\left(c_j + \sum_k v_k W_{kj}\right)"]],
  [DEF, (T, lambda W: np.stack([dF(W, "W", (i, j)) for i, j in IJ]), lambda W: np.stack([-W.vs[:, i] * sig(W.hin(j)) for i, j in IJ]))])
D("H09", Hc, RBF + [[r"\frac{\partial F(v)}{\partial W_{ij}} = -v_i\, \sigma\left(c_j + \sum_k v_k W_{ki}\right)"]],
  [DEF, (F, lambda W: np.stack([dF(W, "W", (i, j)) for i, j in IJ]), lambda W: np.stack([-W.vs[:, i] * sig(W.ch[j] + W.vs @ W.W[:, i]) for i, j in IJ]))],
  note="W_{ki} for W_{kj}")


def dlogpv_W(W, i, j):
    def at(t):
        Wm = W.W.copy()
        Wm[i, j] = t
        return np.log(W.rpv(W=Wm))
    return d1(at, W.W[i, j])


rhsW = lambda W, i, j, weighted=True: W.vs[:, i] * W.rcond_h(j, 1) - ((W.rpv() if weighted else 1) * W.vs[:, i] * W.rcond_h(j, 1)).sum()
D("H10", Hc, [RB, RBME, [r"\frac{\partial}{\partial W_{ij}} \log p(v) = v_i\, p(h_j = 1 \mid v) - \sum_{v'} p(v')\, v'_i\, p(h_j = 1 \mid v')"]],
  [DEF, (T, lambda W: np.stack([dlogpv_W(W, i, j) for i, j in IJ]), lambda W: np.stack([rhsW(W, i, j) for i, j in IJ]))])
D("H11", Hc, [RB, RBME, [r"\frac{\partial}{\partial W_{ij}} \log p(v) = v_i\, p(h_j = 1 \mid v) - \sum_{v'} v'_i\, p(h_j = 1 \mid v')"]],
  [DEF, (F, lambda W: np.stack([dlogpv_W(W, i, j) for i, j in IJ]), lambda W: np.stack([rhsW(W, i, j, False) for i, j in IJ]))],
  note="the model term is not weighted by p(v')")


def cond_joint(W):
    jt = W.rjoint()
    return jt / jt.sum(1, keepdims=True)


def cond_prod(W):
    out = np.ones((len(W.vs), len(W.hs)))
    for k, h in enumerate(W.hs):
        for j in range(W.nh):
            out[:, k] *= W.rcond_h(j, h[j])
    return out


def vis_prod(W):
    pv = W.rpv()
    marg = [{u: pv[W.vs[:, i] == u].sum() for u in W.units} for i in range(W.nv)]
    return np.array([np.prod([marg[i][v[i]] for i in range(W.nv)]) for v in W.vs])


D("H12", Hc, [RB, RBME, [r"p(h \mid v) = \prod_{j} p(h_j \mid v)"]], [DEF, (T, cond_joint, cond_prod)])
D("H13", Hc, [RB, RBME, [r"p(v) = \prod_{i} p(v_i)"]], [DEF, (F, lambda W: W.rpv(), vis_prod)], note="the visible units are not independent")
D("H14", Hc, [RB, RBME, [r"\sum_{h} p(v, h) = p(v)"]], [DEF, (T, lambda W: W.rjoint().sum(1), lambda W: W.rpv())])
D("H15", Hc, [RB, RBME, [r"\sum_{v} p(v, h) = p(v)"]], [DEF, (F, lambda W: W.rjoint().sum(0)[None, :] + 0 * W.vs[:, :1], lambda W: W.rpv()[:, None] + 0 * W.hs[:, 0][None, :])])
D("H16", Hc, RBF + [[r"Z = \sum_{v} e^{-F(v)}"]], [DEF, (T, lambda W: W.rZ(), lambda W: np.exp(-W.rF()).sum())])
D("H17", Hc, RBF + [[r"Z = \sum_{v} e^{F(v)}"]], [DEF, (F, lambda W: W.rZ(), lambda W: np.exp(W.rF()).sum())])
ph_form = lambda W, bias=True: (np.exp(W.hs @ W.ch) if bias else 1) * np.prod(1 + np.exp(vins(W)), 0) / W.rZ()
D("H18", Hc, [RB, RBME, [r"p(h) = \frac{1}{Z}\, e^{\sum_j c_j h_j} \prod_i \left(1 + e^{b_i + \sum_j W_{ij} h_j}\right)"]], [DEF, (T, lambda W: W.rph(), ph_form)])
D("H19", Hc, [RB, RBME, [r"p(h) = \frac{1}{Z} \prod_i \left(1 + e^{b_i + \sum_j W_{ij} h_j}\right)"]], [DEF, (F, lambda W: W.rph(), lambda W: ph_form(W, False))],
  note="hidden bias dropped")
D("H20", Hc, [RS, RBME, [r"p(v, h) = p(v)\, \prod_{j} \frac{e^{h_j \left(c_j + \sum_i v_i W_{ij}\right)}}{2\cosh\left(c_j + \sum_i v_i W_{ij}\right)}"]],
  [DEF, (T, lambda W: W.rjoint(), lambda W: W.rpv()[:, None] * np.prod([np.exp(np.outer(W.hin(j), W.hs[:, j])) / (2 * np.cosh(W.hin(j)))[:, None] for j in range(W.nh)], 0))],
  units=S11)

# ============================================================ I the ELBO
I = "I ELBO"
QH = r"Let $q(h \mid v)$ be any distribution over $h$, for each $v$."
elbo = lambda W: (W.Q * (np.log(W.pvh()) - np.log(W.Q))).sum(1)
klqp = lambda W: (W.Q * np.log(W.Q / W.phv())).sum(1)
klpq = lambda W: (W.phv() * np.log(W.phv() / W.Q)).sum(1)
logpv = lambda W: np.log(W.pv())
D("I01", I, [LATP, LAT, QH, [r"\log p(v) = \mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v, h) - \log q(h \mid v)\right] + \mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right)"]],
  [DEF, (T, logpv, lambda W: elbo(W) + klqp(W))])
D("I02", I, [LATP, LAT, QH, [r"\log p(v) = \mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v, h) - \log q(h \mid v)\right] + \mathrm{KL}\left(p(h \mid v) \,\|\, q(h \mid v)\right)"]],
  [DEF, (F, logpv, lambda W: elbo(W) + klpq(W))], note="KL reversed")
D("I03", I, [LATP, LAT, QH, [r"\log p(v) = \mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v, h) - \log q(h \mid v)\right]"]], [DEF, (F, logpv, elbo)],
  note="the bound is not an equality for arbitrary q")
D("I04", I, [LATP, LAT, [r"\log p(v) = \mathbb{E}_{h\sim p(h\mid v)}\left[\log p(v, h) - \log p(h \mid v)\right]"]],
  [DEF, (T, logpv, lambda W: (W.phv() * (np.log(W.pvh()) - np.log(W.phv()))).sum(1))])
D("I05", I, [LATP, LAT, QH, [r"\mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v, h)\right] + H\left(q(h \mid v)\right) = \log p(v) - \mathrm{KL}\left(p(h\mid v) \,\|\, q(h\mid v)\right)"]],
  [DEF, (F, lambda W: (W.Q * np.log(W.pvh())).sum(1) - (W.Q * np.log(W.Q)).sum(1), lambda W: logpv(W) - klpq(W))])
D("I06", I, [LATP, LAT, QH, [r"\mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v, h)\right] + H\left(q(h \mid v)\right) = \log p(v) - \mathrm{KL}\left(q(h\mid v) \,\|\, p(h\mid v)\right)"]],
  [DEF, (T, lambda W: (W.Q * np.log(W.pvh())).sum(1) - (W.Q * np.log(W.Q)).sum(1), lambda W: logpv(W) - klqp(W))])
prior = lambda W: W.pvh().sum(0)
lik = lambda W: W.pvh() / prior(W)[None, :]
D("I07", I, [LATP, LAT, QH, [r"\mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v, h) - \log q(h \mid v)\right] = \mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v \mid h)\right] - \mathrm{KL}\left(q(h\mid v) \,\|\, p(h)\right)"]],
  [DEF, (T, elbo, lambda W: (W.Q * np.log(lik(W))).sum(1) - (W.Q * np.log(W.Q / prior(W)[None, :])).sum(1))])
D("I08", I, [LATP, LAT, QH, [r"\mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v, h) - \log q(h \mid v)\right] = \mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v \mid h)\right] - \mathrm{KL}\left(q(h\mid v) \,\|\, p(h \mid v)\right)"]],
  [DEF, (F, elbo, lambda W: (W.Q * np.log(lik(W))).sum(1) - klqp(W))], note="posterior in place of the prior")
D("I09", I, [LATP, LAT, QH, [r"\log p(v) \ge \mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v, h) - \log q(h \mid v)\right]"]], [DEF, (T, logpv, elbo, ">=")])
D("I10", I, [LATP, LAT, QH, [r"\log p(v) \le \mathbb{E}_{h\sim q(h\mid v)}\left[\log p(v, h) - \log q(h \mid v)\right]"]], [DEF, (F, logpv, elbo, "<=")])
LT = r"Here $v$ is visible and $h$ latent, both with finitely many values, and"
D("I11", I, [LT, [r"p_\theta(v, h) = \frac{e^{-E_\theta(v, h)}}{Z_\theta}"], [r"\log p_\theta(v) = -\log Z_\theta + \log \sum_h e^{-E_\theta(v, h)}"]],
  [DEF, (T, lambda W: np.log(W.pv()), lambda W: -lse(-W.Evh()) + np.log(np.exp(-W.Evh()).sum(1)))])
D("I12", I, [LT, [r"p_\theta(v, h) = \frac{e^{-E_\theta(v, h)}}{Z_\theta}"], [r"\log p_\theta(v) = -\log Z_\theta - \sum_h E_\theta(v, h)"]],
  [DEF, (F, lambda W: np.log(W.pv()), lambda W: -lse(-W.Evh()) - W.Evh().sum(1))])
D("I13", I, [LATP, LAT, QH, [r"\mathrm{KL}\left(q(h\mid v) \,\|\, p(h\mid v)\right) = \mathrm{KL}\left(q(h\mid v) \,\|\, p(h)\right)"]],
  [DEF, (F, klqp, lambda W: (W.Q * np.log(W.Q / prior(W)[None, :])).sum(1))])


def softmax0(W):
    return np.full(W.K, 1.0 / W.K)
