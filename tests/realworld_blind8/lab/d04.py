from b9 import *
from math import factorial, gamma
DOC = "04_cbe_ideal_gas.md"; TIER = 1
TOPIC = "Jupyter Book course notes: partition function of independent subsystems factorises; ideal-gas z by a Gamma integral; P V = N k_B T"
NOTES = "three cuts of one lecture (MyST {math} directive with :label:, <details> blocks); z the one-particle partition function; " \
        "F = -k_B T ln Z (earlier lecture); the sum over j runs over pairs (n, m)"


def _two(r):
    return r.uniform(-1, 2, 3), r.uniform(-1, 2, 4), r.uniform(.3, 2)


def _gas(r):
    return r.uniform(.5, 2), r.uniform(.5, 2), r.uniform(.5, 2), r.uniform(.5, 3), int(r.integers(1, 5))   # m, h, kT, V, N


def _zint(m, h, kT, V, K=400000):
    e = np.linspace(0, 60 * kT, K)
    return np.pi / 4 * (8 * m / h ** 2) ** 1.5 * V * np.trapezoid(np.sqrt(e) * np.exp(-e / kT), e) if hasattr(np, "trapezoid") else \
        np.pi / 4 * (8 * m / h ** 2) ** 1.5 * V * np.trapz(np.sqrt(e) * np.exp(-e / kT), e)


def _lnZ(m, h, kT, V, N):
    return np.log((2 * np.pi * m * kT / h ** 2) ** (1.5 * N) * V ** N / factorial(N))


STEPS = [
    S(2, "not-an-identity", "partition function (definition)"),
    S(3, "valid", "E_j = eps1_n + eps2_m, the sum over j as a double sum",
      ok=lambda r: (lambda a, b, be: (np.sum(np.exp(-be * (a[:, None] + b[None, :]))), sum(np.exp(-be * (x + y)) for x in a for y in b)))(*_two(r))),
    S(4, "valid", "exponential of a sum", ok=lambda r: (lambda a, b, be: (sum(np.exp(-be * (x + y)) for x in a for y in b), sum(np.exp(-be * x) * np.exp(-be * y) for x in a for y in b)))(*_two(r))),
    S(13, "valid", "the double sum factorises (continues line 4 in a {math} directive)",
      ok=lambda r: (lambda a, b, be: (sum(np.exp(-be * x) * np.exp(-be * y) for x in a for y in b), np.sum(np.exp(-be * a)) * np.sum(np.exp(-be * b))))(*_two(r)), prev_line=4, cross_display=True),
    S(14, "not-an-identity", "Z^(1) Z^(2) named (\\equiv)"),
    S(18, "not-an-identity", "one-particle partition function in the continuum (from the lecture's density of states)"),
    S(19, "valid", "u = beta eps", ok=lambda r: (lambda m, h, kT, V, N: (_zint(m, h, kT, V), np.pi / 4 * (8 * m / h ** 2) ** 1.5 * V * kT ** 1.5 * gamma(1.5)))(*_gas(r))),
    S(20, "valid", "int u^{1/2} e^{-u} du = sqrt(pi)/2", ok=lambda r: (lambda m, h, kT, V, N: (np.pi / 4 * (8 * m / h ** 2) ** 1.5 * V * kT ** 1.5 * gamma(1.5), np.pi / 4 * (8 * m * kT / h ** 2) ** 1.5 * V * np.sqrt(np.pi) / 2))(*_gas(r))),
    S(21, "valid", "constants collected", ok=lambda r: (lambda m, h, kT, V, N: (np.pi / 4 * (8 * m * kT / h ** 2) ** 1.5 * V * np.sqrt(np.pi) / 2, (2 * np.pi * m * kT / h ** 2) ** 1.5 * V))(*_gas(r))),
    S(31, "not-an-identity", "N indistinguishable particles (definition)"),
    S(32, "valid", "line 21 substituted", ok=lambda r: (lambda m, h, kT, V, N: (((2 * np.pi * m * kT / h ** 2) ** 1.5 * V) ** N / factorial(N), (2 * np.pi * m * kT / h ** 2) ** (1.5 * N) * V ** N / factorial(N)))(*_gas(r))),
    S(33, "valid", "lambda (line 38)", ok=lambda r: (lambda m, h, kT, V, N: ((2 * np.pi * m * kT / h ** 2) ** (1.5 * N) * V ** N / factorial(N), (V / np.sqrt(h ** 2 / (2 * np.pi * m * kT)) ** 3) ** N / factorial(N)))(*_gas(r))),
    S(38, "not-an-identity", "thermal wavelength (definition)"),
    S(41, "not-an-identity", "ensemble average equals the thermodynamic pressure (ergodicity)"),
    S(41, "not-an-identity", "thermodynamic pressure (definition)"),
    S(42, "valid", "F = -k_B T ln Z", ok=lambda r: (lambda m, h, kT, V, N: (-d(lambda v: -kT * _lnZ(m, h, kT, v, N), V), kT * d(lambda v: _lnZ(m, h, kT, v, N), V)))(*_gas(r))),
    S(43, "valid", "log of line 32", ok=lambda r: (lambda m, h, kT, V, N: (_lnZ(m, h, kT, V, N), N * np.log(V) + np.log((2 * np.pi * m * kT / h ** 2) ** (1.5 * N) / factorial(N))))(*_gas(r))),
    S(44, "valid", "line 42 with line 43", ok=lambda r: (lambda m, h, kT, V, N: (kT * d(lambda v: _lnZ(m, h, kT, v, N), V), N * kT / V))(*_gas(r))),
    S(45, "valid", "multiplied by V", ok=lambda r: (lambda m, h, kT, V, N: (N * kT / V * V, N * kT))(*_gas(r))),
]
CLAIMS = [(41, 45, "valid", "P V = N k_B T")]
