from common import *
DOC = "55_wujlin_logit_boltzmann_lse.md"; TIER = 2
TOPIC = "Chinese knowledge-base note mapping discrete choice to statistical physics: logit p(x) = softmax(u/lambda), the same as Boltzmann with E = -u and beta = 1/lambda; Z grouped by cost levels; a three-line heat-bath argument in inline math with \\propto and \\approx; log-sum-exp as a free energy and its derivative giving p(x)"
NOTES = "E = -u, beta = 1/lambda (row 23); LSE(u) = lambda ln sum exp(u/lambda); the Boltzmann row 25 restates the logit of row 21"
def _u(r):
    return r.normal(size=5), r.uniform(0.3, 2)
def _r25(r):
    u, lam = _u(r); b = 1 / lam; E = -u
    return softmax(u / lam)[0], np.exp(-b * E[0]) / np.exp(-b * E).sum()
def _r36(r):
    c = np.array([0.5, 0.5, 1.0, 2.0, 2.0]); b = r.uniform(0.3, 2)
    lv, g = np.unique(c, return_counts=True)
    return np.exp(-b * c).sum(), np.sum(g * np.exp(-b * lv))
def _r61(r):
    u, lam = _u(r); i = int(r.integers(0, 5))
    lse = lambda ui: lam * np.log(np.exp(np.r_[u[:i], ui, u[i + 1:]] / lam).sum())
    return d(lse, u[i]), softmax(u / lam)[i]
STEPS = [
    S(16, "not-an-identity", "beta = 1/kT (inline)", outside_display=True),
    S(21, "not-an-identity", "logit choice probability defined"),
    S(23, "not-an-identity", "E = -u, beta = 1/lambda (inline)", outside_display=True),
    S(25, "valid", "Boltzmann form equals the logit under E = -u, beta = 1/lambda", ok=_r25),
    S(25, "not-an-identity", "Z defined (same row)"),
    S(31, "valid", "Z over the choice set restated", ok=lambda r: (lambda u, lam: (np.exp(u / lam).sum(), np.exp(-(1 / lam) * (-u)).sum()))(*_u(r))),
    S(36, "valid", "Z grouped by cost level C with g(C) options", ok=_r36),
    S(43, "not-an-identity", "P(x) proportional to Omega_bath(E_tot - c(x)) (inline, the equal-probability premise)", outside_display=True),
    S(44, "approx", "ln Omega_bath(E_tot - c) ~ const - beta c (inline, first-order expansion)", outside_display=True),
    S(44, "approx", "=> P(x) proportional to e^{-beta c(x)} (inline)", outside_display=True),
    S(51, "not-an-identity", "LSE defined"),
    S(55, "not-an-identity", "F = -kT ln Z quoted ('up to a sign / change of variables')"),
    S(61, "valid", "d LSE / d u(x) = p(x)", ok=_r61),
]
CLAIMS = [(25, 25, "valid", "logit = Boltzmann"), (61, 61, "valid", "LSE derivative")]
