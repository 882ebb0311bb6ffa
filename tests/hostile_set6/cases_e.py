"""hostile7 cases N-R: RBMs with stated ranges, Ising chains with given J and h, exponential families,
KL and the ELBO, log-sum-exp and softmax gradients."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403


def rep(vec, k, t):
    v = np.array(vec, float)
    v[k] = t
    return v


# ============================================================ N RBMs
N = "N RBM"
FE = r"and free energy $F(v) = -\log \sum_{h} e^{-E(v, h)}$, so that $p(v) = e^{-F(v)}/Z$."
condv1 = lambda W, val: np.stack([W.rcond_v(i, val) for i in range(W.nv)])
D("N01", N, [RBM01, RBME, [r"p(v_i = 1 \mid h) = \frac{1}{1 + e^{-b_i - \sum_{j=1}^{m} W_{ij} h_j}}"]], [DEF, (T, lambda W: condv1(W, 1), lambda W: 1 / (1 + np.exp(-W.vins())))], units=S01)
D("N02", N, [RBM01, RBME, [r"p(v_i = 1 \mid h) = \sigma\left(-b_i - \sum_{j=1}^{m} W_{ij} h_j\right)"]], [DEF, (F, lambda W: condv1(W, 1), lambda W: sig(-W.vins()))], units=S01)
D("N03", N, [RBM01, RBME, [r"p(v_i = 0 \mid h) = \sigma\left(-b_i - \sum_{j=1}^{m} W_{ij} h_j\right)"]], [DEF, (T, lambda W: condv1(W, 0), lambda W: sig(-W.vins()))], units=S01)
D("N04", N, [RBMPM, RBME, [r"p(v_i = -1 \mid h) = \sigma\left(-2 b_i - 2\sum_{j=1}^{m} W_{ij} h_j\right)"]], [DEF, (T, lambda W: condv1(W, -1), lambda W: sig(-2 * W.vins()))], units=S11)
D("N05", N, [RBMPM, RBME, [r"p(v_i = -1 \mid h) = \sigma\left(-b_i - \sum_{j=1}^{m} W_{ij} h_j\right)"]], [DEF, (F, lambda W: condv1(W, -1), lambda W: sig(-W.vins()))], units=S11)
dFdc = lambda W: np.stack([d1(lambda t: W.rF(ch=rep(W.ch, j, t)), W.ch[j]) for j in range(W.nh)])
dFdW = lambda W: np.stack([np.stack([d1(lambda t: W.rF(W=(lambda M: (M.__setitem__((i, j), t), M)[1])(W.W.copy())), W.W[i, j]) for j in range(W.nh)]) for i in range(W.nv)])
D("N06", N, [RBMPM, RBME, FE, [r"\frac{\partial F(v)}{\partial c_j} = -\tanh\left(c_j + \sum_{i=1}^{n} v_i W_{ij}\right)"]], [DEF, (T, dFdc, lambda W: -np.tanh(W.hins()))], units=S11)
D("N07", N, [RBMPM, RBME, FE, [r"\frac{\partial F(v)}{\partial c_j} = -\sigma\left(c_j + \sum_{i=1}^{n} v_i W_{ij}\right)"]], [DEF, (F, dFdc, lambda W: -sig(W.hins()))], units=S11, note="the 0/1 formula for spins")
D("N08", N, [RBMPM, RBME, FE, [r"\frac{\partial F(v)}{\partial W_{ij}} = -v_i \tanh\left(c_j + \sum_{k=1}^{n} v_k W_{kj}\right)"]],
  [DEF, (T, dFdW, lambda W: -W.vs.T[:, None, :] * np.tanh(W.hins())[None, :, :])], units=S11)
D("N09", N, [RBM01, RBME, FE, [r"\frac{\partial F(v)}{\partial W_{ij}} = -v_i \tanh\left(c_j + \sum_{k=1}^{n} v_k W_{kj}\right)"]],
  [DEF, (F, dFdW, lambda W: -W.vs.T[:, None, :] * np.tanh(W.hins())[None, :, :])], units=S01)
D("N10", N, [RBM01, RBME, FE, [r"\frac{\partial^{2} F(v)}{\partial c_j^{2}} = -\sigma\left(c_j + \sum_{i=1}^{n} v_i W_{ij}\right)\left(1 - \sigma\left(c_j + \sum_{i=1}^{n} v_i W_{ij}\right)\right)"]],
  [DEF, (T, lambda W: np.stack([d2(lambda t: W.rF(ch=rep(W.ch, j, t)), W.ch[j]) for j in range(W.nh)]),
         lambda W: -sig(W.hins()) * (1 - sig(W.hins())))], units=S01)
prodmarg = lambda W: np.prod([np.where(W.vs[:, i] == 1, W.rpv() @ (W.vs[:, i] == 1), 1 - W.rpv() @ (W.vs[:, i] == 1)) for i in range(W.nv)], 0)
D("N11", N, [RBM01, RBME, [r"p(h) = \prod_{j=1}^{m} p(h_j)"]],
  [DEF, (F, lambda W: W.rph(), lambda W: np.prod([np.where(W.hs[:, j] == 1, W.rph() @ (W.hs[:, j] == 1), 1 - W.rph() @ (W.hs[:, j] == 1)) for j in range(W.nh)], 0))], units=S01,
  note="the marginal of h does not factorise")
def ph_given_v(W):
    jt = W.rjoint()
    return jt / jt.sum(1, keepdims=True)  # [v, h]
def prod_cond(W):
    out = np.ones((len(W.vs), len(W.hs)))
    for j in range(W.nh):
        for k, hv in enumerate(W.hs):
            out[:, k] *= W.rcond_h(j, hv[j])
    return out
D("N12", N, [RBM01, RBME, [r"p(v \mid h) = \prod_{i=1}^{n} \sigma\left((2 v_i - 1)\left(b_i + \sum_{j=1}^{m} W_{ij} h_j\right)\right)"]],
  [DEF, (T, lambda W: (W.rjoint() / W.rjoint().sum(0, keepdims=True)), lambda W: np.prod(sig((2 * W.vs[:, :, None] - 1) * W.vins()[None, :, :]), 1))], units=S01)
RDATA = r"The data are visible vectors $v^{(1)}, \ldots, v^{(N)}$."
vdat = lambda W: W.data % len(W.vs)
D("N13", N, [RBM01, RBME, FE, RDATA, [r"\frac{1}{N}\sum_{i=1}^{N} \log p(v^{(i)}) = -\frac{1}{N}\sum_{i=1}^{N} F(v^{(i)}) + \log Z"]],
  [DEF, (F, lambda W: np.log(W.rpv())[vdat(W)].mean(), lambda W: -W.rF()[vdat(W)].mean() + np.log(W.rZ()))], units=S01, note="sign of log Z")
D("N23", N, [RBMPM, RBME, FE, RDATA, [r"\frac{1}{N}\sum_{i=1}^{N} \log p(v^{(i)}) = -\frac{1}{N}\sum_{i=1}^{N} F(v^{(i)}) - \log Z"]],
  [DEF, (T, lambda W: np.log(W.rpv())[vdat(W)].mean(), lambda W: -W.rF()[vdat(W)].mean() - np.log(W.rZ()))], units=S11)
D("N14", N, [RBMPM, RBME, FE, [r"\log p(v) - \log p(v') = F(v') - F(v)"]], [DEF, (T, lambda W: np.subtract.outer(np.log(W.rpv()), np.log(W.rpv())), lambda W: -np.subtract.outer(W.rF(), W.rF()))], units=S11)
D("N15", N, [RBMPM, RBME, FE, [r"\log p(v) - \log p(v') = F(v) - F(v')"]], [DEF, (F, lambda W: np.subtract.outer(np.log(W.rpv()), np.log(W.rpv())), lambda W: np.subtract.outer(W.rF(), W.rF()))], units=S11)
dlpb = lambda W: np.stack([d1(lambda t: np.log(W.rpv(bv=rep(W.bv, i, t))), W.bv[i]) for i in range(W.nv)])
Evi = lambda W: (W.rpv() @ W.vs)[:, None]
D("N16", N, [RBM01, RBME, [r"\frac{\partial \log p(v)}{\partial b_i} = v_i - \mathbb{E}_{v' \sim p}\left[v'_i\right]"]], [DEF, (T, dlpb, lambda W: W.vs.T - Evi(W))], units=S01)
D("N17", N, [RBMPM, RBME, [r"\frac{\partial \log p(v)}{\partial b_i} = \mathbb{E}_{v' \sim p}\left[v'_i\right] - v_i"]], [DEF, (F, dlpb, lambda W: Evi(W) - W.vs.T)], units=S11, note="sign")
dlpW = lambda W: np.stack([np.stack([d1(lambda t: np.log(W.rpv(W=(lambda M: (M.__setitem__((i, j), t), M)[1])(W.W.copy()))), W.W[i, j]) for j in range(W.nh)]) for i in range(W.nv)])
vh = lambda W: np.einsum("vh,vi,hj->ij", W.rjoint(), W.vs, W.hs)[:, :, None]
D("N18", N, [RBMPM, RBME, r"Write $\langle v_i h_j \rangle$ for the average of $v_i h_j$ under the model $p(v, h)$.",
             [r"\frac{\partial \log p(v)}{\partial W_{ij}} = v_i \tanh\left(c_j + \sum_{k=1}^{n} v_k W_{kj}\right) - \langle v_i h_j \rangle"]],
  [DEF, (T, dlpW, lambda W: W.vs.T[:, None, :] * np.tanh(W.hins())[None, :, :] - vh(W))], units=S11)
D("N19", N, [RBMPM, RBME, r"Write $\langle v_i h_j \rangle$ for the average of $v_i h_j$ under the model $p(v, h)$.",
             [r"\frac{\partial \log p(v)}{\partial W_{ij}} = v_i \tanh\left(c_j + \sum_{k=1}^{n} v_k W_{kj}\right)"]],
  [DEF, (F, dlpW, lambda W: W.vs.T[:, None, :] * np.tanh(W.hins())[None, :, :] + 0 * vh(W))], units=S11, note="model term missing")
Zsum = lambda W: float((np.exp(W.vs @ W.bv) * np.prod(1 + np.exp(W.hins()), 0)).sum())
D("N20", N, [RBM01, RBME, [r"Z = \sum_{v \in \{0, 1\}^{n}} e^{\sum_{i=1}^{n} b_i v_i} \prod_{j=1}^{m}\left(1 + e^{c_j + \sum_{i=1}^{n} v_i W_{ij}}\right)"]], [DEF, (T, lambda W: W.rZ(), Zsum)], units=S01)
D("N21", N, [RBM01, RBME, [r"Z = \sum_{v \in \{0, 1\}^{n}} e^{\sum_{i=1}^{n} b_i v_i} \sum_{j=1}^{m}\left(1 + e^{c_j + \sum_{i=1}^{n} v_i W_{ij}}\right)"]],
  [DEF, (F, lambda W: W.rZ(), lambda W: float((np.exp(W.vs @ W.bv) * np.sum(1 + np.exp(W.hins()), 0)).sum()))], units=S01, note="sum for product")
D("N22", N, [RBM01, RBME, FE, [r"\sum_{h} p(v, h) = \frac{e^{-F(v)}}{Z}"]], [DEF, (T, lambda W: W.rpv(), lambda W: np.exp(-W.rF()) / W.rZ())], units=S01)

# ============================================================ O Ising chains with given J and h
O = "O Ising"
ch3 = r"Three spins $s_1, s_2, s_3 \in \{-1, +1\}$ on an open chain, $E(s) = -J(s_1 s_2 + s_2 s_3)$, with $J = 1$ and $Z = \sum_s e^{-E(s)}$."
Z3 = lambda W: W.iZ(J=1.0, hf=0.0, n=3)
D("O01", O, [ch3, [r"Z = 8\cosh^{2}(1)"]], [(T, Z3, const(8 * np.cosh(1.0) ** 2))])
D("O02", O, [ch3, [r"Z = 8\cosh^{3}(1)"]], [(F, Z3, const(8 * np.cosh(1.0) ** 3))])
ring3 = r"Three spins $s_1, s_2, s_3 \in \{-1, +1\}$ on a ring, $E(s) = -J(s_1 s_2 + s_2 s_3 + s_3 s_1)$, and $Z = \sum_s e^{-E(s)}$."
ZR = lambda W: W.iZ(hf=0.0, n=3, ring=True)
D("O03", O, [ring3, [r"Z = \left(2\cosh J\right)^{3} + \left(2\sinh J\right)^{3}"]], [(T, ZR, lambda W: (2 * np.cosh(W.J)) ** 3 + (2 * np.sinh(W.J)) ** 3)])
D("O04", O, [ring3, [r"Z = \left(2\cosh J\right)^{3}"]], [(F, ZR, lambda W: (2 * np.cosh(W.J)) ** 3)], note="the open-chain answer times 2 cosh J")
two = r"Two spins $s_1, s_2 \in \{-1, +1\}$ with $E(s) = -J s_1 s_2 - h(s_1 + s_2)$, $J = 0.5$, $h = 0.2$, and $Z = \sum_s e^{-E(s)}$."
Z2 = lambda W: W.iZ(J=0.5, hf=0.2, n=2)
D("O05", O, [two, [r"Z = e^{J + 2h} + e^{J - 2h} + 2e^{-J}"]], [(T, Z2, const(np.exp(0.9) + np.exp(0.1) + 2 * np.exp(-0.5)))])
D("O06", O, [two, [r"Z = 2e^{J}\cosh(h) + 2e^{-J}"]], [(F, Z2, const(2 * np.exp(0.5) * np.cosh(0.2) + 2 * np.exp(-0.5)))], note="cosh(2h)")
D("O07", O, [two, [r"Z = 2e^{J}\cosh(2h) + 2e^{-J} \approx 4.778"]], [(T, Z2, const(4.778), "~3")])
one = r"A single spin $s \in \{-1, +1\}$ in a field $h$ at inverse temperature $\beta$: $p(s) \propto e^{\beta h s}$."
m1 = lambda W: np.tanh(W.be * W.hf)
D("O08", O, [one, r"Write $\langle s \rangle$ for its mean.", [r"\frac{\partial \langle s \rangle}{\partial h} = \beta\left(1 - \langle s \rangle^{2}\right)"]],
  [(T, lambda W: d1(lambda t: np.tanh(W.be * t), W.hf), lambda W: W.be * (1 - np.tanh(W.be * W.hf) ** 2))])
D("O09", O, [one, r"Write $\langle s \rangle$ for its mean.", [r"\frac{\partial \langle s \rangle}{\partial h} = 1 - \langle s \rangle^{2}"]],
  [(F, lambda W: d1(lambda t: np.tanh(W.be * t), W.hf), lambda W: 1 - np.tanh(W.be * W.hf) ** 2)], note="beta missing")
mags = lambda W: W.ip() @ W.ss  # [i]
D("O10", O, [ISING, ISE, r"and $Z = \sum_s e^{-E(s)}$, $\langle \cdot \rangle$ the average under $p(s) = e^{-E(s)}/Z$.", [r"\frac{\partial \log Z}{\partial h} = \sum_{i=1}^{n} \langle s_i \rangle"]],
  [DEF, (T, lambda W: d1(lambda t: np.log(W.iZ(hf=t)), W.hf), lambda W: mags(W).sum())])
D("O11", O, [ISING, ISE, r"and $Z = \sum_s e^{-E(s)}$, $\langle \cdot \rangle$ the average under $p(s) = e^{-E(s)}/Z$.", [r"\frac{\partial \log Z}{\partial h} = n \langle s_1 \rangle"]],
  [DEF, (F, lambda W: d1(lambda t: np.log(W.iZ(hf=t)), W.hf), lambda W: W.n * mags(W)[0])], note="true for n = 2 only: end spins differ from the middle")
NOF = r"Spins $s_i \in \{-1, +1\}$, $i = 1, \ldots, n$, on an open chain without field, $E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1}$, and $p(s) = e^{-E(s)}/Z$."
c1n = lambda W: W.ip(hf=0.0) @ (W.ss[:, 0] * W.ss[:, -1])
D("O12", O, [NOF, [r"\langle s_1 s_n \rangle = \tanh^{n-1} J"]], [(T, c1n, lambda W: np.tanh(W.J) ** (W.n - 1))])
D("O13", O, [NOF, [r"\langle s_1 s_n \rangle = \tanh^{n} J"]], [(F, c1n, lambda W: np.tanh(W.J) ** W.n)])
BETAI = r"Spins $s_i \in \{-1, +1\}$, $i = 1, \ldots, n$, on an open chain, $E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1}$, at inverse temperature $\beta$: $Z = \sum_s e^{-\beta E(s)}$."
bonds = lambda W: W.ip(be=W.be, hf=0.0) @ (W.ss[:, :-1] * W.ss[:, 1:]).sum(1)
D("O14", O, [BETAI, [r"\frac{\partial \log Z}{\partial J} = \beta \sum_{i=1}^{n-1} \langle s_i s_{i+1} \rangle"]], [(T, lambda W: d1(lambda j: np.log(W.iZ(be=W.be, J=j, hf=0.0)), W.J), lambda W: W.be * bonds(W))])
D("O15", O, [BETAI, [r"\frac{\partial \log Z}{\partial J} = \sum_{i=1}^{n-1} \langle s_i s_{i+1} \rangle"]], [(F, lambda W: d1(lambda j: np.log(W.iZ(be=W.be, J=j, hf=0.0)), W.J), lambda W: bonds(W))])
D("O16", O, [BETAI, [r"\log Z = n \log 2 + (n - 1)\log\cosh(\beta J)"]], [(T, lambda W: np.log(W.iZ(be=W.be, hf=0.0)), lambda W: W.n * np.log(2) + (W.n - 1) * np.log(np.cosh(W.be * W.J)))])
D("O17", O, [BETAI, [r"\log Z = n \log 2 + (n - 1)\log\cosh J"]], [(F, lambda W: np.log(W.iZ(be=W.be, hf=0.0)), lambda W: W.n * np.log(2) + (W.n - 1) * np.log(np.cosh(W.J)))], note="beta dropped")
D("O18", O, [r"Three spins $s_1, s_2, s_3 \in \{-1, +1\}$ with no interactions at all, $E(s) = 0$, and $p(s) = e^{-E(s)}/Z$.", [r"H(p) = 3\log 2"]], [(T, const(H(np.full(8, 1 / 8))), const(3 * np.log(2)))])
D("O19", O, [r"Three spins $s_1, s_2, s_3 \in \{-1, +1\}$ with no interactions at all, $E(s) = 0$, and $p(s) = e^{-E(s)}/Z$.", [r"H(p) = \log 3"]], [(F, const(H(np.full(8, 1 / 8))), const(np.log(3)))])

# ============================================================ P exponential families
P = "P exponential families"
EF = (r"An exponential family on finitely many states with base measure $h(x) > 0$, statistic $T(x)$ and "
      r"log-partition $A(\eta) = \log \sum_x h(x) e^{\eta T(x)}$:")
EFM = [r"p_\eta(x) = h(x)\, e^{\eta T(x) - A(\eta)}"]
Apr = lambda W: d1(W.A, W.eta)
ET = lambda W, e=None: W.px(e) @ W.T
D("P01", P, [EF, EFM, [r"\frac{\mathrm{d} A(\eta)}{\mathrm{d}\eta} = \mathbb{E}_{x \sim p_\eta}\left[T(x)\right]"]], [DEF, (T, Apr, ET)])
D("P02", P, [EF, EFM, [r"\frac{\mathrm{d} A(\eta)}{\mathrm{d}\eta} = \sum_{x} h(x)\, T(x)\, e^{\eta T(x)}"]], [DEF, (F, Apr, lambda W: (W.hb * W.T * np.exp(W.eta * W.T)).sum())], note="normaliser missing")
D("P03", P, [EF, EFM, [r"\frac{\mathrm{d}^{2} A(\eta)}{\mathrm{d}\eta^{2}} = \mathbb{E}_{p_\eta}\left[T^{2}\right] - \mathbb{E}_{p_\eta}\left[T\right]^{2}"]], [DEF, (T, lambda W: d1(lambda e: ET(W, e), W.eta), lambda W: W.px() @ W.T ** 2 - ET(W) ** 2)])
D("P04", P, [EF, EFM, [r"\frac{\mathrm{d}^{2} A(\eta)}{\mathrm{d}\eta^{2}} = \mathbb{E}_{p_\eta}\left[T^{2}\right]"]], [DEF, (F, lambda W: d1(lambda e: ET(W, e), W.eta), lambda W: W.px() @ W.T ** 2)])
D("P05", P, [EF, EFM, [r"\log p_\eta(x) = \eta T(x) - A(\eta)"]], [DEF, (F, lambda W: np.log(W.px()), lambda W: W.eta * W.T - W.A())], note="log h(x) dropped")
D("P06", P, [EF, EFM, [r"\log p_\eta(x) = \log h(x) + \eta T(x) - A(\eta)"]], [DEF, (T, lambda W: np.log(W.px()), lambda W: np.log(W.hb) + W.eta * W.T - W.A())])
e2 = lambda W: W.eta + W.eps
D("P07", P, [EF, EFM, [r"\mathrm{KL}(p_\eta \,\|\, p_{\eta'}) = A(\eta') - A(\eta) - (\eta' - \eta)\, A'(\eta)"]], [DEF, (T, lambda W: KL(W.px(), W.px(e2(W))), lambda W: W.A(e2(W)) - W.A() - W.eps * Apr(W))])
D("P08", P, [EF, EFM, [r"\mathrm{KL}(p_\eta \,\|\, p_{\eta'}) = A(\eta) - A(\eta') - (\eta - \eta')\, A'(\eta')"]], [DEF, (F, lambda W: KL(W.px(), W.px(e2(W))), lambda W: W.A() - W.A(e2(W)) + W.eps * d1(W.A, e2(W)))],
  note="the KL the other way round")
D("P09", P, [EF, EFM, [r"H(p_\eta) = A(\eta) - \eta A'(\eta) - \mathbb{E}_{p_\eta}\left[\log h(x)\right]"]], [DEF, (T, lambda W: H(W.px()), lambda W: W.A() - W.eta * Apr(W) - W.px() @ np.log(W.hb))])
D("P10", P, [EF, EFM, [r"H(p_\eta) = A(\eta) - \eta A'(\eta)"]], [DEF, (F, lambda W: H(W.px()), lambda W: W.A() - W.eta * Apr(W))], note="base measure term")
D("P11", P, [EF, EFM, [r"e^{A(\eta)} = \sum_{x} e^{\eta T(x)}"]], [DEF, (F, lambda W: np.exp(W.A()), lambda W: np.exp(W.eta * W.T).sum())])
BER = r"A Bernoulli variable $x \in \{0, 1\}$ with mean $\mu \in (0, 1)$:"
mu = lambda W: sig(W.th)
xx = np.array([0.0, 1.0])
D("P12", P, [BER, r"and natural parameter $\eta = \log\frac{\mu}{1 - \mu}$:", [r"\mu^{x}(1 - \mu)^{1 - x} = \frac{e^{\eta x}}{1 + e^{\eta}}"]],
  [(T, lambda W: mu(W) ** xx * (1 - mu(W)) ** (1 - xx), lambda W: np.exp(W.th * xx) / (1 + np.exp(W.th)))])
D("P13", P, [BER, r"and natural parameter $\eta = \log\frac{\mu}{1 - \mu}$:", [r"\mu^{x}(1 - \mu)^{1 - x} = \frac{e^{\eta x}}{1 + e^{-\eta}}"]],
  [(F, lambda W: mu(W) ** xx * (1 - mu(W)) ** (1 - xx), lambda W: np.exp(W.th * xx) / (1 + np.exp(-W.th)))])
BA = r"For the Bernoulli family in natural form, $A(\eta) = \log(1 + e^{\eta})$:"
D("P14", P, [BA, [r"A''(\eta) = \sigma(\eta)^{2}"]], [(F, lambda W: d2(softplus, W.eta), lambda W: sig(W.eta) ** 2)])
D("P15", P, [BA, [r"A''(\eta) = \sigma(\eta)\, \sigma(-\eta)"]], [(T, lambda W: d2(softplus, W.eta), lambda W: sig(W.eta) * sig(-W.eta))])
D("P16", P, [EF, EFM, DATA, [r"\frac{\partial}{\partial \eta} \frac{1}{N}\sum_{i=1}^{N} \log p_\eta(x^{(i)}) = \frac{1}{N}\sum_{i=1}^{N} T(x^{(i)}) - A'(\eta)"]],
  [DEF, (T, lambda W: d1(lambda e: W.avg(np.log(W.px(e))), W.eta), lambda W: W.avg(W.T) - Apr(W))])
D("P17", P, [EF, EFM, DATA, [r"\frac{\partial}{\partial \eta} \frac{1}{N}\sum_{i=1}^{N} \log p_\eta(x^{(i)}) = \frac{1}{N}\sum_{i=1}^{N} T(x^{(i)}) - A(\eta)"]],
  [DEF, (F, lambda W: d1(lambda e: W.avg(np.log(W.px(e))), W.eta), lambda W: W.avg(W.T) - W.A())], note="A for A'")

# ============================================================ Q KL and the ELBO
Q = "Q KL/ELBO"
ELB = r"and $\mathrm{ELBO}(q, v) = \mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v, h) - \log q(h \mid v)\right]$."
KLpost = lambda W: (W.Q * (np.log(W.Q) - np.log(W.post()))).sum(1)
KLprior = lambda W: (W.Q * (np.log(W.Q) - np.log(W.prior)[None, :])).sum(1)
Elik = lambda W: (W.Q * np.log(W.lik.T)).sum(1)
D("Q01", Q, [LAT, ELB, [r"\log p(v) = \mathrm{ELBO}(q, v) + \mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right)"]], [(T, lambda W: np.log(W.pv()), lambda W: W.elbo() + KLpost(W))])
D("Q02", Q, [LAT, ELB, [r"\log p(v) = \mathrm{ELBO}(q, v) - \mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right)"]], [(F, lambda W: np.log(W.pv()), lambda W: W.elbo() - KLpost(W))])
D("Q03", Q, [LAT, ELB, [r"\mathrm{ELBO}(q, v) = \mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v \mid h)\right] - \mathrm{KL}\left(q(h \mid v) \,\|\, p(h)\right)"]], [(T, lambda W: W.elbo(), lambda W: Elik(W) - KLprior(W))])
D("Q04", Q, [LAT, ELB, [r"\mathrm{ELBO}(q, v) = \mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v \mid h)\right] - \mathrm{KL}\left(p(h) \,\|\, q(h \mid v)\right)"]],
  [(F, lambda W: W.elbo(), lambda W: Elik(W) - (W.prior[None, :] * (np.log(W.prior)[None, :] - np.log(W.Q))).sum(1))], note="KL arguments swapped")
D("Q05", Q, [LAT, ELB, [r"\mathrm{ELBO}(q, v) \le \log p(v)"]], [(T, lambda W: W.elbo(), lambda W: np.log(W.pv()), "<=")])
D("Q06", Q, [LAT, ELB, [r"\mathrm{ELBO}(q, v) \ge \log p(v)"]], [(F, lambda W: W.elbo(), lambda W: np.log(W.pv()), ">=")])
elbo_with = lambda W, Q: (Q * (np.log(W.joint()) - np.log(Q))).sum(1)
D("Q07", Q, [LAT, ELB, [r"\mathrm{ELBO}(q, v) = \log p(v) \quad \text{when } q(h \mid v) = p(h \mid v)"]], [(T, lambda W: elbo_with(W, W.post()), lambda W: np.log(W.pv()))])
D("Q08", Q, [LAT, ELB, [r"\mathrm{ELBO}(q, v) = \log p(v) \quad \text{when } q(h \mid v) = p(h)"]], [(F, lambda W: elbo_with(W, np.tile(W.prior, (W.Kv, 1))), lambda W: np.log(W.pv()))], note="prior, not posterior")
D("Q09", Q, [LAT, [r"\log p(v) = \log \mathbb{E}_{h \sim q(h \mid v)}\left[\frac{p(v, h)}{q(h \mid v)}\right]"]], [(T, lambda W: np.log(W.pv()), lambda W: np.log((W.Q * W.joint() / W.Q).sum(1)))])
D("Q10", Q, [LAT, [r"\log p(v) = \mathbb{E}_{h \sim q(h \mid v)}\left[\log \frac{p(v, h)}{q(h \mid v)}\right]"]], [(F, lambda W: np.log(W.pv()), lambda W: W.elbo())], note="that is the ELBO")
Hq = lambda W: -(W.Q * np.log(W.Q)).sum(1)
D("Q11", Q, [LAT, ELB, r"Write $H(q(\cdot \mid v))$ for the entropy of the encoder at $v$.", [r"\mathrm{ELBO}(q, v) = \mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v, h)\right] + H(q(\cdot \mid v))"]],
  [(T, lambda W: W.elbo(), lambda W: (W.Q * np.log(W.joint())).sum(1) + Hq(W))])
D("Q12", Q, [LAT, ELB, r"Write $H(q(\cdot \mid v))$ for the entropy of the encoder at $v$.", [r"\mathrm{ELBO}(q, v) = \mathbb{E}_{h \sim q(h \mid v)}\left[\log p(v, h)\right] - H(q(\cdot \mid v))"]],
  [(F, lambda W: W.elbo(), lambda W: (W.Q * np.log(W.joint())).sum(1) - Hq(W))])
QV = (r"Let $q(v, h) = q(v)\, q(h \mid v)$ be a second joint distribution, with $q(v) > 0$, and $p(v, h) = p(v)\, p(h \mid v)$ the model.")
qv = lambda W: softmax(np.resize(W.u, W.Kv) * 1.3 + np.arange(W.Kv) * 0.1)
qj = lambda W: qv(W)[:, None] * W.Q
D("Q13", Q, [QV, [r"\mathrm{KL}\left(q(v, h) \,\|\, p(v, h)\right) = \mathrm{KL}\left(q(v) \,\|\, p(v)\right) + \mathbb{E}_{v \sim q(v)}\left[\mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right)\right]"]],
  [(T, lambda W: KL(qj(W), W.joint()), lambda W: KL(qv(W), W.pv()) + qv(W) @ KLpost(W))])
D("Q14", Q, [QV, [r"\mathrm{KL}\left(q(v, h) \,\|\, p(v, h)\right) = \mathrm{KL}\left(q(v) \,\|\, p(v)\right) + \mathbb{E}_{v \sim p(v)}\left[\mathrm{KL}\left(q(h \mid v) \,\|\, p(h \mid v)\right)\right]"]],
  [(F, lambda W: KL(qj(W), W.joint()), lambda W: KL(qv(W), W.pv()) + W.pv() @ KLpost(W))], note="expectation under p(v) for q(v)")
D("Q15", Q, [LAT, ELB, r"The data are $v^{(1)}, \ldots, v^{(N)}$.", [r"\frac{1}{N}\sum_{i=1}^{N} \mathrm{ELBO}(q, v^{(i)}) \le \frac{1}{N}\sum_{i=1}^{N} \log p(v^{(i)})"]],
  [(T, lambda W: W.elbo()[W.data % W.Kv].mean(), lambda W: np.log(W.pv())[W.data % W.Kv].mean(), "<=")])
D("Q16", Q, [LAT, ELB, r"The data are $v^{(1)}, \ldots, v^{(N)}$.", [r"\frac{1}{N}\sum_{i=1}^{N} \mathrm{ELBO}(q, v^{(i)}) \le \sum_{i=1}^{N} \log p(v^{(1)})"]],
  [(F, lambda W: W.elbo()[W.data % W.Kv].mean(), lambda W: W.N * np.log(W.pv())[W.data[0] % W.Kv], "<=")], note="index and 1/N slips")

# ============================================================ R log-sum-exp and softmax
R = "R logsumexp/softmax"
SMR = r"For logits $z \in \mathbb{R}^{K}$, $K \ge 2$, write $\mathrm{softmax}(z)_k = e^{z_k} / \sum_{j=1}^{K} e^{z_j}$."
gk = lambda W, fn: np.array([d1(lambda t: fn(rep(W.z, k, t)), W.z[k]) for k in range(W.K)])
jac = lambda W: np.array([[d1(lambda t: softmax(rep(W.z, l, t))[k], W.z[l]) for l in range(W.K)] for k in range(W.K)])
D("R01", R, [SMR, [r"\frac{\partial\, \mathrm{softmax}(z)_k}{\partial z_k} = \mathrm{softmax}(z)_k\left(1 - \mathrm{softmax}(z)_k\right)"]], [(T, lambda W: np.diag(jac(W)), lambda W: softmax(W.z) * (1 - softmax(W.z)))])
D("R02", R, [SMR, [r"\frac{\partial\, \mathrm{softmax}(z)_k}{\partial z_k} = \mathrm{softmax}(z)_k"]], [(F, lambda W: np.diag(jac(W)), lambda W: softmax(W.z))])
offd = lambda A: A[~np.eye(len(A), dtype=bool)]
D("R03", R, [SMR, [r"\frac{\partial\, \mathrm{softmax}(z)_k}{\partial z_l} = -\mathrm{softmax}(z)_k\, \mathrm{softmax}(z)_l \quad (l \neq k)"]], [(T, lambda W: offd(jac(W)), lambda W: offd(-np.outer(softmax(W.z), softmax(W.z))))])
D("R04", R, [SMR, [r"\frac{\partial\, \mathrm{softmax}(z)_k}{\partial z_l} = \mathrm{softmax}(z)_k\, \mathrm{softmax}(z)_l \quad (l \neq k)"]], [(F, lambda W: offd(jac(W)), lambda W: offd(np.outer(softmax(W.z), softmax(W.z))))])
CEL = r"The cross-entropy loss of a fixed class $y \in \{1, \ldots, K\}$ is $\ell(z) = -\log \mathrm{softmax}(z)_y$."
onehot = lambda W: (np.arange(W.K) == W.k0).astype(float)
dce = lambda W: gk(W, lambda zz: -np.log(softmax(zz)[W.k0]))
D("R05", R, [SMR, CEL, [r"\frac{\partial \ell}{\partial z_k} = \mathrm{softmax}(z)_k - \mathbb{1}[k = y]"]], [(T, dce, lambda W: softmax(W.z) - onehot(W))])
D("R06", R, [SMR, CEL, [r"\frac{\partial \ell}{\partial z_k} = \mathbb{1}[k = y] - \mathrm{softmax}(z)_k"]], [(F, dce, lambda W: onehot(W) - softmax(W.z))])
MX = r"For logits $z_1, \ldots, z_K$ and $m = \max_k z_k$:"
D("R07", R, [MX, [r"\log \sum_{k=1}^{K} e^{z_k} = m + \log \sum_{k=1}^{K} e^{z_k - m}"]], [(T, lambda W: lse(W.z), lambda W: W.z.max() + np.log(np.exp(W.z - W.z.max()).sum()))])
D("R08", R, [MX, [r"\log \sum_{k=1}^{K} e^{z_k} = m + \log \sum_{k=1}^{K} e^{z_k + m}"]], [(F, lambda W: lse(W.z), lambda W: W.z.max() + lse(W.z + W.z.max()))])
CC = r"For every real $c$ (and $\mathbf{1}$ the all-ones vector):"
D("R09", R, [SMR, [r"\log \mathrm{softmax}(z)_k - \log \mathrm{softmax}(z)_l = z_k - z_l"]], [(T, lambda W: np.subtract.outer(np.log(softmax(W.z)), np.log(softmax(W.z))), lambda W: np.subtract.outer(W.z, W.z))])
D("R10", R, [SMR, CC, [r"\mathrm{softmax}(c z) = \mathrm{softmax}(z)"]], [(F, lambda W: softmax(W.ph * W.z), lambda W: softmax(W.z))], note="true at c = 1 only")
TAU = r"For logits $z_1, \ldots, z_K$ and a temperature $\tau > 0$, with $\pi_k = e^{z_k/\tau} / \sum_j e^{z_j/\tau}$:"
tl = lambda W, t: t * lse(W.z / t)
D("R11", R, [TAU, [r"\frac{\partial}{\partial \tau}\, \tau \log \sum_{k=1}^{K} e^{z_k/\tau} = \log \sum_{k=1}^{K} e^{z_k/\tau} - \frac{1}{\tau}\sum_{k=1}^{K} \pi_k z_k"]],
  [(T, lambda W: d1(lambda t: tl(W, t), W.tau), lambda W: lse(W.z / W.tau) - softmax(W.z / W.tau) @ W.z / W.tau)])
D("R12", R, [TAU, [r"\frac{\partial}{\partial \tau}\, \tau \log \sum_{k=1}^{K} e^{z_k/\tau} = \log \sum_{k=1}^{K} e^{z_k/\tau}"]], [(F, lambda W: d1(lambda t: tl(W, t), W.tau), lambda W: lse(W.z / W.tau))])
D("R13", R, [SMR, [r"\sum_{k=1}^{K} \frac{\partial}{\partial z_k} \log \sum_{j=1}^{K} e^{z_j} = K"]], [(F, lambda W: gk(W, lse).sum(), lambda W: float(W.K))])
D("R14", R, [SMR, [r"\sum_{k=1}^{K} \frac{\partial}{\partial z_k} \log \sum_{j=1}^{K} e^{z_j} = 1"]], [(T, lambda W: gk(W, lse).sum(), const(1.0))])
D("R15", R, [SMR, [r"\log \mathrm{softmax}(z)_k = \frac{z_k}{\sum_{j=1}^{K} e^{z_j}}"]], [(F, lambda W: np.log(softmax(W.z)), lambda W: W.z / np.exp(W.z).sum())])
D("R16", R, [SMR, [r"\mathrm{softmax}(z)_k = \sigma\left(z_k - \log \sum_{j \neq k} e^{z_j}\right)"]], [(T, lambda W: softmax(W.z), lambda W: sig(W.z - np.array([lse(np.delete(W.z, k)) for k in range(W.K)])))])
D("R17", R, [SMR, [r"\mathrm{softmax}(z)_k = \sigma\left(z_k - \log \sum_{j=1}^{K} e^{z_j}\right)"]], [(F, lambda W: softmax(W.z), lambda W: sig(W.z - lse(W.z)))], note="j != k needed")
TWOC = r"Two classes with logits $z_1, z_2$:"
D("R18", R, [TWOC, [r"\frac{e^{z_1}}{e^{z_1} + e^{z_2}} = \sigma(z_1 - z_2)"]], [(T, lambda W: softmax(W.z[:2])[0], lambda W: sig(W.z[0] - W.z[1]))])
D("R19", R, [TWOC, [r"\frac{e^{z_1}}{e^{z_1} + e^{z_2}} = \sigma(z_2 - z_1)"]], [(F, lambda W: softmax(W.z[:2])[0], lambda W: sig(W.z[1] - W.z[0]))])
D("R20", R, [SMR, [r"H\left(\mathrm{softmax}(z)\right) = \log \sum_{j=1}^{K} e^{z_j} - \sum_{k=1}^{K} \mathrm{softmax}(z)_k\, z_k"]], [(T, lambda W: H(softmax(W.z)), lambda W: lse(W.z) - softmax(W.z) @ W.z)])
D("R21", R, [SMR, [r"H\left(\mathrm{softmax}(z)\right) = \log \sum_{j=1}^{K} e^{z_j} + \sum_{k=1}^{K} \mathrm{softmax}(z)_k\, z_k"]], [(F, lambda W: H(softmax(W.z)), lambda W: lse(W.z) + softmax(W.z) @ W.z)])
hess_tr = lambda W: np.array([d2(lambda t: lse(rep(W.z, k, t)), W.z[k]) for k in range(W.K)]).sum()
D("R22", R, [SMR, [r"\sum_{k=1}^{K} \frac{\partial^{2}}{\partial z_k^{2}} \log \sum_{j=1}^{K} e^{z_j} = 1 - \sum_{k=1}^{K} \mathrm{softmax}(z)_k^{2}"]], [(T, hess_tr, lambda W: 1 - (softmax(W.z) ** 2).sum())])
D("R23", R, [SMR, [r"\sum_{k=1}^{K} \frac{\partial^{2}}{\partial z_k^{2}} \log \sum_{j=1}^{K} e^{z_j} = 1 - \sum_{k=1}^{K} \mathrm{softmax}(z)_k"]], [(F, hess_tr, zero)])
D("R24", R, [SMR, [r"\left.\frac{\mathrm{d}}{\mathrm{d}t} \log \sum_{k=1}^{K} e^{t z_k}\right|_{t = 1} = \sum_{k=1}^{K} \mathrm{softmax}(z)_k\, z_k"]], [(T, lambda W: d1(lambda t: lse(t * W.z), 1.0), lambda W: softmax(W.z) @ W.z)])
D("R25", R, [SMR, [r"\left.\frac{\mathrm{d}}{\mathrm{d}t} \log \sum_{k=1}^{K} e^{t z_k}\right|_{t = 1} = \frac{1}{K}\sum_{k=1}^{K} z_k"]], [(F, lambda W: d1(lambda t: lse(t * W.z), 1.0), lambda W: W.z.mean())], note="true at t = 0")

# ---- later additions
D("N24", N, [RBM01, RBME, [r"\mathbb{E}\left[h_j\right] = \sigma\left(c_j + \sum_{i=1}^{n} v_i W_{ij}\right)"]],
  [DEF, (F, lambda W: (W.rph() @ W.hs)[:, None] + 0 * W.hins(), lambda W: sig(W.hins()))], units=S01, note="the conditioning bar dropped: the left side has no v")
D("N25", N, [RBM01, RBME, [r"\mathbb{E}\left[h_j\right] = \sum_{v} p(v)\, \sigma\left(c_j + \sum_{i=1}^{n} v_i W_{ij}\right)"]],
  [DEF, (T, lambda W: W.rph() @ W.hs, lambda W: sig(W.hins()) @ W.rpv())], units=S01)
