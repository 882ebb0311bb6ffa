"""hostile10 E: data sets x^{(n)}, x_n, x^n, x_i of size N, M, m, n, |D|; empirical averages; the log-likelihood gradient as
data average minus model average; mutations that swap data and model, drop 1/N, use another size letter."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

E = "E data sets"
P = "E"
MM = [M9, M9Z]
DN = r"The data are $x^{(1)}, \ldots, x^{(N)}$, states of the model."
Ed = lambda W: float(W.p() @ W.dE())
avg2 = lambda W, v: float(np.asarray(v, float)[W.data2].mean())
gll = lambda W: d1(lambda t: W.avg(np.log(W.p(t))), W.th)

pair(P, E, MM + [DN], r"\frac{\partial}{\partial \theta} \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = -\frac{1}{N} \sum_{n=1}^{N} \frac{\partial E_\theta\left(x^{(n)}\right)}{\partial \theta} + \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]",
     r"\frac{\partial}{\partial \theta} \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = \frac{1}{N} \sum_{n=1}^{N} \frac{\partial E_\theta\left(x^{(n)}\right)}{\partial \theta} - \mathbb{E}_{x \sim p_\theta}\left[\frac{\partial E_\theta(x)}{\partial \theta}\right]",
     gll, lambda W: -W.avg(W.dE()) + Ed(W), lambda W: W.avg(W.dE()) - Ed(W), note="data and model phases swapped")
DM = r"The data are $x_1, \ldots, x_M$, states of the model."
doc1(P, E, MM + [DM], r"\frac{1}{M} \sum_{m=1}^{M} \log p_\theta(x_m) = -\frac{1}{M} \sum_{m=1}^{M} E_\theta(x_m) - \log Z_\theta",
     (TT_, lambda W: avg2(W, np.log(W.p())), lambda W: -avg2(W, W.E()) - W.logZ()))
doc1(P, E, MM + [DM], r"\frac{1}{N} \sum_{m=1}^{M} \log p_\theta(x_m) = -\frac{1}{M} \sum_{m=1}^{M} E_\theta(x_m) - \log Z_\theta",
     (FF_, lambda W: np.log(W.p())[W.data2].sum() / W.N, lambda W: -avg2(W, W.E()) - W.logZ()), note="N is not the data size here (arbitrary)")
LL = r"Let $\mathcal{L}(\theta) = \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right)$ be the average log-likelihood."
doc1(P, E, MM + [DN, LL], r"\mathcal{L}(\theta) = -\frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right) - \log Z_\theta",
     (TT_, lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.logZ()))
doc1(P, E, MM + [DN, LL], r"\mathcal{L}(\theta) = -\sum_{n=1}^{N} E_\theta\left(x^{(n)}\right) - \log Z_\theta",
     (FF_, lambda W: W.avg(np.log(W.p())), lambda W: -W.E()[W.data].sum() - W.logZ()), note="1/N dropped")
DXN = r"The data are $x_1, \ldots, x_N$, states of the model."
pair(P, E, MM + [DXN], r"\sum_{n=1}^{N} \log p_\theta(x_n) = -\sum_{n=1}^{N} E_\theta(x_n) - N \log Z_\theta",
     r"\sum_{n=1}^{N} \log p_\theta(x_n) = -\sum_{n=1}^{N} E_\theta(x_n) - \log Z_\theta",
     lambda W: np.log(W.p())[W.data].sum(), lambda W: -W.E()[W.data].sum() - W.N * W.logZ(), lambda W: -W.E()[W.data].sum() - W.logZ(),
     note="N dropped")
DSUP = (r"The data are $x^1, \ldots, x^N$ (superscripts index the data points), with empirical distribution "
        r"$\hat p(x) = \frac{1}{N} \sum_{n=1}^{N} \mathbb{1}\left[x^n = x\right]$.")
pair(P, E, MM + [DSUP], r"\frac{1}{N} \sum_{n=1}^{N} E_\theta(x^n) = \sum_{x} \hat p(x)\, E_\theta(x)",
     r"\frac{1}{N} \sum_{n=1}^{N} E_\theta(x^n) = \sum_{x} p_\theta(x)\, E_\theta(x)", lambda W: W.avg(W.E()), lambda W: W.phat() @ W.E(),
     lambda W: W.p() @ W.E(), note="model for data")
DSET = r"Let $\mathcal{D}$ be a data set of $|\mathcal{D}|$ distinct states."
uq = lambda W, v: float(np.asarray(v, float)[np.unique(W.data)].mean())
pair(P, E, MM + [DSET], r"\frac{1}{|\mathcal{D}|} \sum_{x \in \mathcal{D}} \log p_\theta(x) = -\frac{1}{|\mathcal{D}|} \sum_{x \in \mathcal{D}} E_\theta(x) - \log Z_\theta",
     r"\frac{1}{|\mathcal{D}|} \sum_{x \in \mathcal{D}} \log p_\theta(x) = -\frac{1}{|\mathcal{D}|} \sum_{x \in \mathcal{D}} E_\theta(x) + \log Z_\theta",
     lambda W: uq(W, np.log(W.p())), lambda W: -uq(W, W.E()) - W.logZ(), lambda W: -uq(W, W.E()) + W.logZ())
PH = r"Let $\hat p(x) = \frac{1}{N} \sum_{n=1}^{N} \mathbb{1}\left[x^{(n)} = x\right]$ be the empirical distribution of the data $x^{(1)}, \ldots, x^{(N)}$."
pair(P, E, MM + [PH], r"\frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right) = \mathbb{E}_{x \sim \hat p}\left[E_\theta(x)\right]",
     r"\frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right) = \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]", lambda W: W.avg(W.E()),
     lambda W: W.phat() @ W.E(), lambda W: W.p() @ W.E())
RD = r"Let $x_1, \ldots, x_N$ be real numbers with mean $\bar x = \frac{1}{N} \sum_{n=1}^{N} x_n$."
doc1(P, E, [RD], r"\sum_{n=1}^{N} (x_n - \bar x) = 0", (TT_, lambda W: (W.dv - W.dv.mean()).sum(), zero))
doc1(P, E, [RD], r"\sum_{n=1}^{N} (x_n - \bar x)^{2} = 0", (FF_, lambda W: ((W.dv - W.dv.mean()) ** 2).sum(), zero))
RM = r"Let $x_1, \ldots, x_m$ be real samples with mean $\bar x = \frac{1}{m} \sum_{i=1}^{m} x_i$."
pair(P, E, [RM], r"\frac{1}{m} \sum_{i=1}^{m} x_i^{2} - \bar x^{2} = \frac{1}{m} \sum_{i=1}^{m} (x_i - \bar x)^{2}",
     r"\frac{1}{m} \sum_{i=1}^{m} x_i^{2} - \bar x = \frac{1}{m} \sum_{i=1}^{m} (x_i - \bar x)^{2}",
     lambda W: (W.dv ** 2).mean(), lambda W: ((W.dv - W.dv.mean()) ** 2).mean() + W.dv.mean() ** 2,
     lambda W: ((W.dv - W.dv.mean()) ** 2).mean() + W.dv.mean(), note="lhs moved: mean x^2 = var + mean^2 vs + mean")
TWO = r"The data are $x^{(1)}, \ldots, x^{(N)}$, and a second sample $y^{(1)}, \ldots, y^{(M)}$ has size $M$."
doc1(P, E, [TWO], r"\sum_{n=1}^{N} \frac{1}{N} = 1", (TT_, lambda W: W.N * (1 / W.N), one))
doc1(P, E, [TWO], r"\sum_{n=1}^{N} \frac{1}{M} = 1", (FF_, lambda W: W.N / W.M, one), note="the other size")
pair(P, E, MM + [DN], r"\log \prod_{n=1}^{N} p_\theta\left(x^{(n)}\right) = \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right)",
     r"\log \prod_{n=1}^{N} p_\theta\left(x^{(n)}\right) = N \log p_\theta\left(x^{(1)}\right)", lambda W: np.log(np.prod(W.p()[W.data])),
     lambda W: np.log(W.p())[W.data].sum(), lambda W: W.N * np.log(W.p())[W.data[0]])
LIN = r"Take the energy linear in $\theta$: $E_\theta(x) = \theta\, g(x)$."
gl = lambda W: d1(lambda t: W.avg(np.log(pl(W, t))), W.th)
pair(P, E, [LIN] + MM + [DN], r"\frac{\partial}{\partial \theta} \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = \mathbb{E}_{x \sim p_\theta}\left[g(x)\right] - \frac{1}{N} \sum_{n=1}^{N} g\left(x^{(n)}\right)",
     r"\frac{\partial}{\partial \theta} \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right) = \mathbb{E}_{x \sim p_\theta}\left[g(x)\right] - \sum_{n=1}^{N} g\left(x^{(n)}\right)",
     gl, lambda W: pl(W) @ W.g - W.avg(W.g), lambda W: pl(W) @ W.g - W.g[W.data].sum(), note="1/N dropped in the data term")
doc1(P, E, MM + [PH], r"\sum_{x} \hat p(x) = 1", (TT_, lambda W: W.phat().sum(), one))
doc1(P, E, MM + [PH], r"\sum_{x} \hat p(x) = N", (FF_, lambda W: W.phat().sum(), lambda W: W.N))
pair(P, E, MM + [PH], r"\sum_{n=1}^{N} \mathbb{1}\left[x^{(n)} = x\right] = N\, \hat p(x)", r"\sum_{n=1}^{N} \mathbb{1}\left[x^{(n)} = x\right] = \hat p(x)",
     lambda W: np.bincount(W.data, minlength=W.K), lambda W: W.N * W.phat(), lambda W: W.phat())
pair(P, E, MM + [PH], r"D_{\mathrm{KL}}(\hat p \,\|\, p_\theta) = -H(\hat p) - \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right)",
     r"D_{\mathrm{KL}}(\hat p \,\|\, p_\theta) = H(\hat p) - \frac{1}{N} \sum_{n=1}^{N} \log p_\theta\left(x^{(n)}\right)",
     lambda W: KL(W.phat()[W.phat() > 0], W.p()[W.phat() > 0]), lambda W: -H(W.phat()[W.phat() > 0]) - W.avg(np.log(W.p())),
     lambda W: H(W.phat()[W.phat() > 0]) - W.avg(np.log(W.p())), note="H is the entropy")
DI = r"The training set is $x_1, \ldots, x_n$, states of the model."
pair(P, E, MM + [DI], r"\frac{1}{n} \sum_{i=1}^{n} \left(E_\theta(x_i) - \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]\right) = \frac{1}{n} \sum_{i=1}^{n} E_\theta(x_i) - \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]",
     r"\frac{1}{n} \sum_{i=1}^{n} \left(E_\theta(x_i) - \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]\right) = \sum_{i=1}^{n} E_\theta(x_i) - \mathbb{E}_{x \sim p_\theta}\left[E_\theta(x)\right]",
     lambda W: W.avg(W.E() - W.p() @ W.E()), lambda W: W.avg(W.E()) - W.p() @ W.E(), lambda W: W.E()[W.data].sum() - W.p() @ W.E())
pair(P, E, MM + [DN], r"\frac{1}{N} \sum_{n=1}^{N} p_\theta\left(x^{(n)}\right) \le \max_{x} p_\theta(x)",
     r"\frac{1}{N} \sum_{n=1}^{N} p_\theta\left(x^{(n)}\right) \ge \max_{x} p_\theta(x)", lambda W: W.avg(W.p()), lambda W: W.p().max(), lambda W: W.p().max(),
     rel="<=", relF=">=")
