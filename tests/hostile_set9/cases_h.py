"""hostile10 H: units declared in prose ({0,1}, {-1,+1}, s_i = \\pm 1, x \\in \\{0,1\\}^d) beside RBM / Ising rows; words alone
never switch (such rows are 'either')."""
import itertools as it

import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1

Hh = "H units declared in prose"
P = "H"
E_ = "either"
RBM1 = [r"E(v, h) = -\sum_{i} b_i v_i - \sum_{j} c_j h_j - \sum_{i, j} v_i W_{ij} h_j"]
RBM2 = [r"p(v, h) = \frac{e^{-E(v, h)}}{Z}"]
B01 = r"Here $v_i, h_j \in \{0, 1\}$."
BPM = r"Here $v_i, h_j \in \{-1, +1\}$."
U01, UPM = (0, 1), (-1, 1)
ch1 = lambda u: (lambda W: R(W, u, u).ch_all(1))
hin = lambda u: (lambda W: R(W, u, u).hin())
Eh = lambda u: (lambda W: R(W, u, u).Eh())

R1 = r"p(h_j = 1 \mid v) = \sigma\left(\sum_{i} v_i W_{ij} + c_j\right)"
R2 = r"p(h_j = 1 \mid v) = \frac{1}{1 + e^{-2 c_j - 2 \sum_{i} W_{ij} v_i}}"
doc1(P, Hh, [B01, RBM1, RBM2], R1, (TT_, ch1(U01), lambda W: sig(hin(U01)(W))))
doc1(P, Hh, [BPM, RBM1, RBM2], R1, (FF_, ch1(UPM), lambda W: sig(hin(UPM)(W))), note="the binary conditional under spins")
doc1(P, Hh, [BPM, RBM1, RBM2], R2, (TT_, ch1(UPM), lambda W: sig(2 * hin(UPM)(W))))
doc1(P, Hh, [B01, RBM1, RBM2], R2, (FF_, ch1(U01), lambda W: sig(2 * hin(U01)(W))), note="the spin conditional under binary units")
doc1(P, Hh, [r"The units are spins, as in a magnet.", RBM1, RBM2], R2, (E_, (ch1(UPM), lambda W: sig(2 * hin(UPM)(W))), (ch1(U01), lambda W: sig(2 * hin(U01)(W))),
     "words only: spins true, binary false"))
doc1(P, Hh, [r"The units are binary.", RBM1, RBM2], R1, (E_, (ch1(U01), lambda W: sig(hin(U01)(W))), (ch1(UPM), lambda W: sig(hin(UPM)(W))),
     "words only: binary true, spins false"))
B01s = r"Here $v_i, h_j \in \{0, 1\}$ (we still call the units spins, as physicists do)."
doc1(P, Hh, [B01s, RBM1, RBM2], R1, (TT_, ch1(U01), lambda W: sig(hin(U01)(W))), note="the word 'spins' must not switch the units")
doc1(P, Hh, [B01s, RBM1, RBM2], R2, (FF_, ch1(U01), lambda W: sig(2 * hin(U01)(W))))
R3 = r"\mathbb{E}[h_j \mid v] = \tanh\left(\sum_{i} v_i W_{ij} + c_j\right)"
doc1(P, Hh, [BPM, RBM1, RBM2], R3, (TT_, Eh(UPM), lambda W: np.tanh(hin(UPM)(W))))
doc1(P, Hh, [B01, RBM1, RBM2], R3, (FF_, Eh(U01), lambda W: np.tanh(hin(U01)(W))))
R4 = r"\mathbb{E}[h_j \mid v] = \sigma\left(\sum_{i} v_i W_{ij} + c_j\right)"
doc1(P, Hh, [B01, RBM1, RBM2], R4, (TT_, Eh(U01), lambda W: sig(hin(U01)(W))))
doc1(P, Hh, [BPM, RBM1, RBM2], R4, (FF_, Eh(UPM), lambda W: sig(hin(UPM)(W))))
SPM = r"Consider $n$ spins with $s_i = \pm 1$."
S01 = r"Consider $n$ units with $s_i \in \{0, 1\}$."
uv = lambda u: (lambda W: np.array(u, float))
doc1(P, Hh, [SPM], r"s_i^{2} = 1", (TT_, lambda W: uv(UPM)(W) ** 2, one))
doc1(P, Hh, [S01], r"s_i^{2} = 1", (FF_, lambda W: uv(U01)(W) ** 2, one))
doc1(P, Hh, [S01], r"s_i^{2} = s_i", (TT_, lambda W: uv(U01)(W) ** 2, uv(U01)))
doc1(P, Hh, [SPM], r"s_i^{2} = s_i", (FF_, lambda W: uv(UPM)(W) ** 2, uv(UPM)))
AV = r"Let $a \in \mathbb{R}^{d}$ and $x \in \{0, 1\}^{d}$."
AVpm = r"Let $a \in \mathbb{R}^{d}$ and $x \in \{-1, 1\}^{d}$."
zsum = lambda u: (lambda W: float(np.exp(np.array(list(it.product(u, repeat=W.dd)), float) @ W.av).sum()))
RX = r"\sum_{x} e^{a^\top x} = \prod_{k=1}^{d} \left(1 + e^{a_k}\right)"
RC = r"\sum_{x} e^{a^\top x} = \prod_{k=1}^{d} 2 \cosh a_k"
doc1(P, Hh, [AV], RX, (TT_, zsum(U01), lambda W: np.prod(1 + np.exp(W.av))))
doc1(P, Hh, [AVpm], RX, (FF_, zsum(UPM), lambda W: np.prod(1 + np.exp(W.av))))
doc1(P, Hh, [AVpm], RC, (TT_, zsum(UPM), lambda W: np.prod(2 * np.cosh(W.av))))
doc1(P, Hh, [AV], RC, (FF_, zsum(U01), lambda W: np.prod(2 * np.cosh(W.av))))
J2 = r"Two spins $s_1, s_2 \in \{-1, +1\}$ interact with coupling $w$."
J01 = r"Two units $s_1, s_2 \in \{0, 1\}$ interact with coupling $w$."
z2 = lambda u: (lambda W: float(sum(np.exp(W.J * a * b) for a in u for b in u)))
doc1(P, Hh, [J2], r"\sum_{s_1} \sum_{s_2} e^{w s_1 s_2} = 4 \cosh w", (TT_, z2(UPM), lambda W: 4 * np.cosh(W.J)))
doc1(P, Hh, [J01], r"\sum_{s_1} \sum_{s_2} e^{w s_1 s_2} = 4 \cosh w", (FF_, z2(U01), lambda W: 4 * np.cosh(W.J)))
doc1(P, Hh, [J01], r"\sum_{s_1} \sum_{s_2} e^{w s_1 s_2} = 3 + e^{w}", (TT_, z2(U01), lambda W: 3 + np.exp(W.J)))
doc1(P, Hh, [J2], r"\sum_{s_1} \sum_{s_2} e^{w s_1 s_2} = 3 + e^{w}", (FF_, z2(UPM), lambda W: 3 + np.exp(W.J)))
RF = r"\sum_{h} e^{-E(v, h)} = e^{\sum_{i} b_i v_i} \prod_{j} \left(1 + e^{c_j + \sum_{i} W_{ij} v_i}\right)"
fsum = lambda u: (lambda W: np.exp(-R(W, u, u).E()).sum(1))
frhs = lambda u: (lambda W: np.exp(R(W, u, u).vs @ W.bv) * np.prod(1 + np.exp(hin(u)(W)), axis=0))
doc1(P, Hh, [B01, RBM1, RBM2], RF, (TT_, fsum(U01), frhs(U01)))
doc1(P, Hh, [BPM, RBM1, RBM2], RF, (FF_, fsum(UPM), frhs(UPM)))
SPn = r"Let $s = (s_1, \ldots, s_n)$ with every $s_i \in \{-1, +1\}$."
S0n = r"Let $s = (s_1, \ldots, s_n)$ with every $s_i \in \{0, 1\}$."
s1sum = lambda u: (lambda W: np.array(list(it.product(u, repeat=W.n)), float)[:, 0].sum())
doc1(P, Hh, [SPn], r"\sum_{s} s_1 = 0", (TT_, s1sum(UPM), zero))
doc1(P, Hh, [S0n], r"\sum_{s} s_1 = 0", (FF_, s1sum(U01), zero))
doc1(P, Hh, [r"Let $s = (s_1, \ldots, s_n)$ be a configuration of $n$ spins of a magnet."], r"\sum_{s} s_1 = 0",
     (E_, (s1sum(UPM), zero), (s1sum(U01), zero), "words only: spins true, binary false"))
