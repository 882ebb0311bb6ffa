from common import *
DOC = "15_shuhong_quantum_canonical.md"; TIER = 1
TOPIC = "quantum canonical ensemble: rho = e^{-beta H}/Z, P_n = <n|rho|n>, U = <H>, S = k(ln Z + beta<E>)"
NOTES = "|n> are eigenstates of H with energies E_n; beta = 1/(k_B T)"


def inst(r):
    n = 4; A = r.normal(size=(n, n)); Hm = (A + A.T) / 2
    E, V = np.linalg.eigh(Hm); b = r.uniform(.3, 2)
    rho = V @ np.diag(np.exp(-b * E)) @ V.T / np.exp(-b * E).sum()
    return Hm, E, V, b, rho, np.exp(-b * E).sum()


def l20(r):
    Hm, E, V, b, rho, Z = inst(r); n = int(r.integers(0, 4))
    return V[:, n] @ rho @ V[:, n], np.exp(-b * E[n]) / Z


def l38(r):
    Hm, E, V, b, rho, Z = inst(r)
    return np.trace(rho @ Hm), (E * np.exp(-b * E)).sum() / Z


def l44(r):
    Hm, E, V, b, rho, Z = inst(r); k = r.uniform(.5, 2); P = np.exp(-b * E) / Z
    return -k * (P * np.log(P)).sum(), k * (np.log(Z) + b * (P * E).sum())


STEPS = [
    S(6, "not-an-identity", "Z (definition)"),
    S(9, "not-an-identity", "beta = 1/(k_B T) (definition)", outside_display=True),
    S(14, "not-an-identity", "the density operator (definition)"),
    S(20, "not-an-identity", "P_n := <n|rho|n> (how P_n is computed; definition)"),
    S(20, "valid", "<n| e^{-beta H} |n> = e^{-beta E_n} for an eigenstate", ok=l20),
    S(30, "valid", "P_n = e^{-beta E_n}/Z (restates line 20's result)", ok=l20),
    S(38, "not-an-identity", "U := <H> (internal energy)"),
    S(38, "valid", "Tr(rho H) = (1/Z) sum_n E_n e^{-beta E_n}", ok=l38),
    S(44, "not-an-identity", "S := -k_B sum P ln P (entropy)"),
    S(44, "valid", "ln P_n = -beta E_n - ln Z", ok=l44),
]
CLAIMS = []
