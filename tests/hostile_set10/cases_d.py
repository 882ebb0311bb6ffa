"""hostile11 D: the number of states K or |X| named in prose (or Omega, or 2^n for n binary units), and sums over microstates
written \\sum_{a \\in A}, \\sum_{\\text{states}}, \\sum_{\\sigma}. World: K states, energies b, beta; the model W.p()."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

Dd = "D state counts and microstate sums"
P = "D"
KS = r"A model has $K$ states $x$ and probabilities $p(x) > 0$ with $\sum_{x} p(x) = 1$."
XS = r"The state space $\mathcal{X}$ is finite with $|\mathcal{X}|$ elements; $p$ is a distribution on it with $p(x) > 0$."
UNI = r"There are $K$ states in all; $u(x) = \frac{1}{K}$ is the uniform distribution on them and $p$ is any positive distribution."
pair(P, Dd, [KS], r"\sum_{x} 1 = K", r"\sum_{x} 1 = K - 1", lambda W: float(W.K), lambda W: W.K, lambda W: W.K - 1)
pair(P, Dd, [KS], r"\sum_{x} \frac{1}{K} = 1", r"\sum_{x} \frac{1}{K} = \frac{1}{K}", lambda W: W.K * (1 / W.K), one, lambda W: 1 / W.K)
pair(P, Dd, [XS], r"-\sum_{x \in \mathcal{X}} p(x) \log p(x) \le \log |\mathcal{X}|", r"-\sum_{x \in \mathcal{X}} p(x) \log p(x) \ge \log |\mathcal{X}|",
     lambda W: H(W.q), lambda W: np.log(W.K), lambda W: np.log(W.K), rel="<=", relF=">=")
pair(P, Dd, [XS], r"\sum_{x \in \mathcal{X}} p(x) \log \left(|\mathcal{X}|\, p(x)\right) \ge 0", r"\sum_{x \in \mathcal{X}} p(x) \log \left(|\mathcal{X}|\, p(x)\right) \le 0",
     lambda W: float(W.q @ np.log(W.K * W.q)), zero, zero, rel=">=", relF="<=")
pair(P, Dd, [UNI], r"\sum_{x} p(x) \log \frac{p(x)}{u(x)} = \log K + \sum_{x} p(x) \log p(x)", r"\sum_{x} p(x) \log \frac{p(x)}{u(x)} = K + \sum_{x} p(x) \log p(x)",
     lambda W: KL(W.q, np.full(W.K, 1 / W.K)), lambda W: np.log(W.K) - H(W.q), lambda W: W.K - H(W.q), note="log dropped")
pair(P, Dd, [UNI], r"-\sum_{x} u(x) \log u(x) = \log K", r"-\sum_{x} u(x) \log u(x) = K \log K",
     lambda W: H(np.full(W.K, 1 / W.K)), lambda W: np.log(W.K), lambda W: W.K * np.log(W.K))
pair(P, Dd, [UNI], r"\sum_{x} u(x) \log \frac{u(x)}{p(x)} = -\log K - \frac{1}{K} \sum_{x} \log p(x)",
     r"\sum_{x} u(x) \log \frac{u(x)}{p(x)} = -\log K - \sum_{x} \log p(x)",
     lambda W: KL(np.full(W.K, 1 / W.K), W.q), lambda W: -np.log(W.K) - np.log(W.q).sum() / W.K, lambda W: -np.log(W.K) - np.log(W.q).sum())
BZ = (r"At inverse temperature $\beta = 0$ every one of the $K$ microstates has weight $e^{-0 \cdot E} = 1$, so "
      r"$p_0(x) = \frac{e^{-0 \cdot E(x)}}{\sum_{x'} e^{-0 \cdot E(x')}}$.")
pair(P, Dd, [BZ], r"p_0(x) = \frac{1}{K}", r"p_0(x) = \frac{1}{K - 1}", lambda W: np.full(W.K, 1 / W.K), lambda W: 1 / W.K, lambda W: 1 / (W.K - 1))
GB = (r"A system has microstates $a$ in a finite set $A$ of size $|A|$, energies $E(a)$, and at inverse temperature $\beta$ "
      r"the probability $p(a) = e^{-\beta E(a)} / Z$ with $Z = \sum_{a \in A} e^{-\beta E(a)}$.")
pair(P, Dd, [GB], r"\sum_{a \in A} p(a) = 1", r"\sum_{a \in A} p(a) = |A|", lambda W: W.pb().sum(), one, lambda W: float(W.K))
pair(P, Dd, [GB], r"\sum_{a \in A} e^{-\beta E(a)} \le |A|\, e^{-\beta \min_{a} E(a)}", r"\sum_{a \in A} e^{-\beta E(a)} \le e^{-\beta \min_{a} E(a)}",
     tZ, lambda W: W.K * np.exp(-W.be * W.b.min()), lambda W: np.exp(-W.be * W.b.min()), rel="<=")
pair(P, Dd, [GB], r"\sum_{a \in A} p(a)\, E(a) = -\frac{\partial}{\partial \beta} \log \sum_{a \in A} e^{-\beta E(a)}",
     r"\sum_{a \in A} p(a)\, E(a) = \frac{\partial}{\partial \beta} \log \sum_{a \in A} e^{-\beta E(a)}",
     tU, lambda W: -d1(lambda u: tlZ(W, u), W.be), lambda W: d1(lambda u: tlZ(W, u), W.be))
GBsub = (r"A system has a finite set of microstates with energies $E(a)$ and $Z = \sum_{a} e^{-\beta E(a)}$ over all of them; "
         r"$A$ is a nonempty proper subset of the microstates, and $p(a) = e^{-\beta E(a)} / Z$.")
pair(P, Dd, [GBsub], r"\sum_{a \in A} p(a) \le 1", r"\sum_{a \in A} p(a) = 1", lambda W: W.pb()[W.Am].sum(), one, one, rel="<=", relF="=",
     note="A is a proper subset")
pair(P, Dd, [GBsub], r"\sum_{a \in A} e^{-\beta E(a)} \le Z", r"\sum_{a \in A} e^{-\beta E(a)} = Z", lambda W: np.exp(-W.be * W.b[W.Am]).sum(), tZ, tZ,
     rel="<=", relF="=")
GT = (r"In words: sum over all states of the system. With energies $E$ of the states and $\beta > 0$, "
      r"$Z = \sum_{\text{states}} e^{-\beta E}$ and $\langle E \rangle = \frac{1}{Z} \sum_{\text{states}} E\, e^{-\beta E}$.")
pair(P, Dd, [GT], r"\sum_{\text{states}} \frac{e^{-\beta E}}{Z} = 1", r"\sum_{\text{states}} e^{-\beta E} = 1",
     lambda W: W.pb().sum(), one, tZ, note="Z dropped")
pair(P, Dd, [GT], r"\langle E \rangle = -\frac{\partial \ln Z}{\partial \beta}", r"\langle E \rangle = -\frac{\partial Z}{\partial \beta}",
     tU, lambda W: -d1(lambda u: tlZ(W, u), W.be), lambda W: -d1(lambda u: tZ(W, u), W.be), note="ln dropped")
pair(P, Dd, [GT], r"\frac{1}{Z} \sum_{\text{states}} E^{2} e^{-\beta E} - \langle E \rangle^{2} = \frac{\partial^{2} \ln Z}{\partial \beta^{2}}",
     r"\frac{1}{Z} \sum_{\text{states}} E^{2} e^{-\beta E} - \langle E \rangle^{2} = \frac{\partial^{2} Z}{\partial \beta^{2}}",
     tVar, lambda W: -d1(lambda u: tU(W, u), W.be), lambda W: d2(lambda u: tZ(W, u), W.be))
NB = (r"A layer of $n$ binary units $s = (s_1, \ldots, s_n)$, each $s_i \in \{0, 1\}$, has $2^{n}$ configurations; "
      r"$\mathcal{S} = \{0, 1\}^{n}$.")
pair(P, Dd, [NB], r"\sum_{s \in \mathcal{S}} 1 = 2^{n}", r"\sum_{s \in \mathcal{S}} 1 = n^{2}", lambda W: float(len(bits(W.n))), lambda W: 2.0 ** W.n,
     lambda W: float(W.n ** 2), note="equal at n = 2, 4")
pair(P, Dd, [NB], r"\sum_{s \in \mathcal{S}} s_1 = 2^{n - 1}", r"\sum_{s \in \mathcal{S}} s_1 = 2^{n}", lambda W: bits(W.n)[:, 0].sum(),
     lambda W: 2.0 ** (W.n - 1), lambda W: 2.0 ** W.n)
pair(P, Dd, [NB], r"\sum_{s \in \mathcal{S}} \sum_{i=1}^{n} s_i = n\, 2^{n - 1}", r"\sum_{s \in \mathcal{S}} \sum_{i=1}^{n} s_i = 2^{n - 1}",
     lambda W: bits(W.n).sum(), lambda W: W.n * 2.0 ** (W.n - 1), lambda W: 2.0 ** (W.n - 1))
NS = (r"A chain of $n$ spins $\sigma_i \in \{-1, +1\}$ without interactions sits in a field $h$ at $\beta = 1$; "
      r"the sum $\sum_{\sigma}$ runs over all $2^{n}$ configurations.")
zs = lambda W: np.exp(W.hf * spins(W.n).sum(1)).sum()
pair(P, Dd, [NS], r"\sum_{\sigma} e^{h \sum_{i=1}^{n} \sigma_i} = \left(2 \cosh h\right)^{n}", r"\sum_{\sigma} e^{h \sum_{i=1}^{n} \sigma_i} = 2 \left(\cosh h\right)^{n}",
     zs, lambda W: (2 * np.cosh(W.hf)) ** W.n, lambda W: 2 * np.cosh(W.hf) ** W.n)
pair(P, Dd, [NS], r"\sum_{\sigma} 1 = 2^{n}", r"\sum_{\sigma} 1 = 2 n", lambda W: float(len(spins(W.n))), lambda W: 2.0 ** W.n, lambda W: 2.0 * W.n,
     note="equal at n = 1, 2")
pair(P, Dd, [NS], r"\frac{\sum_{\sigma} \sigma_1 e^{h \sum_{i} \sigma_i}}{\sum_{\sigma} e^{h \sum_{i} \sigma_i}} = \tanh h",
     r"\frac{\sum_{\sigma} \sigma_1 e^{h \sum_{i} \sigma_i}}{\sum_{\sigma} e^{h \sum_{i} \sigma_i}} = n \tanh h",
     lambda W: (spins(W.n)[:, 0] * np.exp(W.hf * spins(W.n).sum(1))).sum() / zs(W), lambda W: np.tanh(W.hf), lambda W: W.n * np.tanh(W.hf))
OM = (r"A microcanonical ensemble: all $\Omega$ microstates with the given energy are equally likely, $p_i = 1/\Omega$ for "
      r"$i = 1, \ldots, \Omega$, and $S = -k \sum_{i=1}^{\Omega} p_i \ln p_i$.")
pair(P, Dd, [OM], r"S = k \ln \Omega", r"S = \ln \Omega", lambda W: -W.kB * W.K * (1 / W.K) * np.log(1 / W.K), lambda W: W.kB * np.log(W.K),
     lambda W: np.log(W.K), note="k dropped")
pair(P, Dd, [OM], r"\sum_{i=1}^{\Omega} p_i = 1", r"\sum_{i=1}^{\Omega} p_i = \Omega", lambda W: W.K * (1 / W.K), one, lambda W: float(W.K))
KM = (r"The number of states is $K$ and $p(x) = \frac{e^{-E(x)}}{Z}$ with $Z = \sum_{x} e^{-E(x)}$, energies $E(x)$ real.")
pair(P, Dd, [KM], r"\frac{1}{K} \sum_{x} e^{-E(x)} = \frac{Z}{K}", r"\frac{1}{K} \sum_{x} e^{-E(x)} = Z", lambda W: np.exp(-W.b).sum() / W.K,
     lambda W: np.exp(-W.b).sum() / W.K, lambda W: np.exp(-W.b).sum())
pair(P, Dd, [KM], r"\log Z \ge \log K - \frac{1}{K} \sum_{x} E(x)", r"\log Z \le \log K - \frac{1}{K} \sum_{x} E(x)",
     lambda W: W.logZb(1.0), lambda W: np.log(W.K) - W.b.mean(), lambda W: np.log(W.K) - W.b.mean(), rel=">=", relF="<=")
pair(P, Dd, [KM], r"\log Z \le \log K - \min_{x} E(x)", r"\log Z \le -\min_{x} E(x)", lambda W: W.logZb(1.0), lambda W: np.log(W.K) - W.b.min(),
     lambda W: -W.b.min(), rel="<=", note="log K dropped")
pair(P, Dd, [KM], r"\max_{x} p(x) \ge \frac{1}{K}", r"\max_{x} p(x) \le \frac{1}{K}", lambda W: W.pb(1.0).max(), lambda W: 1 / W.K,
     lambda W: 1 / W.K, rel=">=", relF="<=")
