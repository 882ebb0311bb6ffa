from common import *
DOC = "28_marc_energy_boltzmann_tex.md"; TIER = 1
TOPIC = "LaTeX lecture note with macros (\\Frac, \\b, \\To, \\comma, \\RRR): energy = -log p + c, Boltzmann form from additivity"
NOTES = ("\\Frac{a}{b} = a/b, \\b = beta, \\comma = a comma separator, \\To = implies; the proof's rows use hypotheses "
         "(1)-(3): P multiplicative, E additive, P = f(E)/Z; checked on f(E) = exp(-b E) with Z_0 = Z_1 Z_2")


def hyp(r):
    b = r.uniform(0.3, 2); E1, E2 = r.uniform(-1, 2, 2); Z1, Z2 = r.uniform(0.5, 3, 2)
    f = lambda E: np.exp(-b * E)
    P1, P2 = f(E1) / Z1, f(E2) / Z2
    return b, E1, E2, Z1, Z2, f, P1, P2


def pd(r, K=5):
    E = r.uniform(-1, 2, K); Z = np.exp(-E).sum(); return E, Z, np.exp(-E) / Z


STEPS = [
    S(5, "not-an-identity", "energy (definition)"),
    S(9, "not-an-identity", "Boltzmann density (definition)"),
    S(11, "not-an-identity", "normalisation (condition)", outside_display=True),
    S(12, "valid", "c = -log Z: -log p = E + log Z", ok=lambda r: (lambda E, Z, p: (E[0], -np.log(p[0]) + (-np.log(Z))))(*pd(r)), outside_display=True),
    S(19, "not-an-identity", "i.i.d. likelihood (definition)"),
    S(23, "not-an-identity", "E(D) := -log P(D)"),
    S(23, "valid", "log of a product (c = 0)", ok=lambda r: (lambda p: (-np.log(np.prod(p)), (-np.log(p)).sum()))(r.uniform(0.05, 1, 4))),
    S(23, "not-an-identity", "E(x_i) := -log p(x_i)"),
    S(28, "not-an-identity", "E as a function of p (assumption)", outside_display=True),
    S(30, "not-an-identity", "E = -log p (the claim being motivated)", outside_display=True),
    S(37, "not-an-identity", "hypothesis (1)", outside_display=True),
    S(38, "not-an-identity", "hypothesis (2)", outside_display=True),
    S(39, "not-an-identity", "hypothesis (3)", outside_display=True),
    S(41, "valid", "by (1)", ok=lambda r: (lambda b, E1, E2, Z1, Z2, f, P1, P2: (f(E1 + E2) / (Z1 * Z2), P1 * P2))(*hyp(r))),
    S(41, "valid", "by (3)", ok=lambda r: (lambda b, E1, E2, Z1, Z2, f, P1, P2: (P1 * P2, f(E1) / Z1 * f(E2) / Z2))(*hyp(r))),
    S(43, "valid", "by (3) for the union", ok=lambda r: (lambda b, E1, E2, Z1, Z2, f, P1, P2: (P1 * P2, f(E1 + E2) / (Z1 * Z2)))(*hyp(r))),
    S(43, "valid", "by (2)", ok=lambda r: (lambda b, E1, E2, Z1, Z2, f, P1, P2: (f(E1 + E2) / (Z1 * Z2), f(E1 + E2) / (Z1 * Z2)))(*hyp(r))),
    S(45, "not-an-identity", "the functional equation to be solved for f"),
    S(49, "not-an-identity", "its solution f(E) = exp(-beta E)", outside_display=True),
    S(50, "not-an-identity", "Z_0 = Z_1 Z_2 (part of the solution)", outside_display=True),
    S(53, "not-an-identity", "Boltzmann form (conclusion restated as the definition)"),
    S(53, "valid", "beta E = -log p - log Z", ok=lambda r: (lambda b, E, Z: (b * E[0], -np.log(np.exp(-b * E[0]) / Z) - np.log(Z)))(
      r.uniform(0.3, 2), r.uniform(-1, 2, 4), r.uniform(0.5, 3))),
]
CLAIMS = [(41, 43, "valid", "both expressions of P(D_1 u D_2)")]
