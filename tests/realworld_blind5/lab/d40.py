from common import *
DOC = "40_watcher_canonical_jp.md"; TIER = 1
TOPIC = "classical canonical ensemble (Japanese lecture note): <H> from <ln rho>, S and F as averages, the one-level check"
NOTES = "rho = e^{-beta H}/Z; the '<->' row and the next display state expected correspondences (not identities); lines 31-42 " \
        "treat one energy U with W(U) states; F(U) = U - T S(U), S = k_B ln W (the note's earlier definitions); " \
        "each display is one row spanning several lines; Japanese comma separates equations"


def inst(r):
    H = r.uniform(-1, 2, 5); b = r.uniform(.3, 2); k = r.uniform(.5, 2)
    w = np.exp(-b * H); Z = w.sum(); rho = w / Z
    return H, b, k, Z, rho


def one(r):
    W = int(r.integers(1, 9)); U = r.normal(); b = r.uniform(.3, 2); k = r.uniform(.5, 2); T = 1 / (k * b)
    Z = W * np.exp(-b * U); F = U - T * k * np.log(W)
    return W, U, b, k, T, Z, F


STEPS = [
    S(2, "not-an-identity", "Z (definition)"),
    S(11, "not-an-identity", "rho (definition)"),
    S(15, "valid", "ln rho = -beta H - ln Z averaged", ok=lambda r: (lambda H, b, k, Z, rho: ((rho * H).sum(),
      -(1 / b) * (rho * np.log(rho)).sum() - (1 / b) * np.log(Z)))(*inst(r))),
    S(15, "not-an-identity", "\\leftrightarrow: a correspondence, not an identity"),
    S(15, "not-an-identity", "<U> = T<S> + <F>: the thermodynamic relation put in correspondence (<->)"),
    S(24, "not-an-identity", "<S> := -k_B <ln rho> (expected relation)"),
    S(24, "not-an-identity", "<F> := -(1/beta) ln Z (expected relation)"),
    S(31, "valid", "one level U with W(U) states: Z = W e^{-beta U}", ok=lambda r: (lambda W, U, b, k, T, Z, F: (
      sum(np.exp(-b * U) for _ in range(W)), W * np.exp(-b * U)))(*one(r))),
    S(31, "valid", "W e^{-beta U} = e^{-beta (U - T k ln W)} = e^{-beta F(U)}", ok=lambda r: (lambda W, U, b, k, T, Z, F: (Z, np.exp(-b * F)))(*one(r))),
    S(31, "valid", "rho of a state of energy U", ok=lambda r: (lambda W, U, b, k, T, Z, F: (np.exp(-b * U) / Z, np.exp(-b * U) / Z))(*one(r))),
    S(31, "valid", "= 1/W", ok=lambda r: (lambda W, U, b, k, T, Z, F: (np.exp(-b * U) / Z, 1 / W))(*one(r))),
    S(38, "not-an-identity", "<S> := -k_B <ln rho>"),
    S(38, "valid", "rho = 1/W", ok=lambda r: (lambda W, U, b, k, T, Z, F: (-k * np.log(1 / W), k * np.log(W)))(*one(r))),
    S(38, "not-an-identity", "<F> := -(1/beta) ln Z"),
    S(38, "valid", "= F(U)", ok=lambda r: (lambda W, U, b, k, T, Z, F: (-(1 / b) * np.log(Z), F))(*one(r))),
]
CLAIMS = []
