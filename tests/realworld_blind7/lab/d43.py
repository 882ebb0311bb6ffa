from h8 import *
DOC = "43_mkenne_cv_entropy_free_energy.md"; TIER = 1
TOPIC = "lecture notes: C_V from ln Z, entropy from P = e^{-beta E}/Z (a lost k_B, a typo sum P E = 1), F = -k_B T ln Z, S = -dF/dT"
NOTES = "beta = 1/(k_B T); U = k_B T^2 d ln Z/dT from the previous lecture section"


def _inst(r, K=5):
    return r.normal(size=K), r.uniform(.5, 2), r.uniform(.5, 2)  # E, k, T


lZT = lambda E, k, T: np.log(np.exp(-E / (k * T)).sum())
P = lambda E, k, T: np.exp(-E / (k * T)) / np.exp(-E / (k * T)).sum()
U = lambda E, k, T: (P(E, k, T) * E).sum()
V = lambda fn: (lambda r: fn(*_inst(r)))
STEPS = [
    S(4, "not-an-identity", "C_V (definition)"),
    S(8, "valid", "d/dT of k_B T^2 d ln Z/dT", ok=V(lambda E, k, T: (d(lambda t: U(E, k, t), T), 2 * k * T * d(lambda t: lZT(E, k, t), T) + k * T ** 2 * d2(lambda t: lZT(E, k, t), T)))),
    S(14, "not-an-identity", "Boltzmann probability (definition)"),
    S(18, "valid", "log of line 14", ok=V(lambda E, k, T: (np.log(P(E, k, T))[0], -E[0] / (k * T) - lZT(E, k, T)))),
    S(22, "not-an-identity", "entropy (definition)"),
    S(26, "valid", "-ln P = beta E + ln Z", ok=V(lambda E, k, T: (Sgibbs(P(E, k, T), k), k * (P(E, k, T) * (E / (k * T) + lZT(E, k, T))).sum()))),
    S(26, "invalid", "the k_B of the ln Z term is lost: E = (0, 0), k_B = 2: k_B ln 2 = 1.386 vs ln 2 = 0.693",
      cx=lambda: (2 * np.log(2.0), 2 * 0.0 + np.log(2.0) * 1.0)),
    S(28, "not-an-identity", "U (definition)", outside_display=True),
    S(28, "invalid", "sum_i P_i E_i = U, not 1 (sum_i P_i = 1 was meant): E = (0, 1), beta = 0: 0.5 vs 1", cx=lambda: (0.5, 1.0), outside_display=True),
    S(30, "valid", "S of line 22 with U = sum P E and sum P = 1", ok=V(lambda E, k, T: (Sgibbs(P(E, k, T), k), k * (U(E, k, T) / (k * T) + lZT(E, k, T))))),
    S(34, "valid", "k_B beta = 1/T", ok=V(lambda E, k, T: (k * (U(E, k, T) / (k * T) + lZT(E, k, T)), U(E, k, T) / T + k * lZT(E, k, T)))),
    S(40, "not-an-identity", "F (definition)"),
    S(44, "valid", "U - T S", ok=V(lambda E, k, T: (U(E, k, T) - T * Sgibbs(P(E, k, T), k), -k * T * lZT(E, k, T)))),
    S(48, "valid", "invert", ok=V(lambda E, k, T: (np.exp(lZT(E, k, T)), np.exp(-(1 / (k * T)) * (-k * T * lZT(E, k, T)))))),
    S(52, "valid", "S = -dF/dT", ok=V(lambda E, k, T: (Sgibbs(P(E, k, T), k), -d(lambda t: -k * t * lZT(E, k, t), T)))),
    S(56, "valid", "derivative of -k_B T ln Z", ok=V(lambda E, k, T: (-d(lambda t: -k * t * lZT(E, k, t), T), k * lZT(E, k, T) + k * T * d(lambda t: lZT(E, k, t), T)))),
]
CLAIMS = []
