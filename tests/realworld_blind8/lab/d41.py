from b9 import *
from math import lgamma
DOC = "41_saymd_ideal_gas_typ.md"; TIER = 2
TOPIC = "Typst notes in Chinese: classical ideal gas in the canonical ensemble, Z_N = Z^N/N!, E, p, S (Stirling) and F"
NOTES = "k Boltzmann's constant, beta = 1/(kT); the one-particle Z = V/h^3 (2 pi m k T)^{3/2}; Typst rows separated by \\; line 12 uses Z before line 14 defines it"

_p = np.linspace(-30, 30, 60001)


def _g(r):
    return r.uniform(.5, 2), r.uniform(.5, 2), r.uniform(.5, 2), r.uniform(.5, 2), r.uniform(.5, 2), int(r.integers(1, 6))   # m, h, k, T, V, N


def _Z1(m, h, k, T, V):
    return V / h ** 3 * (2 * np.pi * m * k * T) ** 1.5


def _lnZN(m, h, k, T, V, N):
    return N * np.log(_Z1(m, h, k, T, V)) - lgamma(N + 1)


STEPS = [
    S(4, "not-an-identity", "classical partition function (definition)"),
    S(6, "not-an-identity", "Hamiltonian of the ideal gas"),
    S(6, "not-an-identity", "eps_i named"),
    S(7, "not-an-identity", "phase-space volume element"),
    S(8, "not-an-identity", "one-particle volume element"),
    S(10, "valid", "H and d Omega substituted", ok=lambda r: (lambda m, h, k, T, V, N: (_lnZN(m, h, k, T, V, N), _lnZN(m, h, k, T, V, N)))(*_g(r))),
    S(11, "valid", "the integral factorises", ok=lambda r: (lambda m, h, k, T, V, N: (-lgamma(N + 1) - 3 * N * np.log(h) + N * np.log(V * (np.trapezoid(np.exp(-_p ** 2 / (2 * m * k * T)), _p) if hasattr(np, 'trapezoid') else np.trapz(np.exp(-_p ** 2 / (2 * m * k * T)), _p)) ** 3), _lnZN(m, h, k, T, V, N)))(*_g(r))),
    S(12, "valid", "Z the one-particle partition function (line 14)", ok=lambda r: (lambda m, h, k, T, V, N: (_lnZN(m, h, k, T, V, N), np.log(_Z1(m, h, k, T, V) ** N) - lgamma(N + 1)))(*_g(r))),
    S(14, "not-an-identity", "one-particle partition function (definition)"),
    S(14, "valid", "Gaussian momentum integral", ok=lambda r: (lambda m, h, k, T, V, N: (V / h ** 3 * (np.trapezoid(np.exp(-_p ** 2 / (2 * m * k * T)), _p) if hasattr(np, 'trapezoid') else np.trapz(np.exp(-_p ** 2 / (2 * m * k * T)), _p)) ** 3, _Z1(m, h, k, T, V)))(*_g(r))),
    S(16, "valid", "log of Z^N/N!", ok=lambda r: (lambda m, h, k, T, V, N: (np.log(_Z1(m, h, k, T, V) ** N / np.exp(lgamma(N + 1))), N * np.log(_Z1(m, h, k, T, V)) - lgamma(N + 1)))(*_g(r))),
    S(18, "valid", "canonical mean energy", ok=lambda r: (lambda m, h, k, T, V, N: (-d(lambda b: _lnZN(m, h, k, 1 / (k * b), V, N), 1 / (k * T)), -d(lambda b: _lnZN(m, h, k, 1 / (k * b), V, N), 1 / (k * T))))(*_g(r))),
    S(18, "valid", "ln N! free of beta", ok=lambda r: (lambda m, h, k, T, V, N: (-d(lambda b: _lnZN(m, h, k, 1 / (k * b), V, N), 1 / (k * T)), -N * d(lambda b: np.log(_Z1(m, h, k, 1 / (k * b), V)), 1 / (k * T))))(*_g(r))),
    S(18, "valid", "3/2 N k T", ok=lambda r: (lambda m, h, k, T, V, N: (-N * d(lambda b: np.log(_Z1(m, h, k, 1 / (k * b), V)), 1 / (k * T)), 1.5 * N * k * T))(*_g(r))),
    S(19, "valid", "canonical pressure", ok=lambda r: (lambda m, h, k, T, V, N: (k * T * d(lambda v: _lnZN(m, h, k, T, v, N), V), k * T * d(lambda v: _lnZN(m, h, k, T, v, N), V)))(*_g(r))),
    S(19, "valid", "ln N! free of V", ok=lambda r: (lambda m, h, k, T, V, N: (k * T * d(lambda v: _lnZN(m, h, k, T, v, N), V), N * k * T * d(lambda v: np.log(_Z1(m, h, k, T, v)), V)))(*_g(r))),
    S(19, "valid", "N k T / V", ok=lambda r: (lambda m, h, k, T, V, N: (N * k * T * d(lambda v: np.log(_Z1(m, h, k, T, v)), V), N * k * T / V))(*_g(r))),
    S(20, "valid", "S = k(ln Z_N - beta d ln Z_N/d beta)", ok=lambda r: (lambda m, h, k, T, V, N: (lambda b: (k * (_lnZN(m, h, k, T, V, N) - b * d(lambda t: _lnZN(m, h, k, 1 / (k * t), V, N), b)), N * k * (np.log(_Z1(m, h, k, T, V)) - b * d(lambda t: np.log(_Z1(m, h, k, 1 / (k * t), V)), b)) - k * lgamma(N + 1)))(1 / (k * T)))(*_g(r))),
    S(21, "approx", "Stirling ln N! ~ N ln N - N (written with =): N = 10^6, m = h = k = T = 1, V = N: relative difference < 1e-5",
      ok=lambda r: (lambda N, V: (N * (np.log(_Z1(1., 1., 1., 1., V)) + 1.5) - lgamma(N + 1), 1.5 * N * np.log(1.0) + N * np.log(V / N) + 1.5 * N * (5 / 3 + np.log(2 * np.pi))))(1e6, 1e6)),
    S(22, "not-an-identity", "F = -kT ln Z_N (stated)"),
    S(22, "valid", "ln Z_N expanded", ok=lambda r: (lambda m, h, k, T, V, N: (-k * T * _lnZN(m, h, k, T, V, N), -N * k * T * np.log(_Z1(m, h, k, T, V)) + k * T * lgamma(N + 1)))(*_g(r))),
]
CLAIMS = []
