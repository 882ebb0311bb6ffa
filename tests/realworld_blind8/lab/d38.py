from b9 import *
DOC = "38_an314_energy_fluct_typ.md"; TIER = 1
TOPIC = "Typst lecture notes in Chinese: canonical energy fluctuations; overline(E)^2 written for both <E^2> and <E>^2 in one chain; ideal-gas example"
NOTES = "rho_s = e^{-beta E_s}/Z; overline(E)^2 is <E^2> on line 21 (left side) and <E>^2 = U^2 at the end of line 22; k_B = 1/(beta T); C_V = dU/dT"


def _i(r):
    E, b = lv(r); return E, b


def _m(E, b):
    w = np.exp(-b * E); return (E * w).sum() / w.sum()


def _m2(E, b):
    w = np.exp(-b * E); return (E * E * w).sum() / w.sum()


def _lz(E, b):
    return np.log(np.exp(-b * E).sum())


STEPS = [
    S(7, "not-an-identity", "U is the mean energy"),
    S(7, "not-an-identity", "mean energy (definition)"),
    S(13, "not-an-identity", "absolute fluctuation (definition)"),
    S(13, "either", "reading A: overline(E)^2 is the mean of E^2 (as line 21 uses it): variance = <E^2> - U^2 (valid); reading B: overline(E)^2 = (mean E)^2 = U^2: "
      "levels (0, 1), beta = 1: sqrt(Var) = 0.4434 but sqrt(U^2 - U^2) = 0",
      ok=lambda r: (lambda E, b: (np.sqrt(_m2(E, b) - _m(E, b) ** 2), np.sqrt(_m2(E, b) - _m(E, b) ** 2)))(*_i(r)),
      cx=lambda: (np.sqrt(_m2(np.array([0., 1.]), 1.0) - _m(np.array([0., 1.]), 1.0) ** 2), 0.0)),
    S(17, "not-an-identity", "relative fluctuation (definition)"),
    S(21, "not-an-identity", "mean of E^2 (definition; written overline(E)^2)"),
    S(21, "valid", "canonical distribution", ok=lambda r: (lambda E, b: (_m2(E, b), np.sum(E * E * np.exp(-b * E)) / np.exp(-b * E).sum()))(*_i(r))),
    S(21, "valid", "E^2 e^{-beta E} = d^2/dbeta^2 e^{-beta E}", ok=lambda r: (lambda E, b: (_m2(E, b), d2(lambda t: np.exp(-t * E).sum(), b) / np.exp(-b * E).sum()))(*_i(r))),
    S(22, "valid", "Z''/Z = (ln Z)'' + ((ln Z)')^2", ok=lambda r: (lambda E, b: (d2(lambda t: np.exp(-t * E).sum(), b) / np.exp(-b * E).sum(), d2(lambda t: _lz(E, t), b) + d(lambda t: _lz(E, t), b) ** 2))(*_i(r))),
    S(22, "either", "reading A (the row's own overline(E)^2 = U^2): -(d ln Z/d beta)' = -dU/dbeta and (d ln Z/d beta)^2 = U^2 (valid); reading B: overline(E)^2 the mean of E^2 "
      "as on line 21: levels (0, 1), beta = 1: left 0.2689, right -dU/dbeta + <E^2> = 0.1966 + 0.2689 = 0.4655",
      ok=lambda r: (lambda E, b: (d2(lambda t: _lz(E, t), b) + d(lambda t: _lz(E, t), b) ** 2, -d(lambda t: _m(E, t), b) + _m(E, b) ** 2))(*_i(r)),
      cx=lambda: (d2(lambda t: _lz(np.array([0., 1.]), t), 1.0) + d(lambda t: _lz(np.array([0., 1.]), t), 1.0) ** 2, -d(lambda t: _m(np.array([0., 1.]), t), 1.0) + _m2(np.array([0., 1.]), 1.0))),
    S(23, "valid", "-dU/dbeta = k_B T^2 C_V (the same overline(E)^2 carried)", ok=lambda r: (lambda E, b: (-d(lambda t: _m(E, t), b), (1 / b) ** 2 * d(lambda T: _m(E, 1 / T), 1 / b)))(*_i(r))),
    S(27, "valid", "variance = k_B T^2 C_V", ok=lambda r: (lambda E, b: (np.sqrt(_m2(E, b) - _m(E, b) ** 2), np.sqrt((1 / b) ** 2 * d(lambda T: _m(E, 1 / T), 1 / b))))(*_i(r))),
    S(31, "valid", "relative fluctuation", ok=lambda r: (lambda E, b: ((np.sqrt(_m2(E, b) - _m(E, b) ** 2)) / _m(E, b), np.sqrt((1 / b) ** 2 * d(lambda T: _m(E, 1 / T), 1 / b)) / _m(E, b)))(*_i(r))),
    S(37, "not-an-identity", "ideal gas internal energy (model)"),
    S(41, "not-an-identity", "heat capacity (definition)"),
    S(41, "valid", "derivative of 3/2 N k T", ok=lambda r: (lambda N, k, T: (d(lambda t: 1.5 * N * k * t, T), 1.5 * N * k))(r.uniform(1, 10), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(45, "valid", "restated", ok=lambda r: (lambda N, k, T: (np.sqrt(k * T * T * 1.5 * N * k), np.sqrt(k * T * T * 1.5 * N * k)))(r.uniform(1, 10), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(45, "valid", "C_V substituted", ok=lambda r: (lambda N, k, T: (np.sqrt(k * T * T * 1.5 * N * k), np.sqrt(1.5 * N) * k * T))(r.uniform(1, 10), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(49, "valid", "divided by U", ok=lambda r: (lambda N, k, T: (np.sqrt(1.5 * N) * k * T / (1.5 * N * k * T), np.sqrt(1.5 * N) * k * T / (1.5 * N * k * T)))(r.uniform(1, 10), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(49, "valid", "simplified", ok=lambda r: (lambda N: (np.sqrt(1.5 * N) / (1.5 * N), np.sqrt(2 / (3 * N))))(r.uniform(1, 10))),
    S(49, "not-an-identity", "order of magnitude for a macroscopic N (tilde, N not given)"),
]
CLAIMS = []
