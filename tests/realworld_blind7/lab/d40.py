from h8 import *
DOC = "40_billy_energy_entropy_typ.md"; TIER = 1
TOPIC = "Typst: U = -d log Z/d beta, specific heat as a variance, S = U/T + k log Z, F = -log Z/beta = U - TS"
NOTES = "p_n = e^{-beta E_n}/Z, beta = 1/(kT); Typst dv/pdv derivative notation"


def _inst(r, K=5):
    return r.normal(size=K), r.uniform(.3, 2), r.uniform(.5, 2)


lZ = lambda E, b: np.log(np.exp(-b * E).sum())
P = lambda E, b: np.exp(-b * E) / np.exp(-b * E).sum()
U = lambda E, b: (P(E, b) * E).sum()
V = lambda fn: (lambda r: fn(*_inst(r)))
STEPS = [
    S(5, "not-an-identity", "U = <E> (definition)"),
    S(5, "valid", "<E> = sum p E", ok=V(lambda E, b, k: (U(E, b), (P(E, b) * E).sum()))),
    S(5, "valid", "p_n = e^{-beta E}/Z", ok=V(lambda E, b, k: ((P(E, b) * E).sum(), (E * np.exp(-b * E)).sum() / np.exp(-b * E).sum()))),
    S(5, "valid", "= -d log Z/d beta", ok=V(lambda E, b, k: ((E * np.exp(-b * E)).sum() / np.exp(-b * E).sum(), -d(lambda t: lZ(E, t), b)))),
    S(9, "not-an-identity", "specific heat (definition)"),
    S(9, "valid", "dT = -k T^2 d beta", ok=V(lambda E, b, k: (d(lambda T: U(E, 1 / (k * T)), 1 / (k * b)), -k * b ** 2 * d(lambda t: U(E, t), b)))),
    S(9, "valid", "dU/d beta = -d^2 log Z/d beta^2", ok=V(lambda E, b, k: (-k * b ** 2 * d(lambda t: U(E, t), b), k * b ** 2 * d2(lambda t: lZ(E, t), b)))),
    S(9, "valid", "second derivative of log Z is the variance", ok=V(lambda E, b, k: (k * b ** 2 * d2(lambda t: lZ(E, t), b), k * b ** 2 * ((P(E, b) * E * E).sum() - U(E, b) ** 2)))),
    S(17, "not-an-identity", "entropy (definition)"),
    S(18, "valid", "log p_n = -beta E_n - log Z", ok=V(lambda E, b, k: (Sgibbs(P(E, b), k), -k * (P(E, b) * (-b * E - lZ(E, b))).sum()))),
    S(19, "valid", "k beta = 1/T", ok=V(lambda E, b, k: (-k * (P(E, b) * (-b * E - lZ(E, b))).sum(), U(E, b) * (k * b) + k * lZ(E, b)))),
    S(23, "not-an-identity", "free energy (definition)"),
    S(27, "valid", "U - TS = -kT log Z", ok=V(lambda E, b, k: (-(1 / b) * lZ(E, b), U(E, b) - (1 / (k * b)) * (Sgibbs(P(E, b), k))))),
]
CLAIMS = [(5, 5, "valid", "U = -d log Z/d beta"), (9, 9, "valid", "c = k beta^2 Var E")]
