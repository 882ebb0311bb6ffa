"""hostile11 E: factorials and binomial coefficients, in counting microstates, binomial distributions, the partition function
of independent two-level units, and exact numbers. World integers n = 1..8, 0 <= m <= n; exact rows use Python integers ('py')."""
import math

import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

Ee = "E factorials and binomials"
P = "E"
py = lambda v: (lambda _: v)
NM = r"Let $n \ge 1$ and $m$ be integers with $0 \le m \le n$."
C_ = lambda n, k: float(math.comb(n, k)) if 0 <= k <= n else 0.0
fa = lambda n: float(math.factorial(n))
pair(P, Ee, [NM], r"\binom{n}{m} = \frac{n!}{m!\, (n - m)!}", r"\binom{n}{m} = \frac{n!}{m!}", lambda W: C_(W.nn, W.mm),
     lambda W: fa(W.nn) / (fa(W.mm) * fa(W.nn - W.mm)), lambda W: fa(W.nn) / fa(W.mm))
pair(P, Ee, [NM], r"\binom{n}{m} = \binom{n}{n - m}", r"\binom{n}{m} = \binom{n}{m + 1}", lambda W: C_(W.nn, W.mm), lambda W: C_(W.nn, W.nn - W.mm),
     lambda W: C_(W.nn, W.mm + 1))
pair(P, Ee, [NM], r"\binom{n + 1}{m + 1} = \binom{n}{m} + \binom{n}{m + 1}", r"\binom{n + 1}{m + 1} = \binom{n}{m} \binom{n}{m + 1}",
     lambda W: C_(W.nn + 1, W.mm + 1), lambda W: C_(W.nn, W.mm) + C_(W.nn, W.mm + 1), lambda W: C_(W.nn, W.mm) * C_(W.nn, W.mm + 1))
NN = r"Let $n \ge 1$ be an integer."
pair(P, Ee, [NN], r"n! = n \cdot (n - 1)!", r"n! = n \cdot (n + 1)!", lambda W: fa(W.nn), lambda W: W.nn * fa(W.nn - 1), lambda W: W.nn * fa(W.nn + 1))
pair(P, Ee, [NN], r"\frac{(n + 1)!}{n!} = n + 1", r"\frac{(n + 1)!}{n!} = n", lambda W: fa(W.nn + 1) / fa(W.nn), lambda W: W.nn + 1.0,
     lambda W: float(W.nn))
pair(P, Ee, [NN], r"\sum_{m=0}^{n} \binom{n}{m} = 2^{n}", r"\sum_{m=0}^{n} \binom{n}{m} = 2^{n - 1}", lambda W: sum(C_(W.nn, k) for k in range(W.nn + 1)),
     lambda W: 2.0 ** W.nn, lambda W: 2.0 ** (W.nn - 1))
pair(P, Ee, [NN], r"\sum_{m=0}^{n} (-1)^{m} \binom{n}{m} = 0", r"\sum_{m=0}^{n} (-1)^{m} \binom{n}{m} = 1",
     lambda W: sum((-1) ** k * C_(W.nn, k) for k in range(W.nn + 1)), zero, one)
pair(P, Ee, [NN], r"\sum_{m=0}^{n} m \binom{n}{m} = n\, 2^{n - 1}", r"\sum_{m=0}^{n} m \binom{n}{m} = n\, 2^{n}",
     lambda W: sum(k * C_(W.nn, k) for k in range(W.nn + 1)), lambda W: W.nn * 2.0 ** (W.nn - 1), lambda W: W.nn * 2.0 ** W.nn)
pair(P, Ee, [NN], r"\log n! \le n \log n", r"\log n! \ge n \log n", lambda W: np.log(fa(W.nn)), lambda W: W.nn * np.log(W.nn),
     lambda W: W.nn * np.log(W.nn), rel="<=", relF=">=", note="equal at n = 1")
pair(P, Ee, [NN], r"\log n! = \sum_{k=1}^{n} \log k", r"\log n! = \sum_{k=1}^{n - 1} \log k", lambda W: np.log(fa(W.nn)),
     lambda W: np.log(np.arange(1, W.nn + 1)).sum(), lambda W: np.log(np.arange(1, W.nn)).sum())
doc1(P, Ee, [NN], r"\Gamma(n + 1) = n!", (TT_, lambda W: math.gamma(W.nn + 1), lambda W: fa(W.nn)))
doc1(P, Ee, [NN], r"\Gamma(n) = n!", (FF_, lambda W: math.gamma(W.nn), lambda W: fa(W.nn)), note="Gamma(n) = (n-1)!; equal at n = 1")
BIN = (r"A biased coin shows heads with probability $p \in (0, 1)$; in $n$ tosses the number of heads $m$ has probability "
       r"$P(m) = \binom{n}{m} p^{m} (1 - p)^{n - m}$ for $m = 0, \ldots, n$.")
pb_ = lambda W: np.array([C_(W.nn, k) * W.pa ** k * (1 - W.pa) ** (W.nn - k) for k in range(W.nn + 1)])
ks = lambda W: np.arange(W.nn + 1)
pair(P, Ee, [BIN], r"\sum_{m=0}^{n} P(m) = 1", r"\sum_{m=0}^{n} P(m) = n", lambda W: pb_(W).sum(), one, lambda W: float(W.nn), note="equal at n = 1")
pair(P, Ee, [BIN], r"\sum_{m=0}^{n} m \binom{n}{m} p^{m} (1 - p)^{n - m} = n p", r"\sum_{m=0}^{n} m \binom{n}{m} p^{m} (1 - p)^{n - m} = n (1 - p)",
     lambda W: ks(W) @ pb_(W), lambda W: W.nn * W.pa, lambda W: W.nn * (1 - W.pa))
pair(P, Ee, [BIN], r"\sum_{m=0}^{n} m^{2} P(m) - \left(\sum_{m=0}^{n} m P(m)\right)^{2} = n p (1 - p)",
     r"\sum_{m=0}^{n} m^{2} P(m) - \left(\sum_{m=0}^{n} m P(m)\right)^{2} = n p",
     lambda W: ks(W) ** 2 @ pb_(W) - (ks(W) @ pb_(W)) ** 2, lambda W: W.nn * W.pa * (1 - W.pa), lambda W: W.nn * W.pa)
pair(P, Ee, [BIN], r"\frac{P(m + 1)}{P(m)} = \frac{n - m}{m + 1} \cdot \frac{p}{1 - p}", r"\frac{P(m + 1)}{P(m)} = \frac{n - m}{m + 1} \cdot \frac{1 - p}{p}",
     lambda W: pb_(W)[1:] / pb_(W)[:-1], lambda W: (W.nn - ks(W)[:-1]) / (ks(W)[:-1] + 1) * W.pa / (1 - W.pa),
     lambda W: (W.nn - ks(W)[:-1]) / (ks(W)[:-1] + 1) * (1 - W.pa) / W.pa, note="for 0 <= m < n")
TL = (r"$n$ independent two-level units each have energy $0$ or $\epsilon > 0$; a configuration with $m$ excited units has energy "
      r"$m \epsilon$, and there are $\binom{n}{m}$ such configurations. The inverse temperature is $\beta > 0$.")
Ztl = lambda W: sum(C_(W.nn, k) * np.exp(-W.be * W.eps2 * k) for k in range(W.nn + 1))
pair(P, Ee, [TL], r"\sum_{m=0}^{n} \binom{n}{m} e^{-\beta \epsilon m} = \left(1 + e^{-\beta \epsilon}\right)^{n}",
     r"\sum_{m=0}^{n} \binom{n}{m} e^{-\beta \epsilon m} = \left(1 + e^{-\beta \epsilon}\right)^{n - 1}", Ztl,
     lambda W: (1 + np.exp(-W.be * W.eps2)) ** W.nn, lambda W: (1 + np.exp(-W.be * W.eps2)) ** (W.nn - 1))
pair(P, Ee, [TL], r"\sum_{m=0}^{n} \binom{n}{m} e^{-\beta \epsilon m} = \sum_{m=0}^{n} \frac{n!}{m!\, (n - m)!} e^{-\beta \epsilon m}",
     r"\sum_{m=0}^{n} \binom{n}{m} e^{-\beta \epsilon m} = \sum_{m=0}^{n} \frac{n!}{(n - m)!} e^{-\beta \epsilon m}", Ztl,
     Ztl, lambda W: sum(fa(W.nn) / fa(W.nn - k) * np.exp(-W.be * W.eps2 * k) for k in range(W.nn + 1)))
Utl = lambda W, be: sum(C_(W.nn, k) * k * W.eps2 * np.exp(-be * W.eps2 * k) for k in range(W.nn + 1)) / sum(C_(W.nn, k) * np.exp(-be * W.eps2 * k) for k in range(W.nn + 1))
pair(P, Ee, [TL], r"-\frac{\partial}{\partial \beta} \ln \sum_{m=0}^{n} \binom{n}{m} e^{-\beta \epsilon m} = \frac{n \epsilon}{e^{\beta \epsilon} + 1}",
     r"-\frac{\partial}{\partial \beta} \ln \sum_{m=0}^{n} \binom{n}{m} e^{-\beta \epsilon m} = \frac{\epsilon}{e^{\beta \epsilon} + 1}",
     lambda W: -d1(lambda u: np.log(Ztl_b(W, u)), W.be), lambda W: W.nn * W.eps2 / (np.exp(W.be * W.eps2) + 1),
     lambda W: W.eps2 / (np.exp(W.be * W.eps2) + 1), note="n dropped")
Ztl_b = lambda W, be: sum(C_(W.nn, k) * np.exp(-be * W.eps2 * k) for k in range(W.nn + 1))
MS = (r"Put $N$ distinguishable particles in two boxes: a macrostate with $m$ particles in the left box has multiplicity "
      r"$\Omega(m) = \binom{N}{m}$, where $0 \le m \le N$.")
pair(P, Ee, [MS], r"\ln \Omega(m) = \ln N! - \ln m! - \ln (N - m)!", r"\ln \Omega(m) = \ln N! - \ln m! + \ln (N - m)!",
     lambda W: np.log(C_(W.nn, W.mm)), lambda W: np.log(fa(W.nn)) - np.log(fa(W.mm)) - np.log(fa(W.nn - W.mm)),
     lambda W: np.log(fa(W.nn)) - np.log(fa(W.mm)) + np.log(fa(W.nn - W.mm)))
pair(P, Ee, [MS], r"\sum_{m=0}^{N} \Omega(m) = 2^{N}", r"\sum_{m=0}^{N} \Omega(m) = N!", lambda W: sum(C_(W.nn, k) for k in range(W.nn + 1)),
     lambda W: 2.0 ** W.nn, lambda W: fa(W.nn), note="equal at N = 1, 2")
pair(P, Ee, [MS], r"\Omega(m) \le \binom{N}{\lfloor N/2 \rfloor}", r"\Omega(m) \ge \binom{N}{\lfloor N/2 \rfloor}", lambda W: C_(W.nn, W.mm),
     lambda W: C_(W.nn, W.nn // 2), lambda W: C_(W.nn, W.nn // 2), rel="<=", relF=">=")
# exact numbers
doc1(P, Ee, [], r"10! = 3628800", (TT_, py(math.factorial(10) == 3628800), None, "py"))
doc1(P, Ee, [], r"10! = 3628880", (FF_, py(math.factorial(10) == 3628880), None, "py"))
doc1(P, Ee, [], r"\binom{52}{5} = 2598960", (TT_, py(math.comb(52, 5) == 2598960), None, "py"))
doc1(P, Ee, [], r"\binom{52}{5} = 2598660", (FF_, py(math.comb(52, 5) == 2598660), None, "py"))
doc1(P, Ee, [], r"\frac{100!}{98!} = 9900", (TT_, py(math.factorial(100) // math.factorial(98) == 9900), None, "py"))
doc1(P, Ee, [], r"\frac{100!}{98!} = 9800", (FF_, py(math.factorial(100) // math.factorial(98) == 9800), None, "py"))
doc1(P, Ee, [], r"0! + 1! = 2", (TT_, py(1 + 1 == 2), None, "py"))
doc1(P, Ee, [], r"0! + 1! = 1", (FF_, py(1 + 1 == 1), None, "py"), note="0! = 1")
doc1(P, Ee, [], r"\binom{6}{3} = \frac{6 \cdot 5 \cdot 4}{3!}", (TT_, py(math.comb(6, 3) == 20), None, "py"))
doc1(P, Ee, [], r"\binom{6}{3} = \frac{6 \cdot 5 \cdot 4}{3}", (FF_, py(math.comb(6, 3) == 40), None, "py"))
doc1(P, Ee, [], r"\binom{30}{15} = 155117520", (TT_, py(math.comb(30, 15) == 155117520), None, "py"))
doc1(P, Ee, [], r"\binom{30}{15} = 155117521", (FF_, py(math.comb(30, 15) == 155117521), None, "py"), note="off by one")
doc1(P, Ee, [], r"\frac{25!}{24!} = 25", (TT_, py(True), None, "py"))
doc1(P, Ee, [], r"25! = 15511210043330985984000001", (FF_, py(math.factorial(25) == 15511210043330985984000001), None, "py"),
     note="25! + 1: equal in float64")
doc1(P, Ee, [], r"25! = 15511210043330985984000000", (TT_, py(math.factorial(25) == 15511210043330985984000000), None, "py"))
doc1(P, Ee, [], r"\binom{60}{30} = 118264581564861424", (TT_, py(math.comb(60, 30) == 118264581564861424), None, "py"))
doc1(P, Ee, [], r"\binom{60}{30} = 118264581564861425", (FF_, py(math.comb(60, 30) == 118264581564861425), None, "py"), note="equal in float64")
