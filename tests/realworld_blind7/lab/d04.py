from h8 import *
DOC = "04_astro_maxent_boltzmann_myst.md"; TIER = 1
TOPIC = "MyST course module: max-entropy Lagrangian -> Boltzmann, Z, <E> = -d ln Z/d beta, S = k ln Z + <E>/T (beta named 1/T)"
NOTES = "the document names the multiplier beta = 1/T (line 21), not 1/(k_B T); Z = sum exp(-E_j/(k_B T))"


def _inst(r):
    E = r.uniform(-1, 2, 5); k = r.uniform(.5, 2); T = r.uniform(.5, 2)
    return E, k, T


def _Z_T(E, k, T):
    return np.exp(-E / (k * T)).sum()


def _U(E, k, T):
    w = np.exp(-E / (k * T)); return (E * w).sum() / w.sum()


STEPS = [
    S(5, "not-an-identity", "Lagrangian (definition)"),
    S(11, "valid", "d/dp_j of the Lagrangian: -k_B(ln p_j + 1) - alpha - beta E_j",
      ok=lambda r: (lambda p, a, b, k, E: (d(lambda t: -k * t * np.log(t) - a * t - b * t * E, p), -k * (np.log(p) + 1) - a - b * E))(
          r.uniform(.1, .9), r.uniform(-1, 1), r.uniform(.2, 2), r.uniform(.5, 2), r.uniform(-1, 2))),
    S(11, "not-an-identity", "stationarity (= 0)"),
    S(15, "not-an-identity", "equation solving"),
    S(17, "not-an-identity", "equation solving"),
    S(22, "valid", "line 17 with Z = exp(alpha/k_B + 1) and beta = 1/T",
      ok=lambda r: (lambda a, k, T, E: (np.exp(-a / k - 1) * np.exp(-(1 / T) * E / k), np.exp(-E / (k * T)) / np.exp(a / k + 1)))(
          r.uniform(-1, 1), r.uniform(.5, 2), r.uniform(.5, 2), r.uniform(-1, 2))),
    S(28, "valid", "sum_j p_j = 1 with line 22",
      ok=lambda r: (lambda E, k, T: (1.0, (np.exp(-E / (k * T)) / _Z_T(E, k, T)).sum()))(*_inst(r))),
    S(40, "either", "reading A: beta is the usual 1/(k_B T), Z(beta) = sum e^{-beta E}: <E> = -d ln Z/d beta (valid); reading B: beta = 1/T as "
      "the document defines it (line 21), Z = sum e^{-beta E/k_B}: -d ln Z/d beta = <E>/k_B: E = (0, 1), k_B = 2, T = 1: <E> = 0.3775, "
      "-d ln Z/d beta = 0.1888",
      ok=lambda r: (lambda E, k, T: (_U(E, k, T), -d(lambda b: np.log(np.exp(-b * E).sum()), 1 / (k * T))))(*_inst(r)),
      cx=lambda: (_U(np.array([0., 1.]), 2., 1.), -d(lambda b: np.log(np.exp(-b * np.array([0., 1.]) / 2.).sum()), 1.0))),
    S(40, "either", "reading A (beta = 1/(k_B T)): d/d beta = -k_B T^2 d/dT, so -d ln Z/d beta = k_B T^2 d ln Z/dT (valid); reading B "
      "(beta = 1/T): d/d beta = -T^2 d/dT and -d ln Z/d beta = T^2 d ln Z/dT, not k_B T^2 d ln Z/dT: E = (0, 1), k_B = 2, T = 1: "
      "0.1888 vs 0.3775",
      ok=lambda r: (lambda E, k, T: (-d(lambda b: np.log(np.exp(-b * E).sum()), 1 / (k * T)), k * T ** 2 * d(lambda t: np.log(_Z_T(E, k, t)), T)))(*_inst(r)),
      cx=lambda: (-d(lambda b: np.log(np.exp(-b * np.array([0., 1.]) / 2.).sum()), 1.0), 2 * d(lambda t: np.log(_Z_T(np.array([0., 1.]), 2., t)), 1.0))),
    S(42, "valid", "S = -k_B sum p ln p with p = e^{-E/k_B T}/Z",
      ok=lambda r: (lambda E, k, T: (Sgibbs(np.exp(-E / (k * T)) / _Z_T(E, k, T), k), k * np.log(_Z_T(E, k, T)) + _U(E, k, T) / T))(*_inst(r))),
    S(44, "not-an-identity", "Helmholtz free energy (definition)"),
]
CLAIMS = [(40, 40, "valid", "<E> = k_B T^2 d ln Z/dT (end to end, both readings)")]
