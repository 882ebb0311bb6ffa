from common import *
DOC = "01_statphys_gibbs_entropy.md"; TIER = 1
TOPIC = "canonical ensemble: P = e^{-bH}/Z, Z as a sum over levels, Gibbs entropy S = <H>/T + k ln Z, F = -kT ln Z, P = e^{-b(H-F)}"
NOTES = "beta_R = 1/(k_B T_R) (the reservoir's inverse temperature); Omega_S(E_S) = number of microstates of energy E_S; F = E - T S (defined earlier in the source)"


def inst(r):
    H = r.integers(0, 3, 5).astype(float)          # 5 microstates, degenerate levels
    k = r.uniform(0.5, 2); T = r.uniform(0.5, 3); b = 1 / (k * T)
    P, Z = boltz(H, b)
    return H, k, T, b, P, Z


def l10(r):
    H, k, T, b, P, Z = inst(r)
    lev = np.unique(H)
    return Z, sum((H == e).sum() * np.exp(-b * e) for e in lev)


def l19b(r):
    H, k, T, b, P, Z = inst(r)
    return -k * (P * np.log(P)).sum(), -k * sum(p * np.log(p) for p in P)


def l20(r):
    H, k, T, b, P, Z = inst(r)
    return -k * (P * np.log(np.exp(-b * H) / Z)).sum(), (P * H).sum() / T + k * np.log(Z)


def l26(r):
    H, k, T, b, P, Z = inst(r)
    S_ = -k * (P * np.log(P)).sum()
    return -k * T * np.log(Z), (P * H).sum() - T * S_


def l31(r):
    H, k, T, b, P, Z = inst(r)
    F = -k * T * np.log(Z)
    return np.exp(-b * H) / Z, np.exp(-b * (H - F))


STEPS = [
    S(4, "not-an-identity", "P(mu_S): the Boltzmann distribution (definition)"),
    S(10, "not-an-identity", "Z: the partition function (definition, sum over microstates)"),
    S(10, "valid", "microstates grouped by energy: sum_mu e^{-bH} = sum_E Omega(E) e^{-bE}", ok=l10),
    S(19, "not-an-identity", "S_S = -k<ln P>: the Gibbs entropy (the source's definition, restated)"),
    S(19, "valid", "<ln P> written as sum_mu P ln P", ok=l19b),
    S(20, "valid", "-k sum P ln(e^{-bH}/Z) = k b <H> + k ln Z = <H>/T_R + k ln Z (sum P = 1, k b = 1/T); the row's "
      "missing '=' before it is the source's typo, the relation on this line is the one labelled", ok=l20),
    S(26, "valid", "from S = <H>/T + k ln Z: <H> - T S = -kT ln Z", ok=l26),
    S(26, "not-an-identity", "= F(T_R, x): names the free energy F = E - TS"),
    S(31, "not-an-identity", "P(mu) = e^{-bH}/Z restated (definition at line 4)"),
    S(31, "valid", "Z = e^{-bF} since F = -kT ln Z, so e^{-bH}/Z = e^{-b(H-F)}", ok=l31),
]
CLAIMS = [(19, 20, "valid", "S = <H>/T + k ln Z"), (26, 26, "valid", "-kT ln Z = <H> - TS")]
