from common import *
from canon import inst, Q, U, lnQ
DOC = "25_wexler_internal_energy.md"; TIER = 1
TOPIC = "U = <E> = -d ln Q/d beta in MyST {math} blocks (one row per block, rows spanning lines); two-state example"
NOTES = "canonical p_i = e^{-beta E_i}/Q; MyST ```{math} directives, some with a :label: option line (finder_line)"


def two(r):
    E1, E2 = r.normal(size=2); b = r.uniform(.3, 2); return E1, E2, b


STEPS = [
    S(6, "not-an-identity", "U := <E> (definition)"),
    S(6, "valid", "<E> = sum E_i p_i", ok=lambda r: (lambda E, b, k: (U(E, b), (E * np.exp(-b * E) / Q(E, b)).sum()))(*inst(r))),
    S(15, "valid", "canonical p_i = e^{-beta E_i}/Q", ok=lambda r: (lambda E, b, k: (U(E, b), (E * np.exp(-b * E)).sum() / Q(E, b)))(*inst(r)),
      finder_line=14),
    S(18, "not-an-identity", "beta = 1/(k_B T) (definition)", outside_display=True),
    S(21, "not-an-identity", "Q (definition)"),
    S(34, "valid", "dQ/d beta = sum of the derivatives", ok=lambda r: (lambda E, b, k: (d(lambda t: Q(E, t), b),
      sum(d(lambda t: np.exp(-t * e), b) for e in E)))(*inst(r))),
    S(34, "valid", "d e^{-beta E}/d beta = -E e^{-beta E}", ok=lambda r: (lambda E, b, k: (sum(d(lambda t: np.exp(-t * e), b) for e in E),
      -(E * np.exp(-b * E)).sum()))(*inst(r))),
    S(42, "valid", "substitute dQ/d beta into U", ok=lambda r: (lambda E, b, k: (U(E, b), -d(lambda t: Q(E, t), b) / Q(E, b)))(*inst(r))),
    S(42, "valid", "(1/Q) dQ = d ln Q", ok=lambda r: (lambda E, b, k: (-d(lambda t: Q(E, t), b) / Q(E, b), -d(lambda t: lnQ(E, t), b)))(*inst(r))),
    S(52, "valid", "chain rule", ok=lambda r: (lambda E, b, k: (d(lambda t: lnQ(E, t), b), d(lambda t: Q(E, t), b) / Q(E, b)))(*inst(r))),
    S(62, "valid", "Q for two states", ok=lambda r: (lambda E1, E2, b: (Q(np.array([E1, E2]), b), np.exp(-b * E1) + np.exp(-b * E2)))(*two(r))),
    S(68, "valid", "U = -d ln Q/d beta for two states", ok=lambda r: (lambda E1, E2, b: (U(np.array([E1, E2]), b),
      -d(lambda t: np.log(np.exp(-t * E1) + np.exp(-t * E2)), b)))(*two(r))),
    S(68, "valid", "differentiate the log", ok=lambda r: (lambda E1, E2, b: (-d(lambda t: np.log(np.exp(-t * E1) + np.exp(-t * E2)), b),
      (E1 * np.exp(-b * E1) + E2 * np.exp(-b * E2)) / (np.exp(-b * E1) + np.exp(-b * E2))))(*two(r))),
    S(77, "valid", "Q for two states (restated)", ok=lambda r: (lambda E1, E2, b: (Q(np.array([E1, E2]), b), np.exp(-b * E1) + np.exp(-b * E2)))(*two(r)),
      outside_display=True),
    S(80, "valid", "denominator = Q", ok=lambda r: (lambda E1, E2, b: ((E1 * np.exp(-b * E1) + E2 * np.exp(-b * E2)) / (np.exp(-b * E1) + np.exp(-b * E2)),
      (E1 * np.exp(-b * E1) + E2 * np.exp(-b * E2)) / Q(np.array([E1, E2]), b)))(*two(r))),
    S(80, "valid", "p_i = e^{-beta E_i}/Q", ok=lambda r: (lambda E1, E2, b: ((E1 * np.exp(-b * E1) + E2 * np.exp(-b * E2)) / Q(np.array([E1, E2]), b),
      E1 * np.exp(-b * E1) / Q(np.array([E1, E2]), b) + E2 * np.exp(-b * E2) / Q(np.array([E1, E2]), b)))(*two(r))),
    S(80, "valid", "= <E>", ok=lambda r: (lambda E1, E2, b: (U(np.array([E1, E2]), b), U(np.array([E1, E2]), b)))(*two(r))),
]
CLAIMS = [(34, 34, "valid", "dQ/d beta = -sum E e^{-beta E}"), (42, 42, "valid", "U = -d ln Q/d beta")]
