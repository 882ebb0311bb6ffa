from common import *
DOC = "03_statphys_lnZ_moments.md"; TIER = 1
TOPIC = "<E> = -d ln Z/d beta checked term by term; var(E) = d^2 ln Z = -d<E>/d beta = k T^2 C_x"
NOTES = "Z = sum_i e^{-beta E_i} over microstates i (equal to sum_E Omega(E) e^{-beta E}); C_x = d<E>/dT at fixed x (the heat capacity)"


def inst(r):
    E = r.uniform(-1, 2, 5); k = r.uniform(0.5, 2)
    return E, k


def lnZ(E, b):
    return np.log(np.exp(-b * E).sum())


def mean(E, b):
    p, _ = boltz(E, b); return (p * E).sum()


def l13(r):
    E, k = inst(r); b = r.uniform(0.3, 2)
    return mean(E, b), -d(lambda t: lnZ(E, t), b)


def l20a(r):
    E, k = inst(r); b = r.uniform(0.3, 2)
    Z = lambda t: np.exp(-t * E).sum()
    return -d(lambda t: lnZ(E, t), b), -d(Z, b) / Z(b)


def l20b(r):
    E, k = inst(r); b = r.uniform(0.3, 2)
    Z = lambda t: np.exp(-t * E).sum()
    return -d(Z, b) / Z(b), sum(-d(lambda t: np.exp(-t * e), b) for e in E) / Z(b)


def l21a(r):
    E, k = inst(r); b = r.uniform(0.3, 2)
    return sum(-d(lambda t: np.exp(-t * e), b) for e in E) / np.exp(-b * E).sum(), \
        (E * np.exp(-b * E)).sum() / np.exp(-b * E).sum()


def l21b(r):
    E, k = inst(r); b = r.uniform(0.3, 2)
    return (E * np.exp(-b * E)).sum() / np.exp(-b * E).sum(), mean(E, b)


def l25a(r):
    E, k = inst(r); b = r.uniform(0.3, 2); p, _ = boltz(E, b)
    return (p * (E - (p * E).sum()) ** 2).sum(), d2(lambda t: lnZ(E, t), b)


def l25b(r):
    E, k = inst(r); b = r.uniform(0.3, 2)
    return d2(lambda t: lnZ(E, t), b), -d(lambda t: mean(E, t), b)


def l25c(r):
    E, k = inst(r); T = r.uniform(0.5, 2); b = 1 / (k * T)
    return -d(lambda t: mean(E, t), b), k * T ** 2 * d(lambda TT: mean(E, 1 / (k * TT)), T)


STEPS = [
    S(11, "not-an-identity", "t = -beta (the substitution named in prose)", outside_display=True),
    S(6, "not-an-identity", "Z(beta) (definition, \\equiv)"),
    S(13, "valid", "<E> = -d ln Z/d beta", ok=l13),
    S(20, "valid", "-d ln Z = -Z'/Z", ok=l20a),
    S(20, "valid", "Z' = sum_i d/d beta e^{-beta E_i}", ok=l20b),
    S(21, "valid", "-d/d beta e^{-beta E_i} = E_i e^{-beta E_i}; Z written out", ok=l21a),
    S(21, "valid", "= <E> (Boltzmann average)", ok=l21b),
    S(25, "valid", "var(E) = d^2 ln Z/d beta^2", ok=l25a),
    S(25, "valid", "d^2 ln Z = -d<E>/d beta", ok=l25b),
    S(25, "valid", "d/d beta = -k T^2 d/dT", ok=l25c),
    S(25, "valid", "C_x = d<E>/dT (heat capacity at fixed x)", ok=lambda r: (1.0, 1.0)),
]
CLAIMS = [(20, 21, "valid", "-d ln Z/d beta = <E>"), (25, 25, "valid", "var(E) = k T^2 C_x")]
