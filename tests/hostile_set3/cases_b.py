"""hostile3 cases F-K: units, conditions, inequalities, latent variables and RBMs, exponential families,
Ising."""
import itertools as it

import numpy as np

from build import D, DEF, I, S, V
from world import CE, H, KL, d1, d2, sig, softmax

MODEL = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]
PB = [r"p_\beta(x) = \frac{e^{-\beta E(x)}}{Z(\beta)}"]
PM, B01 = (-1, 1), (0, 1)
lse = lambda v: float(np.log(np.sum(np.exp(v))))

# ================================================================ F units declared inline vs words only
F = "F units inline"
D("F01", F, [r"Here $x \in \{-1, +1\}$ and $a$ is a real number.", [r"\sum_{x} e^{a x} = 2\cosh(a)"]],
  [(V, lambda W: np.exp(-W.al) + np.exp(W.al), lambda W: 2 * np.cosh(W.al))])
D("F02", F, [r"Here $x \in \{0, 1\}$ and $a$ is a real number.", [r"\sum_{x} e^{a x} = 2\cosh(a)"]],
  [(I, lambda W: 1 + np.exp(W.al), lambda W: 2 * np.cosh(W.al))])
D("F03", F, [r"Here $x \in \{0, 1\}$ and $a$ is a real number.", [r"\sum_{x} e^{a x} = 1 + e^{a}"]],
  [(V, lambda W: 1 + np.exp(W.al), lambda W: 1 + np.exp(W.al))])
D("F04", F, [r"Here x is a spin: it takes the values minus one and plus one. The number a is real.", [r"\sum_{x} e^{a x} = 2\cosh(a)"]],
  [("either", (lambda W: np.exp(-W.al) + np.exp(W.al), lambda W: 2 * np.cosh(W.al)),
    (lambda W: 1 + np.exp(W.al), lambda W: 2 * np.cosh(W.al)))],
  note="units in words only: true for +-1, false for 0/1; issue 18 asks for undecided")
RPM = r"An RBM has energy $E(v, h) = -a^\top v - b^\top h - v^\top W h$ with $v \in \{-1, 1\}^n$ and $h \in \{-1, 1\}^n$."
R01 = r"An RBM has energy $E(v, h) = -a^\top v - b^\top h - v^\top W h$ with $v \in \{0, 1\}^n$ and $h \in \{0, 1\}^n$."
cv = lambda W: W.ra[W.i] + W.W[W.i] @ W.h_          # a_i + sum_j W_ij h_j
ch = lambda W: W.rb[W.j] + W.v_ @ W.W[:, W.j]       # b_j + sum_i W_ij v_i
D("F05", F, [RPM, [r"p(v_i = 1 \mid h) = \sigma\left(2 a_i + 2\sum_j W_{ij} h_j\right)"]],
  [(V, lambda W: W.rcond_v(W.h_, W.i, 1), lambda W: sig(2 * cv(W)))], units=PM)
D("F06", F, [R01, [r"p(v_i = 1 \mid h) = \sigma\left(2 a_i + 2\sum_j W_{ij} h_j\right)"]],
  [(I, lambda W: W.rcond_v(W.h_, W.i, 1), lambda W: sig(2 * cv(W)))])
D("F07", F, [RPM, [r"p(v_i = 1 \mid h) = \sigma\left(a_i + \sum_j W_{ij} h_j\right)"]],
  [(I, lambda W: W.rcond_v(W.h_, W.i, 1), lambda W: sig(cv(W)))], units=PM)
D("F08", F, [RPM, [r"\mathbb{E}[h_j \mid v] = \tanh\left(b_j + \sum_i W_{ij} v_i\right)"]],
  [(V, lambda W: W.rmean_h(W.v_, W.j), lambda W: np.tanh(ch(W)))], units=PM)
D("F09", F, [R01, [r"\mathbb{E}[h_j \mid v] = \tanh\left(b_j + \sum_i W_{ij} v_i\right)"]],
  [(I, lambda W: W.rmean_h(W.v_, W.j), lambda W: np.tanh(ch(W)))])
D("F10", F, [R01, [r"\mathbb{E}[h_j \mid v] = \sigma\left(b_j + \sum_i W_{ij} v_i\right)"]],
  [(V, lambda W: W.rmean_h(W.v_, W.j), lambda W: sig(ch(W)))])
free_pm = lambda W: -W.ra @ W.v_ - sum(np.log(2 * np.cosh(W.rb[k] + W.v_ @ W.W[:, k])) for k in range(W.n))
D("F11", F, [RPM, [r"-\log \sum_h e^{-E(v, h)} = -a^\top v - \sum_j \log\left(2\cosh\left(b_j + \sum_i W_{ij} v_i\right)\right)"]],
  [(V, lambda W: W.rfree(W.v_), free_pm)], units=PM)
D("F12", F, [R01, [r"-\log \sum_h e^{-E(v, h)} = -a^\top v - \sum_j \log\left(2\cosh\left(b_j + \sum_i W_{ij} v_i\right)\right)"]],
  [(I, lambda W: W.rfree(W.v_), free_pm)])
D("F13", F, [r"An RBM has energy $E(v, h) = -a^\top v - b^\top h - v^\top W h$; its hidden and visible units are spins.",
             [r"\mathbb{E}[h_j \mid v] = \sigma\left(b_j + \sum_i W_{ij} v_i\right)"]],
  [("either", (lambda W: W.rmean_h(W.v_, W.j), lambda W: sig(ch(W))),
    (lambda W: W.__class__(W.seed, units=PM).rmean_h(W.__class__(W.seed, units=PM).v_, W.j),
     lambda W: sig(W.__class__(W.seed, units=PM).rb[W.j] + W.__class__(W.seed, units=PM).v_ @ W.W[:, W.j])))],
  note="'spins' in words only: true for 0/1 units, false for +-1")
D("F14", F, [r"Here $x \in \{0, 1\}^d$ and $a \in \mathbb{R}^d$.", [r"\sum_{x} \prod_{i=1}^d e^{a_i x_i} = \prod_{i=1}^d \left(1 + e^{a_i}\right)"]],
  [(V, lambda W: sum(np.exp(W.av @ np.array(x)) for x in it.product((0, 1), repeat=W.dd)), lambda W: np.prod(1 + np.exp(W.av)))])
D("F15", F, [r"Here $x \in \{-1, 1\}^d$ and $a \in \mathbb{R}^d$.", [r"\sum_{x} \prod_{i=1}^d e^{a_i x_i} = \prod_{i=1}^d \left(1 + e^{a_i}\right)"]],
  [(I, lambda W: sum(np.exp(W.av @ np.array(x)) for x in it.product(PM, repeat=W.dd)), lambda W: np.prod(1 + np.exp(W.av)))])
D("F16", F, [r"Here $x \in \{-1, 1\}^d$ and $a \in \mathbb{R}^d$.", [r"\sum_{x} \prod_{i=1}^d e^{a_i x_i} = \prod_{i=1}^d 2\cosh(a_i)"]],
  [(V, lambda W: sum(np.exp(W.av @ np.array(x)) for x in it.product(PM, repeat=W.dd)), lambda W: np.prod(2 * np.cosh(W.av)))])
D("F17", F, [r"The state space is $\mathcal{X} = \{0, 1\}^d$.", [r"\sum_{x \in \mathcal{X}} x_1 = 2^{d-1}"]],
  [(V, lambda W: sum(x[0] for x in it.product((0, 1), repeat=W.dd)), lambda W: 2.0 ** (W.dd - 1))])
D("F18", F, [r"The state space is $\mathcal{X} = \{-1, 1\}^d$.", [r"\sum_{x \in \mathcal{X}} x_1 = 2^{d-1}"]],
  [(I, lambda W: sum(x[0] for x in it.product(PM, repeat=W.dd)), lambda W: 2.0 ** (W.dd - 1))])

# ================================================================ G conditions written on the row
G = "G conditions"
D("G01", G, [PB, [r"\mathbb{E}_{x\sim p_\beta}[E(x)] = \frac{1}{\sum_x 1}\sum_x E(x) \quad \text{for } \beta = 0"]],
  [DEF, (V, lambda W: W.pb(0.0) @ W.b, lambda W: W.b.mean())])
D("G02", G, [PB, [r"\mathbb{E}_{x\sim p_\beta}[E(x)] = \frac{1}{\sum_x 1}\sum_x E(x)"]],
  [DEF, (I, lambda W: W.pb() @ W.b, lambda W: W.b.mean())], note="G01 without its condition")
D("G03", G, [PB, [r"\mathbb{E}_{x\sim p_\beta}[E(x)] = \min_x E(x) \quad \text{for } \beta = 0"]],
  [DEF, (I, lambda W: W.pb(0.0) @ W.b, lambda W: W.b.min())])
D("G04", G, [MODEL, [r"\nabla_\theta \log Z_\theta = 0 \quad \text{if } \nabla_\theta E_\theta(x) = 0 \text{ for all } x"]],
  [DEF, (V, lambda W: d1(lambda t: lse(-(W.b + 0 * t)), W.th), lambda W: 0.0)], note="under the condition E does not depend on theta")
D("G05", G, [MODEL, [r"\nabla_\theta \log Z_\theta = 0"]], [DEF, (I, lambda W: d1(W.logZ, W.th), lambda W: 0.0)])
D("G06", G, [PB, [r"\frac{\partial \log Z(\beta)}{\partial \beta} = -E(x_0) \quad \text{if } E(x) = E(x_0) \text{ for all } x"]],
  [DEF, (V, lambda W: d1(lambda be: lse(-be * np.full(W.K, W.b[0])), W.be), lambda W: -W.b[0])])
D("G07", G, [[r"\mathrm{KL}(q \| p) = 0 \quad \text{when } q = p"]], [(V, lambda W: KL(W.pp, W.pp), lambda W: 0.0)])


def _q_same_at_x0(W):
    q = W.pp.copy()
    others = [k for k in range(W.K) if k != W.x0]
    if len(others) >= 2:
        o1, o2 = others[:2]
        dlt = 0.5 * min(q[o1], q[o2]); q[o1] += dlt; q[o2] -= dlt
    return q


D("G08", G, [[r"\mathrm{KL}(q \| p) = 0 \quad \text{when } q(x_0) = p(x_0)"]],
  [(I, lambda W: KL(_q_same_at_x0(W), W.pp), lambda W: 0.0)], note="agreement at one state is enough only with 2 states")
D("G09", G, [PB, [r"\log Z(\beta) = \log \sum_x 1 \quad \text{at } \beta = 0"]], [DEF, (V, lambda W: W.logZb(0.0), lambda W: np.log(W.K))])
D("G10", G, [PB, [r"\log Z(\beta) = \log \sum_x 1 \quad \text{at } \beta = 1"]], [DEF, (I, lambda W: W.logZb(1.0), lambda W: np.log(W.K))])
D("G11", G, [PB, [r"\mathbb{E}_{x\sim p_\beta}[E(x)] \le \frac{1}{\sum_x 1}\sum_x E(x) \quad \text{for } \beta \ge 0"]],
  [DEF, (V, lambda W: W.pb() @ W.b, lambda W: W.b.mean(), "<=")], note="<E> decreases in beta and is the mean at 0")
D("G12", G, [PB, [r"\mathbb{E}_{x\sim p_\beta}[E(x)] \le \frac{1}{\sum_x 1}\sum_x E(x) \quad \text{for } \beta \le 0"]],
  [DEF, (I, lambda W: W.pb(-W.be) @ W.b, lambda W: W.b.mean(), "<=")])
D("G13", G, [MODEL, [r"p_\theta(x) = p_{\theta'}(x) \quad \text{for } \theta' = \theta"]], [DEF, (V, lambda W: W.p()[W.x0], lambda W: W.p(W.th)[W.x0])])
D("G14", G, [MODEL, [r"p_\theta(x) = p_{\theta'}(x) \quad \text{for } \theta' = 2\theta"]], [DEF, (I, lambda W: W.p()[W.x0], lambda W: W.p(2 * W.th)[W.x0])])

# ================================================================ H inequalities
Hh = "H inequalities"
anyq = lambda W: W.p() if W.deg else W.qq
ANYQ = r"For any distribution $q$ over the states:"
D("H01", Hh, [MODEL, ANYQ, [r"\log Z_\theta \ge -\mathbb{E}_{x\sim q}[E_\theta(x)] + H(q)"]],
  [DEF, (V, lambda W: W.logZ(), lambda W: -anyq(W) @ W.E() + H(anyq(W)), ">=")], note="Gibbs variational bound")
D("H02", Hh, [MODEL, ANYQ, [r"\log Z_\theta \le -\mathbb{E}_{x\sim q}[E_\theta(x)] + H(q)"]],
  [DEF, (I, lambda W: W.logZ(), lambda W: -anyq(W) @ W.E() + H(anyq(W)), "<=")])
LQ = r"A model $p(v, h)$ and any distribution $q(h \mid v)$."
elbo = lambda W: W.qhv()[W.v0] @ np.log(W.joint()[W.v0] / W.qhv()[W.v0])
D("H03", Hh, [LQ, [r"\log p(v) \ge \mathbb{E}_{h\sim q(h\mid v)}\left[\log \frac{p(v, h)}{q(h \mid v)}\right]"]],
  [(V, lambda W: np.log(W.pv()[W.v0]), elbo, ">=")])
D("H04", Hh, [LQ, [r"\log p(v) \le \mathbb{E}_{h\sim q(h\mid v)}\left[\log \frac{p(v, h)}{q(h \mid v)}\right]"]],
  [(I, lambda W: np.log(W.pv()[W.v0]), elbo, "<=")])
PQ = r"Let $p$ and $q$ be distributions on a finite set, and $f$ a real function on it."
D("H05", Hh, [PQ, [r"\mathrm{KL}(q \| p) \ge 0"]], [(V, lambda W: KL(W.qq, W.pp), lambda W: 0.0, ">=")])
D("H06", Hh, [PQ, [r"\mathrm{KL}(q \| p) \ge H(q)"]], [(I, lambda W: KL(W.qq, W.pp), lambda W: H(W.qq), ">=")])
D("H07", Hh, [PQ, [r"\log \mathbb{E}_{x\sim p}\left[e^{f(x)}\right] \ge \mathbb{E}_{x\sim p}[f(x)]"]],
  [(V, lambda W: np.log(W.pp @ np.exp(W.f)), lambda W: W.pp @ W.f, ">=")], note="Jensen")
D("H08", Hh, [PQ, [r"\log \mathbb{E}_{x\sim p}\left[e^{f(x)}\right] \le \mathbb{E}_{x\sim p}[f(x)]"]],
  [(I, lambda W: np.log(W.pp @ np.exp(W.f)), lambda W: W.pp @ W.f, "<=")])
D("H09", Hh, [PQ, [r"H(p) \le \log \sum_x 1"]], [(V, lambda W: H(W.pp), lambda W: np.log(W.K), "<=")])
D("H10", Hh, [PQ, [r"H(p) \ge \log \sum_x 1"]], [(I, lambda W: H(W.pp), lambda W: np.log(W.K), ">=")])
D("H11", Hh, [PQ, [r"H(p, q) \ge H(p)"]], [(V, lambda W: CE(W.pp, W.qq), lambda W: H(W.pp), ">=")])
D("H12", Hh, [PQ, [r"\mathbb{E}_{p}[f(x)]^2 \le \mathbb{E}_{p}[f(x)^2]"]], [(V, lambda W: (W.pp @ W.f) ** 2, lambda W: W.pp @ W.f ** 2, "<=")])
D("H13", Hh, [PQ, [r"\mathbb{E}_{p}[f(x)^2] \le \mathbb{E}_{p}[f(x)]^2"]], [(I, lambda W: W.pp @ W.f ** 2, lambda W: (W.pp @ W.f) ** 2, "<=")])
D("H14", Hh, [PQ, [r"\mathrm{KL}(q \| p) > 0"]], [(I, lambda W: KL(W.qq, W.pp), lambda W: 0.0, ">")], note="0 when q = p")
D("H15", Hh, [MODEL, ANYQ, [r"\log Z_\theta \ge -\mathbb{E}_{x\sim q}[E_\theta(x)] + H(q) + \theta^2(\theta - 1)^2"]],
  [DEF, (I, lambda W: W.logZ(), lambda W: -anyq(W) @ W.E() + H(anyq(W)) + W.th ** 2 * (W.th - 1) ** 2, ">=")],
  note="a true bound plus a term vanishing at theta = 0, 1: fails for q = p_theta")
S("H16", Hh, r"\mathrm{KL}(q \| p)", r"\mathrm{KL}(q \| p) \ge 0", (I, lambda W: 1.0, lambda W: 0.0),
  note="a relation inside one side: not an identity; must not be proved")
S("H17", Hh, r"\mathbb{E}_p[f(x)]^2", r"\le \mathbb{E}_p[f(x)^2]", (V, lambda W: (W.pp @ W.f) ** 2, lambda W: W.pp @ W.f ** 2, "<="),
  note="a chain step typed with its relation: true as <=")
S("H18", Hh, r"\mathbb{E}_p[f(x)^2]", r"\le \mathbb{E}_p[f(x)]^2", (I, lambda W: W.pp @ W.f ** 2, lambda W: (W.pp @ W.f) ** 2, "<="))

# ================================================================ I latent variables and RBMs (0/1 units)
Ii = "I latent and RBM"
D("I01", Ii, [R01, [r"p(h_j = 1 \mid v) = \sigma\left(b_j + (W^\top v)_j\right)"]], [(V, lambda W: W.rcond_h(W.v_, W.j, 1), lambda W: sig(ch(W)))])
D("I02", Ii, [R01, [r"p(h_j = 1 \mid v) = \sigma\left(b_j + (W v)_j\right)"]],
  [(I, lambda W: W.rcond_h(W.v_, W.j, 1), lambda W: sig(W.rb[W.j] + (W.W @ W.v_)[W.j]))], note="W v sums over the wrong index")
D("I03", Ii, [R01, [r"p(v_i = 1 \mid h) = \sigma\left(a_i + \sum_j W_{ij} h_j\right)"]], [(V, lambda W: W.rcond_v(W.h_, W.i, 1), lambda W: sig(cv(W)))])
D("I04", Ii, [R01, [r"p(v_i = 0 \mid h) = \sigma\left(-a_i - \sum_j W_{ij} h_j\right)"]], [(V, lambda W: W.rcond_v(W.h_, W.i, 0), lambda W: sig(-cv(W)))])
D("I05", Ii, [R01, [r"p(v_i = 0 \mid h) = 1 - \sigma\left(-a_i - \sum_j W_{ij} h_j\right)"]], [(I, lambda W: W.rcond_v(W.h_, W.i, 0), lambda W: 1 - sig(-cv(W)))])
free01 = lambda W: -W.ra @ W.v_ - sum(np.log1p(np.exp(W.rb[k] + W.v_ @ W.W[:, k])) for k in range(W.n))
D("I06", Ii, [R01, [r"-\log \sum_h e^{-E(v, h)} = -a^\top v - \sum_j \operatorname{softplus}\left(b_j + \sum_i v_i W_{ij}\right)"]],
  [(V, lambda W: W.rfree(W.v_), free01)])
D("I07", Ii, [R01, [r"-\log \sum_h e^{-E(v, h)} = -a^\top v + \sum_j \log\left(1 + e^{b_j + \sum_i v_i W_{ij}}\right)"]],
  [(I, lambda W: W.rfree(W.v_), lambda W: -W.ra @ W.v_ + sum(np.log1p(np.exp(W.rb[k] + W.v_ @ W.W[:, k])) for k in range(W.n)))])
FV = [r"F(v) = -\log \sum_h e^{-E(v, h)}"]
D("I08", Ii, [R01, FV, [r"p(v) = \frac{e^{-F(v)}}{\sum_{v'} e^{-F(v')}}"]],
  [DEF, (V, lambda W: W.rpv(W.v_), lambda W: np.exp(-W.rfree(W.v_)) / sum(np.exp(-W.rfree(u)) for u in W.vstates))])
D("I09", Ii, [R01, FV, [r"F(v) = -\log p(v)"]], [DEF, (I, lambda W: W.rfree(W.v_), lambda W: -np.log(W.rpv(W.v_)))], note="log Z missing")


def _cond_h_vec(W):
    w = np.array([np.exp(-W.rE(W.v_, h)) for h in W.vstates])
    k = [tuple(s) for s in W.vstates].index(tuple(W.h_))
    return w[k] / w.sum()


D("I10", Ii, [R01, [r"p(h \mid v) = \prod_j p(h_j \mid v)"]],
  [(V, _cond_h_vec, lambda W: np.prod([W.rcond_h(W.v_, k, W.h_[k]) for k in range(W.n)]))])


def _marg_v(W, i, val):
    t = W.rjoint().sum(axis=1)
    return sum(t[k] for k, v in enumerate(W.vstates) if v[i] == val)


D("I11", Ii, [R01, [r"p(v) = \prod_i p(v_i)"]],
  [(I, lambda W: W.rpv(W.v_), lambda W: np.prod([_marg_v(W, k, W.v_[k]) for k in range(W.n)]))], note="visible units are not independent")


def _dlogpv_dW(W):
    def f(t):
        Wm = W.W.copy(); Wm[W.i, W.j] = t
        return np.log(W.rpv(W.v_, W=Wm))
    return d1(f, W.W[W.i, W.j])


def _neg_phase(W):
    t = W.rjoint()
    return sum(t[a, b] * v[W.i] * h[W.j] for a, v in enumerate(W.vstates) for b, h in enumerate(W.vstates))


D("I12", Ii, [R01, [r"\frac{\partial \log p(v)}{\partial W_{ij}} = v_i\, \sigma\left(b_j + \sum_k W_{kj} v_k\right) - \mathbb{E}_{p(v', h')}\left[v'_i h'_j\right]"]],
  [(V, _dlogpv_dW, lambda W: W.v_[W.i] * sig(ch(W)) - _neg_phase(W))])
D("I13", Ii, [R01, [r"\frac{\partial \log p(v)}{\partial W_{ij}} = v_i\, \sigma\left(b_j + \sum_k W_{kj} v_k\right)"]],
  [(I, _dlogpv_dW, lambda W: W.v_[W.i] * sig(ch(W)))], note="negative phase missing")


def _dF_db(W):
    def f(t):
        rb = W.rb.copy(); rb[W.j] = t
        return W.rfree(W.v_, rb=rb)
    return d1(f, W.rb[W.j])


D("I14", Ii, [R01, FV, [r"\frac{\partial F(v)}{\partial b_j} = -\sigma\left(b_j + \sum_i W_{ij} v_i\right)"]], [DEF, (V, _dF_db, lambda W: -sig(ch(W)))])
D("I15", Ii, [R01, FV, [r"\frac{\partial F(v)}{\partial b_j} = \sigma\left(b_j + \sum_i W_{ij} v_i\right)"]], [DEF, (I, _dF_db, lambda W: sig(ch(W)))])
LXZ = r"A model $p(x, z)$ with an observed $x$ and a latent $z$; $p(z)$, $p(x \mid z)$ and $p(z \mid x)$ are its prior, likelihood and posterior."
lik = lambda W: W.joint()[W.v0, W.h0] / W.ph_()[W.h0]
D("I16", Ii, [LXZ, [r"p(z \mid x) = \frac{p(x \mid z)\, p(z)}{p(x)}"]], [(V, lambda W: W.post()[W.v0, W.h0], lambda W: lik(W) * W.ph_()[W.h0] / W.pv()[W.v0])])
D("I17", Ii, [LXZ, [r"p(z \mid x) = \frac{p(x \mid z)\, p(x)}{p(z)}"]], [(I, lambda W: W.post()[W.v0, W.h0], lambda W: lik(W) * W.pv()[W.v0] / W.ph_()[W.h0])])
D("I18", Ii, [r"A model $p_\theta(x, z)$ with a latent $z$.", [r"\nabla_\theta \log p_\theta(x) = \mathbb{E}_{z \sim p_\theta(z \mid x)}\left[\nabla_\theta \log p_\theta(x, z)\right]"]],
  [(V, lambda W: d1(lambda t: np.log(W.pv(t)[W.v0]), W.th), lambda W: W.post()[W.v0] @ d1(lambda t: np.log(W.joint(t)[W.v0]), W.th))],
  note="Fisher's identity")
D("I19", Ii, [r"A model $p_\theta(x, z)$ with a latent $z$ and an encoder $q_\phi(z \mid x)$.",
              [r"\nabla_\theta \log p_\theta(x) = \mathbb{E}_{z \sim q_\phi(z \mid x)}\left[\nabla_\theta \log p_\theta(x, z)\right]"]],
  [(I, lambda W: d1(lambda t: np.log(W.pv(t)[W.v0]), W.th), lambda W: W.qhv()[W.v0] @ d1(lambda t: np.log(W.joint(t)[W.v0]), W.th))])
D("I20", Ii, [LXZ, [r"p(x) = \sum_z p(x \mid z)\, p(z)"]], [(V, lambda W: W.pv()[W.v0], lambda W: W.joint()[W.v0].sum())])
D("I21", Ii, [LXZ, [r"p(x) = \sum_z p(z \mid x)\, p(x \mid z)"]],
  [(I, lambda W: W.pv()[W.v0], lambda W: W.post()[W.v0] @ (W.joint()[W.v0] / W.ph_()))])

# ================================================================ J exponential families, log-linear, softmax
J = "J exp family softmax"
EXP1 = [r"p_\theta(x) = \frac{1}{Z(\theta)} e^{\theta T(x)}"]
D("J01", J, [EXP1, [r"\frac{d \log Z(\theta)}{d\theta} = \mathbb{E}_{p_\theta}[T(x)]"]],
  [DEF, (V, lambda W: d1(lambda t: lse(t * W.T), W.th), lambda W: softmax(W.th * W.T) @ W.T)])
D("J02", J, [EXP1, [r"\frac{d \log Z(\theta)}{d\theta} = -\mathbb{E}_{p_\theta}[T(x)]"]],
  [DEF, (I, lambda W: d1(lambda t: lse(t * W.T), W.th), lambda W: -softmax(W.th * W.T) @ W.T)])
EXPH = [r"p_\theta(x) = h(x) \exp\left(\theta T(x) - A(\theta)\right)"]
D("J03", J, [EXPH, [r"A(\theta) = \log \sum_x h(x)\, e^{\theta T(x)}"]],
  [DEF, (V, lambda W: lse(W.th * W.T + np.log(W.hb)), lambda W: np.log(np.sum(W.hb * np.exp(W.th * W.T))))])
D("J04", J, [EXPH, [r"A(\theta) = \log \sum_x e^{\theta T(x)}"]],
  [DEF, (I, lambda W: lse(W.th * W.T + np.log(W.hb)), lambda W: lse(W.th * W.T))], note="the base measure h is dropped")
EXPV = [r"p_\eta(x) = \exp\left(\eta^\top T(x) - A(\eta)\right)"]
gradA = lambda W, eta: softmax(W.T2 @ eta) @ W.T2


def _num_grad(W):
    return np.array([d1(lambda t: lse(W.T2 @ (W.eta + t * np.eye(2)[k])), 0.0) for k in range(2)])


def _num_hess(W):
    return np.array([[d1(lambda t: gradA(W, W.eta + t * np.eye(2)[l])[k], 0.0) for l in range(2)] for k in range(2)])


D("J05", J, [EXPV, [r"\nabla_\eta A(\eta) = \mathbb{E}_{p_\eta}[T(x)]"]], [DEF, (V, _num_grad, lambda W: gradA(W, W.eta))])
D("J06", J, [EXPV, [r"\nabla^2_\eta A(\eta) = \mathbb{E}_{p_\eta}\left[T(x)\, T(x)^\top\right]"]],
  [DEF, (I, _num_hess, lambda W: (softmax(W.T2 @ W.eta)[:, None, None] * W.T2[:, :, None] * W.T2[:, None, :]).sum(0))],
  note="the mean's outer product is missing")
LL = [r"p_\lambda(x) = \frac{1}{Z(\lambda)} \exp\left(\sum_k \lambda_k f_k(x)\right)"]


def _ll_grad(W):
    def f(t):
        lam = W.lam.copy(); lam[W.k] = t
        return np.log(softmax(W.F3 @ lam)[W.data]).mean()
    return d1(f, W.lam[W.k])


emp = lambda W: W.F3[W.data, W.k].mean()
mod = lambda W: softmax(W.F3 @ W.lam) @ W.F3[:, W.k]
D("J07", J, [LL, [r"\frac{\partial}{\partial \lambda_k} \frac{1}{N}\sum_{i=1}^N \log p_\lambda(x_i) = \frac{1}{N}\sum_{i=1}^N f_k(x_i) - \mathbb{E}_{p_\lambda}[f_k(x)]"]],
  [DEF, (V, _ll_grad, lambda W: emp(W) - mod(W))])
D("J08", J, [LL, [r"\frac{\partial}{\partial \lambda_k} \frac{1}{N}\sum_{i=1}^N \log p_\lambda(x_i) = \mathbb{E}_{p_\lambda}[f_k(x)] - \frac{1}{N}\sum_{i=1}^N f_k(x_i)"]],
  [DEF, (I, _ll_grad, lambda W: mod(W) - emp(W))])
D("J09", J, [LL, [r"\frac{\partial}{\partial \lambda_k} \frac{1}{N}\sum_{i=1}^N \log p_\lambda(x_i) = \frac{1}{N}\sum_{i=1}^N f_k(x_i) - \frac{1}{N}\sum_{i=1}^N p_\lambda(x_i) f_k(x_i)"]],
  [DEF, (I, _ll_grad, lambda W: emp(W) - (softmax(W.F3 @ W.lam)[W.data] * W.F3[W.data, W.k]).mean())],
  note="model expectation replaced by a sum over the data")


def _dlogsoft(W):
    def f(t):
        z = W.z.copy(); z[W.zj] = t
        return np.log(softmax(z)[W.zi])
    return d1(f, W.z[W.zj])


S("J10", J, r"\frac{\partial}{\partial z_j} \log \mathrm{softmax}(z)_i", r"\delta_{ij} - \mathrm{softmax}(z)_j",
  (V, _dlogsoft, lambda W: float(W.zi == W.zj) - softmax(W.z)[W.zj]))
S("J11", J, r"\frac{\partial}{\partial z_j} \log \mathrm{softmax}(z)_i", r"\delta_{ij} - \mathrm{softmax}(z)_i",
  (I, _dlogsoft, lambda W: float(W.zi == W.zj) - softmax(W.z)[W.zi]))
LOGITS = r"Let $z \in \mathbb{R}^K$ be logits and $c, m \in \mathbb{R}$ two constants."
D("J12", J, [LOGITS, [r"\mathrm{softmax}(z + c)_i = \mathrm{softmax}(z)_i"]],
  [(V, lambda W: softmax(W.z + W.cc)[W.zi], lambda W: softmax(W.z)[W.zi])], note="c a scalar added to every logit")
D("J13", J, [LOGITS, [r"\mathrm{softmax}(c\, z)_i = \mathrm{softmax}(z)_i"]],
  [(I, lambda W: softmax(W.cc * W.z)[W.zi], lambda W: softmax(W.z)[W.zi])])
D("J14", J, [LOGITS, [r"\log \sum_j e^{z_j} = m + \log \sum_j e^{z_j - m}"]], [(V, lambda W: lse(W.z), lambda W: W.al + lse(W.z - W.al))])
S("J15", J, r"\frac{e^{z_1}}{e^{z_1} + e^{z_2}}", r"\sigma(z_1 - z_2)", (V, lambda W: softmax(W.z[:2])[0], lambda W: sig(W.z[0] - W.z[1])))
S("J16", J, r"\frac{e^{z_1}}{e^{z_1} + e^{z_2}}", r"\sigma(z_2 - z_1)", (I, lambda W: softmax(W.z[:2])[0], lambda W: sig(W.z[1] - W.z[0])))
D("J17", J, [EXP1, [r"\frac{d^2 \log Z(\theta)}{d\theta^2} = \mathbb{E}_{p_\theta}\left[\left(T(x) - \mathbb{E}_{p_\theta}[T(x)]\right)^2\right]"]],
  [DEF, (V, lambda W: d2(lambda t: lse(t * W.T), W.th), lambda W: softmax(W.th * W.T) @ (W.T - softmax(W.th * W.T) @ W.T) ** 2)])
D("J18", J, [EXP1, [r"\frac{d^2 \log Z(\theta)}{d\theta^2} = \mathbb{E}_{p_\theta}[T(x)]^2"]],
  [DEF, (I, lambda W: d2(lambda t: lse(t * W.T), W.th), lambda W: (softmax(W.th * W.T) @ W.T) ** 2)])
D("J19", J, [EXP1, [r"\frac{1}{N}\sum_{i=1}^N T(x_i) = \mathbb{E}_{p_\theta}[T(x)]"]],
  [DEF, (I, lambda W: W.T[W.data].mean(), lambda W: softmax(W.th * W.T) @ W.T)], note="moment matching holds at the MLE only")
EH = [r"E_\theta(x) = -\theta\, T(x) - \log h(x)"]
D("J20", J, [EH, MODEL, [r"p_\theta(x) = \frac{h(x)\, e^{\theta T(x)}}{Z_\theta}"]],
  [DEF, DEF, (V, lambda W: softmax(W.th * W.T + np.log(W.hb))[W.x0], lambda W: W.hb[W.x0] * np.exp(W.th * W.T[W.x0]) / np.sum(W.hb * np.exp(W.th * W.T)))])
D("J21", J, [EH, MODEL, [r"p_\theta(x) = \frac{e^{\theta T(x)}}{Z_\theta}"]],
  [DEF, DEF, (I, lambda W: softmax(W.th * W.T + np.log(W.hb))[W.x0], lambda W: np.exp(W.th * W.T[W.x0]) / np.sum(W.hb * np.exp(W.th * W.T)))])

# ================================================================ K Ising: beta derivatives and variances
Kk = "K Ising"
ISP = r"A chain of spins $s \in \{-1, +1\}^n$, with coupling $J$ and field $h$:"
IE = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1} - h \sum_{i=1}^{n} s_i"]
IP = [r"p_\beta(s) = \frac{e^{-\beta E(s)}}{Z(\beta)}"]
ISING = [ISP, IE, IP]
mE = lambda W, be=None: W.iavg(W.iE, be)
vE = lambda W: W.iavg(lambda s: W.iE(s) ** 2) - mE(W) ** 2
D("K01", Kk, ISING + [[r"\frac{\partial \log Z(\beta)}{\partial \beta} = -\mathbb{E}_{s\sim p_\beta}[E(s)]"]],
  [DEF, DEF, (V, lambda W: d1(lambda b: np.log(W.iZ(b)), W.be), lambda W: -mE(W))])
D("K02", Kk, ISING + [[r"\frac{\partial^2 \log Z(\beta)}{\partial \beta^2} = \langle E^2 \rangle - \langle E \rangle^2"]],
  [DEF, DEF, (V, lambda W: d2(lambda b: np.log(W.iZ(b)), W.be), vE)])
D("K03", Kk, ISING + [[r"\frac{\partial^2 \log Z(\beta)}{\partial \beta^2} = \langle E \rangle^2 - \langle E^2 \rangle"]],
  [DEF, DEF, (I, lambda W: d2(lambda b: np.log(W.iZ(b)), W.be), lambda W: -vE(W))])
D("K04", Kk, ISING + [[r"\frac{\partial \langle E \rangle}{\partial \beta} = -\left(\langle E^2 \rangle - \langle E \rangle^2\right)"]],
  [DEF, DEF, (V, lambda W: d1(lambda b: mE(W, b), W.be), lambda W: -vE(W))])
D("K05", Kk, ISING + [[r"\frac{\partial \langle E \rangle}{\partial \beta} = \langle E^2 \rangle - \langle E \rangle^2"]],
  [DEF, DEF, (I, lambda W: d1(lambda b: mE(W, b), W.be), vE)])
D("K06", Kk, ISING + [[r"\frac{1}{\beta}\frac{\partial \log Z}{\partial h} = \left\langle \sum_{i=1}^n s_i \right\rangle"]],
  [DEF, DEF, (V, lambda W: d1(lambda hh: np.log(W.iZ(hf=hh)), W.hf) / W.be, lambda W: W.iavg(np.sum))])
D("K07", Kk, ISING + [[r"\frac{\partial \log Z}{\partial h} = \left\langle \sum_{i=1}^n s_i \right\rangle"]],
  [DEF, DEF, (I, lambda W: d1(lambda hh: np.log(W.iZ(hf=hh)), W.hf), lambda W: W.iavg(np.sum))], note="a factor beta is missing")
D("K08", Kk, ISING + [[r"\frac{\partial \log Z}{\partial J} = \beta \left\langle \sum_{i=1}^{n-1} s_i s_{i+1}\right\rangle"]],
  [DEF, DEF, (V, lambda W: d1(lambda jj: np.log(W.iZ(J=jj)), W.J), lambda W: W.be * W.iavg(lambda s: np.sum(s[:-1] * s[1:])))])
IE0 = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1}"]
D("K09", Kk, [r"An open chain of spins $s \in \{-1, +1\}^n$ with coupling $J$ and no field:", IE0, IP,
              [r"Z(\beta) = 2\left(2\cosh(\beta J)\right)^{n-1}"]],
  [DEF, DEF, (V, lambda W: W.iZ(hf=0.0), lambda W: 2 * (2 * np.cosh(W.be * W.J)) ** (W.ns - 1))])
D("K10", Kk, [r"An open chain of spins $s \in \{-1, +1\}^n$ with coupling $J$ and no field:", IE0, IP,
              [r"Z(\beta) = \left(2\cosh(\beta J)\right)^{n}"]],
  [DEF, DEF, (I, lambda W: W.iZ(hf=0.0), lambda W: (2 * np.cosh(W.be * W.J)) ** W.ns)])
D("K11", Kk, [r"An open chain of units $s \in \{0, 1\}^n$ with coupling $J$ and no field:", IE0, IP,
              [r"Z(\beta) = 2\left(2\cosh(\beta J)\right)^{n-1}"]],
  [DEF, DEF, (I, lambda W: W.iZ(hf=0.0), lambda W: 2 * (2 * np.cosh(W.be * W.J)) ** (W.ns - 1))], spins=(0, 1))
D("K12", Kk, ISING + [[r"\beta^2 \frac{\partial^2 \log Z}{\partial \beta^2} = \beta^2 \operatorname{Var}_{p_\beta}[E(s)]"]],
  [DEF, DEF, (V, lambda W: W.be ** 2 * d2(lambda b: np.log(W.iZ(b)), W.be), lambda W: W.be ** 2 * vE(W))])
D("K13", Kk, ISING + [[r"\frac{\partial \log Z}{\partial \beta} = -\beta \langle E \rangle"]],
  [DEF, DEF, (I, lambda W: d1(lambda b: np.log(W.iZ(b)), W.be), lambda W: -W.be * mE(W))])
ONE = [r"A single spin $s \in \{-1, +1\}$ in a field $h$, with energy $E(s) = -h s$.", IP]
D("K14", Kk, ONE + [[r"\langle s \rangle = \tanh(\beta h)"]], [DEF, (V, lambda W: softmax([-W.be * W.hf, W.be * W.hf]) @ np.array([-1, 1]), lambda W: np.tanh(W.be * W.hf))])
D("K15", Kk, ONE + [[r"\langle s \rangle = \tanh(h)"]], [DEF, (I, lambda W: softmax([-W.be * W.hf, W.be * W.hf]) @ np.array([-1, 1]), lambda W: np.tanh(W.hf))])
D("K16", Kk, [ISP + r" here $\beta = 1/T$.", IE, IP,
              [r"\frac{\partial \langle E \rangle}{\partial T} = \frac{1}{T^2}\left(\langle E^2 \rangle - \langle E \rangle^2\right)"]],
  [DEF, DEF, (V, lambda W: d1(lambda T: mE(W, 1 / T), 1 / W.be), lambda W: W.be ** 2 * vE(W))])
