from common import *
DOC = "37_lcbc_density_matrix_cell.md"; TIER = 1
TOPIC = "Jupyter (MyST) markdown cell: canonical density operator in bra-ket notation, Z = Tr e^{-beta H} = sum e^{-beta E}"
NOTES = "one markdown cell (cell 2); H Hermitian with eigenpairs (E_s, |Psi_s>); e^{-beta H} computed by its Taylor series in the checks"


def inst(r, n=3):
    M = r.normal(0, 1, (n, n)); H = (M + M.T) / 2; b = r.uniform(0.2, 1.2)
    return H, b


def expm(X, n=80):
    out = np.eye(len(X)); term = np.eye(len(X))
    for k in range(1, n):
        term = term @ X / k; out = out + term
    return out


STEPS = [
    S(5, "not-an-identity", "canonical density operator (definition)"),
    S(13, "not-an-identity", "Z = Tr e^{-beta H} (definition)"),
    S(22, "valid", "insert sum_s |Psi_s><Psi_s| = 1", ok=lambda r: (lambda H, b: (lambda E, V: (expm(-b * H) / np.trace(expm(-b * H)),
      sum(expm(-b * H) @ np.outer(V[:, s], V[:, s]) for s in range(3)) / np.trace(expm(-b * H))))(*np.linalg.eigh(H)))(*inst(r))),
    S(23, "valid", "H |Psi_s> = E_s |Psi_s>", ok=lambda r: (lambda H, b: (lambda E, V: (sum(expm(-b * H) @ np.outer(V[:, s], V[:, s]) for s in range(3)) / np.trace(expm(-b * H)),
      sum(np.exp(-b * E[s]) * np.outer(V[:, s], V[:, s]) for s in range(3)) / np.trace(expm(-b * H))))(*np.linalg.eigh(H)))(*inst(r))),
    S(33, "valid", "trace in the eigenbasis", ok=lambda r: (lambda H, b: (np.trace(expm(-b * H)), np.exp(-b * np.linalg.eigvalsh(H)).sum()))(*inst(r))),
    S(37, "not-an-identity", "p_s (definition)", outside_display=True),
]
CLAIMS = [(22, 23, "valid", "rho = (1/Z) sum_s e^{-beta E_s} |Psi_s><Psi_s|")]
