from common import *
DOC = "11_rbrearton_classical_oscillator.md"; TIER = 2
TOPIC = "classical harmonic oscillator: Gaussian integrals give Z_1D = 2 pi/(beta omega); U = 3 k_B T, C = 3 k_B (MkDocs admonitions)"
NOTES = ("`\\beta/2m` in line 26 reads beta/(2m) (beta m/2 as typeset); the prefactor 1/(2 pi hbar) is dropped then restored "
         "(line 43); omega = sqrt(k/m)")


def par(r):
    return r.uniform(0.3, 3), r.uniform(0.3, 3), r.uniform(0.3, 3), r.uniform(0.2, 2)   # m, k, beta, hbar


def Z1(m, k, b):
    return quad(lambda p: np.exp(-b * p * p / (2 * m)), -30, 30) * quad(lambda x: np.exp(-b * k * x * x / 2), -30, 30)


STEPS = [
    S(3, "not-an-identity", "Hamiltonian (definition)", outside_display=True),
    S(7, "not-an-identity", "partition function (definition)", outside_display=True),
    S(15, "not-an-identity", "Z_1D defined (prefactor dropped)"),
    S(20, "valid", "Gaussian integral", ok=lambda r: (lambda a: (quad(lambda x: np.exp(-a * x * x), -40, 40), np.sqrt(np.pi / a)))(r.uniform(0.2, 3))),
    S(26, "either", "A: beta/(2m): Z_1D = sqrt(pi/(beta/(2m))) sqrt(pi/(k beta/2)); B: (beta/2) m: m = 2, k = 1, beta = 1 "
      "gives 8.886 vs 4.443", ok=lambda r: (lambda m, k, b, h: (Z1(m, k, b), np.sqrt(np.pi / (b / (2 * m))) * np.sqrt(np.pi / (k * b / 2))))(*par(r)),
      cx=lambda: (Z1(2.0, 1.0, 1.0), np.sqrt(np.pi / (1.0 / 2 * 2)) * np.sqrt(np.pi / (1.0 / 2)))),
    S(32, "either", "A (beta/(2m) in line 26): 2 pi/(beta omega) with omega = sqrt(k/m); B ((beta/2) m in line 26): that row equals "
      "2 pi/(beta sqrt(k m)), not 2 pi/(beta omega): m = 2, k = 1, beta = 1 gives 4.443 vs 8.886",
      cx=lambda: (2 * np.pi / (1.0 * np.sqrt(1.0 * 2.0)), 2 * np.pi / (1.0 * np.sqrt(1.0 / 2.0))), ok=lambda r: (lambda m, k, b, h: (np.sqrt(np.pi / (b / (2 * m))) * np.sqrt(np.pi / (k * b / 2)),
      2 * np.pi / (b * np.sqrt(k / m))))(*par(r))),
    S(39, "valid", "cube of Z_1D", ok=lambda r: (lambda m, k, b, h: (Z1(m, k, b) ** 3, (2 * np.pi / (b * np.sqrt(k / m))) ** 3))(*par(r)),
      outside_display=True),
    S(43, "valid", "with the prefactor (2 pi hbar)^{-3}", ok=lambda r: (lambda m, k, b, h: ((2 * np.pi / (b * np.sqrt(k / m))) ** 3 / (2 * np.pi * h) ** 3,
      (1 / (b * h * np.sqrt(k / m))) ** 3))(*par(r)), outside_display=True),
    S(54, "valid", "U = -d ln Z/d beta is the mean energy (3 k_B T for the 3D classical oscillator by equipartition)",
      ok=lambda r: (lambda m, k, b, h: (3 / b, -d(lambda t: 3 * np.log(Z1(m, k, t)), b, 1e-4)))(*par(r))),
    S(54, "valid", "substitute Z", ok=lambda r: (lambda m, k, b, h: (-d(lambda t: 3 * np.log(Z1(m, k, t)), b, 1e-4),
      -d(lambda t: np.log((2 * np.pi / (t * np.sqrt(k / m))) ** 3), b)))(*par(r))),
    S(54, "valid", "= 3/beta = 3 k_B T", ok=lambda r: (lambda m, k, b, h, kB: (-d(lambda t: np.log((2 * np.pi / (t * np.sqrt(k / m))) ** 3), b),
      3 * kB * (1 / (kB * b))))(*par(r), r.uniform(0.5, 2))),
    S(60, "not-an-identity", "heat capacity defined as dU/dT"),
    S(60, "valid", "d(3 k_B T)/dT", ok=lambda r: (lambda kB, T: (d(lambda t: 3 * kB * t, T), 3 * kB))(r.uniform(0.5, 2), r.uniform(0.5, 3))),
    S(65, "valid", "answer restated", ok=lambda r: (lambda kB: (3 * kB, 3 * kB))(r.uniform(0.5, 2)), outside_display=True),
]
CLAIMS = [(15, 32, "valid", "Z_1D = 2 pi/(beta omega)"), (54, 60, "valid", "C = 3 k_B")]
