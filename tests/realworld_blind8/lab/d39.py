from b9 import *
from math import lgamma
DOC = "39_saymd_two_level_typ.md"; TIER = 2
TOPIC = "Typst notes in Chinese: N spins in two levels +-eps, U, S, negative temperature via Stirling; U loses its factor N"
NOTES = "Z the one-particle partition function e^{beta eps} + e^{-beta eps}; U, S for N particles (Boltzmann statistics); a_1, a_2 occupation numbers of -eps, +eps; " \
        "Typst rows separated by \\ inside $ ... $"


def _i(r):
    return r.uniform(.2, 2), r.uniform(.3, 2), float(r.integers(2, 50)), r.uniform(.5, 2)   # eps, beta, N, k


def _lz(eps, b):
    return np.log(np.exp(b * eps) + np.exp(-b * eps))


STEPS = [
    S(4, "not-an-identity", "partition function (definition)"),
    S(4, "valid", "two levels -eps, +eps", ok=lambda r: (lambda eps, b, N, k: (np.exp(-b * -eps) + np.exp(-b * eps), np.exp(b * eps) + np.exp(-b * eps)))(*_i(r))),
    S(5, "not-an-identity", "U is the mean energy"),
    S(5, "not-an-identity", "U = -N d ln Z/d beta (Boltzmann statistics, stated)"),
    S(5, "invalid", "-N d ln Z/d beta = -N eps tanh(beta eps); the factor N is lost: N = 2, eps = 1, beta = 1: -1.5232 but the row gives -0.7616",
      cx=lambda: (-2 * d(lambda t: _lz(1.0, t), 1.0), -1.0 * (np.exp(1) - np.exp(-1)) / (np.exp(1) + np.exp(-1)))),
    S(6, "not-an-identity", "S = N k (ln Z - beta d ln Z/d beta) (stated)"),
    S(6, "valid", "d ln Z/d beta = eps tanh(beta eps)", ok=lambda r: (lambda eps, b, N, k: (N * k * (_lz(eps, b) - b * d(lambda t: _lz(eps, t), b)), N * k * (_lz(eps, b) - b * eps * (np.exp(b * eps) - np.exp(-b * eps)) / (np.exp(b * eps) + np.exp(-b * eps)))))(*_i(r))),
    S(8, "valid", "Boltzmann occupation of -eps", ok=lambda r: (lambda eps, b, N, k: (N * np.exp(b * eps) / np.exp(_lz(eps, b)), N * np.exp(b * eps) / (np.exp(b * eps) + np.exp(-b * eps))))(*_i(r))),
    S(8, "valid", "Boltzmann occupation of +eps", ok=lambda r: (lambda eps, b, N, k: (N * np.exp(-b * eps) / np.exp(_lz(eps, b)), N * np.exp(-b * eps) / (np.exp(b * eps) + np.exp(-b * eps))))(*_i(r))),
    S(10, "valid", "E = a_2 eps - a_1 eps", ok=lambda r: (lambda eps, b, N, k: (lambda a1, a2: (a1 * -eps + a2 * eps, (a2 - a1) * eps))(N * np.exp(b * eps) / np.exp(_lz(eps, b)), N * np.exp(-b * eps) / np.exp(_lz(eps, b))))(*_i(r))),
    S(11, "valid", "occupations sum to N", ok=lambda r: (lambda eps, b, N, k: (N, N * np.exp(b * eps) / np.exp(_lz(eps, b)) + N * np.exp(-b * eps) / np.exp(_lz(eps, b))))(*_i(r))),
    S(13, "valid", "solved for a_1", ok=lambda r: (lambda eps, b, N, k: (lambda a1, a2: (a1, .5 * (N - (a2 - a1) * eps / eps)))(N * np.exp(b * eps) / np.exp(_lz(eps, b)), N * np.exp(-b * eps) / np.exp(_lz(eps, b))))(*_i(r))),
    S(13, "valid", "solved for a_2", ok=lambda r: (lambda eps, b, N, k: (lambda a1, a2: (a2, .5 * (N + (a2 - a1) * eps / eps)))(N * np.exp(b * eps) / np.exp(_lz(eps, b)), N * np.exp(-b * eps) / np.exp(_lz(eps, b))))(*_i(r))),
    S(15, "not-an-identity", "number of microstates (definition)"),
    S(15, "valid", "line 13 substituted", ok=lambda r: (lambda N, E, eps: (lgamma(N + 1) - lgamma(.5 * (N - E / eps) + 1) - lgamma(.5 * (N + E / eps) + 1), lgamma(N + 1) - lgamma(.5 * (N - E / eps) + 1) - lgamma(.5 * (N + E / eps) + 1)))(40.0, r.uniform(-10, 10), 1.0)),
    S(17, "not-an-identity", "Boltzmann relation S = k ln W"),
    S(17, "approx", "Stirling (written with \\approx; the expression continues after a Typst line break): N = 10^5, E/eps = 2 10^4: k ln W vs the row, relative difference < 1e-4",
      ok=lambda r: (lambda N, x: (lgamma(N + 1) - lgamma(.5 * (N - x) + 1) - lgamma(.5 * (N + x) + 1), N * np.log(N) - .5 * (N - x) * np.log(.5 * (N - x)) - .5 * (N + x) * np.log(.5 * (N + x))))(1e5, 2e4)),
    S(20, "not-an-identity", "1/T = dS/dE (thermodynamic definition)"),
    S(20, "valid", "derivative of the Stirling form", ok=lambda r: (lambda N, E, eps, k: (d(lambda t: k * (N * np.log(N) - .5 * (N - t / eps) * np.log(.5 * (N - t / eps)) - .5 * (N + t / eps) * np.log(.5 * (N + t / eps))), E), k / (2 * eps) * np.log((N - E / eps) / (N + E / eps))))(50.0, r.uniform(-20, 20), r.uniform(.5, 2), r.uniform(.5, 2))),
]
CLAIMS = []
