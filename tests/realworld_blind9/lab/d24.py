from common import *
DOC = "24_mmmhj2_ideal_gas.md"; TIER = 2
TOPIC = "Chinese Jekyll notes: particle in a 3-D box: z by a Gamma integral, thermal wavelength, Z = z^N/N!, E = 3NkT/2, F (a sign slip on ln(2s+1)), p = NkT/V"
NOTES = "A = (1/(4 pi^2)) (2m/hbar^2)^{3/2} (2s+1) (row 191); Lambda = sqrt(2 pi hbar^2 beta/m); z = (2s+1) V/Lambda^3; k = k_B"
_N, _V, _Lam, _s2, _kT = 2.0, 3.0, 0.7, 2.0, 1.0   # 2s+1 = 2
_lnz = np.log(_V * _s2 / _Lam ** 3)
STEPS = [
    S(189, "not-an-identity", "density of states (from an earlier post)"),
    S(191, "valid", "spin degeneracy multiplied in"),
    S(191, "not-an-identity", "A named"),
    S(197, "not-an-identity", "z as an integral over the density of states"),
    S(198, "valid", "rho substituted"),
    S(199, "valid", "int sqrt(E) e^{-beta E} dE = sqrt(pi)/(2 beta^{3/2})"),
    S(203, "not-an-identity", "Lambda defined"),
    S(203, "valid", "beta = 1/(k_B T)"),
    S(205, "valid", "z = (2s+1) V/Lambda^3 (A and Lambda substituted into row 199)",
      ok=lambda r: (lambda V, m, hb, b, g: (np.sqrt(np.pi) / (2 * b ** 1.5) * V * g / (4 * np.pi ** 2) * (2 * m / hb ** 2) ** 1.5,
                                            V / np.sqrt(2 * hb ** 2 * b * np.pi / m) ** 3 * g))(r.uniform(1, 3), r.uniform(0.5, 2), r.uniform(0.5, 2), r.uniform(0.5, 2), 2.0)),
    S(209, "not-an-identity", "Z = z^N/N! (Maxwell-Boltzmann approximation, a definition here)"),
    S(214, "valid", "E = -d ln Z/d beta"),
    S(214, "valid", "ln Z = N ln z - ln N!"),
    S(215, "valid", "ln N! free of beta"),
    S(215, "valid", "z proportional to beta^{-3/2}"),
    S(215, "valid", "1/beta = k_B T"),
    S(222, "valid", "F = -kT ln Z (definition restated)"),
    S(222, "valid", "ln Z expanded"),
    S(223, "invalid", "ln z = ln V - 3 ln Lambda + ln(2s+1); the row has -ln(2s+1): N = 2, V = 3, Lambda = 0.7, 2s+1 = 2, kT = 1: "
      "row 222 = -5.0304, the row -2.2578",
      cx=lambda: (-_kT * (_N * _lnz - np.log(2.0)), _kT * np.log(2.0) - _kT * _N * (np.log(_V) - 3 * np.log(_Lam) - np.log(_s2)))),
    S(227, "valid", "p = -dF/dV (definition)"),
    S(227, "valid", "only ln V depends on V"),
    S(229, "not-an-identity", "row 227 rearranged"),
    S(231, "not-an-identity", "N = N_A n, R = k_B N_A substituted"),
]
CLAIMS = [(214, 215, "valid", "E = 3 N k_B T/2")]
