"""hostile11 H: units declared as +-1 or {0,1}, in inline mathematics ($s_i \\in \\{-1, +1\\}$, $s_i = \\pm 1$, $v \\in \\lbrace 0, 1 \\rbrace^n$)
or in words only. A mathematical declaration decides the row; words alone leave it 'either' (both truth values recomputed)."""
import itertools as it

import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1

Hh = "H units in words or in math"
P = "H"
E_ = "either"
PM, B01 = (-1, 1), (0, 1)
Zs = lambda u: (lambda W: sum(np.exp(W.hf * s) for s in u))
ms = lambda u: (lambda W: sum(s * np.exp(W.hf * s) for s in u) / sum(np.exp(W.hf * s) for s in u))
Z2 = lambda u: (lambda W: sum(np.exp(W.J * a * b) for a in u for b in u))
Zh = lambda u: (lambda W: sum(np.exp(W.ch @ np.array(h, float)) for h in it.product(u, repeat=W.nh)))
sq = lambda u: (lambda W: np.array(u, float) ** 2)
sv = lambda u: (lambda W: np.array(u, float))
ch1 = lambda u: (lambda W: R(W, u, u).ch_all(1))
hin = lambda u: (lambda W: R(W, u, u).hin())
Eh = lambda u: (lambda W: R(W, u, u).Eh())
ROWS = [  # (row, lhs(u), rhs(u), the unit set where it holds, prose needed)
    (r"\sum_{s} e^{h s} = 2 \cosh h", Zs, lambda u: (lambda W: 2 * np.cosh(W.hf)), PM, "one"),
    (r"\sum_{s} e^{h s} = 1 + e^{h}", Zs, lambda u: (lambda W: 1 + np.exp(W.hf)), B01, "one"),
    (r"\langle s \rangle = \tanh h", ms, lambda u: (lambda W: np.tanh(W.hf)), PM, "one"),
    (r"\langle s \rangle = \frac{1}{1 + e^{-h}}", ms, lambda u: (lambda W: sig(W.hf)), B01, "one"),
    (r"s^{2} - 1 = 0", lambda u: (lambda W: np.array(u, float) ** 2 - 1), lambda u: zero, PM, "one"),
    (r"s^{2} - s = 0", lambda u: (lambda W: np.array(u, float) ** 2 - np.array(u, float)), lambda u: zero, B01, "one"),
    (r"s (1 - s) = 0", lambda u: (lambda W: np.array(u, float) * (1 - np.array(u, float))), lambda u: zero, B01, "one"),
    (r"(1 - s)(1 + s) = 0", lambda u: (lambda W: (1 - np.array(u, float)) * (1 + np.array(u, float))), lambda u: zero, PM, "one"),
    (r"\sum_{s_1} \sum_{s_2} e^{J s_1 s_2} = 4 \cosh J", Z2, lambda u: (lambda W: 4 * np.cosh(W.J)), PM, "two"),
    (r"\sum_{s_1} \sum_{s_2} e^{J s_1 s_2} = 3 + e^{J}", Z2, lambda u: (lambda W: 3 + np.exp(W.J)), B01, "two"),
    (r"\sum_{\mathbf{h}} e^{\sum_{j} c_j h_j} = \prod_{j=1}^{m} \left(1 + e^{c_j}\right)", Zh, lambda u: (lambda W: np.prod(1 + np.exp(W.ch))), B01, "hid"),
    (r"\sum_{\mathbf{h}} e^{\sum_{j} c_j h_j} = \prod_{j=1}^{m} 2 \cosh c_j", Zh, lambda u: (lambda W: np.prod(2 * np.cosh(W.ch))), PM, "hid"),
    (r"p(h_j = 1 \mid \mathbf{v}) = \sigma\left(2 c_j + 2 \sum_{i} v_i W_{ij}\right)", ch1, lambda u: (lambda W: sig(2 * hin(u)(W))), PM, "rbm"),
    (r"p(h_j = 1 \mid \mathbf{v}) = \sigma\left(c_j + \sum_{i} v_i W_{ij}\right)", ch1, lambda u: (lambda W: sig(hin(u)(W))), B01, "rbm"),
    (r"\mathbb{E}\left[h_j \mid \mathbf{v}\right] = \tanh\left(c_j + \sum_{i} v_i W_{ij}\right)", Eh, lambda u: (lambda W: np.tanh(hin(u)(W))), PM, "rbm"),
    (r"\mathbb{E}\left[h_j \mid \mathbf{v}\right] = \sigma\left(c_j + \sum_{i} v_i W_{ij}\right)", Eh, lambda u: (lambda W: sig(hin(u)(W))), B01, "rbm"),
]
CTX = {
    "one": (r"A single unit $s$ sits in a field $h$ (a real number): $p(s) = e^{h s} / \sum_{s'} e^{h s'}$, and $\langle s \rangle = \sum_{s} s\, p(s)$.",),
    "two": (r"Two units $s_1, s_2$ interact with coupling $J$ (a real number).",),
    "hid": (r"A hidden layer $\mathbf{h} = (h_1, \ldots, h_m)$ with biases $c_j$ (real numbers); the sum runs over all configurations of $\mathbf{h}$.",),
    "rbm": (r"An RBM has visible units $v_i$, hidden units $h_j$, weights $W_{ij}$ and biases $b_i$, $c_j$; $\sigma(u) = 1/(1 + e^{-u})$.",
            [r"E(\mathbf{v}, \mathbf{h}) = -\sum_{i} b_i v_i - \sum_{j} c_j h_j - \sum_{i, j} v_i W_{ij} h_j",
             r"p(\mathbf{v}, \mathbf{h}) = \frac{e^{-E(\mathbf{v}, \mathbf{h})}}{Z}"]),
}
SYM = {"one": "s", "two": "s_1, s_2", "hid": "h_j", "rbm": "v_i, h_j"}
DECL_PM = [r"Here ${s} \in \{-1, +1\}$.", r"Each unit takes the values ${s} = \pm 1$.", r"We take ${s} \in \{\pm 1\}$.",
           r"Units are spins: ${s} \in \lbrace -1, 1 \rbrace$."]
DECL_01 = [r"Here ${s} \in \{0, 1\}$.", r"The units are binary, ${s} \in \lbrace 0, 1 \rbrace$.", r"We take ${s} \in \{0, 1\}$ throughout.",
           r"Each unit is ${s} \in \{0, 1\}$ (we still call them spins)."]
WORDS = {PM: r"The units are Ising spins, pointing up or down.", B01: r"Each unit is either on or off, as in a binary network."}


def ctx(kind, decl):
    c = CTX[kind]
    d = decl.replace("{s}", SYM[kind])
    return [c[0], d] + list(c[1:])


for k, (row, lf, rf, good, kind) in enumerate(ROWS):
    bad = B01 if good == PM else PM
    dg = (DECL_PM if good == PM else DECL_01)[k % 4]
    db = (DECL_01 if good == PM else DECL_PM)[(k + 1) % 4]
    doc1(P, Hh, ctx(kind, dg), row, (TT_, lf(good), rf(good)), units=good)
    doc1(P, Hh, ctx(kind, db), row, (FF_, lf(bad), rf(bad)), units=bad, note=f"the {good} row under {bad} units")
# words only: either
for k in (0, 3, 4, 9, 10, 13, 14):
    row, lf, rf, good, kind = ROWS[k]
    bad = B01 if good == PM else PM
    w = WORDS[good] if k % 2 == 0 else WORDS[bad]
    doc1(P, Hh, [CTX[kind][0], w] + list(CTX[kind][1:]), row,
         (E_, (lf(good), rf(good)), (lf(bad), rf(bad)), f"words only: true for {good}, false for {bad}"), note="units in words only")
