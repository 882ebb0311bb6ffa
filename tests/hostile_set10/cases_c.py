"""hostile11 C: data points written with superscripts x^1..x^N or x^{(n)} next to genuine powers; the prose says which
superscripts index data. Real data W.dv (N = 1..7 values), state data W.data; model W.p()."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

C = "C data superscripts and powers"
P = "C"
MM = [[r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]]
MZ = r"Here $Z_\theta = \sum_{x} e^{-E_\theta(x)}$ runs over the finitely many states $x$."
RS = (r"We observe real numbers $x^1, \ldots, x^N$; the superscript $n$ in $x^n$ numbers the observation, it is not a power. "
      r"Their mean is $\bar x = \frac{1}{N} \sum_{n=1}^{N} x^n$.")
RP = (r"We observe real numbers $x^{(1)}, \ldots, x^{(N)}$ with mean $m = \frac{1}{N} \sum_{n=1}^{N} x^{(n)}$; "
      r"$\mu$ is any real number.")
SS = r"The data $x^1, \ldots, x^N$ are states of the model (superscripts index the data points)."
SP = r"The training points are $x^{(1)}, \ldots, x^{(N)}$, states of the model."
v = lambda W: W.dv
mu = lambda W: W.x1
pair(P, C, [RS], r"\frac{1}{N} \sum_{n=1}^{N} \left(x^n\right)^{2} - \bar x^{2} = \frac{1}{N} \sum_{n=1}^{N} \left(x^n - \bar x\right)^{2}",
     r"\frac{1}{N} \sum_{n=1}^{N} \left(x^n\right)^{2} - \bar x^{2} = \frac{1}{N} \sum_{n=1}^{N} \left(x^n - \bar x\right)",
     lambda W: (v(W) ** 2).mean() - v(W).mean() ** 2, lambda W: ((v(W) - v(W).mean()) ** 2).mean(), lambda W: (v(W) - v(W).mean()).mean(),
     note="square dropped")
pair(P, C, [RS], r"\sum_{n=1}^{N} \left(x^n - \bar x\right) = 0", r"\sum_{n=1}^{N} \left(x^n - \bar x\right)^{2} = 0",
     lambda W: (v(W) - v(W).mean()).sum(), zero, lambda W: ((v(W) - v(W).mean()) ** 2).sum())
pair(P, C, [RP], r"\sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2} = \sum_{n=1}^{N} \left(x^{(n)}\right)^{2} - 2 \mu N m + N \mu^{2}",
     r"\sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2} = \sum_{n=1}^{N} \left(x^{(n)}\right)^{2} - 2 \mu N m + \mu^{2}",
     lambda W: ((v(W) - mu(W)) ** 2).sum(), lambda W: (v(W) ** 2).sum() - 2 * mu(W) * W.N * v(W).mean() + W.N * mu(W) ** 2,
     lambda W: (v(W) ** 2).sum() - 2 * mu(W) * W.N * v(W).mean() + mu(W) ** 2, note="N dropped")
pair(P, C, [RP], r"\frac{1}{N} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2} \ge \frac{1}{N} \sum_{n=1}^{N} \left(x^{(n)} - m\right)^{2}",
     r"\frac{1}{N} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2} \le \frac{1}{N} \sum_{n=1}^{N} \left(x^{(n)} - m\right)^{2}",
     lambda W: ((v(W) - mu(W)) ** 2).mean(), lambda W: ((v(W) - v(W).mean()) ** 2).mean(), lambda W: ((v(W) - v(W).mean()) ** 2).mean(),
     rel=">=", relF="<=")
pair(P, C, [RP], r"\frac{1}{N} \sum_{n=1}^{N} \left(x^{(n)}\right)^{2} \ge m^{2}", r"\frac{1}{N} \sum_{n=1}^{N} \left(x^{(n)}\right)^{2} \le m^{2}",
     lambda W: (v(W) ** 2).mean(), lambda W: v(W).mean() ** 2, lambda W: v(W).mean() ** 2, rel=">=", relF="<=")
pair(P, C, MM + [MZ, SS], r"\frac{1}{N} \sum_{n=1}^{N} \log p_\theta(x^n) = -\frac{1}{N} \sum_{n=1}^{N} E_\theta(x^n) - \log Z_\theta",
     r"\frac{1}{N} \sum_{n=1}^{N} \log p_\theta(x^n) = -\frac{1}{N} \sum_{n=1}^{N} E_\theta(x^n) - N \log Z_\theta",
     lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.logZ(), lambda W: -W.avg(W.E()) - W.N * W.logZ(), note="N kept on log Z")
pair(P, C, MM + [MZ, SS], r"\frac{\partial}{\partial \theta} \sum_{n=1}^{N} \log p_\theta(x^n) = -\sum_{n=1}^{N} \frac{\partial E_\theta(x^n)}{\partial \theta} + N \sum_{x} p_\theta(x) \frac{\partial E_\theta(x)}{\partial \theta}",
     r"\frac{\partial}{\partial \theta} \sum_{n=1}^{N} \log p_\theta(x^n) = -\sum_{n=1}^{N} \frac{\partial E_\theta(x^n)}{\partial \theta} + \sum_{x} p_\theta(x) \frac{\partial E_\theta(x)}{\partial \theta}",
     lambda W: d1(lambda t: np.log(W.p(t))[W.data].sum(), W.th), lambda W: -W.dE()[W.data].sum() + W.N * (W.p() @ W.dE()),
     lambda W: -W.dE()[W.data].sum() + W.p() @ W.dE(), note="N dropped on the model term")
pair(P, C, MM + [MZ, SP], r"\frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right)^{2} \ge \left(\frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right)\right)^{2}",
     r"\frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right)^{2} \le \left(\frac{1}{N} \sum_{n=1}^{N} E_\theta\left(x^{(n)}\right)\right)^{2}",
     lambda W: W.avg(W.E() ** 2), lambda W: W.avg(W.E()) ** 2, lambda W: W.avg(W.E()) ** 2, rel=">=", relF="<=")
pair(P, C, MM + [MZ, SP], r"\prod_{n=1}^{N} p_\theta\left(x^{(n)}\right) = Z_\theta^{-N} e^{-\sum_{n=1}^{N} E_\theta\left(x^{(n)}\right)}",
     r"\prod_{n=1}^{N} p_\theta\left(x^{(n)}\right) = Z_\theta^{-1} e^{-\sum_{n=1}^{N} E_\theta\left(x^{(n)}\right)}",
     lambda W: np.prod(W.p()[W.data]), lambda W: W.Z() ** (-W.N) * np.exp(-W.E()[W.data].sum()), lambda W: W.Z() ** (-1) * np.exp(-W.E()[W.data].sum()))
pair(P, C, MM + [MZ, SS], r"\log \prod_{n=1}^{N} p_\theta(x^n) = \sum_{n=1}^{N} \log p_\theta(x^n)", r"\log \prod_{n=1}^{N} p_\theta(x^n) = N \log p_\theta(x^N)",
     lambda W: np.log(np.prod(W.p()[W.data])), lambda W: np.log(W.p())[W.data].sum(), lambda W: W.N * np.log(W.p())[W.data[-1]])
# two observations written x^1, x^2 (indices), next to genuine powers of a real number
TWO = (r"We have exactly two observations, the real numbers $x^1$ and $x^2$ (the superscripts number them; they are not powers), "
       r"and $\bar x = \frac{x^1 + x^2}{2}$.")
a_ = lambda W: W.x1
b_ = lambda W: W.y1
pair(P, C, [TWO], r"\left(x^1 - \bar x\right)^{2} + \left(x^2 - \bar x\right)^{2} = \frac{\left(x^1 - x^2\right)^{2}}{2}",
     r"\left(x^1 - \bar x\right)^{2} + \left(x^2 - \bar x\right)^{2} = \frac{\left(x^1 - x^2\right)^{2}}{4}",
     lambda W: (a_(W) - (a_(W) + b_(W)) / 2) ** 2 + (b_(W) - (a_(W) + b_(W)) / 2) ** 2, lambda W: (a_(W) - b_(W)) ** 2 / 2,
     lambda W: (a_(W) - b_(W)) ** 2 / 4)
doc1(P, C, [TWO], r"x^1 x^1 = x^2", (FF_, lambda W: a_(W) * a_(W), b_), note="true only if x^2 were a power")
doc1(P, C, [TWO], r"x^1 + x^2 = 2 \bar x", (TT_, lambda W: a_(W) + b_(W), lambda W: a_(W) + b_(W)))
doc1(P, C, [TWO], r"\bar x^{2} = \frac{\left(x^1\right)^{2} + 2 x^1 x^2 + \left(x^2\right)^{2}}{4}", (TT_, lambda W: ((a_(W) + b_(W)) / 2) ** 2,
     lambda W: (a_(W) ** 2 + 2 * a_(W) * b_(W) + b_(W) ** 2) / 4))
doc1(P, C, [TWO], r"\bar x^{2} = \frac{x^1 + 2 x^1 x^2 + x^2}{4}", (FF_, lambda W: ((a_(W) + b_(W)) / 2) ** 2,
     lambda W: (a_(W) + 2 * a_(W) * b_(W) + b_(W)) / 4), note="squares of observations dropped")
doc1(P, C, [TWO], r"x^2 - x^1 = 2 \left(\bar x - x^1\right)", (TT_, lambda W: b_(W) - a_(W), lambda W: 2 * ((a_(W) + b_(W)) / 2 - a_(W))))
doc1(P, C, [TWO], r"x^2 - x^1 = x^1 \left(x^1 - 1\right)", (FF_, lambda W: b_(W) - a_(W), lambda W: a_(W) * (a_(W) - 1)),
     note="true only if superscripts were powers")
THREE = (r"Three measurements $y^{(1)}, y^{(2)}, y^{(3)}$ of a real quantity are taken; $y$ without a superscript is a real variable.")
y3 = lambda W: np.array([W.x1, W.y1, W.z1])
pair(P, C, [THREE], r"\sum_{n=1}^{3} \left(y - y^{(n)}\right)^{2} = 3 y^{2} - 2 y \sum_{n=1}^{3} y^{(n)} + \sum_{n=1}^{3} \left(y^{(n)}\right)^{2}",
     r"\sum_{n=1}^{3} \left(y - y^{(n)}\right)^{2} = 3 y^{2} - y \sum_{n=1}^{3} y^{(n)} + \sum_{n=1}^{3} \left(y^{(n)}\right)^{2}",
     lambda W: ((W.c_ - y3(W)) ** 2).sum(), lambda W: 3 * W.c_ ** 2 - 2 * W.c_ * y3(W).sum() + (y3(W) ** 2).sum(),
     lambda W: 3 * W.c_ ** 2 - W.c_ * y3(W).sum() + (y3(W) ** 2).sum(), note="factor 2 dropped")
pair(P, C, [THREE], r"\frac{\partial}{\partial y} \sum_{n=1}^{3} \left(y - y^{(n)}\right)^{2} = 6 y - 2 \sum_{n=1}^{3} y^{(n)}",
     r"\frac{\partial}{\partial y} \sum_{n=1}^{3} \left(y - y^{(n)}\right)^{2} = 6 y - \sum_{n=1}^{3} y^{(n)}",
     lambda W: d1(lambda u: ((u - y3(W)) ** 2).sum(), W.c_), lambda W: 6 * W.c_ - 2 * y3(W).sum(), lambda W: 6 * W.c_ - y3(W).sum())
GAUSS = (r"Observations $x^{(1)}, \ldots, x^{(N)}$ are real; under a Gaussian with mean $\mu$ and variance $\sigma^2 > 0$ their "
         r"log-likelihood is $\ell(\mu, \sigma) = \sum_{n=1}^{N} \log \mathcal{N}\left(x^{(n)} \mid \mu, \sigma^{2}\right)$.")
sg = lambda W: W.s3[0]
ll = lambda W, m, s: float((-0.5 * np.log(2 * np.pi * s ** 2) - (v(W) - m) ** 2 / (2 * s ** 2)).sum())
pair(P, C, [GAUSS], r"\frac{\partial \ell}{\partial \mu} = \frac{1}{\sigma^{2}} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)",
     r"\frac{\partial \ell}{\partial \mu} = \frac{1}{\sigma} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)",
     lambda W: d1(lambda m: ll(W, m, sg(W)), W.x1), lambda W: (v(W) - W.x1).sum() / sg(W) ** 2, lambda W: (v(W) - W.x1).sum() / sg(W))
pair(P, C, [GAUSS], r"\ell(\mu, \sigma) = -\frac{N}{2} \log\left(2 \pi \sigma^{2}\right) - \frac{1}{2 \sigma^{2}} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2}",
     r"\ell(\mu, \sigma) = -\frac{1}{2} \log\left(2 \pi \sigma^{2}\right) - \frac{1}{2 \sigma^{2}} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2}",
     lambda W: ll(W, W.x1, sg(W)), lambda W: -W.N / 2 * np.log(2 * np.pi * sg(W) ** 2) - ((v(W) - W.x1) ** 2).sum() / (2 * sg(W) ** 2),
     lambda W: -0.5 * np.log(2 * np.pi * sg(W) ** 2) - ((v(W) - W.x1) ** 2).sum() / (2 * sg(W) ** 2), note="N dropped")
pair(P, C, [GAUSS], r"\frac{\partial \ell}{\partial \sigma} = -\frac{N}{\sigma} + \frac{1}{\sigma^{3}} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2}",
     r"\frac{\partial \ell}{\partial \sigma} = -\frac{N}{\sigma} + \frac{1}{\sigma^{2}} \sum_{n=1}^{N} \left(x^{(n)} - \mu\right)^{2}",
     lambda W: d1(lambda s: ll(W, W.x1, s), sg(W)), lambda W: -W.N / sg(W) + ((v(W) - W.x1) ** 2).sum() / sg(W) ** 3,
     lambda W: -W.N / sg(W) + ((v(W) - W.x1) ** 2).sum() / sg(W) ** 2, note="sigma^3 for sigma^2")
# a state datum x^n inside powers of the model probability
pair(P, C, MM + [MZ, SS], r"\prod_{n=1}^{N} p_\theta(x^n)^{2} = \left(\prod_{n=1}^{N} p_\theta(x^n)\right)^{2}",
     r"\prod_{n=1}^{N} p_\theta(x^n)^{2} = \prod_{n=1}^{N} p_\theta(x^n)", lambda W: np.prod(W.p()[W.data] ** 2), lambda W: np.prod(W.p()[W.data]) ** 2,
     lambda W: np.prod(W.p()[W.data]))
pair(P, C, MM + [MZ, SP], r"\frac{1}{N} \sum_{n=1}^{N} e^{-E_\theta\left(x^{(n)}\right)} = \frac{Z_\theta}{N} \sum_{n=1}^{N} p_\theta\left(x^{(n)}\right)",
     r"\frac{1}{N} \sum_{n=1}^{N} e^{-E_\theta\left(x^{(n)}\right)} = Z_\theta \sum_{n=1}^{N} p_\theta\left(x^{(n)}\right)",
     lambda W: W.avg(np.exp(-W.E())), lambda W: W.Z() / W.N * W.p()[W.data].sum(), lambda W: W.Z() * W.p()[W.data].sum(), note="1/N dropped")
DW = (r"Weighted data: points $x^{(1)}, \ldots, x^{(N)}$ (states) with weights $w^{(n)} = \frac{1}{N}$.")
pair(P, C, MM + [MZ, DW], r"\sum_{n=1}^{N} w^{(n)} \log p_\theta\left(x^{(n)}\right) = -\sum_{n=1}^{N} w^{(n)} E_\theta\left(x^{(n)}\right) - \log Z_\theta",
     r"\sum_{n=1}^{N} w^{(n)} \log p_\theta\left(x^{(n)}\right) = -\sum_{n=1}^{N} w^{(n)} E_\theta\left(x^{(n)}\right) - N \log Z_\theta",
     lambda W: W.avg(np.log(W.p())), lambda W: -W.avg(W.E()) - W.logZ(), lambda W: -W.avg(W.E()) - W.N * W.logZ())
pair(P, C, MM + [MZ, SS], r"\sum_{n=1}^{N} p_\theta(x^n) \le N", r"\sum_{n=1}^{N} p_\theta(x^n) \le 1",
     lambda W: W.p()[W.data].sum(), lambda W: W.N, one, rel="<=", note="repeats allowed: the bound 1 fails")
