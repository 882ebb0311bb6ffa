from common import *
DOC = "26_ykliu_closed_system_Z_psi.md"; TIER = 1
TOPIC = "Chinese course notes (Markdown, align/align* with \\\\ ends): closed-system density, normalization gives Z = e^psi, psi split by entropy additivity (a Taylor step, a k_0 dropped or not)"
NOTES = "S = ln Omega (dimensionless) earlier in the notes; prose at line 405 also writes k_0 ln Omega = S; dS_b/dE = 1/(k_0 T); P(p,q) = rho_c"
_k0, _T, _E, _S = 2.0, 1.5, 0.9, 0.4
STEPS = [
    S(418, "not-an-identity", "rho_c in terms of psi (from the derivation above the cut)"),
    S(418, "not-an-identity", "psi named"),
    S(424, "valid", "normalization"),
    S(425, "valid", "P = rho_c"),
    S(426, "valid", "rho_c substituted"),
    S(432, "valid", "e^psi = int e^{-E/k_0 T} dGamma (solved from row 426)"),
    S(438, "not-an-identity", "Z := e^psi"),
    S(438, "valid", "row 432"),
    S(439, "valid", "rho_c = e^{-E/k_0T}/Z"),
    S(439, "valid", "Z written out"),
    S(445, "valid", "psi restated (definition, row 418)"),
    S(446, "valid", "additivity S_s = S_b + S_c"),
    S(447, "valid", "regrouped"),
    S(448, "valid", "eps_s = eps_b + eps_c: difference quotient times eps_c"),
    S(449, "approx", "difference quotient replaced by the derivative (eps_c small)",
      ok=lambda r: (np.log(1 + 1.0 + 0.001) - np.log(1 + 1.0), 0.001 / (1 + 1.0))),
    S(450, "valid", "dS_b/dE = 1/(k_0 T)"),
    S(456, "either", "reading A: S in this row is the thermodynamic entropy k_0 ln Omega (as the prose at line 405 writes), so -(E/(k_0T) - S_c) "
      "= -(E - T S)/(k_0 T) (valid); reading B: S is the ln Omega of row 450: k_0 = 2, T = 1.5, E = 0.9, S = 0.4: row 450 gives -(0.3 - 0.4) = 0.1, "
      "this row -(0.9 - 0.6)/3 = -0.1",
      ok=lambda r: (lambda k0, T, E, Sd: (-(E / (k0 * T) - Sd), -(E - T * (k0 * Sd)) / (k0 * T)))(r.uniform(0.5, 3), r.uniform(0.5, 3), r.normal(), r.normal()),
      cx=lambda: (-(_E / (_k0 * _T) - _S), -(_E - _T * _S) / (_k0 * _T))),
]
CLAIMS = [(445, 456, "valid", "psi = -(E - TS)/(k_0 T) (first order in eps_c)")]
