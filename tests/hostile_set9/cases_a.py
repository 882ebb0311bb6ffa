"""hostile10 A: thermodynamics with beta: Z(beta), U = <E> = -d ln Z / d beta, F = -(1/beta) ln Z, S, C, fluctuations;
E and U as numbers; mutations of signs, beta vs 1/beta, k dropped."""
import numpy as np

from common import *  # noqa: F401,F403
from pairs import pair

A = "A thermodynamics with beta"
P = "A"
pw = lambda v: np.subtract.outer(v, v)
dlZ = lambda W: d1(lambda u: tlZ(W, u), W.be)
TH10K = (r"A system has $K$ states $x$ with energies $E(x)$. At inverse temperature $\beta > 0$ its distribution is "
         r"$p_\beta(x) = e^{-\beta E(x)} / Z(\beta)$ with $Z(\beta) = \sum_{x} e^{-\beta E(x)}$.")

pair(P, A, [TH10, THU], r"U = -\frac{\partial \ln Z(\beta)}{\partial \beta}", r"U = \frac{\partial \ln Z(\beta)}{\partial \beta}",
     tU, lambda W: -dlZ(W), dlZ, note="sign")
pair(P, A, [TH10, THU], r"\langle E \rangle = -\frac{\partial}{\partial \beta} \ln Z(\beta)", r"\langle E \rangle = -\frac{\partial}{\partial \beta} Z(\beta)",
     tU, lambda W: -dlZ(W), lambda W: -d1(lambda u: tZ(W, u), W.be), note="ln dropped")

# explicit pairs with different left sides written one by one
from pairs import one as doc1  # noqa: E402
from build import T as TT_, F as FF_  # noqa: E402

doc1(P, A, [TH10, THF], r"\beta F = -\ln Z(\beta)", (TT_, lambda W: W.be * tF(W), lambda W: -tlZ(W)))
doc1(P, A, [TH10, THF], r"F = -\beta \ln Z(\beta)", (FF_, tF, lambda W: -W.be * tlZ(W)), note="beta for 1/beta")
pair(P, A, [TH10, THU, THk, THF], r"F = U - T S", r"F = U + T S", tF, lambda W: tU(W) - tT(W) * tS(W), lambda W: tU(W) + tT(W) * tS(W))
pair(P, A, [TH10, THU, THk, THF], r"S = k \left(\ln Z(\beta) + \beta U\right)", r"S = \ln Z(\beta) + \beta U",
     tS, lambda W: W.kB * (tlZ(W) + W.be * tU(W)), lambda W: tlZ(W) + W.be * tU(W), note="k dropped")
pair(P, A, [TH10, THU], r"\langle E^2 \rangle - U^2 = \frac{\partial^{2} \ln Z(\beta)}{\partial \beta^{2}}",
     r"\langle E^2 \rangle - U^2 = -\frac{\partial^{2} \ln Z(\beta)}{\partial \beta^{2}}",
     tVar, lambda W: d2(lambda u: tlZ(W, u), W.be), lambda W: -d2(lambda u: tlZ(W, u), W.be))
dUdT = lambda W: d1(lambda t: UofT(W, t), tT(W), h=1e-6)
pair(P, A, [TH10, THU, THk], r"\frac{\partial U}{\partial T} = k \beta^{2} \left(\langle E^2 \rangle - U^2\right)",
     r"\frac{\partial U}{\partial T} = k \beta \left(\langle E^2 \rangle - U^2\right)",
     dUdT, lambda W: W.kB * W.be ** 2 * tVar(W), lambda W: W.kB * W.be * tVar(W), note="beta for beta^2")
pair(P, A, [TH10, THU], r"\frac{\partial U}{\partial \beta} = U^2 - \langle E^2 \rangle", r"\frac{\partial U}{\partial \beta} = \langle E^2 \rangle - U^2",
     lambda W: d1(lambda u: tU(W, u), W.be), lambda W: -tVar(W), tVar)
pair(P, A, [TH10K], r"Z(0) = K", r"Z(0) = 1", lambda W: tZ(W, 0.0), lambda W: W.K, one)
pair(P, A, [TH10, THk, THF], r"F = -k T \ln Z(\beta)", r"F = -T \ln Z(\beta)", tF, lambda W: -W.kB * tT(W) * tlZ(W),
     lambda W: -tT(W) * tlZ(W), note="k dropped")
pair(P, A, [TH10, THU, THF], r"\frac{\partial (\beta F)}{\partial \beta} = U", r"\frac{\partial (\beta F)}{\partial \beta} = -U",
     lambda W: d1(lambda u: u * tF(W, u), W.be), tU, lambda W: -tU(W))
FT = lambda W: d1(lambda t: FofT(W, t), tT(W), h=1e-6)
pair(P, A, [TH10, THk, THF], r"S = -\frac{\partial F}{\partial T}", r"S = \frac{\partial F}{\partial T}", tS, lambda W: -FT(W), FT)
pair(P, A, [TH10], r"\frac{p_\beta(x)}{p_\beta(x')} = e^{-\beta \left(E(x) - E(x')\right)}", r"\frac{p_\beta(x)}{p_\beta(x')} = e^{\beta \left(E(x) - E(x')\right)}",
     lambda W: np.divide.outer(W.pb(), W.pb()), lambda W: np.exp(-W.be * pw(W.b)), lambda W: np.exp(W.be * pw(W.b)))
pair(P, A, [TH10, THU], r"\ln Z(\beta) \ge -\beta U", r"\ln Z(\beta) \le -\beta U", tlZ, lambda W: -W.be * tU(W), lambda W: -W.be * tU(W),
     rel=">=", relF="<=")
pair(P, A, [TH10, THU, THk, THF], r"U = F + T S", r"U = F - T S", tU, lambda W: tF(W) + tT(W) * tS(W), lambda W: tF(W) - tT(W) * tS(W))
pair(P, A, [TH10, THU], r"\langle (E - U)^2 \rangle = \langle E^2 \rangle - U^2", r"\langle (E - U)^2 \rangle = \langle E^2 \rangle - U",
     lambda W: float(W.pb() @ (W.b - tU(W)) ** 2), tVar, lambda W: tE2(W) - tU(W), note="U for U^2")
TWO = (r"A two-level system has energies $0$ and $\varepsilon > 0$. At inverse temperature $\beta$, "
       r"$Z = 1 + e^{-\beta \varepsilon}$ and the mean energy is $U = \varepsilon e^{-\beta \varepsilon} / Z$.")
pair(P, A, [TWO], r"U = \frac{\varepsilon}{e^{\beta \varepsilon} + 1}", r"U = \frac{\varepsilon}{e^{\beta \varepsilon} - 1}",
     lambda W: W.eps2 * np.exp(-W.be * W.eps2) / (1 + np.exp(-W.be * W.eps2)), lambda W: W.eps2 / (np.exp(W.be * W.eps2) + 1),
     lambda W: W.eps2 / (np.exp(W.be * W.eps2) - 1), note="Bose for Fermi form")
pair(P, A, [TH10, r"Let $c$ be a real constant added to every energy."], r"\sum_{x} e^{-\beta \left(E(x) + c\right)} = e^{-\beta c} Z(\beta)",
     r"\sum_{x} e^{-\beta \left(E(x) + c\right)} = e^{\beta c} Z(\beta)",
     lambda W: np.exp(-W.be * (W.b + W.c2)).sum(), lambda W: np.exp(-W.be * W.c2) * tZ(W), lambda W: np.exp(W.be * W.c2) * tZ(W))
pair(P, A, [TH10, THU, THF], r"\frac{\partial F}{\partial \beta} = \frac{U - F}{\beta}", r"\frac{\partial F}{\partial \beta} = \frac{F - U}{\beta}",
     lambda W: d1(lambda u: tF(W, u), W.be), lambda W: (tU(W) - tF(W)) / W.be, lambda W: (tF(W) - tU(W)) / W.be)
TWOE = r"Two states have energies $E$ and $E'$ (real numbers), and $\beta > 0$."
pair(P, A, [TWOE], r"\frac{e^{-\beta E}}{e^{-\beta E'}} = e^{-\beta (E - E')}", r"\frac{e^{-\beta E}}{e^{-\beta E'}} = e^{-\beta (E + E')}",
     lambda W: np.exp(-W.be * W.al[0]) / np.exp(-W.be * W.al[1]), lambda W: np.exp(-W.be * (W.al[0] - W.al[1])),
     lambda W: np.exp(-W.be * (W.al[0] + W.al[1])))
pair(P, A, [TH10], r"Z(2\beta) \le Z(\beta) \cdot Z(\beta)", r"Z(2\beta) = Z(\beta) \cdot Z(\beta)", lambda W: tZ(W, 2 * W.be), lambda W: tZ(W) ** 2,
     lambda W: tZ(W) ** 2, rel="<=", relF="=", note="two temperatures merged")
UB = r"Write $U(\beta) = \sum_{x} p_\beta(x) E(x)$ for the mean energy at $\beta$, and let $\beta' > 0$ be a second inverse temperature."
pair(P, A, [TH10, UB], r"\ln Z(\beta') - \ln Z(\beta) \ge -(\beta' - \beta)\, U(\beta)", r"\ln Z(\beta') - \ln Z(\beta) \ge -(\beta' - \beta)\, U(\beta')",
     lambda W: tlZ(W, W.be2) - tlZ(W), lambda W: -(W.be2 - W.be) * tU(W), lambda W: -(W.be2 - W.be) * tU(W, W.be2), rel=">=",
     note="tangent at beta' (the inequality reverses)")
pair(P, A, [TH10, THk], r"\beta = \frac{1}{k T}", r"\beta = \frac{k}{T}", lambda W: W.be, lambda W: 1 / (W.kB * tT(W)), lambda W: W.kB / tT(W))
pair(P, A, [TH10], r"\frac{\partial^{2} \ln Z}{\partial \beta^{2}} \ge 0", r"\frac{\partial^{2} \ln Z}{\partial \beta^{2}} < 0",
     lambda W: d2(lambda u: tlZ(W, u), W.be), zero, zero, rel=">=", relF="<", note="ln Z is convex in beta")
doc1(P, A, [TH10, THF], r"e^{-\beta F} = Z(\beta)", (TT_, lambda W: np.exp(-W.be * tF(W)), tZ))
doc1(P, A, [TH10, THF], r"e^{\beta F} = Z(\beta)", (FF_, lambda W: np.exp(W.be * tF(W)), tZ))
CV = r"The heat capacity is $C = \partial U / \partial T$."
pair(P, A, [TH10, THU, THk, CV], r"C = \frac{\langle E^2 \rangle - U^2}{k T^{2}}", r"C = \frac{\langle E^2 \rangle - U^2}{k T}",
     dUdT, lambda W: tVar(W) / (W.kB * tT(W) ** 2), lambda W: tVar(W) / (W.kB * tT(W)), note="T for T^2")
pair(P, A, [TH10, THU], r"U = \frac{1}{Z(\beta)} \sum_{x} E(x)\, e^{-\beta E(x)}", r"U = \frac{1}{Z(\beta)} \sum_{x} E(x)\, e^{\beta E(x)}",
     tU, lambda W: float(W.b @ np.exp(-W.be * W.b)) / tZ(W), lambda W: float(W.b @ np.exp(W.be * W.b)) / tZ(W))
