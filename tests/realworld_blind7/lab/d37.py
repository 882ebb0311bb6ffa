from h8 import *
DOC = "37_amane_maxwell_speeds.md"; TIER = 2
TOPIC = "Japanese notes: Maxwell-Boltzmann velocity and speed distributions, <v>, <v^2>, equipartition, heat capacities (a repeated v_x typo, a lost R)"
NOTES = "epsilon = m(v_x^2 + v_x^2 + v_x^2)/2 as typed (v_y, v_z intended); f(v) the speed density"


def _inst(r):
    return r.uniform(.5, 3), r.uniform(.5, 2), r.uniform(.5, 2)  # m, k, T


def _fv(v, m, k, T):
    return 4 * np.pi * (m / (2 * np.pi * k * T)) ** 1.5 * v ** 2 * np.exp(-m * v ** 2 / (2 * k * T))


def _q(g):
    x = np.linspace(0, 40, 400001); return np.trapezoid(g(x), x) if hasattr(np, "trapezoid") else np.trapz(g(x), x)


STEPS = [
    S(8, "not-an-identity", "kinetic energy (definition; v_x written three times)"),
    S(14, "not-an-identity", "proportionality"),
    S(14, "valid", "substitute epsilon (as typed)", ok=lambda r: (lambda m, k, T, vx: (np.exp(-(0.5 * m * (3 * vx ** 2)) / (k * T)), np.exp(-m / (2 * k * T) * (3 * vx ** 2))))(*_inst(r), r.normal())),
    S(20, "not-an-identity", "normalisation condition being imposed (the coefficient is left out)"),
    S(27, "either", "reading A: v_y, v_z intended: the normalised Maxwell density (valid; its x-marginal integrates to 1); reading B: as typed, exp(-3 m v_x^2/(2kT)): "
      "the x-factor (m/2 pi k T)^{1/2} exp(-3 m v_x^2/2kT) integrates to 1/sqrt(3) = 0.577, not 1",
      ok=lambda r: (lambda m, k, T: (1.0, 2 * _q(lambda v: (m / (2 * np.pi * k * T)) ** .5 * np.exp(-m * v ** 2 / (2 * k * T)))))(*_inst(r)),
      cx=lambda: (1.0, 2 * _q(lambda v: (1 / (2 * np.pi)) ** .5 * np.exp(-3 * v ** 2 / 2)))),
    S(33, "valid", "speed density: 4 pi v^2 times the isotropic density", ok=lambda r: (lambda m, k, T: (_q(lambda v: _fv(v, m, k, T)), 1.0))(*_inst(r))),
    S(37, "valid", "most probable speed: f'(v_max) = 0", ok=lambda r: (lambda m, k, T: (d(lambda v: _fv(v, m, k, T), np.sqrt(2 * k * T / m)) * 1e3, 0.0))(*_inst(r))),
    S(41, "not-an-identity", "<v> (definition)"),
    S(41, "valid", "<v> = sqrt(8kT/(pi m))", ok=lambda r: (lambda m, k, T: (_q(lambda v: v * _fv(v, m, k, T)), np.sqrt(8 * k * T / (np.pi * m))))(*_inst(r))),
    S(45, "not-an-identity", "<v^2> (definition)"),
    S(45, "valid", "<v^2> = 3kT/m", ok=lambda r: (lambda m, k, T: (_q(lambda v: v ** 2 * _fv(v, m, k, T)), 1.5 * (2 * k * T / m)))(*_inst(r))),
    S(51, "valid", "<eps> = m<v^2>/2", ok=lambda r: (lambda m, k, T: (0.5 * m * _q(lambda v: v ** 2 * _fv(v, m, k, T)), 0.5 * m * 1.5 * (2 * k * T / m)))(*_inst(r))),
    S(51, "valid", "= 3 (kT/2)", ok=lambda r: (lambda m, k, T: (0.5 * m * 1.5 * (2 * k * T / m), 3 * (0.5 * k * T)))(*_inst(r))),
    S(59, "valid", "N particles", ok=lambda r: (lambda N, k, T: (N * 3 * (0.5 * k * T), N * 1.5 * k * T))(r.uniform(1, 10), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(59, "either", "reading A: per mole (the heading says J/mol), N = N_A and N k_B = R (valid); reading B: N arbitrary: N = 2, k_B = 1, R = 8.314, T = 1: 3 vs 12.47",
      ok=lambda r: (lambda NA, k, T: (NA * 1.5 * k * T, 1.5 * (NA * k) * T))(6.022e23, 1.380649e-23, r.uniform(100, 400)),
      cx=lambda: (2 * 1.5 * 1.0, 1.5 * 8.314 * 1.0)),
    S(63, "valid", "C_v = dE/dT per mole", ok=lambda r: (lambda R: (d(lambda T: 1.5 * R * T, 300.0), 1.5 * R))(8.314)),
    S(69, "invalid", "seven quadratic degrees of freedom give C_v = 7R/2; the factor R is lost: R = 8.314 J/(mol K): 29.1 vs 3.5",
      cx=lambda: (3.5 * 8.314, 3.5)),
]
CLAIMS = []
