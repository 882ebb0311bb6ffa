from b9 import *
DOC = "02_cbe_mean_energy.md"; TIER = 1
TOPIC = "Jupyter Book course notes: <E> = sum p_j E_j = -d ln Z / d beta"
NOTES = "p_j = e^{-beta E_j}/Z (prose, line 13); Z = sum_j e^{-beta E_j}; the sum on line 7 has no written index"


def _U(E, b):
    return (E * np.exp(-b * E)).sum() / Z(E, b)


STEPS = [
    S(6, "not-an-identity", "ensemble average (definition)"),
    S(7, "valid", "p_j = e^{-beta E_j}/Z", ok=lambda r: (lambda E, b: (np.sum(np.exp(-b * E) / Z(E, b) * E), np.sum(np.exp(-b * E) / Z(E, b) * E)))(*lv(r))),
    S(8, "valid", "1/Z out of the sum", ok=lambda r: (lambda E, b: (np.sum(np.exp(-b * E) / Z(E, b) * E), np.sum(E * np.exp(-b * E)) / Z(E, b)))(*lv(r))),
    S(17, "valid", "E e^{-beta E} = -d/dbeta e^{-beta E} (continues line 8 across the prose)",
      ok=lambda r: (lambda E, b: (_U(E, b), sum(-dbeta(lambda t: np.exp(-t * e), b) for e in E) / Z(E, b)))(*lv(r)), prev_line=8, cross_display=True),
    S(18, "valid", "derivative out of the sum", ok=lambda r: (lambda E, b: (sum(-dbeta(lambda t: np.exp(-t * e), b) for e in E) / Z(E, b), -dbeta(lambda t: Z(E, t), b) / Z(E, b)))(*lv(r))),
    S(19, "valid", "the sum is Z", ok=lambda r: (lambda E, b: (-dbeta(lambda t: Z(E, t), b) / Z(E, b), -dbeta(lambda t: Z(E, t), b) / Z(E, b)))(*lv(r))),
    S(20, "valid", "Z'/Z = (ln Z)'", ok=lambda r: (lambda E, b: (-dbeta(lambda t: Z(E, t), b) / Z(E, b), -dbeta(lambda t: np.log(Z(E, t)), b)))(*lv(r))),
]
CLAIMS = [(17, 20, "valid", "<E> = -d ln Z/d beta")]
