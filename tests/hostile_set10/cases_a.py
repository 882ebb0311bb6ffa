"""hostile11 A: thermodynamics where S, U, F, C_V, <E> are already fixed by rows of the document and a later row restates one
of them (true) or restates it with one symbol changed (false). Energies b(x) of the world, inverse temperature beta, Boltzmann k."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

A = "A thermodynamics restated"
P = "A"
SYS = (r"A system with finitely many microstates $x$ and energies $E(x)$ is in equilibrium at inverse temperature $\beta > 0$: "
       r"$p(x) = e^{-\beta E(x)} / Z$, where $Z = \sum_{x} e^{-\beta E(x)}$.")
KT = r"Boltzmann's constant is $k > 0$ and the temperature is $T = \frac{1}{k \beta}$."
DEFS = [r"U = \sum_{x} p(x)\, E(x)", r"F = -\frac{1}{\beta} \ln Z", r"S = -k \sum_{x} p(x) \ln p(x)"]
DEFU = [r"\langle E \rangle = \sum_{x} p(x)\, E(x)", r"\langle E^{2} \rangle = \sum_{x} p(x)\, E(x)^{2}"]
CVD = [r"C_V = k \beta^{2} \left(\langle E^{2} \rangle - \langle E \rangle^{2}\right)"]
dS = lambda W: d1(lambda u: tS(W, u), W.be)
dU = lambda W: d1(lambda u: tU(W, u), W.be)
dF = lambda W: d1(lambda u: tF(W, u), W.be)
Cv = lambda W: W.kB * W.be ** 2 * tVar(W)
dUdT = lambda W: d1(lambda t: UofT(W, t), tT(W), h=1e-6)

pair(P, A, [SYS, KT, DEFS], r"S = k \beta \left(U - F\right)", r"S = k \beta \left(F - U\right)",
     tS, lambda W: W.kB * W.be * (tU(W) - tF(W)), lambda W: W.kB * W.be * (tF(W) - tU(W)))
pair(P, A, [SYS, KT, DEFS], r"F = U - \frac{S}{k \beta}", r"F = U - k \beta S",
     tF, lambda W: tU(W) - tS(W) / (W.kB * W.be), lambda W: tU(W) - W.kB * W.be * tS(W), note="1/(k beta) for k beta")
pair(P, A, [SYS, KT, DEFS], r"U - F = T S", r"U - F = -T S", lambda W: tU(W) - tF(W), lambda W: tT(W) * tS(W), lambda W: -tT(W) * tS(W))
pair(P, A, [SYS, KT, DEFS], r"\frac{S}{k} = \ln Z + \beta U", r"\frac{S}{k} = \ln Z + U",
     lambda W: tS(W) / W.kB, lambda W: tlZ(W) + W.be * tU(W), lambda W: tlZ(W) + tU(W), note="beta dropped")
pair(P, A, [SYS, KT, DEFS], r"\ln Z = -\beta F", r"\ln Z = \beta F", tlZ, lambda W: -W.be * tF(W), lambda W: W.be * tF(W))
pair(P, A, [SYS, KT, DEFS], r"F \le U", r"F \ge U", tF, tU, tU, rel="<=", relF=">=")
pair(P, A, [SYS, KT, DEFS], r"S = k \beta^{2} \frac{\partial F}{\partial \beta}", r"S = k \beta \frac{\partial F}{\partial \beta}",
     tS, lambda W: W.kB * W.be ** 2 * dF(W), lambda W: W.kB * W.be * dF(W), note="beta for beta^2")
pair(P, A, [SYS, KT, DEFS], r"\frac{\partial S}{\partial \beta} = k \beta \frac{\partial U}{\partial \beta}",
     r"\frac{\partial S}{\partial \beta} = k \frac{\partial U}{\partial \beta}", dS, lambda W: W.kB * W.be * dU(W), lambda W: W.kB * dU(W))
pair(P, A, [SYS, KT, DEFS], r"U = -\frac{\partial \ln Z}{\partial \beta}", r"U = -\frac{\partial \ln Z}{\partial T}",
     tU, lambda W: -d1(lambda u: tlZ(W, u), W.be), lambda W: -d1(lambda t: tlZ(W, 1 / (W.kB * t)), tT(W), h=1e-6), note="T for beta")
pair(P, A, [SYS, DEFU], r"\langle E \rangle = -\frac{\partial}{\partial \beta} \ln Z", r"\langle E \rangle = -\frac{1}{Z} \frac{\partial}{\partial \beta} \ln Z",
     tU, lambda W: -d1(lambda u: tlZ(W, u), W.be), lambda W: -d1(lambda u: tlZ(W, u), W.be) / tZ(W), note="1/Z twice")
pair(P, A, [SYS, KT, DEFU, CVD], r"C_V = \frac{\partial \langle E \rangle}{\partial T}", r"C_V = -\frac{\partial \langle E \rangle}{\partial T}",
     Cv, dUdT, lambda W: -dUdT(W))
pair(P, A, [SYS, KT, DEFU, CVD], r"C_V = -k \beta^{2} \frac{\partial \langle E \rangle}{\partial \beta}", r"C_V = k \beta^{2} \frac{\partial \langle E \rangle}{\partial \beta}",
     Cv, lambda W: -W.kB * W.be ** 2 * dU(W), lambda W: W.kB * W.be ** 2 * dU(W))
pair(P, A, [SYS, KT, DEFU, CVD], r"C_V \ge 0", r"C_V \le 0", Cv, zero, zero, rel=">=", relF="<=")
pair(P, A, [SYS, KT, DEFU, CVD], r"\langle E^{2} \rangle - \langle E \rangle^{2} = k T^{2} C_V", r"\langle E^{2} \rangle - \langle E \rangle^{2} = k T C_V",
     tVar, lambda W: W.kB * tT(W) ** 2 * Cv(W), lambda W: W.kB * tT(W) * Cv(W), note="T for T^2")
pair(P, A, [SYS, KT, DEFU, CVD], r"C_V = k \beta^{2} \frac{\partial^{2} \ln Z}{\partial \beta^{2}}", r"C_V = k \beta \frac{\partial^{2} \ln Z}{\partial \beta^{2}}",
     Cv, lambda W: W.kB * W.be ** 2 * (-dU(W)), lambda W: W.kB * W.be * (-dU(W)))
UE = [r"U = -\frac{\partial \ln Z}{\partial \beta}", r"\langle E \rangle = \sum_{x} p(x)\, E(x)"]
pair(P, A, [SYS, UE], r"U - \langle E \rangle = 0", r"U + \langle E \rangle = 0", lambda W: tU(W) - tU(W), zero, lambda W: 2 * tU(W))
pair(P, A, [SYS, UE], r"\langle E \rangle = U", r"\langle E \rangle = \beta U", tU, tU, lambda W: W.be * tU(W), note="beta factor")
SK = (r"A system has $K$ microstates $x$ with energies $E(x)$; at inverse temperature $\beta > 0$ they have probabilities "
      r"$p(x) = e^{-\beta E(x)} / Z$, $Z = \sum_{x} e^{-\beta E(x)}$, and the entropy is $S = -k \sum_{x} p(x) \ln p(x)$ with $k > 0$.")
pair(P, A, [SK], r"S \le k \ln K", r"S \le k", tS, lambda W: W.kB * np.log(W.K), lambda W: W.kB, rel="<=", note="ln K dropped")
pair(P, A, [SK], r"S \ge 0", r"S \ge k \ln K", tS, zero, lambda W: W.kB * np.log(W.K), rel=">=")
SH = (r"Adding the same constant $c$ to every energy $E(x)$ gives new values $U'$, $F'$ and $S'$ of the mean energy "
      r"$U = \sum_{x} p(x) E(x)$, the free energy $F = -\frac{1}{\beta} \ln Z$ and the entropy $S = -k \sum_{x} p(x) \ln p(x)$ at the same $\beta$.")
Fs = lambda W: -np.log(np.exp(-W.be * (W.b + W.c2)).sum()) / W.be
Us = lambda W: float(softmax(-W.be * (W.b + W.c2)) @ (W.b + W.c2))
Ss = lambda W: -W.kB * float(softmax(-W.be * (W.b + W.c2)) @ np.log(softmax(-W.be * (W.b + W.c2))))
pair(P, A, [SYS, SH], r"F' = F + c", r"F' = F - c", Fs, lambda W: tF(W) + W.c2, lambda W: tF(W) - W.c2)
pair(P, A, [SYS, SH], r"U' - F' = U - F", r"U' - F' = U - F + c", lambda W: Us(W) - Fs(W), lambda W: tU(W) - tF(W),
     lambda W: tU(W) - tF(W) + W.c2)
pair(P, A, [SYS, SH], r"S' = S", r"S' = S + k \beta c", Ss, tS, lambda W: tS(W) + W.kB * W.be * W.c2)
LV = (r"A two-level system has energies $0$ and $\epsilon > 0$ at inverse temperature $\beta$; its mean energy is "
      r"$U = \frac{\epsilon}{e^{\beta \epsilon} + 1}$, and $T = 1/(k\beta)$.")
e2 = lambda W: W.eps2
U2 = lambda W, be: W.eps2 / (np.exp(be * W.eps2) + 1)
C2 = lambda W: d1(lambda t: U2(W, 1 / (W.kB * t)), 1 / (W.kB * W.be), h=1e-6)
pair(P, A, [LV, r"Its heat capacity is $C_V = \partial U / \partial T$."],
     r"C_V = k \beta^{2} \epsilon^{2} \frac{e^{\beta \epsilon}}{\left(e^{\beta \epsilon} + 1\right)^{2}}",
     r"C_V = k \beta^{2} \epsilon^{2} \frac{e^{\beta \epsilon}}{e^{\beta \epsilon} + 1}", C2,
     lambda W: W.kB * W.be ** 2 * W.eps2 ** 2 * np.exp(W.be * W.eps2) / (np.exp(W.be * W.eps2) + 1) ** 2,
     lambda W: W.kB * W.be ** 2 * W.eps2 ** 2 * np.exp(W.be * W.eps2) / (np.exp(W.be * W.eps2) + 1), note="square dropped")
pair(P, A, [LV], r"U \le \frac{\epsilon}{2}", r"U \ge \frac{\epsilon}{2}", lambda W: U2(W, W.be), lambda W: W.eps2 / 2, lambda W: W.eps2 / 2,
     rel="<=", relF=">=")
# the definitions and the restated row in one display
from build import D, DEF  # noqa: E402
from pairs import nid  # noqa: E402


def rawdoc(pre, rows, spec, note=""):
    D(nid(P), A, list(pre) + [("raw", ["$$", r"\begin{aligned}"] + [r + r" \\" for r in rows[:-1]] + ["§" + rows[-1], r"\end{aligned}", "$$"])],
      [spec], note=note)


R3 = [r"U &= \sum_{x} p(x)\, E(x)", r"F &= -\frac{1}{\beta} \ln Z", r"S &= \frac{U - F}{T}"]
rawdoc([SYS, KT], R3 + [r"S &= k \ln Z + k \beta U"], (TT_, tS, lambda W: W.kB * tlZ(W) + W.kB * W.be * tU(W)))
rawdoc([SYS, KT], R3 + [r"S &= k \ln Z + \beta U"], (FF_, tS, lambda W: W.kB * tlZ(W) + W.be * tU(W)), note="k dropped on one term")
rawdoc([SYS, KT], R3 + [r"F &= U - T S"], (TT_, tF, lambda W: tU(W) - tT(W) * tS(W)))
rawdoc([SYS, KT], R3 + [r"F &= T S - U"], (FF_, tF, lambda W: tT(W) * tS(W) - tU(W)))
R4 = [r"\langle E \rangle &= \sum_{x} p(x)\, E(x)", r"\langle E^{2} \rangle &= \sum_{x} p(x)\, E(x)^{2}",
      r"C_V &= \frac{\langle E^{2} \rangle - \langle E \rangle^{2}}{k T^{2}}"]
rawdoc([SYS, KT], R4 + [r"C_V &= k \beta^{2} \left(\langle E^{2} \rangle - \langle E \rangle^{2}\right)"], (TT_, Cv, Cv))
rawdoc([SYS, KT], R4 + [r"C_V &= k \beta \left(\langle E^{2} \rangle - \langle E \rangle^{2}\right)"], (FF_, Cv, lambda W: W.kB * W.be * tVar(W)))
rawdoc([SYS, KT], R4 + [r"\frac{\partial \langle E \rangle}{\partial \beta} &= -k T^{2} C_V"], (TT_, dU, lambda W: -W.kB * tT(W) ** 2 * Cv(W)))
rawdoc([SYS, KT], R4 + [r"\frac{\partial \langle E \rangle}{\partial \beta} &= k T^{2} C_V"], (FF_, dU, lambda W: W.kB * tT(W) ** 2 * Cv(W)))
R5 = [r"\ln Z &= -\beta F", r"U &= F + T S"]
rawdoc([SYS, KT, r"The entropy is $S = -k \sum_{x} p(x) \ln p(x)$."], R5 + [r"\beta U &= -\ln Z + \frac{S}{k}"],
       (TT_, lambda W: W.be * tU(W), lambda W: -tlZ(W) + tS(W) / W.kB))
rawdoc([SYS, KT, r"The entropy is $S = -k \sum_{x} p(x) \ln p(x)$."], R5 + [r"\beta U &= \ln Z + \frac{S}{k}"],
       (FF_, lambda W: W.be * tU(W), lambda W: tlZ(W) + tS(W) / W.kB))
