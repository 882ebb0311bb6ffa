from h8 import *
DOC = "30_shi_canonical_thermo.md"; TIER = 1
TOPIC = "Chinese Jekyll notes, kramdown $$ inline in bullet text: thermodynamics from ln Z (E, Y, S, F), energy fluctuation with a typo"
NOTES = "rho = e^{-beta H}/Z, Z = sum e^{-beta H}; y an external parameter of H; Kardar's conventions"


def _inst(r, K=5):
    E0 = r.normal(size=K); G = r.normal(size=K); b = r.uniform(.3, 2); y = r.normal() * .5; k = r.uniform(.5, 2)
    return E0, G, b, y, k


H = lambda E0, G, y: E0 + G * y
lnZ = lambda E0, G, b, y: np.log(np.exp(-b * H(E0, G, y)).sum())
P = lambda E0, G, b, y: np.exp(-b * H(E0, G, y)) / np.exp(-b * H(E0, G, y)).sum()
STEPS = [
    S(1, "not-an-identity", "canonical distribution (definition)"),
    S(1, "not-an-identity", "Z (definition)"),
    S(3, "valid", "mean energy = -d ln Z/d beta",
      ok=lambda r: (lambda E0, G, b, y, k: ((P(E0, G, b, y) * H(E0, G, y)).sum(), -d(lambda t: lnZ(E0, G, t, y), b)))(*_inst(r))),
    S(3, "either", "reading A: Y is the generalised force -<dH/dy> (valid); reading B: Y = <dH/dy>: opposite sign: H = y s, s = (0, 1), beta = 1, y = 0: "
      "<dH/dy> = 0.5, (1/beta) d ln Z/dy = -0.5",
      ok=lambda r: (lambda E0, G, b, y, k: (-(P(E0, G, b, y) * G).sum(), (1 / b) * d(lambda t: lnZ(E0, G, b, t), y)))(*_inst(r)),
      cx=lambda: (0.5, d(lambda t: lnZ(np.zeros(2), np.array([0., 1.]), 1.0, t), 0.0))),
    S(3, "valid", "S = -k sum p ln p = k(ln Z - beta d ln Z/d beta)",
      ok=lambda r: (lambda E0, G, b, y, k: (Sgibbs(P(E0, G, b, y), k), k * (lnZ(E0, G, b, y) - b * d(lambda t: lnZ(E0, G, t, y), b))))(*_inst(r))),
    S(3, "not-an-identity", "F (definition)"),
    S(3, "not-an-identity", "beta = 1/kT (identification)"),
    S(7, "either", "reading A: the numerator is sqrt of the mean of (E - Ebar)^2 = sqrt(k T^2 C_V) (valid); reading B literal: mean of E - Ebar^2 = Ebar - Ebar^2: "
      "two levels E = (0, 2), beta = 1, k = 1: variance 0.420 vs Ebar - Ebar^2 = 0.182",
      ok=lambda r: (lambda E0, G, b, y, k: (np.sqrt((P(E0, G, b, 0.0) * (E0 - (P(E0, G, b, 0.0) * E0).sum()) ** 2).sum()),
                                            np.sqrt(k * (1 / (k * b)) ** 2 * d(lambda T: (P(E0, G, 1 / (k * T), 0.0) * E0).sum(), 1 / (k * b)))))(*_inst(r)),
      cx=lambda: (lambda p, E: ((p * (E - (p * E).sum()) ** 2).sum(), (p * E).sum() - (p * E).sum() ** 2))(np.exp(-np.array([0., 2.])) / np.exp(-np.array([0., 2.])).sum(), np.array([0., 2.]))),
    S(7, "not-an-identity", "scaling (~)"),
]
CLAIMS = []
