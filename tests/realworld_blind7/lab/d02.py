from h8 import *
DOC = "02_danny_maxent_lagrange.md"; TIER = 1
TOPIC = "Jekyll one-row displays: maximum-entropy Lagrangian and the Boltzmann distribution"
NOTES = "S(p) = -k_B sum p ln p (line 12); Phi = S - alpha(...) - beta(...); the solution is stated without the k_B of S"
STEPS = [
    S(4, "not-an-identity", "constraint"),
    S(8, "not-an-identity", "constraint"),
    S(12, "not-an-identity", "Gibbs entropy (definition)"),
    S(23, "not-an-identity", "Lagrangian (definition)"),
    S(29, "not-an-identity", "stationarity"),
    S(31, "not-an-identity", "proportionality"),
    S(33, "either", "reading A: beta here is the usual inverse temperature (beta = 1/(k_B T), line 37) and p_i = e^{-beta E_i}/Z with "
      "Z of line 35 is the normalised Boltzmann distribution (valid); reading B: beta is line 23's multiplier, whose stationary "
      "point is p_i proportional to e^{-beta E_i/k_B}: k_B = 2, beta = 1, E = (0, 1): e^{-beta E_2/k_B}/Z' = 0.3775 but "
      "e^{-beta E_2}/Z = 0.2689",
      ok=lambda r: (lambda E, b: (np.exp(-b * E[1]) / np.exp(-b * E).sum(), np.exp(-b * E[1]) / Zb(E, b)))(r.uniform(-1, 2, 4), r.uniform(.2, 2)),
      cx=lambda: (np.exp(-0.5) / (1 + np.exp(-0.5)), np.exp(-1) / (1 + np.exp(-1)))),
    S(35, "not-an-identity", "Z (definition)"),
    S(37, "not-an-identity", "beta = 1/(k_B T)"),
]
CLAIMS = []
