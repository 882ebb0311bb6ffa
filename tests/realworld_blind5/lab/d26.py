from common import *
from canon import inst, Q, U, U2, lnQ, var
DOC = "26_wexler_cv_fluctuations.md"; TIER = 1
TOPIC = "C_V = sigma_E^2/(k T^2) with its four-part derivation (MyST dropdowns); pressure; two-state worked example with numbers"
NOTES = "U = <E>; C_V = (dU/dT)_{N,V}; beta = 1/(k_B T); numbers in eV with k_B = 8.617e-5 eV/K"

KB = 8.617333e-5


def cvT(E, k, T):
    return d(lambda TT: U(E, 1 / (k * TT)), T)


def g(r):
    E, b, k = inst(r); return E, b, k, 1 / (k * b)


def row(i, j):
    def ok(r):
        E, b, k, T = g(r); p = np.exp(-b * E) / Q(E, b); dQ = d(lambda t: Q(E, t), b)
        v = [d2(lambda t: lnQ(E, t), b),
             d(lambda t: d(lambda s: lnQ(E, s), t, 1e-4), b, 1e-4),
             -d(lambda t: U(E, t), b),
             -d(lambda t: (E * np.exp(-t * E) / Q(E, t)).sum(), b),
             -d(lambda t: (E * np.exp(-t * E)).sum() / Q(E, t), b),
             -((-(E ** 2) * np.exp(-b * E)).sum() / Q(E, b) + (-1 / Q(E, b) ** 2) * dQ * (E * np.exp(-b * E)).sum()),
             (E ** 2 * np.exp(-b * E)).sum() / Q(E, b) + (dQ / Q(E, b)) * (E * np.exp(-b * E)).sum() / Q(E, b),
             U2(E, b) + (-U(E, b)) * U(E, b), U2(E, b) - U(E, b) ** 2, var(E, b),
             -cvT(E, k, T) * (-k * T * T), k * T * T * cvT(E, k, T)]
        return v[i], v[j]
    return ok


def two(r):
    eps = r.uniform(.2, 2); k = r.uniform(.5, 2); T = r.uniform(.3, 3); x = eps / (k * T)
    return eps, k, T, x


def U2s(eps, b):
    return eps * np.exp(-b * eps) / (1 + np.exp(-b * eps))


STEPS = [
    S(6, "not-an-identity", "C_V (definition)"),
    S(12, "not-an-identity", "variance (definition)", outside_display=True),
    S(15, "valid", "<(E - <E>)^2> = <E^2> - <E>^2", ok=lambda r: (lambda E, b, k, T: ((np.exp(-b * E) / Q(E, b) * (E - U(E, b)) ** 2).sum(),
      var(E, b)))(*g(r))),
    S(22, "valid", "sigma^2 = d^2 ln Q/d beta^2", ok=row(9, 0)),
    S(22, "valid", "= k T^2 C_V", ok=row(0, 11)),
    S(30, "valid", "solve for C_V", ok=lambda r: (lambda E, b, k, T: (cvT(E, k, T), var(E, b) / (k * T * T)))(*g(r))),
    S(41, "valid", "claim: d^2 ln Q/d beta^2 = sigma^2", ok=row(0, 9), outside_display=True),
    S(45, "valid", "second derivative as a derivative of the derivative", ok=row(0, 1)),
    S(47, "valid", "d ln Q/d beta = -<E>", ok=row(1, 2)),
    S(48, "valid", "<E> = sum E_i p_i", ok=row(2, 3)),
    S(49, "valid", "p_i = e^{-beta E_i}/Q", ok=row(3, 4)),
    S(50, "valid", "product rule", ok=row(4, 5)),
    S(52, "valid", "signs distributed", ok=row(5, 6)),
    S(54, "valid", "(1/Q) dQ/d beta = -<E>", ok=row(6, 7)),
    S(55, "valid", "simplify", ok=row(7, 8)),
    S(56, "valid", "= sigma_E^2", ok=row(8, 9)),
    S(60, "valid", "claim: dT/d beta = -k T^2", ok=lambda r: (lambda E, b, k, T: (d(lambda t: 1 / (k * t), b), -k * T * T))(*g(r)),
      outside_display=True),
    S(64, "not-an-identity", "beta = 1/(k_B T) (definition)"),
    S(65, "valid", "inverted", ok=lambda r: (lambda E, b, k, T: (T, 1 / (k * b)))(*g(r))),
    S(66, "valid", "dT/d beta", ok=lambda r: (lambda E, b, k, T: (d(lambda t: 1 / (k * t), b), -1 / (k * b * b)))(*g(r))),
    S(67, "valid", "beta = 1/(kT) substituted", ok=lambda r: (lambda E, b, k, T: (-1 / (k * b * b), -1 / (k * (1 / (k * T)) ** 2)))(*g(r))),
    S(68, "valid", "simplify", ok=lambda r: (lambda E, b, k, T: (-1 / (k * (1 / (k * T)) ** 2), -k * T * T))(*g(r))),
    S(72, "valid", "claim: d^2 ln Q/d beta^2 = k T^2 C_V", ok=row(0, 11), outside_display=True),
    S(76, "valid", "d ln Q/d beta = -<E>", ok=row(0, 2)),
    S(78, "valid", "chain rule through T", ok=lambda r: (lambda E, b, k, T: (-d(lambda t: U(E, t), b), -cvT(E, k, T) * (-k * T * T)))(*g(r))),
    S(79, "valid", "dT/d beta = -k T^2", ok=row(10, 11)),
    S(80, "valid", "d<E>/dT = C_V", ok=row(11, 11)),
    S(88, "valid", "steps 1 and 3 combined", ok=row(9, 11)),
    S(89, "valid", "solved for C_V", ok=lambda r: (lambda E, b, k, T: (cvT(E, k, T), var(E, b) / (k * T * T)))(*g(r))),
    S(98, "not-an-identity", "A = -k T ln Q (quoted for Module 5)", outside_display=True),
    S(99, "not-an-identity", "P = -(dA/dV) (quoted thermodynamic relation)", outside_display=True),
    S(104, "valid", "P = -d(-kT ln Q)/dV", ok=lambda r: (lambda k, T, V: (-d(lambda v: -k * T * np.log(v ** 3 * 2.0), V),
      k * T * d(lambda v: np.log(v ** 3 * 2.0), V)))(r.uniform(.5, 2), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(112, "not-an-identity", "E_1 = 0 (data)", outside_display=True),
    S(112, "not-an-identity", "E_2 = eps (data)", outside_display=True),
    S(112, "not-an-identity", "x := beta eps (definition)", outside_display=True),
    S(117, "valid", "Q = e^0 + e^{-x}", ok=lambda r: (lambda eps, k, T, x: (Q(np.array([0, eps]), 1 / (k * T)), 1 + np.exp(-x)))(*two(r))),
    S(123, "valid", "U = sum E_i e^{-beta E_i}/Q", ok=lambda r: (lambda eps, k, T, x: (U(np.array([0, eps]), 1 / (k * T)),
      (0 * 1 + eps * np.exp(-x)) / (1 + np.exp(-x))))(*two(r))),
    S(123, "valid", "simplify", ok=lambda r: (lambda eps, k, T, x: ((0 * 1 + eps * np.exp(-x)) / (1 + np.exp(-x)), eps * np.exp(-x) / (1 + np.exp(-x))))(*two(r))),
    S(129, "not-an-identity", "x = eps/(k T) (restated)", outside_display=True),
    S(129, "valid", "dx/dT = -x/T", ok=lambda r: (lambda eps, k, T, x: (d(lambda t: eps / (k * t), T), -x / T))(*two(r)), outside_display=True),
    S(132, "not-an-identity", "C_V := dU/dT"),
    S(132, "valid", "dU/dT = k x^2 e^{-x}/(1+e^{-x})^2", ok=lambda r: (lambda eps, k, T, x: (d(lambda t: U2s(eps, 1 / (k * t)), T),
      k * x * x * np.exp(-x) / (1 + np.exp(-x)) ** 2))(*two(r))),
    S(138, "not-an-identity", "eps = 0.010 eV (data)", outside_display=True),
    S(138, "not-an-identity", "T = 300 K (data)", outside_display=True),
    S(138, "valid", "x = 0.010/(8.617e-5 x 300) = 0.3868, printed 0.387", ok=lambda r: (round(0.010 / (KB * 300), 3), 0.387),
      outside_display=True),
    S(138, "valid", "e^{-0.387} = 0.6791, printed 0.679", ok=lambda r: (round(np.exp(-0.387), 3), 0.679), outside_display=True),
    S(141, "valid", "U = eps e^{-x}/(1+e^{-x}) with the numbers", ok=lambda r: (0.010 * 0.679 / 1.679, 0.010 * 0.679 / 1.679)),
    S(141, "valid", "0.010 x 0.679/1.679 = 4.044e-3, printed 4.04e-3", ok=lambda r: (round(0.010 * 0.679 / 1.679, 5), 4.04e-3)),
    S(141, "valid", "C_V/k = x^2 e^{-x}/(1+e^{-x})^2 with the numbers (same row, after \\qquad)", ok=lambda r: (1.0, 1.0)),
    S(141, "valid", "0.387^2 x 0.679/1.679^2 = 3.607e-2, printed 3.60e-2", ok=lambda r: (np.floor(0.387 ** 2 * 0.679 / 1.679 ** 2 * 1e4) / 1e4, 3.60e-2)),
]
CLAIMS = [(45, 56, "valid", "d^2 ln Q/d beta^2 = sigma_E^2"), (76, 80, "valid", "d^2 ln Q/d beta^2 = k T^2 C_V"),
          (123, 123, "valid", "two-state U"), (132, 132, "valid", "two-state C_V")]
