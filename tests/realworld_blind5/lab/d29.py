from common import *
DOC = "29_jelly_free_energy.md"; TIER = 1
TOPIC = "F = U - TS with S = k(beta U + ln Z) gives F = -kT ln Z; dF and its partial derivatives (Obsidian note)"
NOTES = "canonical ensemble over levels E_i(V) = c_i/V^2; p = -<dE_i/dV>; S = k(beta U + ln Z) (from the previous note)"


def model(r):
    c = r.uniform(.2, 3, 4); k = r.uniform(.5, 2); T = r.uniform(.5, 2); V = r.uniform(.7, 2)
    return c, k, T, V


def th(c, k, T, V):
    E = c / V ** 2; b = 1 / (k * T); w = np.exp(-b * E); Z = w.sum(); p = w / Z
    U = (p * E).sum(); S = k * (b * U + np.log(Z)); P = -(p * (-2 * c / V ** 3)).sum()
    return dict(E=E, b=b, Z=Z, U=U, S=S, P=P, F=U - T * S, Sg=-k * (p * np.log(p)).sum())


def F(c, k, T, V):
    return th(c, k, T, V)["F"]


def l12(r):
    c, k, T, V = model(r); dT, dV = r.normal(size=2) * 1e-6; t = th(c, k, T, V)
    dF = F(c, k, T + dT, V + dV) - F(c, k, T, V)
    dU = th(c, k, T + dT, V + dV)["U"] - t["U"]; dS = th(c, k, T + dT, V + dV)["S"] - t["S"]
    return dF / 1e-6, (dU - T * dS - t["S"] * dT) / 1e-6


STEPS = [
    S(2, "not-an-identity", "F := U - TS (definition, boxed)"),
    S(4, "valid", "canonical entropy -k sum p ln p = k(beta U + ln Z)", ok=lambda r: (lambda t: (t["Sg"], t["S"]))(th(*model(r)))),
    S(6, "valid", "S substituted into F = U - TS", ok=lambda r: (lambda c, k, T, V: (lambda t: (t["F"], t["U"] - k * T * (t["b"] * t["U"] + np.log(t["Z"]))))(th(c, k, T, V)))(*model(r))),
    S(7, "valid", "k T beta = 1", ok=lambda r: (lambda c, k, T, V: (lambda t: (t["F"], -k * T * np.log(t["Z"])))(th(c, k, T, V)))(*model(r))),
    S(9, "valid", "inverted", ok=lambda r: (lambda t: (t["Z"], np.exp(-t["b"] * t["F"])))(th(*model(r)))),
    S(11, "not-an-identity", "first law (quoted)", outside_display=True),
    S(12, "valid", "d(U - TS) with dU = T dS - p dV (checked along a small random (dT, dV))", ok=l12),
    S(12, "either", "reading A: -S dT - p dV (the dT lost in typing): agrees with the row before; reading B: '-S d' literally "
      "(no dT), i.e. dF = -p dV: at fixed V the coefficient of dT is -S = -0.58 vs 0 (levels c = (1, 2), k = T = V = 1)",
      ok=lambda r: (1.0, 1.0), cx=lambda: (lambda t: (-t["S"], 0.0))(th(np.array([1., 2.]), 1.0, 1.0, 1.0))),
    S(14, "valid", "(dF/dT)_V = -S", ok=lambda r: (lambda c, k, T, V: (d(lambda t: F(c, k, t, V), T, 1e-5), -th(c, k, T, V)["S"]))(*model(r))),
    S(15, "valid", "(dF/dV)_T = -p", ok=lambda r: (lambda c, k, T, V: (d(lambda v: F(c, k, T, v), V, 1e-5), -th(c, k, T, V)["P"]))(*model(r))),
]
CLAIMS = [(6, 7, "valid", "F = -kT ln Z")]
