from common import *
from math import lgamma
DOC = "28_wexler_particle_in_cube.md"; TIER = 2
TOPIC = "particle in a cube: q as a cube of a theta sum, integral approximation, Lambda, Q = q^N/N!, U = 3/2 N k T, C_V, P = NkT/V"
NOTES = "E = h^2 (n_x^2 + n_y^2 + n_z^2)/(8 m L^2), V = L^3; Lambda = (h^2/(2 pi m k T))^{1/2}; lines 57 and 64 use the integral approximation"


def box(r):
    return r.uniform(.3, 2), r.uniform(.5, 2), r.uniform(.5, 2), r.uniform(.5, 2)   # beta, h, m, L


def tsum(a, n=200):
    return sum(np.exp(-a * k * k) for k in range(1, n))


def lam(b, h, m):
    return np.sqrt(h * h * b / (2 * np.pi * m))


def lnQ(b, V, N, h=1.0, m=1.0):
    return N * np.log(V / lam(b, h, m) ** 3) - lgamma(N + 1)


STEPS = [
    S(33, "not-an-identity", "alpha substituted (restated definition)", outside_display=True),
    S(7, "not-an-identity", "q (definition)"),
    S(10, "valid", "the box energies; the triple sum (checked on a truncated grid)", ok=lambda r: (lambda b, h, m, L: (
      sum(np.exp(-b * h * h / (8 * m * L * L) * (i * i + j * j + k * k)) for i in range(1, 30) for j in range(1, 30) for k in range(1, 30)),
      tsum(b * h * h / (8 * m * L * L), 30) ** 3))(*box(r))),
    S(15, "not-an-identity", "alpha (definition)", outside_display=True),
    S(19, "valid", "the triple sum factorises; L^2 = V^{2/3}", ok=lambda r: (lambda b, h, m, L: (
      tsum(b * h * h / (8 * m * L * L), 60) ** 3, tsum(b * h * h / (8 * m * (L ** 3) ** (2 / 3)), 60) ** 3))(*box(r)),
      finder_line=18),
    S(28, "not-an-identity", "sum ~ integral (approximation)"),
    S(28, "valid", "Gaussian half-integral", ok=lambda r: (lambda a: (quad(lambda x: np.exp(-a * x * x), 0, 40), np.sqrt(np.pi / (4 * a))))(r.uniform(.2, 3))),
    S(36, "valid", "substitute alpha", ok=lambda r: (lambda b, h, m, L: (np.sqrt(np.pi / (4 * b * h * h / (8 * m * L ** 2))),
      np.sqrt(np.pi / 4 * 8 * m * L ** 2 / (b * h * h))))(*box(r))),
    S(36, "valid", "simplify; V^{1/3} = L", ok=lambda r: (lambda b, h, m, L: (np.sqrt(np.pi / 4 * 8 * m * L ** 2 / (b * h * h)),
      np.sqrt(2 * np.pi * m / (b * h * h)) * L))(*box(r))),
    S(44, "not-an-identity", "Lambda (definition)"),
    S(57, "not-an-identity", "sum ~ V^{1/3}/Lambda (approximation)"),
    S(64, "either", "reading A: q in the integral approximation, (pi/(4 alpha))^{3/2} = V/Lambda^3: agrees; reading B: the exact "
      "q = (sum e^{-alpha n^2})^3: alpha = 1 gives 0.0576 vs 0.696",
      ok=lambda r: (lambda b, h, m, L: (np.sqrt(np.pi / (4 * b * h * h / (8 * m * L ** 2))) ** 3, L ** 3 / lam(b, h, m) ** 3))(*box(r)),
      cx=lambda: (tsum(1.0) ** 3, (np.pi / 4) ** 1.5)),
    S(74, "not-an-identity", "Q := q^N/N! (indistinguishable particles)", finder_line=73),
    S(74, "valid", "q = V/Lambda^3 substituted", ok=lambda r: (lambda q, N: (q ** N / np.prod(np.arange(1, N + 1)), q ** N / np.prod(np.arange(1, N + 1))))(
      r.uniform(.5, 3), int(r.integers(1, 6))), finder_line=73),
    S(88, "valid", "log of Q", ok=lambda r: (lambda V, N, b: (np.log((V / lam(b, 1, 1) ** 3) ** N / np.prod(np.arange(1, N + 1))), lnQ(b, V, N)))(
      r.uniform(.5, 2), int(r.integers(1, 6)), r.uniform(.3, 2))),
    S(92, "not-an-identity", "Stirling (approximation)", outside_display=True),
    S(100, "valid", "U = -d ln Q/d beta", ok=lambda r: (1.0, 1.0), finder_line=99),
    S(100, "valid", "Lambda^3 ~ beta^{3/2}: -d ln Q/d beta = 3N/(2 beta)", ok=lambda r: (lambda V, N, b: (-d(lambda t: lnQ(t, V, N), b), 1.5 * N / b))(
      r.uniform(.5, 2), int(r.integers(1, 6)), r.uniform(.3, 2)), finder_line=99),
    S(100, "valid", "1/beta = k T", ok=lambda r: (lambda N, k, T: (1.5 * N / (1 / (k * T)), 1.5 * N * k * T))(int(r.integers(1, 6)), r.uniform(.5, 2), r.uniform(.5, 2)),
      finder_line=99),
    S(112, "valid", "U = 3/2 N k T (restated)", ok=lambda r: (1.0, 1.0), outside_display=True),
    S(116, "not-an-identity", "C_V := dU/dT", finder_line=115),
    S(116, "valid", "d/dT (3/2 N k T)", ok=lambda r: (lambda N, k, T: (d(lambda t: 1.5 * N * k * t, T), 1.5 * N * k))(int(r.integers(1, 6)), r.uniform(.5, 2), r.uniform(.5, 2)),
      finder_line=115),
    S(131, "valid", "P = k T d ln Q/dV (from A = -kT ln Q, P = -dA/dV)", ok=lambda r: (1.0, 1.0), finder_line=130),
    S(131, "valid", "d ln Q/dV = N/V", ok=lambda r: (lambda V, N, b, k: (k * (1 / (k * b)) * d(lambda v: lnQ(b, v, N), V), N * k * (1 / (k * b)) / V))(
      r.uniform(.5, 2), int(r.integers(1, 6)), r.uniform(.3, 2), r.uniform(.5, 2)), finder_line=130),
]
CLAIMS = [(100, 100, "valid", "U = 3/2 N k T"), (131, 131, "valid", "P = N k T/V")]
