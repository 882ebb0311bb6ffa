from h8 import *
DOC = "29_naito_partition_beta.md"; TIER = 1
TOPIC = "Japanese notes: Boltzmann factor from the reservoir's state count; product form for two systems in contact (exponent typos)"
NOTES = "P(E_r) proportional to eta(T_0 - E_r); T_ij = A_i + B_j; e^{beta_T}A_i reads as a typo for e^{-beta_T A_i}"
_A = np.array([0.0, 1.0]); _B = np.array([0.0, 1.0])


def _inst(r):
    return r.normal(size=3), r.normal(size=3), r.uniform(.3, 2)


def _joint(A, B, b, i, j):
    w = np.exp(-b * (A[:, None] + B[None, :])); return w[i, j] / w.sum()


STEPS = [
    S(4, "not-an-identity", "proportionality (~)", outside_display=True),
    S(6, "valid", "the proportionality constant cancels in the ratio",
      ok=lambda r: (lambda c, e1, e2: ((c * e1) / (c * e2), e1 / e2))(r.uniform(.5, 3), r.uniform(.5, 3), r.uniform(.5, 3))),
    S(6, "valid", "x/y = e^{log x - log y}", ok=lambda r: (lambda e1, e2: (e1 / e2, np.exp(np.log(e1) - np.log(e2))))(r.uniform(.5, 3), r.uniform(.5, 3))),
    S(11, "not-an-identity", "beta names the constant slope", outside_display=True),
    S(12, "not-an-identity", "approximation (~)"),
    S(13, "not-an-identity", "proportionality (~)", outside_display=True),
    S(21, "not-an-identity", "T_ij (definition)", outside_display=True),
    S(23, "either", "reading A: e^{beta_T}A_i is a typo for e^{-beta_T A_i}: the joint Boltzmann distribution of T_ij = A_i + B_j factorises (valid); "
      "reading B literal: A = B = (0, 1), beta = 1, i = j = 2: e^{-2}/(1 + e^{-1})^2 = 0.072 vs (e/(1 + e^{-1}))^2 = 3.92",
      ok=lambda r: (lambda A, B, b: (_joint(A, B, b, 1, 2), np.exp(-b * A[1]) / np.exp(-b * A).sum() * np.exp(-b * B[2]) / np.exp(-b * B).sum()))(*_inst(r)),
      cx=lambda: (_joint(_A, _B, 1.0, 1, 1), (np.exp(1.0) * 1 / np.exp(-_A).sum()) ** 2)),
    S(29, "either", "reading A (typo for e^{-beta A_i}): the marginal of A is Boltzmann (valid); reading B literal: A = (0, 1), beta = 1, i = 2: "
      "0.269 vs e/(1 + e^{-1}) = 1.987",
      ok=lambda r: (lambda A, B, b: (sum(_joint(A, B, b, 1, j) for j in range(3)), np.exp(-b * A[1]) / np.exp(-b * A).sum()))(*_inst(r)),
      cx=lambda: (np.exp(-1.0) / np.exp(-_A).sum(), np.exp(1.0) * 1 / np.exp(-_A).sum())),
    S(30, "either", "as line 29 for B (and B_i on the left for B_j on the right)",
      ok=lambda r: (lambda A, B, b: (sum(_joint(A, B, b, i, 1) for i in range(3)), np.exp(-b * B[1]) / np.exp(-b * B).sum()))(*_inst(r)),
      cx=lambda: (np.exp(-1.0) / np.exp(-_B).sum(), np.exp(1.0) * 1 / np.exp(-_B).sum())),
    S(32, "not-an-identity", "beta = 1/kT (definition)", outside_display=True),
]
CLAIMS = []
