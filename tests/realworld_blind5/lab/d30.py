from common import *
DOC = "30_jelly_two_level.md"; TIER = 2
TOPIC = "two-level system +-Delta/2: Z = 2 cosh, U = -(Delta/2) tanh, F; the entropy has k_B T ln(2cosh) for k_B ln(2cosh)"
NOTES = "levels E = +Delta/2 and -Delta/2; beta = 1/(k_B T); F = -k_B T ln Z (previous note)"


def tl(r):
    return r.uniform(.2, 3), r.uniform(.5, 2), r.uniform(.3, 3)   # Delta, k, T


def U(D, k, T):
    b = 1 / (k * T); return -(D / 2) * np.tanh(b * D / 2)


def Fz(D, k, T):
    return -k * T * np.log(2 * np.cosh(D / (2 * k * T)))


def Sg(D, k, T):
    b = 1 / (k * T); E = np.array([D / 2, -D / 2]); p = np.exp(-b * E) / np.exp(-b * E).sum()
    return -k * (p * np.log(p)).sum()


STEPS = [
    S(3, "not-an-identity", "Z (definition)"),
    S(4, "valid", "levels +-Delta/2", ok=lambda r: (lambda D, k, T: (np.exp(-(1 / (k * T)) * np.array([D / 2, -D / 2])).sum(),
      np.exp(D / (2 * k * T)) + np.exp(-D / (2 * k * T))))(*tl(r))),
    S(5, "valid", "e^x + e^{-x} = 2 cosh x", ok=lambda r: (lambda x: (np.exp(x) + np.exp(-x), 2 * np.cosh(x)))(r.normal())),
    S(6, "valid", "log of Z", ok=lambda r: (lambda x: (np.log(np.exp(x) + np.exp(-x)), np.log(2 * np.cosh(x))))(r.normal())),
    S(9, "valid", "U = -d ln Z/d beta", ok=lambda r: (lambda D, k, T: ((lambda b: (np.array([D / 2, -D / 2]) * np.exp(-b * np.array([D / 2, -D / 2]))).sum()
      / np.exp(-b * np.array([D / 2, -D / 2])).sum())(1 / (k * T)), -d(lambda b: np.log(2 * np.cosh(b * D / 2)), 1 / (k * T))))(*tl(r))),
    S(9, "valid", "d ln(2 cosh(beta Delta/2)) = (Delta/2) sinh/cosh", ok=lambda r: (lambda D, b: (-d(lambda t: np.log(2 * np.cosh(t * D / 2)), b),
      -(D / 2) * 2 * np.sinh(b * D / 2) / (2 * np.cosh(b * D / 2))))(r.uniform(.2, 3), r.uniform(.3, 2))),
    S(9, "valid", "= -(Delta/2) tanh", ok=lambda r: (lambda D, b: (-(D / 2) * 2 * np.sinh(b * D / 2) / (2 * np.cosh(b * D / 2)), -(D / 2) * np.tanh(b * D / 2)))(
      r.uniform(.2, 3), r.uniform(.3, 2))),
    S(14, "not-an-identity", "limit U -> -Delta/2 (low T)", outside_display=True),
    S(15, "not-an-identity", "limit U -> 0 (high T)", outside_display=True),
    S(18, "valid", "F = -kT ln Z", ok=lambda r: (lambda D, k, T: (U(D, k, T) - T * Sg(D, k, T), Fz(D, k, T)))(*tl(r))),
    S(18, "valid", "Z = 2 cosh", ok=lambda r: (lambda D, k, T: (Fz(D, k, T), -k * T * np.log(2 * np.cosh(D / (2 * k * T)))))(*tl(r))),
    S(20, "valid", "S = (U - F)/T", ok=lambda r: (lambda D, k, T: (Sg(D, k, T), (U(D, k, T) - Fz(D, k, T)) / T))(*tl(r))),
    S(20, "invalid", "-F/T = k_B ln(2 cosh), not k_B T ln(2 cosh): Delta = k = 1, T = 2 gives 0.663 vs 1.387",
      cx=lambda: ((U(1, 1, 2) - Fz(1, 1, 2)) / 2, -(1 / 4) * np.tanh(0.25) + 2 * np.log(2 * np.cosh(0.25)))),
    S(22, "valid", "2 cosh x = e^x + e^{-x}", ok=lambda r: (lambda x: (np.log(2 * np.cosh(x)), np.log(np.exp(x) + np.exp(-x))))(r.normal())),
    S(22, "not-an-identity", "-> beta Delta/2 (low-T limit)"),
    S(23, "not-an-identity", "S in the low-T limit (tanh -> 1, ln 2cosh -> beta Delta/2)"),
    S(23, "valid", "k beta Delta/2 = Delta/(2T)", ok=lambda r: (lambda D, k, T: (-D / (2 * T) + k * (1 / (k * T)) * D / 2, 0.0))(*tl(r))),
    S(24, "not-an-identity", "limit S -> k ln 2 (high T)", outside_display=True),
    S(28, "not-an-identity", "C_V := dU/dT"),
    S(28, "valid", "dU/dT = k (beta Delta/2)^2 sech^2", ok=lambda r: (lambda D, k, T: (d(lambda t: U(D, k, t), T),
      k * (D / (2 * k * T)) ** 2 / np.cosh(D / (2 * k * T)) ** 2))(*tl(r))),
    S(29, "not-an-identity", "peak location ~ 0.42 (approximation)", outside_display=True),
]
CLAIMS = [(3, 5, "valid", "Z = 2 cosh(beta Delta/2)"), (9, 9, "valid", "U = -(Delta/2) tanh(beta Delta/2)"), (20, 20, "invalid", "S")]
