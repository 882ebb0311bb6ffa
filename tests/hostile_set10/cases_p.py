"""hostile11 P: float traps (values equal only in float64) and budget traps (towers, huge sums, deep nesting, long chains,
many displays). Truth by exact arithmetic in Python integers / Fractions or mpmath at 80 digits ('py' rows), or on the worlds."""
import math
from fractions import Fraction as Fr

import mpmath as mp
import sympy as sp
import numpy as np

from build import D, DEF, F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import nid, one as doc1

mp.mp.dps = 80
Pp = "P float and budget traps"
P = "P"
py = lambda v: (lambda _: v)
ex = lambda b: (TT_ if b else FF_, py(b), None, "py")


def doc(row, truth, note="", pre=()):
    assert (truth == TT_) == bool(truth_val[-1]), row
    doc1(P, Pp, list(pre), row, (truth, py(truth_val[-1]), None, "py"), note=note)


truth_val = []


def t(row, val, note="", pre=()):
    truth_val.append(bool(val))
    doc(row, TT_ if val else FF_, note, pre)


th_ = sp.Symbol('theta')


def _e1000_is_one():
    with mp.workdps(1000):  # 1 - e^{-1000} needs more than 434 digits
        return mp.exp(1000) / (mp.exp(1000) + 1) == 1

t(r"0.1 + 0.2 = 0.3", Fr("0.1") + Fr("0.2") == Fr("0.3"), "decimals: exact; float64 says no")
t(r"0.1 + 0.2 = 0.30000000000000004", Fr("0.1") + Fr("0.2") == Fr("0.30000000000000004"), "equal in float64 only")
t(r"10^{16} + 1 - 10^{16} = 1", 10 ** 16 + 1 - 10 ** 16 == 1, "float64 gives 0")
t(r"10^{16} + 1 - 10^{16} = 0", 10 ** 16 + 1 - 10 ** 16 == 0, "equal in float64 only")
t(r"\left(10^{8} + 1\right)^{2} - 10^{16} = 2 \cdot 10^{8} + 1", (10 ** 8 + 1) ** 2 - 10 ** 16 == 2 * 10 ** 8 + 1, "float64 gives 2e8")
t(r"\left(10^{8} + 1\right)^{2} - 10^{16} = 2 \cdot 10^{8}", (10 ** 8 + 1) ** 2 - 10 ** 16 == 2 * 10 ** 8, "equal in float64 only")
t(r"\log\left(1 + 10^{-20}\right) = 0", mp.log(1 + mp.mpf(10) ** -20) == 0, "0 in float64 only")
t(r"e^{\log\left(1 + 10^{-20}\right)} = 1 + 10^{-20}", abs(mp.exp(mp.log(1 + mp.mpf(10) ** -20)) - 1 - mp.mpf(10) ** -20) < mp.mpf(10) ** -70)
t(r"e^{-800} = 0", mp.exp(-800) == 0, "underflow")
t(r"e^{-800} \cdot e^{800} = 1", abs(mp.exp(-800) * mp.exp(800) - 1) < mp.mpf(10) ** -70, "underflow times overflow")
t(r"\frac{1}{1 + e^{-40}} = 1", 1 / (1 + mp.exp(-40)) == 1, "1 in float64 only")
t(r"\frac{1}{1 + e^{-40}} + \frac{1}{1 + e^{40}} = 1", abs(1 / (1 + mp.exp(-40)) + 1 / (1 + mp.exp(40)) - 1) < mp.mpf(10) ** -70)
t(r"\tanh(20) = 1", mp.tanh(20) == 1, "1 in float64 only")
t(r"1 - \tanh(20) = \frac{2}{e^{40} + 1}", abs(1 - mp.tanh(20) - 2 / (mp.exp(40) + 1)) < mp.mpf(10) ** -75)
t(r"\cos\left(10^{20} \pi\right) = 1", abs(mp.cos(mp.mpf(10) ** 20 * mp.pi) - 1) < mp.mpf(10) ** -40, "an even multiple of pi; float64 cannot tell")
t(r"\cos\left(10^{20} \pi\right) = -1", abs(mp.cos(mp.mpf(10) ** 20 * mp.pi) + 1) < mp.mpf(10) ** -40, "10^20 is even")
t(r"\sin\left(\left(10^{20} + \frac{1}{2}\right) \pi\right) = 1", abs(mp.sin((mp.mpf(10) ** 20 + mp.mpf(1) / 2) * mp.pi) - 1) < mp.mpf(10) ** -40, "float64 cannot tell")
t(r"\sin\left(\left(10^{20} + \frac{1}{2}\right) \pi\right) = -1", abs(mp.sin((mp.mpf(10) ** 20 + mp.mpf(1) / 2) * mp.pi) + 1) < mp.mpf(10) ** -40)
t(r"\sqrt{10^{32} + 1} = 10^{16}", mp.sqrt(mp.mpf(10) ** 32 + 1) == mp.mpf(10) ** 16, "equal in float64 only")
t(r"\sqrt{10^{32}} = 10^{16}", math.isqrt(10 ** 32) ** 2 == 10 ** 32 and math.isqrt(10 ** 32) == 10 ** 16)
t(r"1 - \cos\left(10^{-9}\right) = 0", 1 - mp.cos(mp.mpf(10) ** -9) == 0, "0 in float64 only")
t(r"1 - \cos\left(10^{-9}\right) = 2 \sin^{2}\left(5 \cdot 10^{-10}\right)", abs(1 - mp.cos(mp.mpf(10) ** -9) - 2 * mp.sin(5 * mp.mpf(10) ** -10) ** 2) < mp.mpf(10) ** -75)
t(r"\log\left(e^{1000} + e^{1000}\right) = 1000 + \log 2", abs(mp.log(2 * mp.exp(1000)) - 1000 - mp.log(2)) < mp.mpf(10) ** -70, "overflow in float64")
t(r"\log\left(e^{1000} + e^{1000}\right) = 1000", abs(mp.log(2 * mp.exp(1000)) - 1000) < mp.mpf(10) ** -70, "log 2 dropped")
t(r"\frac{e^{1000}}{e^{1000} + 1} = 1", _e1000_is_one(), "1 in float64 only (after rescaling)")
t(r"\frac{e^{1000}}{e^{1000} + 1} = \frac{1}{1 + e^{-1000}}", abs(mp.exp(1000) / (mp.exp(1000) + 1) - 1 / (1 + mp.exp(-1000))) < mp.mpf(10) ** -75)
t(r"e^{\ln 10^{300} + \ln 10^{300}} = 10^{600}", abs(mp.exp(2 * mp.log(mp.mpf(10) ** 300)) / mp.mpf(10) ** 600 - 1) < mp.mpf(10) ** -70, "overflow in float64")
t(r"e^{\ln 10^{300} + \ln 10^{300}} = 10^{601}", abs(mp.exp(2 * mp.log(mp.mpf(10) ** 300)) / mp.mpf(10) ** 601 - 1) < mp.mpf(10) ** -70)
t(r"\left(1 + 10^{-16}\right)^{10^{16}} = e", abs((1 + mp.mpf(10) ** -16) ** (mp.mpf(10) ** 16) - mp.e) < mp.mpf(10) ** -70, "float64 gives 1; exactly, slightly below e")
t(r"\left(1 + 10^{-16}\right)^{10^{16}} < e", (1 + mp.mpf(10) ** -16) ** (mp.mpf(10) ** 16) < mp.e)
t(r"2^{-1075} = 0", Fr(1, 2 ** 1075) == 0, "0 in float64 only")
t(r"2^{-1075} \cdot 2^{1075} = 1", Fr(1, 2 ** 1075) * 2 ** 1075 == 1)
t(r"\arctan\left(10^{20}\right) = \frac{\pi}{2}", mp.atan(mp.mpf(10) ** 20) == mp.pi / 2, "equal in float64 only")
t(r"\arctan\left(10^{20}\right) < \frac{\pi}{2}", mp.atan(mp.mpf(10) ** 20) < mp.pi / 2)
t(r"10^{-20} + 1 - 1 = 10^{-20}", Fr(1, 10 ** 20) + 1 - 1 == Fr(1, 10 ** 20), "float64 gives 0")
t(r"10^{-20} + 1 - 1 = 0", Fr(1, 10 ** 20) + 1 - 1 == 0, "equal in float64 only")
t(r"\prod_{k=1}^{20} k = 2432902008176640000", math.factorial(20) == 2432902008176640000)
t(r"\prod_{k=1}^{20} k = 2432902008176640001", math.factorial(20) == 2432902008176640001, "equal in float64 only")
# budget traps
t(r"3^{3^{3^{3}}} \cdot 3 = 3^{3^{27} + 1}", 3 ** (3 ** 3) + 1 == 3 ** 27 + 1, "a tower: 3^7625597484987")
t(r"3^{3^{3^{3}}} \cdot 3 = 3^{3^{27} + 2}", 3 ** (3 ** 3) + 1 == 3 ** 27 + 2)
t(r"\sum_{k=0}^{10^{9}} 2 k = 1000000001000000000", 10 ** 9 * (10 ** 9 + 1) == 1000000001000000000)
t(r"\sum_{k=0}^{10^{9}} 2 k = 1000000001000000001", 10 ** 9 * (10 ** 9 + 1) == 1000000001000000001, "equal in float64 only")
S30 = "2^{2^{30}}"
for _ in range(30):
    S30 = r"\sqrt{" + S30 + "}"
t(S30 + " = 2", Fr(2 ** 30, 2 ** 30) == 1, "30 square roots of 2^(2^30)")
t(S30 + " = 4", Fr(2 ** 30, 2 ** 30) == 2)
t(r"\frac{10^{400}}{10^{399}} = 10", Fr(10 ** 400, 10 ** 399) == 10, "overflow in float64")
t(r"\frac{10^{400}}{10^{399}} = 100", Fr(10 ** 400, 10 ** 399) == 100)
t(r"\log_{2} 2^{1000} = 1000", (2 ** 1000).bit_length() - 1 == 1000)
t(r"\log_{2} 2^{1000} = 999", (2 ** 1000).bit_length() - 1 == 999)
t(r"\frac{d^{40}}{d\theta^{40}} e^{2 \theta} = 2^{40} e^{2 \theta}", sp.simplify(sp.diff(sp.exp(2 * th_), th_, 40) - 2 ** 40 * sp.exp(2 * th_)) == 0, "40th derivative")
t(r"\frac{d^{40}}{d\theta^{40}} e^{2 \theta} = 2^{39} e^{2 \theta}", sp.simplify(sp.diff(sp.exp(2 * th_), th_, 40) - 2 ** 39 * sp.exp(2 * th_)) == 0)
t(r"\binom{2000}{1000} = \binom{2000}{1000} + 0", math.comb(2000, 1000) == math.comb(2000, 1000) + 0, "a 600-digit binomial")
t(r"\binom{2000}{1000} = \binom{2000}{999}", math.comb(2000, 1000) == math.comb(2000, 999), "they differ by a factor 1001/1000")
t(r"\frac{1000!}{999!} = 1000", Fr(math.factorial(1000), math.factorial(999)) == 1000, "factorials of 2568 digits")
t(r"\frac{1000!}{999!} = 999", Fr(math.factorial(1000), math.factorial(999)) == 999)
# world rows with float traps: sigma(theta + 50) and log(1 + e^{theta - 60})
THE = r"Let $\theta$ be a real number with $|\theta| \le 10$."
onem = lambda W: float((1 - 1 / (1 + mp.exp(-(mp.mpf(W.th) + 50)))) * mp.mpf(10) ** 20)  # (1 - lhs) * 1e20, exactly
doc1(P, Pp, [THE], r"\frac{1}{1 + e^{-(\theta + 50)}} < 1", (TT_, onem, zero, ">"))
doc1(P, Pp, [THE], r"\frac{1}{1 + e^{-(\theta + 50)}} = 1", (FF_, onem, zero, "=="), note="1 in float64 only: compared as (1 - lhs) * 1e20 against 0")
# many displays and a long chain
MM = [[r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"], r"with $Z_\theta = \sum_{x} e^{-E_\theta(x)}$ over finitely many states."]
blocks, lab = list(MM), [DEF]
for k in range(1, 61):
    row = r"\log Z_\theta + %d = \log \sum_{x} e^{%d - E_\theta(x)}" % (k, k) if k != 50 else r"\log Z_\theta + %d = \log \sum_{x} e^{%d + E_\theta(x)}" % (k, k)
    if k in (20, 50):
        blocks.append(("raw", ["$$", "§" + row, "$$"]))
        lab.append((TT_, lambda W: W.logZ() + 20, lambda W: lse(20 - W.E())) if k == 20 else (FF_, lambda W: W.logZ() + 50, lambda W: lse(50 + W.E())))
    else:
        blocks.append(("raw", ["$$", row, "$$"]))
D(nid(P), Pp, blocks, lab, note="60 displays")
rows = [r"Z_\theta &= \sum_{x} e^{-E_\theta(x)}"] + [r"&= e^{-%d} \sum_{x} e^{%d - E_\theta(x)}" % (k, k + (1 if k == 150 else 0)) for k in range(1, 200)]
lines = ["$$", r"\begin{aligned}"]
labels = {3: (TT_, lambda W: W.Z(), lambda W: W.Z()), 150: (FF_, lambda W: W.Z(), lambda W: np.exp(-150) * np.exp(151 - W.E()).sum())}
for k, r in enumerate(rows):
    lines.append(("§" if k in labels else "") + r + (r" \\" if k < len(rows) - 1 else ""))
lines += [r"\end{aligned}", "$$"]
D(nid(P), Pp, list(MM) + [("raw", lines)], [DEF] + [labels[k] for k in sorted(labels)], note="200-row chain")
