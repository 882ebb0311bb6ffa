from common import *
DOC = "53_wujlin_free_energy_from_gibbs.md"; TIER = 1
TOPIC = "Chinese knowledge-base note: F = -k_B T ln Z from the Gibbs entropy and F = U - TS; \\[ \\] with aligned, \\equiv definitions, three definitions in one display row separated by \\qquad, inline normalisation facts"
NOTES = "p_i = e^{-beta E_i}/Z, beta = 1/(k_B T), S = -k_B sum p ln p, U = <E>; k_B kept symbolic (taken 1 in the checks, T = 1/beta)"
def _sys(r):
    E = r.normal(size=5); b = r.uniform(0.3, 2); p, Z = boltz(E, b); return E, b, p, Z
def _S(p):
    return -np.sum(p * np.log(p))
def _r25(r):
    E, b, p, Z = _sys(r); return p @ E, np.sum(p * E)
def _r31a(r):
    E, b, p, Z = _sys(r); i = int(r.integers(0, 5)); return np.log(p[i]), np.log(np.exp(-b * E[i]) / Z)
def _r31b(r):
    E, b, p, Z = _sys(r); i = int(r.integers(0, 5)); return np.log(np.exp(-b * E[i]) / Z), -b * E[i] - np.log(Z)
def _r37(k):
    def f(r):
        E, b, p, Z = _sys(r)
        vals = [_S(p), -np.sum(p * np.log(p)), -np.sum(p * (-b * E - np.log(Z))), b * np.sum(p * E) + np.log(Z) * np.sum(p)]
        return vals[k], vals[k + 1]
    return f
def _r42(r):
    E, b, p, Z = _sys(r); return np.sum(p), 1.0
def _r44(r):
    E, b, p, Z = _sys(r); return _S(p), b * (p @ E) + np.log(Z)
def _r50(k):
    def f(r):
        E, b, p, Z = _sys(r); T = 1 / b; U = p @ E
        vals = [U - T * _S(p), U - T * (b * U + np.log(Z)), U - (U + T * np.log(Z)), -T * np.log(Z)]
        return vals[k], vals[k + 1]
    return f
def _r58(r):
    E, b, p, Z = _sys(r); return (p @ E) - _S(p) / b, -np.log(Z) / b
STEPS = [
    S(11, "not-an-identity", "goal F = -k_B T ln Z (inline; F is defined only at row 25)", outside_display=True),
    S(17, "not-an-identity", "p_i defined"),
    S(17, "not-an-identity", "Z defined"),
    S(17, "not-an-identity", "beta defined"),
    S(21, "not-an-identity", "Gibbs entropy defined"),
    S(25, "not-an-identity", "F = U - TS defined"),
    S(25, "not-an-identity", "U = <E> defined"),
    S(25, "valid", "<E> = sum p_i E_i", ok=_r25),
    S(31, "valid", "ln p_i = ln(e^{-beta E_i}/Z)", ok=_r31a),
    S(31, "valid", "= -beta E_i - ln Z", ok=_r31b),
    S(36, "valid", "S = -k_B sum p ln p (first row of the aligned block, lines 36-37)", ok=_r37(0)),
    S(38, "valid", "substitute ln p_i", ok=_r37(1)),
    S(39, "valid", "split the sum", ok=_r37(2)),
    S(42, "valid", "sum p_i = 1 (inline)", ok=_r42, outside_display=True),
    S(42, "valid", "sum p_i E_i = U (inline)", ok=_r25, outside_display=True),
    S(44, "valid", "S = k_B beta U + k_B ln Z", ok=_r44),
    S(46, "not-an-identity", "F = U - TS restated (inline)", outside_display=True),
    S(46, "not-an-identity", "beta = 1/(k_B T) restated (inline)", outside_display=True),
    S(49, "valid", "F = U - T(k_B beta U + k_B ln Z) (rows 49-50)", ok=_r50(0)),
    S(51, "valid", "k_B T beta = 1", ok=_r50(1)),
    S(52, "valid", "= -k_B T ln Z", ok=_r50(2)),
    S(58, "valid", "boxed F = -k_B T ln Z", ok=_r58),
]
CLAIMS = [(31, 31, "valid", "ln p_i"), (36, 39, "valid", "S expanded"), (49, 52, "valid", "F = -kT ln Z")]
