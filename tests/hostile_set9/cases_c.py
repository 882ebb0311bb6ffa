"""hostile10 C: function or product. A letter declared in prose as a function or as a number decides the truth of
rows such as d(x + y) = d(x) + d(y); undeclared rows are labelled 'either' with both truth values recorded."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

C = "C function or product"
P = "C"
E_ = "either"
x_, y_ = (lambda W: W.x1), (lambda W: W.y1)
a0 = lambda W: W.al[0]

# d(x + y) = d(x) + d(y): true for a number d, false for an arbitrary function d
R1 = r"d(x + y) = d(x) + d(y)"
doc1(P, C, [r"Let $d$, $x$ and $y$ be real numbers."], R1, (TT_, lambda W: a0(W) * (W.x1 + W.y1), lambda W: a0(W) * W.x1 + a0(W) * W.y1))
doc1(P, C, [r"Let $d : \mathbb{R} \to \mathbb{R}$ be an arbitrary function, and $x$, $y$ real numbers."], R1,
     (FF_, lambda W: fun(W, W.x1 + W.y1), lambda W: fun(W, W.x1) + fun(W, W.y1)))
doc1(P, C, [r"For real $x$ and $y$:"], R1, (E_, (lambda W: a0(W) * (W.x1 + W.y1), lambda W: a0(W) * W.x1 + a0(W) * W.y1),
     (lambda W: fun(W, W.x1 + W.y1), lambda W: fun(W, W.x1) + fun(W, W.y1)), "d a number: true; d a function: false"))
R2 = r"\gamma_i(2k) = 2\, \gamma_i(k)"
doc1(P, C, [r"For each $i$, $\gamma_i$ is a real number (a rate), and $k$ is an integer."], R2,
     (TT_, lambda W: W.al[1] * 2 * W.kk, lambda W: 2 * W.al[1] * W.kk))
doc1(P, C, [r"For each $i$, $\gamma_i : \mathbb{Z} \to \mathbb{R}$ is an arbitrary function of the integer $k$."], R2,
     (FF_, lambda W: fun(W, 2 * W.kk), lambda W: 2 * fun(W, W.kk)))
doc1(P, C, [r"Let $k$ be an integer."], R2, (E_, (lambda W: W.al[1] * 2 * W.kk, lambda W: 2 * W.al[1] * W.kk),
     (lambda W: fun(W, 2 * W.kk), lambda W: 2 * fun(W, W.kk)), "gamma_i a number: true; a function: false"))
KBT = r"Here $k_B$ is Boltzmann's constant and $T$, $T'$ are two temperatures."
pair(P, C, [KBT], r"k_B (T + T') = k_B T + k_B T'", r"k_B (T + T') = k_B T + T'",
     lambda W: W.kB * (W.be + W.be2), lambda W: W.kB * W.be + W.kB * W.be2, lambda W: W.kB * W.be + W.be2, note="k_B dropped on T'")
R3 = r"f(x + y) = f(x) + f(y)"
doc1(P, C, [r"Let $f > 0$ be a frequency (a number), and $x$, $y$ real."], R3, (TT_, lambda W: abs(W.al[2]) * (W.x1 + W.y1), lambda W: abs(W.al[2]) * W.x1 + abs(W.al[2]) * W.y1))
doc1(P, C, [r"Let $f$ be any real function of a real variable, and $x$, $y$ real."], R3, (FF_, lambda W: fun(W, W.x1 + W.y1), lambda W: fun(W, W.x1) + fun(W, W.y1)))
doc1(P, C, [r"Take real numbers $x$ and $y$."], R3, (E_, (lambda W: abs(W.al[2]) * (W.x1 + W.y1), lambda W: abs(W.al[2]) * W.x1 + abs(W.al[2]) * W.y1),
     (lambda W: fun(W, W.x1 + W.y1), lambda W: fun(W, W.x1) + fun(W, W.y1)), "f a number: true; a function: false"))
R4 = r"d(x)\, y = d(x y)"
doc1(P, C, [r"Let $d$ be a constant, and $x$, $y$ real numbers."], R4, (TT_, lambda W: a0(W) * W.x1 * W.y1, lambda W: a0(W) * (W.x1 * W.y1)))
doc1(P, C, [r"Let $d$ be a function on the reals (any function), and $x$, $y$ real numbers."], R4,
     (FF_, lambda W: fun(W, W.x1) * W.y1, lambda W: fun(W, W.x1 * W.y1)))
PC = r"Let $p \in (0, 1)$ be the probability that a coin shows heads."
pc = lambda W: sig(W.al[3])
pair(P, C, [PC], r"p(1 - p) = p - p^{2}", r"p(1 - p) = p + p^{2}", lambda W: pc(W) * (1 - pc(W)), lambda W: pc(W) - pc(W) ** 2,
     lambda W: pc(W) + pc(W) ** 2)
R5 = r"\sigma(a + b) = \sigma(a) + \sigma(b)"
sd = lambda W: abs(W.al[2]) + 0.1
doc1(P, C, [r"Let $\sigma > 0$ be a standard deviation, and $a$, $b$ real numbers."], R5, (TT_, lambda W: sd(W) * (W.al[0] + W.al[1]), lambda W: sd(W) * W.al[0] + sd(W) * W.al[1]))
doc1(P, C, [r"Let $\sigma(t) = 1 / (1 + e^{-t})$ be the logistic sigmoid, and $a$, $b$ real numbers."], R5,
     (FF_, lambda W: sig(W.al[0] + W.al[1]), lambda W: sig(W.al[0]) + sig(W.al[1])))
PH = r"Let $h$ be Planck's constant (a number) and $\nu$, $\nu'$ two frequencies."
pair(P, C, [PH], r"h(\nu + \nu') = h \nu + h \nu'", r"h(\nu + \nu') = h \nu + \nu'",
     lambda W: W.kB * (W.be + W.be2), lambda W: W.kB * W.be + W.kB * W.be2, lambda W: W.kB * W.be + W.be2)
R6 = r"\frac{c(x + 1)}{c} = x + 1"
doc1(P, C, [r"Let $c \neq 0$ be a constant and $x$ real."], R6, (TT_, lambda W: W.c_ * (W.x1 + 1) / W.c_, lambda W: W.x1 + 1))
doc1(P, C, [r"Let $c \neq 0$ be a constant and $x$ real."], r"\frac{c(x + 1)}{c} = x + c", (FF_, lambda W: W.c_ * (W.x1 + 1) / W.c_, lambda W: W.x1 + W.c_))
EN = r"Let $E$ be the energy of one state (a real number), and $\beta$, $\beta'$ real."
pair(P, C, [EN], r"E(\beta + \beta') = E \beta + E \beta'", r"E(\beta + \beta') = E \beta + \beta'",
     lambda W: W.al[0] * (W.be + W.be2), lambda W: W.al[0] * W.be + W.al[0] * W.be2, lambda W: W.al[0] * W.be + W.be2)
ZN = r"Let $Z > 0$ be a normalising constant and $a$, $b$ real numbers."
zn = lambda W: abs(W.al[3]) + 0.5
pair(P, C, [ZN], r"Z(a + b) = Z a + Z b", r"Z(a + b) = Z a + b", lambda W: zn(W) * (W.al[0] + W.al[1]), lambda W: zn(W) * W.al[0] + zn(W) * W.al[1],
     lambda W: zn(W) * W.al[0] + W.al[1])
FT2 = r"Let $f(t) = t^{2}$ for real $t$, and $x$, $y$ real numbers."
pair(P, C, [FT2], r"f(x + y) = x^{2} + 2 x y + y^{2}", r"f(x + y) = x^{2} + y^{2}", lambda W: (W.x1 + W.y1) ** 2,
     lambda W: W.x1 ** 2 + 2 * W.x1 * W.y1 + W.y1 ** 2, lambda W: W.x1 ** 2 + W.y1 ** 2, note="f is a function; product reading f(x+y) is false too")
FA = r"Let $f$ be an arbitrary real function and $x$, $y$ real numbers."
doc1(P, C, [FA], r"f(x + y) - f(y + x) = 0", (TT_, lambda W: fun(W, W.x1 + W.y1) - fun(W, W.y1 + W.x1), zero))
doc1(P, C, [FA], r"f(x + y) - f(y) - f(x) = 0", (FF_, lambda W: fun(W, W.x1 + W.y1) - fun(W, W.y1) - fun(W, W.x1), zero))
LM = r"Let $\lambda$ be a Lagrange multiplier (a real number) and $a$, $b$ real."
pair(P, C, [LM], r"\lambda(a + b) = \lambda a + \lambda b", r"\lambda(a + b) = \lambda a + b", lambda W: W.al[2] * (W.al[0] + W.al[1]),
     lambda W: W.al[2] * W.al[0] + W.al[2] * W.al[1], lambda W: W.al[2] * W.al[0] + W.al[1])
BK = r"Let $\beta = 1/(k_B T)$, where $k_B$ is Boltzmann's constant and $T > 0$ the temperature; $E$ is a real number."
pair(P, C, [BK], r"\frac{E}{k_B T} = \beta E", r"\frac{E}{k_B T} = \frac{\beta E}{k_B}", lambda W: W.al[0] / (W.kB * W.be2),
     lambda W: W.al[0] / (W.kB * W.be2), lambda W: W.al[0] / (W.kB * W.be2) / W.kB)
GF = r"For $k = 0, 1, 2, \ldots$ let $g(k) = 2^{k}$."
pair(P, C, [GF], r"g(k + 1) = 2\, g(k)", r"g(k + 1) = g(k) + 1", lambda W: 2.0 ** (W.kk + 1), lambda W: 2 * 2.0 ** W.kk, lambda W: 2.0 ** W.kk + 1,
     note="k >= 1 in the worlds")
doc1(P, C, [r"Let $u$ and $v$ be real numbers."], r"u(v + 1) = u v + u", (TT_, lambda W: W.al[0] * (W.al[1] + 1), lambda W: W.al[0] * W.al[1] + W.al[0]))
doc1(P, C, [r"Let $u$ and $v$ be real numbers."], r"u(v + 1) = u v + 1", (FF_, lambda W: W.al[0] * (W.al[1] + 1), lambda W: W.al[0] * W.al[1] + 1))
doc1(P, C, [r"Let $a$ be a real number and $x$, $y$ real numbers too."], r"a(x)\, a(y) = a^{2} x y", (TT_, lambda W: a0(W) * W.x1 * a0(W) * W.y1, lambda W: a0(W) ** 2 * W.x1 * W.y1))
doc1(P, C, [r"Let $a$ be a real number and $x$, $y$ real numbers too."], r"a(x)\, a(y) = a x y", (FF_, lambda W: a0(W) * W.x1 * a0(W) * W.y1, lambda W: a0(W) * W.x1 * W.y1))
