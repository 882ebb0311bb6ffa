from canon import *
DOC = "14_hf_mean_energy_fluctuations.md"; TIER = 1
TOPIC = "Spanish wiki: <E> = -d ln Z/d beta = d(beta F)/d beta; var E = d^2 ln Z/d beta^2 = k_B T^2 C_V (one-row displays over many lines)"
NOTES = "p_i = e^{-beta E_i}/Z, beta = 1/(k_B T), F = -k_B T ln Z (defined above the cut); each display is one row"


def F_(E, b):
    return -lnQ(E, b) / b


STEPS = [
    S(6, "not-an-identity", "<E> = sum p_i E_i (definition)"),
    S(6, "valid", "= -d ln Z/d beta", ok=lambda r: (lambda E, b, k: (U(E, b), -d(lambda t: lnQ(E, t), b)))(*inst(r))),
    S(16, "valid", "beta F = -ln Z", ok=lambda r: (lambda E, b, k: (U(E, b), d(lambda t: t * F_(E, t), b)))(*inst(r))),
    S(26, "valid", "variance", ok=lambda r: (lambda E, b, k: ((np.exp(-b * E) / Q(E, b) * (E - U(E, b)) ** 2).sum(), var(E, b)))(*inst(r))),
    S(26, "valid", "= d^2 ln Z/d beta^2", ok=lambda r: (lambda E, b, k: (var(E, b), d2(lambda t: lnQ(E, t), b)))(*inst(r))),
    S(36, "valid", "k_B T^2 dU/dT", ok=lambda r: (lambda E, b, k: (var(E, b), k * (1 / (k * b)) ** 2 * d(lambda T: U(E, 1 / (k * T)), 1 / (k * b))))(*inst(r))),
    S(36, "not-an-identity", "C_V (definition)"),
]
CLAIMS = [(6, 6, "valid", "<E> = -d ln Z/d beta"), (26, 36, "valid", "var E = k_B T^2 C_V")]
