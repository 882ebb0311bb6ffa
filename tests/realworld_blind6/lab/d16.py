from canon import *
DOC = "16_hf_gibbs_entropy.md"; TIER = 1
TOPIC = "Spanish wiki: Gibbs entropy equals k_B ln Omega for equiprobable states, k_B beta <E> + k_B ln Z canonically, S = -dF/dT"
NOTES = "S_G = -k_B sum p_i ln p_i and S_B = k_B ln Omega (defined in the page); F = -k_B T ln Z"


def SG(E, b, k):
    p = np.exp(-b * E) / Q(E, b); return -k * (p * np.log(p)).sum()


STEPS = [
    S(3, "not-an-identity", "equiprobable states (condition)", outside_display=True),
    S(5, "valid", "substitute p_i = 1/Omega", ok=lambda r: (lambda n, k: (-k * (np.full(n, 1 / n) * np.log(np.full(n, 1 / n))).sum(),
      -k * sum(1 / n * np.log(1 / n) for _ in range(n))))(int(r.integers(2, 9)), r.uniform(0.5, 2))),
    S(5, "valid", "= k_B ln Omega", ok=lambda r: (lambda n, k: (-k * sum(1 / n * np.log(1 / n) for _ in range(n)), k * np.log(n)))(int(r.integers(2, 9)), r.uniform(0.5, 2))),
    S(5, "not-an-identity", "= S_B (naming: the Boltzmann entropy)"),
    S(9, "not-an-identity", "inequality", outside_display=True),
    S(13, "not-an-identity", "canonical p_i (definition)", outside_display=True),
    S(15, "valid", "ln p_i = -beta E_i - ln Z", ok=lambda r: (lambda E, b, k: (SG(E, b, k), -k * (np.exp(-b * E) / Q(E, b) * (-b * E - lnQ(E, b))).sum()))(*inst(r))),
    S(15, "valid", "split the sum", ok=lambda r: (lambda E, b, k: (-k * (np.exp(-b * E) / Q(E, b) * (-b * E - lnQ(E, b))).sum(), k * b * U(E, b) + k * lnQ(E, b)))(*inst(r))),
    S(17, "not-an-identity", "F = -k_B T ln Z (definition)", outside_display=True),
    S(17, "valid", "-k_B T ln Z = <E> - T S_G", ok=lambda r: (lambda E, b, k: (-(1 / (k * b)) * k * lnQ(E, b), U(E, b) - (1 / (k * b)) * SG(E, b, k)))(*inst(r)),
      outside_display=True),
    S(17, "not-an-identity", "F = E - TS (the thermodynamic relation quoted)", outside_display=True),
    S(21, "valid", "S = -dF/dT", ok=lambda r: (lambda E, b, k: (SG(E, b, k), -d(lambda T: -k * T * lnQ(E, 1 / (k * T)), 1 / (k * b))))(*inst(r))),
]
CLAIMS = [(15, 15, "valid", "S_G = k_B beta <E> + k_B ln Z")]
