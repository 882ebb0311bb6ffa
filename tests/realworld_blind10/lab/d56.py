from common import *
from math import lgamma
DOC = "56_flowerca77_canonical_ensemble.md"; TIER = 1
TOPIC = "Hugo post in Chinese (advanced statistical mechanics): system in a heat bath, Taylor expansion of log Omega', most probable distribution by Lagrange multipliers with Stirling, U = -d log Q/d beta, dF and U = d(F beta)/d beta, then Q = -F beta (a slip for log Q = -beta F) and alpha from the normalisation; \\( \\) \\[ \\] with split, \\mathscr, \\braket, \\dfrac, \\bigg| evaluation bars, \\Longrightarrow inside a row"
NOTES = ("beta = 1/(k_B T); n_r systems in level E_r, sum n_r = N, sum n_r E_r = N U; C = e^{-(alpha+1)}; Q = sum_r e^{-beta E_r}; "
         "row 77 writes alpha delta(n_r) and beta delta(E_r n_r) for the varied constraints (sums over r understood)")
def _lev(r):
    return r.normal(size=4), r.uniform(0.3, 2)
def _r69(r):
    n = r.integers(1, 8, size=4).astype(float); N = n.sum()
    return lgamma(N + 1) - sum(lgamma(x + 1) for x in n), lgamma(N + 1) - sum(lgamma(x + 1) for x in n)
def _r73(r):
    n = r.uniform(1, 8, size=4); N = n.sum(); dn = r.normal(size=4) * 1e-6; dn -= dn.mean()  # N fixed
    f = lambda m: N * np.log(N) - np.sum(m * np.log(m))
    return (f(n + dn) - f(n - dn)) / 2, -np.sum((np.log(n) + 1) * dn)
def _r77(r):
    n = r.uniform(1, 8, size=4); N = n.sum(); E = r.normal(size=4); a, b = r.normal(), r.uniform(0.3, 2)
    dn = r.normal(size=4) * 1e-6
    L = lambda m: m.sum() * np.log(N) - np.sum(m * np.log(m)) - a * m.sum() - b * np.sum(E * m) + 0 * N
    # delta log W with N treated as fixed in N log N (as in row 73)
    lhs = -np.sum((np.log(n) + 1) * dn) - a * dn.sum() - b * np.sum(E * dn)
    return lhs, np.sum((-(np.log(n) + 1) - a - b * E) * dn)
def _r81(r):
    E = r.normal(size=4); a, b = r.normal(), r.uniform(0.3, 2)
    n = np.exp(-1 - a - b * E)   # the stationary point of row 77
    return n, np.exp(-(a + 1)) * np.exp(-b * E)
def _r85a(r):
    E, b = _lev(r); C = r.uniform(0.5, 3); n = C * np.exp(-b * E); N = n.sum()
    return n / N, np.exp(-b * E) / np.exp(-b * E).sum()
def _r85b(r):
    E, b = _lev(r); return np.exp(-b * E) / np.exp(-b * E).sum(), boltz(E, b)[0]
def _r89a(r):
    E, b = _lev(r); C = r.uniform(0.5, 3); n = C * np.exp(-b * E); N = n.sum()
    return np.sum(n * E) / N, np.sum(E * np.exp(-b * E)) / np.sum(np.exp(-b * E))
def _r89b(r):
    E, b = _lev(r); return np.sum(E * np.exp(-b * E)) / np.sum(np.exp(-b * E)), -d(lambda bb: np.log(np.exp(-bb * E).sum()), b)
def _F(E, b):
    return -np.log(np.exp(-b * E).sum()) / b
def _S(E, b):
    p = boltz(E, b)[0]; return -np.sum(p * np.log(p))
def _r96(r):
    # dF = dU - T dS - S dT along a path in T (k_B = 1, V, N fixed)
    E, b = _lev(r); T = 1 / b
    U = lambda t: boltz(E, 1 / t)[0] @ E; Sf = lambda t: _S(E, 1 / t); Ff = lambda t: _F(E, 1 / t)
    return d(Ff, T), d(U, T) - T * d(Sf, T) - Sf(T)
def _r97(r):
    E, b = _lev(r); T = 1 / b
    U = lambda t: boltz(E, 1 / t)[0] @ E; Sf = lambda t: _S(E, 1 / t)
    return d(U, T) - T * d(Sf, T) - Sf(T), (T * d(Sf, T)) - T * d(Sf, T) - Sf(T)
def _r98(r):
    E, b = _lev(r); T = 1 / b; Sf = lambda t: _S(E, 1 / t)
    return (T * d(Sf, T)) - T * d(Sf, T) - Sf(T), -Sf(T)
def _r104(k):
    def f(r):
        E, b = _lev(r); T = 1 / b; U = boltz(E, b)[0] @ E; F = _F(E, b)
        vals = [U, F + T * _S(E, b), F - T * d(lambda t: _F(E, 1 / t), T), F + b * d(lambda bb: _F(E, bb), b),
                F * 1.0 + d(lambda bb: _F(E, bb), b) * b, d(lambda bb: _F(E, bb) * bb, b)]
        return vals[k], vals[k + 1]
    return f
def _cx108():
    E = np.array([0.0, 1.0]); b = 1.0; Q = np.exp(-b * E).sum(); F = _F(E, b)
    return Q, -F * b
def _r110(k):
    def f(r):
        E, b = _lev(r); a = r.normal(); C = np.exp(-(a + 1)); n = C * np.exp(-b * E); N = n.sum(); Q = np.exp(-b * E).sum()
        vals = [N, n.sum(), np.sum(C * np.exp(-b * E)), C * Q, np.exp(-(a + 1)) * Q]
        return vals[k], vals[k + 1]
    return f
def _r110e(r):
    E, b = _lev(r); a = r.normal(); N = np.exp(-(a + 1)) * np.exp(-b * E).sum(); Q = np.exp(-b * E).sum()
    return a, -np.log(N / Q) - 1
STEPS = [
    S(28, "not-an-identity", "energy conservation E_r + E_r' = E^(0) = const, E_r << E^(0) (inline)", outside_display=True),
    S(28, "not-an-identity", "T = 1/(k_B beta) (inline)", outside_display=True),
    S(35, "valid", "E'_r = E^(0) - E_r substituted"),
    S(35, "approx", "first-order Taylor expansion written with + ..."),
    S(36, "approx", "~ const - beta' E_r"),
    S(36, "approx", "=> Omega'(E'_r) = const e^{-beta E_r} (beta' = beta, row 39)"),
    S(39, "not-an-identity", "beta = beta' at equilibrium (inline)", outside_display=True),
    S(41, "not-an-identity", "P_r proportional to Omega'(E'_r) (inline, equal a priori probabilities)", outside_display=True),
    S(41, "approx", "proportional to e^{-beta E_r} (inline, by the expansion)", outside_display=True),
    S(43, "not-an-identity", "P_r after normalisation"),
    S(51, "not-an-identity", "constraints sum n_r = N, sum n_r E_r = E = N U"),
    S(53, "not-an-identity", "U = E/N (inline)", outside_display=True),
    S(57, "not-an-identity", "W defined"),
    S(61, "not-an-identity", "<n_r> defined"),
    S(63, "not-an-identity", "n_r* = <n_r> announced (inline)", outside_display=True),
    S(69, "valid", "log W = log N! - sum log n_r!", ok=_r69),
    S(69, "approx", "Stirling (the -N and +sum n_r cancel)"),
    S(73, "valid", "variation of N log N - sum n log n with N fixed", ok=_r73),
    S(77, "valid", "variation with the multipliers (sums over r understood in alpha delta(n_r), beta delta(E_r n_r))", ok=_r77),
    S(77, "not-an-identity", "= 0 (stationarity imposed)"),
    S(81, "valid", "n_r* = C e^{-beta E_r} from the bracket = 0", ok=_r81),
    S(81, "not-an-identity", "C = e^{-(alpha+1)} named"),
    S(85, "valid", "n_r*/N normalised", ok=_r85a),
    S(85, "valid", "= P_r", ok=_r85b),
    S(89, "valid", "U = sum E_r e^{-beta E_r}/sum e^{-beta E_r}", ok=_r89a),
    S(89, "valid", "= -d/d beta log sum e^{-beta E_r}", ok=_r89b),
    S(91, "not-an-identity", "Q defined (inline)", outside_display=True),
    S(91, "valid", "U = -d log Q/d beta (inline)", ok=_r89b, outside_display=True),
    S(93, "not-an-identity", "F = U - TS (inline)", outside_display=True),
    S(96, "valid", "dF = dU - T dS - S dT", ok=_r96),
    S(97, "valid", "dU = T dS - P dV + mu dN substituted", ok=_r97),
    S(98, "valid", "= -S dT - P dV + mu dN", ok=_r98),
    S(104, "valid", "U = F + TS", ok=_r104(0)),
    S(104, "valid", "S = -(dF/dT)_{N,V}", ok=_r104(1)),
    S(104, "valid", "-T d/dT = beta d/d beta", ok=_r104(2)),
    S(105, "valid", "F (d beta/d beta) + (dF/d beta) beta", ok=_r104(3)),
    S(105, "valid", "= d(F beta)/d beta", ok=_r104(4)),
    S(108, "invalid", "Q = -F beta: with U = -d log Q/d beta (row 91) and U = d(F beta)/d beta (row 105) the relation is log Q = -beta F (up to a constant), not Q = -beta F: levels (0, 1), beta = 1: Q = 1.3679 but -F beta = log Q = 0.3133", cx=_cx108, outside_display=True),
    S(110, "valid", "N = sum n_r* (inline)", ok=_r110(0), outside_display=True),
    S(110, "valid", "= sum C e^{-beta E_r} (inline)", ok=_r110(1), outside_display=True),
    S(110, "valid", "= C Q (inline)", ok=_r110(2), outside_display=True),
    S(110, "valid", "= e^{-(alpha+1)} Q (inline)", ok=_r110(3), outside_display=True),
    S(110, "valid", "alpha = -log(N/Q) - 1 (inline)", ok=_r110e, outside_display=True),
    S(118, "not-an-identity", "goal <n_r>/N = Boltzmann (holds as N -> infinity; proof outside the cut)"),
]
CLAIMS = [(89, 89, "valid", "U = -d log Q/d beta"), (96, 98, "valid", "dF"), (104, 105, "valid", "U = d(F beta)/d beta"), (108, 108, "invalid", "Q = -F beta")]
