from common import *
DOC = "51_riddhiman_ensembles_tex.md"; TIER = 1
TOPIC = "LaTeX notes (.tex cut, after Kardar): microcanonical S = k log Omega, canonical F = -kT ln Z, Z as a sum over energies of e^{-beta F(E)} with a saddle point, p(E), <H> = -d ln Z/d beta; grand canonical and Gibbs canonical ensembles; $$...$$ displays inside itemize, \\left( \\frac{\\partial}{\\partial\\beta} \\right), a garbled \\sum_{\\mu}S, the letter mu used for both microstates and the chemical potential"
NOTES = ("beta = 1/(k_B T); microstates mu with energy H(mu); F(E) in rows 262-263 is Kardar's E - T S(E) = E - k_B T ln Omega(E) (not defined in the cut; "
         "the same letter F is the Helmholtz free energy at row 260); rows 262-263 mix the summation letter epsilon and E")
def _levels(r):
    E = np.array([0.0, 0.0, 1.0, 1.0, 1.0, 2.5]) + 0.0; b = r.uniform(0.3, 2); return E, b
def _r262a_ok(r):
    E, b = _levels(r); lv, Om = np.unique(E, return_counts=True)
    F = lv - np.log(Om) / b
    return np.exp(-b * E).sum(), np.exp(-b * F).sum()
def _r262a_cx():
    E = np.array([0.0, 0.0, 1.0]); b = 1.0; Z = np.exp(-b * E).sum(); Fh = -np.log(Z) / b
    return Z, 2 * np.exp(-b * Fh)
def _r263b(r):
    E, b = _levels(r); lv, Om = np.unique(E, return_counts=True); Z = np.exp(-b * E).sum()
    i = int(r.integers(0, len(lv)))
    return np.sum(np.exp(-b * E[E == lv[i]])) / Z, Om[i] * np.exp(-b * lv[i]) / Z
def _r263c_ok(r):
    E, b = _levels(r); lv, Om = np.unique(E, return_counts=True); Z = np.exp(-b * E).sum(); i = int(r.integers(0, len(lv)))
    return Om[i] * np.exp(-b * lv[i]) / Z, np.exp(-b * (lv[i] - np.log(Om[i]) / b)) / Z
def _r263c_cx():
    E = np.array([0.0, 0.0, 1.0]); b = 1.0; Z = np.exp(-b * E).sum(); Fh = -np.log(Z) / b
    return 2 * np.exp(0.0) / Z, np.exp(-b * Fh) / Z
def _r265(k):
    def f(r):
        E = r.normal(size=5); b = r.uniform(0.3, 2); Z = np.exp(-b * E).sum()
        vals = [boltz(E, b)[0] @ E, np.sum(E * np.exp(-b * E)) / Z,
                -d(lambda bb: np.exp(-bb * E).sum(), b) / Z, -d(lambda bb: np.log(np.exp(-bb * E).sum()), b)]
        return vals[k], vals[k + 1]
    return f
def _grand(r):
    E = r.normal(size=6); N = np.array([0, 1, 1, 2, 2, 3.0]); b, mu = r.uniform(0.3, 2), r.normal()
    return E, N, b, mu
def _r292(r):
    E, N, b, mu = _grand(r); w = np.exp(b * mu * N - b * E); Q = w.sum(); p = w / Q
    S = -np.sum(p * np.log(p)) / b   # T S with k_B = 1, T = 1/b  -> S = -sum p ln p, so T S = S_/b
    Tm = 1 / b; Sg = -np.sum(p * np.log(p))
    return p @ E - Tm * Sg - mu * (p @ N), -Tm * np.log(Q)
def _r294(r):
    E, N, b, mu = _grand(r); p = np.exp(b * mu * N - b * E); p /= p.sum()
    lnQ = lambda a: np.log(np.exp(a * N - b * E).sum())
    return p @ N, d(lnQ, b * mu)
def _r310(r):
    E = r.normal(size=6); x = r.normal(size=6); J, b = r.normal(), r.uniform(0.3, 2)
    p = np.exp(b * J * x - b * E); p /= p.sum()
    return p @ (E - x * J), -d(lambda bb: np.log(np.exp(bb * J * x - bb * E).sum()), b)
def _r377(r):
    E = r.normal(size=4); b = r.uniform(0.3, 2); return np.trace(np.diag(np.exp(-b * E))), np.exp(-b * E).sum()
def _r387(r):
    b, mu = r.uniform(0.3, 2), r.normal() * 0.3; eps = r.normal(size=3)
    # N independent fermion-free toy: states = (N, config) with Z_N = sum over N-particle configs of 3 distinguishable levels, N <= 2
    import itertools
    lhs = 0.0; ZN = {}
    for n in range(3):
        for c in itertools.product(range(3), repeat=n):
            e = sum(eps[list(c)]) if n else 0.0
            lhs += np.exp(-b * e + b * mu * n); ZN[n] = ZN.get(n, 0) + np.exp(-b * e)
    return lhs, sum(np.exp(b * mu * n) * ZN[n] for n in ZN)
STEPS = [
    S(241, "not-an-identity", "macrostate M = (E, x) (inline)", outside_display=True),
    S(244, "not-an-identity", "S(E, x) = k_B log Omega(E, x) (inline)", outside_display=True),
    S(250, "not-an-identity", "ideal-gas Omega quoted (rows 250-251)"),
    S(260, "not-an-identity", "F = -k_B T ln Z"),
    S(261, "not-an-identity", "canonical probability"),
    S(262, "not-an-identity", "Z as the sum over microstates"),
    S(262, "either", "sum over energies of e^{-beta F(E)}: F(E) = E - T S(E) = E - kT ln Omega(E) (the notes' meaning): equal; F the Helmholtz free energy of row 260: levels (0, 0, 1), beta = 1: Z = 2.368 but a sum of e^{-beta F} over the two energies is 2 Z = 4.736",
      ok=_r262a_ok, cx=_r262a_cx),
    S(262, "approx", "saddle point: the sum dominated by E*"),
    S(263, "not-an-identity", "p(E) defined as sum_mu p(mu) delta(H(mu) - epsilon)"),
    S(263, "valid", "= Omega(E) e^{-beta E}/Z (Omega = number of microstates at E)", ok=_r263b),
    S(263, "either", "= exp(-F(epsilon)/kT)/Z: with F(E) = E - kT ln Omega(E) equal; with the Helmholtz F of row 260: levels (0, 0, 1), beta = 1, E = 0: 0.845 vs e^{-beta F}/Z = 1",
      ok=_r263c_ok, cx=_r263c_cx),
    S(265, "not-an-identity", "E = <H> defined"),
    S(265, "valid", "<H> as a Boltzmann-weighted sum", ok=_r265(0)),
    S(265, "valid", "= -(1/Z) d/dbeta sum e^{-beta H}", ok=_r265(1)),
    S(265, "valid", "= -d ln Z/d beta", ok=_r265(2)),
    S(267, "not-an-identity", "macrostate M = (T, x) (inline)", outside_display=True),
    S(284, "not-an-identity", "macrostate M = (T, mu, x) (inline)", outside_display=True),
    S(290, "not-an-identity", "grand partition function Q defined (typed \\sum_{\\mu}S)"),
    S(292, "not-an-identity", "grand potential G = E - TS - mu N defined"),
    S(292, "valid", "E - TS - mu N = -k_B T ln Q (Gibbs entropy)", ok=_r292),
    S(294, "valid", "<N> = d ln Q / d(beta mu) at fixed beta", ok=_r294),
    S(302, "not-an-identity", "macrostate M = (T, J) (inline)", outside_display=True),
    S(307, "not-an-identity", "Gibbs partition function defined"),
    S(309, "not-an-identity", "Gibbs free energy G = -kT ln Z"),
    S(310, "not-an-identity", "enthalpy H defined as <H - x.J> (the letter H reused)"),
    S(310, "valid", "<H - x.J> = -d ln Z/d beta at fixed J", ok=_r310),
    S(376, "not-an-identity", "canonical density matrix"),
    S(377, "not-an-identity", "Z = tr e^{-beta H}"),
    S(377, "valid", "trace in the energy eigenbasis", ok=_r377),
    S(385, "not-an-identity", "grand canonical density matrix"),
    S(387, "not-an-identity", "Q = tr e^{-beta H + beta mu N}"),
    S(387, "valid", "trace split by particle number: sum_N e^{beta mu N} Z_N", ok=_r387),
]
CLAIMS = [(265, 265, "valid", "<H> = -d ln Z/d beta"), (294, 294, "valid", "<N>"), (310, 310, "valid", "enthalpy"), (387, 387, "valid", "Q from Z_N")]
