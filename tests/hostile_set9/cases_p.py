"""hostile10 P: budget traps (huge numbers, deep nesting, long chains, many displays) with true and false rows; every
document must be answered within its budget. Truth by exact integer/Fraction arithmetic ('py') or on the worlds."""
import itertools as it
import math
from fractions import Fraction

import numpy as np

from build import D, DEF, F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import nid, one as doc1

Pp = "P budget traps"
P = "P"
MM = [M9, M9Z]
py = lambda v: (lambda _: v)


def chain(rows, labels, pre=()):
    """one aligned chain; labels: {row index: spec}; other rows unlabelled."""
    lines = ["$$", r"\begin{aligned}"]
    for k, r in enumerate(rows):
        end = r" \\" if k < len(rows) - 1 else ""
        lines.append(("§" if k in labels else "") + r + end)
    lines += [r"\end{aligned}", "$$"]
    return ("raw", lines)


def cdoc(rows, labels, pre=(), note=""):
    cid = nid(P)
    from pairs import ndefs
    D(cid, Pp, list(pre) + [chain(rows, labels)], [DEF] * ndefs(pre) + [labels[k] for k in sorted(labels)], note=note)


cdoc([r"5^{5^{5}} \cdot 5 &= 5^{5^{5} + 1}", r"&= 5^{3126}"], {0: (TT_, py(True), None, "py"), 1: (TT_, py(5 ** 5 + 1 == 3126), None, "py")})
cdoc([r"5^{5^{5}} \cdot 5 &= 5^{5^{5} + 1}", r"&= 5^{3125}"], {0: (TT_, py(True), None, "py"), 1: (FF_, py(5 ** 5 + 1 == 3125), None, "py")}, note="5^5 = 3125")
cdoc([r"9^{9^{9}} + 0 &= 9^{9^{9}}", r"&= 9^{387420489}"], {0: (TT_, py(True), None, "py"), 1: (TT_, py(9 ** 9 == 387420489), None, "py")})
cdoc([r"9^{9^{9}} + 0 &= 9^{9^{9}}", r"&= 9^{387420490}"], {0: (TT_, py(True), None, "py"), 1: (FF_, py(9 ** 9 == 387420490), None, "py")})
L5 = r"\ln \ln \ln \ln \ln e^{e^{e^{e^{e^{2}}}}}"
doc1(P, Pp, [], L5 + " = 2", (TT_, py(True), None, "py"), note="ln e^a = a five times")
doc1(P, Pp, [], L5 + " = 3", (FF_, py(False), None, "py"))


def cf(n):
    return "1" if n == 0 else r"1 + \frac{1}{" + cf(n - 1) + "}"


def cfv(n):
    return Fraction(1) if n == 0 else 1 + 1 / cfv(n - 1)


v25 = cfv(25)
doc1(P, Pp, [], cf(25) + r" = \frac{%d}{%d}" % (v25.numerator, v25.denominator), (TT_, py(cfv(25) == v25), None, "py"), note="a continued fraction of depth 25")
doc1(P, Pp, [], cf(25) + r" = \frac{%d}{%d}" % (v25.denominator, v25.numerator - v25.denominator),
     (FF_, py(cfv(25) == Fraction(v25.denominator, v25.numerator - v25.denominator)), None, "py"), note="the previous convergent")

# 80 displays, the 10th labelled true and the 70th labelled false
blocks, lab = list(MM), [DEF]
for k in range(1, 81):
    sgn = "+" if k == 70 else "-"
    row = r"\log p_\theta(x) + %d = %d - E_\theta(x) %s \log Z_\theta" % (k, k, sgn)
    if k in (10, 70):
        blocks.append(("raw", ["$$", "§" + row, "$$"]))
        lab.append((TT_, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ()) if k == 10 else (FF_, lambda W: np.log(W.p()), lambda W: -W.E() + W.logZ()))
    else:
        blocks.append(("raw", ["$$", row, "$$"]))
D(nid(P), Pp, blocks, lab, note="80 displays")
# a chain of 120 rows, the 60th false
rows = [r"\log Z_\theta &= \log Z_\theta + 0"] + [r"&= \log Z_\theta + %d - %d" % (k, k + (1 if k == 60 else 0)) for k in range(1, 120)]
cdoc(rows, {1: (TT_, lambda W: W.logZ(), lambda W: W.logZ()), 60: (FF_, lambda W: W.logZ(), lambda W: W.logZ() - 1)}, pre=MM, note="120-row chain")
doc1(P, Pp, [], r"\binom{10^{6}}{2} = 499999500000", (TT_, py(math.comb(10 ** 6, 2) == 499999500000), None, "py"))
doc1(P, Pp, [], r"\binom{10^{6}}{2} = 500000500000", (FF_, py(math.comb(10 ** 6, 2) == 500000500000), None, "py"))


def _cube(d, e):
    ok = True
    for b in (0.3, 1.0, 2.5):
        lhs = sum(math.exp(-b * sum(x)) for x in it.product((0, 1), repeat=d))
        ok &= math.isclose(lhs, (1 + math.exp(-b)) ** e, rel_tol=1e-12)
    return ok


BE = r"Let $\beta > 0$."
doc1(P, Pp, [BE], r"\sum_{x \in \{0, 1\}^{60}} e^{-\beta \sum_{k=1}^{60} x_k} = \left(1 + e^{-\beta}\right)^{60}", (TT_, py(all(_cube(d, d) for d in range(1, 9))), None, "py"),
     note="2^60 terms; checked on d = 1..8")
doc1(P, Pp, [BE], r"\sum_{x \in \{0, 1\}^{60}} e^{-\beta \sum_{k=1}^{60} x_k} = \left(1 + e^{-\beta}\right)^{59}", (FF_, py(all(_cube(d, d - 1) for d in range(1, 9))), None, "py"))
EB = r"Let $E$ and $\beta$ be real numbers."
doc1(P, Pp, [EB], r"\frac{d^{30}}{d\beta^{30}} e^{-\beta E} = E^{30} e^{-\beta E}", (TT_, py((-1) ** 30 == 1), None, "py"), note="(-E)^30 = E^30")
doc1(P, Pp, [EB], r"\frac{d^{30}}{d\beta^{30}} e^{-\beta E} = -E^{30} e^{-\beta E}", (FF_, py((-1) ** 30 == -1), None, "py"))
doc1(P, Pp, [], r"\frac{2000!}{1999!} = 2000", (TT_, py(math.factorial(2000) // math.factorial(1999) == 2000), None, "py"))
doc1(P, Pp, [], r"\frac{2000!}{1999!} = 1999", (FF_, py(math.factorial(2000) // math.factorial(1999) == 1999), None, "py"))
doc1(P, Pp, [], r"10^{10^{10}} > 10^{10^{9}}", (TT_, py(10 ** 10 > 10 ** 9), None, "py"))
doc1(P, Pp, [], r"10^{10^{10}} < 10^{10^{9}}", (FF_, py(10 ** 10 < 10 ** 9), None, "py"))
doc1(P, Pp, [], r"\prod_{k=1}^{500} \frac{k + 1}{k} = 501", (TT_, py(math.prod(Fraction(k + 1, k) for k in range(1, 501)) == 501), None, "py"))
doc1(P, Pp, [], r"\prod_{k=1}^{500} \frac{k + 1}{k} = 500", (FF_, py(math.prod(Fraction(k + 1, k) for k in range(1, 501)) == 500), None, "py"))
SG = r"Let $\sigma(t) = 1/(1 + e^{-t})$ be the logistic sigmoid."
doc1(P, Pp, [SG], r"\sigma\left(-10^{4}\right) > 0", (TT_, py(True), None, "py"), note="1/(1 + e^{10000}) > 0 exactly")
doc1(P, Pp, [SG], r"\sigma\left(-10^{4}\right) = 0", (FF_, py(False), None, "py"), note="0 in float64, not exactly")
doc1(P, Pp, [], r"\log\left(1 + e^{-10^{5}}\right) > 0", (TT_, py(True), None, "py"))
doc1(P, Pp, [], r"\log\left(1 + e^{-10^{5}}\right) = 0", (FF_, py(False), None, "py"), note="0 in float64, not exactly")
doc1(P, Pp, [], r"\tanh\left(10^{4}\right) < 1", (TT_, py(True), None, "py"))
doc1(P, Pp, [], r"\tanh\left(10^{4}\right) = 1", (FF_, py(False), None, "py"), note="1 in float64, not exactly")
nest = r"\left[" * 50 + r"\theta + 0" + r"\right]" * 50
RT = r"Let $\theta$ be real."
doc1(P, Pp, [RT], nest + r" = \theta", (TT_, lambda W: W.th, lambda W: W.th), note="50 nested brackets")
doc1(P, Pp, [RT], nest + r" = 2 \theta", (FF_, lambda W: W.th, lambda W: 2 * W.th))


def nlog(n, inner):
    return inner if n == 0 else r"\log\left(1 + " + nlog(n - 1, inner) + r"\right)"


doc1(P, Pp, [], nlog(25, "0") + " = 0", (TT_, py(True), None, "py"), note="25 nested log(1 + .)")
doc1(P, Pp, [], nlog(25, "1") + " = 0", (FF_, py(False), None, "py"), note="log(1 + t) > 0 for t > 0")
D12 = r"\frac{d}{d\theta} " * 12 + r"\theta^{12}"
doc1(P, Pp, [RT], D12 + " = 479001600", (TT_, py(math.factorial(12) == 479001600), None, "py"), note="12 nested derivatives: 12!")
doc1(P, Pp, [RT], D12 + " = 39916800", (FF_, py(math.factorial(12) == 39916800), None, "py"), note="11!")
doc1(P, Pp, [], r"\sum_{k=1}^{10^{9}} 1 = 10^{9}", (TT_, py(True), None, "py"))
doc1(P, Pp, [], r"\sum_{k=1}^{10^{9}} 1 = 10^{9} - 1", (FF_, py(False), None, "py"))
doc1(P, Pp, [], r"4^{4^{4}} = 4^{256}", (TT_, py(4 ** 4 == 256), None, "py"))
doc1(P, Pp, [], r"4^{4^{4}} = 4^{255}", (FF_, py(4 ** 4 == 255), None, "py"))


def _zb(d, e):
    ok = True
    for t in (-1.3, 0.4, 2.0):
        lhs = sum(math.exp(t * sum(x)) for x in it.product((0, 1), repeat=d))
        ok &= math.isclose(lhs, (1 + math.exp(t)) ** e, rel_tol=1e-12)
    return ok


BIG = (r"A model on $x \in \{0, 1\}^{50}$ has energy $E_\theta(x) = -\theta \sum_{k=1}^{50} x_k$ and "
       r"$Z_\theta = \sum_{x} e^{-E_\theta(x)}$.")
doc1(P, Pp, [BIG], r"Z_\theta = \left(1 + e^{\theta}\right)^{50}", (TT_, py(all(_zb(d, d) for d in range(1, 9))), None, "py"), note="2^50 states; analogues d = 1..8")
doc1(P, Pp, [BIG], r"Z_\theta = \left(1 + e^{\theta}\right)^{49}", (FF_, py(all(_zb(d, d - 1) for d in range(1, 9))), None, "py"))


def nel(n, inner):
    return inner if n == 0 else r"\exp\left(\log\left(" + nel(n - 1, inner) + r"\right)\right)"


doc1(P, Pp, [RT], nel(30, r"\theta^{2} + 1") + r" = \theta^{2} + 1", (TT_, lambda W: W.th ** 2 + 1, lambda W: W.th ** 2 + 1), note="30 nested exp(log(.))")
doc1(P, Pp, [RT], nel(30, r"\theta^{2} + 1") + r" = \theta^{2}", (FF_, lambda W: W.th ** 2 + 1, lambda W: W.th ** 2))


def nfrac(n):
    return r"\beta" if n == 0 else r"\frac{2}{" + nfrac(n - 1) + "}"


BB = r"Let $\beta > 0$."
doc1(P, Pp, [BB], nfrac(40) + r" = \beta", (TT_, lambda W: W.be, lambda W: W.be), note="40 nested 2/(.)")
doc1(P, Pp, [BB], nfrac(40) + r" = \frac{2}{\beta}", (FF_, lambda W: W.be, lambda W: 2 / W.be))
doc1(P, Pp, [], r"\frac{e^{800} + e^{800}}{e^{800}} = 2", (TT_, py(True), None, "py"), note="overflows float64")
doc1(P, Pp, [], r"\frac{e^{800} + e^{800}}{e^{800}} = 1", (FF_, py(False), None, "py"))
# a chain of 400 rows: the first true, the last false
rows = [r"\theta &= \theta + 0"] + [r"&= \theta + %d - %d" % (k, k) for k in range(1, 399)] + [r"&= \theta + 1"]
cdoc(rows, {1: (TT_, lambda W: W.th, lambda W: W.th), 399: (FF_, lambda W: W.th, lambda W: W.th + 1)}, pre=[RT], note="400-row chain")

# float64 traps: rows whose two sides agree in float64 at every sampled point but differ exactly (speed5's float evaluator)
doc1(P, Pp, [], r"\left(10^{20} + 1\right) - 10^{20} = 1", (TT_, py((10 ** 20 + 1) - 10 ** 20 == 1), None, "py"))
doc1(P, Pp, [], r"\left(10^{20} + 1\right) - 10^{20} = 0", (FF_, py((10 ** 20 + 1) - 10 ** 20 == 0), None, "py"), note="0 in float64")
doc1(P, Pp, [RT], r"\theta + 10^{20} - 10^{20} = \theta", (TT_, py(True), None, "py"))
doc1(P, Pp, [RT], r"\theta + 10^{20} - 10^{20} = 0", (FF_, py(Fraction(1) + 10 ** 20 - 10 ** 20 == 0), None, "py"), note="0 in float64 for |theta| < 10^4; false at theta = 1")
doc1(P, Pp, [BB], r"e^{-\beta \cdot 10^{4}} > 0", (TT_, py(True), None, "py"))
doc1(P, Pp, [BB], r"e^{-\beta \cdot 10^{4}} = 0", (FF_, py(False), None, "py"), note="underflows to 0 in float64 for beta > 0.08")
doc1(P, Pp, [RT, SG], r"\sigma(\theta + 40) < 1", (TT_, py(True), None, "py"))
doc1(P, Pp, [RT, SG], r"\sigma(\theta + 40) = 1", (FF_, py(False), None, "py"), note="1.0 in float64 for theta > -3; never exactly 1")
doc1(P, Pp, [], r"\sqrt{10^{40} + 1} - 10^{20} > 0", (TT_, py(10 ** 40 + 1 > 10 ** 40), None, "py"))
doc1(P, Pp, [], r"\sqrt{10^{40} + 1} - 10^{20} = 0", (FF_, py(10 ** 40 + 1 == 10 ** 40), None, "py"), note="0 in float64")
R01 = r"Let $0 \le \theta \le 1$."
doc1(P, Pp, [R01], r"\left(1 + 10^{-16} \theta\right)^{10^{16}} \le e^{\theta}", (TT_, py(True), None, "py"), note="(1 + t)^n <= e^{nt} for t > -1")
doc1(P, Pp, [R01], r"\left(1 + 10^{-16} \theta\right)^{10^{16}} = e^{\theta}", (FF_, py(False), None, "py"),
     note="false at theta = 1: (1 + 1/n)^n is rational, e is not")

