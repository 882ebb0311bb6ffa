from common import *
DOC = "23_mmmhj2_canonical_entropy.md"; TIER = 1
TOPIC = "Chinese Jekyll notes: canonical entropy from the Gibbs formula written without its minus sign, and a last row whose sign slip cancels it; dF"
NOTES = "P(a) = exp(-beta E_a)/Z, F = -kT ln Z (above the cut), E = <E>; \\textcolor in row 142"
_E = np.array([0.0, 1.0, 2.5]); _b = 0.7; _k = 1.0
_P, _Z = boltz(_E, _b)
_T = 1 / (_k * _b); _U = np.sum(_P * _E); _F = -_k * _T * np.log(_Z)
STEPS = [
    S(124, "valid", "S = -F/T + E/T (proposition)"),
    S(124, "valid", "iff F = E - TS"),
    S(128, "invalid", "the Gibbs entropy is -k sum P ln P; the row drops the minus sign: E = (0, 1, 2.5), beta = 0.7, k = 1: "
      "S = 0.9032, the row -0.9032",
      cx=lambda: (-_k * np.sum(_P * np.log(_P)), _k * np.sum(_P * np.log(_P)))),
    S(132, "valid", "P substituted into row 128"),
    S(133, "valid", "log of the Boltzmann factor"),
    S(134, "invalid", "k sum P(-beta E - ln Z) = -E/T + F/T (F = -kT ln Z): the row flips both signs (cancelling the slip of row 128): "
      "same instance: row 133 = -0.9032, the row E/T - F/T = 0.9032",
      cx=lambda: (_k * np.sum(_P * (-_b * _E - np.log(_Z))), _U / _T - _F / _T)),
    S(142, "valid", "dF (proposition, proved below)"),
    S(146, "not-an-identity", "thermodynamic identity (premise)"),
    S(148, "valid", "F = E - TS differentiated"),
    S(148, "valid", "d(TS) = T dS + S dT"),
    S(155, "valid", "S = -dF/dT from dF"),
    S(156, "valid", "p = -dF/dV"),
    S(157, "valid", "mu = dF/dN"),
]
CLAIMS = [(132, 134, "invalid", "S = E/T - F/T from S = k sum P ln P (two compensating sign slips)")]
