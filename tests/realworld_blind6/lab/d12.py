from common import *
DOC = "12_rbrearton_quantum_oscillator.md"; TIER = 2
TOPIC = "quantum harmonic oscillator: Z = 1/(2 sinh(beta hbar omega/2)), U, heat capacity with two slips; 3N-oscillator answer"
NOTES = "E_n = hbar omega (n + 1/2), n = 0, 1, ...; beta = 1/(k_B T); C = dU/dT"


def par(r):
    return r.uniform(0.3, 2.5), r.uniform(0.3, 2), r.uniform(0.5, 2)   # beta, hbar*omega, k_B


def Zs(b, w, n=400):
    return np.exp(-b * w * (np.arange(n) + 0.5)).sum()


def Uq(b, w):
    return w / 2 + w / (np.exp(b * w) - 1)


def C_true(T, w, kB):
    return d(lambda t: Uq(1 / (kB * t), w), T)


STEPS = [
    S(3, "not-an-identity", "Z defined", outside_display=True),
    S(7, "not-an-identity", "energy levels", outside_display=True),
    S(10, "valid", "substitute E_n", ok=lambda r: (lambda b, w, k: (Zs(b, w), np.exp(-b * w * (np.arange(400) + 0.5)).sum()))(*par(r))),
    S(10, "valid", "factor e^{-beta hbar omega/2}", ok=lambda r: (lambda b, w, k: (Zs(b, w), np.exp(-b * w / 2) * np.exp(-b * w * np.arange(400)).sum()))(*par(r))),
    S(16, "valid", "geometric series", ok=lambda r: (lambda b, w, k: (Zs(b, w), np.exp(-b * w / 2) / (1 - np.exp(-b * w))))(*par(r))),
    S(22, "valid", "same", ok=lambda r: (lambda b, w, k: (np.exp(-b * w / 2) / (1 - np.exp(-b * w)), np.exp(-b * w / 2) / (1 - np.exp(-b * w))))(*par(r))),
    S(22, "valid", "divide by e^{-x/2}: 1/(e^{x/2} - e^{-x/2})", ok=lambda r: (lambda b, w, k: (np.exp(-b * w / 2) / (1 - np.exp(-b * w)),
      1 / (2 * np.sinh(b * w / 2))))(*par(r))),
    S(27, "valid", "answer restated", ok=lambda r: (lambda b, w, k: (Zs(b, w), 1 / (2 * np.sinh(b * w / 2))))(*par(r)), outside_display=True),
    S(34, "valid", "U = -d ln Z/d beta is the mean energy", ok=lambda r: (lambda b, w, k: (
      (w * (np.arange(400) + 0.5) * np.exp(-b * w * (np.arange(400) + 0.5))).sum() / Zs(b, w), -d(lambda t: np.log(Zs(t, w)), b)))(*par(r))),
    S(34, "valid", "derivative of -ln(2 sinh(x/2))", ok=lambda r: (lambda b, w, k: (-d(lambda t: np.log(Zs(t, w)), b), Uq(b, w)))(*par(r))),
    S(37, "not-an-identity", "Bose occupation number (definition)", outside_display=True),
    S(51, "valid", "U restated", ok=lambda r: (lambda b, w, k: (-d(lambda t: np.log(Zs(t, w)), b), Uq(b, w)))(*par(r))),
    S(57, "not-an-identity", "C defined as dU/dT"),
    S(57, "invalid", "dU/dT = k_B (beta hbar omega)^2 e^x/(e^x-1)^2: hbar omega = 1, k_B = 1, T = 2 gives 0.979 vs 3.918",
      cx=lambda: (C_true(2.0, 1.0, 1.0), 1.0 / 1.0 * np.exp(0.5) / (np.exp(0.5) - 1) ** 2)),
    S(63, "invalid", "the factor 1/4 is wrong (and the row differs from the one before): same instance, 0.979 (true) vs 0.245",
      cx=lambda: (C_true(2.0, 1.0, 1.0), 1.0 * (0.5 / 2) ** 2 * np.exp(0.5) / (np.exp(0.5) - 1) ** 2)),
    S(73, "valid", "3N independent 1D oscillators: 3N times the 1D heat capacity", ok=lambda r: (lambda b, w, k, N: (
      3 * N * C_true(1 / (k * b), w, k), 3 * N * k * (b * w) ** 2 * np.exp(b * w) / (np.exp(b * w) - 1) ** 2))(*par(r), int(r.integers(1, 5)))),
]
CLAIMS = [(10, 22, "valid", "Z = 1/(2 sinh(beta hbar omega/2))"),
          (51, 63, "invalid", "C = k_B (beta hbar omega)^2 e^x/(e^x-1)^2, not with /2 inside the square")]
