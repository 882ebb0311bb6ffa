from canon import *
DOC = "08_yolonomy_mean_energy_entropy.md"; TIER = 1
TOPIC = "<E> = -d ln Z / d beta and S = beta <E> + ln Z (k_B = 1) from p_i = e^{-beta E_i}/Z"
NOTES = "p_i = e^{-beta E_i}/Z and Z = sum_i e^{-beta E_i} are defined just before the cut; S = -sum p ln p with k_B = 1"


def pr(E, b):
    return np.exp(-b * E) / Q(E, b)


def dZ(E, b):
    return d(lambda t: Q(E, t), b)


STEPS = [
    S(6, "valid", "-Z'/Z = <E>", ok=lambda r: (lambda E, b, k: (U(E, b), -dZ(E, b) / Q(E, b)))(*inst(r))),
    S(6, "valid", "-Z'/Z = -(ln Z)'", ok=lambda r: (lambda E, b, k: (-dZ(E, b) / Q(E, b), -d(lambda t: lnQ(E, t), b)))(*inst(r))),
    S(16, "valid", "p_i = e^{-beta E_i}/Z", ok=lambda r: (lambda E, b, k: ((pr(E, b) * E).sum(), (np.exp(-b * E) * E).sum() / Q(E, b)))(*inst(r))),
    S(16, "valid", "the average energy", ok=lambda r: (lambda E, b, k: ((np.exp(-b * E) * E).sum() / Q(E, b), U(E, b)))(*inst(r))),
    S(22, "valid", "differentiate Z term by term", ok=lambda r: (lambda E, b, k: (-dZ(E, b) / Q(E, b), (E / Q(E, b) * np.exp(-b * E)).sum()))(*inst(r))),
    S(28, "valid", "as line 6", ok=lambda r: (lambda E, b, k: (U(E, b), -dZ(E, b) / Q(E, b)))(*inst(r))),
    S(28, "valid", "as line 6", ok=lambda r: (lambda E, b, k: (-dZ(E, b) / Q(E, b), -d(lambda t: lnQ(E, t), b)))(*inst(r))),
    S(35, "valid", "S = beta <E> + ln Z", ok=lambda r: (lambda E, b, k: (-(pr(E, b) * np.log(pr(E, b))).sum(), b * U(E, b) + lnQ(E, b)))(*inst(r))),
    S(43, "not-an-identity", "entropy (definition)"),
    S(44, "valid", "-ln p_i = beta E_i + ln Z", ok=lambda r: (lambda E, b, k: (-(pr(E, b) * np.log(pr(E, b))).sum(),
      (np.exp(-b * E) / Q(E, b) * (b * E + lnQ(E, b))).sum()))(*inst(r))),
    S(45, "valid", "split the sum", ok=lambda r: (lambda E, b, k: ((np.exp(-b * E) / Q(E, b) * (b * E + lnQ(E, b))).sum(),
      b * U(E, b) + lnQ(E, b) / Q(E, b) * np.exp(-b * E).sum()))(*inst(r))),
    S(52, "valid", "sum_i e^{-beta E_i} = Z", ok=lambda r: (lambda E, b, k: (b * U(E, b) + lnQ(E, b) / Q(E, b) * np.exp(-b * E).sum(),
      b * U(E, b) + lnQ(E, b)))(*inst(r))),
]
CLAIMS = [(6, 6, "valid", "<E> = -d ln Z/d beta"), (43, 45, "valid", "S = beta<E> + ln Z")]
