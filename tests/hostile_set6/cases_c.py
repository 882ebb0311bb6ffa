"""hostile7 cases I-K: hyperbolic functions, rounded decimals, notation as typed (\\dfrac \\tfrac \\over
\\left< \\right> \\langle \\rangle \\cdots \\ldots)."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

# ============================================================ I hyperbolic functions
I = "I cosh/sinh/tanh"
RA = r"For every real $a$:"
a_ = lambda W: W.th
D("I01", I, [RA, [r"\tanh a = \frac{e^{a} - e^{-a}}{e^{a} + e^{-a}}"]], [(T, lambda W: np.tanh(a_(W)), lambda W: (np.exp(a_(W)) - np.exp(-a_(W))) / (np.exp(a_(W)) + np.exp(-a_(W))))])
D("I02", I, [RA, [r"\tanh a = \frac{e^{a} - e^{-a}}{2}"]], [(F, lambda W: np.tanh(a_(W)), lambda W: np.sinh(a_(W)))], note="that is sinh")
D("I03", I, [RA, [r"\tanh a = 2\sigma(2a) - 1"]], [(T, lambda W: np.tanh(a_(W)), lambda W: 2 * sig(2 * a_(W)) - 1)])
D("I04", I, [RA, [r"\tanh a = 2\sigma(a) - 1"]], [(F, lambda W: np.tanh(a_(W)), lambda W: 2 * sig(a_(W)) - 1)])
D("I05", I, [RA, [r"\frac{\partial}{\partial a} \log\cosh a = \tanh a"]], [(T, lambda W: d1(lambda t: np.log(np.cosh(t)), a_(W)), lambda W: np.tanh(a_(W)))])
D("I06", I, [RA, [r"\frac{\partial}{\partial a} \log\cosh a = \frac{1}{\tanh a}"]], [(F, lambda W: d1(lambda t: np.log(np.cosh(t)), a_(W)), lambda W: 1 / np.tanh(a_(W)))])
D("I07", I, [RA, [r"\frac{\partial}{\partial a} \tanh a = 1 - \tanh^{2} a"]], [(T, lambda W: d1(np.tanh, a_(W)), lambda W: 1 - np.tanh(a_(W)) ** 2)])
D("I08", I, [RA, [r"\frac{\partial}{\partial a} \tanh a = 1 + \tanh^{2} a"]], [(F, lambda W: d1(np.tanh, a_(W)), lambda W: 1 + np.tanh(a_(W)) ** 2)])
D("I09", I, [RA, [r"\sinh(2a) = 2 \sinh a \cosh a"]], [(T, lambda W: np.sinh(2 * a_(W)), lambda W: 2 * np.sinh(a_(W)) * np.cosh(a_(W)))])
D("I10", I, [RA, [r"\cosh(2a) = 2\cosh^{2} a + 1"]], [(F, lambda W: np.cosh(2 * a_(W)), lambda W: 2 * np.cosh(a_(W)) ** 2 + 1)], note="-1, not +1")
D("I11", I, [RA, [r"\log\left(2\cosh a\right) = |a| + \log\left(1 + e^{-2|a|}\right)"]], [(T, lambda W: np.log(2 * np.cosh(a_(W))), lambda W: abs(a_(W)) + np.log1p(np.exp(-2 * abs(a_(W)))))])
D("I12", I, [RA, [r"\log\left(2\cosh a\right) = a + \log\left(1 + e^{-a}\right)"]], [(F, lambda W: np.log(2 * np.cosh(a_(W))), lambda W: a_(W) + np.log1p(np.exp(-a_(W))))])
TWOS = r"Two spins $s_1, s_2 \in \{-1, +1\}$ at inverse temperature $\beta$ with coupling $J$:"
lz2s = lambda W, J: lse(np.array([W.be * J * a * b for a in (-1, 1) for b in (-1, 1)]))
D("I13", I, [TWOS, [r"\frac{\partial}{\partial J} \log \sum_{s_1, s_2} e^{\beta J s_1 s_2} = \beta \tanh(\beta J)"]], [(T, lambda W: d1(lambda j: lz2s(W, j), W.J), lambda W: W.be * np.tanh(W.be * W.J))])
D("I14", I, [TWOS, [r"\frac{\partial}{\partial J} \log \sum_{s_1, s_2} e^{\beta J s_1 s_2} = \tanh(\beta J)"]], [(F, lambda W: d1(lambda j: lz2s(W, j), W.J), lambda W: np.tanh(W.be * W.J))], note="missing beta")
D("I15", I, [RA, [r"\frac{e^{a} - e^{-a}}{e^{a} + e^{-a}} = \frac{1 - e^{-2a}}{1 + e^{-2a}}"]], [(T, lambda W: np.tanh(a_(W)), lambda W: -np.expm1(-2 * a_(W)) / (1 + np.exp(-2 * a_(W))))])
D("I16", I, [RA, [r"\sigma(a) = \frac{1}{2}\left(1 + \tanh\frac{a}{2}\right)"]], [(T, lambda W: sig(a_(W)), lambda W: (1 + np.tanh(a_(W) / 2)) / 2)])
D("I17", I, [RA, [r"\sigma(a) = \frac{1}{2}\left(1 + \tanh a\right)"]], [(F, lambda W: sig(a_(W)), lambda W: (1 + np.tanh(a_(W))) / 2)])
D("I18", I, [RA, [r"\log\sigma(a) - \log\sigma(-a) = 2a"]], [(F, lambda W: np.log(sig(a_(W))) - np.log(sig(-a_(W))), lambda W: 2 * a_(W))])
D("I19", I, [RA, [r"\cosh a - \sinh a = e^{a}"]], [(F, lambda W: np.cosh(a_(W)) - np.sinh(a_(W)), lambda W: np.exp(a_(W)))])
D("I20", I, [RA, [r"\cosh a + \sinh a = e^{a}"]], [(T, lambda W: np.cosh(a_(W)) + np.sinh(a_(W)), lambda W: np.exp(a_(W)))])

# ============================================================ J rounded decimals
J = "J rounded decimals"
SGD = r"With the logistic function $\sigma(t) = 1/(1 + e^{-t})$,"
D("J01", J, [SGD, [r"\sigma(1) = \frac{1}{1 + e^{-1}} \approx 0.731"]], [(T, const(sig(1.0)), const(0.731), "~3")])
D("J02", J, [SGD, [r"\sigma(1) = \frac{1}{1 + e^{-1}} \approx 0.713"]], [(F, const(sig(1.0)), const(0.713), "~3")], note="digits swapped")
D("J03", J, [SGD, [r"\sigma(1) \approx 0.732"]], [(F, const(sig(1.0)), const(0.732), "~3")], note="0.7311 rounds to 0.731")
D("J04", J, [[r"\tanh(1) \approx 0.762"]], [(T, const(np.tanh(1.0)), const(0.762), "~3")])
D("J05", J, [[r"\tanh(1) \approx 0.761"]], [(F, const(np.tanh(1.0)), const(0.761), "~3")], note="0.76159 truncated, not rounded")
D("J06", J, [[r"e^{-1} \approx 0.367"]], [(F, const(np.exp(-1.0)), const(0.367), "~3")], note="0.36788 truncated")
D("J07", J, [[r"e^{-1} \approx 0.368"]], [(T, const(np.exp(-1.0)), const(0.368), "~3")])
SM3 = r"A softmax over three classes with logits $z = (1, 2, 3)$:"
D("J08", J, [SM3, [r"\frac{e^{3}}{e^{1} + e^{2} + e^{3}} \approx 0.665"]], [(T, const(softmax([1, 2, 3])[2]), const(0.665), "~3")])
D("J09", J, [SM3, [r"\frac{e^{3}}{e^{1} + e^{2} + e^{3}} \approx 0.652"]], [(F, const(softmax([1, 2, 3])[2]), const(0.652), "~3")])
D("J10", J, [SM3, [r"\frac{e^{1}}{e^{1} + e^{2} + e^{3}} \approx 0.090"]], [(T, const(softmax([1, 2, 3])[0]), const(0.090), "~3")])
D("J11", J, [SM3, [r"\frac{e^{1}}{e^{1} + e^{2} + e^{3}} \approx 0.245"]], [(F, const(softmax([1, 2, 3])[0]), const(0.245), "~3")], note="that is the middle class")
TW = r"Two spins $s_1, s_2 \in \{-1, +1\}$ with $p(s) \propto e^{J s_1 s_2}$ and $J = 0.5$:"
c12 = sum(a * b * np.exp(0.5 * a * b) for a in (-1, 1) for b in (-1, 1)) / sum(np.exp(0.5 * a * b) for a in (-1, 1) for b in (-1, 1))
D("J12", J, [TW, [r"\langle s_1 s_2 \rangle = \tanh(0.5) \approx 0.462"]], [(T, const(c12), const(0.462), "~3")])
D("J13", J, [TW, [r"\langle s_1 s_2 \rangle = \tanh(0.5) \approx 0.482"]], [(F, const(c12), const(0.482), "~3")])
D("J14", J, [[r"\log\left(1 + e^{2}\right) \approx 2.127"]], [(T, const(np.log1p(np.exp(2.0))), const(2.127), "~3")])
D("J15", J, [[r"\log\left(1 + e^{2}\right) \approx 2.126"]], [(F, const(np.log1p(np.exp(2.0))), const(2.126), "~3")], note="2.12693 rounds up")
D("J16", J, [SGD, [r"\sigma(2) = 0.881"]],
  [("either", (const(sig(2.0)), const(0.881), "~3"), (const(sig(2.0)), const(0.881), "=="), "'=' read as rounded to 3 decimals, or exactly")])
D("J17", J, [SGD, [r"\sigma(2) = 0.880"]], [(F, const(sig(2.0)), const(0.880), "~3")], note="0.88080 is 0.881 to three places; false exactly too")
D("J18", J, [[r"\log\left(e^{0.5} + e^{-0.5}\right) &= \log\left(2\cosh 0.5\right)", r"&\approx 0.813"]],
  [(T, const(np.log(np.exp(.5) + np.exp(-.5))), const(np.log(2 * np.cosh(.5)))), (T, const(np.log(2 * np.cosh(.5))), const(0.813), "~3")])
D("J19", J, [[r"\log\left(e^{0.5} + e^{-0.5}\right) &= \log\left(2\cosh 0.5\right)", r"&\approx 0.831"]],
  [(T, const(np.log(np.exp(.5) + np.exp(-.5))), const(np.log(2 * np.cosh(.5)))), (F, const(np.log(2 * np.cosh(.5))), const(0.831), "~3")])
D("J20", J, [SGD, [r"\sigma(0.5) \cdot \sigma(-0.5) = 0.25"]], [(F, const(sig(.5) * sig(-.5)), const(0.25))], note="0.235")
D("J21", J, [SGD, [r"\sigma(0.5) + \sigma(-0.5) = 1"]], [(T, const(sig(.5) + sig(-.5)), const(1.0))])
D("J22", J, [[r"e^{0.693} \approx 2.000"]], [(T, const(np.exp(0.693)), const(2.0), "~3")])
D("J23", J, [[r"e^{0.7} \approx 2.000"]], [(F, const(np.exp(0.7)), const(2.0), "~3")])
D("J24", J, [SGD, [r"\sigma(-1) = 1 - \sigma(1) \approx 0.269"]], [(T, const(sig(-1.0)), const(0.269), "~3")])
D("J25", J, [SGD, [r"\sigma(-1) = 1 - \sigma(1) \approx 0.279"]], [(F, const(sig(-1.0)), const(0.279), "~3")])

# ============================================================ K notation as typed
K = "K notation as typed"
PBZ = r"with $Z(\beta) = \sum_x e^{-\beta E(x)}$."
D("K01", K, [PB, PBZ, [r"\left< E \right>_\beta = -\frac{\partial}{\partial \beta} \log Z(\beta)"]], [DEF, (T, lambda W: W.pb() @ W.b, lambda W: -d1(W.logZb, W.be))])
D("K02", K, [PB, PBZ, [r"\left< E \right>_\beta = \frac{\partial}{\partial \beta} \log Z(\beta)"]], [DEF, (F, lambda W: W.pb() @ W.b, lambda W: d1(W.logZb, W.be))])
D("K03", K, [PB, PBZ, [r"\langle E \rangle_\beta = \sum_{x} E(x)\, {e^{-\beta E(x)} \over Z(\beta)}"]], [DEF, (T, lambda W: W.pb() @ W.b, lambda W: W.b @ (np.exp(-W.be * W.b) / W.Zb()))])
D("K04", K, [PB, PBZ, [r"\langle E \rangle_\beta = \sum_{x} E(x)\, {e^{-E(x)} \over Z(\beta)}"]], [DEF, (F, lambda W: W.pb() @ W.b, lambda W: W.b @ (np.exp(-W.b) / W.Zb()))], note="beta dropped in the exponent")
D("K05", K, [MODEL, [r"\dfrac{\partial \log Z_\theta}{\partial \theta} = -\sum_{x} \dfrac{e^{-E_\theta(x)}}{Z_\theta}\, \dfrac{\partial E_\theta(x)}{\partial \theta}"]], [DEF, (T, dlogZ, lambda W: -Ep(W, W.dE()))])
D("K06", K, [MODEL, [r"\dfrac{\partial \log Z_\theta}{\partial \theta} = \sum_{x} \dfrac{e^{-E_\theta(x)}}{Z_\theta}\, \dfrac{\partial E_\theta(x)}{\partial \theta}"]], [DEF, (F, dlogZ, lambda W: Ep(W, W.dE()))])
D("K07", K, [MODEL, DATA, [r"\tfrac{1}{N}\sum_{i=1}^{N} \log p_\theta(x^{(i)}) = -\tfrac{1}{N}\sum_{i=1}^{N} E_\theta(x^{(i)}) - \tfrac{1}{N}\log Z_\theta"]],
  [DEF, (F, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.logZ() / W.N)], note="log Z divided by N")
D("K08", K, [MODEL, DATA, [r"\tfrac{1}{N}\sum_{i=1}^{N} \log p_\theta(x^{(i)}) = -\tfrac{1}{N}\sum_{i=1}^{N} E_\theta(x^{(i)}) - \log Z_\theta"]],
  [DEF, (T, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.logZ())])
D("K09", K, [SMX := r"For logits $z_1, \ldots, z_K$:", [r"e^{z_1} + e^{z_2} + \cdots + e^{z_K} = \sum_{k=1}^{K} e^{z_k}"]], [(T, lambda W: np.exp(W.z).sum(), lambda W: np.exp(W.z).sum())])
D("K10", K, [SMX, [r"\log\left(e^{z_1} + \cdots + e^{z_K}\right) = z_1 + \cdots + z_K"]], [(F, lambda W: lse(W.z), lambda W: W.z.sum())])
FB = r"The data are $x^{(1)}, \ldots, x^{(N)}$, and $\bar f = \frac{1}{N}\sum_{i=1}^{N} f(x^{(i)})$ for a function $f$."
D("K11", K, [FB, [r"\frac{1}{N}\left(f(x^{(1)}) + \ldots + f(x^{(N)})\right) = \bar f"]], [(T, lambda W: W.avg(W.f), lambda W: W.avg(W.f))])
D("K12", K, [FB, [r"f(x^{(1)}) + \ldots + f(x^{(N)}) = \bar f"]], [(F, lambda W: W.f[W.data].sum(), lambda W: W.avg(W.f))], note="N fbar")
BV = r"Let $v \in \{0, 1\}^{n}$ and $b \in \mathbb{R}^{n}$."
vv = lambda W: W.vs
D("K13", K, [BV, [r"\prod_{i=1}^{n} e^{b_i v_i} = e^{b_1 v_1 + \cdots + b_n v_n}"]], [(T, lambda W: np.prod(np.exp(W.bv[None, :] * vv(W)), 1), lambda W: np.exp(vv(W) @ W.bv))])
D("K14", K, [BV, [r"\sum_{i=1}^{n} e^{b_i v_i} = e^{b_1 v_1 + \cdots + b_n v_n}"]], [(F, lambda W: np.exp(W.bv[None, :] * vv(W)).sum(1), lambda W: np.exp(vv(W) @ W.bv))])
dKL = lambda W: d1(lambda t: KL(W.q, W.p(t)), W.th)
D("K15", K, [MODEL, QD, [r"\nabla_\theta \mathrm{KL}(q \,\|\, p_\theta) = \left\langle \nabla_\theta E_\theta \right\rangle_{q} - \left\langle \nabla_\theta E_\theta \right\rangle_{p_\theta}"]],
  [DEF, (T, dKL, lambda W: W.q @ W.dE() - Ep(W, W.dE()))])
D("K16", K, [MODEL, QD, [r"\nabla_\theta \mathrm{KL}(q \,\|\, p_\theta) = \left\langle \nabla_\theta E_\theta \right\rangle_{p_\theta} - \left\langle \nabla_\theta E_\theta \right\rangle_{q}"]],
  [DEF, (F, dKL, lambda W: -(W.q @ W.dE()) + Ep(W, W.dE()))])
D("K17", K, [PB, PBZ, [r"\frac{d \ln Z}{d\beta} = -\langle E \rangle_\beta"]], [DEF, (T, lambda W: d1(W.logZb, W.be), lambda W: -(W.pb() @ W.b))])
D("K18", K, [PB, PBZ, [r"\frac{\mathrm{d} \ln Z}{\mathrm{d}\beta} = -\beta\, \langle E \rangle_\beta"]], [DEF, (F, lambda W: d1(W.logZb, W.be), lambda W: -W.be * (W.pb() @ W.b))])
TT = (r"At temperature $T > 0$ the model is $p_T(x) = {e^{-E(x)/T} \over Z(T)}$ with $Z(T) = \sum_x e^{-E(x)/T}$, "
      r"and $\langle E \rangle_T = \sum_x p_T(x) E(x)$.")
D("K19", K, [TT, [r"{\partial \log Z(T) \over \partial T} = {\langle E \rangle_T \over T^{2}}"]], [(T, lambda W: d1(lambda t: W.logZb(1 / t), 1 / W.be), lambda W: (W.pb() @ W.b) * W.be ** 2)])
D("K20", K, [TT, [r"{\partial \log Z(T) \over \partial T} = -{\langle E \rangle_T \over T^{2}}"]], [(F, lambda W: d1(lambda t: W.logZb(1 / t), 1 / W.be), lambda W: -(W.pb() @ W.b) * W.be ** 2)])
D("K21", K, [SGD, [r"\log\sigma(a) = \tfrac12 a - \log\left(2\cosh\tfrac{a}{2}\right)"]], [(T, lambda W: np.log(sig(W.th)), lambda W: W.th / 2 - np.log(2 * np.cosh(W.th / 2)))])
D("K22", K, [SGD, [r"\log\sigma(a) = \tfrac12 a - \log\cosh\tfrac{a}{2}"]], [(F, lambda W: np.log(sig(W.th)), lambda W: W.th / 2 - np.log(np.cosh(W.th / 2)))], note="log 2 missing")
D("K23", K, [r"Let $s \in \{-1, +1\}^{n}$.", [r"\frac12 \sum_{i \neq j} s_i s_j = \sum_{i < j} s_i s_j"]],
  [(T, lambda W: (spins(W.n).sum(1) ** 2 - W.n) / 2, lambda W: np.array([sum(s[i] * s[j] for i in range(W.n) for j in range(i + 1, W.n)) for s in spins(W.n)]))])
D("K24", K, [SGD, [r"\dfrac{1}{1 + e^{-a}} = \dfrac{e^{-a}}{1 + e^{-a}}"]], [(F, lambda W: sig(W.th), lambda W: sig(-W.th))])
D("K25", K, [SGD, [r"\dfrac{1}{1 + e^{-a}} = \dfrac{e^{a}}{e^{a} + 1}"]], [(T, lambda W: sig(W.th), lambda W: np.exp(W.th) / (np.exp(W.th) + 1))])
D("K26", K, [MODEL, r"The free energy is $F_\theta = -\log Z_\theta$.", [r"\exp\left(-F_\theta\right) = Z_\theta"]], [DEF, (T, lambda W: np.exp(W.logZ()), lambda W: W.Z())])
D("K27", K, [MODEL, r"The free energy is $F_\theta = -\log Z_\theta$.", [r"\exp\left(F_\theta\right) = Z_\theta"]], [DEF, (F, lambda W: np.exp(-W.logZ()), lambda W: W.Z())])

# ---- later additions
D("K28", K, [MODEL, DATA, [r"\log\left(p_\theta(x^{(1)}) \cdots p_\theta(x^{(N)})\right) = \sum_{i=1}^{N} \log p_\theta(x^{(i)})"]],
  [DEF, (T, lambda W: np.log(np.prod(W.p()[W.data])), lambda W: np.log(W.p()[W.data]).sum())])
D("K29", K, [MODEL, DATA, [r"\log\left(p_\theta(x^{(1)}) \cdots p_\theta(x^{(N)})\right) = N \log p_\theta(x^{(1)})"]],
  [DEF, (F, lambda W: np.log(np.prod(W.p()[W.data])), lambda W: W.N * np.log(W.p()[W.data[0]]))], note="the data are not all equal")
