from common import *
DOC = "14_shuhong_maxent_boltzmann.md"; TIER = 1
TOPIC = "maximum entropy with normalisation and mean-energy constraints -> p_i = e^{-(beta/k_B) eps_i}/Z (Lagrange)"
NOTES = "the multipliers are alpha, beta (beta/k_B plays the inverse temperature); rows after line 38 solve the stationarity equation"


def l38(r):
    p = r.dirichlet(np.ones(4)); eps = r.normal(size=4); k, a, b, U = r.uniform(.5, 2), r.normal(), r.normal(), r.normal()
    L = lambda q: -k * (q * np.log(q)).sum() - a * (q.sum() - 1) - b * ((q * eps).sum() - U)
    i = int(r.integers(0, 4)); e = np.zeros(4); e[i] = 1
    return d(lambda t: L(p + t * e), 0.0, 1e-6), -k * (1 + np.log(p[i])) - a - b * eps[i]


STEPS = [
    S(6, "not-an-identity", "entropy (definition)"),
    S(18, "not-an-identity", "normalisation constraint"),
    S(24, "valid", "<E> = sum p_i eps_i (mean energy)", ok=lambda r: (lambda p, e: ((p * e).sum(), sum(p * e)))(r.dirichlet(np.ones(3)), r.normal(size=3))),
    S(24, "not-an-identity", "energy constraint (= U)"),
    S(32, "not-an-identity", "the Lagrangian (definition)"),
    S(38, "valid", "dL/dp_i", ok=l38),
    S(38, "not-an-identity", "stationarity condition (= 0)"),
    S(44, "not-an-identity", "solves the stationarity equation for ln p_i"),
    S(50, "not-an-identity", "p_i = C e^{...} with C = e^{-1-alpha/k_B}: the solution restated"),
    S(65, "not-an-identity", "normalisation constraint"),
    S(71, "not-an-identity", "the constraint after substituting p_i (an equation for C)"),
    S(77, "not-an-identity", "C solved from the constraint"),
    S(83, "not-an-identity", "Z (definition)"),
    S(89, "not-an-identity", "the maximiser: p_i = C e^{...} with C = 1/Z (a consequence of the conditions)"),
]
CLAIMS = []
