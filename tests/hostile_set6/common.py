"""hostile7: prose and model rows shared by the case files, and small helpers."""
import numpy as np

from world import CE, H, KL, d1, d2, lse, sig, softmax, softplus, spins, bits  # noqa: F401

MODEL = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]
MODELZ = r"with $Z_\theta = \sum_{x} e^{-E_\theta(x)}$ summing over every state."
PB = [r"p_\beta(x) = \frac{1}{Z(\beta)}\, e^{-\beta E(x)}"]
QD = r"Let $q$ be any distribution on the same finite set of states."
DATA = r"The data are $x^{(1)}, \ldots, x^{(N)}$."
RBM01 = r"An RBM has visible units $v \in \{0, 1\}^{n}$ and hidden units $h \in \{0, 1\}^{m}$, with energy"
RBMPM = r"An RBM has visible units $v \in \{-1, +1\}^{n}$ and hidden units $h \in \{-1, +1\}^{m}$, with energy"
RBME = [r"E(v, h) = -\sum_{i=1}^{n} b_i v_i - \sum_{j=1}^{m} c_j h_j - \sum_{i=1}^{n}\sum_{j=1}^{m} v_i W_{ij} h_j"]
ISING = r"Spins $s_i \in \{-1, +1\}$, $i = 1, \ldots, n$, on an open chain with coupling $J$ and field $h$:"
ISE = [r"E(s) = -J \sum_{i=1}^{n-1} s_i s_{i+1} - h \sum_{i=1}^{n} s_i"]
LAT = (r"A latent-variable model $p(v, h) = p(h)\, p(v \mid h)$ over finitely many $v$ and $h$, and any "
       r"encoder $q(h \mid v)$ with $q(h \mid v) > 0$.")
dlogZ = lambda W, t=None: d1(lambda u: W.logZ(u), W.th if t is None else t)
Ep = lambda W, vals, t=None: float(W.p(t) @ np.asarray(vals, float))
const = lambda v: (lambda W: v)
zero = const(0.0)
S01, S11 = (0, 1), (-1, 1)
